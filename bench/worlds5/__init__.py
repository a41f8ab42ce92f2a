"""Blind world 5: an independent scenario generator (public reports only) for measuring ringwatch."""
from .world import generate

__all__ = ["generate"]
