"""Turn a subject's plan (where, when, on what it signs in; its machine; its pay; its laptop) into rows."""
import hashlib
from datetime import datetime, timedelta

from .world import T0, T_END, UTC, ts

UA = {
    "win": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "win_edge": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
    "mac": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "mac_safari": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "linux": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "ios": "Okta Verify/9.31.0 (iPhone; iOS 18.1; Scale/3.00)",
    "android": "Okta Verify/9.30.1 (Android 15; Pixel 8)",
    "citrix": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 CitrixReceiver",
}

BASE_PROC = {
    "win": ["explorer.exe", "chrome.exe", "ms-teams.exe", "OUTLOOK.EXE", "OneDrive.exe", "CSFalconService.exe",
            "ZSATunnel.exe", "svchost.exe", "msedge.exe", "slack.exe", "Zoom.exe", "EXCEL.EXE"],
    "mac": ["Finder", "Google Chrome", "Microsoft Teams", "Microsoft Outlook", "Slack", "zoom.us", "falcond",
            "Zscaler", "Safari", "Microsoft Excel", "1Password"],
    "linux": ["gnome-shell", "chrome", "slack", "falcon-sensor", "zsatunnel", "code", "docker", "sshd"],
}
DEV_PROC = {"win": ["Code.exe", "docker.exe", "WindowsTerminal.exe", "node.exe", "java.exe", "idea64.exe"],
            "mac": ["Code", "Docker", "iTerm2", "node", "java", "IntelliJ IDEA", "postgres"],
            "linux": ["code", "node", "java", "postgres", "kubectl"]}
IT_PROC = {"win": ["mstsc.exe", "TeamViewer.exe", "putty.exe", "RDCMan.exe", "mmc.exe", "powershell.exe", "vmconnect.exe"],
           "mac": ["Microsoft Remote Desktop", "TeamViewer", "Royal TSX", "ssh", "Terminal"],
           "linux": ["ssh", "remmina", "xfreerdp", "vncviewer"]}
USB_COMMON = [("USB Receiver", "046d", "c52b"), ("Logitech BRIO", "046d", "085e"), ("Jabra Evolve2 65", "0b0e", "24e3"),
              ("USB2.0 Hub", "05e3", "0610"), ("Dell Universal Dock D6000", "17e9", "6006"), ("YubiKey OTP+FIDO+CCID", "1050", "0407"),
              ("Poly Blackwire 3220 Series", "047f", "c056"), ("Microsoft Wired Keyboard 600", "045e", "0750"),
              ("Magic Keyboard", "05ac", "029c"), ("Ultra USB 3.0", "0781", "5581"), ("Integrated Webcam", "0c45", "6a10"),
              ("HD Pro Webcam C920", "046d", "082d"), ("Dell dock WD19", "0bda", "8153")]
LINUX_HUBS = [("xHCI Host Controller", "1d6b", "0002"), ("xHCI Host Controller", "1d6b", "0003")]
LAB_KVM = [("Raritan D2CIM-VUSB", "14dd", "1007"), ("ATEN CS1944DP KVM Switch", "0557", "2419"), ("Avocent DSRIQ-USB", "0624", "0307")]
IP_KVM = [("Multifunction Composite Gadget", "1d6b", "0104"), ("PiKVM Composite Device", "1d6b", "0104"),
          ("TinyPilot", "1d6b", "0104"), ("USB Video", "534d", "2109")]
DISPLAYS = ["DELL U2720Q", "DELL P2422H", "LG HDR 4K", "Color LCD", "LEN T27h-20", "HP E24 G5", "SAMSUNG", "DELL P2419H",
            "Built-in Retina Display", "BenQ GW2780", "PHL 243V7"]
SYSTEMS = {"win": ["Latitude 7440", "Latitude 5540", "ThinkPad T14 Gen 4", "EliteBook 840 G10", "OptiPlex 7010"],
           "mac": ["MacBookPro18,3", "Mac14,9", "Mac15,3", "MacBookAir10,1"], "linux": ["ThinkPad X1 Carbon Gen 11", "XPS 13 9340"]}
PORTS = {"win": ["135/tcp", "445/tcp", "5040/tcp", "7680/tcp", "49664/tcp"], "mac": ["5000/tcp", "7000/tcp", "631/tcp"],
         "linux": ["22/tcp", "631/tcp"]}


def ctx(w, kind, net, ip=None, country=None, city=None, proxy=None, device=None):
    """A place a subject signs in from."""
    cname, lat, lon = net.city, net.lat, net.lon
    if city is not None:
        cname, lat, lon = city[0], city[2], city[3]
    if proxy is None:
        proxy = net.proxy
    return {"kind": kind, "net": net, "ip": ip, "country": country or net.country, "city": cname, "lat": lat,
            "lon": lon, "proxy": proxy, "device": device}


def emit_logins(w, sid, plan):
    rng = w.rng
    start, end = max(plan["start"], T0), min(plan["end"], T_END)
    if end <= start or plan["n"] <= 0:
        return
    days = max(1, (end - start).days)
    off = plan["offset"]
    h0, h1 = plan["hours"]
    ctxs = plan["ctx"]
    cw = [c[0] for c in ctxs]
    devs = plan["devices"]
    dw = [d[0] for d in devs]
    trip = plan.get("trip")
    wk = plan.get("weekend", 0.1)
    fail = plan.get("fail", 0.05)
    okta_proxy_known = plan.get("proxy_known", 0.9)
    out = w.logins
    for _ in range(plan["n"]):
        d = start + timedelta(days=rng.randrange(days))
        day = datetime(d.year, d.month, d.day, tzinfo=UTC)
        t = day + timedelta(hours=rng.uniform(h0, h1) - off, seconds=rng.randrange(60))
        # weekends are rarer (local)
        if (t + timedelta(hours=off)).weekday() >= 5 and rng.random() > wk:
            t += timedelta(days=2)
        if t < start or t > end:
            t = start + timedelta(seconds=rng.randrange(int((end - start).total_seconds())))
        c = None
        if trip and trip["start"] <= t < trip["end"]:
            c = rng.choice(trip["ctx"])
        if c is None:
            c = rng.choices(ctxs, weights=cw)[0][1]
        if c["device"]:
            dev, ua = c["device"]
        else:
            _, dev, ua = rng.choices(devs, weights=dw)[0]
        net = c["net"]
        ip = c["ip"] or w.ip(net)
        if isinstance(ip, list):
            ip = rng.choice(ip)
        r = rng.random()
        outcome = "success" if r > fail + 0.04 else ("challenge" if r > fail else "failure")
        px = c["proxy"]
        if callable(px):
            px = px(ip)
        proxy = ("true" if px else "false") if rng.random() < okta_proxy_known else ""
        risk = "medium" if (px and rng.random() < 0.5) else rng.choice(["low", "low", "low", "none", ""])
        lat = round(c["lat"] + rng.uniform(-0.08, 0.08), 4)
        lon = round(c["lon"] + rng.uniform(-0.08, 0.08), 4)
        et = "user.session.start" if rng.random() < 0.7 else "user.authentication.sso"
        out.append([sid, ts(t), ip, dev, ua, c["country"], outcome, proxy, net.asn, net.owner, c["city"], lat, lon, risk,
                    et, "102" + w.hexid(22), "okta:" + w.hexid(32)])


def emit_endpoint(w, sid, device_id, spec, start, end, nsnap=2):
    """spec: {kind: [values]}; usb values are (name, vid, pid); remote_session values are (host, started_at)."""
    rng = w.rng
    snaps = [s for s in w.snaps if start <= s <= end]
    if not snaps:
        return
    snaps = sorted(rng.sample(snaps, min(nsnap, len(snaps))))
    out = w.endpoint
    for s in snaps:
        t = ts(s + timedelta(minutes=rng.randrange(60)))
        def add(kind, value, vid="", pid="", started=""):
            eid = hashlib.sha1(f"{device_id}|{kind}|{value}|{t}|{sid}".encode()).hexdigest()[:20]
            out.append([sid, t, device_id, kind, value, vid, pid, started, eid])
        for kind in ("system", "timezone", "keyboard", "network", "gateway_mac"):
            vals = spec.get(kind) or []
            if vals:
                add(kind, vals[0] if len(vals) == 1 or rng.random() < 0.7 else rng.choice(vals))
        procs = spec.get("process", [])
        must = spec.get("process_must", [])
        for p in must:
            if rng.random() < 0.9:
                add("process", p)
        for p in rng.sample(procs, min(len(procs), rng.randrange(3, 7))):
            add("process", p)
        for name, vid, pid in spec.get("usb", []):
            if rng.random() < 0.85:
                add("usb", name, vid, pid)
        for d in spec.get("display", []):
            add("display", d)
        for p in spec.get("listening_port", []):
            add("listening_port", p)
        for host, started in spec.get("remote_session", []):
            st = started(s) if callable(started) else started
            add("remote_session", host, started=ts(st) if st else "")


def emit_pay(w, sid, pay, start, end):
    if not pay:
        return
    rng = w.rng
    method, dest, cur, amount, sched = pay
    s, e = max(start, T0), min(end, T_END)
    if sched == "biweekly":
        t = datetime(2026, 9, 4, 14, tzinfo=UTC)
        step = timedelta(days=14)
    else:
        t = datetime(2026, 9, 25, 10, tzinfo=UTC)
        step = None
    while t <= e:
        if t >= s:
            amt = round(amount * rng.uniform(0.97, 1.03), 2)
            w.payments.append([sid, ts(t), amt, cur, method, dest])
        if step:
            t += step
        else:
            t = datetime(t.year + (t.month == 12), t.month % 12 + 1, 25, 10, tzinfo=UTC)


def endpoint_spec(w, os_, dept, tz, kb, home, extra_kb=None, office_gw=None, office_net=None):
    rng = w.rng
    procs = list(BASE_PROC[os_])
    if dept in ("Engineering", "Data", "Security"):
        procs += DEV_PROC[os_]
    usb = rng.sample(USB_COMMON, rng.randrange(1, 4))
    if os_ == "linux":
        usb += LINUX_HUBS
    spec = {"system": [f"{rng.choice(SYSTEMS[os_])} MER-{rng.choice(['LT', 'NB'])}-{rng.randrange(10000, 99999)}"],
            "timezone": [tz], "keyboard": [kb] + ([extra_kb] if extra_kb else []), "process": procs,
            "process_must": ["CSFalconService.exe" if os_ == "win" else "falcond"],
            "usb": usb, "display": rng.sample(DISPLAYS, rng.randrange(0, 3)),
            "network": [], "gateway_mac": [],
            "listening_port": rng.sample(PORTS[os_], rng.randrange(0, 3))}
    if home is not None:
        spec["network"].append(home["ssid"])
        spec["gateway_mac"].append(home["mac"])
    if office_gw:
        spec["network"].append(office_net)
        spec["gateway_mac"].append(office_gw)
    return spec
