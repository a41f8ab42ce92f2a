"""Errors and data-quality issues raised while reading a bundle.

An `Issue` is one finding about one cell (or a whole file when `row` is None). Warnings are
stored in the `load_issues` table and the scan goes on; errors stop the scan with a
`BundleError` that carries every issue behind it, so a caller can show them or save them.
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    file: str
    row: int | None
    column: str | None
    severity: str
    code: str
    message: str


class BundleError(Exception):
    """The bundle cannot be scanned as it is; `issues` says where and why."""

    def __init__(self, message: str, issues: list[Issue] | None = None) -> None:
        super().__init__(message)
        self.issues: list[Issue] = list(issues or [])
