"""Which place an incident takes, in reports from all over Syria: names the gazetteer lacks, names that go on past a
shorter one it knows, neighbourhoods of cities, governorate spellings, and places named that are not the incident's.
Every sentence is written for these tests, in the project's own words (none is taken from a corpus)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.article import Article
from timeline.extract import extract_article
from timeline.places import find_places

PUBLISHED = dt.datetime(2018, 3, 8, 12, 0)


def _events(text: str) -> list[dict]:
    language = "en" if text.isascii() else "ar"
    article = Article(key="p", text=text, published=PUBLISHED, language=language, source="Probe")
    return extract_article(article)["events"]


def _place(text: str) -> dict:
    [event] = _events(text)
    return event["place"]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Army guns pounded the town of Busra al-Harir in Daraa province on Tuesday, killing two farmers.", "Busra al-Harir", "Daraa"),
        ("قصفت مدفعية النظام بلدة بصرى الحرير بريف درعا يوم الثلاثاء، وقتل مزارعان.", "بصرى الحرير", "Daraa"),
    ],
)  # fmt: skip
def test_a_town_whose_name_begins_with_a_short_name_of_another_is_not_that_other(text, name, admin1):
    place = _place(text)
    assert (place["text"], place["admin1"]) == (name, admin1)
    assert "Busra" not in (place["name"] or "") or place["name"] == name  # not Busra ash-Sham
    assert place["pcode"] in (None, "")


def test_the_short_name_is_still_the_place_when_the_text_names_it_alone_or_by_its_long_name():
    assert [m.name for m in find_places("قصف على مدينة بصرى أمس")] == ["Busra ash Sham"]
    assert [m.name for m in find_places("Shells fell on Busra al-Sham overnight")] == ["Busra ash Sham"]
    assert [m.name for m in find_places("سقطت قذائف على بلدة بصرى الأحد")] == ["Busra ash Sham"]  # a weekday
    # a describing word (a nisba) after a town's short name is no other name
    assert [m.name for m in find_places("سقطت قذائف قرب مدينة بصرى الأثرية")] == ["Busra ash Sham"]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Jets struck the village of Tal Abyad al-Gharbi on Monday, killing a shepherd and his son.", "Tal Abyad al-Gharbi", "Raqqa"),
        ("Two women died when rockets hit Kafr Zita al-Sharqi on Sunday, rescuers said.", "Kafr Zita al-Sharqi", "Hama"),
        ("قتل ثلاثة مدنيين بغارة على قرية الرهجان الشرقي يوم الثلاثاء.", "الرهجان الشرقي", "Hama"),
        ("سقطت قذائف على بلدة كفرزيتا الصغيرة مساء الخميس، وأصيب طفلان.", "كفرزيتا الصغيرة", "Hama"),
    ],
)  # fmt: skip
def test_a_side_or_size_word_after_a_village_names_its_neighbour(text, name, admin1):
    place = _place(text)
    assert (place["text"], place["name"], place["admin1"]) == (name, name, admin1)
    assert place["lat"] is None and place["pcode"] in (None, "")  # not the coordinates of the village beside it


def test_a_side_word_after_a_city_region_or_part_of_a_town_stays_a_describing_word():
    assert [m.name for m in find_places("دخلت الحافلات أحياء حلب الشرقية")] == ["Aleppo"]
    assert [m.name for m in find_places("اشتباكات على أطراف كفرنبل الشمالية")] == ["Kafranbel"]
    assert [m.name for m in find_places("قصف على ريف حماة الشرقي")] == ["eastern Hama countryside"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل مدنيان من أبناء مدينة كفرنبل بغارة جوية استهدفت سوقاً في بلدة حاس يوم الأحد.", "حاس"),
        ("قتل مدني من أهالي بلدة كفرزيتا بقصف مدفعي على قرية المغير اليوم.", "المغير"),
        ("Two natives of Kafranbel lost their lives on Sunday in a drone strike on a market in Hass, rescuers said.", "Hass"),
    ],
)  # fmt: skip
def test_the_victims_home_town_is_not_where_they_were_hit(text, place):
    assert _place(text)["text"] == place


def test_a_home_town_that_was_hit_too_stays_the_place():
    assert _place("قتل شاب من أبناء بلدة كفرنبل بقصف مدفعي على البلدة مساء الأحد.")["text"] == "كفرنبل"


@pytest.mark.parametrize(
    ("text", "place", "admin1"),
    [
        ("Coalition jets killed 14 civilians in the al-Mashlab district of Raqqa on Tuesday, the monitor said.", "al-Mashlab", "Raqqa"),
        ("Mortars fired by rebels hit the al-Wurud quarter of Damascus on Friday, wounding seven people.", "al-Wurud", "Damascus"),
    ],
)  # fmt: skip
def test_a_quarter_told_of_its_city_is_the_place_not_the_city(text, place, admin1):
    found = _place(text)
    assert (found["text"], found["admin1"]) == (place, admin1)


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("A car bomb went off in the Zahraa neighbourhood of Homs city on Saturday, killing nine people.", "Homs"),
        ("A bomb blast hit the Jamiat al-Zahraa neighbourhood in the city of Hama on Sunday, killing two.", "Hama"),
    ],
)
def test_a_quarter_the_gazetteer_lists_in_another_city_is_the_one_of_the_city_the_text_names(text, admin1):
    found = _place(text)
    assert "Zahraa" in found["text"] and found["admin1"] == admin1 and found["lat"] is None


def test_a_quarter_told_of_its_own_city_keeps_its_gazetteer_entry():
    found = _place("A shell hit the Zahraa neighbourhood of Aleppo on Saturday, killing a child.")
    assert (found["name"], found["admin1"]) == ("Jamiat al-Zahraa", "Aleppo")


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("A car bomb killed five people in Hassakeh on Monday, Kurdish police said.", "Al-Hasakah"),
        ("Mortar fire killed two children in Sueida province on Monday, state media said.", "As-Suwayda"),
        ("Air strikes killed three people in Raqa on Monday, the monitor said.", "Raqqa"),
        ("Islamic State shelling killed four civilians in Deir Ezzor province on Monday.", "Deir ez-Zor"),
        ("Jets bombed several villages in Idleb province on Monday, killing 11 civilians.", "Idlib"),
        ("Government air strikes killed nine people in the Damascus countryside on Monday.", "Rif Dimashq"),
        ("قتل ثلاثة مدنيين بقصف على ديرالزور يوم الإثنين.", "Deir ez-Zor"),
        ("قتل ثلاثة مدنيين بقصف على محافظة ادلب يوم الإثنين.", "Idlib"),
    ],
)
def test_governorates_and_their_cities_in_the_spellings_reports_use(text, admin1):
    assert _place(text)["admin1"] == admin1


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Army shelling killed six fighters in the Qalamoun mountains on Monday, the monitor said.", "Qalamoun", "Rif Dimashq"),
        ("قتل مقاتلان باشتباكات في منطقة وادي بردى يوم الإثنين.", "Wadi Barada", "Rif Dimashq"),
        ("Regime jets bombed the Lajat area on Monday, killing four people.", "al-Lajat", "Daraa"),
    ],
)  # fmt: skip
def test_named_regions_beyond_the_north_west(text, name, admin1):
    place = _place(text)
    assert (place["name"], place["admin1"], place["precision"]) == (name, admin1, 3)


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("Rebel mortars hit Bab Touma on Saturday, wounding seven people, state media said.", "Bab Touma", "Damascus"),
        ("قتل مدنيان بقذائف سقطت على حي باب شرقي في دمشق يوم السبت.", "Bab Sharqi", "Damascus"),
        ("Shelling killed four people in al-Waer on Sunday, activists said.", "al-Waer", "Homs"),
        ("قتل طفل بقصف على حي بابا عمرو يوم الأحد.", "Baba Amr", "Homs"),
        ("Barrel bombs killed five people in Muadamiyat al-Sham on Tuesday.", "Muadamiyat al-Sham", "Rif Dimashq"),
        ("قصفت قوات النظام حي طريق السد في مدينة درعا يوم الخميس، ما أدى لمقتل امرأة.", "Tariq al-Sad", "Daraa"),
        ("Shells fell on Taldou in the Houla plain on Friday, killing a man.", "Taldou", "Homs"),
    ],
)
def test_quarters_and_towns_of_damascus_homs_and_daraa(text, name, admin1):
    place = _place(text)
    assert (place["name"], place["admin1"]) == (name, admin1)


def test_a_common_word_that_names_a_quarter_needs_its_cue():
    assert find_places("سلك المقاتلون الطريق الوعر نحو الجبل") == []
    assert [m.name for m in find_places("قصف على حي الوعر في حمص")] == ["al-Waer", "Homs"]


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("قصف الطيران قرية المليحة بريف درعا الشرقي يوم الثلاثاء، ما أدى لمقتل أربعة.", "المليحة", "Daraa"),
        ("Jets struck the village of al-Maliha in rural Daraa on Tuesday, killing four people.", "Maliha", "Daraa"),
        ("قصف الطيران بلدة الغارية الشرقية في ريف درعا الشرقي يوم الثلاثاء، ما أدى لمقتل أربعة.", "الغارية الشرقية", "Daraa"),
    ],
)  # fmt: skip
def test_a_namesake_far_from_the_governorate_the_text_names_is_another_place(text, name, admin1):
    place = _place(text)
    assert (place["text"], place["admin1"], place["lat"]) == (name, admin1, None)


def test_a_town_by_a_governorate_border_filed_under_the_neighbouring_governorate_keeps_its_entry():
    [mention, region] = find_places("غارات على بلدة ترمانين في ريف حلب الغربي")
    assert (mention.name, mention.admin1, region.admin1) == ("Tirmanin", "Idlib", "Aleppo")
    [mention, region] = find_places("قصف على مدينة دوما في ريف دمشق")  # the capital and its countryside
    assert (mention.name, mention.admin1) == ("Duma", "Rif Dimashq")


def test_a_name_read_only_after_its_cue_goes_on_in_capitals():
    place = _place(
        "Shells hit the village of Tell Shihab in the western Daraa countryside on Tuesday, killing a child."
    )
    assert (place["text"], place["admin1"]) == ("Tell Shihab", "Daraa")
    # a name the gazetteer reads anywhere stops at its end: punctuation-less wires run on into the next sentence
    assert [m.name for m in find_places("shells fell on the city of Aleppo Opposition monitors reported")] == ["Aleppo"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قتل مدنيان بقصف على قرية أم ولد بريف درعا الشرقي يوم الثلاثاء.", "أم ولد"),
        ("سقطت قذائف على قرية بيت لهيا جنوبي البلدة يوم الثلاثاء، وأصيب طفل.", "بيت لهيا"),
    ],
)
def test_a_name_that_begins_with_a_head_word_keeps_its_second_word(text, name):
    assert _place(text)["text"] == name


def test_after_a_head_word_a_preposition_or_another_settlement_ends_the_name():
    assert _place("قصفت المدفعية قرية عين في ريف حمص يوم الثلاثاء، وقتل رجل.")["text"] == "عين"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قتل طفلان بقصف على بلدة زبدين المحاصرة يوم الأربعاء.", "زبدين"),
        ("قتل طفلان بقصف على بلدة بيت تيما المحاصرة يوم الأربعاء.", "بيت تيما"),
        ("قتل طفلان بقصف على قرية عين المريجة يوم الأربعاء.", "عين المريجة"),
    ],
)
def test_a_participle_after_a_town_the_gazetteer_lacks_describes_it(text, name):
    assert _place(text)["text"] == name


def test_a_list_of_places_is_no_place_told_in_a_governorate():
    first, *_ = find_places("قصفت الطائرات اللطامنة، حلب، وإدلب")
    assert (first.name, first.admin1) == ("Al-Lataminah", "Hama")
