"""The rows each pooled source exports: Boxpoint customers, partner employers' ATS and HRIS, freelance platforms."""
from . import data as D
from .infra import DAY, T0, T1
from .lives import fmt_home, nat_id, sign_ins

SUBJECT_COLUMNS = ["id", "kind", "full_name", "email", "phone", "address", "country", "birth_date", "national_id", "photo",
                   "resume", "profiles", "employer", "created_at", "recovery_email", "recovery_phone", "signup_ip",
                   "phone_line_type", "recovery_phone_line_type",
                   "boxpoint_source", "boxpoint_record", "boxpoint_plan", "boxpoint_location", "boxpoint_suite", "boxpoint_company",
                   "boxpoint_form1583", "boxpoint_id_type", "boxpoint_home_address", "boxpoint_status", "boxpoint_previous_name",
                   "boxpoint_phone_carrier", "boxpoint_partner", "boxpoint_job_title", "boxpoint_stage", "boxpoint_workplace",
                   "boxpoint_worker_type", "boxpoint_start_date", "boxpoint_work_email", "boxpoint_platform_title",
                   "boxpoint_hourly_rate", "boxpoint_jobs_completed", "boxpoint_rating", "boxpoint_payout_method",
                   "boxpoint_agency", "boxpoint_id_verified", "boxpoint_forwarding_country"]


def blank(sid, kind):
    row = {c: "" for c in SUBJECT_COLUMNS}
    row["id"], row["kind"] = sid, kind
    return row


def line_type(w, ph, scheme):
    """What the source's carrier lookup says of a number, spelled the vendor's way."""
    if ph is None or scheme is None:
        return ""
    lt = ph.line
    if scheme == "twilio":
        if lt == "voip":
            return "nonFixedVoip" if w.r.random() < 0.8 else "fixedVoip"
        if lt == "bizvoip":
            return w.pick(["fixedVoip", "nonFixedVoip", "voip"])
        return {"mobile": "mobile", "landline": "landline", "tollfree": "tollFree"}.get(lt, "")
    if scheme == "telesign":
        return {"mobile": "MOBILE", "landline": "FIXED_LINE", "voip": "VOIP", "bizvoip": "VOIP", "tollfree": "TOLL_FREE"}.get(lt, "")
    return ""


def photo(w, sid, spec, ext="jpg"):
    rel = f"photos/{sid}.{ext}"
    w.photo_jobs.append((rel, spec))
    return rel


def resume_cell(w, sid, text, mode, author=""):
    if mode == "inline":
        return text
    rel = f"resumes/{sid}.{mode}"
    w.resume_jobs.append((rel, mode, text, author))
    return rel


def profiles_of(w, p, n=None):
    out = []
    if p.linkedin:
        out.append(p.linkedin)
    if p.github and (n is None or w.r.random() < 0.8):
        out.append(p.github)
    if getattr(p, "portfolio", None):
        out.append(p.portfolio)
    return ";".join(out)


# ============================================================================================ Boxpoint


def bx_row(w, bx, p, mb, record, t_created, tokens, *, email=None, phone=None, name=None, country=None, face=True,
           recovery_email=None, recovery_phone=None, signup=None, status="active", n_logins=None, login_nets=None,
           login_devices=None, clock=None, charges=True, card=None, id_doc=None, dob=None, home=None, extra=None, photo_spec=None):
    r = w.r
    sid = w.newid("bx_", 10)
    row = blank(sid, "account")
    row["full_name"] = name or w.display_name(p, r.choices(["plain", "middle_initial", "middle", "upper"], [60, 20, 12, 8])[0])
    ph = phone if phone is not None else p.phone
    row["email"] = w.email_variant(email or p.email)
    row["phone"] = w.fmt_phone(ph, country if country is not None else p.country)
    row["phone_line_type"] = line_type(w, ph, "twilio") if r.random() < 0.9 else ""
    row["address"] = bx.address(mb)
    row["country"] = country if country is not None else p.country
    doc = id_doc or p.id_doc
    if r.random() < 0.93:
        row["birth_date"] = w.date_of(dob if dob is not None else p.dob)
    if doc and r.random() < 0.9:
        row["national_id"] = nat_id(w, doc[1])
    if face and r.random() < 0.72:
        spec = photo_spec or {"face": p.photo_face, "bg": "notary", "size": 180, "q": 82, "edit": getattr(p, "photo_edit", None)}
        row["photo"] = photo(w, sid, spec)
    row["created_at"] = t_created
    if recovery_email is None:
        recovery_email = p.recovery_email
    if recovery_email:
        row["recovery_email"] = recovery_email
    if recovery_phone is None:
        recovery_phone = p.recovery_phone
    if recovery_phone:
        row["recovery_phone"] = w.fmt_phone(recovery_phone, row["country"])
        row["recovery_phone_line_type"] = line_type(w, recovery_phone, "twilio")
    if signup is not None and t_created > w.epoch(2021, 6, 1):
        row["signup_ip"] = signup.ip
    row["boxpoint_source"] = "boxpoint"
    row["boxpoint_record"] = record
    row["boxpoint_plan"] = mb.plan
    row["boxpoint_location"] = mb.loc[0]
    row["boxpoint_suite"] = mb.box or (mb.shared_suite or "")
    row["boxpoint_company"] = (mb.company or "") if mb.company else ""
    row["boxpoint_form1583"] = r.choices(["notarized_online", "notarized_in_store", "pending", "rejected_resubmitted"], [62, 30, 4, 4])[0]
    row["boxpoint_id_type"] = doc[0] if doc else ""
    row["boxpoint_home_address"] = home if home is not None else fmt_home(w, p)
    if status == "active":
        status = w.wpick([("active", 88), ("closed", 5), ("past_due", 3), ("hold_1583_review", 2), ("suspended", 2)])
    row["boxpoint_status"] = status
    row["boxpoint_phone_carrier"] = (ph.carrier or "") if ph is not None and r.random() < 0.8 else ""
    if p.prev_name:
        row["boxpoint_previous_name"] = p.prev_name
    if extra:
        row.update(extra)
    w.add_subject(row, p.fraud, tokens)
    p.rows.append(sid)
    # portal and app sign-ins
    n = n_logins if n_logins is not None else r.randint(3, 30)
    sign_ins(w, p, sid, "boxpoint", "bx", n, max(t_created, T0), T1, app="bx", devices=login_devices, nets=login_nets, clock=clock,
             events=["portal.login", "portal.login", "app.login", "mail.scan.view", "forward.request"], fail=0.05)
    if charges:
        bx_charges(w, sid, mb, t_created, card or p.card)
    return sid


PLAN_PRICE = {"mailbox_basic": 14.99, "mailbox_premium": 29.99, "reshipping": 9.99, "virtual_office": 59.0, "business": 99.0,
              "rv_mail": 19.99}


def bx_charges(w, sid, mb, t_created, card):
    r = w.r
    price = PLAN_PRICE.get(mb.plan, 19.99)
    annual = r.random() < 0.3
    step = 365 * DAY if annual else (90 * DAY if r.random() < 0.3 else 30 * DAY)
    t = t_created
    while t < T0 - step:
        t += step
    k = 0
    while t < T1 and k < 14:
        if t >= T0:
            method, dest = ("bank", card)
            if isinstance(card, tuple):
                method, dest = card
            amt = round(price * step / (30 * DAY) * (0.85 if annual else 1.0), 2)
            w.add_payment(sid, t, amt, "USD", method, dest, "charge", "boxpoint_billing", {"boxpoint_memo": "plan " + mb.plan})
        t += step
        k += 1


def bx_package(w, sid, t, sender, addressee, on_1583, address, contents="laptop computer", forward_to=None, forward_country="",
               forward_addr=None, kind="inbound_package"):
    """Boxpoint's receiving log of an equipment package, and its forwarding leg if any."""
    r = w.r
    carrier = w.pick(["UPS", "FedEx", "USPS", "FedEx", "UPS", "DHL Express"])
    from .lives import tracking
    w.add_shipment(sid, t, tracking(w, carrier), address, {"boxpoint_source": "boxpoint", "boxpoint_ship_type": kind,
                                                           "boxpoint_carrier": carrier, "boxpoint_sender": sender,
                                                           "boxpoint_addressee": addressee,
                                                           "boxpoint_addressee_on_1583": "true" if on_1583 else "false",
                                                           "boxpoint_declared_contents": contents,
                                                           "boxpoint_status": "forwarded" if forward_addr else w.pick(["picked_up", "held", "picked_up", "scanned"])})
    if forward_addr:
        t2 = t + r.randint(1, 12) * DAY
        fc = w.pick(["DHL Express", "FedEx International", "UPS Worldwide", "USPS Priority Mail International"]) if forward_country not in ("", "US") else w.pick(["UPS", "USPS", "FedEx"])
        w.add_shipment(sid, t2, tracking(w, fc.split()[0] if fc.split()[0] in ("UPS", "FedEx", "USPS") else "DHL Express"), forward_addr,
                       {"boxpoint_source": "boxpoint", "boxpoint_ship_type": "forward", "boxpoint_carrier": fc,
                        "boxpoint_sender": "Boxpoint " + w.pick(["forwarding", "reship", "mailroom"]), "boxpoint_addressee": addressee,
                        "boxpoint_addressee_on_1583": "true" if on_1583 else "false",
                        "boxpoint_forward_country": forward_country or "US", "boxpoint_declared_contents": contents,
                        "boxpoint_status": "shipped"})


# ============================================================================================ partner employers: ATS


def ats_row(w, p, emp, t, tokens, *, address=None, name=None, email=None, phone=None, resume_text=None, resume_mode=None,
            author="", stage=None, title=None, country=None, signup=None, n_logins=None, login_nets=None, login_devices=None,
            clock=None, face_spec=None):
    r = w.r
    sid = w.newid("ap_", 10)
    row = blank(sid, "applicant")
    row["full_name"] = name or w.display_name(p)
    row["email"] = w.email_variant(email or p.email)
    ph = phone if phone is not None else p.phone
    cty = country if country is not None else (p.country if r.random() < 0.85 else "")
    if cty == "" and ph is not None and ph.region != "US":
        cty = ""
    row["country"] = cty
    row["phone"] = w.fmt_phone(ph, cty) if r.random() < 0.96 else ""
    row["address"] = address if address is not None else (fmt_home(w, p) if r.random() < 0.8 else "")
    if resume_text:
        mode = resume_mode or ("inline" if emp.resume_inline else w.wpick([("pdf", 55), ("docx", 30), ("txt", 8), ("md", 3)]))
        row["resume"] = resume_cell(w, sid, resume_text, mode, author)
    row["profiles"] = profiles_of(w, p)
    row["employer"] = emp.name
    row["created_at"] = t
    if signup is not None:
        row["signup_ip"] = signup.ip
    if emp.exports_photo and (face_spec or r.random() < 0.35):
        spec = face_spec or {"face": p.photo_face, "bg": getattr(p, "photo_bg", None) or "plain", "size": 200, "q": 88,
                             "edit": getattr(p, "photo_edit", None)}
        row["photo"] = photo(w, sid, spec)
    row["boxpoint_source"] = "employer_ats"
    row["boxpoint_record"] = "application"
    row["boxpoint_partner"] = emp.short
    row["boxpoint_job_title"] = title or (p.resume["title"] if p.resume else "")
    row["boxpoint_stage"] = stage or w.wpick([("applied", 40), ("rejected", 30), ("phone_screen", 12), ("interview", 8),
                                              ("withdrawn", 5), ("offer", 2), ("hired", 3)])
    row["boxpoint_workplace"] = w.wpick([("remote", 70), ("hybrid", 20), ("onsite", 10)])
    w.add_subject(row, p.fraud, tokens)
    p.rows.append(sid)
    n = n_logins if n_logins is not None else r.choices([0, 1, 2, 3, 5], [45, 25, 15, 10, 5])[0]
    sign_ins(w, p, sid, "ats:" + emp.ats, "ats", n, t, min(T1, t + 40 * DAY), devices=login_devices, nets=login_nets, clock=clock,
             events=["candidate.portal.login", "interview.join", "assessment.start"], fail=0.03)
    return sid


# ============================================================================================ partner employers: HRIS hires


def hris_row(w, p, emp, start, tokens, *, address=None, name=None, email=None, phone=None, kind=None, ssn=None, dob=None,
             face_spec=None, title=None, worker=None):
    r = w.r
    sid = w.newid("hr_", 10)
    kind = kind or ("contractor" if (emp.worker_contractor and r.random() < 0.35) else "employee")
    row = blank(sid, kind)
    row["full_name"] = name or w.display_name(p, r.choices(["plain", "middle_initial", "middle", "last_first", "upper"], [55, 15, 10, 12, 8])[0])
    row["email"] = w.email_variant(email or p.email)
    ph = phone if phone is not None else p.phone
    row["country"] = p.country if p.country == "US" or r.random() < 0.7 else ""
    row["phone"] = w.fmt_phone(ph, row["country"])
    row["address"] = address if address is not None else fmt_home(w, p)
    if r.random() < 0.96:
        row["birth_date"] = w.date_of(dob if dob is not None else p.dob)
    s = ssn if ssn is not None else p.ssn
    if s and r.random() < 0.95:
        row["national_id"] = nat_id(w, s)
    elif p.id_doc and r.random() < 0.6:
        row["national_id"] = nat_id(w, p.id_doc[1])
    if face_spec or r.random() < 0.3:
        spec = face_spec or {"face": p.photo_face, "bg": "badge", "size": 240, "q": 90, "edit": getattr(p, "photo_edit", None)}
        row["photo"] = photo(w, sid, spec)
    row["profiles"] = profiles_of(w, p) if r.random() < 0.5 else ""
    row["employer"] = emp.name
    row["created_at"] = start - r.randint(7, 30) * DAY
    row["boxpoint_source"] = "employer_hris"
    row["boxpoint_record"] = "hire"
    row["boxpoint_partner"] = emp.short
    row["boxpoint_job_title"] = title or (p.resume["title"] if p.resume else "Software Engineer")
    row["boxpoint_worker_type"] = worker or ("1099" if kind == "contractor" else "W-2")
    row["boxpoint_start_date"] = w.date_of(start)
    row["boxpoint_work_email"] = (p.first[0] + p.last).lower().replace(" ", "").replace("-", "").replace("'", "") + "@" + emp.domain
    row["boxpoint_status"] = w.wpick([("active", 90), ("terminated", 6), ("leave", 2), ("pending_start", 2)])
    if p.prev_name:
        row["boxpoint_previous_name"] = p.prev_name
    w.add_subject(row, p.fraud, tokens)
    p.rows.append(sid)
    return sid


# ============================================================================================ freelance platforms


def platform_row(w, p, plat, t, tokens, *, name=None, email=None, phone=None, address=None, country=None, face_spec=None,
                 default_avatar=False, overview=None, title=None, rate=None, jobs=None, rating=None, payout_method="",
                 agency="", recovery_email=None, recovery_phone=None, signup=None, id_verified=None, record="freelancer",
                 kind=None, status="active", resume_file=None, author=""):
    r = w.r
    cfg = D.PLATFORMS[plat]
    sid = w.newid(cfg["prefix"], 10)
    row = blank(sid, kind or cfg["kind"])
    row["full_name"] = name or w.display_name(p)
    row["email"] = w.email_variant(email or p.email)
    ph = phone if phone is not None else p.phone
    cty = country if country is not None else p.country
    row["country"] = cty
    row["phone"] = w.fmt_phone(ph, cty) if ph is not None else ""
    row["phone_line_type"] = line_type(w, ph, cfg["lookup"])
    if address is not None:
        row["address"] = address
    elif r.random() < 0.5:
        row["address"] = fmt_home(w, p) if r.random() < 0.6 else f"{p.home.city}, {p.home.state or p.home.country}"
    if default_avatar:
        row["photo"] = "photos/taskhive_default_avatar.png" if plat == "taskhive" else "photos/gigspan_default.png"
    elif face_spec is not None or r.random() < 0.75:
        spec = face_spec or {"face": p.photo_face, "bg": getattr(p, "photo_bg", None) or "plain", "size": 150, "q": 75,
                             "edit": getattr(p, "photo_edit", None)}
        row["photo"] = photo(w, sid, spec)
    if overview:
        row["resume"] = overview
    if resume_file:
        row["resume"] = resume_cell(w, sid, resume_file, w.pick(["pdf", "docx", "pdf"]), author)
    row["profiles"] = profiles_of(w, p)
    row["created_at"] = t
    if recovery_email is None:
        recovery_email = p.recovery_email if r.random() < 0.8 else None
    if recovery_email:
        row["recovery_email"] = recovery_email
    if recovery_phone is None:
        recovery_phone = p.recovery_phone
    if recovery_phone:
        row["recovery_phone"] = w.fmt_phone(recovery_phone, cty)
        row["recovery_phone_line_type"] = line_type(w, recovery_phone, cfg["lookup"])
    if signup is not None and t > w.epoch(2020, 1, 1):
        row["signup_ip"] = signup.ip
    row["boxpoint_source"] = plat
    row["boxpoint_record"] = record
    row["boxpoint_platform_title"] = title or (p.resume["title"] if p.resume else "")
    if rate is not None:
        row["boxpoint_hourly_rate"] = rate
    if jobs is not None:
        row["boxpoint_jobs_completed"] = jobs
    if rating is not None:
        row["boxpoint_rating"] = rating
    row["boxpoint_payout_method"] = payout_method
    row["boxpoint_agency"] = agency
    row["boxpoint_id_verified"] = ("true" if r.random() < 0.7 else "false") if id_verified is None else id_verified
    if status == "active":
        status = w.wpick([("active", 90), ("inactive", 6), ("restricted", 2), ("closed", 2)])
    if p.prev_name:
        row["boxpoint_previous_name"] = p.prev_name
    row["boxpoint_status"] = status
    w.add_subject(row, p.fraud, tokens)
    p.rows.append(sid)
    return sid
