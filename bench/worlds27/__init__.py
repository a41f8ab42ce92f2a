"""Blind benchmark world 27: Dialtone, a VOIP / virtual-phone-number provider's trust-and-safety export."""
