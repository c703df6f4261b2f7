"""The whole-country gazetteer: places beyond the north-west are found, and the common words, person names and
foreign exonyms among its names stay words. Sentences written for the project (not taken from any corpus)."""

from __future__ import annotations

import pytest

from timeline.places import find_places, places


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.admin1) for m in find_places(text)]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("سقطت صواريخ على مدينة دوما صباحاً", "دوما", "Rif Dimashq"),
        ("قصف مدفعي على بلدة سقبا", "سقبا", "Rif Dimashq"),
        ("اشتباكات في حي جوبر شرق العاصمة", "جوبر", "Damascus"),
        ("غارة على مدينة الميادين شرقي البلاد", "الميادين", "Deir ez-Zor"),
        ("انفجار في مدينة القامشلي", "القامشلي", "Al-Hasakah"),
        ("قصف على مدينة نوى في الجنوب", "نوى", "Daraa"),
        ("استهدفت الطائرات مطار التيفور العسكري", "مطار التيفور", "Homs"),
        ("Shells hit the town of Douma on Sunday", "Douma", "Rif Dimashq"),
        ("Fighting near Palmyra continued", "Palmyra", "Homs"),
    ],
)
def test_places_of_every_governorate_are_found(text, name, admin1):
    assert (name, admin1) in [(t, a) for t, _, a in found(text)]


def test_eastern_ghouta_is_a_region_not_the_subdistrict_named_after_it():
    [mention] = find_places("تصعيد عسكري في الغوطة الشرقية")
    assert (mention.kind, mention.name, mention.admin1, mention.precision) == (
        "region",
        "Eastern Ghouta",
        "Rif Dimashq",
        3,
    )


@pytest.mark.parametrize(
    "text",
    [
        "أعلن الفصيل تبني الهجوم في بيان",  # تبني: "claiming", also a village of Deir ez-Zor
        "قال إنه بصدد الرد على الخرق",  # صدد: "about to", also a town of Homs
        "في ذكرى الثورة خرجت مظاهرات",  # الثورة: "the revolution", also a district of Raqqa
        "نشر الناشطون صور الدمار",  # صور: "pictures"
        "وقع الطرفان ورقة تفاهم",  # ورقة = و + رقة, not Raqqa
        "في إشارة إلى الاتفاق الأخير",  # إشارة: "mention", also a village of Deir ez-Zor
        "Fighters of Hayat Tahrir al-Sham attacked the post",  # al-Sham is the Levant, not Damascus
        "A spokesman named Ezra Khan said nothing",  # names of people, also exonyms of Syrian towns
        "لم يقدم التقرير أي دليل بصري",  # بصري: "visual", also Busra once ى is normalized
        "Rebels shelled the Mallah farms north of the city",  # Aleppo's farms, not the Suwayda village
    ],
)
def test_common_words_and_person_names_stay_words(text):
    assert found(text) == []


def test_a_common_word_name_is_a_place_after_a_cue():
    assert ("الثورة", "Raqqa") in [(t, a) for t, _, a in found("سيطرت القوات على مدينة الثورة")]
    assert ("صدد", "Homs") in [(t, a) for t, _, a in found("قذائف على بلدة صدد")]


def test_arabic_names_of_towns_are_the_official_spelling():
    """GeoNames lists Arabic alternates in no order; the one OCHA gives the town's admin unit is its name."""
    towns = {p.name_en: p.name_ar for p in places() if p.kind == "town"}
    assert towns["Damascus"] == "دمشق"  # GeoNames lists "د مشق" first
    assert towns["Latakia"] == "اللاذقية"  # and a Latin transliteration filed as Arabic first


def test_villages_of_the_euphrates_valley_and_of_idlib_read_in_english():
    """Places reports name that the gazetteer once lacked (an English name, the sub-district, no Arabic shown)."""
    text = "اشتبكت القوات مع التنظيم في الباغوز والمراشدة، وسقطت قذائف على زردنا وترمانين وحي عش الورور."
    found = {m.name: m.pcode for m in find_places(text)}
    assert found == {
        "al-Baghuz Fawqani": "SY090203",
        "al-Marashida": "SY090203",
        "Zardana": "SY070005",
        "Tirmanin": "SY070301",
        "Ish al-Warwar": "SY010000",
    }
