"""Blind world 6: an independent scenario generator (see README.md)."""
from .world import generate

__all__ = ["generate"]
