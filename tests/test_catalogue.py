"""Incident catalogues cut into entries (texts written for these tests)."""

import csv
import datetime as dt

import pytest

from timeline.article import Article
from timeline.catalogue import CUE_CLASSES, CUES_CSV, CueTableError, catalogue_entries, read_cues
from timeline.dates import tag_dates
from timeline.extract import extract_article
from timeline.factions import find_factions
from timeline.incident_places import cue_places, gazetteer_places, merge_candidates
from timeline.normalize import normalize_term
from timeline.sentences import TextView

PUBLISHED = dt.datetime(2017, 2, 1)

# The incidents of 8 November, told as a numbered list; the last paragraph (20 November) is varied by the tests.
DAY_8 = "وتوزعت هجمات 8 تشرين الثاني على: 1) الأتارب 2) خان شيخون 3) جسر الشغور، ولا يُعرف السلاح في ثانيتها."
LAST = "وفي 20 تشرين الثاني عاد الراصدون فسجلوا هجوماً جديداً على مدينة سراقب."

CATALOGUE = (
    "حصيلة تشرين الثاني 2016: بلغ إجمالي ما وثقه الراصدون تسع هجمات، أغلبها بذخائر محرمة.\n"
    "\n"
    "سراقب كانت أول المستهدفين، إذ ضربها هجوم بقنابل عنقودية في 3 تشرين الثاني، وبحوزة الراصدين مقطع مصور وحيد له.\n"
    "\n"
    "أما 5 تشرين الثاني فقد سُجل فيه هجومان، الأول على كفرنبل والثاني على أريحا.\n"
    "\n" + DAY_8 + "\n"
    "\n"
    "وشهد كل من 11 تشرين الثاني و12 تشرين الثاني هجمات طالت دارة عزة ثم معرة النعمان بهذا الترتيب. "
    "ونوع القنبلة معروف في هجوم 11 تشرين الثاني وحده.\n"
    "\n" + LAST + "\n"
)


def _entries(text: str):
    dates = tag_dates(text, PUBLISHED, "ar")
    view = TextView(text)
    factions = find_factions(view.flat)
    places = merge_candidates(gazetteer_places(view), cue_places(view), view.flat, [(f.start, f.end) for f in factions])
    return catalogue_entries(view, dates, places, factions)


def _table(entries):
    return [(e.date.first.day, sorted(p.text for p in e.places)) for e in entries]


def test_catalogue_gives_one_entry_per_listed_incident():
    assert _table(_entries(CATALOGUE)) == [
        (3, ["سراقب"]),
        (5, ["كفرنبل"]),
        (5, ["أريحا"]),
        (8, ["الأتارب"]),
        (8, ["خان شيخون"]),
        (8, ["جسر الشغور"]),
        (11, ["دارة عزة"]),
        (12, ["معرة النعمان"]),
        (20, ["سراقب"]),
    ]


def test_month_total_and_back_references_are_no_incidents():
    days = [e.date.first for e in _entries(CATALOGUE)]
    assert dt.date(2016, 11, 1) not in days  # the month's total
    assert days.count(dt.date(2016, 11, 11)) == 1  # "for the incident of 11 November" names no new place


def test_entry_keeps_its_munition_and_names_no_perpetrator():
    entries = _entries(CATALOGUE)
    assert entries[0].munition == "cluster"
    assert entries[-1].munition is None
    assert all(e.perpetrators == () for e in entries)


def test_entry_names_the_perpetrator_its_text_names():
    text = CATALOGUE.replace(LAST, LAST.replace("هجوماً جديداً", "هجوماً جديداً نفذته قوات النظام"))
    assert _entries(text)[-1].perpetrators == ("syrian-government",)


def test_count_bound_to_a_day_with_fewer_places_keeps_placeless_incidents():
    text = CATALOGUE.replace("الأول على كفرنبل والثاني على أريحا", "لم يُعرف مكان أيٍّ منهما")
    assert [e for e in _table(_entries(text)) if e[0] == 5] == [(5, []), (5, [])]


def test_the_other_of_two_incidents_keeps_its_place_when_the_first_has_none():
    text = CATALOGUE.replace(
        "الأول على كفرنبل والثاني على أريحا", "بقي موقع أحدهما مجهولاً، بينما وقع الآخر في أورم الصغرى"
    )
    assert [e for e in _table(_entries(text)) if e[0] == 5] == [(5, []), (5, ["أورم الصغرى"])]


def test_a_news_report_with_few_days_is_no_catalogue():
    text = "قصفت قوات النظام مدينة سراقب في 3 تشرين الثاني 2016، وفي 5 تشرين الثاني استهدفت غارة مدينة كفرنبل.\n"
    assert _entries(text) == []


def test_extract_article_reads_a_catalogue_as_its_entries():
    article = Article(key="cat", text=CATALOGUE, published=PUBLISHED, language="ar", source="فريق الرصد")
    events = extract_article(article)["events"]
    assert [(e["first"], e["place"]["text"] if e["place"] else None) for e in events][:3] == [
        ("2016-11-03", "سراقب"),
        ("2016-11-05", "كفرنبل"),
        ("2016-11-05", "أريحا"),
    ]
    assert len(events) == 9
    assert all(e["perpetrators"] == [] for e in events)
    start, end = events[0]["evidence"][0]
    assert "3 تشرين الثاني" in CATALOGUE[start:end]


def test_an_air_strike_the_catalogue_leaves_unattributed_borrows_no_shooter():
    """A catalogue attributes the strikes its investigators could; its other entries stay without a shooter."""
    text = CATALOGUE.replace(LAST, "وفي 20 تشرين الثاني أصابت غارة جوية روسية فرناً في مدينة سراقب.") + (
        "\nوفي 27 تشرين الثاني طالت غارة جوية سوقاً شعبياً في بلدة بنش.\n"
    )
    article = Article(key="cat", text=text, published=PUBLISHED, language="ar", source="فريق الرصد")
    events = {e["first"]: e for e in extract_article(article)["events"]}
    assert events["2016-11-20"]["perpetrators"] == ["russia"]
    assert events["2016-11-27"]["perpetrators"] == []


def test_an_incident_dated_by_a_part_of_a_month_is_an_entry():
    text = CATALOGUE + "\nوفي أواخر تشرين الثاني أصابت غارة مدرسة ابتدائية في بلدة بنش فقتل ستة تلاميذ.\n"
    last = _entries(text)[-1]
    assert (last.date.first, last.date.last, [p.text for p in last.places]) == (
        dt.date(2016, 11, 1),
        dt.date(2016, 11, 30),
        ["بنش"],
    )
    article = Article(key="cat", text=text, published=PUBLISHED, language="ar", source="فريق الرصد")
    (event,) = [e for e in extract_article(article)["events"] if e["last"] == "2016-11-30"]
    assert [c["killed"] for c in event["claims"]] == [6]


def test_a_bare_month_with_an_incident_word_is_no_entry():
    text = CATALOGUE + "\nوفي تشرين الثاني أصابت غارات عدة مدارس في بلدة بنش.\n"
    assert _table(_entries(text)) == _table(_entries(CATALOGUE))


def test_a_placeless_entry_hit_again_is_at_the_site_listed_before_it():
    text = CATALOGUE.replace(LAST, "وفي 20 تشرين الثاني أصابت غارة مدرسة في بلدة بنش.") + (
        "\nوفي 24 تشرين الثاني تعرضت المدرسة ذاتها لغارة مرة أخرى.\n"
    )
    assert _table(_entries(text))[-2:] == [(20, ["بنش"]), (24, ["بنش"])]


def test_an_entry_framed_only_by_its_city_takes_no_side_from_another_entry_in_that_city():
    text = CATALOGUE.replace(
        LAST,
        "وفي 20 تشرين الثاني وقع هجوم بالقذائف على جامعة حلب.\n\n"
        "وفي 20 تشرين الثاني أيضاً أصابت غارات مستشفى في الأتارب، حلب.\n\n"
        "وأعدمت قوات النظام بعدها ثلاثة مسعفين في الموقع نفسه.",
    )
    article = Article(key="cat", text=text, published=PUBLISHED, language="ar", source="فريق الرصد")
    day_20 = [e for e in extract_article(article)["events"] if e["first"] == "2016-11-20"]
    assert [(e["place"]["text"], e["perpetrators"]) for e in day_20] == [
        ("حلب", []),
        ("الأتارب", ["syrian-government"]),
    ]


@pytest.mark.parametrize(
    ("phrase", "places"),
    [
        ("هجوم على مدرسة النور", ["مدرسة النور"]),
        ("هجوم على مسجد سالم الحكيم", ["مسجد سالم الحكيم"]),
        ("هجوم على جامعة إدلب", ["إدلب", "جامعة إدلب"]),  # the city stays the place, the site follows
        ("هجوم على مدرسة ابتدائية", []),  # a noun and its adjective, no name
        ("هجوم على المدرسة الوحيدة في البلدة", []),
        ("هجوم على مدرسة في بلدة بنش", ["بنش"]),  # a settlement: the site is not needed
    ],
)
def test_an_entry_without_a_settlement_is_at_the_site_it_names(phrase, places):
    text = CATALOGUE.replace(LAST, f"وفي 20 تشرين الثاني وقع {phrase}.")
    assert _table(_entries(text))[-1] == (20, sorted(places))


def test_the_day_a_video_was_posted_is_no_incident():
    text = CATALOGUE + "ونُشر على الإنترنت في 21 تشرين الثاني مقطع يصوّر الهجوم على مدينة بنش.\n"
    assert dt.date(2016, 11, 21) not in [e.date.first for e in _entries(text)]
    text = CATALOGUE + "ووقع هجوم على مدينة بنش في 21 تشرين الثاني.\n"
    assert dt.date(2016, 11, 21) in [e.date.first for e in _entries(text)]


def test_an_ordinal_inside_a_month_name_opens_no_item():
    text = CATALOGUE.replace(DAY_8, "في شهر تشرين الأول رُصدت حادثة في 8 تشرين الثاني في مدينة خان شيخون.")
    assert [e for e in _table(_entries(text)) if e[0] == 8] == [(8, ["خان شيخون"])]


def test_a_locality_named_before_its_city_is_the_place():
    text = CATALOGUE.replace(LAST, LAST.replace("على مدينة سراقب", "في الزيتونة، حلب"))
    last = _entries(text)[-1]
    assert [p.text for p in last.places] == ["الزيتونة"]
    assert last.places[0].admin1 == "Aleppo"


def test_a_count_in_the_sentence_before_binds_to_no_day():
    text = CATALOGUE.replace(
        LAST,
        "ونفذ المسلحون حادثتين منفصلتين. الأولى في 20 تشرين الثاني على مدينة سراقب، والثانية في 25 تشرين الثاني على مدينة بنش.",
    )
    assert _table(_entries(text))[-2:] == [(20, ["سراقب"]), (25, ["بنش"])]


# -- the cue table ------------------------------------------------------------------------------------------


def test_cue_table_rows():
    with open(CUES_CSV, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    seen = set()
    for row in rows:
        assert row["word"].strip() and row["class"] in CUE_CLASSES and row["language"] in ("ar", "en")
        if row["class"] in ("entry", "ordinal"):
            assert row["value"].isdigit()
        if row["class"] == "ordinal":
            assert int(row["value"]) >= 1
        if row["class"] == "munition":
            assert row["value"]
        if row["class"] == "protected":
            assert row["value"] == "civilians"
        key = (normalize_term(row["word"]).lower(), row["class"])
        assert key not in seen, row
        seen.add(key)
    table = read_cues()
    assert table.entries["حادثتين"] == 2 and table.ordinals["الثانيه"] == 2


@pytest.mark.parametrize(
    "row, problem",
    [
        ("حادثة,entry,,ar,", "whole number"),
        ("حادثة,kind,1,ar,", "class"),
        ("ذخائر,munition,,ar,", "label"),
    ],
)
def test_a_bad_cue_row_names_the_file_and_the_row(tmp_path, row, problem):
    path = tmp_path / "cues.csv"
    path.write_text("word,class,value,language,note\nهجوم,entry,1,ar,\n" + row + "\n", encoding="utf-8")
    with pytest.raises(CueTableError, match=rf"cues.csv: row 3: .*{problem}"):
        read_cues(path)


def test_a_word_listed_twice_is_an_error(tmp_path):
    path = tmp_path / "cues.csv"
    path.write_text("word,class,value,language,note\nحادثة,entry,1,ar,\nحادثه,entry,1,ar,\n", encoding="utf-8")
    with pytest.raises(CueTableError, match="row 3: .*twice"):
        read_cues(path)


def test_a_word_of_several_classes_is_read_as_the_first_of_the_class_order(tmp_path):
    """``cue_at`` reads a word listed under several classes as entry, ordinal, munition, protected, aggregate,
    again, publication: the first of these it has (whatever the rows' order)."""
    rows = ["نشر,publication,,ar,", "عاد,again,,ar,", "عاد,aggregate,,ar,", "سوق,protected,civilians,ar,"]
    rows += ["سوق,munition,shells,ar,", "الثانيه,ordinal,2,ar,", "الثانيه,entry,1,ar,", "نشر,aggregate,,ar,"]
    path = tmp_path / "cues.csv"
    path.write_text("word,class,value,language,note\n" + "\n".join(rows) + "\n", encoding="utf-8")
    table = read_cues(path, CUES_CSV.parent)
    assert table.cue_at("نشر") == ("aggregate", "")
    assert table.cue_at("عاد") == ("aggregate", "")
    assert table.cue_at("سوق") == ("munition", "shells")
    assert table.cue_at("الثانيه") == ("entry", 1)
    assert table.cue_at("قال") is None


def test_the_second_of_a_set_takes_the_agent_named_for_the_set():
    text = CATALOGUE.replace(
        LAST,
        "ونفذت قوات النظام هجومين منفصلين. الأول في 20 تشرين الثاني على مدينة سراقب، والثاني في 25 تشرين الثاني على مدينة بنش.",
    )
    assert [e.perpetrators for e in _entries(text)[-2:]] == [("syrian-government",), ("syrian-government",)]


def test_days_joined_by_wa_fi_are_one_list_and_dashed_numbers_open_items():
    text = CATALOGUE + "ورُصدت هجمات في 22 تشرين الثاني و في 23 تشرين الثاني على مدينة بنش ومدينة تفتناز على التوالي.\n"
    assert _table(_entries(text))[-2:] == [(22, ["بنش"]), (23, ["تفتناز"])]
    text = CATALOGUE + "ورُصدت ثلاث هجمات في 22 تشرين الثاني: 1- بنش، 2- تفتناز، 3- سرمين.\n"
    assert [e for e in _table(_entries(text)) if e[0] == 22] == [(22, ["بنش"]), (22, ["تفتناز"]), (22, ["سرمين"])]


def test_an_entry_keeps_the_toll_its_own_text_gives():
    text = CATALOGUE.replace(LAST, LAST.replace("سراقب.", "سراقب، وقُتل فيه أربعة مدنيين."))
    article = Article(key="cat", text=text, published=PUBLISHED, language="ar", source="فريق الرصد")
    last = extract_article(article)["events"][-1]
    assert [c["killed"] for c in last["claims"]] == [4]


@pytest.mark.parametrize(
    "phrase, name",
    [
        ("ضد مسجد في حي الزيتونة في حلب", "الزيتونة"),
        ("في منطقة 2050، حلب", "منطقة 2050"),
        ("على كل من الزيتونة ودارة عزة", "الزيتونة"),
    ],
)
def test_localities_the_gazetteer_lacks_are_read_from_their_frame(phrase, name):
    text = CATALOGUE.replace(LAST, LAST.replace("على مدينة سراقب", phrase))
    assert name in [p.text for p in _entries(text)[-1].places]


def test_a_school_in_a_city_is_no_locality():
    text = CATALOGUE.replace(LAST, LAST.replace("على مدينة سراقب", "على مدرسة في حلب"))
    assert [p.text for p in _entries(text)[-1].places] == ["حلب"]


def test_the_place_in_the_days_own_sentence_comes_first():
    text = CATALOGUE.replace(LAST, "وسبق أن استُهدفت مدينة بنش مراراً. " + LAST.replace("سراقب", "تفتناز"))
    assert [p.text for p in _entries(text)[-1].places] == ["تفتناز", "بنش"]


def test_an_english_catalogue_is_read_the_same_way():
    text = (
        "Monitors listed the following incidents in November 2016.\n\n"
        "On 3 November an attack hit the town of Saraqib. On 5 November two attacks were recorded, the first on "
        "Binnish and the second on Taftanaz.\n\n"
        "On 8 November an incident took place in Maarat al-Numan. On 11 November an attack hit Kafr Nabl.\n\n"
        "On 20 November another incident was recorded in Saraqib.\n"
    )
    article = Article(key="en", text=text, published=PUBLISHED, language="en", source="monitors")
    events = extract_article(article)["events"]
    assert [(e["first"][-2:], e["place"]["text"]) for e in events] == [
        ("03", "Saraqib"),
        ("05", "Binnish"),
        ("05", "Taftanaz"),
        ("08", "Maarat al-Numan"),
        ("11", "Kafr Nabl"),
        ("20", "Saraqib"),
    ]


def test_an_incident_told_without_a_catalogue_word_is_kept():
    text = CATALOGUE + "\nوفي 15 تشرين الثاني قصفت قوات النظام مواقع الفصائل بالمدفعية.\n"
    article = Article(key="cat", text=text, published=PUBLISHED, language="ar", source="فريق الرصد")
    events = extract_article(article)["events"]
    shelling = [e for e in events if e["first"] == "2016-11-15"]
    assert len(shelling) == 1 and shelling[0]["perpetrators"] == ["syrian-government"]
    assert len({e["id"] for e in events}) == len(events) == 10


def test_an_attack_on_a_school_targets_civilians():
    text = CATALOGUE.replace(LAST, LAST.replace("على مدينة سراقب", "على مدرسة في مدينة سراقب"))
    entries = _entries(text)
    assert entries[-1].targets == ("civilians",)
    assert entries[0].targets == ()


def test_an_entry_noun_with_a_slipped_letter_still_opens_entries():
    text = CATALOGUE.replace(
        DAY_8,
        "تم رصد ثلاث حوادثت في 8 تشرين الثاني. الأولى في مدينة خان شيخون، والثانية في مدينة جسر الشغور، "
        "والثالثة في مدينة الأتارب.",
    )
    assert [e for e in _table(_entries(text)) if e[0] == 8] == [
        (8, ["خان شيخون"]),
        (8, ["جسر الشغور"]),
        (8, ["الأتارب"]),
    ]


def test_a_word_two_letters_from_an_entry_noun_is_none():
    from timeline.catalogue import find_cues

    assert [c for c in find_cues(TextView("حملات وحوادثتا").flat) if c.cls == "entry"] == []


def test_a_letter_slipped_in_anywhere_in_an_entry_noun_is_found():
    """The nouns are looked up by their first two or last two letters: a slip before, inside and after
    them is found either way, with the value of the noun it spoils."""
    from timeline.catalogue import find_cues

    for word in ("تهجوم", "هتجوم", "هجتوم", "هجوتم", "هجومت"):
        found = [c for c in find_cues(TextView(f"سجلنا {word} اليوم").flat) if c.cls == "entry"]
        assert [(c.end - c.start, c.value) for c in found] == [(5, 1)], word


def test_a_long_word_is_read_after_its_longest_clitics():
    """The word a misspelt entry noun is looked for in is what follows the longest clitics: "بالهجمت" is "هجمت"
    (four letters, too short), never "الهجمت" read with "ب" alone."""
    from timeline.catalogue import _LONG_WORD

    assert _LONG_WORD.match("بالهجمت") is None
    assert _LONG_WORD.match("وبالهجومم").group("word") == "هجومم"
    assert [m.group("word") for m in _LONG_WORD.finditer("قصف 12حوادثت و_هجومات الحوادثت")] == ["حوادثت"]


def _cues_by_whole_text_scans(flat, date_spans, table):
    """The cues ``find_cues`` must find: the cue pattern and the long-word pattern each run over the whole text."""
    import re

    from timeline.catalogue import _misspelt_entry
    from timeline.spans import SpanSet

    long_word = re.compile(r"(?<!\w)(?=[^\W\d_]{5})(?>[وف]?(?:بال|لل|ال|ب|ل)?)(?P<word>[^\W\d_]{5,})")
    dated = SpanSet()
    for a, b in date_spans:
        dated.add(a, b)
    out = []
    for m in table.pattern.finditer(flat):
        found = table.cue_at(m.group("cue").lower())
        if found and not dated.overlaps(m.start("cue"), m.start("cue") + 1):
            out.append((m.start("cue"), m.end("cue"), *found))
    taken = {c[0] for c in out}
    for m in long_word.finditer(flat):
        noun = None if m.start("word") in taken else _misspelt_entry(m.group("word"), table)
        if noun is not None and not dated.overlaps(m.start(), m.start() + 1):
            out.append((m.start("word"), m.end("word"), "entry", table.entries[noun]))
    return sorted(out)


def test_cues_found_at_planned_words_are_those_of_whole_text_scans():
    """``find_cues`` tries its patterns only at the words a cue or a misspelt noun may start at: it finds what
    scans of the whole text find, with clitics, several-word cues, misspelt nouns, marks, dates and capitals."""
    import random

    from timeline.catalogue import find_cues
    from timeline.lexregex import blank_tokens
    from timeline.reference import default_reference

    table = default_reference().catalogue
    words = [*list(table.entries)[:6], *list(table.ordinals)[:4], *list(table.munitions)[:4], *table.aggregates[:2]]
    words += ["هجمتين", "حوادثت", "هجوموا", "القصف", "المدينه", "Attack", "attacks", "k", "ſchool", "في", "و", "2"]
    marks = [" ", " ", " ", "، ", ". ", "\n", "(", ")", "-", "ال", "وال", "ب", "لل", "_"]
    rng = random.Random(5)
    for _ in range(1500):
        flat = "".join(rng.choice(marks[:3]) + rng.choice(marks) + rng.choice(words) for _ in range(rng.randint(1, 8)))
        dates = [(a, a + 3) for a in range(0, len(flat), 17)] if rng.random() < 0.3 else []
        found = [(c.start, c.end, c.cls, c.value) for c in find_cues(flat, dates, table)]
        assert found == _cues_by_whole_text_scans(flat, dates, table), flat
        shared = find_cues(flat, dates, table, blank_tokens(flat))  # the report's tokens, cut once for all stages
        assert [(c.start, c.end, c.cls, c.value) for c in shared] == found, flat


def test_sentence_spans_give_each_sentence_its_span_and_each_paragraph_its_start():
    from timeline.catalogue import _sentence_spans

    flat = TextView("قصفت الطائرات البلدة، ثم انسحبت. وعاد الهدوء.\n\nوفي اليوم التالي سقطت قذيفتان.").flat
    spans, paragraph_of, paragraph_start = _sentence_spans(flat, None)
    texts = [flat[a:b].strip() for _, a, b in spans]
    assert len(texts) == 3  # the comma cuts a clause, not a sentence
    assert texts[0].startswith("قصفت") and texts[0].endswith("انسحبت.")
    assert texts[1].startswith("وعاد") and texts[2].startswith("وفي") and texts[2].endswith("قذيفتان.")
    assert [paragraph_of[n] for n, _, _ in spans] == [0, 0, 1]
    assert paragraph_start == {0: 0, 1: flat.index("وفي")}


def test_covered_positions_are_those_inside_a_span():
    from timeline.spans import CoveredPositions

    covered = CoveredPositions([(10, 14), (3, 5), (13, 20), (20, 22), (30, 30)])
    assert [pos for pos in range(35) if pos in covered] == [3, 4, *range(10, 22)]
    assert 0 not in CoveredPositions([])


def test_covered_positions_overlap_the_spans_a_span_set_overlaps():
    """``CoveredPositions.overlaps`` (the spans merged, one bisection) says what ``SpanSet.overlaps`` says of the
    same non-empty spans, for every non-empty span asked: random spans, touching, nested and apart."""
    import random

    from timeline.spans import CoveredPositions, SpanSet

    rng = random.Random(23)
    for _ in range(500):
        spans = [(a, a + rng.randint(1, 6)) for a in (rng.randint(0, 40) for _ in range(rng.randint(0, 6)))]
        span_set = SpanSet()
        for start, end in spans:
            span_set.add(start, end)
        covered = CoveredPositions(spans)
        for start in range(-2, 50):
            for end in range(start + 1, start + 9):
                assert covered.overlaps(start, end) == span_set.overlaps(start, end), (spans, start, end)


def test_the_last_number_and_word_before_a_cue_are_what_the_end_anchored_regexes_find():
    import random
    import re

    from timeline.catalogue import _last_number, _last_word

    number_at_end, word_at_end = re.compile(r"(\d+)\s*$"), re.compile(r"(\S+)\s*$")
    pieces = ["4", "17", "٣", "²", " ", "\n", "\u00a0", "(", ")", "هجمات", "اربع", "x", "،", "\t"]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        for found, regex in ((_last_number(text), number_at_end), (_last_word(text), word_at_end)):
            m = regex.search(text)
            assert found == ((m.group(1), m.start()) if m else None), repr(text)


def test_numbered_items_are_those_the_look_behind_first_pattern_finds():
    """The item pattern checks the character before its digit after matching it: same items, any window."""
    import random
    import re

    from timeline.catalogue import _NUMBERED_ITEM

    look_behind_first = re.compile(r"(?<![\w(])([1-9])(?:\)|-(?=\s))")
    pieces = ["1", "2", "9", "0", ")", "(", "-", " ", "\n", "x", "ب", "_", "٣"]
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        expected = [m.span() for m in look_behind_first.finditer(text, start, end)]
        assert [m.span() for m in _NUMBERED_ITEM.finditer(text, start, end)] == expected, (text, start, end)


def test_apposed_pattern_ends_let_through_every_window_the_search_matches():
    """``apposed_places`` searches a pattern only when the text before the place ends (blanks aside) with one of
    the words listed beside it: random windows of prepositions, locality nouns, names, commas, glued ب and
    blanks (a final newline, which ``$`` matches before) never match where that test says no."""
    import random

    from timeline.catalogue import _JOINED_END
    from timeline.reference import default_reference

    table = default_reference().catalogue
    pieces = ["في", "علي", "ضد", "حي", "منطقه", "منطقتي", "كل من", "الورود", "سوق", "و", " و", "ب", "،", ",", "2040"]
    pieces += [" ", " ", " ", "\n", ""]
    rng = random.Random(19)
    patterns = [*table.apposed, (table.joined_to_known, (_JOINED_END,))]
    matched = [0] * len(patterns)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 7)))
        for k, (pattern, ends) in enumerate(patterns):
            if pattern.search(text) is not None:
                matched[k] += 1
                assert text.rstrip().endswith(ends), (pattern.pattern[:40], text)
    assert min(matched) >= 5, matched  # the random windows do match every pattern


def test_a_posted_day_with_an_incident_word_after_the_posting_word_is_an_entry():
    """The publication word marks the day after it as a posting day only when no entry word stands between."""
    text = CATALOGUE + "ونُشر أمس تقرير عن هجوم على مدينة بنش في 21 تشرين الثاني.\n"
    assert dt.date(2016, 11, 21) in [e.date.first for e in _entries(text)]


def test_the_days_read_before_grouping_are_the_groups_days():
    """``catalogue_entries`` tells a catalogue from the days ``_sentence_days`` yields, without building groups:
    they are the days of the groups ``_groups`` builds."""
    from timeline.catalogue import _entry_cue_starts, _groups, _Mentions, _sentence_days, apposed_places, find_cues
    from timeline.reference import default_reference

    ref = default_reference()
    posted = "ونُشر على الإنترنت في 21 تشرين الثاني مقطع يصوّر الهجوم على مدينة بنش.\n"
    for text in (CATALOGUE, CATALOGUE + posted, posted + CATALOGUE):
        dates = tag_dates(text, PUBLISHED, "ar")
        view = TextView(text)
        factions = find_factions(view.flat)
        places = merge_candidates(
            gazetteer_places(view), cue_places(view), view.flat, [(f.start, f.end) for f in factions]
        )
        date_spans = [(view.to_norm(d.start), view.to_norm(d.end)) for d in dates]
        cues = ref.catalogue
        mentions = _Mentions(
            view,
            dates,
            date_spans,
            find_cues(view.flat, date_spans, cues),
            [*places, *apposed_places(view, places, cues)],
            factions,
            cues,
            ref.numbers.cardinals,
            ref.dates.lexicon.month_parts,
            ref.sentences,
            ref.places,
        )
        for opening in ([], places):
            grouped = [day for group in _groups(view, mentions, opening) for day in group.days]
            read = [day for *_, day in _sentence_days(mentions, _entry_cue_starts(mentions, opening))]
            assert read == grouped and len(read) >= 5


def test_the_nearest_date_by_bisection_is_the_one_a_look_at_every_date_finds():
    """``_nearest_date`` with rising date spans looks at two dates only: random texts with sentence breaks, random
    rising spans (touching, apart, nested ends equal) and counts anywhere give what the scan of every date gives."""
    import random
    from types import SimpleNamespace

    from timeline.catalogue import Cue, _Mentions, _nearest_date, _nearest_date_scan

    rng = random.Random(29)
    for _ in range(3000):
        flat = "".join(rng.choice("ab .\n") for _ in range(40))
        spans, pos = [], 0
        for _ in range(rng.randint(0, 7)):
            start = pos + rng.randint(0, 4)
            end = max(start + rng.randint(1, 4), spans[-1][1] if spans else 0)
            spans.append((start, end))
            pos = start
        mentions = _Mentions.__new__(_Mentions)
        mentions.dates, mentions.date_spans = [object() for _ in spans], spans
        starts, ends = [s for s, _ in spans], [e for _, e in spans]
        assert starts == sorted(starts) and ends == sorted(ends)
        mentions.date_bounds = (starts, ends)
        view = SimpleNamespace(flat=flat)
        for _ in range(5):
            start = rng.randint(0, 38)
            cue = Cue(start, start + rng.randint(1, 3), "entry", 0)
            assert _nearest_date(view, mentions, cue) is _nearest_date_scan(view, mentions, cue), (spans, cue, flat)
