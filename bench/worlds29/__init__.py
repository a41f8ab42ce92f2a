"""Blind benchmark world 29: Relaydesk, a remote-access / remote-support software vendor's trust-and-safety export."""
