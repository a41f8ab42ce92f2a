"""Blind benchmark world 43: Chainwork, a web3 / crypto-company contributor platform pooled with its partner crypto exchange's KYC and account export."""
