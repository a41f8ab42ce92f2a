"""Blind benchmark world 31: Linkwell, a professional-networking and job-matching site's trust-and-safety export, pooled with its hiring-integration partners' onboarding exports."""
