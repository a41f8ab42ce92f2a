"""Blind benchmark world 28: Shiftline, a BPO / remote contact-centre contractor platform's insider-risk export."""
