"""Place finder: sentences written for the project (not taken from any corpus)."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.paths import DATA_DIR
from timeline.places import PlaceMention, find_places, gazetteer, place_by_name, subdistrict


def names(text: str) -> list[str]:
    return [m.name for m in find_places(text)]


def test_villages_with_cues_and_offsets_into_the_original():
    text = "سقطت قذائف على بلدة اللطامنة وقرية الزلاقيات صباح الأحد."
    found = find_places(text)
    assert [m.name for m in found] == ["Al-Lataminah", "al-Zalaqiyat"]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert found[0].text == "اللطامنة"
    assert found[1].text == "الزلاقيات"  # the conjunction و is not part of the name
    assert found[0].admin1 == "Hama" and found[0].pcode == "SY050501"


def test_relative_phrase_reports_the_village_first_then_the_reference_town():
    text = "تسللت مجموعة إلى قرية المصاصنة شمال شرقي مدينة كفرزيتا ليلاً"
    found = find_places(text)
    assert [m.name for m in found] == ["al-Masasnah", "Kafr Zita"]
    assert found[1].kind == "town" and found[1].precision == 1


def test_proclitics_are_peeled_off():
    text = "وصلت التعزيزات للطامنة ثم بالتمانعة وبخان شيخون"
    found = find_places(text)
    assert [m.name for m in found] == ["Al-Lataminah", "Al-Tamanaa", "Khan Shaykhun"]
    assert [m.text for m in found] == ["لطامنة", "التمانعة", "خان شيخون"]


def test_longest_name_wins():
    found = find_places("اشتباكات على محور قلعة المضيق وفي خان شيخون")
    assert [m.name for m in found] == ["Qalaat al-Madiq", "Khan Shaykhun"]


def test_diacritics_and_tatweel_keep_original_offsets():
    text = "قصفت المدفعية بلدةَ كَفْرزيـتا"
    (m,) = find_places(text)
    assert m.name == "Kafr Zita"
    assert m.text == "كَفْرزيـتا" == text[m.start : m.end]


def test_english_spellings_resolve_to_one_place():
    assert names("Shells fell on Khan Sheikhoun.") == ["Khan Shaykhun"]
    assert names("Jets struck Khan Shaykhun and the village of Sukayk.") == ["Khan Shaykhun", "Sukayk"]
    assert names("Fighting near Maarat al-Numan and Kafr Nabl") == ["Maarrat al-Nu'man", "Kafranbel"]


def test_english_names_must_be_capitalised():
    assert names("the morek road has been closed") == []


def test_common_words_need_a_cue():
    assert names("في الوقت الحاضر لا توجد معلومات") == []
    assert names("أصيب مقاتل في الجبين") == []
    assert names("تقدمت القوات على محور الجبين") == ["al-Jibin"]
    assert names("قصف طال قرية الحاضر جنوب حلب")[0] == "Al Hadir"


def test_region_phrases_become_regions_of_their_governorate():
    found = find_places("غارات على ريف حماة الشمالي وجنوب إدلب")
    assert [(m.name, m.admin1, m.kind, m.precision) for m in found] == [
        ("northern Hama countryside", "Hama", "region", 3),
        ("southern Idlib", "Idlib", "region", 3),
    ]
    assert found[0].text == "ريف حماة الشمالي"
    assert found[0].lat is None and found[0].pcode == ""


def test_two_word_directions_and_clitics_on_the_countryside_word():
    (m,) = find_places("تصدت القوات لهجوم بريف اللاذقية الشمالي الشرقي")
    assert m.name == "north-eastern Latakia countryside"
    assert m.name_ar == "ريف اللاذقية الشمالي الشرقي"
    assert m.text == "ريف اللاذقية الشمالي الشرقي"


def test_dual_countryside_makes_both_governorates_regions():
    found = find_places("قصف متواصل على ريفي إدلب وحماة")
    assert [(m.admin1, m.kind) for m in found] == [("Idlib", "region"), ("Hama", "region")]
    assert found[1].text == "حماة"


def test_english_region_phrases():
    found = find_places("Strikes hit the southern Idlib countryside and northern Hama province.")
    assert [(m.name, m.admin1) for m in found] == [
        ("southern Idlib countryside", "Idlib"),
        ("northern Hama", "Hama"),
    ]


def test_named_regions():
    found = find_places("نزوح من سهل الغاب وجبل الزاوية وجبل الأكراد")
    assert [(m.name, m.admin1, m.precision) for m in found] == [
        ("al-Ghab plain", "Hama", 3),
        ("Jabal al-Zawiya", "Idlib", 3),
        ("Jabal al-Akrad", "Latakia", 3),
    ]


def test_the_lands_east_of_the_euphrates_are_one_region_of_no_governorate():
    (found,) = find_places("تواصل القوات عملياتها في آخر جيوب التنظيم شرقي الفرات.")
    assert (found.name, found.admin1 or None, found.precision) == ("east of the Euphrates", None, 3)


def test_city_cue_picks_the_city_over_the_governorate():
    city, gov = find_places("انفجار في مدينة إدلب ومحافظة إدلب")
    assert (city.kind, city.precision, city.pcode) == ("town", 1, "SY070000")
    assert (gov.kind, gov.precision) == ("governorate", 3)
    assert find_places("Air strikes on Idlib city")[0].kind == "town"


def test_governorate_named_after_a_shared_name_decides_which_place():
    assert find_places("استهداف صوران بريف حماة")[0].admin1 == "Hama"
    assert find_places("استهداف صوران بريف حلب الشمالي")[0].admin1 == "Aleppo"


def test_bases_and_turkish_posts():
    (m,) = find_places("طائرات مسيرة باتجاه قاعدة حميميم")
    assert (m.name, m.kind, m.admin1) == ("Hmeimim air base", "base", "Latakia")
    (post,) = find_places("قذائف قرب نقطة المراقبة التركية في شير مغار")
    assert post.kind == "base" and "شير مغار" in post.text


def test_point_without_a_sourced_coordinate_sits_at_its_subdistrict_centroid():
    (m,) = find_places("قصف على بلدة اللطامنة")
    sub = subdistrict("SY050501")
    assert (m.lat, m.lon, m.precision) == (sub.lat, sub.lon, 2)


def test_lookups():
    assert place_by_name("Khan Sheikhun").pcode == "SY070201"
    assert place_by_name("اللطامنة").admin1 == "Hama"
    assert place_by_name("حماة").kind == "governorate"
    assert place_by_name("سهل الغاب").pcodes == ("SY050204", "SY050203", "SY050202")
    assert subdistrict("SY070201").name_ar == "خان شيخون"
    assert place_by_name("Atlantis") is None
    assert subdistrict("SY999999") is None


def test_to_dict_and_empty_text():
    assert find_places("") == []
    (m,) = find_places("حلفايا")
    assert isinstance(m, PlaceMention)
    assert m.to_dict() == {
        "text": "حلفايا",
        "name": "Halfaya",
        "name_ar": "حلفايا",
        "admin1": "Hama",
        "admin2": m.admin2,
        "admin3": m.admin3,
        "pcode": m.pcode,
        "lat": pytest.approx(35.26, abs=0.01),
        "lon": pytest.approx(36.61, abs=0.01),
        "precision": 1,
    }


def test_countryside_before_the_name_and_sides_joined_by_and():
    (m,) = find_places("تجدد القصف على الريف الجنوبي الغربي لمحافظة إدلب")
    assert (m.name, m.admin1, m.text) == (
        "south-western Idlib countryside",
        "Idlib",
        "الريف الجنوبي الغربي لمحافظة إدلب",
    )
    (m,) = find_places("غارات على ريف حماة الشمالي والغربي")
    assert m.name == "northern and western Hama countryside"


def test_countryside_of_a_town_read_from_the_words_before_it():
    """A town is no area: only the region words right before it ("الريف الشرقي لـX", "ريف X") make it a region,
    read past the nearest word's role (``_as_region`` reads the roles further back only when that one calls for it)."""
    (m,) = find_places("تقدمت القوات في الريف الشرقي لسراقب أمس")
    assert (m.name, m.kind, m.text) == ("eastern Saraqib countryside", "region", "الريف الشرقي لسراقب")
    (m,) = find_places("سقطت قذائف على ريف سراقب الجنوبي")
    assert (m.name, m.kind) == ("southern Saraqib countryside", "region")
    # a compass word names the side of an area only (a governorate or district)
    assert [(p.text, p.kind) for p in find_places("قصف جنوب سراقب")] == [("سراقب", "town")]


def test_english_compass_of_a_governorate():
    (m,) = find_places("Clashes erupted north of Hama on Sunday")
    assert (m.name, m.kind, m.text) == ("northern Hama", "region", "north of Hama")


def test_english_possessive_is_not_part_of_the_name():
    (m,) = find_places("Hama's northern countryside")
    assert (m.text, m.kind) == ("Hama", "governorate")
    assert [x.name for x in find_places("Qal'at al-Madiq fell")] == ["Qalaat al-Madiq"]


def test_a_bad_gazetteer_row_is_reported_with_its_file_and_line(tmp_path):
    import timeline.places as places

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("sample", "basemap", "*.sqlite*"))
    bad = data / "places.csv"
    header = (bad.read_text(encoding="utf-8").splitlines()[0]).split(",")
    row = {c: "" for c in header} | {"id": "x", "name_en": "X", "name_ar": "س", "kind": "village", "precision": "one"}
    bad.write_text(",".join(header) + "\n" + ",".join(row[c] for c in header) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"places\.csv:2: bad gazetteer row"):
        places.Gazetteer(data)


_PIECES = ["اللطامنة", "بريف حماة الشمالي", "وكفرزيتا", "قرية", "الحاضر", "Khan Sheikhun", "northern", "Idlib",
           "ـ", "َ", "ّ", " ", "، ", "\n", "و", "لل", "'s", "-", "ريفي", "حلب"]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_mentions_are_ordered_disjoint_slices_of_the_original(pieces):
    text = "".join(pieces)
    found = find_places(text)
    last_end = 0
    for m in found:
        assert last_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.precision in (1, 2, 3) or (m.precision is None and not m.place_id)  # a name the gazetteer lacks
        last_end = m.end


def test_front_villages_and_their_spelling_variants():
    found = find_places("تجدد القصف على الفطيرة وسفوهن ومعرة حرمة وأبو ضهور بعد منتصف الليل")
    assert [(m.name, m.admin1) for m in found] == [
        ("Fatira", "Idlib"),
        ("Sufuhun", "Idlib"),
        ("Maarrat Hurmah", "Idlib"),
        ("Abu al-Duhur", "Idlib"),
    ]
    assert [m.text for m in found] == ["الفطيرة", "سفوهن", "معرة حرمة", "أبو ضهور"]
    assert place_by_name("أبو الضهور") is place_by_name("ابو ظهور") is place_by_name("Abu al-Duhur")
    assert place_by_name("تلة سلطان") is place_by_name("Tell Sultan") is place_by_name("تل السلطان")
    (m,) = find_places("Rockets landed in Sarmada near the border")
    assert (m.name, m.admin1, m.pcode) == ("Sarmada", "Idlib", "SY070301")


def test_urum_villages_are_found_under_both_arabic_spellings():
    """Aleppo reports write the Urum villages both "أورم" and "أروم" (the waw before or after the ra)."""
    found = find_places("تضررت مزارع في أروم الصغرى ثم امتد الحريق نحو أروم الكبرى")
    assert [(m.name, m.admin1) for m in found] == [("Urum al-Sughra", "Aleppo"), ("Urum al-Kubra", "Aleppo")]
    assert place_by_name("أروم الكبرى") is place_by_name("أورم الكبرى")


def test_a_village_without_a_sourced_point_says_so_and_sits_at_its_subdistrict():
    (m,) = find_places("سقطت قذائف على الجلمة صباحا")
    assert (m.name, m.admin1, m.pcode, m.precision) == ("al-Jalamah", "Hama", "SY050502", 2)
    sub = subdistrict("SY050502")
    assert (m.lat, m.lon) == (sub.lat, sub.lon)


def test_the_qualified_name_wins_over_its_first_word():
    (m,) = find_places("اشتباكات عنيفة على أطراف الدير الغربي فجرا")
    assert (m.name, m.text) == ("al-Dayr al-Gharbi", "الدير الغربي")
    assert [x.name for x in find_places("قصف على تل مناس ثم تلمنس")] == ["Tal Mannas", "Talmenes"]


def test_english_district_of_a_city_names_the_neighbourhood_more_precisely():
    city, quarter = find_places("Mortars hit the Aleppo district of al-Hamdaniya overnight.")
    assert (city.name, city.precision) == ("Aleppo", 3)
    assert (quarter.name, quarter.kind, quarter.admin1) == ("al-Hamdaniya", "neighbourhood", "Aleppo")
    assert quarter.precision < city.precision


def test_a_region_after_an_outlet_word_is_part_of_the_outlet_name():
    assert find_places("بث مراسل قناة الشمال السوري صورا من المكان") == []
    assert find_places("ونقلت شبكة ريف إدلب الإخبارية الخبر") == []
    assert names("قالت منصة حلب اليوم إن القصف طال كفرتعال") == ["Kafr Taal"]
    # موقع before a village is a military position, not a website
    assert names("استهدفت المدفعية موقع كبانة") == ["Kabani"]
    assert names("ذكر موقع الشمال السوري أن القصف استمر") == []
    assert names("نزوح واسع نحو الشمال السوري") == ["northern Syria"]
    assert names("أفاد مركز إدلب الإعلامي بسقوط قذائف على سراقب") == ["Saraqib"]
    assert names("The Aleppo Media Center said shells hit Anadan") == ["Anadan"]
    assert names("Aleppo TV showed the damage") == []


def test_hashtag_places_with_underscores():
    found = find_places("قصف جديد #معرة_النعمان #ريف_إدلب_الجنوبي")
    assert [(m.name, m.kind) for m in found] == [
        ("Maarrat al-Nu'man", "town"),
        ("southern Idlib countryside", "region"),
    ]
    assert found[0].text == "معرة_النعمان"


def test_a_possessive_without_its_apostrophe_is_the_place():
    assert names("Jets struck Idlibs outskirts and Aleppos old quarter") == ["Idlib", "Aleppo"]
    assert names("a statement by Hamas") == []  # too short to be read as "Hama" + s


def test_spelling_variants_are_found_by_their_consonant_skeleton():
    found = find_places("Jets hit Seraqeb and the village of Kfar Nabl")
    assert [(m.name, m.admin1, m.variant) for m in found] == [("Saraqib", "Idlib", True), ("Kafranbel", "Idlib", True)]
    assert names("a statement by Commander Seraqeb") == []  # a name after no place word may be a person's


def test_a_spelling_variant_may_open_with_a_lower_case_article():
    found = find_places("Two shells fell in al-Ashrafiyeh at dawn")
    assert [(m.name, m.admin1, m.variant) for m in found] == [("al-Ashrafiyah (Aleppo)", "Aleppo", True)]
    assert names("an interview in al Monitor") == []  # the article alone opens nothing


def test_a_spelling_variant_among_another_governorates_places_is_dropped():
    # "Sheikh Saad" shares its skeleton with Aleppo's Sheikh Said; beside Damascus quarters it is not that
    assert names("A car bomb went off in al-Sheikh Saad near Jobar in Damascus") == ["Jobar", "Damascus"]
    assert names("A car bomb went off in al-Sheikh Saad in Aleppo") == ["Sheikh Said (Aleppo)", "Aleppo"]


def test_a_final_vowel_keeps_two_skeletons_apart():
    from timeline.places import gazetteer
    from timeline.places import skeleton as skeleton_with

    def skeleton(name: str) -> str:
        return skeleton_with(name, gazetteer().latin_articles)

    assert skeleton("Seraqeb") == skeleton("Saraqib")
    assert skeleton("Ramousiyeh") == skeleton("Ramousah")
    assert skeleton("Omran") != skeleton("Omranie")
    assert skeleton("al-Bab") == skeleton("Bab")  # an article word is no part of the skeleton


def test_names_of_several_words_are_found_whole_in_both_languages():
    text = "Jets struck Maarat al-Numan and Jisr al-Shughur, then قصفت الطائرات خان شيخون وكفر نبل and the town of Kafr Nabl."
    assert [m.text for m in find_places(text)] == [
        "Maarat al-Numan",
        "Jisr al-Shughur",
        "خان شيخون",
        "كفر نبل",
        "Kafr Nabl",
    ]


def test_a_possessive_without_its_apostrophe_is_found_when_only_a_folded_letter_writes_its_s():
    # no plain "s" in the text: the "ś" folded to "s" still makes "Aleppoś" the possessive of Aleppo
    assert names("Aleppoś old quarter burned") == ["Aleppo"]


def test_the_words_read_from_the_blank_pieces_are_those_of_the_token_regex():
    """``find_places`` given the text's blank-separated pieces reads the same words, spans and keys as the split by
    ``_TOKEN``: words joined by an apostrophe, a possessive "'s" apart, a letter apostrophe inside a word, quotes
    and signs around words (random texts over those characters, and a few written out)."""
    import random

    from timeline.places import _Tokens
    from timeline.sentences import TextView

    rng = random.Random(7)
    alphabet = [
        "a",
        "s",
        "b",
        "س",
        "ب",
        "ل",
        "'",
        "’",
        "‘",
        "ʼ",
        "`",
        " ",
        "\n",
        "،",
        ".",
        "-",
        "«",
        "»",
        '"',
        "(",
        "_",
        "7",
        "é",
    ]
    texts = ["o'brien's men reached kafr'nabl 's; x's'y x''y d'x'y'z ʼaʼb ab`c `q", "rock'n'roll «حلب» (إدلب)، ok."]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(2000)]
    for text in texts:
        view = TextView(text)
        regex, pieces = _Tokens(view.norm), _Tokens(view.norm, view.flat_tokens)
        assert (pieces.words, pieces.starts, pieces.keys) == (regex.words, regex.starts, regex.keys), text
        ends = [regex.end(j) for j in range(len(regex))]
        assert [pieces.end(j) for j in range(len(pieces))] == ends, text
        assert all(
            view.norm[start:end] == word for start, end, word in zip(regex.starts, ends, regex.words, strict=True)
        ), text


def test_the_apostrophe_gate_holds_every_apostrophe_the_word_patterns_read():
    """``_Tokens`` reads apostrophes inside words only in a text holding one of ``_APOSTROPHES_IN_TEXT`` (searched
    with ``str.__contains__`` first): every character the patterns read as an apostrophe must be in that list."""
    from timeline.places import _APOSTROPHE_IN_WORD, _APOSTROPHES_IN_TEXT, _TOKEN

    characters = list(map(chr, range(0x21, 0x3000)))
    assert {ch for ch in characters if _APOSTROPHE_IN_WORD.search(f"ab{ch}cd")} == set(_APOSTROPHES_IN_TEXT)
    # a sign that is no letter joining two words into one token is an apostrophe too
    joining = {ch for ch in characters if not (ch.isalnum() or ch == "_") and _TOKEN.fullmatch(f"ab{ch}cd")}
    assert joining and joining <= set(_APOSTROPHES_IN_TEXT)


def test_a_possessive_starts_the_names_its_stem_starts_in_the_memo_of_words():
    # the memo of each word's name starts reads the lost apostrophe once per word, not once per text
    gaz = gazetteer()
    assert gaz.name_starts("aleppos") == gaz.name_starts("aleppo") != ()
    assert gaz.name_starts("hamas") == ()  # too short: "Hamas" is no "Hama"
    for _ in range(2):  # a text read with the memo empty, then full
        assert names("shells fell on Aleppos eastern quarters") == ["Aleppo"]
