"""Blind benchmark world 24: Verity, an employment background-check and identity-verification vendor's pooled fraud-team export."""
