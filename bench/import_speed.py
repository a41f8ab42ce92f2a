"""Import speed: synthetic Okta System Log and Entra ID sign-in events through `ringwatch import`.

    python bench/import_speed.py --events 10000000            # half Okta, half Entra
    python bench/import_speed.py --events 1000000 --source okta

Writes JSON Lines files of realistic events (the vendors' full record shapes: Okta LogEvents
of ~1.7 KB, Entra diagnostic-export sign-ins of ~2 KB; 5,000 users, unique event ids) to a
scratch folder, imports them into a fresh bundle and prints events per second. The target
(issue 8): 10 million events in 5 minutes or less.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ringwatch.importers.run import import_files  # noqa: E402

USERS = 5000
OUTCOMES = ["SUCCESS"] * 90 + ["FAILURE"] * 6 + ["CHALLENGE"] * 3 + ["DENY"]


def okta_template(rng: random.Random, user: int) -> dict:
    ip = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return {
        "actor": {"id": f"00u{user:017d}", "type": "User", "alternateId": f"user{user}@example.com",
                  "displayName": f"User {user}", "detailEntry": None},
        "client": {"userAgent": {"rawUserAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                                 "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
                                 "os": "Windows 10", "browser": "CHROME"},
                   "zone": "null", "device": "Computer", "id": None, "ipAddress": ip,
                   "geographicalContext": {"city": "Chicago", "state": "Illinois", "country": "United States",
                                           "postalCode": "60602",
                                           "geolocation": {"lat": 41.8835, "lon": -87.6305}}},
        "device": None,
        "authenticationContext": {"authenticationProvider": None, "credentialProvider": None,
                                  "credentialType": None, "issuer": None, "interface": None,
                                  "authenticationStep": 0, "rootSessionId": "idxBager62CSveUkTxvgRtonA",
                                  "externalSessionId": "idxBager62CSveUkTxvgRtonA"},
        "displayMessage": "User login to Okta", "eventType": "user.session.start",
        "outcome": {"result": rng.choice(OUTCOMES), "reason": None},
        "published": "2025-07-21T14:48:24.597Z",
        "securityContext": {"asNumber": 7922, "asOrg": "comcast cable communications  llc",
                            "isp": "comcast cable communications  llc", "domain": "comcast.net",
                            "isProxy": rng.random() < 0.02},
        "severity": "INFO",
        "debugContext": {"debugData": {"requestId": "aGV5-AZsCaNoAAAByYWtl", "requestUri": "/idp/idx/identify",
                                       "threatSuspected": "false", "url": "/idp/idx/identify?",
                                       "risk": "{level=LOW, reasons=Anomalous Device}"}},
        "legacyEventType": "core.user_auth.login_success",
        "transaction": {"type": "WEB", "id": "aGV5-AZsCaNoAAAByYWtl", "detail": {}},
        "uuid": "UUID", "version": "0",
        "request": {"ipChain": [{"ip": ip, "geographicalContext": {"city": "Chicago", "country": "United States"},
                                 "version": "V4", "source": None}]},
        "target": [{"id": "0oa1234", "type": "AppInstance", "alternateId": "Okta Dashboard",
                    "displayName": "Okta Dashboard", "detailEntry": None}],
    }


def entra_template(rng: random.Random, user: int) -> dict:
    ip = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    code = rng.choice([0] * 90 + [50126] * 6 + [50074] * 3 + [53003])
    return {
        "time": "2025-01-15T09:30:45.1234567Z", "resourceId": "/tenants/t/providers/Microsoft.aadiam",
        "operationName": "Sign-in activity", "operationVersion": "1.0", "category": "SignInLogs",
        "tenantId": "tenant-123", "resultType": str(code), "resultSignature": "None",
        "durationMs": 0, "callerIpAddress": ip, "correlationId": "c-1", "Level": "4",
        "identity": f"User {user}", "location": "US",
        "properties": {
            "id": "UUID", "createdDateTime": "2025-01-15T09:30:45.1234567+00:00",
            "userDisplayName": f"User {user}", "userPrincipalName": f"user{user}@example.com",
            "userId": str(uuid.UUID(int=user)), "appId": "c44b4083-3bb0-49c1-b47d-974e53cbdf3c",
            "appDisplayName": "Azure Portal", "ipAddress": ip, "clientAppUsed": "Browser",
            "userAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0.0.0",
            "correlationId": "5d295068-919b-4017-85d8-44be2f5f5483", "conditionalAccessStatus": "notApplied",
            "isInteractive": True, "riskDetail": "none", "riskLevelAggregated": "none",
            "riskLevelDuringSignIn": rng.choice(["none"] * 95 + ["low", "medium", "high"]),
            "riskState": "none", "riskEventTypes": [], "riskEventTypes_v2": [],
            "resourceDisplayName": "Windows Azure Service Management API", "autonomousSystemNumber": 7922,
            "status": {"errorCode": code, "failureReason": "Other." if code else None},
            "deviceDetail": {"deviceId": "", "displayName": "", "operatingSystem": "Windows 10",
                             "browser": "Chrome 120.0.0", "isCompliant": False, "isManaged": False},
            "location": {"city": "Redmond", "state": "Washington", "countryOrRegion": "US",
                         "geoCoordinates": {"latitude": 47.68, "longitude": -122.12}},
            "authenticationDetails": [{"authenticationMethod": "Password", "succeeded": code == 0}],
            "networkLocationDetails": [], "userType": "Member", "sessionId": "s-1"}}


def write_events(path: Path, n: int, kind: str, seed: int) -> None:
    """n JSON Lines events: a pool of templates, each line with a fresh id and time."""
    rng = random.Random(seed)
    make = okta_template if kind == "okta" else entra_template
    pool = [json.dumps(make(rng, rng.randrange(USERS)), separators=(",", ":")) for _ in range(2000)]
    pool = [p.split('"UUID"') for p in pool]
    with path.open("w", encoding="utf-8", buffering=8 << 20) as fh:
        for i in range(n):
            a, b = pool[i % len(pool)]
            fh.write(f'{a}"{uuid.UUID(int=(seed << 64) + i)}"{b}\n')


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--source", choices=("okta", "entra", "both"), default="both")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--dir", type=Path, default=None, help="scratch folder (default: a temp folder)")
    args = ap.parse_args()
    scratch = Path(args.dir or tempfile.mkdtemp(prefix="ringwatch-import-bench-"))
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        sources = ["okta", "entra"] if args.source == "both" else [args.source]
        per = args.events // len(sources)
        files = {}
        for i, s in enumerate(sources):
            t = time.monotonic()
            files[s] = scratch / f"{s}.jsonl"
            write_events(files[s], per, s, seed=i + 1)
            print(f"generated {per:,} {s} events ({files[s].stat().st_size / 1e9:.2f} GB) "
                  f"in {time.monotonic() - t:.0f}s", flush=True)
        bundle = scratch / "bundle"
        total = 0.0
        for s in sources:
            r = import_files(s, [files[s]], bundle, workers=args.workers)
            total += r.seconds
            print(f"{s}: {r.records:,} events in {r.seconds:.1f}s = {r.records / r.seconds:,.0f}/s; "
                  f"{r.summary()}", flush=True)
        print(f"total: {args.events:,} events imported in {total:.1f}s "
              f"({args.events / total:,.0f}/s; {os.cpu_count()} CPUs); target 10M in <= 300s", flush=True)
        t = time.monotonic()
        r = import_files(sources[0], [files[sources[0]]], bundle, workers=args.workers)
        print(f"re-import of {sources[0]}: {r.duplicates:,} duplicates skipped, "
              f"{sum(r.written.values())} rows written, {time.monotonic() - t:.1f}s", flush=True)
    finally:
        if args.dir is None:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
