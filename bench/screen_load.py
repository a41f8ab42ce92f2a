"""Sustained screening load: POST /api/screen at a fixed rate, latency from the scheduled time.

    python bench/screen_load.py --url http://127.0.0.1:8470 --token TOKEN --rate 200 --seconds 60

Open loop: request i is due at start + i / rate whatever happened to earlier ones, and its
latency counts from when it was due, so a stalled server shows as latency rather than as
fewer requests sent (no coordinated omission). The client is a few lines of asyncio over
keep-alive connections with the request bytes prepared beforehand: on a 2-core machine an
HTTP library's client costs as much CPU per request as the server being measured (httpx:
about 3.5 ms), and the two would share the cores. Bodies are newcomers of three sorts in turn:
one giving a scanned subject's phone and email as recovery contacts, one giving a scanned
subject's address and profile, one with values of its own.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from urllib.parse import urlsplit


def percentiles(samples: list[float]) -> dict:
    """n, p50, p95, p99 and max of latencies in milliseconds (zeros when there are none)."""
    ordered = sorted(samples)
    if not ordered:
        return {"n": 0, "p50_ms": 0.0, "p95_ms": 0.0, "p99_ms": 0.0, "max_ms": 0.0}

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)

    return {"n": len(ordered), "p50_ms": at(0.5), "p95_ms": at(0.95), "p99_ms": at(0.99),
            "max_ms": round(ordered[-1], 1)}


def _request(host: str, port: int, token: str, body: dict) -> bytes:
    data = json.dumps(body).encode()
    head = (f"POST /api/screen HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n")
    return head.encode() + data


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next((int(line.split(":", 1)[1]) for line in lines[1:] if line.lower().startswith("content-length:")), 0)
    await reader.readexactly(length)
    return status


def newcomer_bodies(n: int, known: list[dict]) -> list[dict]:
    """`n` screening bodies cycling through three sorts of newcomer (see the module doc)."""
    bodies = []
    for i in range(n):
        subject = {"id": f"LOAD{i:07d}", "kind": "account", "full_name": f"Load Person {i}",
                   "email": f"load.person{i}@example.org", "country": "US"}
        if known:
            old = known[i % len(known)]
            if i % 3 == 0:
                subject.update({k: old[f] for k, f in (("recovery_email", "email"), ("recovery_phone", "phone"))
                                if old.get(f)})
            elif i % 3 == 1:
                subject.update({k: old[k] for k in ("address", "profiles") if old.get(k)})
        if i % 3 == 2 or not known:
            subject.update({"phone": f"+1415555{i % 10000:04d}",
                            "address": f"{i % 9000 + 100} Oak St, Springfield, IL 62701"})
        bodies.append({"subject": subject})
    return bodies


async def run_load(url: str, token: str, rate: float, seconds: float, bodies: list[dict],
                   connections: int = 64) -> dict:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    total = int(rate * seconds)
    payloads = [_request(host, port, token, bodies[i % len(bodies)]) for i in range(total)]
    pool: asyncio.Queue = asyncio.Queue()
    for _ in range(connections):
        pool.put_nowait(await asyncio.open_connection(host, port))
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors = 0
    start = time.perf_counter() + 0.2

    async def one(i: int) -> None:
        nonlocal errors
        due = start + i / rate
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        reader, writer = await pool.get()
        try:
            writer.write(payloads[i])
            status = await _read_response(reader)
            statuses[status] = statuses.get(status, 0) + 1
            latencies.append((time.perf_counter() - due) * 1000)
            pool.put_nowait((reader, writer))
        except (OSError, asyncio.IncompleteReadError, ValueError):
            errors += 1
            writer.close()
            pool.put_nowait(await asyncio.open_connection(host, port))

    await asyncio.gather(*(one(i) for i in range(total)))
    wall = time.perf_counter() - start
    while not pool.empty():
        _, writer = pool.get_nowait()
        writer.close()
    ok = statuses.get(200, 0)
    return {"rate_target": rate, "seconds": seconds, "sent": total, "ok": ok,
            "failed": total - ok, "connection_errors": errors, "statuses": statuses,
            "achieved_rps": round(total / wall, 1), **percentiles(latencies)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--rate", type=float, default=200)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run_load(args.url, args.token, args.rate, args.seconds,
                                          newcomer_bodies(3000, []))), indent=1))


if __name__ == "__main__":
    main()
