"""Scenario generator: a synthetic bundle with planted rings, hard negatives and ground truth."""

from .generate import GenerateResult, generate

__all__ = ["GenerateResult", "generate"]
