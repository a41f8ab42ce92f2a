"""Honest Hanbit staff, contractors and applicants. Each maker adds rows and returns how many."""
from . import data as D
from .infra import DAY, T0, T1, World
from .lives import Laptop, bank_dest, ua_for, wallet_dest
from .people import new_person, work

US_TZ = {"Los Angeles": "America/Los_Angeles", "Irvine": "America/Los_Angeles", "Fullerton": "America/Los_Angeles"}


def _row_kind(r, emp=0.55, con=0.37):
    x = r.random()
    return "employee" if x < emp else ("contractor" if x < emp + con else "applicant")


def _trip(w, r, to_city, n_places=2):
    """A visit home / business trip: sign-ins from there for 1-4 weeks."""
    a = T0 + r.randrange(T1 - T0 - 40 * DAY)
    b = a + r.randint(7, 30) * DAY
    tp = [w.home_place(to_city)] + [w.mobile_place(to_city) for _ in range(n_places - 1)]
    return (a, b, D.CITIES[to_city][2], tp)


def _sub(sink, p, kind, traits):
    sink.add_subject(p.s, False, kind, traits)
    sink.last_person = p
    return 1


def _common_traits(w, p, traits):
    r = w.r
    if p.s["photo"] and p.face is None:
        traits.append("default_avatar")
    if p.template in ("kr", "jp", "canva"):
        traits.append("resume_template")
    if p.s["phone_line_type"] in ("voip", "nonFixedVoip", "fixedVoip") or p.phone_kind in ("kr070", "gvoice", "jp050"):
        traits.append("voip_phone")
    return traits


def korean_staff(w, m, sink, remote):
    """Seoul HQ / Pangyo staff (hybrid) or Korea-based remote staff and contractors."""
    r = w.r
    rk = _row_kind(r, 0.8, 0.12) if not remote else _row_kind(r, 0.45, 0.47)
    origin = r.choices(["ko", "ko_am", "en", "ja", "zh"], [90, 4, 3, 2, 1])[0]
    city = r.choice(["Seoul", "Seoul", "Seongnam", "Seongnam"] if not remote else ["Seoul", "Incheon", "Busan", "Suwon", "Daejeon", "Seongnam"])
    phone_kind = "kr070" if r.random() < (0.12 if remote else 0.05) else "mobile"
    p = new_person(w, m, origin=origin, city=city, row_kind=rk, phone_country="KR", phone_kind=phone_kind,
                   location="Remote (KR)" if remote else r.choice(["Seoul HQ", "Pangyo Studio"]),
                   employer=r.choice(D.EMPLOYERS[:2]))
    traits = ["korean_keyboard", "kst_hours"]
    trips = []
    if r.random() < 0.12:
        dest = r.choice(["Irvine", "Tokyo", "Los Angeles", "Singapore", "San Jose"])
        trips.append(_trip(w, r, dest))
        traits.append("traveller")
    vpn = r.random() < 0.07
    if vpn:
        traits.append("vpn_user")
    office = None if remote else p.s["work_location"].replace("Pangyo Studio", "Pangyo Studio")
    pattern = "split" if r.random() < 0.15 else "day"
    if pattern == "split":
        traits.append("late_evening_worker")
    work(w, m, sink, p, office=office, office_w=0 if remote else 55, home_w=70 if remote else 30, mobile_w=15,
         vpn_w=8 if vpn else 0, trips=trips, pattern=pattern,
         keyboards=["ko-KR", "en-US"] if r.random() < 0.9 else ["ko-KR"],
         ship_to=(None if remote else D.OFFICES[office][1] if r.random() < 0.7 else None))
    return _sub(sink, p, "korea_remote" if remote else "seoul_hq_staff", _common_traits(w, p, traits))


def japan_staff(w, m, sink, remote):
    r = w.r
    rk = _row_kind(r, 0.75, 0.17) if not remote else _row_kind(r, 0.45, 0.47)
    origin = r.choices(["ja", "ko", "en", "zh"], [78, 16, 4, 2])[0]  # zainichi Koreans, Korean expats
    city = r.choice(["Tokyo", "Tokyo", "Osaka"] if not remote else ["Tokyo", "Yokohama", "Fukuoka", "Nagoya", "Osaka"])
    phone_kind = "jp050" if r.random() < 0.06 else "mobile"
    office = "Tokyo HQ" if city != "Osaka" else "Osaka Studio"
    p = new_person(w, m, origin=origin, city=city, row_kind=rk, phone_country="JP", phone_kind=phone_kind,
                   location="Remote (JP)" if remote else office, employer=r.choice(["Hanbit Japan KK", "Hanbit Games Co., Ltd."]),
                   mail=D.MAIL_JA if origin != "ko" or r.random() < 0.5 else D.MAIL_KO)
    traits = ["utc9_hours"]
    kb = ["ja-JP", "en-US"]
    if origin == "ko":
        kb = ["ko-KR", "ja-JP", "en-US"]
        traits.append("korean_keyboard")
    trips = []
    if r.random() < 0.12:
        trips.append(_trip(w, r, r.choice(["Seoul", "Irvine", "Los Angeles", "Singapore"])))
        traits.append("traveller")
    work(w, m, sink, p, office=None if remote else office, office_w=0 if remote else 55, home_w=70 if remote else 30,
         trips=trips, keyboards=kb, ship_to=None if remote else (D.OFFICES[office][1] if r.random() < 0.6 else None))
    return _sub(sink, p, "japan_remote" if remote else "tokyo_office_staff", _common_traits(w, p, traits))


def korean_american(w, m, sink, base_kind="korean_american", person_kw=None):
    """Korean-Americans and Korean immigrants in the US: Korean keyboards, Seoul-overlap hours, visits home."""
    r = w.r
    rk = _row_kind(r, 0.5, 0.4)
    origin = r.choices(["ko_am", "ko"], [70, 30])[0]
    city = r.choice(D.KR_US_CITIES)
    keep_kr = r.random() < 0.12  # still gives the Korean mobile number
    kw = dict(origin=origin, city=city, row_kind=rk, phone_country="KR" if keep_kr else "US",
              phone_kind="gvoice" if (not keep_kr and r.random() < 0.06) else "mobile", claimed="US",
              mail=["gmail.com"] * 4 + ["naver.com", "daum.net", "yahoo.com", "icloud.com"],
              location="Remote (US)" if r.random() < 0.8 else "Irvine Office", employer=r.choice(D.EMPLOYERS))
    kw.update(person_kw or {})
    p = new_person(w, m, **kw)
    traits = []
    if keep_kr:
        traits.append("korean_phone_abroad")
    kb = ["en-US"]
    if r.random() < 0.5:
        kb = ["en-US", "ko-KR"]
        traits.append("korean_keyboard")
    tzs = [p.tz_name]
    if r.random() < 0.1:
        tzs.append("Asia/Seoul")  # left on Seoul time after a visit
        traits.append("seoul_timezone_abroad")
    pattern = "day"
    if r.random() < 0.35:
        pattern = "overlap"
        traits.append("kst_overlap_hours")
    trips = []
    if r.random() < 0.35:
        trips.append(_trip(w, r, r.choice(["Seoul", "Seoul", "Busan", "Seongnam", "Incheon"]), 3))
        traits.append("traveller")
        traits.append("signs_in_from_korea")
    payout = None
    if rk == "contractor" and r.random() < 0.1:
        payout = [(0,) + bank_dest(w, "KR")]
        traits.append("korean_bank_abroad")
    vpn = r.random() < 0.08
    if vpn:
        traits.append("vpn_user")
    work(w, m, sink, p, office="Irvine Office" if p.s["work_location"] == "Irvine Office" else None,
         office_w=40 if p.s["work_location"] == "Irvine Office" else 0, trips=trips, keyboards=kb, tzs=tzs,
         pattern=pattern, payout=payout, vpn_w=10 if vpn else 0)
    return _sub(sink, p, base_kind, _common_traits(w, p, traits))


def diaspora(w, m, sink, japanese):
    r = w.r
    rk = _row_kind(r, 0.4, 0.45)
    if japanese:
        origin = "ja"
        city = r.choice(["Los Angeles", "Seattle", "New York", "Honolulu", "Vancouver", "Toronto", "Sydney", "London", "Singapore"])
    else:
        origin = r.choices(["ko", "ko_am"], [60, 40])[0]
        city = r.choice(["Toronto", "Vancouver", "Sydney", "Melbourne", "Berlin", "Frankfurt", "London", "Singapore",
                         "Ho Chi Minh City", "Hanoi", "Shanghai", "Beijing", "Manila", "Paris", "Amsterdam"])
    country = D.CITIES[city][0]
    p = new_person(w, m, origin=origin, city=city, row_kind=rk,
                   mail=(D.MAIL_JA if japanese else D.MAIL_KO) if r.random() < 0.5 else D.MAIL_OTHER,
                   phone_country=country if r.random() < 0.85 else ("JP" if japanese else "KR"),
                   location=f"Remote ({country})")
    traits = ["heritage_keyboard"]
    kb = [D.KEYBOARD.get(country, "en-US"), "ja-JP" if japanese else "ko-KR"]
    if not japanese:
        traits.append("korean_keyboard")
    pattern = r.choice(["day", "overlap", "split"]) if country not in ("CN", "VN", "SG", "AU", "PH") else "day"
    if pattern != "day":
        traits.append("kst_overlap_hours")
    astrill = country == "CN" and r.random() < 0.55
    vpn = (country == "CN" and not astrill) or r.random() < 0.07
    if astrill:
        traits.append("astrill_vpn")
    if vpn:
        traits.append("vpn_user")
    trips = []
    if r.random() < 0.25:
        trips.append(_trip(w, r, "Tokyo" if japanese else r.choice(["Seoul", "Busan"])))
        traits.append("traveller")
    work(w, m, sink, p, keyboards=kb, pattern=pattern, astrill_w=40 if astrill else 0, vpn_w=30 if vpn else 0,
         trips=trips, home_w=30 if (astrill or vpn) and country == "CN" else 60)
    return _sub(sink, p, "japanese_diaspora" if japanese else "korean_diaspora", _common_traits(w, p, traits))


def us_remote(w, m, sink, base_kind="us_remote", person_kw=None):
    r = w.r
    rk = _row_kind(r, 0.45, 0.45)
    origin = r.choices(["en", "zh", "in", "vi", "eu", "ja", "ph"], [76, 6, 6, 4, 3, 3, 2])[0]
    city = r.choice(D.US_CITIES)
    gv = r.random() < 0.06
    kw = dict(origin=origin, city=city, row_kind=rk, claimed="US", phone_country="US",
              phone_kind="gvoice" if gv else "mobile", location="Remote (US)")
    kw.update(person_kw or {})
    p = new_person(w, m, **kw)
    traits = []
    vpn = r.random() < 0.1
    if vpn:
        traits.append("vpn_user")
    pattern = "day"
    if r.random() < 0.12:
        pattern = "overlap"
        traits.append("kst_overlap_hours")
    trips = []
    if r.random() < 0.1:
        trips.append(_trip(w, r, r.choice(["Seoul", "Tokyo", "Irvine", "London"])))
        traits.append("traveller")
    usb = []
    if r.random() < 0.01:
        usb = [r.choice(D.USB_IPKVM)]
        traits.append("homelab_ipkvm")
    procs = []
    if r.random() < 0.05:
        procs = [r.choice(["remoting_host.exe", "AnyDesk.exe", "Parsec"])]
        traits.append("remote_desktop_tool")
    work(w, m, sink, p, vpn_w=25 if vpn else 0, pattern=pattern, trips=trips, usb=usb, procs=procs,
         ports=["3389/tcp"] if r.random() < 0.03 else [])
    return _sub(sink, p, base_kind, _common_traits(w, p, traits))


def global_remote(w, m, sink):
    r = w.r
    rk = _row_kind(r, 0.35, 0.55)
    city = r.choice(["London", "Berlin", "Paris", "Amsterdam", "Warsaw", "Bengaluru", "Manila", "Hanoi",
                     "Ho Chi Minh City", "Sao Paulo", "Taipei", "Toronto", "Vancouver", "Sydney", "Singapore"])
    country = D.CITIES[city][0]
    origin = {"GB": "en", "DE": "eu", "FR": "eu", "NL": "eu", "PL": "eu", "IN": "in", "PH": "ph", "VN": "vi",
              "BR": "eu", "TW": "zh", "CA": "en", "AU": "en", "SG": "zh"}[country]
    p = new_person(w, m, origin=origin, city=city, row_kind=rk, location=f"Remote ({country})")
    traits = []
    vpn = r.random() < 0.1
    if vpn:
        traits.append("vpn_user")
    pattern = "overlap" if r.random() < 0.25 else "day"
    if pattern == "overlap":
        traits.append("kst_overlap_hours")
    work(w, m, sink, p, vpn_w=25 if vpn else 0, pattern=pattern, mobile_w=30 if country in ("PH", "IN", "VN") else 12)
    return _sub(sink, p, "global_remote", _common_traits(w, p, traits))


def family(w, m, sink):
    """2-4 relatives who all work for or applied to Hanbit: one home, one home network, often a family PC."""
    r = w.r
    where = r.choices(["KR", "US", "JP", "CA"], [40, 38, 14, 8])[0]
    city = {"KR": r.choice(["Seoul", "Seongnam", "Busan"]), "US": r.choice(D.KR_US_CITIES), "JP": r.choice(["Tokyo", "Osaka"]),
            "CA": r.choice(["Toronto", "Vancouver"])}[where]
    origin = {"KR": "ko", "US": "ko_am", "JP": "ja", "CA": "ko_am"}[where]
    if where == "JP" and r.random() < 0.3:
        origin = "ko"
    canon_first, last, canon = w.name(origin)
    _, spells = next(x for x in D.KO_SURNAMES if x[0] == canon) if origin in ("ko", "ko_am") else (None, [last])
    address = w.address(city)
    home = w.home_place(city)
    gateway = w.mac()
    ssid = r.choice(["iptime", "KT_GiGA_5G_", "Kim_family", "NETGEAR", "Buffalo-A-", "HOME-"]) + w.hex(4)
    fam_pc = (f"web-{w.hex(12)}", ua_for(w, "win")) if r.random() < 0.4 else None
    joint = (0,) + bank_dest(w, where) if r.random() < 0.4 else None
    k = r.choice([2, 2, 2, 3, 3, 4])
    n = 0
    for i in range(k):
        rel = "spouse" if i == 1 else ("child" if i >= 2 else "parent")
        if rel == "spouse" and origin == "ko":
            f2, l2, c2 = w.name("ko")  # married Korean women keep their own surname
        else:
            f2, _, _ = w.name(origin)
            l2, c2 = r.choice(spells), canon
        rk = _row_kind(r, 0.45, 0.4)
        p = new_person(w, m, origin=origin, city=city, row_kind=rk, first=f2, last=l2, canon=c2,
                       address=address if r.random() < 0.5 else World.address_variant(r, address),
                       birth=None if rel != "child" else f"{r.randint(1996, 2004)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                       location=f"Remote ({where})", claimed=where)
        traits = ["shared_home", "family_member"]
        if fam_pc:
            traits.append("shared_family_pc")
        payout = None
        if joint and rk == "contractor":
            payout = [joint]
            traits.append("joint_account")
        kb = [D.KEYBOARD[where]] + (["ko-KR"] if origin in ("ko", "ko_am") and where != "KR" and r.random() < 0.6 else [])
        if where == "KR":
            kb = ["ko-KR", "en-US"]
        if "ko-KR" in kb:
            traits.append("korean_keyboard")
        work(w, m, sink, p, home=home, home_w=75, gateway=gateway, ssid=ssid, family_pc=fam_pc, payout=payout,
             keyboards=kb, pattern="overlap" if where in ("US", "CA") and r.random() < 0.3 else "day")
        n += _sub(sink, p, "family_household", _common_traits(w, p, traits))
    return n


def msp_contractors(w, m, sink):
    """An agency's contractors: laptops to the agency office, its office line, its payroll account, its IT's tools."""
    r = w.r
    name, domain, city, office_addr = r.choice(D.AGENCIES)
    key = ("agency", name, w.r.randint(0, max(0, w.n // 20000)))
    ag = w.pools.get(key)
    if ag is None:
        country = D.CITIES[city][0]
        ag = {"place": [w.home_place(city) for _ in range(2)], "gw": w.mac(), "ssid": f"{name.split()[0].upper()}-CORP",
              "pay": (0,) + bank_dest(w, country), "tool": r.choice(["TeamViewer.exe", "AnyDesk.exe", "ScreenConnect.ClientService.exe"]),
              "it": f"it-{domain.split('.')[0]}-01"}
        w.pools[key] = ag
    country = D.CITIES[city][0]
    origin = {"KR": "ko", "JP": "ja", "US": "en", "PH": "ph", "VN": "vi", "CN": "zh", "CA": "en"}[country]
    if country == "CN" and r.random() < 0.5:
        origin = "ko"  # Korean-Chinese (Joseonjok) artists in Shenyang
    k = r.randint(3, 8)
    n = 0
    for _ in range(k):
        p = new_person(w, m, origin=origin, city=city, row_kind="contractor" if r.random() < 0.9 else "applicant",
                       mail=[domain] if r.random() < 0.6 else None, employer=f"{r.choice(D.EMPLOYERS[:3])} (via {name})",
                       location=f"Agency ({name})", dept=r.choice(["QA", "Localization", "Art", "Live Ops", "Customer Support"]))
        traits = ["agency_office"]
        pay_shared = r.random() < 0.7
        if pay_shared:
            traits.append("agency_payroll_account")
        ast = country == "CN" and r.random() < 0.5
        if ast:
            traits.append("astrill_vpn")
        kb = [D.KEYBOARD.get(country, "en-US"), "en-US"] + (["ko-KR"] if origin == "ko" and country != "KR" else [])
        work(w, m, sink, p, home_w=30, extra_places=[(55, r.choice(ag["place"]))], astrill_w=20 if ast else 0,
             gateway=ag["gw"] if r.random() < 0.7 else None, ssid=ag["ssid"] if r.random() < 0.7 else None,
             procs=[ag["tool"]], remote=[(ag["it"], r.uniform(0.01, 0.3))], ship_to=office_addr if r.random() < 0.8 else None,
             requested_by=f"agency:{domain}", payout=[ag["pay"]] if pay_shared else None, provider=name,
             keyboards=kb, helpdesk=False)
        traits.append("agency_remote_tool")
        n += _sub(sink, p, "msp_contractor", _common_traits(w, p, traits))
    return n


def coworking(w, m, sink):
    r = w.r
    space, city, addr = r.choice(D.COWORKING)
    cw = w.pool(("cowork", space), 1, lambda: {"place": [w.home_place(city) for _ in range(2)], "gw": w.mac(),
                                               "ssid": space.replace(" ", "_")})[0]
    country = D.CITIES[city][0]
    origin = {"KR": "ko", "JP": "ja", "US": r.choice(["ko_am", "en"]), "CA": r.choice(["ko_am", "en"]), "SG": "zh"}[country]
    p = new_person(w, m, origin=origin, city=city, row_kind=_row_kind(r, 0.3, 0.65), location=f"Coworking ({space})",
                   address=None if r.random() < 0.85 else addr + f", Desk {r.randint(1, 300)}")
    traits = ["coworking_network"]
    if p.s["address"].startswith(addr[:10]):
        traits.append("coworking_address")
    work(w, m, sink, p, home_w=25, extra_places=[(60, r.choice(cw["place"]))], gateway=cw["gw"], ssid=cw["ssid"],
         keyboards=[D.KEYBOARD.get(country, "en-US")] + (["ko-KR"] if origin in ("ko", "ko_am") and country != "KR" else []))
    return _sub(sink, p, "coworking_member", _common_traits(w, p, traits))


def liveops_night(w, m, sink):
    """Live-ops / customer-support night shifts: US staff on Seoul's day, Seoul staff on US evenings."""
    r = w.r
    city = r.choice(["Seoul", "Seoul", "Manila", "Los Angeles", "Irvine", "Dallas", "Tokyo"])
    country = D.CITIES[city][0]
    origin = {"KR": "ko", "PH": "ph", "US": r.choice(["ko_am", "en", "en"]), "JP": "ja"}[country]
    p = new_person(w, m, origin=origin, city=city, row_kind=_row_kind(r, 0.5, 0.45), dept="Live Ops",
                   location=f"Remote ({country})" if country != "KR" else "Seoul HQ")
    traits = ["night_shift"]
    if country == "US":
        traits.append("kst_daytime_hours")
    kb = [D.KEYBOARD.get(country, "en-US")] + (["ko-KR"] if origin in ("ko", "ko_am") and country != "KR" and r.random() < 0.5 else [])
    work(w, m, sink, p, pattern="night", keyboards=kb, mobile_w=20, office="Seoul HQ" if country == "KR" else None,
         office_w=40 if country == "KR" else 0, n=r.randint(10, 22))
    return _sub(sink, p, "night_shift_liveops", _common_traits(w, p, traits))


def reapplicant(w, m, sink):
    """One person, two rows: an earlier application and the later hire (or a rehire as contractor)."""
    r = w.r
    origin = r.choices(["ko", "ko_am", "ja", "en"], [40, 20, 20, 20])[0]
    city = {"ko": r.choice(["Seoul", "Busan", "Seongnam"]), "ko_am": r.choice(D.KR_US_CITIES), "ja": r.choice(["Tokyo", "Osaka"]),
            "en": r.choice(D.US_CITIES)}[origin]
    a = new_person(w, m, origin=origin, city=city, row_kind="applicant", photo="own", resume=True,
                   created=T0 - r.randint(100, 600) * DAY)
    a.s["status"] = r.choice(["rejected", "withdrawn"])
    first, last = a.first, a.last
    traits = ["same_person_two_rows"]
    if origin in ("ko", "ko_am") and r.random() < 0.35:
        spells = next(x for x in D.KO_SURNAMES if x[0] == a.canon)[1]
        last = r.choice(spells)
        first = first.replace("-", "") if r.random() < 0.5 else first
        traits.append("romanisation_changed")
    new_mail = r.random() < 0.5
    b = new_person(w, m, origin=origin, city=city, row_kind=r.choice(["employee", "contractor"]), first=first,
                   last=last, canon=a.canon, birth=a.birth, nid=a.nid, photo="none", resume=r.random() < 0.5)
    b.face = a.face
    b.s["photo"] = m.photo(a.face, jpeg=r.random() < 0.5) if r.random() < 0.8 else a.photo
    if not new_mail:
        b.s["email"] = a.email
    else:
        traits.append("new_email")
    if r.random() < 0.6:
        b.s["phone"] = a.phone
        b.s["phone_line_type"] = a.s["phone_line_type"]
    if r.random() < 0.4:
        b.s["address"] = World.address_variant(r, a.address)
    elif r.random() < 0.5:
        traits.append("moved")
    work(w, m, sink, b, keyboards=None)
    n = _sub(sink, a, "reapplicant", _common_traits(w, a, list(traits)))
    return n + _sub(sink, b, "reapplicant", _common_traits(w, b, list(traits)))


def china_staff(w, m, sink):
    """Staff and partner contractors in China (many Korean-Chinese in Shenyang/Yanji): Astrill or a VPN to reach Okta."""
    r = w.r
    city = r.choice(["Shenyang", "Shenyang", "Yanji", "Shanghai", "Beijing"])
    origin = "ko" if city in ("Shenyang", "Yanji") and r.random() < 0.7 else r.choice(["zh", "zh", "ko", "en"])
    p = new_person(w, m, origin=origin, city=city, row_kind=_row_kind(r, 0.3, 0.6), location="Remote (CN)",
                   mail=["qq.com", "163.com", "gmail.com", "naver.com", "outlook.com"])
    traits = ["astrill_vpn", "china_network"]
    kb = ["zh-CN", "en-US"] + (["ko-KR"] if origin == "ko" else [])
    if origin == "ko":
        traits.append("korean_keyboard")
    work(w, m, sink, p, astrill_w=50, vpn_w=15, home_w=25, mobile_w=10, keyboards=kb,
         procs=["Astrill.exe"] if r.random() < 0.6 else [], corp_vpn_w=10)
    return _sub(sink, p, "china_based_staff", _common_traits(w, p, traits))


def mover(w, m, sink):
    """Moved between countries (Seoul<->LA, Tokyo->Seattle, US->Seoul) or changed surname at marriage."""
    r = w.r
    kind = r.choice(["kr_to_us", "us_to_kr", "jp_to_us", "name_change"])
    if kind == "kr_to_us":
        old, new, origin = r.choice(["Seoul", "Seongnam"]), r.choice(D.KR_US_CITIES), "ko"
    elif kind == "us_to_kr":
        old, new, origin = r.choice(D.KR_US_CITIES), "Seoul", "ko_am"
    elif kind == "jp_to_us":
        old, new, origin = "Tokyo", r.choice(["Seattle", "Los Angeles", "San Jose"]), "ja"
    else:
        old = new = r.choice(D.US_CITIES + ["Seoul", "Toronto"])
        origin = "en" if D.CITIES[new][0] != "KR" else "ko"
    p = new_person(w, m, origin=origin, city=new, row_kind=_row_kind(r, 0.55, 0.4), created=T0 - r.randint(200, 1500) * DAY,
                   phone_country=D.CITIES[old][0] if r.random() < 0.4 else D.CITIES[new][0])
    traits = []
    if kind == "name_change" and origin == "en":
        old_last = r.choice(D.EN_LAST)
        p.s["legal_name_local"] = f"{p.first} {old_last}"
        traits.append("name_change")
    moved_at = T0 + r.randrange(60 * DAY, 220 * DAY)
    trips = []
    if old != new:
        traits.append("moved_country")
        trips.append((T0, moved_at, D.CITIES[old][2], [w.home_place(old), w.mobile_place(old)]))
    old_addr = w.address(old)
    kb = ["en-US"] + (["ko-KR"] if origin in ("ko", "ko_am") else []) + (["ja-JP"] if origin == "ja" else [])
    work(w, m, sink, p, trips=trips, keyboards=kb, tzs=list(dict.fromkeys([D.CITIES[old][1], p.tz_name])),
         ship_to=old_addr)
    return _sub(sink, p, "mover", _common_traits(w, p, traits))


def applicant(w, m, sink):
    r = w.r
    origin = r.choices(["ko", "ko_am", "ja", "en", "zh", "in", "vi", "eu", "ph"], [28, 12, 15, 25, 5, 5, 4, 4, 2])[0]
    city = {"ko": r.choice(["Seoul", "Busan", "Seongnam", "Incheon", "Toronto", "Sydney"]), "ko_am": r.choice(D.KR_US_CITIES),
            "ja": r.choice(["Tokyo", "Osaka", "Fukuoka", "Los Angeles"]), "en": r.choice(D.US_CITIES + ["London", "Toronto"]),
            "zh": r.choice(["Shanghai", "Taipei", "San Jose", "Singapore"]), "in": r.choice(["Bengaluru", "Dallas"]),
            "vi": r.choice(["Hanoi", "Ho Chi Minh City"]), "eu": r.choice(["Berlin", "Warsaw", "Paris"]),
            "ph": "Manila"}[origin]
    p = new_person(w, m, origin=origin, city=city, row_kind="applicant")
    return _sub(sink, p, "applicant", _common_traits(w, p, []))


MAKERS = [  # (kind, weight of rows, maker, mean rows per call)
    ("seoul_hq_staff", 12, lambda w, m, s: korean_staff(w, m, s, False), 1),
    ("korea_remote", 9, lambda w, m, s: korean_staff(w, m, s, True), 1),
    ("tokyo_office_staff", 7, lambda w, m, s: japan_staff(w, m, s, False), 1),
    ("japan_remote", 5, lambda w, m, s: japan_staff(w, m, s, True), 1),
    ("korean_american", 10, lambda w, m, s: korean_american(w, m, s), 1),
    ("korean_diaspora", 6, lambda w, m, s: diaspora(w, m, s, False), 1),
    ("japanese_diaspora", 3, lambda w, m, s: diaspora(w, m, s, True), 1),
    ("us_remote", 11, lambda w, m, s: us_remote(w, m, s), 1),
    ("global_remote", 7, global_remote, 1),
    ("family_household", 5, family, 2.67),
    ("msp_contractor", 5, msp_contractors, 5.5),
    ("coworking_member", 2, coworking, 1),
    ("night_shift_liveops", 3, liveops_night, 1),
    ("reapplicant", 3, reapplicant, 2),
    ("china_based_staff", 2, china_staff, 1),
    ("mover", 2, mover, 1),
    ("applicant", 8, applicant, 1),
]
