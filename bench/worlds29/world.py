"""Relaydesk (world 29): orchestration. generate(outdir, n, seed) writes OUTDIR/bundle/ and OUTDIR/truth.csv."""
from . import people as PE
from . import rings as RG
from .export import write_bundle
from .infra import World

# share of the honest budget, and the structure that makes them (group sizes drawn inside)
HONEST = [
    ("msp", 0.075, lambda W: PE.msp(W, W.rng.randint(3, 24))),
    ("corp_it", 0.07, lambda W: PE.corp_it(W, W.rng.randint(4, 30))),
    ("smb", 0.07, lambda W: PE.smb(W, W.rng.randint(2, 9))),
    ("family", 0.045, lambda W: PE.family(W, W.rng.randint(2, 5))),
    ("reseller", 0.03, lambda W: PE.reseller(W, W.rng.randint(8, 40))),
    ("home_helper", 0.17, PE.home_helper),
    ("freelance_it", 0.055, PE.freelancer),
    ("remote_employee", 0.10, PE.remote_employee),
    ("gamer_streamer", 0.045, PE.gamer),
    ("privacy_user", 0.025, PE.privacy_user),
    ("student", 0.04, PE.student),
    ("traveller", 0.025, PE.traveller),
    ("homelab", 0.02, PE.homelab),
    ("repair_shop", 0.004, PE.repair_shop),
    ("namesake", 0.01, PE.namesakes),
    ("moved", 0.012, PE.moved),
    ("name_changed", 0.008, PE.name_changed),
    ("interview_candidate", 0.006, lambda W: [PE.interview_candidate(W, host_logins=_legit_interviewer(W))[0]]),
]


def _legit_interviewer(W):
    net = W.office_net("US", None, 2)
    return [(W.t_local("America/New_York", (10, 17)), ip) for ip in net.ips]


def generate(outdir, n, seed):
    W = World(n, seed)
    PE._CAMPUS_NETS.clear()
    est_fraud = int(n * 0.04) + 40
    budget = max(0, n - est_fraud)
    for name, share, fn in HONEST:
        target = int(budget * share)
        made = 0
        while made < target:
            made += len(fn(W))
    honest_pool = list(range(len(W.subjects)))
    fraud, extra = RG.build(W, n, honest_pool)
    while len(W.subjects) < n:
        PE.trial(W)
    return write_bundle(outdir, W)
