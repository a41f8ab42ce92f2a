"""The one way ringwatch opens a file that a bundle names (a photo, a resume) or holds (a table).

A bundle may come from the people under review, so a path in it is untrusted. A named file
is opened only when it is:

* relative to the bundle folder: no absolute path, no `..` part, no NUL or line break;
* inside the bundle once every symlink is resolved (a link to a file elsewhere is refused);
* a regular file (no FIFO, device, socket or folder; opened non-blocking, so a FIFO can
  never hang the scan), checked on the open descriptor, not on the name;
* no larger than the limit of its kind (`ringwatch.limits`); reads never go past it.

Refusals say nothing about the world outside the bundle: a path that resolves outside the
bundle gets the same answer as a missing file (`NOT_FOUND`), whether or not the outside file
exists, and lexical refusals (absolute, `..`) are decided before the file system is asked.
"""

from __future__ import annotations

import errno
import os
import stat
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from ringwatch.limits import Limits, current_limits, env_name

PHOTO = "photo"
RESUME = "resume"
TABLE = "table"

RESUME_SUFFIXES = (".txt", ".md", ".pdf", ".docx")
# A resume cell longer than this, or holding a line break, is inline text, never a path.
MAX_PATH_CHARS = 512

# Problem codes, as stored in load_issues.
NOT_FOUND = "missing_file"
UNSAFE_PATH = "unsafe_path"
NOT_REGULAR = "not_regular_file"
TOO_LARGE = "file_too_large"
UNREADABLE = "unreadable_file"


class Refused(Exception):
    """A named file that will not be read. `reason` is safe to show: it reveals nothing
    about paths outside the bundle; `code` is the load_issues code."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def looks_like_resume_path(value: str) -> bool:
    """Whether a resume cell names a file (else it is the resume's text itself)."""
    return ("\n" not in value and len(value) < MAX_PATH_CHARS
            and value.strip().lower().endswith(RESUME_SUFFIXES))


def _cap(kind: str, limits: Limits) -> tuple[int, str]:
    field = {PHOTO: "max_photo_bytes", RESUME: "max_resume_bytes"}.get(kind)
    if field is None:
        return 0, ""
    return getattr(limits, field), env_name(field)


def check_relative(value: str) -> PurePosixPath:
    """The path a bundle cell names, as a relative path; Refused when it is not one."""
    text = value.strip()
    if not text:
        raise Refused(NOT_FOUND, "no file named")
    if any(c in text for c in "\x00\n\r"):
        raise Refused(UNSAFE_PATH, "control characters in a path")
    # Both separators: a bundle made on Windows may use either, and neither may climb out.
    parts = text.replace("\\", "/")
    if parts.startswith("/") or (len(parts) > 1 and parts[1] == ":") or parts.startswith("~"):
        raise Refused(UNSAFE_PATH, "absolute paths are not allowed; name files relative to the bundle")
    pure = PurePosixPath(parts)
    if ".." in pure.parts:
        raise Refused(UNSAFE_PATH, "'..' is not allowed in a path; name files inside the bundle")
    return PurePosixPath(text)


@lru_cache(maxsize=64)
def _real_root(bundle_dir: str) -> str:
    return os.path.realpath(bundle_dir)


def resolve(bundle_dir: Path, value: str) -> Path:
    """The real path of the file a cell names, checked to lie inside the bundle.

    Raises Refused (NOT_FOUND for anything outside, existing or not)."""
    relative = check_relative(value)
    root = _real_root(str(bundle_dir))
    real = os.path.realpath(os.path.join(root, relative))
    if not real.startswith(root.rstrip(os.sep) + os.sep):
        raise Refused(NOT_FOUND, "not found in the bundle")
    return Path(real)


def _open_regular(path: Path, kind: str, limits: Limits) -> tuple[int, int]:
    """Open `path` read-only and non-blocking; return (fd, size). Refused unless a regular
    file within the size limit of `kind`."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise Refused(UNREADABLE, "permission denied") from None
        raise Refused(NOT_FOUND, "not found in the bundle") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused(NOT_REGULAR, "not a regular file (a folder, FIFO, device or socket)")
        cap, variable = _cap(kind, limits)
        if cap and info.st_size > cap:
            raise Refused(TOO_LARGE, f"{info.st_size:,} bytes, over the {cap:,}-byte limit ({variable})")
        return fd, info.st_size
    except BaseException:
        os.close(fd)
        raise


def open_bundle_file(bundle_dir: Path, value: str, kind: str, limits: Limits | None = None) -> BinaryIO:
    """The file a bundle cell names, opened for reading in binary (see the module docstring).

    The caller closes it. Raises Refused with a reason that is safe to show.
    """
    limits = limits or current_limits()
    real = resolve(bundle_dir, value)
    fd, _ = _open_regular(real, kind, limits)
    # After the open: a name swapped for a link between resolve() and open() is caught here.
    try:
        opened = os.readlink(f"/proc/self/fd/{fd}")
    except OSError:  # no /proc (macOS): the resolve() above stands
        opened = str(real)
    if opened != str(real):
        os.close(fd)
        raise Refused(NOT_FOUND, "not found in the bundle")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb", closefd=True)


def read_bundle_file(bundle_dir: Path, value: str, kind: str, limits: Limits | None = None) -> bytes:
    """The bytes of the file a bundle cell names, read safely: at most the limit of `kind`,
    even if the file grows while it is read. Raises Refused with a reason that is safe to show.
    """
    limits = limits or current_limits()
    cap, variable = _cap(kind, limits)
    with open_bundle_file(bundle_dir, value, kind, limits) as handle:
        try:
            data = handle.read(cap + 1 if cap else -1)
        except OSError as exc:
            raise Refused(UNREADABLE, f"cannot be read: {exc.strerror or type(exc).__name__}") from None
    if cap and len(data) > cap:
        raise Refused(TOO_LARGE, f"over the {cap:,}-byte limit ({variable})")
    return data


def check_bundle_file(bundle_dir: Path, value: str, kind: str, limits: Limits | None = None) -> int:
    """Check, without reading it, that a cell names a file that may be read; return its size.
    Raises Refused like `read_bundle_file`."""
    limits = limits or current_limits()
    fd, size = _open_regular(resolve(bundle_dir, value), kind, limits)
    os.close(fd)
    return size


def table_file(bundle_dir: Path, path: Path) -> Path:
    """The real path of a table file found in the bundle folder: inside it and regular.
    Raises Refused."""
    real = resolve(bundle_dir, path.name)
    fd, _ = _open_regular(real, TABLE, current_limits())
    os.close(fd)
    return real

