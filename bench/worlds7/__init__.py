"""worlds7: an independent DPRK IT-worker fraud benchmark world (see README.md)."""
from .world import generate  # noqa: F401
