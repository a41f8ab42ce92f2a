from ringwatch.normalise.url import normalise_urls, split_profiles


def test_profile_variants_share_key_and_handle():
    out = normalise_urls(["https://www.linkedin.com/in/John-Doe-123/?trk=x#top",
                          "linkedin.com/in/john-doe-123", "http://m.linkedin.com/in/john-doe-123/"]
                         ).to_pylist()
    assert {r["key"] for r in out} == {"linkedin.com/in/john-doe-123"}
    assert {r["handle"] for r in out} == {"linkedin.com:john-doe-123"}
    assert {r["site"] for r in out} == {"linkedin.com"}


def test_handles_of_known_sites():
    urls = ["https://github.com/JDev21/some-repo", "https://www.upwork.com/freelancers/~01abc",
            "https://twitter.com/@JDev", "https://x.com/jdev", "https://t.me/jdev",
            "https://www.freelancer.com/u/jdev21", "https://gitlab.com/jdev",
            "https://github.com/features", "https://jdev.dev/portfolio",
            "https://blog.example.co.uk/a/"]
    out = normalise_urls(urls).to_pylist()
    assert [r["handle"] for r in out] == [
        "github.com:jdev21", "upwork.com:01abc", "x.com:jdev", "x.com:jdev", "t.me:jdev",
        "freelancer.com:jdev21", "gitlab.com:jdev", None, None, None]
    assert out[-1]["site"] == "example.co.uk"  # public-suffix aware, offline


def test_junk_and_split():
    assert normalise_urls(["not a url", None]).to_pylist() == [
        {"key": None, "site": None, "handle": None}] * 2
    assert split_profiles(" a.com/x ; ;https://b.com ") == ["a.com/x", "https://b.com"]
    assert split_profiles(None) == []
