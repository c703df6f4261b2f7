"""Language of a report by script share: Arabic letters against Latin letters."""

from __future__ import annotations


def detect_language(text: str) -> str:
    """'ar' when Arabic letters make up at least a third of the letters, else 'en'."""
    arabic = latin = 0
    for ch in text:
        if "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufeff":
            arabic += ch.isalpha()
        elif ch.isascii() and ch.isalpha():
            latin += 1
    if arabic + latin == 0:
        return "ar"
    return "ar" if arabic / (arabic + latin) >= 1 / 3 else "en"
