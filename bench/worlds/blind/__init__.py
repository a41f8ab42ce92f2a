"""Blind world: an independent scenario generator used only to measure ringwatch (see ../README.md)."""
from .world import build

__all__ = ["build"]
