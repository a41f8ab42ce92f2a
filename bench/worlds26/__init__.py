"""Blind benchmark world 26: Forkyard, a developer platform's (code hosting, CI, sponsorship/bounty payouts, jobs board) trust-and-safety export."""
