"""Honest people of world 42 (Wirepay): freelancers, families, agencies, remitters, students, accountants ..."""
from __future__ import annotations

import datetime as dt

from . import data as D
from . import lives as L
from . import media as M
from .infra import Net, T_END_DAYS, iso

ABROAD = ["PH"] * 6 + ["IN"] * 6 + ["PK"] * 4 + ["NG"] * 4 + ["UA"] * 3 + ["KE"] * 3 + ["BR"] * 2 + ["BD"] * 3 + ["EG"] * 2 + \
         ["VN"] * 2 + ["MX"] * 2 + ["RS", "PL", "CO", "AE"]
RICH = ["US"] * 10 + ["GB"] * 2 + ["CA"] * 2 + ["DE"]


class Honest:
    def __init__(self, w):
        self.w = w
        self.payers = []          # (sid, weight)
        self.payer_w = []
        self.cafes = {}
        self.businesses = set()
        self._cum = None

    # ---- helpers ---------------------------------------------------------------------------------------------
    def biz_name(self):
        rng = self.w.rng
        for i in range(50):
            n = f"{rng.choice(D.BUSINESS_WORDS)}{rng.choice(D.BUSINESS_WORDS).lower() if i > 5 else ''} {rng.choice(D.BUSINESS_TAILS)}"
            if i > 20:
                n += f" {rng.choice(['Group', 'Collective', 'House', 'Co'])} {rng.randint(2, 999)}"
            if n not in self.businesses:
                self.businesses.add(n)
                return n
        n = f"{rng.choice(D.BUSINESS_WORDS)} {self.w.hexid(16)[:4].upper()} {rng.choice(D.BUSINESS_TAILS)}"
        self.businesses.add(n)
        return n

    def biz_domain(self, name, registrant=None, fraud=False, registered=None):
        w = self.w
        rng = w.rng
        base = "".join(c for c in name.lower() if c.isalnum())[:22]
        dom = f"{base}.{rng.choice(['com', 'com', 'co', 'io', 'net', 'agency'])}"
        while dom in w.used_mail:
            dom = f"{base}{rng.randint(2, 999)}.com"
        w.used_mail.add(dom)
        reg = registered or L.rand_time(w, 2006, 2023)
        privacy = rng.choice(["contact@privacyguardian.org", "proxy@whoisprivacyservice.org", "domains@withheldforprivacy.com"])
        ns = rng.choice(["ns1.cloudflare.com;ns2.cloudflare.com", "ns-1.awsdns-01.org;ns-2.awsdns-02.net",
                         "ns1.googledomains.com;ns2.googledomains.com", "dns1.registrar-servers.com;dns2.registrar-servers.com"])
        w.domains.append({"domain": dom, "company": name, "registered_at": reg.strftime("%Y-%m-%d"),
                          "registrant_email": registrant if registrant and rng.random() < 0.5 else privacy,
                          "ip": f"{rng.choice(['104.21', '172.67', '192.0', '198.185', '23.227'])}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                          "nameservers": ns})
        return dom

    def pick_payers(self, k):
        k = max(1, k)
        if self._cum is None or len(self._cum[0]) != len(self.payers):
            import itertools
            self._cum = ([s for s, _ in self.payers], list(itertools.accumulate(self.payer_w)))
        return list(dict.fromkeys(self.w.rng.choices(self._cum[0], cum_weights=self._cum[1], k=k)))

    def photo(self, p, share=0.45):
        if self.w.rng.random() < share:
            p.face = M.face_params(self.w.rng)
            p.photo = M.write_photo(self.w, p.face)
            return p.photo
        p.photo = ""
        return ""

    def profiles(self, p, markets=("Upwork", "Fiverr", "Freelancer.com")):
        rng = self.w.rng
        out = []
        for m in rng.sample(list(markets), rng.randint(0, min(2, len(markets)))):
            if m == "Upwork":
                out.append(f"https://www.upwork.com/freelancers/~01{self.w.hexid(64)[:16]}")
            elif m == "Fiverr":
                out.append(f"https://www.fiverr.com/{p.handle}")
            else:
                out.append(f"https://www.freelancer.com/u/{p.handle}")
        if rng.random() < 0.2:
            out.append(f"https://www.linkedin.com/in/{p.handle}-{self.w.hexid(16)[:4]}")
        return ";".join(out)

    def mailbox_for(self, p, kind, traits, recovery_email=None, recovery_phone=None, rp_type=None, signup_ip=None, created=None):
        """The person's own mailbox row when their e-mail is at the pooled provider."""
        w = self.w
        rng = w.rng
        if not L.is_provider(p.email):
            return None
        if recovery_email is None:
            recovery_email = w.mailbox(p.first, p.last, "gmail.com") if rng.random() < 0.35 else ""
        if recovery_phone is None:
            recovery_phone, rp_type = (p.phone, p.phone_type) if rng.random() < 0.75 else ("", "")
        if signup_ip is None:
            net = p.home if (p.home and rng.random() < 0.45) else (p.mobile if rng.random() < 0.5 else None)
            signup_ip = net.pick(rng) if net else w.home_net(p.cc, p.city).ips[0]
        sid = L.mailbox_row(w, p, kind, list(traits) + ["mailbox_record"], False, recovery_email=recovery_email,
                            recovery_phone=recovery_phone, rp_type=rp_type or "", signup_ip=signup_ip, created=created,
                            birth=p.birth if rng.random() < 0.8 else "")
        L.mail_logins(w, p, sid, rng.randint(1, 8))
        return sid

    def standard_wallet(self, p, kind, traits, payers=None, n_in=None, lo=80, hi=1500, dests=None, record="individual",
                        business=None, photo_share=0.45, nets=None, devices=None, hours=(7, 23), n_log=None, employer=""):
        w = self.w
        rng = w.rng
        photo = self.photo(p, photo_share)
        sid = L.wallet_row(w, p, kind, list(traits) + ["wallet_record"], False, record=record, business=business,
                           photo=photo, profiles=self.profiles(p), employer=employer)
        L.wallet_logins(w, p, sid, n_log if n_log is not None else rng.randint(3, 18), nets=nets, devices=devices, hours=hours)
        L.app_telemetry(w, p, sid)
        payers = payers if payers is not None else self.pick_payers(int(rng.paretovariate(1.3)))
        if payers:
            L.income(w, sid, p, payers, n_in if n_in is not None else rng.randint(3, 22), lo, hi)
        dests = dests or [(8, p.bank, L.method_of(p.bank), "bank_withdrawal")] + ([(2, L.card_dest(w), "bank", "card_withdrawal")] if rng.random() < 0.2 else [])
        L.withdrawals(w, sid, p, dests, rng.randint(2, 10), lo * 0.8, hi * 1.5)
        if rng.random() < 0.3:
            L.card_shipment(w, sid, p.address)
        p.sid = sid
        return sid

    # ---- payers (the marketplaces' client records) ------------------------------------------------------------
    def make_payers(self, count):
        w = self.w
        rng = w.rng
        for _ in range(count):
            cc = rng.choice(["US"] * 7 + ["GB", "CA", "DE", "AE", "PL"])
            company = rng.random() < 0.6
            p = L.make_person(w, cc, provider_share=0.25)
            market = rng.choice(D.MARKETPLACES[:6] + ["Upwork", "Upwork", "Fiverr"])
            traits = ["payer_record"]
            if company:
                name = self.biz_name()
                dom = self.biz_domain(name, p.email)
                email = w.raw_mailbox(rng.choice(["ap", "billing", "finance", "hr", "accounts", p.first.lower()]), dom)
                traits.append("company_payer")
            else:
                name, email = p.full, p.email
            sid = w.uid("pyr")
            w.add_subject({"id": sid, "kind": "account", "full_name": name, "email": email, "phone": p.phone,
                           "phone_line_type": p.phone_type, "address": p.address if rng.random() < 0.7 else "", "country": cc,
                           "employer": market, "created_at": iso(L.rand_time(w, 2014, 2025, 3)),
                           "profiles": f"https://www.{market.lower().replace(' ', '').replace('.com', '')}.com/clients/{w.hexid(40)}",
                           "wirepay_source": "marketplace_payer", "wirepay_record": "payer", "business_name": name if company else ""},
                          False, "marketplace_client", traits)
            self.payers.append((sid, rng.paretovariate(1.1)))
        self.payer_w = [x for _, x in self.payers]

    # ---- units -----------------------------------------------------------------------------------------------
    def overseas_freelancer(self):
        w = self.w
        rng = w.rng
        cc = rng.choice(ABROAD)
        p = L.make_person(w, cc, provider_share=0.35, home=rng.random() < 0.6)
        traits = []
        if not p.home:
            traits.append("mobile_only")
        if rng.random() < (0.18 if cc in ("PK", "EG", "VN", "BD", "UA", "AE") else 0.06):
            p.vpn = w.vpn(None, rng.choice(["US", "US", "GB", "DE"]), rng.choice(["New York", "Los Angeles", "London", "Frankfurt"]))
            traits.append("vpn_user")
        hours = (7, 23)
        if rng.random() < 0.35:
            hours = (18, 30)  # works US business hours from Asia / Africa: local evening and night
            traits.append("us_hours_abroad")
        dests = [(8, p.bank, L.method_of(p.bank), "bank_withdrawal")]
        if rng.random() < 0.12:
            dests.append((4, L.crypto_dest(w, "USDT-TRC20"), "crypto", "crypto_withdrawal"))
            traits.append("crypto_withdrawal")
        if rng.random() < 0.12:
            dests.append((5, L.bank_dest(w, cc), "bank", "bank_withdrawal"))
            traits.append("parent_bank_account")
        payers = self.pick_payers(int(rng.paretovariate(1.2)))
        if len(payers) >= 6:
            traits.append("many_payers")
        self.standard_wallet(p, "overseas_freelancer", traits, payers=payers, dests=dests, hours=hours, lo=30, hi=900)
        self.mailbox_for(p, "overseas_freelancer", traits)

    def us_freelancer(self, kind="us_freelancer"):
        w = self.w
        rng = w.rng
        cc = rng.choice(RICH)
        voip = cc == "US" and rng.random() < 0.1
        p = L.make_person(w, cc, phone_kind="voip" if voip else "mobile")
        traits = ["google_voice"] if voip else []
        if rng.random() < 0.08:
            p.vpn = w.vpn(None, cc, p.city[0])
            traits.append("vpn_user")
        dests = [(8, p.bank, "bank", "bank_withdrawal")]
        if rng.random() < 0.12:   # withdraws to a parent's or partner's bank account (not in the data)
            dests = [(8, L.bank_dest(w, cc), "bank", "bank_withdrawal")]
            traits.append("relative_bank_account")
        payers = self.pick_payers(int(rng.paretovariate(1.2)))
        if len(payers) >= 6:
            traits.append("many_payers")
        self.standard_wallet(p, kind, traits, payers=payers, dests=dests, lo=150, hi=4000)
        self.mailbox_for(p, kind, traits)

    def mobile_only_us(self):
        w = self.w
        rng = w.rng
        p = L.make_person(w, "US", home=False, provider_share=0.4)
        traits = ["mobile_only", "carrier_nat"]
        self.standard_wallet(p, "mobile_only", traits, lo=40, hi=1200, nets=[(1, p.mobile)])
        self.mailbox_for(p, "mobile_only", traits, signup_ip=p.mobile.pick(rng))

    def family_household(self):
        w = self.w
        rng = w.rng
        cc = rng.choice(RICH + ["PH", "IN", "NG", "MX"])
        a = L.make_person(w, cc, provider_share=0.45, age=(1965, 1992))
        b = L.make_person(w, cc, city=a.city, last=a.last if rng.random() < 0.7 else None, provider_share=0.45, age=(1965, 1992))
        b.home = a.home
        b.address = w.retype_address(rng, a.address)
        traits = ["shared_home"]
        joint = rng.random() < 0.5
        if joint:
            b.bank = a.bank
            traits.append("joint_account")
        family_tablet = None
        if rng.random() < 0.3 and a.app:
            family_tablet = a.app
            b.app = a.app
            traits.append("shared_family_phone")
        shared_phone = rng.random() < 0.12
        kids_n = rng.choice([0, 1, 1, 2, 2, 3])
        sa = self.standard_wallet(a, "family_household", traits + ["parent"], lo=100, hi=3000)
        self.mailbox_for(a, "family_household", traits + ["parent"], recovery_email=b.email if rng.random() < 0.5 else None)
        if rng.random() < 0.65:
            t2 = traits + ["spouse"] + (["spouse_uses_partner_phone"] if shared_phone else [])
            dests = [(8, b.bank, "bank", "bank_withdrawal")]
            if not joint and rng.random() < 0.3:
                dests = [(8, a.bank, "bank", "bank_withdrawal")]
                t2.append("spouse_bank_account")
            b.sid = L.wallet_row(w, b, "family_household", t2 + ["wallet_record"], False, photo=self.photo(b),
                                 phone=a.phone if shared_phone else None, phone_type=a.phone_type if shared_phone else None)
            L.wallet_logins(w, b, b.sid, rng.randint(2, 12))
            L.app_telemetry(w, b, b.sid)
            L.income(w, b.sid, b, self.pick_payers(int(rng.paretovariate(1.4))), rng.randint(2, 14), 80, 2500)
            L.withdrawals(w, b.sid, b, dests, rng.randint(1, 8), 80, 3000)
            if rng.random() < 0.3:
                L.card_shipment(w, b.sid, b.address)
        self.mailbox_for(b, "family_household", traits + ["spouse"], recovery_email=a.email if rng.random() < 0.6 else None)
        together = rng.random() < 0.45 and kids_n >= 2
        reg_day = L.rand_time(w, 2016, 2024)
        rec_email = a.email if rng.random() < 0.6 else ""
        rec_phone = a.phone if (not rec_email or rng.random() < 0.5) else ""
        for i in range(kids_n):
            k = L.make_person(w, cc, city=a.city, last=a.last, provider_share=1.0, age=(2006, 2014))
            k.home, k.address = a.home, a.address
            kt = traits + ["child_mailbox", "parent_recovery"] + (["kids_registered_together"] if together else [])
            created = reg_day + dt.timedelta(minutes=rng.randint(1, 50)) if together else L.rand_time(w, 2016, 2025, 6)
            sid = L.mailbox_row(w, k, "family_household", kt + ["mailbox_record"], False, recovery_email=rec_email,
                                recovery_phone=rec_phone, rp_type=a.phone_type if rec_phone else "",
                                signup_ip=a.home.pick(rng) if (together or rng.random() < 0.5) else k.mobile.pick(rng),
                                created=created, birth=k.birth)
            devs = [(1, family_tablet[0], family_tablet[1])] if family_tablet and rng.random() < 0.5 else None
            L.mail_logins(w, k, sid, rng.randint(1, 10), nets=[(5, a.home), (2, k.mobile)], devices=devs, hours=(15, 23))

    def agency(self):
        w = self.w
        rng = w.rng
        cc = rng.choice(["US", "US", "GB", "PH", "IN", "PK", "UA", "AE"])
        owner = L.make_person(w, cc, provider_share=0.2)
        name = self.biz_name()
        dom = self.biz_domain(name, owner.email)
        owner.email = w.raw_mailbox(rng.choice(["payments", "finance", "billing", owner.first.lower()]), dom)
        office = w.office_net(cc, owner.city)
        owner.home = office
        traits = ["agency"]
        sid = self.standard_wallet(owner, "agency_owner", traits, record="business", business=name, lo=500, hi=12000,
                                   nets=[(6, office), (2, owner.mobile)], n_log=rng.randint(10, 30))
        # the agency as a client on the marketplaces: its payer record
        psid = w.uid("pyr")
        w.add_subject({"id": psid, "kind": "account", "full_name": name, "email": owner.email, "phone": owner.phone,
                       "phone_line_type": owner.phone_type, "address": owner.address, "country": cc,
                       "employer": rng.choice(["Upwork", "Freelancer.com", "Fiverr"]), "created_at": iso(L.rand_time(w, 2016, 2024)),
                       "wirepay_source": "marketplace_payer", "wirepay_record": "payer", "business_name": name},
                      False, "agency_owner", traits + ["payer_record", "agency_payer_record"])
        self.payers.append((psid, 3.0))
        self.payer_w.append(3.0)
        n = rng.randint(3, 12)
        mcc = rng.choice(ABROAD) if cc in ("US", "GB", "AE") else cc
        for _ in range(n):
            m = L.make_person(w, mcc if rng.random() < 0.8 else rng.choice(ABROAD), provider_share=0.35, home=rng.random() < 0.6)
            mt = ["paid_by_agency"]
            payers = [psid] + (self.pick_payers(rng.randint(1, 3)) if rng.random() < 0.4 else [])
            self.standard_wallet(m, "agency_freelancer", mt, payers=payers, n_in=0, lo=50, hi=900)
            L.transfer(w, sid, owner, m.sid, m, rng.randint(3, 14), 100, 1500, rail="agency_payout")
            if len(payers) > 1:
                L.income(w, m.sid, m, payers[1:], rng.randint(1, 8), 30, 800)
            self.mailbox_for(m, "agency_freelancer", mt)

    def remittance_family(self):
        w = self.w
        rng = w.rng
        origin = rng.choice(["filipino", "indian", "hispanic", "nigerian", "pakistani", "bangladeshi", "vietnamese"])
        home_cc = D.HERITAGE_HOME[origin]
        parent = L.make_person(w, home_cc, origin=origin, age=(1945, 1970))
        last = parent.last
        n = rng.choice([1, 2, 2, 3])
        traits = ["remittance", "parent_abroad_bank"]
        parent_wallet = rng.random() < 0.25
        if parent_wallet:   # the parent also holds a wallet to receive
            self.standard_wallet(parent, "remitter", traits + ["remittance_receiver"], payers=[], n_in=0, lo=50, hi=300,
                                 n_log=rng.randint(1, 5))
        for _ in range(n):
            cc = rng.choice(["US", "US", "US", "GB", "CA", "AE"])
            if origin in ("filipino", "indian", "pakistani", "bangladeshi") and rng.random() < 0.3:
                cc = "AE"
            s = L.make_person(w, cc, origin=origin, last=last if rng.random() < 0.8 else None)
            dests = [(5, parent.bank, L.method_of(parent.bank), "remittance"), (4, s.bank, L.method_of(s.bank), "bank_withdrawal")]
            self.standard_wallet(s, "remitter", traits, dests=dests, lo=100, hi=2500)
            if parent_wallet:
                L.transfer(w, s.sid, s, parent.sid, parent, rng.randint(2, 8), 50, 500, rail="remittance")
            self.mailbox_for(s, "remitter", traits, recovery_phone=w.e164(parent.phone, home_cc) if rng.random() < 0.3 else None,
                             rp_type=parent.phone_type)

    def student(self):
        w = self.w
        rng = w.rng
        uni = rng.choice(D.UNIVERSITIES)
        city = next(c for c in D.CITIES["US"] if c[0] == uni[2])
        p = L.make_person(w, "US", city=city, age=(1999, 2006), provider_share=0.0, home=False)
        campus = w.pool(("campus", uni[1]), lambda: Net([w._ip_in(uni[4]) for _ in range(4)], uni[0], uni[3], "US", city[0]))
        p.home = campus
        personal = w.mailbox(p.first, p.last, rng.choice(["outlook.com", "hotmail.com", "gmail.com", "gmail.com"]))
        p.email = w.mailbox(p.first, p.last, uni[1], style=rng.choice(["fil", "f.l", "fl99"]))
        hall = rng.choice(["North", "West", "Cedar", "Founders", "Maple", "Lakeside", "Harrison"])
        p.address = w.address("US", city, apt=f", {hall} Residence Hall Room {rng.randint(100, 899)}")
        traits = ["campus_network", "university_email"]
        self.standard_wallet(p, "student", traits, lo=20, hi=600, nets=[(6, campus), (3, p.mobile)])
        if L.is_provider(personal):
            q = p.__dict__.copy()
            from .infra import Person
            pp = Person(**q)
            pp.email = personal
            pp.traits = []
            self.mailbox_for(pp, "student", traits, recovery_email=p.email if rng.random() < 0.4 else None,
                             signup_ip=campus.pick(rng) if rng.random() < 0.5 else None)

    def reopened_account(self):
        w = self.w
        rng = w.rng
        cc = rng.choice(RICH + ABROAD)
        p = L.make_person(w, cc)
        traits = ["reopened_account"]
        photo = self.photo(p, 0.6)
        old_email = p.email
        old = L.wallet_row(w, p, "reopened_account", traits + ["closed_old_wallet", "wallet_record"], False, photo=photo,
                           created=L.rand_time(w, 2018, 2022), status="closed")
        L.income(w, old, p, self.pick_payers(2), rng.randint(1, 6), 50, 900, months=(0, 4))
        L.withdrawals(w, old, p, [(1, p.bank, "bank", "bank_withdrawal")], rng.randint(1, 3), 50, 900, months=(0, 4))
        self.mailbox_for(p, "reopened_account", traits + ["old_mailbox"])
        from .infra import Person
        q = Person(**p.__dict__)
        q.traits = []
        q.email = w.mailbox(p.first, p.last, w.personal_domain(cc, 0.4))
        q.handle = L.handle(w, p.first, p.last)
        if rng.random() < 0.3:
            q.phone, q.phone_type = w.phone(cc, p.city)
            traits.append("new_phone")
        new = L.wallet_row(w, q, "reopened_account", traits + ["new_mailbox", "wallet_record"], False, photo=photo,
                           created=L.rand_time(w, 2023, 2025, 3), profiles=self.profiles(q))
        L.wallet_logins(w, q, new, rng.randint(4, 16))
        L.app_telemetry(w, q, new)
        L.income(w, new, q, self.pick_payers(int(rng.paretovariate(1.3))), rng.randint(3, 16), 50, 1500, months=(5, 21))
        L.withdrawals(w, new, q, [(1, p.bank, "bank", "bank_withdrawal")], rng.randint(2, 8), 50, 1500, months=(5, 21))
        self.mailbox_for(q, "reopened_account", traits + ["new_mailbox"], recovery_email=old_email if rng.random() < 0.3 else None)

    def mover(self):
        w = self.w
        rng = w.rng
        move = rng.random() < 0.5
        if move:
            src, dst = rng.choice([("UA", "PL"), ("UA", "DE"), ("IN", "CA"), ("NG", "GB"), ("PH", "AE"), ("PK", "AE"), ("BR", "PT"),
                                   ("MX", "US"), ("IN", "US"), ("EG", "AE"), ("KE", "GB"), ("RS", "DE")])
            origin = rng.choice(D.ORIGIN_OF[src])
        else:
            src = dst = rng.choice(RICH)
            origin = None
        p = L.make_person(w, dst, origin=origin)
        traits = []
        old = None
        if move:
            traits += ["moved_country", "old_country_sign_ins"]
            old = L.make_person(w, src, origin=p.origin, first=p.first, last=p.last)
            p.keyboards = list(dict.fromkeys([D.LOCAL_KEYBOARD.get(dst, "en-US"), D.LOCAL_KEYBOARD.get(src, "en-US")]))
            if rng.random() < 0.5:
                traits.append("kept_old_number")
                p.phone, p.phone_type = w.e164(old.phone, src), old.phone_type
        display = p.full
        if rng.random() < 0.5:
            f, l, full = w.name(p.origin)
            display = f"{p.first} {l}"       # the mailbox still has the maiden / earlier name
            if display in w.used_name:
                display = f"{p.first} {l}-{p.last}"
            w.used_name.add(display)
            traits.append("name_change")
            p_email_name = l
        else:
            p_email_name = p.last
        p.email = w.mailbox(p.first, p_email_name, w.personal_domain(dst, 0.4))
        nets = [(6, p.home), (3, p.mobile)]
        sid = self.standard_wallet(p, "mover", traits, nets=nets, lo=80, hi=2500)
        if move:
            L.wallet_logins(w, p, sid, rng.randint(2, 8), nets=[(5, old.home), (3, old.mobile)], days=(0, 60), tz=old.tz)
            L.withdrawals(w, sid, p, [(1, old.bank, "bank", "bank_withdrawal")], rng.randint(1, 3), 50, 600, months=(0, 6))
            L.card_shipment(w, sid, old.address, L.rand_time(w, 2023, 2023))
        if L.is_provider(p.email):
            mb = L.mailbox_row(w, p, "mover", traits + ["mailbox_record"], False, name=display,
                               recovery_phone=w.e164(old.phone, src) if (old and rng.random() < 0.5) else p.phone,
                               rp_type="mobile", signup_ip=(old.home if old else p.home).pick(rng))
            L.mail_logins(w, p, mb, rng.randint(1, 8))

    def immigrant_heritage(self):
        w = self.w
        rng = w.rng
        origin = rng.choice(["korean", "chinese", "vietnamese", "slavic", "indian", "arabic", "hispanic", "filipino", "pakistani", "nigerian"])
        cc = rng.choice(["US", "US", "US", "CA", "GB"])
        p = L.make_person(w, cc, origin=origin)
        p.keyboards = [D.LOCAL_KEYBOARD[cc], D.HERITAGE_KEYBOARD[origin]]
        home_cc = D.HERITAGE_HOME[origin]
        parent_phone, ptype = w.phone(home_cc)
        parent_phone = w.e164(parent_phone, home_cc)
        traits = ["heritage_keyboard"]
        sid = self.standard_wallet(p, "immigrant_heritage", traits, lo=100, hi=3500)
        if rng.random() < 0.35:
            traits.append("family_visit_abroad")
            hc = w.city(home_cc)
            L.wallet_logins(w, p, sid, rng.randint(2, 6), nets=[(1, w.cgnat(home_cc, hc))], days=(150, 180), tz=hc[3])
        if rng.random() < 0.4:
            traits.append("remittance")
            L.withdrawals(w, sid, p, [(1, L.bank_dest(w, home_cc), "bank", "remittance")], rng.randint(2, 6), 100, 800)
        self.mailbox_for(p, "immigrant_heritage", traits + ["parent_abroad_recovery"], recovery_phone=parent_phone, rp_type=ptype)

    def accountant_office(self):
        w = self.w
        rng = w.rng
        cc = rng.choice(["US", "US", "US", "GB", "CA", "IN", "PH"])
        acc = L.make_person(w, cc)
        name = self.biz_name().replace("Labs", "Accounting").replace("Studio", "Bookkeeping")
        dom = self.biz_domain(name, acc.email)
        acc.email = w.raw_mailbox(rng.choice(["office", "books", acc.first.lower()]), dom)
        office = w.office_net(cc, acc.city)
        acc.home = office
        pcs = [(1, f"wd-{w.hexid(64)}", rng.choice(D.UA_WEB[:2])) for _ in range(rng.randint(1, 3))]
        sid = self.standard_wallet(acc, "accountant", ["accounting_office"], record="business", business=name,
                                   nets=[(1, office)], devices=pcs, lo=200, hi=3000)
        for _ in range(rng.randint(3, 10)):
            c = L.make_person(w, cc, city=acc.city, provider_share=0.35)
            bname = self.biz_name()
            traits = ["managed_by_accountant"]
            if rng.random() < 0.5:
                self.biz_domain(bname, c.email)
            csid = self.standard_wallet(c, "accountant_client", traits, record="business", business=bname, lo=300, hi=9000,
                                        nets=[(5, office), (4, c.home), (1, c.mobile)], devices=pcs + devices_w(c))
            self.mailbox_for(c, "accountant_client", traits, recovery_email=acc.email if rng.random() < 0.3 else None)

    def small_business(self):
        w = self.w
        rng = w.rng
        cc = rng.choice(RICH + ["PH", "IN", "PK", "UA", "VN"])
        p = L.make_person(w, cc)
        name = self.biz_name()
        if rng.random() < 0.6:
            dom = self.biz_domain(name, p.email)
            p.email = w.raw_mailbox(rng.choice(["hello", "shop", "info", p.first.lower()]), dom)
        office = w.office_net(cc, p.city)
        staff = [(1, f"wd-{w.hexid(64)}", rng.choice(D.UA_WEB)) for _ in range(rng.randint(1, 3))]
        markets = rng.sample(["Amazon Seller Central", "Etsy", "Airbnb Payouts", "Fiverr", "Upwork"], 2)
        self.standard_wallet(p, "small_business", ["ecommerce_seller"], payers=markets, record="business", business=name,
                             nets=[(5, office), (3, p.home), (1, p.mobile)], devices=devices_w(p) + staff, lo=200, hi=8000)
        self.mailbox_for(p, "small_business", ["ecommerce_seller"])

    def privacy_vpn(self):
        w = self.w
        rng = w.rng
        cc = rng.choice(RICH)
        p = L.make_person(w, cc, provider_share=0.35)
        prov = rng.choice(D.VPN_PROVIDERS)
        p.vpn = w.vpn(prov, cc if rng.random() < 0.7 else "US", p.city[0] if rng.random() < 0.5 else rng.choice(["New York", "Chicago", "Los Angeles"]))
        traits = ["vpn_user", "privacy_vpn"]
        self.standard_wallet(p, "privacy_vpn_user", traits, nets=[(7, p.vpn), (2, p.home), (1, p.mobile)], lo=100, hi=3000)
        self.mailbox_for(p, "privacy_vpn_user", traits, signup_ip=p.vpn.pick(rng) if rng.random() < 0.5 else None)

    def digital_nomad(self):
        w = self.w
        rng = w.rng
        cc = rng.choice(["US", "US", "GB", "CA", "DE"])
        p = L.make_person(w, cc)
        fw = D.MAIL_FORWARDERS[rng.randrange(len(D.MAIL_FORWARDERS))]
        suite = rng.randint(1000, 99999)
        p.address = f"{fw[1]} Ste {suite}, {fw[2]}, {fw[3]} {fw[4]}"
        while p.address in w.used_addr:
            suite += 1
            p.address = f"{fw[1]} Ste {suite}, {fw[2]}, {fw[3]} {fw[4]}"
        w.used_addr.add(p.address)
        stays = rng.sample(["PT", "MX", "CO", "TH", "ES", "VN", "AE"], rng.randint(2, 4))
        p.vpn = w.vpn(None, cc, rng.choice(["New York", "Los Angeles", "London"])) if rng.random() < 0.6 else None
        traits = ["mail_forwarder_address", "works_abroad"] + (["vpn_user"] if p.vpn else [])
        stay_city = w.city(stays[0])
        sid = self.standard_wallet(p, "digital_nomad", traits, nets=[(1, w.cgnat(stays[0], stay_city))] + ([(1, p.vpn)] if p.vpn else []),
                                   lo=300, hi=6000, n_log=rng.randint(2, 6))
        for i, s in enumerate(stays[1:]):
            sc = w.city(s)
            L.wallet_logins(w, p, sid, rng.randint(2, 6), nets=[(3, w.home_net(s, sc)), (2, w.cgnat(s, sc))],
                            days=(60 * (i + 1), 60 * (i + 2)), tz=sc[3])
        if p.app:
            L.app_telemetry(w, p, sid, tzname=stay_city[2])
        L.card_shipment(w, sid, p.address)
        self.mailbox_for(p, "digital_nomad", traits)

    def internet_cafe_user(self):
        w = self.w
        rng = w.rng
        cc = rng.choice(["NG", "PK", "BD", "PH", "KE", "EG"])
        city = w.city(cc)
        cafes = self.cafes.setdefault(city[0], [])
        if not cafes or (rng.random() < 0.15 and len(cafes) < 6):
            owner, asn, pfx = rng.choice(D.RESIDENTIAL[cc])
            cafes.append((Net([w._ip_in(pfx)], owner, asn, cc, city[0]),
                          [(1, f"wd-{w.hexid(64)}", rng.choice(D.UA_WEB[:2])) for _ in range(rng.randint(4, 10))]))
        net, pcs = rng.choice(cafes)
        p = L.make_person(w, cc, city=city, home=False, provider_share=0.4)
        traits = ["internet_cafe", "shared_public_pc"]
        self.standard_wallet(p, "internet_cafe_user", traits, nets=[(6, net), (4, p.mobile)], devices=pcs + [(2, p.web[0], p.web[1])],
                             lo=20, hi=400)
        self.mailbox_for(p, "internet_cafe_user", traits, signup_ip=net.pick(rng) if rng.random() < 0.5 else None)

    def expat_in_china(self):
        w = self.w
        rng = w.rng
        p = L.make_person(w, rng.choice(["US", "GB", "CA"]))
        cn = w.city("CN")
        p.vpn = w.astrill(rng.choice(["US", "US", "GB"]), rng.choice(["Los Angeles", "San Jose", "New York", "London"]))
        traits = ["vpn_astrill", "lives_abroad"]
        local = w.home_net("CN", cn)
        p.keyboards = [D.LOCAL_KEYBOARD[p.cc], "zh-CN"]
        sid = self.standard_wallet(p, "expat_in_china", traits, nets=[(7, p.vpn), (2, local), (1, w.cgnat("CN", cn))],
                                   lo=300, hi=4000)
        if p.app:
            L.app_telemetry(w, p, sid, tzname="Asia/Shanghai")
        self.mailbox_for(p, "expat_in_china", traits, signup_ip=p.vpn.pick(rng) if rng.random() < 0.4 else None)


def devices_w(p):
    return L.devices_of(p)


UNITS = [  # (method, weight)
    ("overseas_freelancer", 30), ("us_freelancer", 14), ("family_household", 5), ("agency", 0.7), ("remittance_family", 3.5),
    ("student", 4), ("mobile_only_us", 4), ("reopened_account", 2.5), ("mover", 3.5), ("immigrant_heritage", 5),
    ("accountant_office", 0.6), ("small_business", 3), ("privacy_vpn", 4), ("digital_nomad", 1.5), ("internet_cafe_user", 3),
    ("expat_in_china", 0.5),
]
