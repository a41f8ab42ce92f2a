"""One person and one Keelbank account: the recipe shared by honest customers and personas alike."""
import datetime as dt

from . import data, infra
from .infra import iso


def person(w, org=None, c=None, first=None, last=None, country="US", birth=None, nid=None, addr=None, phone=None,
           email=None, dom=None):
    f, l, org = infra.name(w, org)
    first = first or f
    last = last or l
    c = c or infra.city(w)
    b = birth or infra.birth(w)
    if nid is None:
        nid = infra.ssn_hash(infra.new_ssn(w)) if country == "US" else infra.passport_hash(w, country)
    if addr is None:
        addr = infra.street_addr(w, c, apt=(str(w.rng.randint(1, 40)) + w.pick(["", "", "A", "B", "C"])) if w.chance(0.4) else None)
    p = {"first": first, "last": last, "full": first + " " + last, "birth": b, "nid": nid, "addr": addr,
         "addr_style": w.pick([0, 0, 0, 1, 2, 3, 4]), "phone": phone or infra.us_phone(w, c),
         "phone_style": w.pick([0, 0, 1, 1, 2, 3, 4, 5]), "country": country, "origin": org, "city": c, "tz": c[4]}
    p["email"] = email or infra.email_for(w, first, last, dom, b.year)
    p["face"] = ("face", w.rng.getrandbits(48), 0)
    return p


def payer(w, kind=None):
    """A payer (employer, marketplace, EOR) drawn by its weight."""
    ps = w.payers if kind is None else [x for x in w.payers if x["kind"] == kind]
    return w.pick(ps, [x["w"] for x in ps])


HOURS = {
    "us": [13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2, 3],
    "night": [3, 4, 5, 6, 7, 8, 9, 10],
    "asia": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    "eu": [6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20],
    "asia_local": [23, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
}


def emit(w, p, *, kinds, fraud=0, kind="account", employer=None, created=None, ctxs=None, phases=None, wd=None,
         card_addr=None, rec_email=None, rec_phone=None, photo="self", profiles="", own_acct=None, n_logins=None,
         hours="us", pay=True, pay_scale=1.0, product="personal", status="approved", extra_ship=None, closed=None,
         incoming=None, country=None, name_override=None, address_override=None):
    """Turn one person + situation into a subject row and its logins, telemetry, payments and card shipments."""
    rng = w.rng
    sid = w.ids[len(w.subjects)]
    created = created or w.rand_time(infra.START, infra.END - dt.timedelta(days=20))
    end = closed or infra.END
    if employer is None:
        employer = payer(w)
    own_acct = own_acct or infra.new_account_number(w)
    if phases is None:
        phases = [(created, ctxs, wd or [])]
    # --- subject row
    addr_txt = address_override if address_override is not None else infra.fmt_addr(p["addr"], p["addr_style"]) if p["addr"] else ""
    first_ctx = phases[0][1][0]
    signup_ip = first_ctx[1].ips[0]
    if photo == "self":
        photo_path = "photos/%s.png" % sid
        w.photos[photo_path] = p["face"]
    elif photo is None:
        photo_path = ""
    else:
        photo_path = photo
        if photo not in w.photos:
            w.photos[photo] = ("default",) if "default" in photo else p["face"]
    ts_style = rng.choice([0, 0, 1, 2, 3])
    row = {
        "id": sid, "kind": kind, "full_name": name_override or p["full"], "email": p["email"],
        "phone": infra.fmt_phone(p["phone"], p["phone_style"]),
        "phone_line_type": infra.line_type(w, p["phone"]) if p["phone"] and rng.random() < 0.8 else "",
        "address": addr_txt, "country": country or p["country"], "birth_date": p["birth"].isoformat(),
        "national_id": p["nid"] or "", "photo": photo_path, "resume": "", "profiles": profiles,
        "employer": employer["name"], "created_at": iso(created, ts_style),
        "recovery_email": rec_email or "", "recovery_phone": infra.fmt_phone(rec_phone, rng.randrange(6)) if rec_phone else "",
        "recovery_phone_line_type": infra.line_type(w, rec_phone) if rec_phone and rng.random() < 0.8 else "",
        "signup_ip": signup_ip, "keelbank_product": product, "keelbank_kyc_status": status,
        "keelbank_account_ref": own_acct if status == "approved" else "",
    }
    w.subjects.append(row)
    w.truth.append((sid, fraud, ";".join(dict.fromkeys(kinds))))
    # --- logins
    if n_logins is None:
        n_logins = rng.randint(4, 30) if status == "approved" else rng.randint(1, 3)
    seen_dev, seen_net = set(), set()
    times = sorted([created] + [w.rand_time(created, end) for _ in range(n_logins - 1)])
    hrs = HOURS[hours]
    for i, t in enumerate(times):
        if i > 0:
            t = t.replace(hour=rng.choice(hrs), minute=rng.randrange(60), second=rng.randrange(60))
        ph = phases[0]
        for cand in phases:
            if t >= cand[0]:
                ph = cand
        cx = ph[1]
        if i == 0:
            dev, net = cx[0][0], cx[0][1]
        else:
            dev, net, _ = rng.choices(cx, weights=[c[2] for c in cx])[0]
        ip = net.ips[0] if i == 0 else rng.choice(net.ips)
        r = rng.random()
        outcome = "success" if r < 0.92 else "failure" if r < 0.96 else "challenge"
        risk = "high" if net.kind == "vps" else "medium" if net.proxy else rng.choice(["none", "low", "low"])
        w.logins.append({
            "subject_id": sid, "ts": iso(t, 0 if rng.random() < 0.7 else 1), "ip": ip, "device_id": dev["id"],
            "user_agent": dev["ua"], "country": net.country, "outcome": outcome,
            "source_proxy": "true" if net.proxy else "false" if rng.random() < 0.9 else "",
            "asn": net.asn, "network_owner": net.owner, "city": net.city,
            "latitude": "%.3f" % (net.lat + (rng.random() - 0.5) * 0.05), "longitude": "%.3f" % (net.lon + (rng.random() - 0.5) * 0.05),
            "risk_level": risk, "event_type": "user.session.start" if i else "account.signup",
            "session_id": "s-" + w.hexid(12), "event_id": "kb:" + w.hexid(16),
        })
        if dev["id"] not in seen_dev:
            seen_dev.add(dev["id"])
            tsx = iso(t)
            ep = w.endpoint
            ep.append({"subject_id": sid, "ts": tsx, "device_id": dev["id"], "kind": "timezone", "value": dev["tz"]})
            ep.append({"subject_id": sid, "ts": tsx, "device_id": dev["id"], "kind": "system", "value": dev["model"]})
            for k in dev["kb"]:
                ep.append({"subject_id": sid, "ts": tsx, "device_id": dev["id"], "kind": "keyboard", "value": k})
            for pr in dev["procs"]:
                ep.append({"subject_id": sid, "ts": tsx, "device_id": dev["id"], "kind": "process", "value": pr})
        if net.gw and (dev["id"], net.gw) not in seen_net and dev["platform"] in ("android", "win", "mac"):
            seen_net.add((dev["id"], net.gw))
            w.endpoint.append({"subject_id": sid, "ts": iso(t), "device_id": dev["id"], "kind": "gateway_mac", "value": net.gw})
            if net.ssid:
                w.endpoint.append({"subject_id": sid, "ts": iso(t), "device_id": dev["id"], "kind": "network", "value": net.ssid})
    # --- money
    if status == "approved" and pay:
        t = created + dt.timedelta(days=rng.randint(5, 40))
        step = rng.choice([7, 14, 14, 15, 30, 30])
        base = rng.uniform(700, 4200) * pay_scale * step / 14
        n = 0
        while t < end and n < 14:
            n += 1
            src = employer if incoming is None else incoming(t)
            amt = round(base * rng.uniform(0.85, 1.15), 2)
            w.payments.append({"subject_id": sid, "ts": iso(t), "amount": "%.2f" % amt, "currency": "USD",
                               "method": "bank", "destination": own_acct, "keelbank_direction": "incoming",
                               "keelbank_payer": src["name"], "keelbank_payer_account": src["acct"]})
            ph = phases[0]
            for cand in phases:
                if t >= cand[0]:
                    ph = cand
            wds = ph[2]
            if wds and rng.random() < 0.75:
                method, dest, frac = rng.choices(wds, weights=[x[2] for x in wds])[0]
                tt = t + dt.timedelta(hours=rng.randint(2, 120))
                w.payments.append({"subject_id": sid, "ts": iso(tt), "amount": "%.2f" % (amt * frac * rng.uniform(0.8, 1.0)),
                                   "currency": "USD", "method": method, "destination": dest,
                                   "keelbank_direction": "withdrawal", "keelbank_payer": "", "keelbank_payer_account": ""})
            t += dt.timedelta(days=step + rng.randint(-2, 3))
    # --- cards
    if status == "approved" and card_addr is not None:
        t = created + dt.timedelta(days=rng.randint(1, 4))
        addrs = [card_addr] + ([extra_ship] if extra_ship else [])
        for a in addrs:
            txt = a if isinstance(a, str) else infra.fmt_addr(a, rng.choice([0, 1, 2, 4]))
            w.shipments.append({"subject_id": sid, "ts": iso(t), "asset": "CARD-" + w.hexid(10).upper(), "address": txt,
                                "keelbank_item": rng.choice(["debit card", "debit card", "metal debit card"]),
                                "keelbank_carrier": rng.choice(["USPS", "USPS", "UPS", "FedEx"])})
            t += dt.timedelta(days=rng.randint(30, 200))
    return sid
