"""One person's records and traces at Wirepay and at the mail provider (world 42)."""
from __future__ import annotations

import datetime as dt
import hashlib

from . import data as D
from .infra import PROVIDER_DOMAINS, T0, T_END_DAYS, Net, Person, iso

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def rand_time(w, y0, y1, y1_end_month=12):
    start = dt.datetime(y0, 1, 1)
    end = dt.datetime(y1, y1_end_month, 28)
    return start + dt.timedelta(seconds=w.rng.randrange(int((end - start).total_seconds())))


def make_person(w, cc, origin=None, city=None, last=None, age=(1965, 2003), provider_share=0.3, phone_kind="mobile",
                home=True, first=None):
    rng = w.rng
    origin = origin or rng.choice(D.ORIGIN_OF[cc])
    city = city or w.city(cc)
    f, l, full = w.name(origin, last=last, first=first)
    p = Person(origin=origin, first=f, last=l, full=full, cc=cc, city=city, tz=city[3], tzname=city[2])
    p.birth = w.birth_date(*age)
    p.nid = w.national_id()
    p.address = w.address(cc, city)
    p.phone, p.phone_type = w.phone(cc, city, phone_kind)
    p.email = w.mailbox(f, l, w.personal_domain(cc, provider_share))
    p.home = w.home_net(cc, city) if home else None
    p.mobile = w.cgnat(cc, city)
    p.vpn = None
    p.web = (f"wd-{w.hexid(64)}", rng.choice(D.UA_WEB))
    p.app = None
    if rng.random() < 0.6:
        ios = cc in ("US", "CA", "GB", "DE", "AE", "KR") and rng.random() < 0.55
        model = rng.choice(D.PHONES_IOS if ios else D.PHONES_ANDROID)
        ua = D.UA_APP[1 if ios else 0].format(v=rng.randint(10, 60), a=rng.choice([16, 17, 18] if ios else [12, 13, 14, 15]), m=model)
        p.app = (f"wa-{w.hexid(64)}", ua, model)
    p.keyboards = [D.LOCAL_KEYBOARD.get(cc, "en-US")]
    p.bank = bank_dest(w, cc)
    p.handle = handle(w, f, l)
    p.kids = []
    return p


def handle(w, f, l):
    from .infra import _ascii
    base = (_ascii(f)[:1] + _ascii(l)).lower()[:12]
    while True:
        h = f"{base}{w.rng.randint(10, 99999)}"
        if h not in w.used_handle:
            w.used_handle.add(h)
            return h


def bank_dest(w, cc):
    bank = w.rng.choice(D.BANKS.get(cc, ["BANK"]))
    if bank in ("GCASH", "MPESA", "BKASH"):
        return f"mobile_money:{bank}:{w.hexid(64)}"
    return f"bank:{cc}:{bank}:{w.hexid(64)}"


def method_of(dest):
    if dest.startswith(("mobile_money", "wirepay")):
        return "wallet"
    return "crypto" if dest.startswith("crypto") else "bank"


def card_dest(w):
    return f"card:{w.rng.randint(1000, 9999)}:{w.hexid(48)}"


def crypto_dest(w, chain=None):
    rng = w.rng
    chain = chain or rng.choice(["USDT-TRC20", "USDT-TRC20", "BTC", "ETH"])
    if chain == "USDT-TRC20":
        a = "T" + "".join(rng.choice(B58) for _ in range(33))
    elif chain == "BTC":
        a = "bc1q" + "".join(rng.choice("023456789acdefghjklmnpqrstuvwxyz") for _ in range(38))
    else:
        a = "0x" + w.hexid(160)
    return f"crypto:{chain}:{a}"


def wallet_row(w, p, kind, traits=(), fraud=False, record="individual", business=None, created=None, photo=None,
               profiles="", employer="", email=None, phone=None, phone_type=None, address=None, name=None, status="active",
               kyc=None, sid=None):
    sid = sid or w.uid("wal")
    created = created or rand_time(w, 2019, 2025, 6)
    w.add_subject({
        "id": sid, "kind": "account", "full_name": name or p.full, "email": email or p.email, "phone": phone or p.phone,
        "phone_line_type": phone_type or p.phone_type, "address": address or p.address, "country": p.cc,
        "birth_date": p.birth if record == "individual" else "", "national_id": p.nid, "photo": photo or "",
        "profiles": profiles, "employer": employer, "created_at": iso(created), "wirepay_source": "wirepay_wallet",
        "wirepay_record": record, "business_name": business or "", "kyc_level": kyc or ("2" if photo else "1"),
        "account_status": status, "wallet_handle": p.handle,
    }, fraud, kind, traits)
    return sid


def mailbox_row(w, p, kind, traits=(), fraud=False, email=None, recovery_email="", recovery_phone="", rp_type="",
                signup_ip="", created=None, name=None, birth=None, phone=""):
    sid = w.uid("mbx")
    created = created or rand_time(w, 2008, 2024)
    w.add_subject({
        "id": sid, "kind": "account", "full_name": name or p.full, "email": email or p.email, "phone": phone,
        "country": p.cc, "birth_date": birth if birth is not None else p.birth, "created_at": iso(created),
        "recovery_email": recovery_email, "recovery_phone": recovery_phone, "recovery_phone_line_type": rp_type,
        "signup_ip": signup_ip, "wirepay_source": "mail_security_export", "wirepay_record": "mailbox",
        "mail_display_language": w.rng.choice(["en-US", "en-US", "en-GB"]) if p.cc in ("US", "CA", "GB") else D.LOCAL_KEYBOARD.get(p.cc, "en-US"),
    }, fraud, kind, traits)
    return sid


def is_provider(email):
    return email.split("@")[-1] in PROVIDER_DOMAINS


def devices_of(p, web_w=1.0, app_w=1.0):
    d = [(web_w, p.web[0], p.web[1])]
    if p.app:
        d.append((app_w, p.app[0], p.app[1]))
    return d


def std_nets(p, home_w=6, mobile_w=3, vpn_w=0):
    nets = []
    if p.home:
        nets.append((home_w, p.home))
    nets.append((mobile_w, p.mobile))
    if p.vpn and vpn_w:
        nets.append((vpn_w, p.vpn))
    return nets


def wallet_logins(w, p, sid, n, nets=None, devices=None, hours=(7, 23), days=(0, T_END_DAYS), tz=None):
    w.sessions(sid, n, nets or std_nets(p, vpn_w=4 if p.vpn else 0), devices or devices_of(p),
               p.tz if tz is None else tz, "wallet.login", hours=hours, days=days)


def mail_logins(w, p, sid, n, nets=None, devices=None, hours=(7, 23), tz=None):
    mail_dev = getattr(p, "mail_dev", None)
    if mail_dev is None:
        mail_dev = p.mail_dev = (f"md-{w.hexid(64)}", w.rng.choice(D.UA_WEB + D.UA_MAIL_APP).format(v=w.rng.randint(100, 999)))
    w.sessions(sid, n, nets or std_nets(p, vpn_w=3 if p.vpn else 0), devices or [(1, mail_dev[0], mail_dev[1])],
               p.tz if tz is None else tz, "mail.signin", hours=hours)


def app_telemetry(w, p, sid, tzname=None, keyboards=None, model=None, device=None, snaps=None):
    if not (p.app or device):
        return
    dev = device or p.app[0]
    model = model or (p.app[2] if p.app else "")
    for _ in range(snaps or w.rng.randint(1, 3)):
        t = T0 + dt.timedelta(days=w.rng.randint(0, T_END_DAYS), hours=w.rng.random() * 24)
        w.telemetry(sid, dev, t, "system", model)
        w.telemetry(sid, dev, t, "timezone", tzname or p.tzname)
        for k in (keyboards or p.keyboards):
            w.telemetry(sid, dev, t, "keyboard", k)


def income(w, sid, p, payers, n, lo, hi, rail="marketplace_payout", months=(0, 21)):
    """n incoming payouts into the wallet from payers (subject ids or marketplace names)."""
    rng = w.rng
    for _ in range(n):
        t = dt.datetime(2024, 1, 1) + dt.timedelta(days=rng.randint(months[0] * 30, months[1] * 30 + 29), hours=rng.random() * 24)
        cp = rng.choice(payers)
        w.pay(sid, t, round(rng.uniform(lo, hi), 2), "USD", "wallet", f"wirepay:{p.handle}", "in", cp, rail)


def withdrawals(w, sid, p, dests, n, lo, hi, currency=None, months=(0, 21)):
    """dests: [(weight, destination, method, rail)]."""
    rng = w.rng
    ws = [d[0] for d in dests]
    for _ in range(n):
        _, dest, _m, rail = rng.choices(dests, ws)[0]
        method = method_of(dest)
        t = dt.datetime(2024, 1, 1) + dt.timedelta(days=rng.randint(months[0] * 30, months[1] * 30 + 29), hours=rng.random() * 24)
        cur = "USD" if method in ("crypto", "wallet") else (currency or D.CURRENCY.get(p.cc, "USD"))
        w.pay(sid, t, round(rng.uniform(lo, hi), 2), cur, method, dest, "out", "", rail)


def transfer(w, src_sid, src_p, dst_sid, dst_p, n, lo, hi, rail="wallet_transfer", months=(0, 21)):
    """Wallet-to-wallet: an out row at the sender and an in row at the receiver, same destination handle."""
    rng = w.rng
    for _ in range(n):
        t = dt.datetime(2024, 1, 1) + dt.timedelta(days=rng.randint(months[0] * 30, months[1] * 30 + 29), hours=rng.random() * 24)
        amt = round(rng.uniform(lo, hi), 2)
        dest = f"wirepay:{dst_p.handle}"
        w.pay(src_sid, t, amt, "USD", "wallet", dest, "out", dst_sid, rail)
        if dst_sid:
            w.pay(dst_sid, t + dt.timedelta(seconds=rng.randint(1, 90)), amt, "USD", "wallet", dest, "in", src_sid, rail)


def card_shipment(w, sid, address, t=None):
    t = t or rand_time(w, 2023, 2025, 9)
    w.shipments.append((sid, iso(t), f"WPC{w.rng.randint(10**9, 10**10 - 1)}", address))


def nid_hash_of(p):
    return p.nid


def phone_hash(ph):
    return hashlib.sha256(ph.encode()).hexdigest()[:20]
