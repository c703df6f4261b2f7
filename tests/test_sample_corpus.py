"""Checks that the invented sample corpus and its gold annotations agree with each other and with the calendar.

The gold in data/sample/gold follows ../shared/eval/GOLD_SCHEMA.md; the scorer trusts it, so a typo here
(a date text that is not in the article, a weekday that does not fit its date) would silently skew every figure.
The article texts are read here independently of timeline.readers, so a reader bug cannot hide a gold error.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hijridate import Hijri

from timeline.event_types import event_types

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
GOLD = SAMPLE / "gold"

EVENT_TYPES = set(event_types().ids())
DATE_KINDS = {"absolute", "relative", "hijri"}
GOVERNORATES = {"Idlib", "Hama", "Latakia", "Aleppo"}
VALUE_RE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}-\d{2}-\d{2})?")
MISMATCH_MARK = "DELIBERATE weekday mismatch"

# Independent oracle for the weekday check (Monday = 0), not the project's lexicon under test.
WEEKDAYS = {
    "الإثنين": 0,
    "الاثنين": 0,
    "الثلاثاء": 1,
    "الأربعاء": 2,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
    "الاحد": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAY_RE = re.compile("|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True)), re.IGNORECASE)
HIJRI_MONTHS = {
    "محرم": 1,
    "صفر": 2,
    "ربيع الأول": 3,
    "ربيع الآخر": 4,
    "ربيع الثاني": 4,
    "جمادى الأولى": 5,
    "جمادى الآخرة": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعدة": 11,
    "ذي القعدة": 11,
    "ذو الحجة": 12,
    "ذي الحجة": 12,
}
HIJRI_RE = re.compile(r"(\d{1,2})\s+(" + "|".join(map(re.escape, HIJRI_MONTHS)) + r")\s+(\d{4})")


class _VisibleText(HTMLParser):
    """Collects the text a reader of the page sees: everything outside <head>, <script> and <style>."""

    HIDDEN = {"head", "script", "style"}

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        self.depth += tag in self.HIDDEN

    def handle_endtag(self, tag):
        self.depth -= tag in self.HIDDEN

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def _telegram_text(text) -> str:
    if isinstance(text, str):
        return text
    return "".join(part if isinstance(part, str) else part.get("text", "") for part in text)


def load_articles() -> dict[str, str]:
    """Gold id -> the text to annotate, per the format rules of the dev corpus README."""
    articles: dict[str, str] = {}
    for path in sorted(SAMPLE.iterdir()):
        if path.suffix == ".txt":
            articles[path.stem] = path.read_text(encoding="utf-8")
        elif path.suffix == ".html":
            parser = _VisibleText()
            parser.feed(path.read_text(encoding="utf-8"))
            articles[path.stem] = "".join(parser.parts)
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                articles[f"{path.stem}-{item['id']}"] = item["text"]
        elif path.suffix == ".csv":
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle):
                    articles[f"{path.stem}#{row['id']}"] = row["text"]
        elif path.name == "result.json":
            export = json.loads(path.read_text(encoding="utf-8"))
            for message in export["messages"]:
                text = _telegram_text(message.get("text", ""))
                if message.get("type") == "message" and text:
                    articles[f"telegram-{message['id']}"] = text
    return articles


def load_golds() -> dict[str, dict]:
    return {g["id"]: g for g in (json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json")))}


ARTICLES = load_articles()
GOLDS = load_golds()
FACTIONS = {row["id"] for row in csv.DictReader((ROOT / "data" / "factions.csv").open(encoding="utf-8"))}


def _days(value: str) -> tuple[dt.date, dt.date] | None:
    """Day-precise values only: 'YYYY-MM-DD' or 'YYYY-MM-DD/YYYY-MM-DD'."""
    parts = value.split("/")
    if not all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", p) for p in parts):
        return None
    return dt.date.fromisoformat(parts[0]), dt.date.fromisoformat(parts[-1])


def test_every_article_has_gold_and_every_gold_an_article():
    assert len(ARTICLES) == 40
    assert set(ARTICLES) == set(GOLDS)


def test_gold_file_names_follow_the_ids():
    for path in GOLD.glob("*.json"):
        gid = json.loads(path.read_text(encoding="utf-8"))["id"]
        assert path.stem == gid.replace("#", "-"), path.name


def test_language_mix():
    languages = [g["language"] for g in GOLDS.values()]
    assert languages.count("ar") == 32 and languages.count("en") == 8


@pytest.mark.parametrize("gid", sorted(GOLDS))
def test_gold_is_well_formed(gid):
    gold = GOLDS[gid]
    assert gold["language"] in {"ar", "en"}
    assert isinstance(gold["published_printed"], bool)
    published = dt.datetime.fromisoformat(gold["published"])
    assert dt.datetime(2018, 8, 1) <= published <= dt.datetime(2020, 3, 31, 23, 59)
    for date in gold["dates"]:
        assert set(date) <= {"text", "value", "kind", "note"}, date
        assert date["kind"] in DATE_KINDS, date
        assert VALUE_RE.fullmatch(date["value"]), date
        assert "2018" <= date["value"][:4] <= "2020", date
    for event in gold["events"]:
        assert event["type"] in EVENT_TYPES, event
        assert set(event["perpetrators"]) <= FACTIONS - {"civilians"}, event
        assert set(event["targets"]) <= FACTIONS, event
        assert event["admin1"] in GOVERNORATES, event
        assert all(isinstance(n, int) and n >= 0 for n in event["killed"] + event["wounded"]), event
        assert all(isinstance(s, str) and s for s in event["sources"]), event
        if event["first"] is not None:
            first, last = dt.date.fromisoformat(event["first"]), dt.date.fromisoformat(event["last"])
            assert first <= last <= published.date(), event


@pytest.mark.parametrize("gid", sorted(GOLDS))
def test_gold_texts_occur_in_the_article(gid):
    text = ARTICLES[gid]
    for date in GOLDS[gid]["dates"]:
        assert date["text"] in text, date["text"]
    for event in GOLDS[gid]["events"]:
        for place in event["places"]:
            assert place in text, place
        for source in event["sources"]:
            assert source in text, source


def _weekdays_agree(date: dict) -> bool:
    days = _days(date["value"])
    named = [WEEKDAYS[m.group(0).lower()] for m in WEEKDAY_RE.finditer(date["text"])]
    if not named or days is None:
        return True
    first, last = days
    if len(named) == 1:
        return first == last and first.weekday() == named[0]
    return (first.weekday(), last.weekday()) == (named[0], named[-1])


def test_weekdays_agree_with_the_calendar_except_the_one_noted():
    disagreeing = [(gid, d["text"]) for gid, gold in GOLDS.items() for d in gold["dates"] if not _weekdays_agree(d)]
    noted = [
        (gid, d["text"]) for gid, gold in GOLDS.items() for d in gold["dates"] if MISMATCH_MARK in d.get("note", "")
    ]
    assert len(noted) == 1
    assert disagreeing == noted


@pytest.mark.parametrize("gid", sorted(GOLDS))
def test_every_printed_weekday_is_inside_an_annotated_date(gid):
    """So that the calendar check above sees every weekday the article prints."""
    text = ARTICLES[gid]
    spans = [(m.start(), m.end()) for d in GOLDS[gid]["dates"] for m in re.finditer(re.escape(d["text"]), text)]
    loose = [m.group(0) for m in WEEKDAY_RE.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    assert loose == []


def test_printed_hijri_dates_follow_umm_al_qura():
    checked = 0
    for gold in GOLDS.values():
        for date in gold["dates"]:
            match = HIJRI_RE.search(date["text"].translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
            if date["kind"] == "hijri" and match:
                day, month, year = int(match.group(1)), HIJRI_MONTHS[match.group(2)], int(match.group(3))
                assert Hijri(year, month, day).to_gregorian().isoformat() == date["value"], date
                checked += 1
    assert checked >= 2


def test_sidecar_gives_the_unprinted_publication_date():
    meta = json.loads((SAMPLE / "011.meta.json").read_text(encoding="utf-8"))
    assert set(meta) == {"published", "url", "source", "title"}
    assert GOLDS["011"]["published"] == meta["published"] and not GOLDS["011"]["published_printed"]
