"""Forkyard (world 26): orchestration and the share of every kind (counts below are at 20,000 subjects)."""
import datetime as dt

from . import data as D
from . import export as E
from . import people as P
from . import rings as R
from .infra import World

HONEST = [  # (function, count at 20,000)
    ("org_members", 1600), ("university", 1000), ("maintainers", 600), ("diaspora", 600), ("bootcamp", 500),
    ("bounty_hunters", 400), ("families", 400), ("travellers", 300), ("namesakes", 300), ("coworking", 240),
    ("internet_cafes", 200), ("second_accounts", 200), ("movers", 160), ("name_changes", 100),
]


def honest_domains(w):
    r = w.rng
    cf_ips = ["104.21.%d.%d" % (r.randrange(256), r.randrange(1, 255)) for _ in range(6)] + ["172.67.%d.%d" % (r.randrange(256), r.randrange(1, 255)) for _ in range(6)]
    rows = []
    startups = [("Kitebase", "kitebase.io"), ("Loomwork", "loomwork.dev"), ("Quillstack", "quillstack.com"), ("Driftwise", "driftwise.ai"),
                ("Parcelhub", "parcelhub.co"), ("Minted Labs", "mintedlabs.xyz"), ("Harbor AI", "harborai.app"), ("Sprocket HQ", "sprockethq.com"),
                ("Nodewell", "nodewell.io"), ("Tandem Data", "tandemdata.co"), ("Brisk Pay", "briskpay.io"), ("Orbitly", "orbitly.dev")]
    allc = [(c, d, y, s) for c, d, y, s in D.COMPANIES] + [(c, d, y, "aws") for c, d, y in D.AGENCIES] + \
           [(c, d, r.choice([2024, 2025]), "namecheap") for c, d in startups]
    for comp, dom, year, style in allc:
        reg = dt.date(year, r.randrange(1, 13), r.randrange(1, 29))
        if reg > dt.date(2025, 10, 1):
            reg = dt.date(2025, r.randrange(1, 9), r.randrange(1, 29))
        x = r.random()
        reg_email = "" if x < 0.5 else ("hostmaster@" + dom if x < 0.7 else (w.hexid(10) + "@withheldforprivacy.com" if x < 0.88 else "domains@markmonitor.com"))
        if style == "cloudflare":
            ip, ns = w.pick(cf_ips), "%s.ns.cloudflare.com;%s.ns.cloudflare.com" % (r.choice(["ada", "bob", "kim", "lara", "jay"]), r.choice(["rick", "tom", "vera", "nash", "eve"]))
        elif style == "aws":
            ip = "%d.%d.%d.%d" % (r.choice([3, 18, 52, 54]), r.randrange(256), r.randrange(256), r.randrange(1, 255))
            ns = "ns-%d.awsdns-%02d.org;ns-%d.awsdns-%02d.com" % (r.randrange(2000), r.randrange(64), r.randrange(2000), r.randrange(64))
        elif style == "namecheap":
            ip, ns = "%d.%d.%d.%d" % (r.choice([162, 198, 199]), r.randrange(256), r.randrange(256), r.randrange(1, 255)), "dns1.registrar-servers.com;dns2.registrar-servers.com"
        else:
            ip, ns = "%d.%d.%d.%d" % (r.choice([63, 64, 65, 66, 208]), r.randrange(256), r.randrange(256), r.randrange(1, 255)), "ns1.%s;ns2.%s" % (dom, dom)
        rows.append((dom, comp, reg.isoformat(), reg_email, ip, ns))
    w.domains[:0] = rows


def generate(outdir, n, seed):
    w = World(n, seed)
    s = n / 20000.0
    frauds, look = R.build(w, s)
    for fn, k in HONEST:
        getattr(P, fn)(w, round(k * s))
    P.recruiters(w, round(150 * s), round(120 * s))
    owners = [p for p in w.people if not p["fraud"] and p.get("_home") and p["primary"] in ("oss_maintainer", "plain", "abroad_developer", "bounty_hunter")]
    # plain developers fill the rest (bots are 2% of the total)
    nbots = round(400 * s)
    while len(w.people) < n - nbots:
        P.plain(w)
        if len(owners) < 200 and w.people[-1].get("_home"):
            owners.append(w.people[-1])
    P.bots(w, max(0, n - len(w.people)), owners)
    honest_domains(w)
    stats, counts = E.write(w, outdir)
    return stats
