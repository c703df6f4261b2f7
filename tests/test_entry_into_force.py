"""An incident the report puts before an agreement took effect: the cue, the hour the agreement took
effect, the verdict through the store, and a whole invented report (texts written for these tests)."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
import yaml
from test_agreements import agreements_with_test_zone
from test_store import HALFAYA, event, result

from timeline import agreements, briefing
from timeline.agreements import AGREEMENTS_FILE, link_incident, parse_agreements
from timeline.analysis import Filters
from timeline.article import Article
from timeline.briefing.content import build_briefing
from timeline.entry_into_force import CUES_FILE, KINDS, relative_to_agreement
from timeline.export import export
from timeline.extract import _shifted, extract_article
from timeline.merge import Report, summarize
from timeline.normalize import normalize_term
from timeline.paths import DATA_DIR
from timeline.sentences import TextView
from timeline.store import Store

IDLIB_TOWN = {"text": "معرة النعمان", "name": "Maarat al-Numan", "admin1": "Idlib", "precision": 1}


@pytest.fixture(autouse=True)
def test_zone(tmp_path, monkeypatch):
    loaded = agreements_with_test_zone(tmp_path)
    monkeypatch.setattr(agreements, "load_agreements", lambda *a, **k: loaded)
    return loaded


def cue(text: str, at: str | None = None):
    """The cue for an incident whose evidence is the first word of ``text`` (or the words ``at``)."""
    view = TextView(text)
    start = view.flat.index(normalize_term(at).lower() if at else view.flat.split()[0].lower())
    return relative_to_agreement(view.flat, [(start, start + 5)])


# -- the cue ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قصفت المدفعية بلدة كنصفرة قبل ساعات من دخول وقف إطلاق النار حيز التنفيذ.",
        "غارات روسية على أطراف سراقب قبيل سريان الهدنة الجديدة.",
        "Jets struck a village south of Idlib hours before the ceasefire took effect.",
        "Artillery shelled the outskirts of Ariha shortly before the truce came into force.",
    ],
)
def test_before_entry_into_force_is_found(text):
    found = cue(text)
    assert found is not None and found.relation == "before"
    assert TextView(text).flat[slice(*found.span)].split()[0] in {"قبل", "قبيل", "before"}


@pytest.mark.parametrize(
    "text",
    [
        "تجدد القصف على جبل الزاوية بعد يومين من دخول الاتفاق حيز التنفيذ.",
        "Shelling resumed on the southern front a day after the agreement took effect.",
    ],
)
def test_after_entry_into_force_is_found(text):
    assert cue(text).relation == "after"


@pytest.mark.parametrize(
    "text",
    [
        "قصفت المدفعية بلدة كنصفرة قبل ظهر اليوم.",  # "before" with no entry into force
        "Jets struck a village before dawn; the deal is still being negotiated.",
        # the cue is in another sentence than the incident
        "قصفت المدفعية بلدة كنصفرة. وكان القصف قد توقف قبل سريان الهدنة السابقة.",
        # the text says both: no side is taken
        "قصفت المدفعية كنصفرة قبل سريان الهدنة وبعد سريان الهدنة.",
    ],
)
def test_no_cue(text):
    assert cue(text) is None


def test_cue_words_are_far_from_the_phrase_only_within_a_few_words():
    far = "قصفت المدفعية كنصفرة قبل " + "كلمة " * 12 + "حيز التنفيذ."
    assert cue(far) is None


def test_cue_table_is_well_formed():
    rows = list(csv.DictReader(CUES_FILE.open(encoding="utf-8", newline="")))
    seen = set()
    for line, row in enumerate(rows, start=2):
        assert row["kind"] in KINDS, f"line {line}: kind {row['kind']!r}"
        assert row["language"] in {"ar", "en"}, f"line {line}: language {row['language']!r}"
        term = normalize_term(row["term"]).lower()
        assert term, f"line {line}: empty term"
        assert term not in seen, f"line {line}: {term!r} twice"
        seen.add(term)
    for kind in KINDS:
        for language in ("ar", "en"):
            assert any(r["kind"] == kind and r["language"] == language for r in rows), (kind, language)


def test_cue_span_moves_with_a_segment_of_a_long_text():
    ev = {"id": "a-e1", "evidence": [[5, 9]], "relative_to_agreement_evidence": [[10, 20]]}
    assert _shifted(ev, 100, {"a-e1": "a-e4"})["relative_to_agreement_evidence"] == [[110, 120]]


# -- the hour an agreement took effect ------------------------------------------------------------------


def test_moscow_protocol_took_effect_at_one_minute_past_midnight_damascus_time(test_zone):
    moscow = next(a for a in test_zone if a.id == "moscow-2020")
    assert moscow.takes_effect == dt.datetime(2020, 3, 6, 0, 1, tzinfo=moscow.takes_effect.tzinfo)
    assert moscow.takes_effect.utcoffset() == dt.timedelta(hours=2)
    sochi = next(a for a in test_zone if a.id == "sochi-2018")
    assert sochi.start_time is None and sochi.takes_effect is None  # the memorandum names no hour


@pytest.mark.parametrize(
    "in_force", [{"from": "2020-03-06", "at": 1, "time_zone": "Asia/Damascus"}, {"from": "2020-03-06", "at": "00:01"}]
)
def test_an_hour_not_quoted_or_without_its_zone_is_a_clear_error(in_force, tmp_path):
    rows = yaml.safe_load(AGREEMENTS_FILE.read_text(encoding="utf-8"))["agreements"]
    row = dict(next(r for r in rows if r["id"] == "moscow-2020"), in_force=in_force)
    with pytest.raises(ValueError, match="agreements.yaml.*moscow-2020.*in_force.at"):
        parse_agreements([row], tmp_path)


# -- the verdict ----------------------------------------------------------------------------------------


def test_hours_before_the_moscow_protocol_is_judged_on_the_eve_under_sochi():
    plain = link_incident("2020-03-06", "2020-03-06", None, "Idlib", "shelling")
    assert (plain["id"], plain["days_since"]) == ("moscow-2020", 0)
    link = link_incident("2020-03-06", "2020-03-06", None, "Idlib", "shelling", relative="before")
    assert link["id"] == "sochi-2018"
    assert link["days_since"] == (dt.date(2020, 3, 5) - dt.date(2018, 9, 17)).days
    assert link["reason"].endswith("before the Moscow protocol took effect (2020-03-06 00:01 Damascus time)")
    assert "قبل سريان بروتوكول موسكو (2020-03-06 الساعة 00:01 بتوقيت دمشق)" in link["reason_ar"]
    assert "Moscow protocol took effect" in link["reason"] and "after the Moscow" not in link["reason"]
    assert link["latest_day"] == dt.date(2020, 3, 5)  # before 00:01 is the day before


def test_hours_before_an_agreement_with_nothing_judged_before_it_is_before():
    link = link_incident("2018-09-17", "2018-09-17", None, "Idlib", "shelling", relative="before")
    assert link["violation"] == "before"
    assert link["id"] == "astana-2017"
    assert link["reason"] == (
        "shelling before the Sochi memorandum took effect (2018-09-17, hour not known), as the report says, "
        "under the Astana de-escalation memorandum"
    )
    assert link["reason_ar"].startswith("قصف قبل سريان مذكرة سوتشي (2018-09-17، الساعة غير معروفة)")
    assert "latest_day" not in link  # the hour is not known: the day may be the same one


def test_before_with_a_known_hour_names_it():
    rows = yaml.safe_load(AGREEMENTS_FILE.read_text(encoding="utf-8"))["agreements"]
    moscow = next(r for r in rows if r["id"] == "moscow-2020")  # alone: nothing in force before it
    (only,) = parse_agreements([moscow], DATA_DIR)
    link = link_incident("2020-03-06", "2020-03-06", None, "Idlib", "air_strike", (only,), relative="before")
    assert link["violation"] == "before"
    assert (
        link["reason"]
        == "air strike before the Moscow protocol took effect (2020-03-06 00:01 Damascus time), as the report says"
    )


def test_a_night_across_the_day_after_the_agreement_took_effect_is_judged_under_it():
    night = link_incident("2020-03-05", "2020-03-06", None, "Idlib", "shelling")
    assert night["id"] == "sochi-2018"
    link = link_incident("2020-03-05", "2020-03-06", None, "Idlib", "shelling", relative="after")
    assert (link["id"], link["days_since"], link["earliest_day"]) == ("moscow-2020", 0, dt.date(2020, 3, 6))
    assert link["reason"].endswith("on the day the Moscow protocol took effect")  # day 0 of it, not "0 days after"


def test_the_cue_only_moves_an_incident_dated_on_the_day_the_agreement_took_effect():
    later = link_incident("2020-03-09", "2020-03-09", None, "Idlib", "shelling", relative="before")
    assert later == link_incident("2020-03-09", "2020-03-09", None, "Idlib", "shelling")
    after = link_incident("2020-03-06", "2020-03-06", None, "Idlib", "shelling", relative="after")
    assert after == link_incident("2020-03-06", "2020-03-06", None, "Idlib", "shelling")
    eve = link_incident("2020-03-05", "2020-03-05", None, "Idlib", "shelling", relative="after")
    assert eve == link_incident("2020-03-05", "2020-03-05", None, "Idlib", "shelling")  # a date it contradicts


# -- through the merge and the store --------------------------------------------------------------------


def _report(key: str, relative: str | None) -> Report:
    return Report(key, key, dt.date(2018, 9, 17), dt.date(2018, 9, 17), "shelling", relative_to_agreement=relative)


def test_reports_that_disagree_place_the_incident_nowhere():
    assert summarize([_report("a", "before"), _report("b", None)])["relative_to_agreement"] == "before"
    assert summarize([_report("a", "before"), _report("b", "after")])["relative_to_agreement"] is None


def test_store_gives_the_before_verdict_and_keeps_the_cue(db_url):
    store = Store(db_url)
    try:
        shelling = event(first="2018-09-17", type_="shelling", perps=("syrian-government",), targets=(),
                         place=IDLIB_TOWN, relative_to_agreement="before",
                         relative_to_agreement_evidence=[[20, 40]])  # fmt: skip
        plain = event("e2", first="2018-09-17", perps=("hts",), place=HALFAYA)
        store.save_article("/r/x.txt::x", "h-x", result("x", "Outlet X", [shelling, plain]), "نص " * 30)
        frame = store.incidents_frame().set_index("type")
        assert frame.loc["shelling", "violation"] == "before"
        assert "before the Sochi memorandum took effect" in frame.loc["shelling", "violation_reason"]
        assert frame.loc["attack", "violation"] != "before"  # a report without the cue keeps its verdict
    finally:
        store.close()


def _moscow_day_store(db_url: str) -> Store:
    store = Store(db_url)
    shelling = event(first="2020-03-06", type_="shelling", perps=("syrian-government",), targets=(),
                     place=IDLIB_TOWN, relative_to_agreement="before")  # fmt: skip
    store.save_article("/r/m.txt::m", "h-m", result("m", "Outlet M", [shelling]), "نص " * 30)
    return store


def test_hours_before_a_midnight_entry_into_force_moves_the_incident_to_the_eve(tmp_path):
    store = _moscow_day_store(str(tmp_path / "m.sqlite"))
    try:
        (row,) = store.incidents_frame().to_dict("records")
        assert (str(row["first"])[:10], str(row["last"])[:10], row["agreement"]) == (
            "2020-03-05",
            "2020-03-05",
            "sochi-2018",
        )
        assert row["violation_reason"].endswith("(2020-03-06 00:01 Damascus time)")
    finally:
        store.close()


def test_a_night_across_the_day_starts_on_the_day_when_the_report_says_after(tmp_path):
    store = Store(str(tmp_path / "n.sqlite"))
    try:
        night = event(first="2020-03-05", last="2020-03-06", type_="shelling", perps=("syrian-government",),
                      targets=(), place=IDLIB_TOWN, relative_to_agreement="after")  # fmt: skip
        store.save_article("/r/n.txt::n", "h-n", result("n", "Outlet N", [night]), "نص " * 30)
        (row,) = store.incidents_frame().to_dict("records")
        assert (str(row["first"])[:10], str(row["last"])[:10], row["agreement"]) == (
            "2020-03-06",
            "2020-03-06",
            "moscow-2020",
        )
    finally:
        store.close()


def test_an_analyst_date_is_not_moved(tmp_path):
    store = _moscow_day_store(str(tmp_path / "m.sqlite"))
    try:
        (incident_id,) = store.incidents_frame()["incident_id"]
        store.save_review(incident_id, "correct", {"first": "2020-03-06", "last": "2020-03-06"}, analyst="rm")
        (row,) = store.incidents_frame().to_dict("records")
        assert str(row["first"])[:10] == str(row["last"])[:10] == "2020-03-06"
    finally:
        store.close()


# -- a whole invented report ----------------------------------------------------------------------------


def test_a_report_of_strikes_hours_before_the_truce_is_not_called_a_violation_of_it(tmp_path):
    text = (
        "إدلب - 17 أيلول 2018\n\n"
        "قصفت قوات النظام بالمدفعية الثقيلة بلدة التمانعة في ريف إدلب الجنوبي قبل ساعات من دخول "
        "الاتفاق الجديد حيز التنفيذ، ما أدى إلى مقتل مدنيين اثنين بحسب الدفاع المدني.\n"
    )
    article = Article(key="eif", text=text, published=dt.datetime(2018, 9, 17, 18, 0), language="ar", source="موقع")
    extracted = extract_article(article)
    (shelling,) = [e for e in extracted["events"] if e["type"] == "shelling"]
    assert shelling["relative_to_agreement"] == "before"
    (span,) = shelling["relative_to_agreement_evidence"]
    assert text[span[0] : span[1]].startswith("قبل ساعات")
    store = Store(str(tmp_path / "e2e.sqlite"))
    try:
        store.save_article("/r/eif.txt::eif", "h-eif", extracted, text)
        frame = store.incidents_frame()
        row = frame.set_index("type").loc["shelling"]
        assert row["violation"] == "before"
        assert "قبل سريان مذكرة سوتشي" in row["violation_reason_ar"]
        (exported,) = [r for r in csv.DictReader(io.StringIO(export(frame, "csv"))) if r["violation"] == "before"]
        assert "before the Sochi memorandum took effect (2018-09-17, hour not known)" in exported["notes"]
        september = Filters(start=dt.date(2018, 9, 1), end=dt.date(2018, 9, 30))
        html = briefing.render_bytes(build_briefing(store, september, "ar", with_charts=False), "html")
        assert "قبل سريان مذكرة سوتشي (2018-09-17، الساعة غير معروفة)" in html.decode("utf-8")
    finally:
        store.close()


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Was the deal signed? Jets struck Kafr Nabl hours before the ceasefire took effect.", "before"),
        ("Hours before the ceasefire took effect talks went on!\nJets struck Kafr Nabl at dawn.", None),
        ("Talks ended. Hours before the ceasefire took effect, nothing moved. Jets struck Kafr Nabl.", None),
    ],
)
def test_the_cue_is_read_in_the_sentence_of_an_incident_told_later_in_the_text(text, relation):
    found = cue(text, at="Jets")
    assert (found.relation if found else None) == relation


# -- the gate before the cue pattern ---------------------------------------------------------------------


def _cue_words() -> dict[str, list[str]]:
    words: dict[str, list[str]] = {kind: [] for kind in KINDS}
    with CUES_FILE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            words[row["kind"]].append(row["term"])
    return words


def test_the_gate_lets_through_every_pairing_of_the_tables_words_in_either_case():
    """Every "before"/"after" word with every "effect" phrase, a few filler words apart, in lower case and in
    capitals: the gate finds a word of the phrase, so the pattern is searched and matches."""
    from timeline.entry_into_force import cue_pattern

    cues = cue_pattern()
    words = _cue_words()
    for relation in ("before", "after"):
        for word in words[relation]:
            for phrase in words["effect"]:
                for text in (
                    f"filler words {word} two more {phrase} end",
                    f"FILLER {word.upper()} ONE {phrase.upper()}",
                ):
                    assert [m.group(relation) for m in cues.finditer(text, 0, len(text))], text


def test_the_gate_skips_a_sentence_without_an_effect_phrase_and_its_words_are_the_tables():
    from timeline.entry_into_force import cue_pattern

    cues = cue_pattern()
    assert cues.finditer("shelling hit the town before noon, after the talks", 0, 49) == []
    phrases = [normalize_term(p).lower() for p in _cue_words()["effect"]]
    assert all(any(word in phrase.split() for phrase in phrases) for word in cues.gate_words)
    assert all(any(word in phrase.split() for word in cues.gate_words) for phrase in phrases)


def test_only_the_odd_characters_match_a_gate_letter_without_holding_it_once_lower_cased():
    """The gate searches the lower-cased text for words the pattern matches case-insensitively: every character
    the regex engine takes for a letter of a gate word holds that letter once lower-cased, or is one of
    ``CASE_ODD_CHARS`` (whose slices skip the gate)."""
    import re
    import sys

    from timeline.entry_into_force import CASE_ODD_CHARS, cue_pattern

    letters = {ch for word in cue_pattern().gate_words for ch in word}
    cased = [
        chr(c) for c in range(sys.maxunicode + 1) if chr(c).lower() != chr(c).upper() or chr(c).casefold() != chr(c)
    ]
    for letter in letters:
        letter_pattern = re.compile(re.escape(letter), re.IGNORECASE)
        odd = [x for x in cased if letter_pattern.fullmatch(x) and letter not in x.lower() and x not in CASE_ODD_CHARS]
        assert not odd, (letter, odd)


def test_a_long_s_in_a_gate_word_still_reaches_the_case_insensitive_pattern(tmp_path):
    """The regex engine takes a long s for an s: a slice holding one is searched whatever the gate says."""
    from timeline.entry_into_force import cue_pattern

    table = tmp_path / "cues.csv"
    table.write_text("term,kind,language,note\nbefore,before,en,\ngoes live,effect,en,\n", encoding="utf-8")
    cues = cue_pattern(table)
    assert cues.gate_words == ("goes",)
    text = "the strike came before the new truce goe\u017f live"
    assert [m.group("before") for m in cues.finditer(text, 0, len(text))] == ["before"]


def test_a_report_whose_text_fails_the_gate_has_no_cue_in_any_sentence():
    """The incidents of a report are looked at for a cue only when its whole text passes the gate (asked once):
    every text with a cue in one of its sentences passes it, and a text of incidents without one does not."""
    from timeline.entry_into_force import cue_pattern

    cues = cue_pattern()
    words = _cue_words()
    for relation in ("before", "after"):
        for phrase in words["effect"]:
            text = f"Shells hit the market. Jets struck a farm {words[relation][0]} the {phrase}.\nA car was hit."
            view = TextView(text)
            assert cues.may_hold(view.flat) and cue(text, words[relation][0]) is not None, text
    assert not cues.may_hold(TextView("Shells hit the market before noon. A car was hit after the talks.").flat)
