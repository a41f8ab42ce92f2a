"""World 24 fraud side: DPRK IT-worker teams, their personas (stolen and synthetic identities), the schemes that tie
personas together, US laptop farms and their facilitators. Personas are made with the same Person recipe as honest
candidates and turned into rows by the same check()."""
from . import data, infra, life, media, people
from .infra import DAY, T0, T1
from .life import Person, check, pick_client

BASES = [("Shenyang", "Asia/Shanghai", "CN", "China Unicom", 4837, "CHINA UNICOM China169 Backbone", "123.184"),
         ("Dandong", "Asia/Shanghai", "CN", "China Unicom", 4837, "CHINA UNICOM China169 Backbone", "175.167"),
         ("Yanji", "Asia/Shanghai", "CN", "China Telecom", 4134, "CHINANET-BACKBONE", "222.161"),
         ("Vladivostok", "Asia/Vladivostok", "RU", "Rostelecom", 12389, "PJSC Rostelecom", "95.154"),
         ("Pyongyang", "Asia/Pyongyang", "KP", "Star JV", 131279, "Ryugyong-dong", "175.45")]
BASE_CITY = {"Shenyang": ("Shenyang", "", 41.8, 123.43, "Asia/Shanghai"), "Dandong": ("Dandong", "", 40.12, 124.38, "Asia/Shanghai"),
             "Yanji": ("Yanji", "", 42.9, 129.5, "Asia/Shanghai"), "Vladivostok": ("Vladivostok", "", 43.12, 131.9, "Asia/Vladivostok"),
             "Pyongyang": ("Pyongyang", "", 39.02, 125.75, "Asia/Pyongyang")}


class Team:
    def __init__(self, w, i):
        self.i = i
        b = w.pick(BASES[:4]) if w.chance(0.92) else BASES[4]
        self.base = b
        self.base_net = infra.Net("home", b[2], BASE_CITY[b[0]], b[4], b[5], [infra.ip_in(w, b[6]) for _ in range(4)])
        self.exit = w.wpick([("astrill", 40), ("resproxy", 25), ("vpn", 20), ("vps", 15)])
        if self.exit == "astrill":
            self.egress = infra.vpn_net(w, "Astrill")
        elif self.exit == "vpn":
            self.egress = infra.vpn_net(w, w.pick(["NordVPN", "ExpressVPN", "Surfshark"]))
        elif self.exit == "resproxy":
            self.egress = infra.resproxy_net(w)
        else:
            self.egress = infra.vps_net(w)
        self.vps = infra.vps_net(w)
        self.us_hours = w.chance(0.55)
        self.spoof_tz = w.chance(0.6)
        self.machines = [self._machine(w) for _ in range(w.rng.randrange(2, 5))]
        self.voips = [infra.voip_number(w) for _ in range(w.rng.randrange(3, 8))]
        self.mailboxes = [infra.email_for(w, w.pick(["alex", "tom", "mike", "john", "kevin", "ryan"]),
                                          w.pick(["dev", "work", "pro", "tech", "job"]), "1990")
                          for _ in range(w.rng.randrange(2, 5))]
        self.faces = [media.new_face(w.rng) for _ in range(w.rng.randrange(1, 4))]
        self.wallets = [w.pick([("bank", "acct-" + infra.h(("teamacct", i, k), 20)),
                                ("wallet", f"payoneer:{infra.h(('pay', i, k), 10)}"),
                                ("crypto", "T" + infra.h(("usdt", i, k), 33))]) for k in range(w.rng.randrange(2, 5))]
        src = Person(w, "US")
        self.resume_base = media.resume_text(life._stable(src), "{NAME}", "{EMAIL}", "{PHONE}", "{CITY}",
                                             w.pick(["Senior Full Stack Developer", "Blockchain Developer",
                                                     "Senior Software Engineer", "Mobile Developer"]),
                                             src.skills, src.jobs, src.school)

    def _machine(self, w):
        tz = w.pick(["America/New_York", "America/Chicago", "America/Los_Angeles"]) if self.spoof_tz else self.base[1]
        kb = "ko-KR" if w.chance(0.12) else ("zh-CN" if w.chance(0.1) else "en-US")
        m = infra.Machine(w, os_="win" if w.chance(0.8) else "mac", tz=tz, kb=kb)
        m.set_home(w)
        m.procs = sorted(set(m.procs) | {data.VPN_PROC["Astrill"]} if self.exit == "astrill" and w.chance(0.7) else set(m.procs))
        if w.chance(0.4):
            m.procs.append(w.pick(data.REMOTE_TOOLS[m.os]))
        return m


def persona(w, team, stolen_from=None, claim=None):
    country = claim or w.wpick([("US", 80), ("CA", 7), ("GB", 5), ("PL", 3), ("MX", 2), ("DE", 3)])
    p = Person(w, country)  # name drawn from the claimed country's ordinary mix
    p.fraud = True
    toks = []
    if stolen_from is not None:
        v = stolen_from
        p.country, p.city, p.origin = v.country, v.city, v.origin
        p.first, p.last, p.gender, p.middle, p.dob, p.nid = v.first, v.last, v.gender, v.middle, v.dob, v.nid
        p.addr = v.addr if w.chance(0.6) else infra.address(w, v.country, w.pick(data.CITIES[v.country]))
        p.email = infra.email_for(w, v.first, v.last, v.dob)
        toks.append("stolen_identity")
    else:
        toks.append("synthetic_identity")
        if w.chance(0.2):
            p.nid = None
    # phone: team VOIP mostly
    if w.chance(0.7):
        p.phone, p.phone_kind = w.pick(team.voips) if w.chance(0.3) else infra.voip_number(w), "voip"
        toks.append("voip_phone")
    p.rec_email = infra.email_for(w, p.first, p.last, p.dob) if w.chance(0.3) else None
    p.rec_phone, p.rec_phone_kind = (p.phone, p.phone_kind) if w.chance(0.25) else (None, None)
    # network: team egress, sometimes slips to the base
    p.nets = [(team.egress, 90)]
    if w.chance(0.3):
        p.nets.append((team.base_net, 8))
        toks.append("foreign_ip_slip")
    toks.append({"astrill": "vpn_astrill", "vpn": "vpn_commercial", "resproxy": "residential_proxy", "vps": "vps_ip"}[team.exit])
    # machine: own anti-detect browser machine or a team machine
    if w.chance(0.5):
        p.machine = w.pick(team.machines)
        toks.append("team_machine")
    else:
        p.machine = team._machine(w)
    p.app_share = 0.5
    if w.chance(0.3):
        p.cam = [w.pick(data.DEEPFAKE_CAM[p.machine.os])]
        p.app_share = 0.85
        toks.append("virtual_camera_idv")
    if p.machine.kb in ("ko-KR", "zh-CN"):
        toks.append("asian_keyboard")
    # clock
    if team.us_hours:
        toks.append("us_hours_worked")
    else:
        p.hours = (19, 33)  # Asia daytime seen from a US claimed zone
        toks.append("asia_hours")
    # photo: own generated face, or a light edit of a team base photo
    if w.chance(0.55):
        base = w.pick(team.faces)
        edit = {"hair": w.rng.randrange(len(media.HAIR)), "glasses": w.chance(0.5), "bg": w.pick(media.BG),
                "shirt": (w.rng.randrange(256), w.rng.randrange(256), w.rng.randrange(256))}
        p.photo_path = lambda w_, base=base, edit=edit: w_.media.photo(base, 0, edit)
        toks.append("ai_edited_photo")
    p.photo_mode = "photo" if w.chance(0.9) else "none"
    if w.chance(0.45):
        p.resume_override = team.resume_base.replace("{NAME}", f"{p.first} {p.last}").replace("{EMAIL}", p.email).replace(
            "{PHONE}", p.phone).replace("{CITY}", p.city[0])
        toks.append("cloned_resume")
    p.resume_fmt = w.wpick([("pdf", 50), ("docx", 30), ("inline", 10), (None, 10)])
    p.title = w.pick(["Senior Full Stack Developer", "Blockchain Developer", "Senior Software Engineer", "Mobile Developer",
                      "Backend Engineer", "AI Engineer"])
    p.bank = w.pick(team.wallets) if w.chance(0.5) else ("bank", "acct-" + infra.h(("pbank", w.rng.random()), 20))
    if p.bank in team.wallets:
        toks.append("team_payout")
    p.profiles = [u for u in p.profiles if "linkedin" in u][:1]
    if p.origin in ("korean", "chinese"):
        toks.append(p.origin + "_name")
    p.tokens = toks
    return p


def run_checks(w, p, k, primary, extra=(), hired=None, addon=False):
    p.tokens = [primary] + list(extra) + p.tokens
    t = people.when(w) - 60 * DAY
    sids = []
    used = set()
    for i in range(k):
        c = w.pick(w.addon_clients) if addon else pick_client(w, p.country)
        if c.name in used:
            continue
        used.add(c.name)
        sids.append(check(w, p, c, t + w.rng.randrange(0, 120) * DAY, hired=hired))
    if len(sids) > 1:
        for sid in sids:
            if "multi_client" not in w.truth[sid][1]:
                w.truth[sid][1].append("multi_client")
    return len(sids)


def ncheck(w):
    return w.wpick([(1, 40), (2, 30), (3, 20), (4, 10)])


def schemes(w, n_rows, victims):
    made = 0
    teams = [Team(w, i) for i in range(max(4, n_rows // 60))]
    vi = 0

    def mk(team, claim=None):
        nonlocal vi
        if w.chance(0.35) and vi < len(victims):
            vi += 1
            p = persona(w, team, stolen_from=victims[vi - 1], claim=claim)
            if victims[vi - 1].victim_sids:
                p.tokens.append("victim_present")
            return p
        return persona(w, team, claim=claim)

    plan = [("ring_overt", 0.30), ("ring_careful", 0.16), ("ring_split", 0.12), ("lone_persona", 0.14),
            ("laptop_farm", 0.18), ("mule_payout", 0.07), ("front_staffing", 0.03)]
    for kind, share in plan:
        goal = int(n_rows * share)
        got = 0
        while got < goal:
            team = w.pick(teams)
            if kind == "ring_overt":
                size = w.rng.randrange(4, 10)
                ps = [mk(team) for _ in range(size)]
                shared = w.rng.sample(["photo", "recovery_email", "recovery_phone", "payout", "phone", "address",
                                       "device", "resume", "profile"], w.rng.randrange(3, 6))
                _share(w, team, ps, shared)
                for p in ps:
                    got += run_checks(w, p, ncheck(w), kind)
            elif kind == "ring_careful":
                size = w.rng.randrange(2, 6)
                ps = [mk(team) for _ in range(size)]
                for p in ps:  # own everything ...
                    p.machine = team._machine(w)
                    p.nets = [(infra.resproxy_net(w), 100)]
                    p.tokens = [t for t in p.tokens if t not in ("team_machine", "foreign_ip_slip", "vpn_astrill", "vpn_commercial", "vps_ip")] + ["residential_proxy"]
                    _isolate(w, p)
                one = w.pick(["recovery_email", "recovery_phone", "payout", "device", "photo", "resume"])
                _share(w, team, ps, [one])  # ... but one thing
                for p in ps:
                    got += run_checks(w, p, ncheck(w), kind)
            elif kind == "ring_split":
                size = w.rng.randrange(3, 8)
                ps = [mk(team, claim=w.pick(["US", "US", "CA", "GB", "DE", "PL"])) for _ in range(size)]
                vps = infra.vps_net(w)
                for j, p in enumerate(ps):
                    if j % 2 == 0:
                        p.nets = [(vps, 60), (team.egress, 40)]
                        p.tokens.append("shared_vps_ip")
                    else:
                        p.machine = team.machines[0]
                        p.tokens.append("shared_device")
                for p in ps:
                    got += run_checks(w, p, w.pick([2, 3, 4]), kind)
            elif kind == "lone_persona":
                p = mk(team)
                if w.chance(0.45):  # quiet: a residential proxy, US hours, US zone, nothing shared
                    p.nets = [(infra.resproxy_net(w), 100)]
                    p.machine = team._machine(w)
                    p.machine.tz = p.city[4]
                    p.machine.kb = "en-US"
                    p.cam = []
                    p.hours = (8, 22)
                    if p.phone_kind == "voip" and w.chance(0.5):
                        p.phone, p.phone_kind = infra.mobile_number(w, p.country, p.city), "mobile"
                    p.tokens = [t for t in p.tokens if t in ("stolen_identity", "synthetic_identity", "voip_phone",
                                                             "cloned_resume", "ai_edited_photo")] + ["few_traits"]
                got += run_checks(w, p, ncheck(w), kind)
            elif kind == "laptop_farm":
                got += farm(w, team, mk)
            elif kind == "mule_payout":
                mule = ("bank", "acct-" + infra.h(("mule", w.rng.random()), 20))
                for _ in range(w.rng.randrange(2, 5)):
                    p = mk(w.pick(teams))
                    p.bank = ("bank", "acct-" + infra.h(("first", w.rng.random()), 20))
                    p.payout_switch = (T0 + w.rng.randrange(60, 500) * DAY, mule)
                    got += run_checks(w, p, 1, kind, extra=["shared_payout", "payout_changed"], hired=True, addon=True)
            else:  # a front staffing agency submitting the team's personas from one office
                dom = w.pick(["nexgen-talent", "bluepeak-it", "primecoders", "silverline-staff"]) + f"{team.i}.com"
                w.domains.append({"domain": dom, "company": dom.split(".")[0].replace("-", " ").title(),
                                  "registered_at": infra.iso(T0 + w.rng.randrange(0, 300) * DAY)[:10],
                                  "registrant_email": w.pick(team.mailboxes), "ip": team.vps.ips[0],
                                  "nameservers": "ns1.namecheaphosting.com;ns2.namecheaphosting.com"})
                office_phone = w.pick(team.voips)
                for _ in range(w.rng.randrange(4, 9)):
                    p = mk(team)
                    p.rec_email, p.rec_phone, p.rec_phone_kind = f"hr@{dom}", office_phone, "voip"
                    p.nets = [(team.vps, 60), (team.egress, 40)]
                    got += run_checks(w, p, ncheck(w), kind, extra=["shared_recovery_email", "shared_recovery_phone"])
        made += got
    return made


def _isolate(w, p):
    """a careful persona keeps its own photo, resume, number and payout account"""
    if "photo_path" in p.__dict__:
        del p.photo_path
    p.resume_override = None
    if p.phone_kind == "voip":
        p.phone = infra.voip_number(w)
    p.bank = ("bank", "acct-" + infra.h(("own", w.rng.random()), 20))
    p.tokens = [t for t in p.tokens if t not in ("ai_edited_photo", "cloned_resume", "team_payout")]


def _share(w, team, ps, what):
    for k in what:
        if k == "photo":
            base = w.pick(team.faces)
            for p in ps:
                edit = {"bg": w.pick(media.BG), "glasses": w.chance(0.5), "hair": w.rng.randrange(len(media.HAIR))}
                p.photo_path = lambda w_, base=base, edit=edit: w_.media.photo(base, 0, edit)
                p.photo_mode = "photo"
        elif k == "recovery_email":
            mb = w.pick(team.mailboxes)
            for p in ps:
                p.rec_email = mb
        elif k == "recovery_phone":
            ph = w.pick(team.voips)
            for p in ps:
                p.rec_phone, p.rec_phone_kind = ph, "voip"
        elif k == "payout":
            acct = w.pick(team.wallets)
            for p in ps:
                p.bank = acct
        elif k == "phone":
            ph = w.pick(team.voips)
            for p in ps[: max(2, len(ps) // 2)]:
                p.phone, p.phone_kind = ph, "voip"
        elif k == "address":
            a = infra.address(w, "US", w.pick(data.CITIES["US"]))
            for p in ps[: max(2, len(ps) // 2)]:
                p.addr = a
        elif k == "device":
            m = w.pick(team.machines)
            for p in ps:
                p.machine = m
                p.app_share = 0.8
        elif k == "resume":
            for p in ps:
                p.resume_override = team.resume_base.replace("{NAME}", f"{p.first} {p.last}").replace(
                    "{EMAIL}", p.email).replace("{PHONE}", p.phone).replace("{CITY}", p.city[0])
                p.resume_fmt = p.resume_fmt or "pdf"
        elif k == "profile":
            gh = f"https://github.com/{w.pick(['cryptodev', 'fullstackguru', 'smartdev', 'codewizard'])}{w.rng.randrange(100, 999)}"
            for p in ps:
                p.profiles = p.profiles + [gh]
        for p in ps:
            p.tokens.append("shared_" + k)


def farm(w, team, mk):
    """a US facilitator's home receiving client laptops for several personas"""
    city = w.pick(data.CITIES["US"])
    fac = Person(w, "US", city=city, age=(30, 60))
    home = fac.home_net
    farm_gw, farm_ssid = infra.gw_mac(w), f"NETGEAR{w.rng.randrange(10, 99)}"
    kvm = w.chance(0.7)
    got = 0
    fac.fraud = True
    fac.tokens = ["facilitator"]
    check(w, fac, pick_client(w, "US"), people.when(w))
    got += 1
    tool = w.pick(["AnyDesk.exe", "TeamViewer.exe", "rustdesk.exe", "remoting_host.exe"])
    fac_bank = ("bank", "acct-" + infra.h(("fac", w.rng.random()), 20))
    for _ in range(w.rng.randrange(4, 12)):
        p = mk(team)
        p.ship_addr = fac.addr if w.chance(0.8) else dict(fac.addr, unit=w.rng.randrange(1, 9))
        toks = ["shared_ship_address", "farm_network"]
        if w.chance(0.4):
            p.addr = p.ship_addr  # claims the facilitator's home as its own
            p.city = [c for c in data.CITIES["US"] if c[0] == fac.addr["city"]][0]
            toks.append("claims_farm_address")
        else:
            toks.append("ship_mismatch")
        p.work_nets = [(home, 100)]
        if w.chance(0.5):
            p.bank = fac_bank
            toks.append("pay_to_facilitator")

        def laptop(w_, p_, kvm=kvm):
            m = life.corp_laptop(w_, p_)
            m.gw, m.ssid = farm_gw, farm_ssid
            m.tz = p_.city[4]
            m.procs = sorted(set(m.procs) | {tool if m.os == "win" else tool.replace(".exe", "")})
            if kvm and w_.chance(0.85):
                name, vid, pid = w_.pick(data.IP_KVM)
                m.usb = [(name, vid, pid)] + m.usb[:1]
                m.display = w_.pick(data.IP_KVM_DISPLAY)
            if w_.chance(0.6):
                m.rsess = [(team.vps.ips[0], w_.rng.randrange(10, 90) * DAY)]
                m.ports = ["3389/tcp"] if m.os == "win" else ["5900/tcp"]
            return m
        p.laptop_fn = laptop
        if kvm:
            toks.append("ip_kvm")
        toks.append("remote_tools")
        got += run_checks(w, p, w.pick([1, 1, 2]), "laptop_farm", extra=toks, hired=True, addon=True)
    return got
