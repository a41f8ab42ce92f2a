"""Blind benchmark world 30: Hirepath, a multi-employer applicant-tracking / hiring platform's trust-and-safety export."""
