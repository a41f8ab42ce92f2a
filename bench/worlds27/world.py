"""Orchestration: how many of each honest and fraud structure, in which order, then export."""
from . import people as P
from . import rings as R
from .export import write
from .infra import World

# honest structure sizes at 20,000 subjects (scaled linearly); `plain` fills the rest
HONEST = [
    ("smb", P.smb, 2600), ("call_centres", P.call_centres, 350), ("bpo", P.bpo, 400), ("msp", P.msp, 700),
    ("families", P.families, 1100), ("expat", P.expat, 600), ("immigrant", P.immigrant, 900),
    ("students", P.students, 1000), ("coworking", P.coworking, 250), ("night_shift", P.night_shift, 300),
    ("real_estate", P.real_estate, 450), ("sales_teams", P.sales_teams, 350), ("api_devs", P.api_devs, 200),
    ("multi_number", P.multi_number, 300), ("name_changed", P.name_changed, 150), ("moved", P.moved, 150),
    ("shared_machines", P.shared_machines, 250), ("remote_company", P.remote_company, 500),
    ("temp_agency", P.temp_agency, 400), ("traveller", P.traveller, 300), ("namesakes", P.namesakes, 200),
    ("privacy_users", P.privacy_users, 200),
]


def generate(outdir, n, seed):
    w = World(n, seed)
    pools = P.Pools(w)
    sc = n / 20000.0

    def k(x, lo=1):
        return max(lo, int(round(x * sc)))

    for _, fn, size in HONEST:
        fn(w, pools, k(size))
    victims = R.make_victims(w, pools, k(110, 4))
    teams = [R.Team(w, i + 1) for i in range(k(9, 2))]
    R.persona_rings(w, teams, k(230, 6), victims)
    R.careful_rings(w, teams, k(70, 4), victims)
    R.split_rings(w, teams, k(60, 4), victims)
    R.farms(w, pools, teams, k(80, 4), k(6, 2), victims)
    R.lone_personas(w, teams, k(50, 2), victims)
    R.fake_recruiters(w, teams, k(50, 3))
    R.mules(w, pools, teams, k(20, 1))
    R.rented(w, pools, teams, k(40, 2))
    rest = n - len(w.subjects)
    P.plain(w, pools, max(0, rest))
    return write(w, outdir)
