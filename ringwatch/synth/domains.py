"""The domains table: real-looking employer domains, and fake recruiting companies.

Some rings register a recruiting front shortly before their activity, with an operator
mailbox as registrant (a pattern described by Unit 42 and Mandiant).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from . import network
from .catalog import catalog
from .strings import ipv4_text
from .vocab import RECRUITER_WORDS
from .world import DAY, NOW, World

_NAMESERVERS = ["ns1.cloudflare.com;ns2.cloudflare.com", "ns-101.awsdns-12.com;ns-1422.awsdns-49.org",
                "dns1.registrar-servers.com;dns2.registrar-servers.com", "ns1.google.com;ns2.google.com",
                "pdns1.ultradns.net;pdns2.ultradns.net"]


def domains_table(w: World, rng: np.random.Generator) -> pa.Table:
    cat = catalog()
    rows_domain, rows_company, rows_when, rows_email, rows_ns = [], [], [], [], []
    employers = list(zip(cat.employers, cat.employer_domains)) if w.plan.world != "accounts" else []
    for name, domain in employers:
        rows_domain.append(domain)
        rows_company.append(name)
        rows_when.append(NOW - int(rng.integers(3 * 365, 25 * 365)) * DAY)
        rows_email.append(f"hostmaster@{domain}" if rng.random() < 0.5 else None)  # often privacy-redacted
        rows_ns.append(_NAMESERVERS[int(rng.integers(len(_NAMESERVERS)))])
    # Organisations that provision accounts: their own, long-registered domains.
    for domain, (name, registered) in w.org_domains.items():
        rows_domain.append(domain)
        rows_company.append(name)
        rows_when.append(registered)
        rows_email.append(None if rng.random() < 0.6 else f"hostmaster@{domain}")
        rows_ns.append(_NAMESERVERS[int(rng.integers(len(_NAMESERVERS)))])
    for ring_id, emails in sorted(w.operator_emails.items()):
        if rng.random() < 0.5:
            continue
        word = RECRUITER_WORDS[int(rng.integers(len(RECRUITER_WORDS)))]
        other = RECRUITER_WORDS[int(rng.integers(len(RECRUITER_WORDS)))]
        domain = f"{word}{other}{['hub', 'global', 'partners', 'link'][int(rng.integers(4))]}.com".lower()
        if domain in rows_domain:
            continue
        rows_domain.append(domain)
        rows_company.append(f"{word} {other} Partners")
        rows_when.append(NOW - int(rng.integers(10, 200)) * DAY)
        rows_email.append(emails[0])
        rows_ns.append(_NAMESERVERS[int(rng.integers(3))])
    n = len(rows_domain)
    return pa.table({
        "domain": pa.array(rows_domain, type=pa.string()),
        "company": pa.array(rows_company, type=pa.string()),
        "registered_at": pa.array(np.array(rows_when, dtype=np.int64).astype("datetime64[s]")),
        "registrant_email": pa.array(rows_email, type=pa.string()),
        "ip": ipv4_text(network.hosting_ips(rng, n, "cloud")),
        "nameservers": pa.array(rows_ns, type=pa.string()),
    })
