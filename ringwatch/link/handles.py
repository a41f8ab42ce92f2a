"""Handles made of a person's name: a mailbox's local part or a profile site's handle that
holds the name its holder gives ("minhbui@gmail.com", "github.com:priyasharma"). Two people
of one name who give such a handle say no more than the name (one person's rows that were
not joined, or namesakes whose addresses collide), and a name is never evidence."""

from __future__ import annotations


def name_in_handle_sql(name_fold: str, handle: str) -> str:
    """SQL: the handle (`handle`, any text) is made of a folded name of two words or more,
    compared on letters only: it holds the first and the last word, or one word's initial just
    before or after the other ("pkrishnan", "p.krishnan": Pooja's and Pranav's; "kumara":
    Anjali Kumar's, and Kumar Amit's, who writes the surname first)."""
    words = f"string_split(trim(regexp_replace({name_fold}, '[^a-z ]', '', 'g')), ' ')"
    letters = f"regexp_replace(lower({handle}), '[^a-z]', '', 'g')"
    first, last = f"{words}[1]", f"{words}[-1]"
    initialled = " OR ".join(f"contains({letters}, {form})" for form in (
        f"left({first}, 1) || {last}", f"{last} || left({first}, 1)",
        f"left({last}, 1) || {first}", f"{first} || left({last}, 1)"))
    return (f"coalesce(len({words}) >= 2 AND len({first}) >= 2 "
            f"AND ((contains({letters}, {first}) AND contains({letters}, {last})) "
            f"OR (len({last}) >= 2 AND ({initialled}))), false)")


def mailbox_of_sql(email: str) -> str:
    """SQL: an email address's local part (the handle a person chose)."""
    return f"split_part({email}, '@', 1)"
