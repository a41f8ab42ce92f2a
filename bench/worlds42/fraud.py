"""The fraud side of world 42 (Wirepay): DPRK IT-worker teams' personas, throwaway mailboxes, recovery hubs,
facilitators, money mules, collector wallets, front-company payers, and the victims whose identities they use."""
from __future__ import annotations

import datetime as dt

from . import data as D
from . import lives as L
from . import media as M
from .infra import PROVIDER_DOMAINS, Net, iso

SHARE_KINDS = ["recovery_email", "recovery_phone", "device", "signup_ip", "withdrawal_bank", "crypto", "collector_wallet",
               "card_address", "photo", "phone", "farm_ip"]
PERSONA_ORIGINS = ["anglo"] * 6 + ["hispanic", "chinese", "korean", "vietnamese", "slavic", "anglo"]


class Team:
    pass


class Fraud:
    def __init__(self, w, honest):
        self.w = w
        self.h = honest

    # ---- team infrastructure ------------------------------------------------------------------------------
    def team(self, idx):
        w, rng = self.w, self.w.rng
        t = Team()
        t.idx = idx
        base = rng.choice(["Shenyang", "Shenyang", "Dandong", "Vladivostok", "Vientiane"])
        if rng.random() < 0.3:
            base = "Pyongyang"
        cc, owner, asn, pfx, off, tzname = D.BASES[base]
        t.base_net = w.pool(("base", base, idx), lambda: Net([w._ip_in(pfx) for _ in range(4)], owner, asn, cc, base))
        t.base_tz, t.base_tzname = off, tzname
        t.astrill = rng.random() < 0.7
        t.vpn = w.astrill("US", rng.choice(["Los Angeles", "San Jose", "New York", "Dallas"])) if t.astrill else \
            w.vpn(rng.choice(D.VPN_PROVIDERS), "US", rng.choice(["New York", "Chicago", "Los Angeles"]))
        t.vps = [w.vps() for _ in range(rng.randint(1, 3))]
        t.night = rng.random() < 0.25           # works base daytime = US night
        t.voips = [(w.e164(v, "US"), lt) for v, lt in (w.phone("US", None, "voip") for _ in range(rng.randint(2, 4)))]
        t.laptops = [(f"wd-{w.hexid(64)}", rng.choice(D.UA_WEB[:5])) for _ in range(rng.randint(2, 4))]
        t.handsets = []
        for _ in range(rng.randint(1, 3)):
            model = rng.choice(D.EMULATORS) if rng.random() < 0.5 else rng.choice(D.PHONES_ANDROID)
            t.handsets.append((f"wa-{w.hexid(64)}", D.UA_APP[0].format(v=rng.randint(10, 60), a=rng.choice([12, 13, 14]), m=model), model))
        t.faces = [M.face_params(rng) for _ in range(rng.randint(2, 3))]
        t.crypto = [L.crypto_dest(w, "USDT-TRC20") for _ in range(rng.randint(1, 3))]
        t.pattern = rng.choice(["f.l####", "fl.dev##", "f_l##", "fl####", "f.l.dev"])
        t.bursts = [L.rand_time(w, 2024, 2025, 5) for _ in range(rng.randint(2, 4))]
        t.burst_ip = [v.ips[0] for v in t.vps] + [t.vpn.pick(rng) for _ in range(2)]
        t.hubs = []
        for _ in range(rng.randint(1, 3)):
            t.hubs.append(self.hub_mailbox(t))
        t.facilitators = [self.facilitator(t) for _ in range(rng.randint(1, 2))]
        t.mules = [self.mule(t) for _ in range(rng.randint(1, 3))]
        t.collector = self.collector(t) if rng.random() < 0.6 else None
        t.front = [self.front_payer(t) for _ in range(rng.randint(0, 2))]
        return t

    def throwaway(self, t, first, last, domain=None):
        w, rng = self.w, self.w.rng
        from .infra import _ascii
        f, l = _ascii(first).lower(), _ascii(last).lower()
        pat = t.pattern
        n2, n4 = rng.randint(10, 99), rng.randint(1000, 9999)
        loc = {"f.l####": f"{f}.{l}{n4}", "fl.dev##": f"{f}{l}.dev{n2}", "f_l##": f"{f}_{l}{n2}", "fl####": f"{f}{l}{n4}",
               "f.l.dev": f"{f}.{l}.dev"}[pat]
        return w.raw_mailbox(loc, domain or rng.choice(PROVIDER_DOMAINS[:2]))

    def burst_time(self, t):
        return rng_choice(self.w, t.bursts) + dt.timedelta(minutes=self.w.rng.randint(0, 180))

    def hub_mailbox(self, t):
        w, rng = self.w, self.w.rng
        origin = rng.choice(["anglo", "korean", "chinese"])
        f, l, full = w.name(origin)
        email = self.throwaway(t, f, l)
        rp, rpt = rng_choice(w, t.voips)
        p = L.Person(full=full, cc="US", birth="", email=email)
        sid = L.mailbox_row(w, p, "recovery_hub_mailbox", ["mailbox_record", "team_recovery_mailbox", "voip_recovery"], True,
                            recovery_phone=rp, rp_type=rpt, signup_ip=rng_choice(w, t.burst_ip), created=self.burst_time(t),
                            birth=rng.choice(["", "1990-01-01", "1988-05-05"]))
        w.sessions(sid, rng.randint(6, 20), [(3, t.vpn)] + [(2, v) for v in t.vps] + [(1, t.base_net)],
                   [(1, d, u) for d, u in t.laptops], t.base_tz if t.night else -5, "mail.signin", hours=(9, 19) if t.night else (8, 18))
        return email

    def facilitator(self, t):
        w, rng = self.w, self.w.rng
        p = L.make_person(w, "US", origin=rng.choice(["anglo", "anglo", "hispanic", "nigerian"]), provider_share=0.1, age=(1960, 1998))
        p.farm = p.home
        traits = ["us_facilitator", "laptop_farm_home"]
        sid = L.wallet_row(w, p, "facilitator", traits + ["wallet_record"], True, photo=self.h.photo(p, 0.5))
        L.wallet_logins(w, p, sid, rng.randint(4, 14))
        L.app_telemetry(w, p, sid)
        L.withdrawals(w, sid, p, [(1, p.bank, "bank", "bank_withdrawal")], rng.randint(2, 8), 200, 2500)
        p.sid = sid
        return p

    def mule(self, t):
        w, rng = self.w, self.w.rng
        p = L.make_person(w, "US", origin=rng.choice(["anglo", "anglo", "hispanic", "nigerian", "slavic"]), provider_share=0.2, age=(1970, 2003))
        traits = ["money_mule", "recruited_receiver"]
        sid = L.wallet_row(w, p, "money_mule", traits + ["wallet_record"], True, photo=self.h.photo(p, 0.5),
                           created=L.rand_time(w, 2023, 2025, 2))
        L.wallet_logins(w, p, sid, rng.randint(3, 12))
        L.app_telemetry(w, p, sid)
        L.withdrawals(w, sid, p, [(6, rng_choice(w, t.crypto), "crypto", "crypto_withdrawal"), (3, p.bank, "bank", "bank_withdrawal")],
                      rng.randint(4, 14), 500, 6000, months=(8, 21))
        if rng.random() < 0.4:
            L.income(w, sid, p, self.h.pick_payers(1), rng.randint(1, 4), 50, 400)   # a little honest side work
        p.sid = sid
        return p

    def collector(self, t):
        w, rng = self.w, self.w.rng
        p = L.make_person(w, "US", origin=rng.choice(PERSONA_ORIGINS), provider_share=0.0, phone_kind="voip")
        p.email = self.throwaway(t, p.first, p.last)
        p.home = None
        traits = ["collector_wallet", "consolidation", "voip_phone"]
        sid = L.wallet_row(w, p, "collector_wallet", traits + ["wallet_record"], True, created=L.rand_time(w, 2023, 2024))
        w.sessions(sid, rng.randint(5, 16), [(3, t.vpn)] + [(2, v) for v in t.vps], [(1, d, u) for d, u in t.laptops],
                   t.base_tz if t.night else -5, "wallet.login", hours=(9, 19) if t.night else (9, 18))
        L.withdrawals(w, sid, p, [(1, c, "crypto", "crypto_withdrawal") for c in t.crypto], rng.randint(6, 18), 2000, 15000, months=(6, 21))
        p.sid = sid
        return p

    def front_payer(self, t):
        w, rng = self.w, self.w.rng
        name = self.h.biz_name()
        hub = rng_choice(w, t.hubs)
        dom = self.h.biz_domain(name, hub, registered=L.rand_time(w, 2024, 2025, 3))
        w.domains[-1]["registrant_email"] = hub if rng.random() < 0.6 else w.domains[-1]["registrant_email"]
        w.domains[-1]["ip"] = t.vps[0].ips[0]
        ph, pt = rng_choice(w, t.voips) if rng.random() < 0.5 else w.phone("US", None, "voip")
        fac = rng_choice(w, t.facilitators)
        sid = w.uid("pyr")
        w.add_subject({"id": sid, "kind": "account", "full_name": name, "email": w.raw_mailbox(rng.choice(["hr", "billing", "ceo"]), dom),
                       "phone": ph, "phone_line_type": pt, "address": fac.address if rng.random() < 0.4 else "",
                       "country": "US", "employer": rng.choice(D.DEV_MARKETPLACES[:3]), "created_at": iso(L.rand_time(w, 2024, 2025, 4)),
                       "signup_ip": rng_choice(w, t.burst_ip), "wirepay_source": "marketplace_payer", "wirepay_record": "payer",
                       "business_name": name}, True, "front_company_payer", ["payer_record", "new_domain", "voip_phone"])
        return sid

    # ---- victims -------------------------------------------------------------------------------------------
    def victim(self):
        """A real person whose name, birth date and national id a persona reuses; honest (fraud=0)."""
        w, rng = self.w, self.w.rng
        p = L.make_person(w, "US", origin=rng.choice(["anglo", "anglo", "hispanic", "chinese", "korean"]))
        traits = ["us_freelancer", "identity_reused_by_persona"]
        self.h.standard_wallet(p, "identity_theft_victim", traits, lo=100, hi=2500)
        self.h.mailbox_for(p, "identity_theft_victim", traits)
        return p

    # ---- personas ------------------------------------------------------------------------------------------
    def persona(self, t, shares, primary, extra_traits, careful=False, lone=False, market=None, ctx=None):
        w, rng = self.w, self.w.rng
        traits = list(extra_traits)
        cc = "US" if rng.random() < 0.8 else rng.choice(["CA", "GB", "PL"])
        city = w.city(cc)
        stolen = rng.random() < (0.25 if not lone else 0.15) and cc == "US"
        p = L.make_person(w, cc, origin=rng.choice(PERSONA_ORIGINS), city=city, provider_share=0.0)
        if stolen:
            traits.append("stolen_identity")
            if rng.random() < 0.65:
                v = self.victim()
                traits.append("victim_in_data")
                w.used_name.discard(p.full)
                p.full = v.full if rng.random() < 0.6 else rng.choice([v.full.upper(), v.full.lower(), f"{v.last}, {v.first}"])
                p.first, p.last, p.birth, p.nid = v.first, v.last, v.birth, v.nid
                if rng.random() < 0.3:
                    p.address = v.address
                    traits.append("victim_address")
        else:
            traits.append("synthetic_identity")
        # mailbox: a throwaway at the provider (85%), else gmail
        needs_mailbox = bool(set(shares) & {"recovery_email", "recovery_phone", "signup_ip"})
        if needs_mailbox or rng.random() < 0.85:
            p.email = self.throwaway(t, p.first, p.last) if not careful else w.mailbox(p.first, p.last, rng.choice(PROVIDER_DOMAINS))
            traits.append("throwaway_mailbox")
        else:
            p.email = w.mailbox(p.first, p.last, "gmail.com")
        # phone
        if "phone" in shares:
            p.phone, p.phone_type = ctx["phone"]
            traits.append("shared_voip")
        elif rng.random() < (0.35 if lone else 0.65):
            p.phone, p.phone_type = w.phone("US" if cc == "US" else cc, city, "voip" if cc == "US" else "mobile")
            if p.phone_type != "mobile":
                traits.append("voip_phone")
        # networks and devices
        own_proxy = None
        if careful or lone:
            owner, asn, pfx = rng.choice(D.RESI_PROXY)
            own_proxy = Net([w._ip_in(pfx)], owner, asn, "US", city[0])
            traits.append("residential_proxy")
        nets = []
        if lone:
            vpn = w.vpn(None, "US", rng.choice(["New York", "Chicago", "Los Angeles"]))
            nets = [(5, vpn), (3, own_proxy)]
            traits.append("commercial_vpn")
        elif careful:
            nets = [(8, own_proxy)]
        else:
            nets = [(5, t.vpn), (2, rng_choice(w, t.vps))]
            traits.append("vpn_astrill" if t.astrill else "commercial_vpn")
        fac = ctx.get("fac") if ctx else None
        if "farm_ip" in shares and fac:
            nets.append((5, fac.farm))
            traits.append("laptop_farm_ip")
        if not careful and rng.random() < 0.5:
            nets.append((0.4, t.base_net))
            traits.append("base_dropout")
        if "device" in shares:
            laptop = ctx["laptop"]
            devices = [(3, laptop[0], laptop[1])]
            handset = ctx["handset"]
            traits.append("shared_device")
        else:
            devices = [(3, p.web[0], p.web[1])]
            handset = None if (careful or lone) else (f"wa-{w.hexid(64)}", *rng_choice(w, t.handsets)[1:])
        if handset:
            devices.append((2, handset[0], handset[1]))
        elif p.app:
            devices.append((2, p.app[0], p.app[1]))
        # photo
        photo = ""
        if "photo" in shares:
            photo = M.write_photo(w, M.edited(rng, ctx["face"]))
            traits.append("ai_edited_photo")
        elif rng.random() < 0.6:
            base = rng_choice(w, t.faces) if not (careful or lone) else M.face_params(rng)
            photo = M.write_photo(w, M.edited(rng, base) if not (careful or lone) else base)
            if not (careful or lone):
                traits.append("ai_edited_photo")
        # address and card
        card_addr = p.address
        if "card_address" in shares and fac:
            if rng.random() < 0.4:
                p.address = w.retype_address(rng, fac.address)
                traits.append("claims_facilitator_address")
                card_addr = p.address
            else:
                card_addr = rng.choice([fac.address, f"c/o {fac.full}, {fac.address}", f"{p.full} c/o {fac.last}, {fac.address}",
                                        w.retype_address(rng, fac.address)])
                traits.append("card_to_facilitator")
        created = L.rand_time(w, 2024, 2025, 4)
        prof = f"https://www.upwork.com/freelancers/~01{w.hexid(64)[:16]}" if rng.random() < 0.7 else ""
        if rng.random() < 0.4:
            prof += (";" if prof else "") + f"https://github.com/{p.handle}-dev"
        sid = L.wallet_row(w, p, primary, traits + ["wallet_record"], True, photo=photo, profiles=prof, created=created,
                           kyc="2" if photo else "1")
        hours = (8, 18) if t.night else (9, 19)
        tz = t.base_tz if t.night else p.tz
        w.sessions(sid, rng.randint(6, 24), nets, devices, tz, "wallet.login", hours=hours)
        # app telemetry
        dev = handset or p.app
        if dev:
            tzname = t.base_tzname if rng.random() < 0.3 else city[2]
            kb = ["en-US"] + (["ko-KR"] if rng.random() < 0.12 else [])
            L.app_telemetry(w, p, sid, tzname=tzname, keyboards=kb, model=dev[2], device=dev[0])
        # income: several employers / marketplaces, real clients among them
        sources = []
        if market:
            sources = [market]
        else:
            sources = rng.sample(D.DEV_MARKETPLACES, rng.randint(1, 3))
            sources += self.h.pick_payers(rng.randint(0, 3))
            if t.front and not careful and rng.random() < 0.5:
                sources.append(rng_choice(w, t.front))
                traits.append("front_company_pay")
        L.income(w, sid, p, sources, rng.randint(5, 18), 1500, 8000, rail="employer_payout" if "Deel" in sources else "marketplace_payout",
                 months=(max(0, (created.year - 2024) * 12 + created.month - 1), 21))
        # outflows: consolidation
        m0 = (max(0, (created.year - 2024) * 12 + created.month - 1), 21)
        dests = []
        if "withdrawal_bank" in shares:
            mule = ctx["mule"]
            dests.append((6, mule.bank, "bank", "bank_withdrawal"))
        if "crypto" in shares:
            dests.append((6, ctx["crypto"], "crypto", "crypto_withdrawal"))
        if not dests or rng.random() < 0.3:
            dests.append((3, p.bank, "bank", "bank_withdrawal"))
        if lone and rng.random() < 0.6:
            dests.append((3, L.crypto_dest(w), "crypto", "crypto_withdrawal"))
        L.withdrawals(w, sid, p, dests, rng.randint(4, 14), 1000, 7000, months=m0)
        if "collector_wallet" in shares:
            col = ctx["collector"]
            L.transfer(w, sid, p, col.sid, col, rng.randint(3, 10), 1500, 7000, months=m0)
        if "withdrawal_bank" in shares and rng.random() < 0.5:
            L.transfer(w, sid, p, ctx["mule"].sid, ctx["mule"], rng.randint(1, 4), 800, 4000, months=m0)
        if "card_address" in shares or rng.random() < 0.75:
            L.card_shipment(w, sid, card_addr, L.rand_time(w, 2024, 2025, 6))
        # the mailbox row
        if L.is_provider(p.email):
            rec = ""
            if "recovery_email" in shares:
                rec = ctx["hub"]
                traits.append("shared_recovery_mailbox")
            elif not careful and rng.random() < 0.3:
                rec = self.throwaway(t, *w.name("anglo")[:2])
            rp, rpt = "", ""
            if "recovery_phone" in shares:
                rp, rpt = ctx["rphone"]
                traits.append("shared_recovery_phone")
            elif rng.random() < 0.5:
                rp, rpt = p.phone, p.phone_type
            if "signup_ip" in shares:
                sip = ctx["signup_ip"]
                traits.append("shared_signup_ip")
            elif careful or lone:
                sip = own_proxy.ips[0]
            else:
                sip = rng_choice(w, t.burst_ip) if rng.random() < 0.5 else t.vpn.pick(rng)
            mcreated = self.burst_time(t) if not (careful or lone) else L.rand_time(w, 2024, 2025, 3)
            if not (careful or lone):
                traits.append("burst_created")
            msid = L.mailbox_row(w, p, primary, traits + ["mailbox_record"], True, recovery_email=rec, recovery_phone=rp,
                                 rp_type=rpt, signup_ip=sip, created=mcreated, birth=rng.choice([p.birth, "", "1990-01-01"]))
            w.sessions(msid, rng.randint(3, 12), nets, [(1, devices[0][1], devices[0][2])], tz, "mail.signin", hours=hours)
        return sid

    def ring_ctx(self, t, shares):
        w, rng = self.w, self.w.rng
        ph = w.phone("US", None, "voip")
        return {"phone": (w.e164(ph[0], "US"), ph[1]) if rng.random() < 0.5 else rng_choice(w, t.voips),
                "laptop": rng_choice(w, t.laptops), "handset": rng_choice(w, t.handsets), "face": rng_choice(w, t.faces),
                "hub": rng_choice(w, t.hubs), "rphone": rng_choice(w, t.voips), "signup_ip": rng_choice(w, t.burst_ip),
                "mule": rng_choice(w, t.mules), "crypto": rng_choice(w, t.crypto), "collector": t.collector,
                "fac": rng_choice(w, t.facilitators)}

    def run_team(self, idx):
        w, rng = self.w, self.w.rng
        t = self.team(idx)
        kinds = SHARE_KINDS if t.collector else [k for k in SHARE_KINDS if k != "collector_wallet"]
        n = rng.randint(17, 27)
        made = 0
        while made < n:
            r = rng.random()
            if r < 0.5:                                   # persona ring: 3-6 sharing 1-3 kinds
                size = rng.randint(3, 6)
                shares = rng.sample(kinds, rng.randint(1, 3))
                ctx = self.ring_ctx(t, shares)
                for _ in range(size):
                    self.persona(t, shares, "persona_ring", ["shares_" + s for s in shares], ctx=ctx)
                made += size
            elif r < 0.72:                                # careful ring: 2-3 sharing exactly one kind
                size = rng.randint(2, 3)
                s = rng.choice(kinds)
                ctx = self.ring_ctx(t, [s])
                for _ in range(size):
                    self.persona(t, [s], "careful_ring", ["shares_only_" + s], careful=True, ctx=ctx)
                made += size
            elif r < 0.85:                                # split ring: across marketplaces, one tie
                size = rng.randint(2, 4)
                s = rng.choice([k for k in ["crypto", "collector_wallet", "withdrawal_bank"] if k in kinds])
                ctx = self.ring_ctx(t, [s])
                markets = rng.sample(D.DEV_MARKETPLACES, size)
                for m in markets:
                    self.persona(t, [s], "split_ring", ["split_across_marketplaces", "shares_only_" + s], ctx=ctx, market=m)
                made += size
            else:                                         # lone persona
                self.persona(t, [], "lone_persona", ["few_traits"], lone=True, ctx={})
                made += 1
        # personas' money reaching mules / facilitators directly
        for fac in t.facilitators:
            if t.collector:
                L.transfer(w, t.collector.sid, t.collector, fac.sid, fac, rng.randint(2, 6), 300, 1500, rail="wallet_transfer", months=(8, 21))
        # throwaway mailboxes created in the same bursts but never tied to a wallet
        for _ in range(rng.randint(3, 9)):
            f, l, full = w.name(rng.choice(PERSONA_ORIGINS))
            email = self.throwaway(t, f, l)
            p = L.Person(full=full, cc="US", birth="", email=email)
            rp, rpt = rng_choice(w, t.voips) if rng.random() < 0.4 else ("", "")
            sid = L.mailbox_row(w, p, "burst_mailbox", ["mailbox_record", "burst_created", "throwaway_mailbox"], True,
                                recovery_email=rng_choice(w, t.hubs) if rng.random() < 0.7 else "", recovery_phone=rp, rp_type=rpt,
                                signup_ip=rng_choice(w, t.burst_ip), created=self.burst_time(t), birth=rng.choice(["", "1990-01-01", "1995-03-15"]))
            w.sessions(sid, rng.randint(1, 6), [(3, t.vpn)] + [(1, v) for v in t.vps], [(1, d, u) for d, u in t.laptops],
                       t.base_tz if t.night else -5, "mail.signin", hours=(9, 19))


def rng_choice(w, seq):
    return seq[w.rng.randrange(len(seq))]
