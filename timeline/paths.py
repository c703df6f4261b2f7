"""Where the project's reference data lives, so no module hard-codes a path."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
LEXICON_DIR = DATA_DIR / "lexicon"
SAMPLE_DIR = DATA_DIR / "sample"
