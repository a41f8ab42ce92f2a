"""Blind benchmark world 42: Wirepay, a cross-border payouts and freelancer-wallet provider pooled with the account-security export of the consumer email provider it uses for sign-up verification."""
