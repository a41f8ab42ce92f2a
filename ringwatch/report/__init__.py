"""The human-readable output: one self-contained HTML report per scan."""

from ringwatch.report.html import write_report

__all__ = ["write_report"]
