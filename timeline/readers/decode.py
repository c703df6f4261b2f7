"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, then cp1256 (the Arabic Windows code
page), else an error."""

from __future__ import annotations

ENCODINGS = ("utf-8-sig", "cp1256")


class DecodeError(ValueError):
    """The bytes are not text this project can read."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean a binary file, whatever the extension says."""
    if b"\x00" in data[:4096]:
        return True
    sample = data[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise DecodeError when the bytes are empty, binary or undecodable."""
    if not data.strip():
        raise DecodeError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError("broken UTF-16 text") from exc
        if not text.strip():
            raise DecodeError("empty file")
        return _clean(text), "utf-16"
    if looks_binary(data):
        raise DecodeError("binary content, not text")
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "cp1256" and not _plausible_cp1256(text):
            break
        if not text.strip():
            raise DecodeError("empty file")
        return _clean(text), encoding
    raise DecodeError("not UTF-8 or cp1256 text (unknown encoding)")


def _clean(text: str) -> str:
    """One newline convention, so offsets are the same whatever system wrote the file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _plausible_cp1256(text: str) -> bool:
    """cp1256 decodes almost any byte string; accept it only when the result is mostly Arabic or ASCII."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    good = sum(1 for ch in letters if ch.isascii() or "\u0600" <= ch <= "\u06ff")
    return good / len(letters) > 0.9
