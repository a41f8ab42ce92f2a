"""A second, independent test world for ringwatch (see README.md in this folder).

Written from public reporting on North Korean remote IT worker schemes only; used to
measure the detector, never to tune it.
"""

from .world import generate  # noqa: F401
