"""Honest life events and habits: moving, name changes, second accounts, travel, night shifts, IT admins,
applicants, and the modifiers spread over every honest worker (VPNs, relays, KVMs, remote tools ...)."""
import copy

from . import data as D
from .build import home_lan, laptop, photo_for, split_phase, worker
from .common import (DAY, T0, T1, addr_text, address, name, payout_account, phase, place, utc_hour, wchoice)

NIGHT = {"PH": 40, "IN": 25, "PK": 10, "BD": 8, "KE": 8, "NG": 4, "LK": 3, "NP": 2}
ASIA_FAIR = {"KR": 30, "CN": 25, "TW": 15, "HK": 8, "SG": 8, "MY": 8, "JP": 6}


def moved(W, target):
    r = W.rng
    out = []
    for _ in range(target):
        cc = W.country()
        s = worker(W, cc, ["honest_moved"])
        t = r.uniform(T0 + 40 * DAY, T1 - 40 * DAY)
        if r.random() < 0.8:
            ncc, tok = cc, "moved_house"
        else:
            ncc = wchoice(r, {"US": 20, "CA": 10, "GB": 10, "DE": 6, "PH": 5, "KE": 4, "AE" if False else "PT": 6, "ES": 5,
                              "MX": 5, "CO": 5, "PL": 4, "SG": 3})
            tok = "moved_country"
        s["tokens"].append(tok)
        loc = place(r, ncc)
        a = address(r, loc)
        nets = [(6, W.nets.home(loc))] + ([(2, W.nets.mobile(loc))] if r.random() < 0.5 else [])
        p0 = s["phases"][0]
        hour = p0["hour"] if ncc == cc else utc_hour(r.gauss(14, 2.5), ncc)
        new = split_phase(s, t, nets=nets, hour=hour, loc=loc)
        if new.get("laptop"):
            env = dict(new["laptop"])
            lan = home_lan(r, ncc)
            env.update(gw=lan["gw"], ssid=lan["ssid"], tz=D.COUNTRY[ncc]["tz"])
            new["laptop"] = env
        if ncc != cc or r.random() < 0.3:
            acct = payout_account(W.ids, r, wchoice(r, D.COUNTRY[ncc]["rails"]), ncc, email=s["row"]["email"])
            acct.update(amt=p0["pay"]["amt"], every=p0["pay"]["every"]) if p0["pay"] else None
            new["pay"] = acct
            s["tokens"].append("payout_changed")
        s["old_address"] = s["row"]["address"]
        s["row"]["address"] = addr_text(a)
        s["row"]["country"] = ncc
        if ncc != cc:  # the old country's number, now written with its country code
            row = s["row"]
            if row["recovery_phone"] and not row["recovery_phone"].startswith("+"):
                row["recovery_phone"] = s["e164"] if row["recovery_phone"] == row["phone"] else ""
            if not row["phone"].startswith("+"):
                row["phone"] = s["e164"]
        s["cc"], s["loc"], s["addr"] = ncc, loc, a
        out.append(W.add(s))
    return out


def _twin(W, s, tokens, created, keep):
    """A second row of the same person (new account): same identity, some of the same things."""
    r = W.rng
    cc = s["cc"]
    t = worker(W, cc, tokens, loc=s["loc"], names=(s["given"], s["sur"], s["pool"]), created=created, tier=s["tier"],
               laptop_p=0)
    row, old = t["row"], s["row"]
    for k in ("birth_date", "national_id", "address", "country"):
        row[k] = old[k]
    if "phone" in keep:
        row["phone"], row["phone_line_type"] = old["phone"], old["phone_line_type"]
        t["e164"] = s["e164"]
    if "device" in keep:
        t["phases"][0]["devs"] = s["phases"][-1]["devs"][:1] + t["phases"][0]["devs"][1:]
    if "home" in keep:
        t["phases"][0]["nets"] = s["phases"][-1]["nets"][:1] + t["phases"][0]["nets"][1:]
    if "pay" in keep and s["phases"][-1]["pay"]:
        t["phases"][0]["pay"] = dict(s["phases"][-1]["pay"])
    if "photo" in keep:
        t["photo"] = s["photo"]
    if "resume" in keep and s["resume"]:
        t["resume"] = (r.choice(["pdf", "docx"]), list(s["resume"][1]))
    if "recovery" in keep:
        row["recovery_email"] = old["email"]
    return t


def two_accounts(W, target):
    r = W.rng
    out = []
    while len(out) < target:
        cc = W.country()
        s = worker(W, cc, ["honest_two_accounts"])
        keep = [k for k, p in (("phone", 0.6), ("device", 0.6), ("home", 0.7), ("pay", 0.5), ("photo", 0.5),
                                ("resume", 0.6), ("recovery", 0.3)) if r.random() < p]
        if r.random() < 0.5:  # banned (or closed) then came back with a new account
            t_end = r.uniform(T0 + 30 * DAY, T1 - 60 * DAY)
            s["phases"][0]["end"] = min(s["phases"][0]["end"], t_end)
            s["row"]["taskgrid_status"] = r.choice(["banned", "closed", "banned"])
            tw = _twin(W, s, ["honest_two_accounts", "banned_then_returned"], t_end + r.uniform(5, 50) * DAY, keep)
            s["tokens"].append("banned_then_returned")
        else:
            tw = _twin(W, s, ["honest_two_accounts", "second_account"], W.created(), keep)
            s["tokens"].append("second_account")
        out += [W.add(s), W.add(tw)]
    return out


def name_change(W, target):
    r = W.rng
    out = []
    while len(out) < target:
        cc = W.country()
        s = worker(W, cc, ["honest_name_change"])
        g, new_sur, _ = name(r, cc, s["pool"])
        if r.random() < 0.5:  # one row: the new name, the old email
            s["row"]["full_name"] = f"{s['given']} {new_sur}"
            out.append(W.add(s))
        else:  # the old account closed, a new one in the married name
            t_end = r.uniform(T0 + 30 * DAY, T1 - 60 * DAY)
            s["phases"][0]["end"] = min(s["phases"][0]["end"], t_end)
            s["row"]["taskgrid_status"] = "closed"
            tw = _twin(W, s, ["honest_name_change", "second_account"], t_end + r.uniform(1, 20) * DAY,
                       ["phone", "device", "home", "pay", "photo"])
            tw["row"]["full_name"] = f"{s['given']} {new_sur}"
            out += [W.add(s), W.add(tw)]
    return out


def travellers(W, target):
    r = W.rng
    out = []
    for _ in range(target):
        cc = wchoice(r, {"US": 25, "GB": 10, "CA": 8, "DE": 6, "BR": 5, "AR": 5, "UA": 5, "PL": 5, "ZA": 4, "PH": 5, "IN": 5})
        nomad = r.random() < 0.4
        s = worker(W, cc, ["honest_traveller", "digital_nomad" if nomad else "travel_logins"])
        base = s["phases"][0]
        t = base["start"] + r.uniform(10, 60) * DAY
        trips = r.randint(3, 8) if nomad else r.randint(1, 3)
        for _ in range(trips):
            if t > base["end"] - 20 * DAY:
                break
            dcc = wchoice(r, {"MX": 10, "CO": 8, "PT": 8, "ES": 6, "TH": 8, "ID": 6, "VN": 4, "GB": 5, "DE": 4,
                              "JP": 3, "TR": 3, "AR": 3, "BR": 3, "US": 6, "CA": 3, "MY": 3, "SG": 2})
            dloc = place(r, dcc)
            nets = [(5, W.nets.fixed(dloc, r.randint(1, 3), kind="hotel")), (2, W.nets.mobile(dloc))]
            if r.random() < 0.4:
                nets.append((3, W.nets.vpn(prefer=cc if cc in ("US", "GB", "CA") else None)))
            dur = r.uniform(5, 40) * DAY
            hour = utc_hour(r.gauss(14, 3), dcc)
            ph = dict(base, start=t, end=min(t + dur, base["end"]), nets=nets, hour=hour, loc=dloc, pay=base["pay"])
            s["phases"].append(ph)
            t += dur + r.uniform(5, 60) * DAY
        _order_phases(s)
        out.append(W.add(s))
    return out


def _order_phases(s):
    """Trips were appended over a base phase: cut the base so phases do not overlap."""
    base = s["phases"][0]
    trips = sorted(s["phases"][1:], key=lambda p: p["start"])
    res = []
    t = base["start"]
    for tr in trips:
        if tr["start"] > t:
            res.append(dict(base, start=t, end=tr["start"]))
        res.append(tr)
        t = tr["end"]
    if t < base["end"]:
        res.append(dict(base, start=t, end=base["end"]))
    # one laptop environment for all phases (it travels along)
    s["phases"] = res


def night_shift(W, target):
    r = W.rng
    out = []
    for _ in range(target):
        cc = wchoice(r, NIGHT)
        s = worker(W, cc, ["honest_night_shift", "us_hours"], local_hour=r.gauss(1.5, 1.8))
        out.append(W.add(s))
    return out


def it_admins(W, target):
    """Expert contractors who are sysadmins / helpdesk techs: remote tools, RDP open, KVM on the desk."""
    r = W.rng
    out = []
    for _ in range(target):
        cc = W.country()
        s = worker(W, cc, ["honest_it_admin", "remote_tools"], tier="expert", laptop_p=0.85)
        env = s["phases"][0].get("laptop")
        if env:
            env["procs"] += r.sample(D.PROC_REMOTE_MAC if env["mac"] else D.PROC_REMOTE, r.randint(1, 3))
            if r.random() < 0.5:
                env["ports"].append(r.choice(["3389/tcp", "5900/tcp", "22/tcp", "7070/tcp"]))
            if r.random() < 0.5:
                env["sessions"].append(dict(host=r.choice(s["phases"][0]["nets"][0][1]["ips"])[0], hours=r.uniform(0.3, 10)))
                s["tokens"].append("remote_session")
            if r.random() < 0.35:
                env["usb"].append(r.choice(D.USB_DESK_KVM))
                s["tokens"].append("desk_kvm")
            if r.random() < 0.05:
                env["usb"].append(r.choice(D.USB_IP_KVM))
                s["tokens"].append("homelab_kvm")
        out.append(W.add(s))
    return out


def applicants(W, target):
    r = W.rng
    out = []
    for _ in range(target):
        cc = W.country()
        t = W.created(lo=T1 - 70 * DAY, hi=T1 - 2 * DAY)
        s = worker(W, cc, ["honest_applicant"], kind="applicant", created=t, laptop_p=0)
        s["row"]["taskgrid_status"] = "onboarding"
        s["row"]["taskgrid_kyc"] = r.choice(["pending", "pending", "submitted", "verified"])
        ph = s["phases"][0]
        ph["pay"] = None
        ph["rate"] = r.uniform(0.3, 2)
        out.append(W.add(s))
    return out


def fair_asia(W, target):
    """Honest Korean- and Chinese-speaking workers (and US/Canadian Korean and Chinese names) at ordinary rates."""
    r = W.rng
    out = []
    for _ in range(target):
        if r.random() < 0.3:
            cc = r.choice(["US", "CA"])
            pool = r.choice(["us_korean", "us_chinese"])
            s = worker(W, cc, ["honest_worker"], names=name(r, cc, pool))
        else:
            cc = wchoice(r, ASIA_FAIR)
            s = worker(W, cc, ["honest_worker"])
        out.append(W.add(s))
    return out


# ------------------------------------------------------------------------------------------------
# Modifiers spread over honest workers
# ------------------------------------------------------------------------------------------------
def modifiers(W, s):
    r = W.rng
    if s["row"]["kind"] == "account" or s["fraud"]:
        return
    tk = s["tokens"]
    ph0 = s["phases"][0]
    env = next((p["laptop"] for p in s["phases"] if p.get("laptop")), None)
    pool = s.get("pool", "")
    if pool in ("kr", "us_korean"):
        tk.append("korean_name")
        if env and (s["cc"] == "KR" or r.random() < 0.3):
            env["kb"] = env["kb"] + ["ko-KR"] if "ko-KR" not in env["kb"] else env["kb"]
            if r.random() < 0.6:
                env["procs"].append(r.choice(D.PROC_KOREAN))
            tk.append("ko_keyboard")
    if pool in ("zh", "us_chinese"):
        tk.append("chinese_name")
        if env and r.random() < 0.6:
            env["procs"].append(r.choice(D.PROC_CHINESE[:3] + D.PROC_CHINESE[4:]))
            if s["cc"] in ("CN", "TW", "HK") or r.random() < 0.3:
                env["kb"] = env["kb"] + ["zh-CN" if s["cc"] != "TW" else "zh-TW"]
    ast = D.ASTRILL_COUNTRIES.get(s["cc"], 0.0)
    if r.random() < ast:
        for p in s["phases"]:
            p["nets"] = [(9, W.nets.astrill(prefer=r.choice(["US", "JP", "SG", "HK"])))] + p["nets"]
        tk.append("astrill_vpn")
        if env:
            env["procs"].append("astrill.exe" if not env["mac"] else "Astrill")
    elif r.random() < 0.065:
        v = W.nets.vpn()
        w = r.choice([2, 6, 12])
        for p in s["phases"]:
            p["nets"] = p["nets"] + [(w, v)]
        tk.append("vpn_privacy")
        if env and r.random() < 0.7:
            env["procs"].append(r.choice(["NordVPN.exe", "ExpressVPN.exe", "ProtonVPN.exe", "Surfshark.exe"]))
    if any(d[1]["ua"] in ("iphone", "mac_safari") for d in ph0["devs"]) and r.random() < 0.3:
        rel = W.nets.relay(s["loc"])
        for p in s["phases"]:
            p["nets"] = p["nets"] + [(3, rel)]
        tk.append("private_relay")
    if env:
        if r.random() < 0.07:
            env["usb"].append(r.choice(D.USB_DESK_KVM))
            tk.append("desk_kvm")
        if r.random() < 0.06:
            env["procs"].append(r.choice(D.PROC_REMOTE_MAC if env["mac"] else D.PROC_REMOTE))
            tk.append("remote_tools")
        if r.random() < 0.004:
            env["usb"].append(r.choice(D.USB_IP_KVM))
            tk.append("homelab_kvm")
        if r.random() < 0.1:
            env["displays"] = env["displays"] + [r.choice(D.MONITORS)]
    if s.get("tier") == "expert" and r.random() < 0.04:
        cl = W.nets.cloud()
        for p in s["phases"]:
            p["nets"] = p["nets"] + [(3, cl)]
        tk.append("cloud_dev_box")
    if ph0.get("pay") and r.random() < 0.05 and len(s["phases"]) == 1 and "vendor_payout" not in tk \
            and "family_payout" not in tk:
        acct = payout_account(W.ids, r, wchoice(r, D.COUNTRY[s["cc"]]["rails"]), s["cc"], email=s["row"]["email"])
        acct.update(amt=ph0["pay"]["amt"], every=ph0["pay"]["every"])
        split_phase(s, r.uniform(ph0["start"], ph0["end"]), pay=acct)
        tk.append("payout_changed")
    if s["resume"]:
        tk.append("resume_template")
