"""Relative days in reported speech count from the day the words were said when the sentence gives it
(GOLD_SCHEMA: "اليوم"/"أمس" inside testimony resolve against the testimony's day): a day between a verb of saying
and "إن"/"that" (``date_words.csv`` classes ``speech_verb``, ``speech_complementizer``), or a day told after a
quotation with a verb of saying. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import tag_dates

SUNDAY = dt.datetime(2019, 6, 16, 18, 0)
D = dt.date


def _days(text: str) -> dict[str, tuple[dt.date, str | None]]:
    return {m.text: (m.first, m.reference) for m in tag_dates(text, SUNDAY)}


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        # said yesterday: their "today" was yesterday
        ("وقال مسعف من البلدة أمس إن الغارات تجددت اليوم على الأحياء الغربية", "اليوم", D(2019, 6, 15)),
        # said on Thursday: their "yesterday" was Wednesday, their "today" Thursday
        ("وأفادت مصادر محلية يوم الخميس بأن القصف طال المدرسة أمس", "أمس", D(2019, 6, 12)),
        ("وذكر الدفاع المدني الخميس الماضي أن فرقه انتشلت اليوم جثث ثلاثة أطفال", "اليوم", D(2019, 6, 13)),
        ("A doctor in the town said on Wednesday that the clinic had been hit yesterday.", "yesterday", D(2019, 6, 11)),
        # a weekday told in speech given on Thursday is on or before that Thursday, not the Saturday just past
        ("The monitor said on Thursday that jets had struck the camp on Saturday.", "on Saturday", D(2019, 6, 8)),
    ],
)
def test_a_relative_day_in_reported_speech_counts_from_the_day_it_was_said(text, span, day):
    assert _days(text)[span] == (day, "quote")


def test_a_day_told_after_a_quotation_is_the_day_it_was_given():
    text = '"The shells fell on us yesterday at dawn," a farmer told the agency on Friday.'
    assert _days(text)["yesterday"] == (D(2019, 6, 13), "quote")


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        # said today: nothing moves
        ("قال ناشط اليوم الأحد إن الطائرات قصفت القرية أمس", "أمس", D(2019, 6, 15)),
        # no day given for the saying: the publication day
        ("وقال مصدر طبي إن الغارات قتلت أمس خمسة مدنيين", "أمس", D(2019, 6, 15)),
        # "غير أن" is "but": the day before it is the narrative's, and "today" stays the publication day
        ("أعلنت الأطراف عن الهدنة مساء الخميس، غير أن المدافع قصفت صباح اليوم قرية مجاورة", "صباح اليوم", D(2019, 6, 16)),
        # a day told before the verb of saying is the narrative's, not the saying's
        ("Jets struck the town on Thursday, and a resident said that more raids came yesterday.", "yesterday", D(2019, 6, 15)),
    ],
)  # fmt: skip
def test_speech_with_no_day_of_its_own_keeps_the_publication_day(text, span, day):
    assert _days(text)[span][0] == day
