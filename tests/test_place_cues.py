"""Places introduced by the cue words of ``data/lexicon/place_words.csv`` (texts written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.article import Article
from timeline.extract import extract_article
from timeline.incident_places import cue_places
from timeline.sentences import TextView


def _cue_place_texts(text: str) -> list[str]:
    return [p.text for p in cue_places(TextView(text))]


def test_a_describing_word_with_a_hamza_after_a_cue_is_no_place():
    # "الرئيسية" was written with its hamza in the code's regex and never matched the normalized text
    assert _cue_place_texts("انفجرت سيارة مفخخة عند مدخل منطقة الرئيسية في بلدة كفرنبل") == ["كفرنبل"]


def test_a_town_and_a_neighbourhood_after_their_cues():
    places = cue_places(TextView("سقطت قذائف على حي الكلاسة وعلى بلدة كفرنبل"))
    assert [(p.text, p.kind) for p in places] == [("الكلاسة", "neighbourhood"), ("كفرنبل", None)]


def test_the_seat_of_the_one_telling_the_incident_is_not_its_place():
    # a medic "based in" another town (seat in place_words.csv) told a second incident there
    text = (
        "قصفت طائرات روسية بلدة خان شيخون يوم الأربعاء. وقال مسعف يعمل مع الدفاع المدني ومقره في مدينة سراقب "
        "إن البلدة تعرضت لقصف عنيف."
    )
    article = Article(key="t", text=text, published=dt.datetime(2017, 3, 9), language="ar", source="test")
    events = extract_article(article)["events"]
    assert [[p["text"] for p in [e["place"], *e["places"]] if p] for e in events] == [["خان شيخون"]]


def test_a_second_plural_settlement_noun_joined_by_wa_is_no_name():
    assert _cue_place_texts("وطالت الغارات قرى ومدن عدة في ريف حماة الشمالي") == []
    assert _cue_place_texts("وقصفت المروحيات بلدات ومدن متفرقة بالمحافظة") == []


def test_a_database_is_no_base():
    assert _cue_place_texts("ووثق الفريق الهجوم في قاعدة البيانات التي يحدّثها") == []
    assert _cue_place_texts("وأرسلت المنظمة قاعدة بيانات المفقودين إلى اللجنة") == []
    assert _cue_place_texts("وقصفت الفصائل قاعدة حميميم بطائرات مسيرة") == ["قاعدة حميميم"]


def test_the_city_a_clock_time_is_told_by_is_no_place_of_the_incident():
    text = "وفي الساعة التاسعة صباحاً بتوقيت دمشق أصابت غارة جوية سوقاً في بلدة كفرنبل يوم الأحد."
    article = Article(key="t", text=text, published=dt.datetime(2017, 3, 9), language="ar", source="test")
    (event,) = extract_article(article)["events"]
    assert [p["text"] for p in [event["place"], *event["places"]] if p] == ["كفرنبل"]


def test_the_airfield_the_jets_took_off_from_is_no_place_of_the_strike():
    text = "وقالت الوزارة إن الطائرات أقلعت من مطار حماة العسكري وقصفت بلدة اللطامنة يوم الخميس."
    article = Article(key="t", text=text, published=dt.datetime(2017, 3, 9), language="ar", source="test")
    (event,) = extract_article(article)["events"]
    assert [p["text"] for p in [event["place"], *event["places"]] if p] == ["اللطامنة"]


def test_the_place_locating_an_airfield_jets_took_off_from_is_no_place_of_the_strike():
    text = (
        "وقالت الوزارة إن الطائرات أقلعت من مطار الشعيرات (قاعدة جوية كبيرة)، الواقع في ريف حمص الشرقي، "
        "وقصفت بلدة اللطامنة يوم الخميس."
    )
    article = Article(key="t", text=text, published=dt.datetime(2017, 3, 9), language="ar", source="test")
    (event,) = extract_article(article)["events"]
    assert [p["text"] for p in [event["place"], *event["places"]] if p] == ["اللطامنة"]


def test_a_word_describing_the_town_named_after_it_is_no_place():
    """ "the Alawite-majority village of X", "the Christian town of Y", "near Kurdish-populated Z": who lives in a
    place describes it; only the name after "of" (or after the describing word) is a place."""
    texts = [
        "Gunmen fired rockets at the Alawite-majority village of Jurin on Sunday.",
        "Two shells landed in the Christian town of Mhardeh at dawn.",
        "A drone crashed near Kurdish-populated Amuda last night.",
    ]
    # (a name after a describing word is left to the gazetteer's reader, as after "IS-held")
    assert [_cue_place_texts(t) for t in texts] == [["Jurin"], ["Mhardeh"], []]


def test_every_english_place_cue_word_finds_its_place():
    # the cue words alone tell whether a text can hold an English cue at all (cue_places skips one that holds none)
    import csv

    from timeline.paths import DATA_DIR

    with open(DATA_DIR / "lexicon" / "place_prepositions.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["role"] in ("cue", "verb", "settlement")]
    assert rows
    for row in rows:
        cue = f"{row['word']} of" if row["role"] == "settlement" else row["word"]
        view = TextView(f"Two shells fell yesterday {cue} Kafr Halab, a medic told us")
        assert "Kafr Halab" in [p.text for p in cue_places(view)], row["word"]


def test_an_adverb_after_a_settlement_noun_is_no_name():
    assert _cue_place_texts("ولم يبق بيد الفصائل سوى خمس بلدات فقط في ريف حلب") == []
    assert _cue_place_texts("وطال القصف قرى أيضاً في سهل الغاب") == ["سهل الغاب"]
    assert _cue_place_texts("وطال القصف قرية الحويز أيضاً") == ["الحويز"]


def test_the_town_captives_were_taken_to_is_not_where_the_raid_was():
    text = (
        "هجوم في ريف دير الزور\n\nهاجم مسلحون من تنظيم داعش أمس الخميس قرية الكشمة في ريف دير الزور، واقتادوا نحو "
        "40 رجلاً من أهلها إلى بلدة البصيرة. وفي اليوم نفسه قصفت طائرات التحالف الدولي بلدة ذيبان."
    )
    article = Article(key="t", text=text, published=dt.datetime(2018, 10, 19), language="ar", source="test")
    raid = extract_article(article)["events"][0]
    assert raid["place"]["text"] == "الكشمة"
    assert "البصيرة" not in [p["text"] for p in raid["places"]]


def test_a_weekday_told_after_a_village_name_is_no_part_of_the_name():
    # "قرية X الأربعاء" took the day as the name's second word
    assert _cue_place_texts("قتل طفلان في قصف على قرية المزيرعة الأربعاء") == ["المزيرعة"]
    assert _cue_place_texts("سقطت قذائف على قرية الحميدية السبت") == ["الحميدية"]


def test_a_brigade_named_by_its_number_is_the_base_hit_but_a_generals_rank_is_no_place():
    assert _cue_place_texts("وأصابت الصواريخ مقر الفوج 137 واللواء 93 قرب المدينة") == ["الفوج 137", "اللواء 93"]
    assert _cue_place_texts("وقال اللواء فادي ناصر إن الدفاعات تصدت للصواريخ") == []


def test_a_place_named_after_a_persons_son_keeps_the_fathers_name():
    assert _cue_place_texts("سقطت قذائف على حي عمر بن الخطاب وعلى حي سعد بن عبد الرحمن") == [
        "عمر بن الخطاب",
        "سعد بن عبد الرحمن",
    ]


def test_a_cue_before_a_neighbourhoods_own_cue_names_no_place():
    # "جبهة حي X" read "حي" as the front's name
    assert _cue_place_texts("تدور اشتباكات على جبهة حي الشيخ سعيد") == ["الشيخ سعيد"]


def test_a_definite_word_in_ya_after_a_neighbourhoods_cue_is_its_name():
    # "المفتي", "العسالي": names of quarters, though a definite word in -ي after a town's cue describes it
    assert _cue_place_texts("سقطت قذائف على حي المفتي وعلى حي العسالي") == ["المفتي", "العسالي"]


def test_an_english_name_after_a_cue_ends_at_its_paragraph():
    """ "… near Golan", a blank line, then the dateline "AMMAN, July 17 (Reuters) -": one word of a name; a hard-wrapped
    line's end may stand inside a name."""
    headline = (
        "Offensive turns to a pocket near Golan\n\nAMMAN, July 17 (Reuters) - Warplanes pounded an enclave on Tuesday."
    )
    assert [p.text for p in cue_places(TextView(headline))] == ["Golan"]
    wrapped = "Jets struck the town of Kafr\nZita on Monday."
    assert [p.text for p in cue_places(TextView(wrapped))] == ["Kafr\nZita"]
