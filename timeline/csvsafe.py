"""CSV cells that a spreadsheet would run as a formula are neutralised (OWASP "CSV injection").

A source name, place, note or analyst note that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return (after any spaces) would be evaluated by Excel or LibreOffice when the file is opened;
such a cell gets a leading ``'`` so it is shown as the text it is. Numbers are left alone (a negative
number is data, not a formula). Every CSV the project writes goes through ``safe_cell``.
"""

from __future__ import annotations

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """``value`` with a leading ``'`` when it is text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame_csv(frame: pd.DataFrame) -> str:
    """``frame`` as CSV text (no index) with every text cell made safe."""
    return frame.map(safe_cell).to_csv(index=False)
