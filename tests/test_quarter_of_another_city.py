"""A city's quarter whose name the gazetteer gives a quarter of another city: the town named with it or the report's
dateline chooses (texts written for these tests, in the project's own words)."""

from __future__ import annotations

from timeline.places import find_places


def _quarter(text: str, name: str) -> tuple[str, str]:
    mention = next(m for m in find_places(text) if name in m.text)
    return mention.name, mention.admin1


def test_a_quarter_told_of_another_town_of_its_governorate_is_that_towns():
    text = "قصفت المدفعية يوم الأحد حي الأشرفية في مدينة عفرين وأصابت امرأة."
    assert _quarter(text, "الأشرفية") == ("", "Aleppo")  # not the Aleppo city quarter of the gazetteer


def test_a_quarter_told_of_its_own_city_keeps_the_gazetteers_quarter():
    text = "قصفت المدفعية يوم الأحد حي الأشرفية في مدينة حلب وأصابت امرأة."
    assert _quarter(text, "الأشرفية") == ("al-Ashrafiyah (Aleppo)", "Aleppo")


def test_a_quarter_in_a_report_datelined_in_another_governorates_city_arabic():
    text = "حلب - أصيب ثلاثة مارة صباح اليوم بقذيفة هاون سقطت في حي الميدان."
    assert _quarter(text, "الميدان") == ("", "Aleppo")


def test_a_quarter_in_a_wire_datelined_in_another_governorates_city_english():
    text = (
        "Shelling\n\nALEPPO, Syria (AP) — A mortar round fell in the al-Midan neighborhood on Monday, wounding a boy."
    )
    assert _quarter(text, "Midan") == ("", "Aleppo")


def test_a_quarter_of_the_dateline_city_stays_the_gazetteers():
    text = "DAMASCUS (Reuters) - A shell struck the al-Midan neighborhood on Monday, wounding a boy."
    assert _quarter(text, "Midan") == ("al-Midan", "Damascus")


def test_a_city_named_in_passing_is_no_dateline():
    text = "Residents of Aleppo said a shell struck the al-Midan neighborhood of Damascus on Monday."
    assert _quarter(text, "Midan") == ("al-Midan", "Damascus")
