"""Lives into rows: identity-provider sign-ins, MDM/osquery snapshots, payroll payouts, shipments, the sign-up address.
The same code for every subject; only the situation (places, channels, machines, money) differs."""
from . import data as D
from .infra import (DAY, W0, W1, EXPORT_DAY, seeded, hhex, local_to_utc, iso_z, iso_space_utc, date_iso, weekday, uuid_like,
                    dt_utc, day_of, jitter)

END_T = (W1 + 1) * DAY - 1
D2024 = day_of("2024-01-01")

_UA_CACHE = {}


def ua_string(kind, t, rng):
    m = (t // DAY - D2024) // 30
    v = 120 + (t // DAY - D2024) // 33
    k = (kind, m, rng.randrange(3))
    u = _UA_CACHE.get(k)
    if u is not None:
        return u
    r = seeded("ua", kind, m, k[2])
    fv = 121 + (t // DAY - D2024) // 29
    ios = r.choice(["17_4_1", "17_5_1", "17_6_1", "18_0", "18_1_1", "18_3_2", "18_5", "18_6_2", "26_0"][min(8, m // 3):min(9, m // 3 + 3)] or ["18_5"])
    sv = "17.5" if m < 9 else ("18.3" if m < 16 else "18.6")
    if kind == "mac_chrome":
        u = f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
    elif kind == "win_chrome":
        u = f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
    elif kind == "win_edge":
        u = f"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36 Edg/{v}.0.{r.randint(2000, 3500)}.{r.randint(10, 99)}"
    elif kind == "linux_chrome":
        u = f"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Safari/537.36"
    elif kind == "linux_firefox":
        u = f"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:{fv}.0) Gecko/20100101 Firefox/{fv}.0"
    elif kind == "mac_safari":
        u = f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{sv} Safari/605.1.15"
    elif kind == "ios":
        if r.random() < 0.5:
            u = f"Mozilla/5.0 (iPhone; CPU iPhone OS {ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{sv} Mobile/15E148 Safari/604.1"
        else:
            u = f"OktaVerify/9.{10 + m // 2}.0 (iPhone; iOS {ios.replace('_', '.')}; Scale/3.00)"
    else:
        u = f"Mozilla/5.0 (Linux; Android {r.choice([13, 14, 14, 15])}; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 Mobile Safari/537.36"
    _UA_CACHE[k] = u
    return u


APPS = ["Fleetdesk Portal", "Slack", "Google Workspace", "Microsoft 365", "GitHub", "Atlassian Cloud", "Zoom", "AWS IAM Identity Center",
        "Notion", "Figma", "Salesforce", "Zendesk"]
OKTA_EVENTS = [("user.session.start", 55), ("user.authentication.sso", 35), ("user.authentication.auth_via_mfa", 10)]
ENTRA_EVENTS = [("interactiveUser", 70), ("nonInteractiveUser", 30)]


def _pick(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def pick_channel(rng, chans):
    tot = 0
    for c in chans:
        tot += c.w
    x = rng.random() * tot
    for c in chans:
        x -= c.w
        if x < 0:
            return c
    return chans[-1]


def laptop_arrival(s):
    for t, asset, addr, ex in s.ships:
        if s.laptop is not None and asset == s.laptop.serial:
            return t // DAY + 2
    return s.start


def login_row(w, s, rng, t, ch, net, out, first=False):
    c = s.client
    ip = net.ip(t, rng)
    idp = c.idp
    if idp == "okta":
        ts = iso_z(t, ms=True)
    elif idp == "entra":
        ts = iso_z(t)
    else:
        ts = iso_space_utc(t)
    ua = ua_string(ch.ua, t, rng)
    cc = net.cc if rng.random() < 0.97 else ""
    row = [s.sid, ts, ip, ch.dev, ua, cc]
    if idp in ("okta", "entra"):
        risky = net.kind in ("vpn", "hosting", "resproxy", "relay") or net.cc != s.rec.get("country", "")
        r = rng.random()
        if r < (0.06 if risky else 0.03):
            outcome = "challenge"
        elif r < (0.085 if risky else 0.05):
            outcome = "failure"
        elif r < (0.09 if risky else 0.052):
            outcome = "deny"
        else:
            outcome = "success"
        if idp == "okta":
            sp = "true" if rng.random() < net.proxy_p else "false"
            ev = _pick(rng, OKTA_EVENTS)
            sess = "102" + hhex(s.sid, t, "sess", n=22)
            eid = "okta:" + uuid_like(rng)
        else:
            sp = "true" if rng.random() < net.proxy_p * 0.8 else ("" if rng.random() < 0.6 else "false")
            ev = _pick(rng, ENTRA_EVENTS)
            sess = uuid_like(rng)
            eid = "entra:" + uuid_like(rng)
        rr = rng.random()
        if risky:
            risk = "medium" if rr < 0.25 + net.risk * 0.5 else ("high" if rr < 0.3 + net.risk * 0.5 else ("low" if rr < 0.7 else "none"))
        else:
            risk = "none" if rr < 0.8 else ("low" if rr < 0.97 else "medium")
        if idp == "entra" and rng.random() < 0.05:
            risk = "hidden"
        lat = f"{jitter(rng, net.lat, 0.05):.4f}" if net.lat or net.lon else ""
        lon = f"{jitter(rng, net.lon, 0.05):.4f}" if net.lat or net.lon else ""
        row += [outcome, sp, str(net.asn), net.owner, net.city, lat, lon, risk, ev, sess, eid]
    else:
        row += ["", "", "", "", "", "", "", "", "", "", ""]
    row += [idp, APPS[rng.randrange(len(APPS))] if not first else "Fleetdesk Portal"]
    out.append(row)
    return ip


def logins(w, s, out):
    rng = seeded(w.seed, "login", s.sid)
    a, b = s.active()
    sched = s.work or s.person.sched
    arrive = laptop_arrival(s) if s.laptop is not None else None
    rate = 0.58 * s.login_rate * (0.8 if s.client.idp == "google" else 1.0)
    if s.kind == "account":
        rate *= 0.6
    days = []
    if b >= a:
        weeks = (b - a + 1) / 7.0
        n = int(weeks * rate + rng.random())
        days = [rng.randint(a, b) for _ in range(n)]
    if s.pre_logins:
        d0 = min(max(s.created // DAY, W0), W1)
        days += [rng.randint(d0, W1) for _ in range(s.pre_logins)]
    days.sort()
    for day in days:
        ch = pick_channel(rng, s.channels)
        if ch.kind == "laptop" and (arrive is None or day < arrive):
            alt = [c for c in s.channels if c.kind != "laptop"]
            if not alt:
                continue
            ch = pick_channel(rng, alt)
        if ch.kind == "laptop":
            place = s.lap_where(day, rng)
            if place.kind in ("setup", "transit"):
                alt = [c for c in s.channels if c.kind != "laptop"]
                if not alt:
                    continue
                ch = pick_channel(rng, alt)
                place = s.person.place_at(day, rng)
        else:
            place = s.person.place_at(day, rng)
        tz = sched.tz or place.tz
        wd = weekday(day)
        if wd >= 5 and rng.random() > sched.weekend_p:
            day += 2 if wd == 5 else 1
            if day > b and not s.pre_logins:
                continue
        t = local_to_utc(day, sched.hour(rng), tz)
        if t > END_T or t < W0 * DAY:
            continue
        net = ch.egress(day, rng, place)
        login_row(w, s, rng, t, ch, net, out)


def signup_ip(w, s):
    """The address the subject's Fleetdesk portal account was activated from (some HR-created records have none)."""
    rng = seeded(w.seed, "signup", s.sid)
    if rng.random() < 0.3:
        return ""
    d = s.created // DAY
    chans = [c for c in s.channels if c.kind != "laptop"] or s.channels
    if not chans:
        return ""
    ch = pick_channel(rng, chans)
    place = s.person.place_at(d, rng)
    net = ch.egress(d, rng, place)
    return net.ip(s.created, rng)


# ---------------------------------------------------------------------------------------------------------------
# endpoint

def _proc_name(spec, os_, rng):
    if isinstance(spec, tuple):
        kind, name = spec
        if kind == "tool":
            m, wn, ln, _ = D.REMOTE_TOOLS[name]
            return {"mac": m, "win": wn, "linux": ln}[os_]
        if kind == "vpn":
            m, wn = D.VPNS[name][2] if name in D.VPNS else (name, name + ".exe")
            return {"mac": m, "win": wn, "linux": m.lower().replace(" ", "-")}[os_]
        if kind == "sse":
            m, wn = D.SSE[name][1]
            return {"mac": m, "win": wn, "linux": m.lower().replace(" ", "-")}[os_]
        if kind == "corpvpn":
            m, wn = name
            return {"mac": m, "win": wn, "linux": "openvpn"}[os_]
        return str(name)
    if spec == "dev":
        lst = D.PROCS_DEV[os_]
        return lst[rng.randrange(len(lst))]
    if spec == "Tailscale":
        return {"mac": "Tailscale", "win": "tailscaled.exe", "linux": "tailscaled"}[os_]
    if os_ == "win":
        return spec.replace(" ", "") + ".exe"
    return spec


def endpoint(w, s, out):
    lap = s.laptop
    if lap is None or not s.endpoint:
        return
    rng = seeded(w.seed, "endpoint", s.sid)
    c = s.client
    if rng.random() < 0.06:      # agent never enrolled
        return
    p = s.person
    os_ = lap.os
    arrive = laptop_arrival(s)
    a = max(arrive, W0, s.start - 5)
    b = min(s.end if s.end is not None else W1, W1)
    sched = s.work or p.sched
    corp_vpn = None
    if c.egress is not None:
        corp_vpn = ("sse", c.egress[1]) if c.egress[0] == "sse" else ("corpvpn", D.CORP_VPN_CLIENTS[int(hhex(c.cid, n=4), 16) % len(D.CORP_VPN_CLIENTS)])
    edr = None
    if c.edr:
        lst = D.EDR[os_]
        edr = lst[{"crowdstrike": 0, "sentinelone": 1, "defender": 2}[c.edr] % len(lst)]
    home_tz = p.residence(W1).tz if p.periods else "UTC"
    d = a + rng.randint(0, 25)
    if s.lap_fixed and s.lap_fixed[0][2].kind == "setup" and rng.random() < 0.7:
        d = max(a, s.lap_fixed[0][0] + 1)       # enrolled while IT set it up, before it went on to the employee
    dev = lap.dev_id
    while d <= b:
        place = s.lap_where(d, rng)
        if place.kind == "transit":
            d += rng.randint(3, 12)
            continue
        tz = sched.tz or place.tz
        t = local_to_utc(d, sched.hour(rng), tz)
        if t > END_T:
            break
        ts = iso_z(t)
        full = rng.random() < 0.4
        os_tz = lap.tz_fixed or (home_tz if p.keep_tz and place.kind in ("hotel", "airbnb", "family_abroad") else place.tz)

        def emit(kind, value, vid="", pid="", started=""):
            eid = hhex(dev, kind, value, t, n=32) if rng.random() < 0.85 else ""
            out.append((s.sid, ts, dev, kind, value, vid, pid, eid, started))
        emit("timezone", os_tz)
        net = place.net
        if net.gw:
            emit("gateway_mac", net.gw)
        if net.ssid and rng.random() < 0.85:
            emit("network", net.ssid)
        # processes
        base = D.PROCS_BASE[os_]
        for k in rng.sample(range(len(base)), rng.randint(1, 2)):
            emit("process", base[k])
        emit("process", D.PROCS_MDM[os_][0])
        if edr:
            emit("process", edr)
        if corp_vpn and rng.random() < 0.9:
            emit("process", _proc_name(corp_vpn, os_, rng))
        for spec, pr in p.procs:
            if rng.random() < pr:
                emit("process", _proc_name(spec, os_, rng))
        if p.vpn is not None and rng.random() < 0.6:
            emit("process", _proc_name(("vpn", p.vpn[0]), os_, rng))
        if place.label.startswith("vpn:"):
            emit("process", _proc_name(("vpn", place.label[4:]), os_, rng))
        tools = list(p.remote_tools)
        for t_ in tools:
            if rng.random() < 0.85:
                emit("process", _proc_name(("tool", t_), os_, rng))
        for spec, pr in s.extra_procs:
            if rng.random() < pr:
                emit("process", _proc_name(spec, os_, rng))
        # ports
        ports = list(p.ports) + list(s.extra_ports) + [D.REMOTE_TOOLS[t_][3] for t_ in tools if D.REMOTE_TOOLS[t_][3]]
        for pt in ports:
            if rng.random() < 0.7:
                emit("listening_port", pt)
        if rng.random() < 0.4:
            op = D.OS_PORTS[os_]
            emit("listening_port", op[rng.randrange(len(op))])
        # remote sessions
        for host, pr, lo, hi in list(p.remote_sessions) + list(s.extra_remote):
            if rng.random() < pr:
                st = t - int(rng.uniform(lo, hi) * DAY)
                emit("remote_session", host, started=iso_z(st))
        if rng.random() < 0.012:
            st = t - rng.randint(600, 4000)
            emit("remote_session", f"10.{rng.randint(0, 60)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}", started=iso_z(st))
        if full:
            kind = place.kind
            if kind in ("farm", "base", "drop", "setup"):
                usb = list(s.farm_usb or [])
                disp = list(s.farm_display or [])
            elif kind in ("home", "dorm", "corp_housing", "rv"):
                usb = list(p.desk_usb)
                disp = list(p.desk_display)
            elif kind in ("office", "cowork", "campus"):
                usb = [x for x in p.desk_usb if x[0] in ("1050",)] + ([("0bda", "8153", "USB 10/100/1000 LAN")] if rng.random() < 0.5 else [])
                disp = [D.DISPLAYS[int(hhex(place.label, n=4), 16) % len(D.DISPLAYS)]] if rng.random() < 0.6 else []
            else:
                usb = [x for x in p.desk_usb if x[0] in ("1050",)]
                disp = []
            if os_ == "linux" or p.linux_usb and os_ == "linux":
                usb = list(D.USB_LINUX_ROOT) + usb
            for vid, pid, name in usb:
                emit("usb", name, vid, pid)
            emit("display", D.BUILTIN_DISPLAY[os_])
            for dn in disp:
                emit("display", dn)
            for kb in list(p.keyboards) + list(s.extra_keyboards):
                emit("keyboard", kb)
            emit("system", lap.hw)
            if rng.random() < 0.5:
                emit("system", lap.hostname)
        d += rng.randint(40, 95)


# ---------------------------------------------------------------------------------------------------------------
# payouts

_PAYDAYS = {}


def paydays(cadence, anchor=0):
    k = (cadence, anchor)
    if k in _PAYDAYS:
        return _PAYDAYS[k]
    out = []
    if cadence == "biweekly":
        d = W0 - W0 % 7 + 1 + anchor       # a Friday-ish anchor
        while weekday(d) != 4:
            d += 1
        while d <= W1:
            if d >= W0:
                out.append(d)
            d += 14
    else:
        import datetime as dt
        cur = dt.date(2024, 1, 1)
        while True:
            first = cur
            nxt = dt.date(cur.year + (cur.month == 12), cur.month % 12 + 1, 1)
            last = (nxt - dt.timedelta(days=1))
            days = [last] if cadence == "monthly" else [dt.date(cur.year, cur.month, 15), last]
            for x in days:
                dd = (x - dt.date(1970, 1, 1)).days
                while weekday(dd) >= 5:
                    dd -= 1
                if W0 <= dd <= W1:
                    out.append(dd)
            cur = nxt
            if (cur - dt.date(1970, 1, 1)).days > W1:
                break
    _PAYDAYS[k] = out
    return out


def payments(w, s, out):
    if not s.pay or s.kind not in ("employee", "contractor"):
        return
    rng = seeded(w.seed, "pay", s.sid)
    a, b = s.active()
    anchor = int(hhex(s.client.cid, n=2), 16) % 2 * 7
    for seg in s.pay:
        d0 = max(seg["d0"], a)
        d1 = min(seg["d1"] - 1 if seg["d1"] is not None else W1, b + 10)
        if d1 < d0:
            continue
        per = {"semimonthly": 24, "biweekly": 26, "monthly": 12}[seg["cadence"]]
        base = seg["amount"] * 12 / per
        for d in paydays(seg["cadence"], anchor):
            if d < d0 + 5 or d > d1:
                continue
            t = local_to_utc(d, rng.uniform(6, 15), "America/New_York")
            amt = base * rng.uniform(0.97, 1.03) if rng.random() < 0.85 else base * rng.uniform(0.6, 1.5)
            status = "paid" if rng.random() < 0.985 else rng.choice(["returned", "pending"])
            out.append(dict(subject_id=s.sid, ts=iso_z(t), amount=round(amt, 2), currency=seg["currency"], method=seg["method"],
                            destination=seg["dest"], fleetdesk_provider=seg["provider"], fleetdesk_payee_name=seg["payee"],
                            fleetdesk_payer=seg["payer"], fleetdesk_status=status))


# ---------------------------------------------------------------------------------------------------------------
# shipments

CARRIERS = {"US": [("UPS", 45), ("FedEx", 40), ("USPS", 15)], "CA": [("Purolator", 40), ("UPS", 40), ("Canada Post", 20)],
            "GB": [("DHL", 40), ("DPD", 30), ("Royal Mail", 30)]}


def shipments(w, s, out):
    rng = seeded(w.seed, "ship", s.sid)
    for t, asset, addr, ex in s.ships:
        if t > END_T:
            continue
        car = _pick(rng, CARRIERS.get(s.rec.get("country", "US"), [("DHL", 60), ("FedEx", 40)]))
        if car == "UPS":
            trk = "1Z" + hhex(asset, t, n=16).upper()
        elif car == "FedEx":
            trk = str(int(hhex(asset, t, n=10), 16))[:12]
        else:
            trk = hhex(asset, t, car, n=14).upper()
        out.append(dict(subject_id=s.sid, ts=iso_z(t), asset=asset, address=addr, fleetdesk_item=ex.get("item", ""),
                        fleetdesk_model=ex.get("model", ""), fleetdesk_direction=ex.get("direction", ""),
                        fleetdesk_recipient=ex.get("recipient", ""), fleetdesk_carrier=car, fleetdesk_tracking=trk,
                        fleetdesk_client_id=s.client.cid))
