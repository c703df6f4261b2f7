"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with a BOM, then a single-byte code page chosen by
what its letters look like: cp1256 (the Arabic Windows code page) when the bytes above ASCII read as
Arabic, latin-1 (Windows-1252) when they read as accented Latin letters, else an error.

Both code pages decode any byte, and cp1256 keeps some French letters where latin-1 has them, so the
choice is made on the letters each gives, never on whether decoding succeeds."""

from __future__ import annotations

from timeline.reasons import Reason

LATIN_LETTERS = range(0xC0, 0x100)  # Latin-1 accented letters (and × ÷, which are not letters)
# In French, Spanish, German or Turkish written in latin-1 most letters are still plain ASCII; text whose
# letters are mostly above ASCII is another script in an unknown code page (Cyrillic, Greek, Japanese).
LATIN_ACCENTED_MAX_SHARE = 0.3


class DecodeError(ValueError):
    """The bytes are not text this project can read; ``args[0]`` is the Reason."""


def decode_problem(exc: OSError | DecodeError) -> str:
    """What a reader reports when a file's bytes could not be read or decoded."""
    return exc.args[0] if isinstance(exc, DecodeError) else str(exc)


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters mean a binary file, whatever the extension says."""
    if b"\x00" in data[:4096]:
        return True
    sample = data[:4096]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def decode_bytes(data: bytes, nul_lines: bool = False) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise DecodeError when the bytes are empty, binary or undecodable.

    ``nul_lines``: a record-per-line file (JSON Lines, CSV) where a NUL byte spoils only its own row, which
    the caller rejects; the file as a whole is judged on its other bytes."""
    if not data.strip():
        raise DecodeError(Reason("empty_file"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DecodeError(Reason("broken_utf16")) from exc
        if not text.strip():
            raise DecodeError(Reason("empty_file"))
        return _clean(text), "utf-16"
    if looks_binary(data.replace(b"\x00", b"") if nul_lines else data):
        raise DecodeError(Reason("binary"))
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _single_byte(data)
    if not text.strip():
        raise DecodeError(Reason("empty_file"))
    return _clean(text), encoding


def _single_byte(data: bytes) -> tuple[str, str]:
    arabic = data.decode("cp1256")
    if _plausible_cp1256(arabic) and _share(arabic, lambda ch: "\u0600" <= ch <= "\u06ff") > 0.5:
        return arabic, "cp1256"
    try:
        latin = data.decode("cp1252")
    except UnicodeDecodeError:
        latin = data.decode("latin-1")
    letters = [ch for ch in latin if ch.isalpha()]
    accented = sum(1 for ch in letters if not ch.isascii())
    controls = any("\x80" <= ch <= "\x9f" for ch in latin)
    if (
        not controls
        and accented <= LATIN_ACCENTED_MAX_SHARE * len(letters)
        and _share(latin, lambda ch: ord(ch) in LATIN_LETTERS) == 1.0
    ):
        return latin, "latin-1"
    raise DecodeError(Reason("unknown_encoding"))


def _share(text: str, wanted) -> float:
    """The share of ``wanted`` characters among the letters above ASCII (1 when there are none: nothing
    contradicts the code page)."""
    letters = [ch for ch in text if not ch.isascii() and ch.isalpha()]
    return sum(1 for ch in letters if wanted(ch)) / len(letters) if letters else 1.0


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
