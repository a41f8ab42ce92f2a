"""Organisations on Gigforge: client companies (and their domains), coworking spaces, campuses, EOR providers."""
import datetime as dt

from . import data, infra
from .build import Client


def company_name(rng, used):
    while True:
        n = rng.choice(data.COMPANY_WORDS) + rng.choice(["", " "]) + rng.choice(data.COMPANY_WORDS + data.COMPANY_TAILS)
        if n not in used:
            used.add(n)
            return n


def make_clients(w, rng, n):
    """Client companies (heavy-tailed: a few post most contracts); ~20% ship laptops to long-term contractors."""
    used = set()
    for i in range(n):
        name = company_name(rng, used)
        country = rng.choices(["US", "GB", "CA", "DE", "AU_US", "IL_US"], [70, 8, 6, 5, 6, 5])[0]
        country = "US" if country.endswith("_US") else country
        dom = infra.slug(name) + rng.choice(data.TLDS)
        city = rng.choice(data.COUNTRIES[country][4])
        office = w.nets.office(country, city, "office", 2)
        sse = w.nets.exits("sse", rng.choice(data.SSE), country, 40) if rng.random() < 0.35 else None
        addr = infra.us_address(rng) if country == "US" else infra.foreign_address(rng, country)
        size = rng.paretovariate(1.3)
        cl = Client(name, dom, country, rng.random() < 0.2, office, sse, addr, size)
        w.clients.append(cl)
        reg = dt.date(rng.randrange(1998, 2023), rng.randrange(1, 13), rng.randrange(1, 29))
        w.domain(dom, name + rng.choice([" Inc.", " LLC", " Ltd", ""]), reg.isoformat(), rng.choice(data.PRIVACY_EMAILS + [f"hostmaster@{dom}"]),
                 office.ips[0] if rng.random() < 0.2 else f"{rng.choice([104, 172, 151, 185])}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                 rng.choice(data.REGISTRARS_NS))
    # Gigforge itself and the EOR providers have domains too.
    w.domain("gigforge.com", "Gigforge Inc.", "2014-03-11", "domains@gigforge.com", "151.101.2.15", ["ns1.gigforge.com", "ns2.gigforge.com"])
    for nm, dom in data.EOR:
        w.domain(dom, nm, f"{rng.randrange(2010, 2019)}-0{rng.randrange(1, 10)}-1{rng.randrange(0, 9)}", rng.choice(data.PRIVACY_EMAILS),
                 f"104.18.{rng.randrange(256)}.{rng.randrange(1, 255)}", ["kate.ns.cloudflare.com", "rob.ns.cloudflare.com"])


COWORK = ["WeWork", "Regus", "Impact Hub", "Industrious", "Selina CoWork", "Hub Kyiv", "KMC Solutions", "Toong", "91springboard", "Spaces",
          "The Office Group", "Ciudad Cowork", "Dojo Bali", "Colab Belgrade", "Cowork Lagos", "Innov8", "Second Home", "Factory Berlin"]


def coworking_spaces(w, rng, n):
    out = []
    for i in range(n):
        country = rng.choice(["US", "US", "US", "IN", "UA", "PL", "PH", "NG", "BR", "MX", "RS", "PT", "GB", "CO", "DE", "ID", "KE", "ES"])
        brand = COWORK[i % len(COWORK)]
        city = rng.choice(data.COUNTRIES[country][4])
        net = w.nets.office(country, city, "cowork", rng.choice([1, 2, 4]))
        addr = infra.us_address(rng) if country == "US" else infra.foreign_address(rng, country, city[0])
        addr["unit"] = rng.choice([", Suite 200", ", Floor 3", ", 5th floor", ""])
        out.append((brand + " " + city[0], country, net, addr))
    return out
