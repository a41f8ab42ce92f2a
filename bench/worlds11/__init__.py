"""Blind benchmark world 11: an employer-of-record / IT staffing platform (see README.md)."""
from .world import generate

__all__ = ["generate"]
