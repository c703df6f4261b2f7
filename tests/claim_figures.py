"""What a test reads off an extracted event's claims: its killed and wounded figures (sorted, none and zero left
out) and who told them (the named sources)."""

from __future__ import annotations


def killed(event: dict) -> list[int]:
    return sorted(c["killed"] for c in event["claims"] if c["killed"])


def wounded(event: dict) -> list[int]:
    return sorted(c["wounded"] for c in event["claims"] if c["wounded"])


def sources(event: dict) -> set[str]:
    return {c["source"] for c in event["claims"] if c["source"]}
