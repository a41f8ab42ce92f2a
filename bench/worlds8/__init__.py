"""worlds8: an independent, blind benchmark world for ringwatch (see README.md)."""
