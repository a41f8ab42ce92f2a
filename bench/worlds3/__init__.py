"""Blind world 3: an independent scenario generator used only to measure ringwatch."""
from .world import generate

__all__ = ["generate"]
