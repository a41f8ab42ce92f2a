from ringwatch.normalise.email import normalise_emails


def rows(values):
    return normalise_emails(values).to_pylist()


def test_gmail_dots_tags_and_googlemail_are_one_mailbox():
    keys = {r["key"] for r in rows(["J.Dev.21+jobs@gmail.com", " jdev21@GMAIL.com ",
                                    "j.d.e.v.2.1@googlemail.com"])}
    assert keys == {"jdev21@gmail.com"}


def test_subaddress_dropped_only_where_the_provider_supports_it():
    out = rows(["bob+x@outlook.com", "bob+x@icloud.com", "bob+x@acme.com", "b.o.b@outlook.com",
                "bob-x@yahoo.com"])
    assert [r["key"] for r in out] == ["bob@outlook.com", "bob@icloud.com", "bob+x@acme.com",
                                       "b.o.b@outlook.com", "bob-x@yahoo.com"]


def test_provider_flags_and_shape():
    free, company, throwaway = rows(["jdev21@gmail.com", "j.dev_35@acme-corp.com",
                                     "x1@mailinator.com"])
    assert free["free"] and not free["disposable"] and free["domain"] == "gmail.com"
    assert not company["free"] and company["domain"] == "acme-corp.com"
    assert throwaway["disposable"] and not throwaway["free"]
    assert free["local_shape"] == company["local_shape"] == "jdev9"


def test_invalid_and_missing_values_keep_their_row():
    out = rows(["not-an-email", "a@@b.com", "user@localhost", None, "José@exämple.com"])
    assert [r["valid"] for r in out] == [False, False, False, None, True]
    assert [r["key"] for r in out[:4]] == [None] * 4
    assert out[4]["key"] == "josé@exämple.com"  # internationalised addresses go through email-validator


def test_empty_batch_has_schema():
    assert normalise_emails([]).column_names == ["key", "domain", "free", "disposable",
                                                 "local_shape", "valid"]
