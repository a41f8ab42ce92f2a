"""Blind benchmark world 33: Gridcraft, a game-development outsourcing marketplace's trust-and-safety export, pooled with its partner game studios' onboarding exports."""
