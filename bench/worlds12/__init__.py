"""Blind benchmark world 12: a multi-employer job board with a hosted ATS (see README.md)."""
from .world import generate

__all__ = ["generate"]
