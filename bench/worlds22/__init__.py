"""Blind benchmark world 22: Gigforge, a freelance software-development marketplace's trust-and-safety and payments export."""
