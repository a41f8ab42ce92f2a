"""Normalisation: raw values -> canonical keys, one batch function per kind of value.

Each batch function takes a list of raw values and returns a pyarrow table with one row per
input, in order; `normalise_bundle` applies them to a loaded bundle (see docs/TABLES.md).
"""

from ringwatch.normalise.address import normalise_addresses
from ringwatch.normalise.email import normalise_emails
from ringwatch.normalise.name import normalise_names
from ringwatch.normalise.network import classify_ips, load_hosting_ranges, sample_hosting_ips
from ringwatch.normalise.phone import normalise_phones
from ringwatch.normalise.stage import normalise_bundle
from ringwatch.normalise.url import normalise_urls, split_profiles

__all__ = [
    "classify_ips", "load_hosting_ranges", "normalise_addresses", "normalise_bundle",
    "normalise_emails", "normalise_names", "normalise_phones", "normalise_urls",
    "sample_hosting_ips", "split_profiles",
]
