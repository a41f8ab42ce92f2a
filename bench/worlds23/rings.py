"""Fraud: DPRK operator teams, their personas, US laptop-farm facilitators, drops and forwarders, mule accounts, front
staffing firms; every scheme turned into Fleetdesk records with the same recipes honest people go through."""
from . import data as D
from . import media
from .infra import (DAY, W0, W1, EXPORT_DAY, Net, Address, chance, wchoice, seeded, hhex, phone_e164, phone_format, email_local,
                    personal_domain, local_to_utc, date_iso, mac, ip4, us_address, jitter, okta_device_id, salted)
from .market import pick_client, mailbox_address, nameservers, _registrant, office_place
from .model import Place, Schedule, Laptop, Channel, new_person, settle, habits, hire, setup_pay, vis_name, depot_for, laptop_egress
from . import people

BASES = [(("CN", "Shenyang"), 26), (("CN", "Dandong"), 14), (("CN", "Yanji"), 14), (("RU", "Vladivostok"), 12), (("LA", "Vientiane"), 10),
         (("CN", "Beijing"), 8), (("CN", "Harbin"), 6), (("KP", "Pyongyang"), 4), (("AE", "Dubai"), 3), (("NG", "Lagos"), 3)]
VPS_CITY = {"DigitalOcean": [("North Bergen", 40.79, -74.02), ("Santa Clara", 37.35, -121.96)], "Vultr": [("Piscataway", 40.55, -74.46), ("Los Angeles", 34.05, -118.24)],
            "Linode": [("Newark", 40.74, -74.17), ("Fremont", 37.55, -121.99)], "OVH": [("Vint Hill", 38.75, -77.67)],
            "Hetzner": [("Ashburn", 39.04, -77.49), ("Hillsboro", 45.52, -122.99)], "AWS": [("Ashburn", 39.04, -77.49), ("Boardman", 45.84, -119.70)]}
US_TZ = [("America/New_York", 45), ("America/Chicago", 30), ("America/Denver", 8), ("America/Los_Angeles", 17)]


TRANSIT = Place("transit", None, None, "UTC", "", "", 0.0, 0.0)


class Team:
    def __init__(self, w, rng, k):
        self.k = k
        (cc, city), _ = wchoice(rng, [((b, wt), wt) for b, wt in BASES])
        row = [r for r in D.INTL_CITIES[cc] if r[0] == city][0]
        self.base_cc = cc
        net = w.reg.fixed_line(cc, city, row[3], row[4], kind="base", last="Home", ssid_tmpl=rng.choice(["TP-Link_{h4}", "ChinaNet-{h4}", "CU_{h4}", "MERCURY_{h4}", "Tenda_{h4}"]))
        self.base = Place("base", net, None, row[2], cc, city, net.lat, net.lon)
        self.clock = "asia" if rng.random() < 0.5 else "us"
        self.us_tz = wchoice(rng, US_TZ)
        if self.clock == "asia":
            self.sched = Schedule(row[2], rng.uniform(8.0, 10.0), rng.uniform(9.5, 12.5), rng.uniform(0.25, 0.45), 0.15)
        else:
            self.sched = Schedule(self.us_tz, rng.uniform(8.3, 9.7), rng.uniform(7.5, 9.0), rng.uniform(0.05, 0.15), 0.05)
        self.egress = wchoice(rng, [("astrill", 42), ("resproxy", 26), ("vps", 16), ("vpn", 16)])
        exits = w.reg.vpn_exits("Astrill", "US")
        src = exits[rng.randrange(len(exits))]
        self.astrill = Net(f"astrill-team{k}", "vpn", src.owner, src.asn, "US", src.city, src.lat, src.lon,
                           pool=rng.sample(src.pool, rng.randint(3, 6)), proxy_p=D.VPNS["Astrill"][1], risk=0.35)
        prov = rng.choice(["DigitalOcean", "Vultr", "Linode", "OVH", "Hetzner", "AWS"])
        owner, asn, ranges = D.HOSTING[prov]
        city, lat, lon = VPS_CITY[prov][rng.randrange(len(VPS_CITY[prov]))]
        self.vps = Net(f"vps-team{k}", "hosting", owner, asn, "US", city, lat, lon, pool=[ip4(rng, ranges) for _ in range(rng.randint(1, 3))],
                       proxy_p=0.3, risk=0.4)
        self.vpn_name = rng.choice(["NordVPN", "ExpressVPN", "PIA", "Surfshark", "ProtonVPN"])
        self.machines = [(okta_device_id(rng), rng.choice(["win_chrome", "win_chrome", "win_edge", "mac_chrome"])) for _ in range(rng.randint(2, 5))]
        self.kb_extra = wchoice(rng, [(None, 60), ("ko-KR", 15), ("zh-CN", 20), ("ru-RU", 5)])
        self.faces = [w.new_face() for _ in range(rng.randint(1, 4))]
        self.rec_emails = [self._mailbox(rng) for _ in range(rng.randint(2, 6))]
        self.rec_phones = [phone_e164(rng, "US") for _ in range(rng.randint(2, 5))]
        self.wallets = [(rng.choice(["Payoneer", "Wise", "PayPal"]), self._mailbox(rng)) for _ in range(rng.randint(1, 3))]
        self.cryptos = [media.crypto(rng, rng.choice(["trc20", "trc20", "erc20"])) for _ in range(rng.randint(1, 2))]
        self.mules = []
        self.slip_p = rng.uniform(0.01, 0.05) if rng.random() < 0.35 else 0.0
        self.resumes = []
        self.github = [f"https://github.com/{rng.choice(['dev', 'code', 'tech', 'cloud', 'web3', 'fullstack'])}{rng.choice(['master', 'ninja', 'guru', 'pro', 'wizard', 'star'])}{rng.randint(1, 999)}"
                       for _ in range(rng.randint(1, 2))]
        self.use_voip = rng.uniform(0.35, 0.85)

    def _mailbox(self, rng):
        f, l_, _ = (rng.choice(D.NAMES["anglo"][0] + D.NAMES["anglo"][1]), rng.choice(D.NAMES["anglo"][2]), 0)
        loc = rng.choice([f"{f}.{l_}{rng.randint(10, 9999)}", f"{f[0]}{l_}.dev{rng.randint(1, 99)}", f"{l_}{f}{rng.randint(80, 2002)}",
                          f"{f}{l_}.tech", f"{f}.{l_}.recovery", f"{f}{rng.randint(100, 999)}"]).lower()
        return loc + "@" + rng.choice(["gmail.com", "gmail.com", "outlook.com", "proton.me", "hotmail.com", "yahoo.com"])

    def mule(self, w, rng):
        """A US money mule's bank account (new ones recruited over time)."""
        if not self.mules or rng.random() < 0.3:
            mp = new_person(w, rng, "US")
            self.mules.append(("acct:" + salted("mule", mp.pid), f"{mp.first} {mp.last}"))
        return self.mules[rng.randrange(len(self.mules))]


class Site:
    """Where personas' laptops go: a facilitator's farm, a small host, a drop or a forwarder."""

    def __init__(self, w, rng, kind, k):
        self.kind = kind
        self.k = k
        row = w.city_row("US", rng, suburb=rng.random() < 0.7)
        self.fac = new_person(w, rng, "US")
        settle(w, self.fac, rng, row=row, line="fixed")
        habits(w, self.fac, rng)
        people.decorate(w, self.fac, rng)
        home = self.fac.periods[0][2]
        self.home = home
        self.place = Place("farm", home.net, home.addr, home.tz, "US", home.city, home.lat, home.lon, region=home.region)
        self.bank = "acct:" + salted("fac", self.fac.pid)
        self.fac.banks = [(W0 - 3000, self.bank, "bank", "ACH", f"{self.fac.first} {self.fac.last}")]
        self.kvm = None
        self.kvm_share = 0.0
        self.tools = []
        self.rdp = False
        self.label = ""
        if kind in ("farm", "host"):
            if rng.random() < (0.6 if kind == "farm" else 0.25):
                self.kvm = rng.choice(["pikvm", "pikvm", "tinypilot", "jetkvm", "gadget", "nanokvm", "glinet", "pikvm_v4"])
                self.kvm_share = rng.uniform(0.5, 1.0)
            self.tools = rng.sample(["AnyDesk", "RustDesk", "TeamViewer", "Chrome Remote Desktop", "Splashtop", "AnyDesk"], rng.randint(1, 2))
            self.tool_p = rng.uniform(0.6, 0.95)
            self.rdp = rng.random() < 0.3
            self.fac.add_token("facilitator")
        elif kind == "drop":
            r = rng.random()
            if r < 0.4:
                self.addr, self.label = mailbox_address(w, rng, forwarder=True)
            elif r < 0.6:
                self.addr, self.label = mailbox_address(w, rng, forwarder=False)
            else:
                self.addr, self.label = home.addr, "mule apartment"
            self.place = Place("drop", home.net, self.addr, home.tz, "US", self.addr.city, home.lat, home.lon)
            self.transit = (rng.randint(8, 18), rng.randint(19, 35))

    def ship_string(self, rng, p):
        if self.kind == "drop":
            a = self.addr
            if self.label != "mule apartment":
                a = a.with_unit(str(int(a.unit) + rng.choice([0, 0, 0, 1, 17])) if a.unit.isdigit() else a.unit)
            pre = f"{p.first} {p.last}, " if rng.random() < 0.4 else ""
            return pre + a.fmt(rng)
        a = self.home.addr
        r = rng.random()
        if r < 0.25 and not a.unit:
            a = a.with_unit(rng.choice(["2", "B", "A", "3", "101", "1", "Rear"]), rng.choice(["Apt", "Unit", "#"]))
        elif r < 0.35:
            a = Address(a.number, a.street, a.unit, a.city, a.region, a.postcode, a.cc, a.unit_word, care_of=f"{self.fac.first} {self.fac.last}")
        return a.fmt(rng)


# ---------------------------------------------------------------------------------------------------------------
# personas

def make_victim(w, rng):
    v = new_person(w, rng, "US")
    settle(w, v, rng)
    habits(w, v, rng)
    people.decorate(w, v, rng)
    return v


def persona(w, rng, team, cc="US", identity=None, claimed=None, victim_p=0.4):
    """A fake identity: stolen (a real American's name, birth date, SSN) or synthetic."""
    if identity is None:
        identity = ("stolen" if rng.random() < 0.45 else "synthetic") if cc == "US" else "synthetic"
    p = new_person(w, rng, cc, role="eng" if rng.random() < 0.85 else rng.choice(["ops", "it", "support"]))
    victim = None
    if identity == "stolen":
        victim = make_victim(w, rng)
        p.first, p.last, p.middle, p.birth, p.ssn, p.origin = victim.first, victim.last, victim.middle, victim.birth, victim.ssn, victim.origin
        p.personal_email = team._mailbox(rng) if rng.random() < 0.3 else email_local(rng, p.first, p.last) + "@" + rng.choice(["gmail.com", "outlook.com", "proton.me", "yahoo.com"])
        p.add_token("stolen_identity")
        if rng.random() < victim_p:
            people.id_theft_victim(w, rng, victim)
            p.add_token("victim_present")
            if victim.resume_text is not None and rng.random() < 0.35:
                p.resume_text = media.clone_resume(rng, victim.resume_text, victim)
                p.add_token("resume_from_victim")
        if victim.profiles and rng.random() < 0.25:
            p.profiles = [x for x in victim.profiles if "linkedin" in x][:1]
            if p.profiles:
                p.add_token("victim_profile")
    else:
        p.add_token("synthetic_identity")
        p.personal_email = email_local(rng, p.first, p.last) + "@" + rng.choice(["gmail.com", "gmail.com", "outlook.com", "proton.me", "yahoo.com", "hotmail.com"])
    # claimed home
    if claimed is not None:
        pl = claimed
    elif victim is not None and rng.random() < 0.45:
        pl = victim.periods[0][2]
        p.add_token("victim_address")
    else:
        pl = w.home_place(cc, rng, last=p.last)
    p.periods = [(W0 - 3000, W1 + 400, pl)]
    p.home_cc = cc
    # phone
    if rng.random() < team.use_voip:
        p.phone = phone_e164(rng, cc if cc in ("US", "CA") else "US")
        p.phone_line = "voip_nonfixed" if rng.random() < 0.85 else "voip_fixed"
        p.add_token("voip_phone")
    else:
        p.phone = phone_e164(rng, cc)
        p.phone_line = "mobile"
    p.sched = Schedule(team.sched.tz, team.sched.start + rng.uniform(-0.5, 0.5), team.sched.length, team.sched.weekend_p, team.sched.evening_p)
    if team.clock == "us" and p.sched.tz != pl.tz and cc == "US":
        p.sched.tz = pl.tz
    p.add_token("asia_hours" if team.clock == "asia" else "us_hours_worked")
    p.keyboards = ["en-US"]
    p.desk_usb = []
    p.desk_display = []
    p.phone_dev = (okta_device_id(rng), rng.choice(["ios", "android", "android"]))
    p.rate = rng.uniform(0.6, 1.4)
    # photo
    r = rng.random()
    if r < 0.55:
        p.photo = ("face", w.new_face(), 0)
        if rng.random() < 0.3:
            p.add_token("ai_edited_photo")
            p.photo = ("face", p.photo[1], 7)
    elif r < 0.65 and victim is not None and victim.photo is not None and victim.photo[0] == "face":
        p.photo = ("face", victim.photo[1], 3 + rng.randrange(3))
        p.add_token("victim_photo_edited")
    elif r < 0.8:
        p.photo = ("initials", (p.first[:1] + p.last[:1]).upper(), (len(p.first) * 7 + len(p.last)) % 9)
        p.add_token("initials_avatar")
    else:
        p.photo = None
    fa, la = media.ascii_slug(p.first), media.ascii_slug(p.last)
    if not p.profiles and rng.random() < 0.75:
        p.profiles.append(f"https://www.linkedin.com/in/{fa}-{la}-{hhex(p.pid, 'li', n=rng.choice([4, 6, 8]))}")
    if p.role == "eng" and rng.random() < 0.55:
        p.profiles.append(f"https://github.com/{fa}{la}{rng.choice(['', 'dev', str(rng.randint(1, 99))])}")
    if rng.random() < 0.15:
        p.profiles.append(rng.choice([f"https://{fa}-{la}.vercel.app", f"https://{fa}{la}.netlify.app", f"https://{fa}{la}.dev"]))
    p.title = rng.choice(D.JOB_TITLES[p.role])
    p.recovery_email = team._mailbox(rng) if rng.random() < 0.5 else ""
    return p


def team_egress(w, team, p, rng, mode=None):
    mode = mode or team.egress
    if mode == "resproxy":
        pl = p.residence(W1)
        net = w.reg.fixed_line("US", pl.city, pl.lat, pl.lon, kind="resproxy", t0=W0 - 60, t1=W1)
        net.changes = [(0, net.changes[0][1])] + [(W0 * DAY + i * rng.randint(12, 40) * DAY, ip4(rng, D.ISP["US"][rng.randrange(6)][2])) for i in range(1, 24)]
        net.changes.sort()
        net.proxy_p = 0.25
        net.gw = ""
        p.add_token("residential_proxy")
    elif mode == "vps":
        p.add_token("vps_ip")
    elif mode == "vpn":
        p.add_token("commercial_vpn")
    else:
        p.add_token("astrill_vpn")

    def eg(day, r, place):
        if team.slip_p and r.random() < team.slip_p:
            return team.base.net
        if mode == "astrill":
            if r.random() < 0.88:
                return team.astrill
            nets = w.reg.vpn_exits("Astrill", "US")
            return nets[r.randrange(len(nets))]
        if mode == "resproxy":
            return net
        if mode == "vps":
            return team.vps
        nets = w.reg.vpn_exits(team.vpn_name, "US")
        return nets[r.randrange(len(nets))]
    if team.slip_p:
        p.add_token("foreign_ip_slip")
    return eg


def fraud_tenure(rng, applicant_p=0.12):
    if rng.random() < applicant_p:
        created = W1 - rng.randint(0, 40)
        return "applicant", created + rng.randint(10, 40), None
    start = rng.randint(W0 - 150, W1 - 15)
    end = None
    if rng.random() < 0.5:
        end = start + rng.randint(45, 320)
        if end > W1:
            end = None
    kind = "employee" if rng.random() < 0.72 else "contractor"
    return kind, start, end


def fraud_subject(w, rng, team, p, client, primary, site=None, mode="byod", kind=None, start=None, end=None, dev=None, egress=None,
                  pay="own", pay_dest=None, photo_edit=None):
    """One Fleetdesk record of a persona. mode: farm (laptop at a facilitator's), reship (to a drop, then abroad),
    byod (no laptop), home (laptop at the identity owner's own home)."""
    if kind is None:
        kind, start, end = fraud_tenure(rng)
    if mode == "byod" and kind == "applicant":
        pass
    laptop = mode in ("farm", "reship", "home")
    ship = site.ship_string(rng, p) if (site is not None and laptop) else None
    s = hire(w, p, client, kind, start, rng, end=end, laptop=laptop, ship_to=ship, payroll=client.payroll)
    s.fraud = 1
    s.work = p.sched
    if site is not None and laptop:
        claimed = p.residence(W1)
        if claimed.addr is not None and site.place.addr is not None and claimed.addr.key != (site.addr.key if site.kind == "drop" else site.home.addr.key):
            s.add_token("ship_mismatch")
        else:
            s.add_token("shared_address")
    # where the laptop is and how it reaches the internet
    chans = []
    egress = egress or team_egress(w, team, p, rng)
    op_dev = dev or ((okta_device_id(rng), rng.choice(["win_chrome", "mac_chrome", "win_edge"])))
    if s.laptop is not None:
        ship_day = s.ships[0][0] // DAY if s.ships else s.start - 7
        lap = s.laptop
        ua = {"mac": "mac_chrome", "win": "win_chrome", "linux": "linux_chrome"}[lap.os]
        if mode == "farm":
            s.lap_fixed = [(ship_day, W1 + 400, site.place)]
            s.add_token("farm_network")
            if site.kvm and rng.random() < site.kvm_share:
                gadget, edid = D.USB_IPKVM[site.kvm]
                s.farm_usb = [gadget] + ([("05e3", "0610", "USB2.0 Hub")] if rng.random() < 0.4 else [])
                s.farm_display = [edid]
                s.add_token("ip_kvm")
            else:
                s.farm_usb = [("05e3", "0610", "USB2.0 Hub")] if rng.random() < 0.2 else []
                s.farm_display = []
            tools = [t for t in site.tools if rng.random() < site.tool_p]
            for t in tools:
                s.extra_procs.append((("tool", t), 0.9))
                port = D.REMOTE_TOOLS[t][3]
                if port:
                    s.extra_ports.append(port)
            if tools:
                s.add_token("remote_tools")
            if site.rdp and rng.random() < 0.7:
                s.extra_ports.append("3389/tcp")
                host = f"192.168.{rng.choice([0, 1, 1, 4, 68])}.{rng.randint(2, 60)}" if rng.random() < 0.6 else team.astrill.pool[0]
                s.extra_remote.append((host, 0.75, 5.0, 60.0))
                s.add_token("long_remote_session")
            chans.append(Channel(62, "laptop", lap.okta_id, ua, laptop_egress(w, s, lambda d, r, pl: pl.net)))
        elif mode == "home":
            tool = rng.choice(["AnyDesk", "RustDesk", "Chrome Remote Desktop", "TeamViewer"])
            s.extra_procs.append((("tool", tool), 0.9))
            s.add_token("remote_tools")
            if rng.random() < 0.2:
                gadget, edid = D.USB_IPKVM[rng.choice(["pikvm", "tinypilot", "jetkvm"])]
                s.farm_usb = [gadget]
                s.farm_display = [edid]
                s.add_token("ip_kvm")
            home = p.residence(W1)
            s.lap_fixed = [(ship_day, W1 + 400, Place("farm", home.net, home.addr, home.tz, "US", home.city, home.lat, home.lon))]
            chans.append(Channel(55, "laptop", lap.okta_id, ua, laptop_egress(w, s, lambda d, r, pl: pl.net)))
        elif mode == "reship":
            t0, t1 = site.transit
            arrive = ship_day + rng.randint(t0, t1)
            if site.label == "mule apartment":
                # the mule powers it on before sending it on
                s.lap_fixed = [(ship_day, ship_day + rng.randint(2, 6), site.place), (ship_day + 7, arrive - 1, TRANSIT),
                               (arrive, W1 + 400, team.base)]
            else:
                s.lap_fixed = [(ship_day, arrive - 1, TRANSIT), (arrive, W1 + 400, team.base)]
            if rng.random() < 0.6:
                lap.tz_fixed = p.residence(W1).tz
                s.add_token("tz_spoof")
            vpn_proc = "Astrill" if rng.random() < 0.75 else team.vpn_name
            s.extra_procs.append((("vpn", vpn_proc), 0.9))
            s.add_token("reshipped_abroad")
            if vpn_proc == "Astrill":
                s.add_token("astrill_vpn")

            def lap_eg(d, r, pl, arrive=arrive, vpn_proc=vpn_proc):
                if pl.kind == "drop":
                    return pl.net
                if r.random() < 0.06 + team.slip_p:
                    return team.base.net
                if vpn_proc == "Astrill":
                    return team.astrill if r.random() < 0.85 else w.reg.vpn_exits("Astrill", "US")[0]
                nets = w.reg.vpn_exits(vpn_proc, "US")
                return nets[r.randrange(len(nets))]
            chans.append(Channel(62, "laptop", lap.okta_id, ua, laptop_egress(w, s, lap_eg)))
        if team.kb_extra and rng.random() < 0.3:
            s.extra_keyboards.append(team.kb_extra)
            s.add_token({"ko-KR": "ko_keyboard", "zh-CN": "zh_keyboard", "ru-RU": "ru_keyboard"}[team.kb_extra])
    chans.append(Channel(25 if s.laptop is not None else 72, "op", op_dev[0], op_dev[1], egress))
    chans.append(Channel(13 if s.laptop is not None else 28, "phone", p.phone_dev[0], p.phone_dev[1], egress))
    s.channels = chans
    s.signup_net = None
    if s.laptop is None and team.kb_extra and rng.random() < 0.1:
        s.add_token({"ko-KR": "ko_keyboard", "zh-CN": "zh_keyboard", "ru-RU": "ru_keyboard"}[team.kb_extra])
    # pay
    s.pay = []
    if kind in ("employee", "contractor") and client.payroll:
        if pay == "own":
            setup_pay(w, s, rng, dest="acct:" + salted("persona-bank", p.pid), payee=f"{p.first} {p.last}")
        else:
            dest, method, prov, payee = pay_dest
            if rng.random() < 0.35 and s.start < W1 - 90:
                sw = max(s.start, W0) + rng.randint(30, 120)
                setup_pay(w, s, rng, dest="acct:" + salted("persona-bank", p.pid), payee=f"{p.first} {p.last}")
                s.pay[-1]["d1"] = sw
                setup_pay(w, s, rng, dest=dest, method=method, provider=prov, payee=payee, d0=sw)
                s.add_token("payout_changed")
            else:
                setup_pay(w, s, rng, dest=dest, method=method, provider=prov, payee=payee)
    return s


def ffinish(w, s, rng, primary, photo_edit=None):
    p = s.person
    if p.photo is not None:
        k, key, e = p.photo
        s.photo = (k, key, photo_edit if (photo_edit is not None and k == "face") else e)
    c = s.client
    if c.has_ats and s.kind in ("employee", "contractor", "applicant") and s.start > W0 - 900 and rng.random() < 0.72 and s.resume is None:
        if p.resume_text is None:
            p.resume_text = media.make_resume(rng, p)
        s.resume = (wchoice(rng, [("pdf", 45), ("docx", 30), ("txt", 8), ("md", 5), ("inline", 12)]), p.resume_text)
    if s.kind == "applicant":
        s.add_token("pre_start")
        if rng.random() < 0.3:
            s.pre_logins = rng.randint(1, 3)
    if p.origin == "korean":
        p.add_token("korean_name")
    elif p.origin == "chinese":
        p.add_token("chinese_name")
    toks = [primary] + [t for t in s.tokens if t != primary]
    for t in p.tokens:
        if t not in toks:
            toks.append(t)
    s.tokens = toks
    return s


def pay_choice(w, rng, team, site=None, weights=None):
    weights = weights or [("own", 35), ("mule", 25), ("wallet", 20), ("crypto", 5), ("facilitator", 15 if site is not None else 0)]
    k = wchoice(rng, weights)
    if k == "own":
        return "own", None, None
    if k == "facilitator":
        return "facilitator", (site.bank, "bank", "ACH", f"{site.fac.first} {site.fac.last}"), "pay_to_facilitator"
    if k == "mule":
        dest, payee = team.mule(w, rng)
        return "mule", (dest, "bank", "ACH", payee), "mule_account"
    if k == "wallet":
        prov, h = team.wallets[rng.randrange(len(team.wallets))]
        return "wallet", (f"{prov.lower()}:{h}", "wallet", prov, ""), "shared_wallet"
    addr = team.cryptos[rng.randrange(len(team.cryptos))]
    return "crypto", (addr, "crypto", "USDT TRC20" if addr.startswith("T") else "USDC ERC20", ""), "crypto_payout"


# ---------------------------------------------------------------------------------------------------------------
# schemes

def laptop_farms(w, rng, teams, n):
    """Facilitators' homes holding many client laptops for personas of one to three teams."""
    nf = max(1, w.scale(10))
    sizes = [max(3, int(rng.paretovariate(1.3) * 4)) for _ in range(nf)]
    tot = sum(sizes)
    sizes = [max(3, int(round(x * n / tot))) for x in sizes]
    made = 0
    for i, size in enumerate(sizes):
        site = Site(w, rng, "farm", i)
        served = rng.sample(teams, min(len(teams), rng.choice([1, 1, 2, 3])))
        # the facilitator is an employee of a client too (half of them)
        if rng.random() < 0.5:
            c = pick_client(w, rng, cc="US")
            kind, start, end = people.tenure(w, rng, c, applicant_p=0.0, contractor_p=0.1)
            s = hire(w, site.fac, c, kind, start, rng, end=end, laptop=True)
            s.fraud = 1
            s.add_token("farm_network")
            if rng.random() < 0.5:
                for t in site.tools[:1]:
                    site.fac.remote_tools.append(t)
                    s.add_token("remote_tools")
            ffinish(w, s, rng, "facilitator")
            made += 1
        used = []
        for j in range(size):
            team = served[rng.randrange(len(served))]
            claimed = None
            r = rng.random()
            if r < 0.3:
                claimed = site.home
            p = persona(w, rng, team, claimed=claimed)
            c = pick_client(w, rng, cc="US", exclude=used)
            used.append(c)
            pm, dest, tok = pay_choice(w, rng, team, site, [("own", 30), ("facilitator", 35), ("mule", 20), ("wallet", 10), ("crypto", 5)])
            kind, start, end = fraud_tenure(rng, applicant_p=0.14)
            s = fraud_subject(w, rng, team, p, c, "laptop_farm", site=site, mode="farm", kind=kind, start=start, end=end,
                              dev=team.machines[rng.randrange(len(team.machines))] if rng.random() < 0.5 else None, pay=pm, pay_dest=dest)
            if tok and s.pay:
                s.add_token(tok)
            s.add_token("shared_ship_address")
            ffinish(w, s, rng, "laptop_farm")
            made += 1
    return made


def reshippers(w, rng, teams, n):
    """Laptops shipped to a drop (a mule's apartment, a virtual mailbox, a forwarder) and sent on to the team abroad."""
    nd = max(1, w.scale(5))
    made = 0
    per = max(2, n // nd)
    for i in range(nd):
        site = Site(w, rng, "drop", i)
        team = teams[rng.randrange(len(teams))]
        used = []
        for j in range(per if i < nd - 1 else max(2, n - made)):
            claimed = None
            if rng.random() < 0.5:
                claimed = Place("home", site.place.net, site.addr.with_unit(site.addr.unit) if site.addr else None, site.place.tz, "US",
                                site.addr.city, site.place.lat, site.place.lon)
            p = persona(w, rng, team, claimed=claimed)
            c = pick_client(w, rng, cc="US", exclude=used)
            used.append(c)
            pm, dest, tok = pay_choice(w, rng, team)
            kind, start, end = fraud_tenure(rng)
            s = fraud_subject(w, rng, team, p, c, "farm_reship", site=site, mode="reship", kind=kind, start=start, end=end,
                              pay=pm, pay_dest=dest)
            if tok and s.pay:
                s.add_token(tok)
            s.add_token("drop_" + ("forwarder" if "Forward" in site.label or site.label in [f[0] for f in D.FORWARDERS] else
                                   ("mailbox" if site.label != "mule apartment" else "apartment")))
            ffinish(w, s, rng, "farm_reship")
            made += 1
    return made


SHARE_KINDS = ["payout", "recovery_email", "recovery_phone", "photo", "resume", "device", "ip", "address", "phone", "profile"]


def _apply_share(w, rng, team, kind, members, ring_vals):
    """Make members share one kind of thing; returns the token."""
    v = ring_vals.get(kind)
    if kind == "recovery_email":
        v = v or team.rec_emails[rng.randrange(len(team.rec_emails))]
        for s in members:
            s.rec["recovery_email"] = v
        return "shared_recovery_email"
    if kind == "recovery_phone":
        v = v or team.rec_phones[rng.randrange(len(team.rec_phones))]
        for s in members:
            s.rec["recovery_phone"] = phone_format(rng, v, s.rec.get("country", "US"))
            if rng.random() < 0.5:
                s.rec["recovery_phone_line_type"] = rng.choice(D.LINE_TYPE_SPELL["voip_nonfixed"])
        return "shared_recovery_phone"
    if kind == "photo":
        face = team.faces[rng.randrange(len(team.faces))]
        for i, s in enumerate(members):
            s.photo = ("face", face, 1 + i + rng.randrange(3))
        return "shared_photo"
    if kind == "resume":
        base = ring_vals.get("resume_text")
        if base is None:
            src = new_person(w, rng, "US", role="eng")
            base = media.make_resume(rng, src)
        for s in members:
            s.resume = (wchoice(rng, [("pdf", 45), ("docx", 35), ("txt", 10), ("inline", 10)]), media.clone_resume(rng, base, s.person))
        return "shared_resume"
    if kind == "phone":
        v = members[0].person.phone
        for s in members[1:]:
            s.rec["phone"] = phone_format(rng, v, s.rec.get("country", "US"))
        return "shared_phone"
    if kind == "profile":
        url = team.github[rng.randrange(len(team.github))]
        for s in members:
            s.rec["profiles"] = ";".join([x for x in s.rec.get("profiles", "").split(";") if x] + [url])
        return "shared_profile"
    if kind == "address":
        pl = ring_vals["address_place"]
        for s in members:
            s.rec["address"] = pl.addr.fmt(rng)
        return "shared_address"
    if kind == "payout":
        for s in members:
            if not s.pay:
                s.tokens = [t for t in s.tokens if t not in ("mule_account", "shared_wallet", "crypto_payout")]
        return "shared_payout"
    if kind == "device":
        return "shared_device"
    if kind == "ip":
        return "shared_ip"
    return "shared_" + kind


def rings(w, rng, teams, n, style):
    """Persona rings. style: overt (4-10 members, 3-5 shared kinds), careful (2-5, exactly one kind), split (3-8 over many
    clients and claimed countries, sharing only a VPS address or a machine by sub-groups)."""
    made = 0
    donors = [p for p in w.persons if p.resume_text is not None]
    while made < n:
        team = teams[rng.randrange(len(teams))]
        if style == "overt":
            size = rng.randint(4, 10)
            kinds = rng.sample(SHARE_KINDS, rng.randint(3, 5))
        elif style == "careful":
            size = rng.randint(2, 5)
            kinds = [rng.choice(SHARE_KINDS)]
        else:
            size = rng.randint(3, 8)
            kinds = [rng.choice(["ip", "device"])]
        size = min(size, max(2, n - made))
        ring_vals = {}
        if "address" in kinds:
            ring_vals["address_place"] = w.home_place("US", rng, last="Home")
        if "resume" in kinds:
            src = donors[rng.randrange(len(donors))] if donors and rng.random() < 0.3 else None
            ring_vals["resume_text"] = media.make_resume(rng, src or new_person(w, rng, "US", role="eng"))
        shared_dev = team.machines[rng.randrange(len(team.machines))] if "device" in kinds else None
        pay_dest = None
        if "payout" in kinds:
            pm, pay_dest, tok = pay_choice(w, rng, team, weights=[("mule", 40), ("wallet", 40), ("crypto", 20)])
        mode_egress = None
        if "ip" in kinds:
            mode_egress = "vps"
        host_site = None
        if style == "overt" and rng.random() < 0.5:
            host_site = Site(w, rng, "host", 100 + made)
        members = []
        used = []
        for j in range(size):
            cc = "US"
            if style == "split":
                cc = wchoice(rng, [("US", 45), ("CA", 12), ("GB", 12), ("PL", 8), ("DE", 6), ("JP", 5), ("MX", 4), ("PT", 4), ("UA", 4)])
            elif style == "overt" and rng.random() < 0.15:
                cc = rng.choice(["CA", "GB", "PL"])
            claimed = ring_vals.get("address_place") if ("address" in kinds and cc == "US") else None
            p = persona(w, rng, team, cc=cc, claimed=claimed)
            if style == "careful":
                p.recovery_email = ""
            need_pay, need_ats = "payout" in kinds, "resume" in kinds
            pred = None
            if need_pay or need_ats:
                pred = (lambda c, a=need_pay, b=need_ats: (c.payroll or not a) and (c.has_ats or not b))
            c = pick_client(w, rng, exclude=used, cc="US" if (style != "split" and rng.random() < 0.8) else None, pred=pred)
            used.append(c)
            # where the laptop goes
            if style == "careful":
                mode = rng.choice(["byod", "byod", "host", "host", "reship"])
            elif style == "split":
                mode = "byod" if rng.random() < 0.75 else "reship"
            else:
                mode = "host" if host_site is not None and rng.random() < 0.7 else rng.choice(["byod", "reship"])
            site = None
            if mode == "host":
                site = host_site if style == "overt" else Site(w, rng, "host", 200 + made + j)
                mode_l = "farm"
            elif mode == "reship":
                site = Site(w, rng, "drop", 300 + made + j)
                mode_l = "reship"
            else:
                mode_l = "byod"
            if cc != "US" and mode_l != "byod":
                mode_l, site = "byod", None
            if style == "careful" and "device" not in kinds:
                dev = (okta_device_id(rng), rng.choice(["win_chrome", "mac_chrome"]))
            elif shared_dev is not None and (style != "split" or j % 2 == 0 or rng.random() < 0.5):
                dev = shared_dev
            else:
                dev = team.machines[rng.randrange(len(team.machines))] if rng.random() < 0.4 else None
            eg_mode = "resproxy" if style == "careful" else None
            if mode_egress and (style != "split" or rng.random() < 0.7):
                eg_mode = mode_egress
            egress = team_egress(w, team, p, rng, mode=eg_mode)
            if "payout" in kinds:
                pm = "mule" if pay_dest[1] == "bank" else pay_dest[1]
                pd = pay_dest
            else:
                if style == "careful":
                    pm, pd, tok = "own", None, None
                else:
                    pm, pd, tok = pay_choice(w, rng, team, site if mode_l == "farm" else None)
            kind, start, end = fraud_tenure(rng)
            if mode_l == "byod" and kind == "employee" and rng.random() < 0.6:
                kind = "contractor"
            s = fraud_subject(w, rng, team, p, c, "ring_" + style, site=site, mode=mode_l, kind=kind, start=start, end=end,
                              dev=dev, egress=egress, pay=pm, pay_dest=pd)
            if pm != "own" and "payout" not in kinds and s.pay:
                s.add_token({"mule": "mule_account", "wallet": "shared_wallet", "crypto": "crypto_payout", "facilitator": "pay_to_facilitator"}.get(pm, pm))
            if style == "split":
                s.add_token("multi_client")
            members.append(s)
            made += 1
        # sharing, by the whole ring or by sub-groups
        for kd in kinds:
            grp = members
            if style == "overt" and len(members) > 4 and rng.random() < 0.4:
                grp = rng.sample(members, rng.randint(2, len(members) - 1))
            if style == "split":
                grp = members
            tok = _apply_share(w, rng, team, kd, grp, ring_vals)
            for s in grp:
                if kd == "payout" and not s.pay:
                    continue
                s.add_token(tok)
        for s in members:
            if "resume" not in kinds and donors and rng.random() < 0.15 and s.client.has_ats:
                d = donors[rng.randrange(len(donors))]
                s.resume = ("pdf", media.clone_resume(rng, d.resume_text, s.person))
                s.add_token("resume_from_honest")
            ffinish(w, s, rng, "ring_" + style, photo_edit=None)
            if "photo" in kinds and s.photo is None:
                s.photo = ("face", team.faces[0], 2)
    return made


def lone_personas(w, rng, teams, n):
    made = 0
    while made < n:
        team = teams[rng.randrange(len(teams))]
        quiet = rng.random() < 0.4
        p = persona(w, rng, team, identity="synthetic" if quiet and rng.random() < 0.5 else None)
        c = pick_client(w, rng)
        if quiet:
            # few traits: residential proxy, US hours, a real mobile number, own device, own bank
            p.sched = Schedule(p.residence(W1).tz, rng.uniform(8.3, 9.5), 8.5, 0.08, 0.05)
            p.tokens = [t for t in p.tokens if t not in ("asia_hours", "voip_phone")] + ["us_hours_worked", "few_traits"]
            p.phone = phone_e164(rng, "US")
            p.phone_line = "mobile"
            mode = "byod" if rng.random() < 0.6 else "host"
            site = Site(w, rng, "host", 500 + made) if mode == "host" else None
            egress = team_egress(w, team, p, rng, mode="resproxy")
            kind, start, end = fraud_tenure(rng)
            s = fraud_subject(w, rng, team, p, c, "lone_persona", site=site, mode="farm" if mode == "host" else "byod", kind=kind,
                              start=start, end=end, dev=(okta_device_id(rng), "win_chrome"), egress=egress, pay="own")
        else:
            mode = rng.choice(["byod", "byod", "host", "reship"])
            site = Site(w, rng, "host" if mode == "host" else "drop", 600 + made) if mode != "byod" else None
            pm, pd, tok = pay_choice(w, rng, team, site if mode == "host" else None, [("own", 60), ("wallet", 15), ("crypto", 10), ("mule", 15)])
            kind, start, end = fraud_tenure(rng)
            s = fraud_subject(w, rng, team, p, c, "lone_persona", site=site, mode={"host": "farm", "reship": "reship", "byod": "byod"}[mode],
                              kind=kind, start=start, end=end, pay=pm, pay_dest=pd)
            if tok and s.pay:
                s.add_token(tok)
        ffinish(w, s, rng, "lone_persona")
        made += 1
    return made


def overemployed_personas(w, rng, teams, farms_sites, n):
    """One persona hired at two to four clients at once (often with small changes to the name or email)."""
    made = 0
    while made < n:
        team = teams[rng.randrange(len(teams))]
        p = persona(w, rng, team)
        k = min(rng.choice([2, 2, 3, 3, 4]), max(2, n - made))
        r = rng.random()
        site = None
        if r < 0.5:
            site = Site(w, rng, "farm" if rng.random() < 0.5 else "host", 700 + made)
            mode = "farm"
        elif r < 0.8:
            site = Site(w, rng, "drop", 800 + made)
            mode = "reship"
        else:
            mode = "byod"
        dev = team.machines[rng.randrange(len(team.machines))] if rng.random() < 0.6 else (okta_device_id(rng), "win_chrome")
        egress = team_egress(w, team, p, rng)
        pm, pd, tok = pay_choice(w, rng, team, site if mode == "farm" else None, [("own", 50), ("mule", 20), ("wallet", 20), ("crypto", 10)])
        used = []
        start0 = rng.randint(W0, W1 - 200)
        for j in range(k):
            c = pick_client(w, rng, cc="US", exclude=used)
            used.append(c)
            start = start0 + rng.randint(0, 150)
            end = start + rng.randint(60, 300) if rng.random() < 0.5 else None
            if end is not None and end > W1:
                end = None
            kind = rng.choice(["employee", "employee", "contractor"])
            s = fraud_subject(w, rng, team, p, c, "overemployed_persona", site=site, mode=mode, kind=kind, start=start, end=end,
                              dev=dev, egress=egress, pay=pm, pay_dest=pd)
            if j > 0:
                # the same person applying again: sometimes a middle initial, a nickname or another mailbox
                if rng.random() < 0.3:
                    s.rec["full_name"] = f"{p.first} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {p.last}"
                if rng.random() < 0.35 and s.rec.get("email") == p.personal_email:
                    s.rec["email"] = email_local(rng, p.first, p.last) + "@" + rng.choice(["gmail.com", "outlook.com", "proton.me"])
            if tok and s.pay:
                s.add_token(tok)
            s.add_token("multi_client")
            ffinish(w, s, rng, "overemployed_persona", photo_edit=j)
            made += 1
    return made


def mule_payouts(w, rng, teams, n):
    """Otherwise unconnected personas whose pay lands in one US mule's bank account, often after a switch."""
    made = 0
    while made < n:
        team = teams[rng.randrange(len(teams))]
        mp = new_person(w, rng, "US")
        dest = ("acct:" + salted("mule", mp.pid), "bank", "ACH", f"{mp.first} {mp.last}")
        k = min(rng.randint(2, 4), max(2, n - made))
        for j in range(k):
            t2 = teams[rng.randrange(len(teams))] if rng.random() < 0.3 else team
            p = persona(w, rng, t2)
            c_pay = pick_client(w, rng, cc="US", pred=lambda c: c.payroll)
            mode = rng.choice(["byod", "byod", "host", "reship"])
            site = Site(w, rng, "host" if mode == "host" else "drop", 900 + made) if mode != "byod" else None
            kind, start, end = fraud_tenure(rng, applicant_p=0.0)
            s = fraud_subject(w, rng, t2, p, c_pay, "mule_payout", site=site,
                              mode={"host": "farm", "reship": "reship", "byod": "byod"}[mode], kind=kind, start=start, end=end,
                              pay="mule", pay_dest=dest)
            s.add_token("mule_account")
            s.add_token("shared_payout")
            ffinish(w, s, rng, "mule_payout")
            made += 1
    return made


def front_staffing(w, rng, teams, n):
    """Front 'IT staffing' firms that place personas as contractors, built like honest vendors."""
    made = 0
    nf = max(1, w.scale(3))
    per = max(3, n // nf)
    for i in range(nf):
        team = teams[rng.randrange(len(teams))]
        a = rng.choice(D.COMPANY_WORDS_A)
        name = rng.choice([f"{a} Tech Solutions LLC", f"{a} IT Consulting", f"{a} Digital Staffing", f"{a} Software Partners LLC"])
        dom = name.lower().replace(" ", "").replace("llc", "")[:18] + rng.choice([".com", ".net", ".io", ".tech"])
        reg_day = W0 + rng.randint(-200, 200)
        hr = rng.choice(["hr", "recruiting", "accounts", "admin"]) + "@" + dom
        mailbox = team.rec_emails[0]
        w.domains.append(dict(domain=dom, company=name, registered_at=date_iso(reg_day),
                              registrant_email=mailbox if rng.random() < 0.4 else hhex(dom, "wfp", n=32) + "@withheldforprivacy.com",
                              ip=team.vps.pool[0] if rng.random() < 0.6 else ip4(rng, D.HOSTING["Vultr"][2]),
                              nameservers=nameservers(rng, "namecheap" if rng.random() < 0.6 else "cloudflare"), fleetdesk_role="vendor"))
        office_addr, svc = mailbox_address(w, rng, forwarder=False)
        account = "acct:" + hhex("front", name, n=40)
        office_phone = phone_e164(rng, "US")
        site = Site(w, rng, "farm", 1000 + i) if rng.random() < 0.5 else None
        clients = [pick_client(w, rng, cc="US", pred=lambda c: c.payroll) for _ in range(rng.randint(2, 5))]
        for j in range(per if i < nf - 1 else max(3, n - made)):
            p = persona(w, rng, team)
            c = clients[rng.randrange(len(clients))]
            if rng.random() < 0.5:
                p.recovery_email = hr
            kind = "contractor"
            start = max(reg_day + 30, rng.randint(W0, W1 - 30))
            end = start + rng.randint(60, 300) if rng.random() < 0.4 else None
            if end is not None and end > W1:
                end = None
            mode = "farm" if site is not None and rng.random() < 0.7 else "byod"
            s = fraud_subject(w, rng, team, p, c, "front_staffing", site=site if mode == "farm" else None, mode=mode, kind=kind,
                              start=start, end=end, pay="mule", pay_dest=(account, "bank", "ACH", name))
            s.ext["fleetdesk_vendor"] = name
            s.add_token("front_vendor_payout")
            if rng.random() < 0.5:
                s.rec["recovery_email"] = hr
                s.add_token("front_recovery")
            if rng.random() < 0.3:
                s.rec["recovery_phone"] = phone_format(rng, office_phone, s.rec.get("country", "US"))
                s.add_token("front_phone")
            if rng.random() < 0.4:
                s.rec["address"] = office_addr.fmt(rng)
                s.add_token("front_address")
            ffinish(w, s, rng, "front_staffing")
            made += 1
    return made


def rented_identities(w, rng, teams, n):
    """Real Americans who rent out their identity and home: their own name, history and bank; a remote tool on the laptop
    and sign-ins from the team's side of the world."""
    made = 0
    while made < n:
        team = teams[rng.randrange(len(teams))]
        c = pick_client(w, rng, cc="US")
        p = people.worker(w, rng, c, cc="US", role="eng")
        p.sched = Schedule(team.sched.tz, team.sched.start, team.sched.length, team.sched.weekend_p, team.sched.evening_p)
        p.add_token("rented_identity")
        p.add_token("asia_hours" if team.clock == "asia" else "us_hours_worked")
        kind, start, end = fraud_tenure(rng, applicant_p=0.05)
        egress = team_egress(w, team, p, rng)
        s = fraud_subject(w, rng, team, p, c, "rented_identity", mode="home", kind=kind, start=start, end=end, egress=egress, pay="own")
        if c.payroll and kind != "applicant":
            s.pay = []
            setup_pay(w, s, rng)
        ffinish(w, s, rng, "rented_identity")
        made += 1
    return made


def build_fraud(w, rng, counts):
    teams = [Team(w, rng, k) for k in range(max(2, w.scale(14)))]
    w.teams = teams
    made = {}
    made["laptop_farm"] = laptop_farms(w, rng, teams, counts["laptop_farm"])
    made["farm_reship"] = reshippers(w, rng, teams, counts["farm_reship"])
    made["ring_overt"] = rings(w, rng, teams, counts["ring_overt"], "overt")
    made["ring_careful"] = rings(w, rng, teams, counts["ring_careful"], "careful")
    made["ring_split"] = rings(w, rng, teams, counts["ring_split"], "split")
    made["lone_persona"] = lone_personas(w, rng, teams, counts["lone_persona"])
    made["overemployed_persona"] = overemployed_personas(w, rng, teams, None, counts["overemployed_persona"])
    made["mule_payout"] = mule_payouts(w, rng, teams, counts["mule_payout"])
    made["front_staffing"] = front_staffing(w, rng, teams, counts["front_staffing"])
    made["rented_identity"] = rented_identities(w, rng, teams, counts["rented_identity"])
    return made
