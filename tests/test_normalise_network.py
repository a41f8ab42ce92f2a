import ipaddress

import numpy as np
import pytest

from ringwatch.normalise.network import classify_ips, load_hosting_ranges, sample_hosting_ips


def test_canonical_ip_net_and_private():
    out = classify_ips(["8.8.8.8", " 10.1.2.3 ", "2001:4860:4860::8888", "::ffff:8.8.4.4",
                        "fe80::1%eth0", "01.2.3.4", "nope", None]).to_pylist()
    assert [r["ip"] for r in out] == ["8.8.8.8", "10.1.2.3", "2001:4860:4860::8888", "8.8.4.4",
                                      "fe80::1", None, None, None]
    assert [r["net"] for r in out[:4]] == ["8.8.8.0/24", "10.1.2.0/24", "2001:4860:4860::/48",
                                           "8.8.4.0/24"]
    assert [r["version"] for r in out[:5]] == [4, 4, 6, 4, 6]
    assert [r["private"] for r in out[:5]] == [False, True, False, False, True]


def test_vectorised_private_check_agrees_with_ipaddress():
    rng = np.random.default_rng(7)
    ints = np.concatenate([rng.integers(0, 2**32, 5000),
                           [int(ipaddress.ip_address(a)) for a in
                            ("100.64.0.1", "192.0.2.5", "198.18.0.1", "224.0.0.1", "255.255.255.255")]])
    texts = [str(ipaddress.IPv4Address(int(i))) for i in ints]
    out = classify_ips(texts).column("private").to_pylist()
    expected = [not ipaddress.ip_address(t).is_global or ipaddress.ip_address(t).is_multicast
                for t in texts]
    assert out == expected


def test_bundled_hosting_ranges():
    out = classify_ips(["3.5.1.2", "5.9.10.11", "2a01:4f8:1::1", "146.70.12.1", "8.8.8.8"]).to_pylist()
    assert [r["provider"] for r in out] == ["Amazon Web Services", "Hetzner", "Hetzner", "M247", None]
    assert [r["hosting"] for r in out] == [True, True, True, True, False]


def test_user_ranges_file_replaces_bundled(tmp_path, monkeypatch):
    path = tmp_path / "ranges.csv"
    path.write_text("cidr,provider,kind\n"
                    "203.0.112.0/22,Big Host,hosting\n"
                    "203.0.113.0/24,Inner VPN,vpn\n"
                    "2001:db8:aa::/48,V6 Host,cloud\n")
    monkeypatch.setenv("RINGWATCH_HOSTING_RANGES", str(path))
    out = classify_ips(["203.0.112.9", "203.0.113.9", "203.0.114.1", "203.0.116.1",
                        "2001:db8:aa::5", "3.5.1.2"]).to_pylist()
    # the most specific range wins; the bundled AWS range is not read any more
    assert [r["provider"] for r in out] == ["Big Host", "Inner VPN", "Big Host", None, "V6 Host", None]
    assert load_hosting_ranges().rows[1] == ("203.0.113.0/24", "Inner VPN", "vpn")


def test_bad_ranges_file_is_an_error(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("cidr,provider,kind\n999.1.1.0/24,X,vpn\n")
    with pytest.raises(ValueError, match="bad cidr"):
        load_hosting_ranges(path)


def test_sampled_hosting_ips_classify_as_that_kind():
    rng = np.random.default_rng(3)
    ips = sample_hosting_ips(rng, 300, kind="vpn")
    ranges = load_hosting_ranges()
    kinds = {ranges.rows[i][2] for i in range(len(ranges.rows))}
    assert {"cloud", "vpn", "hosting"} <= kinds
    out = classify_ips(ips).to_pylist()
    vpn_providers = {row[1] for row in ranges.rows if row[2] == "vpn"}
    assert all(r["hosting"] and r["provider"] in vpn_providers for r in out)
    assert len(set(ips)) > 250
