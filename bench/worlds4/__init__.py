"""Blind world 4: an independent scenario generator for measuring ringwatch (see README.md)."""
from .world import generate

__all__ = ["generate"]
