"""Blind benchmark world 25: Keelbank, a US neobank / payout-account provider's pooled fraud-team export."""
