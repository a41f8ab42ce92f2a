"""worlds9: an independent, blind benchmark world for ringwatch (see README.md)."""
from .world import generate, World  # noqa: F401
