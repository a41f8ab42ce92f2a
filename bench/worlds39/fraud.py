"""The fraud side of world 39 (Nomadnest): DPRK IT-worker teams, their personas, US laptop-farm facilitators and money mules.

Drawn from public reporting (DOJ indictments 2024-2025, Mandiant UNC5267, Microsoft "Jasper Sleet", CrowdStrike
"Famous Chollima", Okta): stolen or synthetic identities, AI-edited photos, cloned resumes naming front companies,
throwaway mailboxes and VOIP numbers, Astrill VPN, laptops shipped to US homes hosting farms with IP-KVMs and remote
tools, pay routed to mules or the facilitator, work at US nights, occasional drop-outs from the base's own network.
"""
from __future__ import annotations

import datetime as dt

from . import data as D
from . import honest as H
from . import lives as L
from .infra import CITY, CITIES_BY_COUNTRY, T0, T1, Net
from .media import edited, face_params, resume_body

DAY = dt.timedelta(days=1)
UTC = dt.timezone.utc
US = [c[1] for c in D.CITIES if c[0] == "US"]
SHARE_KINDS = ["recovery_email", "recovery_phone", "operator_laptop", "vps_signup", "payout", "facilitator", "face", "resume", "phone", "front_company"]
CLAIMS = [("US", 62), ("CA", 6), ("GB", 5), ("PL", 6), ("UA", 5), ("JP", 4), ("DE", 3), ("AR", 3), ("MX", 3), ("KR", 3)]


class Facilitator:
    def __init__(self, W, team_ipkvm: bool):
        r = W.rng
        self.city = r.choice(US)
        self.person = L.new_person(W, "US", city=self.city, kind="facilitator")
        self.person.fraud = 1
        self.net = W.inf.home_net(self.city, r.choice([1, 2]))
        self.address = self.person.address
        self.ipkvm = team_ipkvm and r.random() < 0.8
        self.tools = r.sample(D.REMOTE_TOOLS_FRAUD, r.randrange(1, 3))


class Team:
    def __init__(self, W, i):
        r = W.rng
        inf = W.inf
        self.i = i
        b = r.choices(D.FRAUD_BASES, weights=[35, 20, 15, 15, 15])[0]
        self.base = Net(inf.ips(8), b[5], b[4], b[0], b[1], b[2], b[3], False, "base", tz=b[6])
        self.base_tz = b[6]
        prov = "Astrill" if r.random() < 0.7 else r.choice(["NordVPN", "ExpressVPN", "Surfshark", "Private Internet Access"])
        self.vpn_name = prov
        self.vpns = [inf.vpn(prov, "US") for _ in range(r.randrange(2, 4))]
        self.vps = [inf.vps() for _ in range(r.randrange(1, 3))]
        self.us_nights = r.random() < 0.4
        self.ipkvm = r.random() < 0.65
        self.facilitators = [Facilitator(W, self.ipkvm) for _ in range(r.randrange(2, 4))]
        self.mules = []
        self.fronts = []
        for _ in range(r.randrange(1, 3)):
            nm = r.choice(D.CLIENT_WORDS) + r.choice(["soft", "tech", "labs", "dev", "code"]) + " " + r.choice(["LLC", "Ltd", "Inc", "Co., Ltd"])
            dom = nm.split()[0].lower() + "-" + W.inf.hex(3) + "." + r.choice(["com", "io", "tech", "dev"])
            mbox = W.inf.throwaway("admin", nm.split()[0])
            self.fronts.append((nm, dom, mbox))
            W.out.domain(dom, nm, f"2024-{r.randrange(1, 13):02d}-{r.randrange(1, 28):02d}", mbox, r.choice(self.vps).ips[0],
                         r.choice(["ns1.namecheaphosting.com;ns2.namecheaphosting.com", "dns1.registrar-servers.com;dns2.registrar-servers.com",
                                   "ns1.dnsowl.com;ns2.dnsowl.com"]))
        self.org = "https://github.com/" + self.fronts[0][1].split(".")[0]


def ring_values(W, team: Team, kinds):
    """The one value a ring's members share for each kind they share."""
    r = W.rng
    inf = W.inf
    v = {}
    for k in kinds:
        if k == "recovery_email":
            v[k] = inf.throwaway(r.choice(["dev", "work", "kim", "star", "tech", "smart"]), r.choice(["team", "pro", "job", "ops", "hub"]))
        elif k in ("recovery_phone", "phone"):
            v[k] = inf.phone("US")
        elif k == "operator_laptop":
            v[k] = "brw-" + inf.hex(12)
        elif k == "vps_signup":
            v[k] = r.choice(team.vps)
        elif k == "payout":
            v[k] = mule(W, team)
        elif k == "facilitator":
            v[k] = r.choice(team.facilitators)
        elif k == "face":
            v[k] = face_params(r)
        elif k == "resume":
            v[k] = resume_body(r, r.choice(D.JOBS[:8]), r.choice(D.RESUME_TEMPLATES + ["plain"]), r.randrange(6, 14),
                               [f[0] for f in team.fronts] + [r.choice(D.CLIENT_WORDS) + " " + r.choice(D.CLIENT_SUFFIX)], "Remote")
        elif k == "front_company":
            v[k] = r.choice(team.fronts)
    return v


def mule(W, team: Team):
    """A money mule's account, reused by several personas; the mule also has rows of their own."""
    r = W.rng
    if team.mules and r.random() < 0.5:
        return r.choice(team.mules)
    city = r.choice(US)
    m = L.new_person(W, "US", city=city, kind="money_mule")
    m.fraud = 1
    m.stays = [L.home_stay(W, m, city)]
    dest = f"{r.choice(['021000021', '026009593', '121000248', '124303120', '031101279', '091311229'])}:{W.inf.hex(5)}{r.randrange(10000, 99999)}"
    m.pay = [(T0 - 400 * DAY, "bank", dest, "USD")]
    if r.random() < 0.3:
        m.pay = [(T0 - 400 * DAY, "crypto", "T" + W.inf.hex(33), "USDT")]
    m.dest = m.pay[0]
    L.give_resume(W, m, r.choice(D.JOBS))
    m.profiles = L.profiles_for(W, m)
    for c in r.sample(W.clients, r.randrange(1, 3)):
        L.application(W, m, c, H.app_time(W, lo=dt.datetime(2024, 6, 1, tzinfo=UTC)))
    if r.random() < 0.4:
        hire = H.hire_time(W)
        L.eor_contract(W, m, r.choice(W.clients), hire, tokens=["placed"])
    team.mules.append(m)
    return m


def facilitator_rows(W, f: Facilitator):
    r = W.rng
    p = f.person
    p.stays = [L.Stay(T0, T1, "US", f.city, CITY[f.city][4], [f.net, W.inf.mobile(f.city)], [85, 15], f.net.mac, f.net.ssid)]
    L.give_resume(W, p, r.choice(["IT Support Specialist", "Customer Success Manager", "Data Analyst"]))
    p.profiles = L.profiles_for(W, p)
    L.give_photo(W, p, share=0.5)
    L.pay_setup(W, p, kinds=("bank",), weights=(1,))
    p.traits.append("hosts_laptop_farm")
    for c in r.sample(W.clients, r.randrange(1, 3)):
        L.application(W, p, c, H.app_time(W, lo=dt.datetime(2024, 3, 1, tzinfo=UTC)))
    if r.random() < 0.3:
        hire = H.hire_time(W)
        c = r.choice(W.clients)
        L.eor_contract(W, p, c, hire, tokens=["placed"])
        L.client_record(W, p, c, hire, tokens=["placed"])


def persona(W, team: Team | None, ring_kind: str, shared: dict, victims: list, n_rows=None, own_fac=None, tokens=()):
    r = W.rng
    inf = W.inf
    claim = r.choices([c for c, _ in CLAIMS], weights=[w for _, w in CLAIMS])[0]
    if "facilitator" in shared or own_fac is not None:
        claim = "US"
    fac = shared.get("facilitator") or own_fac
    toks = list(tokens)
    stolen = team is not None and claim == "US" and r.random() < 0.22
    if stolen:
        v = H.victim(W)
        p = L.Person(first=v.first, mid=v.mid, last=v.last, origin=v.origin, country="US", city=r.choice(US), kind=ring_kind)
        p.dob, p.natid = v.dob, v.natid
        toks.append("stolen_identity")
    else:
        origin = r.choices(["anglo", "latin", "east_asian", "slavic", "european"], weights=[50, 15, 20, 10, 5])[0] if claim in ("US", "CA", "GB") else None
        if origin is None:
            o = D.ORIGIN_BY_COUNTRY.get(claim, {"anglo": 1})
            origin = r.choices(list(o), weights=list(o.values()))[0]
        first, mid, last = inf.name(origin)
        p = L.Person(first=first, mid=mid, last=last, origin=origin, country=claim, city=r.choice(CITIES_BY_COUNTRY[claim])[1], kind=ring_kind)
        p.dob = inf.birth(1985, 2000)
        p.natid = inf.natid()
        toks.append("synthetic_identity")
    p.fraud = 1
    p.os = r.choice(["mac", "win", "win"])
    p.email = inf.throwaway(p.first, p.last)
    toks.append("throwaway_mailbox")
    if "phone" in shared:
        p.phone, p.phone_type = shared["phone"], "voip"
        toks.append("voip_phone")
    elif team is not None and r.random() < 0.65:
        p.phone, p.phone_type = inf.phone("US"), r.choice(["voip", "nonFixedVoip", "voip"])
        toks.append("voip_phone")
    else:
        p.phone = inf.phone(p.country, p.city if p.country in ("US", "CA") else None)
    if fac is not None and r.random() < 0.4:
        p.address = fac.address if r.random() < 0.6 else fac.address.replace(", ", f" {r.choice(['Apt', 'Unit', '#'])} {r.randrange(2, 9)}, ", 1)
        p.city = fac.city
        toks.append("claims_facilitator_address")
    else:
        p.address = inf.street_address(p.city)
    p.recovery_email = shared.get("recovery_email") or (inf.throwaway(p.first, p.last) if r.random() < 0.5 else "")
    if "recovery_phone" in shared:
        p.recovery_phone, p.recovery_phone_type = shared["recovery_phone"], "voip"
    elif team is not None and r.random() < 0.3:
        p.recovery_phone, p.recovery_phone_type = inf.phone("US"), "nonFixedVoip"
    # photo
    if "face" in shared:
        p.face = edited(shared["face"], r)
        p.photo = W.media.photo(p.face)
        toks.append("ai_edited_photo")
    elif r.random() < 0.7:
        p.face = edited(face_params(r), r)
        p.photo = W.media.photo(p.face)
    # resume
    if "resume" in shared:
        L.give_resume(W, p, shared["resume"]["role"], body=shared["resume"])
        toks.append("cloned_resume")
    else:
        emps = [r.choice(D.CLIENT_WORDS) + " " + r.choice(D.CLIENT_SUFFIX) for _ in range(r.randrange(2, 4))]
        if "front_company" in shared:
            emps[0] = shared["front_company"][0]
        L.give_resume(W, p, r.choice(D.JOBS[:12]), body=resume_body(r, r.choice(D.JOBS[:12]), r.choice(D.RESUME_TEMPLATES + ["plain"]),
                                                                       r.randrange(5, 14), emps, p.city))
    extra = ""
    if "front_company" in shared:
        extra = f"https://{shared['front_company'][1]}/team/{p.first.lower()}"
    p.profiles = L.profiles_for(W, p, extra)
    # where its traffic comes from
    if team is not None:
        nets = list(team.vpns)
        if "vps_signup" in shared:
            nets = [shared["vps_signup"]]
        else:
            nets.append(inf.home_net(p.city if p.country == "US" else r.choice(US), 1))  # residential proxy exit
            toks.append(f"vpn_{team.vpn_name.lower().replace(' ', '_')}")
        p.signup_nets = nets
        p.browser = shared.get("operator_laptop") or ("brw-" + inf.hex(12))
    else:
        prov = r.choice(["NordVPN", "ExpressVPN", "Surfshark", "Mullvad"])
        p.signup_nets = [inf.vpn(prov, "US")]
        p.browser = "brw-" + inf.hex(12)
        toks.append("few_traits")
    if fac is not None:
        if team is not None:
            nets = [fac.net] + list(team.vpns) + [team.base] + team.vps[:1]
            weights = [60] + [12] * len(team.vpns) + [3] + [6]
        else:
            nets, weights = [fac.net] + p.signup_nets, [60, 25]
        p.stays = [L.Stay(T0 - 400 * DAY, T1, "US", fac.city, CITY[fac.city][4], nets, weights, fac.net.mac, fac.net.ssid)]
    else:
        c = CITY[p.city] if p.city in CITY else CITY[r.choice(US)]
        st = L.home_stay(W, p, c[1], vpn=p.signup_nets[0])
        st.start = T0 - 400 * DAY
        p.stays = [st]
    p.os_tz = CITY[p.stays[0].city][4]
    if team is not None and team.us_nights:
        p.work_tz = team.base_tz
        toks.append("us_night_hours")
    p.keyboards = ["en-US"] + (["ko-KR"] if r.random() < 0.12 else [])
    # the laptop: remote tools, IP-KVM, long remote sessions
    if fac is not None:
        p.procs = list(fac.tools)
        p.ports = [{"AnyDesk": "7070/tcp", "rustdesk": "21118/tcp", "TeamViewer": "5938/tcp", "remoting_host": "443/tcp",
                    "Splashtop Streamer": "6783/tcp", "ngrok": "4040/tcp", "tailscaled": "41641/udp"}[t] for t in fac.tools]
        if r.random() < 0.35:
            p.ports.append("3389/tcp")
        toks.append("remote_tools")
        if fac.ipkvm:
            p.usb = [r.choice(D.USB_IPKVM)] + r.sample(D.USB_HONEST, r.randrange(0, 2))
            p.displays = [r.choice(D.DISPLAYS_FRAUD)] if r.random() < 0.6 else ["DELL P2422H"]
            toks.append("ipkvm")
        else:
            p.usb = r.sample(D.USB_HONEST, r.randrange(0, 2))
            p.displays = ["Built-in Display"]
        if team is not None and r.random() < 0.4:
            p.remote_hosts = [(r.choice(team.vps).ips[0], 200)]
            toks.append("remote_session_vps")
    # pay
    dest = shared.get("payout")
    hire = W.inf.when(dt.datetime(2024, 11, 1, tzinfo=UTC), dt.datetime(2025, 8, 15, tzinfo=UTC))
    if dest is not None:
        md = dest.dest
        if r.random() < 0.45:
            L.pay_setup(W, p, kinds=("bank", "wise"), weights=(60, 40), currency="USD", start=T0 - 400 * DAY)
            p.pay.append((hire + dt.timedelta(days=r.randrange(35, 80)), md[1], md[2], md[3]))
            toks.append("payroll_changed")
        else:
            p.pay = [(T0 - 400 * DAY, md[1], md[2], md[3])]
        toks.append("pays_mule")
    elif fac is not None and team is not None and r.random() < 0.25:
        d = fac.person.pay[0] if fac.person.pay else None
        if d:
            p.pay = [(T0 - 400 * DAY, d[1], d[2], d[3])]
            toks.append("pays_facilitator")
    if not p.pay:
        L.pay_setup(W, p, kinds=("bank", "wise", "payoneer", "crypto"), weights=(40, 25, 20, 15), currency="USD", start=T0 - 400 * DAY)
    if "crypto_payout" in p.traits:
        p.traits.remove("crypto_payout")
        toks.append("crypto_payout")
    # rows
    k = n_rows if isinstance(n_rows, int) else (1 if n_rows == "placed" else r.choice([1, 2, 2, 3, 4]))
    if k > 1:
        toks.append("multi_applied")
    placed = fac is not None and (n_rows is None and r.random() < 0.6 or n_rows == "placed")
    n_apps = 0 if n_rows == "placed" else (k if not placed else max(1, k - 1))
    cl = r.sample(W.clients, min(len(W.clients), n_apps + 1))
    new_box = r.random() < 0.45
    for i, c in enumerate(cl[:n_apps]):
        t = H.app_time(W, lo=dt.datetime(2024, 9, 1, tzinfo=UTC), hi=hire if placed else None)
        em = inf.throwaway(p.first, p.last) if i and new_box else None
        if em:
            toks.append("new_mailbox_per_application")
        L.application(W, p, c, t, email=em, tokens=toks + ["applied"])
    if placed:
        c = cl[-1]
        ship = fac.address if r.random() < 0.6 else r.choice([f"c/o {fac.person.first} {fac.person.last}, {fac.address}",
                                                               fac.address.upper(), fac.address.replace(" St", " Street").replace(" Ave", " Avenue")])
        ptok = toks + ["placed", "laptop_to_facilitator"]
        if r.random() < 0.75:
            L.eor_contract(W, p, c, hire, tokens=ptok, salary=r.choice([6400, 7800, 9500, 11800]))
        L.client_record(W, p, c, hire, kind="contractor", tokens=ptok, ship_to=ship)
        if r.random() < 0.2:
            c2 = r.choice([x for x in W.clients if x is not c])
            h2 = H.hire_time(W)
            L.client_record(W, p, c2, h2, kind="contractor", tokens=ptok + ["concurrent_second_client"], ship_to=ship)
    return p


def generate(W, n_subjects: int):
    r = W.rng
    n_teams = max(1, round(n_subjects / 2000))
    victims = None
    for i in range(n_teams):
        team = Team(W, i)
        for f in team.facilitators:
            facilitator_rows(W, f)
        # rings sharing 1-3 kinds
        for _ in range(r.randrange(2, 4)):
            kinds = r.sample(SHARE_KINDS, r.choice([1, 2, 2, 3]))
            sh = ring_values(W, team, kinds)
            if "facilitator" not in sh:
                sh["facilitator"] = r.choice(team.facilitators) if r.random() < 0.7 else None
                if sh["facilitator"] is None:
                    del sh["facilitator"]
            for _ in range(r.randrange(3, 7)):
                persona(W, team, "persona_ring", sh, victims, tokens=[f"shares_{k}" for k in kinds])
        # careful rings: exactly one kind, own facilitator each
        for _ in range(r.randrange(1, 3)):
            k = r.choice(SHARE_KINDS)
            sh = ring_values(W, team, [k])
            for _ in range(r.randrange(2, 4)):
                own = sh.get("facilitator") or (Facilitator(W, team.ipkvm) if r.random() < 0.6 else None)
                persona(W, team, "careful_ring", {kk: vv for kk, vv in sh.items() if kk != "facilitator"} | ({"facilitator": own} if k == "facilitator" else {}),
                        victims, own_fac=own if k != "facilitator" else None, tokens=[f"shares_only_{k}"])
        # a ring split across employers: one row each
        k = r.choice(["recovery_email", "operator_laptop", "payout", "facilitator", "resume", "face"])
        sh = ring_values(W, team, [k])
        for j in range(r.randrange(2, 5)):
            own = sh.get("facilitator") or Facilitator(W, team.ipkvm)
            persona(W, team, "split_ring", {kk: vv for kk, vv in sh.items() if kk != "facilitator"} | ({"facilitator": own} if k == "facilitator" else {}),
                    victims, n_rows=1 if j % 2 == 0 else "placed", own_fac=own if k != "facilitator" else None, tokens=[f"shares_only_{k}"])
    # lone personas
    for _ in range(max(1, round(n_subjects / 1200))):
        own = Facilitator(W, False) if r.random() < 0.45 else None
        persona(W, None, "lone_persona", {}, [], n_rows=r.choice([1, 1, 2]) if own is None else r.choice([1, "placed"]), own_fac=own)
