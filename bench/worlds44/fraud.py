"""DPRK IT-worker teams: personas, laptop farms and their facilitators, victims of the stolen identities."""
from . import data as D
from .honest import korean_american, japan_staff, us_remote
from .infra import DAY, T0, T1, World, iso
from .lives import Laptop, bank_dest, emit_payroll, ua_for
from .media import render_resume, resume_body
from .people import new_person, work

BASES = [("Shenyang", "CN"), ("Dandong", "CN"), ("Vladivostok", "RU"), ("Pyongyang", "KP"), ("Shenyang", "CN")]
FRONTS = ["Apex Tek Solutions", "BlueRiver Digital", "Sunrise Dev Partners", "Vertex Code Labs", "Nimbus Staffing Group",
          "Pinecrest IT Consulting", "Orbitline Software", "Kizuna Tech Partners", "Hikari Systems GK", "Northgate Devs"]
TACTICS = [  # tactic, weight (teams), farm country
    ("laptop_farm_ring", 34), ("japan_farm_ring", 10), ("split_ring", 14), ("careful_ring", 16),
    ("lone_persona", 12), ("recycled_applicant", 8), ("payout_only_ring", 6),
]


class Farm:
    def __init__(self, w, country):
        r = w.r
        self.country = country
        self.city = r.choice(["Dallas", "Nashville", "Phoenix", "Fort Lee", "Denver", "Fullerton", "Duluth", "Chicago", "Annandale", "Austin"]) \
            if country == "US" else r.choice(["Osaka", "Tokyo", "Fukuoka", "Nagoya"])
        self.address = w.address(self.city)
        self.places = [w.home_place(self.city) for _ in range(r.choice([1, 1, 2]))]
        self.gateway = w.mac()
        self.ssid = r.choice(["NETGEAR", "Spectrum", "ATT", "xfinitywifi-home", "TP-Link_", "Buffalo-G-", "aterm-"]) + w.hex(4)
        self.kvm = r.choice(D.USB_IPKVM) if r.random() < 0.7 else None
        self.kvm_display = r.choice(D.DISPLAY_KVM) if self.kvm and r.random() < 0.6 else None
        self.tools = r.sample(D.RDP_TOOLS, r.randint(1, 2))
        self.tz = D.CITIES[self.city][1]
        self.tz_off = D.CITIES[self.city][2]
        self.facilitator = None


class Team:
    def __init__(self, w, m, jp=False):
        r = w.r
        self.base_city, self.base_country = r.choice(BASES)
        self.farms = [Farm(w, "JP" if jp else "US")]
        self.vps = [w.vps_place() for _ in range(r.randint(1, 2))]
        self.vps_hosts = [p["ip"] for p in self.vps]
        self.mules = [(0,) + bank_dest(w, "JP" if jp else "US") for _ in range(r.randint(1, 3))]
        self.payoneer = (0, "wallet", f"payoneer:{w.handle('pay' + w.hex(4))}")
        self.usdt = (0, "crypto", "T" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789") for _ in range(33)))
        self.voips = [w.phone("JP" if jp else "US", "voip") for _ in range(r.randint(2, 3))]
        self.faces = [m.face() for _ in range(r.randint(2, 3))]
        self.resume = resume_body(r, "US", r.randint(6, 12))
        self.op_devices = [(f"web-{w.hex(12)}", ua_for(w, "win")) for _ in range(r.randint(1, 3))]
        self.handler_phone = (f"okv-{w.hex(12)}", ua_for(w, "phone"))
        self.hours = r.choices(["farm_day", "pyongyang", "flex"], [55, 30, 15])[0]
        self.p_ko = r.choice([0.0, 0.0, 0.1, 0.25, 0.4, 0.6])  # how often the operators leave a Korean layout on
        self.p_tz_leak = r.choice([0.0, 0.05, 0.15, 0.3])
        self.portfolio = f"https://{w.handle('dev' + w.hex(3))}.github.io" if r.random() < 0.4 else None
        self.front = None
        if r.random() < 0.3:
            self.front = (r.choice(FRONTS) + r.choice([" LLC", " Inc", " Co", ""]), f"{w.handle(w.hex(3) + 'tek')}.com")
            w.pools.setdefault("fronts", []).append((self.front, self.vps[0]["ip"]))
        self.email_pattern = r.choice(["dev", "fl####", "f.l", "fl##", None])
        self.jp = jp


def _base_place(w, team):
    city = team.base_city
    return w.place(city, w.ip_in(w.r.choice(D.ISPS[team.base_country][0][2])), D.ISPS[team.base_country][0][0],
                   D.ISPS[team.base_country][0][1], "false")


def _claim(r, jp):
    if jp:
        return "JP", r.choice(["Tokyo", "Osaka", "Yokohama", "Fukuoka", "Nagoya"]), r.choices(["ja", "ko", "en"], [80, 10, 10])[0]
    # claimed countries mirror the honest workforce's spread (US, Japan, Korea, the diaspora countries)
    c = r.choices(["US", "JP", "KR", "CA", "SG", "GB", "AU", "DE", "VN", "PH"], [40, 20, 12, 6, 5, 5, 5, 3, 2, 2])[0]
    city = r.choice(D.US_CITIES if c == "US" else D.COUNTRY_CITIES[c])
    if c == "JP":
        return c, city, r.choices(["ja", "ko", "en"], [80, 10, 10])[0]
    if c == "KR":
        return c, city, "ko"
    if c in ("VN", "PH"):
        return c, city, {"VN": "vi", "PH": "ph"}[c]
    if c == "US":
        origin = r.choices(["en", "ko_am", "zh", "vi", "ja", "in", "eu"], [58, 10, 8, 6, 7, 6, 5])[0]
    else:
        origin = r.choices(["en", "eu", "zh", "ja", "ko_am"], [50, 20, 15, 8, 7])[0]
    return c, city, origin


def persona(w, m, sink, team, farm, tactic, *, share=("farm_ip", "gateway", "shipping", "payout", "photo", "resume",
                                                         "phone", "op_device"), careful=False, row_kind=None,
            victim=None, extra_traits=()):
    """One persona row with its laptop at a farm (or careful: its own set-up), sign-ins and payouts."""
    r = w.r
    claimed, city, origin = _claim(r, team.jp)
    traits = list(extra_traits)
    kw = {}
    if victim is not None:
        kw.update(first=victim.first, last=victim.last, canon=victim.canon, birth=victim.birth, nid=victim.nid or None)
        origin = victim.origin
        city = victim.city
        claimed = victim.country
        traits += ["stolen_identity", "victim_in_data"]
        if r.random() < 0.3:
            kw["address"] = World.address_variant(r, victim.address)
            traits.append("victim_address")
    elif r.random() < 0.25:
        traits.append("stolen_identity")
    else:
        traits.append("synthetic_identity")
    rk = row_kind or r.choices(["contractor", "employee", "applicant"], [58, 32, 10])[0]
    # phone
    x = r.random()
    phone_kind = "mobile"
    shared_phone = None
    if "phone" in share and x < 0.35:
        shared_phone = r.choice(team.voips)
        traits += ["voip_phone", "shares_voip_number"]
    elif x < 0.7:
        phone_kind = "voip"
        traits.append("voip_phone")
    # mailbox
    mail = ["gmail.com", "gmail.com", "outlook.com", "proton.me", "hotmail.com"]
    if claimed == "JP":
        mail = ["gmail.com", "outlook.jp", "yahoo.co.jp", "proton.me"]
    if team.front and rk != "applicant" and r.random() < 0.5:
        employer = f"{r.choice(D.EMPLOYERS)} (via {team.front[0]})"
        traits.append("front_company")
    else:
        employer = None
    photo = "none"
    face = None
    if "photo" in share and r.random() < (0.95 if careful else 0.55):
        face = r.choice(team.faces)
        traits.append("ai_edited_photo")
    elif r.random() < 0.35:
        photo = "own"
        traits.append("ai_generated_photo")
    p = new_person(w, m, origin=origin, city=city, claimed=claimed, row_kind=rk, phone_country=claimed,
                   phone_kind=phone_kind, mail=mail, employer=employer, photo=photo, resume=False,
                   location=f"Remote ({claimed})", lang="ja" if claimed == "JP" and r.random() < 0.6 else "en",
                   order_ko=False, **kw)
    if team.email_pattern and not careful:
        w.emails.discard(p.email)
        p.email = w.email(p.first.split(" ")[0], p.last, r.choice(mail), team.email_pattern)
        p.s["email"] = p.email
    if shared_phone:
        p.s["phone"] = w.fmt_phone(__import__("phonenumbers").parse(shared_phone[1]), claimed)
        p.s["phone_line_type"] = r.choice(["voip", "nonFixedVoip", ""])
    if face is not None:
        p.face = face
        p.s["photo"] = m.ai_variant(face)
    if photo == "none" and face is None:
        p.s["photo"] = ""
    if "resume" in share and r.random() < (0.95 if careful else 0.55):
        body = dict(team.resume)
        p.s["resume"] = render_resume(r.choice(["plain", "modern", "canva"]), p.full_name, p.s["email"], p.s["phone"], body)
        traits.append("shared_resume")
    elif r.random() < 0.7:
        p.s["resume"] = render_resume(r.choice(["plain", "modern", "canva"]), p.full_name, p.s["email"], p.s["phone"],
                                      resume_body(r, claimed))
    if team.portfolio and not careful and r.random() < 0.5:
        p.s["profiles"] = ";".join(x for x in [p.s["profiles"], team.portfolio] if x)
        traits.append("shared_portfolio")
    ship_to = None
    if "shipping" in share and not careful:
        if r.random() < 0.25:
            p.s["address"] = World.address_variant(r, farm.address) if r.random() < 0.5 else farm.address
            traits.append("claims_facilitator_address")
            ship_to = p.s["address"]
        else:
            ship_to = (f"c/o {r.choice(['', 'Attn: '])}{p.full_name}, " if r.random() < 0.4 else "") + World.address_variant(r, farm.address)
            traits.append("laptop_to_facilitator")
    elif "shipping" in share and careful:
        ship_to = World.address_variant(r, farm.address)
        traits.append("laptop_to_facilitator")
    else:
        ship_to = w.address(farm.city)  # a mail drop of its own
    # laptop and sign-ins
    lap = Laptop(w, "win" if r.random() < 0.75 else "mac")
    places = []
    home = None
    if "farm_ip" in share:
        home = r.choice(farm.places)
        traits.append("laptop_farm_ip")
    else:
        home = w.home_place(farm.city)  # a residential proxy / its own line
        traits.append("residential_proxy")
    astrill_w = 0
    if not careful or r.random() < 0.5:
        if r.random() < 0.7:
            astrill_w = r.choice([15, 30, 45])
            traits.append("astrill_vpn")
    vpn_w = 10 if r.random() < 0.25 else 0
    if vpn_w:
        traits.append("vpn_user")
    if r.random() < (0.25 if careful else 0.45):
        for _ in range(r.randint(1, 2)):
            places.append((3, _base_place(w, team)))
        traits.append("base_dropout")
    if "op_device" in share:
        dev = r.choice(team.op_devices)
        traits.append("operator_laptop")
    else:
        dev = None
    kb = ["en-US"] if claimed != "JP" else ["ja-JP", "en-US"]
    if r.random() < team.p_ko:
        kb.append("ko-KR")
        traits.append("korean_keyboard")
    if r.random() < 0.05:
        kb.append("zh-CN")
    tzs = [farm.tz]
    if r.random() < team.p_tz_leak:
        tzs.append(r.choice(["Asia/Shanghai", "Asia/Seoul", "Asia/Vladivostok"]))
        traits.append("asian_timezone_leak")
    procs, usb, displays, ports, remote = [], [], None, [], []
    if "gateway" in share:
        gateway, ssid = farm.gateway, farm.ssid
        if farm.kvm and r.random() < 0.8:
            usb.append(farm.kvm)
            traits.append("ip_kvm")
            if farm.kvm_display:
                displays = [farm.kvm_display]
        if r.random() < 0.85:
            procs += farm.tools
            traits.append("remote_desktop_tool")
    else:
        gateway, ssid = None, None
        if r.random() < 0.5:
            procs.append(r.choice(D.RDP_TOOLS))
            traits.append("remote_desktop_tool")
    if r.random() < 0.3:
        procs.append("Astrill.exe")
    if r.random() < 0.35:
        ports.append(r.choice(["5900/tcp", "3389/tcp", "7070/tcp", "21118/tcp"]))
    if r.random() < 0.4:
        remote.append((r.choice(team.vps_hosts), r.uniform(2, 40)))
        traits.append("long_remote_session")
    pattern, hours_off = "day", None
    if team.hours == "pyongyang":
        hours_off = 9
    elif team.hours == "flex":
        pattern = "flex"
    if "payout" in share:
        pay = [r.choice(team.mules + [team.payoneer] + ([team.usdt] if r.random() < 0.3 else []))]
        if r.random() < 0.3:  # switches payout account mid-way
            pay.append((T0 + r.randrange(90 * DAY, 250 * DAY),) + r.choice(team.mules + [team.usdt])[1:])
        traits.append("shared_payout_account")
    else:
        pay = [(0,) + bank_dest(w, claimed)]
    p.tz_off = farm.tz_off
    p.city = farm.city
    p.home_country = farm.country
    extra = [(wt, pl) for wt, pl in places]
    if "op_device" in share:
        pass
    life = work(w, m, sink, p, home=home, home_w=55, mobile_w=0, corp_vpn_w=3, astrill_w=astrill_w, vpn_w=vpn_w,
                extra_places=extra, keyboards=kb, tzs=tzs, procs=procs, usb=usb, displays=displays, ports=ports,
                remote=remote, gateway=gateway, ssid=ssid, ship_to=ship_to, payout=pay, provider=r.choice(["Deel", "Remote.com", "Oyster"]),
                currency=("JPY" if team.jp else "USD") if "payout" in share else D.CURRENCY.get(claimed, "USD"), pattern=pattern, hours_off=hours_off, helpdesk=r.random() < 0.2,
                family_pc=dev, n=r.randint(6, 18), laptop=lap)
    # a handler phone running Okta Verify for several personas
    if rk != "applicant" and "op_device" in share and not careful and r.random() < 0.5:
        sink.login(p.id, T0 + r.randrange(T1 - T0), r.choice(farm.places) if "farm_ip" in share else home,
                   team.handler_phone[0], team.handler_phone[1], "success", "low", "user.authentication.auth_via_mfa")
        traits.append("handler_phone")
    if rk == "applicant":
        traits = [t for t in traits if t not in ACTIVITY_TRAITS]
    sink.add_subject(p.s, True, tactic, traits + ["persona"])
    return p


ACTIVITY_TRAITS = {"laptop_farm_ip", "residential_proxy", "astrill_vpn", "vpn_user", "base_dropout", "operator_laptop",
                   "korean_keyboard", "asian_timezone_leak", "ip_kvm", "remote_desktop_tool", "long_remote_session",
                   "shared_payout_account", "laptop_to_facilitator", "handler_phone"}


def victim_for(w, m, sink, jp):
    """An honest employee elsewhere in the company whose identity a persona reuses."""
    r = w.r
    before = len(sink.subjects)
    if jp:
        japan_staff(w, m, sink, True)
    elif r.random() < 0.25:
        korean_american(w, m, sink, base_kind="identity_theft_victim")
    else:
        us_remote(w, m, sink, base_kind="identity_theft_victim")
    sid, fraud, kind = sink.truth[-1]
    toks = kind.split(";")
    if toks[0] != "identity_theft_victim":
        toks = ["identity_theft_victim"] + [toks[0]] + toks[1:]
    sink.truth[-1] = (sid, 0, ";".join(toks))
    return sink.last_person, len(sink.subjects) - before


def facilitator_row(w, m, sink, team, farm):
    """The laptop-farm host, hired as a contractor: the farm's address and line are their own."""
    r = w.r
    origin = r.choices(["en", "ko_am", "ja"], [80, 8, 12])[0] if farm.country == "US" else "ja"
    p = new_person(w, m, origin=origin, city=farm.city, row_kind="contractor", address=farm.address,
                   location=f"Remote ({farm.country})", photo="auto")
    traits = ["facilitator_home", "laptop_farm_ip"]
    usb = [farm.kvm] if farm.kvm else []
    work(w, m, sink, p, home=farm.places[0], home_w=80, gateway=farm.gateway, ssid=farm.ssid, procs=farm.tools,
         usb=usb, payout=[r.choice(team.mules)], provider="Deel")
    traits.append("shared_payout_account")
    sink.add_subject(p.s, True, "facilitator", traits)
    farm.facilitator = p
    return 1


CAREFUL_KINDS = ["payout", "photo", "resume", "phone", "op_device", "shipping", "farm_ip"]


def make_team(w, m, sink, tactic):
    """One team running one tactic; returns (fraud rows, honest victim rows)."""
    r = w.r
    jp = tactic == "japan_farm_ring"
    team = Team(w, m, jp=jp)
    farm = team.farms[0]
    nf = nh = 0

    def victim_maybe():
        nonlocal nh
        if r.random() < 0.15:
            v, k = victim_for(w, m, sink, team.jp)
            nh += k
            return v
        return None

    if tactic in ("laptop_farm_ring", "japan_farm_ring"):
        k = r.randint(3, 8)
        for _ in range(k):
            share = ["farm_ip", "gateway", "shipping"] + r.sample(["payout", "photo", "resume", "phone", "op_device"], r.randint(1, 3))
            persona(w, m, sink, team, farm, tactic, share=share, victim=victim_maybe())
            nf += 1
        if r.random() < 0.3:
            nf += facilitator_row(w, m, sink, team, farm)
    elif tactic == "split_ring":
        farm2 = Farm(w, "US")
        link = r.choice(["payout", "resume", "op_device", "photo"])
        for f, k in ((farm, r.randint(2, 4)), (farm2, r.randint(2, 4))):
            for _ in range(k):
                share = ["farm_ip", "gateway", "shipping", link] + (["phone"] if r.random() < 0.3 else [])
                if f is farm2:
                    share = [s for s in share if s != "phone"]
                persona(w, m, sink, team, f, tactic, share=share, victim=victim_maybe(),
                        row_kind=r.choice(["contractor", "employee"]), extra_traits=[f"split_link_{link}"])
                nf += 1
    elif tactic == "careful_ring":
        only = r.choice(CAREFUL_KINDS)
        for _ in range(r.randint(2, 3)):
            f = Farm(w, "US")  # each persona at its own set-up
            if only in ("shipping", "farm_ip"):
                f = farm
            persona(w, m, sink, team, f, tactic, share=[only], careful=True,
                    victim=victim_maybe(), extra_traits=[f"shares_only_{only}"])
            nf += 1
    elif tactic == "payout_only_ring":
        for _ in range(r.randint(3, 5)):
            persona(w, m, sink, team, Farm(w, "US"), tactic, share=["payout"], careful=True, row_kind="contractor",
                    extra_traits=["shares_only_payout"])
            nf += 1
    elif tactic == "lone_persona":
        persona(w, m, sink, team, Farm(w, "JP" if r.random() < 0.2 else "US"), tactic, share=[], careful=True,
                victim=victim_maybe(), extra_traits=["few_traits"])
        nf += 1
    elif tactic == "recycled_applicant":
        face = r.choice(team.faces)
        k = r.randint(2, 4)
        link = r.choice(["photo", "phone", "resume"])
        for i in range(k):
            p = persona(w, m, sink, team, Farm(w, "US"), tactic, share=[link], careful=True, row_kind="applicant",
                        extra_traits=[f"reapplied_{link}"])
            nf += 1
    return nf, nh


def domains_rows(w, teams_fronts, agencies):
    r = w.r
    rows = [["hanbit.com", "Hanbit Games Co., Ltd.", "2004-03-11", "hostmaster@hanbit.com", "203.246.10.10", "ns1.hanbit.com;ns2.hanbit.com"],
            ["hanbitpay.com", "Hanbit Pay Corp.", "2016-07-02", "hostmaster@hanbit.com", "203.246.10.11", "ns1.hanbit.com;ns2.hanbit.com"],
            ["hanbit.co.jp", "Hanbit Japan KK", "2009-05-20", "admin@hanbit.co.jp", "203.247.3.4", "ns-1024.awsdns-00.org;ns-12.awsdns-01.com"]]
    for name, domain, city, _ in agencies:
        rows.append([domain, name, f"{r.randint(2005, 2019)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                     r.choice([f"admin@{domain}", "privacy@whoisguard.com", "redacted@gabia.com"]),
                     f"{r.randint(13, 200)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                     r.choice(["ns1.gabia.co.kr;ns2.gabia.co.kr", "dns1.registrar-servers.com;dns2.registrar-servers.com",
                               "ns-cloud-a1.googledomains.com;ns-cloud-a2.googledomains.com"])])
    for (name, domain), vps_ip in teams_fronts:
        rows.append([domain, name, f"{r.choice([2024, 2025])}-{r.randint(1, 9):02d}-{r.randint(1, 28):02d}",
                     r.choice(["privacy@withheldforprivacy.com", "contact@privacyguardian.org", f"admin.{w.hex(4)}@proton.me"]),
                     vps_ip, r.choice(["dns1.registrar-servers.com;dns2.registrar-servers.com", "ns1.vultr.com;ns2.vultr.com"])])
    return rows
