"""ringwatch: find and disrupt rings of fake and stolen identities posing as remote workers."""

__version__ = "0.1.0"
