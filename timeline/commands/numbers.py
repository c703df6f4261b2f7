"""Argument types for numeric options that must be positive (``--width``, ``--top``, ``--workers``): a zero or
negative value is an argparse error naming the option (exit status 2), not a figure drawn at -5 pixels."""

from __future__ import annotations

import argparse


def positive_int(value: str) -> int:
    """A whole number above zero."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be above zero, not {value}")
    return number


def positive_float(value: str) -> float:
    """A finite number above zero."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 < number < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number above zero, not {value}")
    return number
