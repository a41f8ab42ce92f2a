"""Client companies (crypto and fintech firms posting bounties and contracts), their domains and
hiring managers; Ledgerline itself; dev agencies' domains."""
import datetime as dt

from . import catalog as C
from .core import END, START, Addr, hexid, iso, rand_time, slug, wrand
from .people import base_client, emit

COMPANY_CC = {"US": 40, "SG": 8, "CH": 6, "GB": 8, "DE": 4, "KR": 5, "JP": 3, "HK": 3, "AE": 5, "CA": 4, "FR": 3,
              "PT": 2, "NL": 2, "IL": 2, "TW": 1, "VN": 1, "AR": 1, "BR": 1, "IN": 1}
REGISTRARS = {"Namecheap, Inc.": 30, "GoDaddy.com, LLC": 20, "Cloudflare, Inc.": 18, "Porkbun LLC": 10,
              "Gandi SAS": 6, "Google LLC (Squarespace Domains)": 8, "Tucows Domains Inc.": 4, "NameSilo, LLC": 4}
VERCEL_IP = "76.76.21.21"
CF_NS = ("adam ada alan amy anna ben bob carl cody dana dave elsa emma fred gina hank ines ivan jack jill kate kurt "
         "lara lee lily luke mary mike nina noah olga paul pam rick rita sam sara tim tina uma vera will zoe").split()
ZSCALER = ("Zscaler, Inc.", 53813, ["136.226", "165.225", "147.161"])


def hosting(rng):
    k = wrand(rng, {"vercel": 25, "cloudflare": 40, "aws": 15, "netlify": 8, "gcp": 6, "own": 6})
    if k == "vercel":
        return VERCEL_IP
    if k == "cloudflare":
        return f"{rng.choice(['104.21', '172.67'])}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == "aws":
        return f"{rng.choice(['3.33', '13.248', '52.85', '18.161'])}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if k == "netlify":
        return "75.2.60.5"
    if k == "gcp":
        return f"{rng.choice(['34.149', '35.190'])}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.choice(['45.76', '159.89', '95.216'])}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def nameservers(rng, registrar):
    k = wrand(rng, {"cf": 55, "registrar": 20, "aws": 15, "google": 10})
    if registrar == "Cloudflare, Inc." or k == "cf":
        a, b = rng.sample(CF_NS, 2)
        return f"{a}.ns.cloudflare.com;{b}.ns.cloudflare.com"
    if k == "registrar":
        if registrar.startswith("Namecheap"):
            return "dns1.registrar-servers.com;dns2.registrar-servers.com"
        if registrar.startswith("GoDaddy"):
            n = rng.randint(1, 80)
            return f"ns{n:02d}.domaincontrol.com;ns{n + 1:02d}.domaincontrol.com"
        if registrar.startswith("Porkbun"):
            return "curitiba.porkbun.com;fortaleza.porkbun.com;maceio.porkbun.com;salvador.porkbun.com"
        return "ns1.gandi.net;ns2.gandi.net"
    if k == "aws":
        n = rng.randint(1, 2000)
        return f"ns-{n}.awsdns-{rng.randint(10, 63)}.org;ns-{n + 600}.awsdns-{rng.randint(10, 63)}.com"
    return f"ns-cloud-{rng.choice('abcde')}1.googledomains.com;ns-cloud-{rng.choice('abcde')}2.googledomains.com"


def registrant(rng, domain, since):
    k = wrand(rng, {"redacted": 55, "proxy": 25, "admin": 12, "empty": 8})
    if k == "redacted":
        return "REDACTED FOR PRIVACY"
    if k == "proxy":
        return f"{hexid(rng, 32)}@withheldforprivacy.com" if rng.random() < 0.6 else f"{domain.split('.')[0]}.{hexid(rng, 6)}@domainsbyproxy.com"
    if k == "admin":
        return rng.choice(["admin", "domains", "it", "ops", "hostmaster"]) + "@" + domain
    return ""


def make_company(w, rng, used):
    while True:
        word = rng.choice(C.CLIENT_WORDS)
        if rng.random() < 0.4:
            word += rng.choice(C.CLIENT_WORDS).lower()
        suf = rng.choice(C.CLIENT_SUFFIX)
        name = f"{word} {suf}"
        tld = rng.choice(C.CLIENT_TLDS)
        domain = slug(word) + (slug(suf) if rng.random() < 0.35 and suf not in ("Inc.",) else "") + "." + tld
        if domain not in used and name not in used:
            used.add(domain)
            used.add(name)
            break
    cc = wrand(rng, COMPANY_CC)
    city = w.city_of(rng, cc)
    young = rng.random() < 0.35
    if young:  # startups that register their domain weeks before they post work
        since = rand_time(rng, START - dt.timedelta(days=60), END - dt.timedelta(days=60))
    else:
        since = dt.datetime(rng.randint(2012, 2022), rng.randint(1, 12), rng.randint(1, 28), tzinfo=dt.timezone.utc)
    comp = {"name": name, "domain": domain, "cc": cc, "city": city[0], "since": since, "young": young}
    if rng.random() < 0.5:
        comp["office"] = w.biz_addr(rng, cc, city[0])
    if rng.random() < 0.12:
        owner, asn, prefixes = ZSCALER
        comp["vpn"] = Addr(f"{rng.choice(prefixes)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}", asn, owner, cc, city[0],
                           city[2], city[3], "true", "corpvpn")
    reg = wrand(rng, REGISTRARS)
    w.domains.append({"domain": domain, "company": name, "registered_at": iso(since), "registrant_email":
                      registrant(rng, domain, since), "ip": hosting(rng), "nameservers": nameservers(rng, reg),
                      "registrar": reg})
    return comp


def make_companies(w, rng, n):
    used = set()
    comps = [make_company(w, rng, used) for _ in range(n)]
    w.company_names = used
    return comps


def ledgerline_domain(w):
    w.domains.append({"domain": "ledgerline.io", "company": "Ledgerline", "registered_at": "2019-03-14T10:22:05Z",
                      "registrant_email": "REDACTED FOR PRIVACY", "ip": "104.21.88.17",
                      "nameservers": "lara.ns.cloudflare.com;noah.ns.cloudflare.com", "registrar": "Cloudflare, Inc."})


def clients(w, rng, n, companies):
    """Hiring managers of client companies: 1 to ~10 per company."""
    made = 0
    weights = [1.0 / (1 + i % 7) for i in range(len(companies))]
    while made < n:
        comp = rng.choices(companies, weights)[0]
        p = base_client(w, rng, comp)
        p["primary"] = ["honest_client"]
        if comp.get("office") is not None:
            p["tokens"].append("office_network")
        if comp.get("young"):
            p["tokens"].append("young_domain")
        if comp.get("vpn") is not None:
            p["tokens"].append("corporate_vpn")
        emit(w, rng, p)
        made += 1
