"""Blind benchmark world 16: a consumer webmail provider's trust-and-safety export (see README.md)."""
from .world import generate, main  # noqa: F401
