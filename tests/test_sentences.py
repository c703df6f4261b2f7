"""Headlines and body text of scraped pages (texts written for these tests)."""

from __future__ import annotations

from timeline.sentences import TextView, clauses


def _headline_texts(text: str) -> list[str]:
    flat = TextView(text).flat
    return [flat[c.start : c.end].strip() for c in clauses(flat) if c.headline]


def test_a_title_printed_again_as_the_first_body_sentence_is_a_headline():
    text = (
        "Rockets kill four in the old market of Hama\n\n"
        "Monday 4 March 2019 10:12 Rockets kill four in the old market of Hama. Four people were killed on Monday "
        "when rockets hit the old market, a civil defence source said.\n"
    )
    heads = _headline_texts(text)
    assert any(h.endswith("old market of hama.") for h in heads)
    assert not any(h.startswith("four people were killed") for h in heads)


def test_a_title_run_into_the_lead_without_a_full_stop_stays_body():
    text = "Rockets kill four in Hama\n\nRockets kill four in Hama AFP Monday 4 Mar 2019 Four people were killed.\n"
    assert _headline_texts(text) == ["rockets kill four in hama"]


def test_and_said_opens_a_new_clause():
    flat = TextView("Rebels blamed Russian jets for the raid and said they would fight on.\n").flat
    parts = [flat[c.start : c.end].strip() for c in clauses(flat)]
    assert parts == ["rebels blamed russian jets for the raid", "and said they would fight on."]
