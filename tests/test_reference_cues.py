"""Cue words reach the matchers through the Reference they are given: a word added to a table of a copy of
``data/`` changes that reference's matching only. Texts and added words are invented for these tests (no
corpus sentence)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from timeline.paths import DATA_DIR
from timeline.places import find_places
from timeline.reference import Reference, default_reference


def _data_with_rows(folder: Path, table: str, *rows: str) -> Path:
    """A copy of data/ whose ``<table>`` (a path under data/, or a file of ``lexicon/``) has ``rows`` appended."""
    data = folder / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("sample", "basemap", "*.sqlite*"))
    path = data / table if "/" in table else data / "lexicon" / table
    with path.open("a", encoding="utf-8") as fh:
        fh.writelines(row + "\n" for row in rows)
    return data


@pytest.fixture(scope="module")
def shipped() -> Reference:
    return default_reference()


def _names(text: str, reference: Reference) -> list[str]:
    return [m.name for m in find_places(text, gaz=reference.gazetteer)]


def test_a_plural_settlement_cue_opens_a_village_that_needs_one(shipped):
    """ "قرى" is written normalized ("قري"): an unnormalized word in the code's set could never match."""
    assert _names("قصفت الطائرات قرى الجبين وما حولها", shipped) == ["al-Jibin"]
    assert _names("قصفت الطائرات الجبين وما حولها", shipped) == []


def test_a_gazetteer_cue_word_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    text = "سقطت قذائف على مزرعه الجبين صباحا"  # "مزرعة" (a farm) is no cue word of the shipped table
    extended = Reference.load(_data_with_rows(tmp_path, "gazetteer_words.csv", "مزرعه,area_cue,ar,invented"))
    assert _names(text, extended) == ["al-Jibin"]
    assert _names(text, shipped) == []


def test_a_sentence_word_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    from timeline.sentences import TextView, clauses

    # an invented abbreviation: the stop after it ends no sentence in the extended reference
    extended = Reference.load(_data_with_rows(tmp_path, "sentence_words.csv", "brg,abbreviation,en,invented"))
    flat = TextView("Rebels of the Brg. Falcon unit shelled the village. Two people died.").flat
    assert len({c.sentence for c in clauses(flat, extended.sentences)}) == 2
    assert len({c.sentence for c in clauses(flat, shipped.sentences)}) == 3
    assert len({c.sentence for c in clauses(flat)}) == 3  # the default reference's


def test_a_number_word_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    from timeline.numbers import find_counts

    # an invented word for "thousand": the number before it counts thousands in the extended reference
    extended = Reference.load(_data_with_rows(tmp_path, "number_words.csv", "zillu,thousand_word,en,invented"))
    flat = "the flood drove 3 zillu civilians from their homes"
    assert [c.value for c in find_counts(flat, tables=extended.numbers)] == [3000]
    assert [c.value for c in find_counts(flat, tables=shipped.numbers)] != [3000]


def test_a_range_word_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    from timeline.dates.finder import find_expressions
    from timeline.normalize import normalize

    # an invented joining word: "between 3 zo 5 March" is a range of days in the extended reference only
    extended = Reference.load(_data_with_rows(tmp_path, "interval_words.csv", "zo,en,range_join"))
    text = normalize("fighting between 3 zo 5 March 2018 in the south")
    (days,) = find_expressions(text, extended.dates.lexicon, extended.dates.grammar)
    assert (days.day, days.day_last, days.month, days.year) == (3, 5, 3, 2018)
    assert all(e.day_last is None for e in find_expressions(text, shipped.dates.lexicon, shipped.dates.grammar))


def test_a_faction_word_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    from timeline.factions import find_factions
    from timeline.sentences import TextView

    # "نشرية" (a bulletin) made an outlet noun: the alias right after it is a bulletin's name, not the party
    extended = Reference.load(_data_with_rows(tmp_path, "faction_words.csv", "نشريه,outlet_noun,ar,invented"))
    flat = TextView("قالت نشرية الحرس الثوري إن القصف مستمر").flat
    assert find_factions(flat, tables=extended.factions) == []
    assert [f.faction for f in find_factions(flat, tables=shipped.factions)] == ["iran-backed-militias"]


def test_a_report_word_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    from timeline.incident_places import Place
    from timeline.report_incidents import round_up_towns

    # "مزرعة" (a farm) made a list noun: "X ومزرعة Y وZ" is one list of three places
    extended = Reference.load(_data_with_rows(tmp_path, "report_words.csv", "مزرعه,list_noun,ar,invented"))
    flat = "قصفت المدفعية كفرنبل ومزرعه سراقب واريحا"
    towns = [Place(flat.index(n), flat.index(n) + len(n), n, name=n, precision=1) for n in ("كفرنبل", "سراقب", "اريحا")]
    assert [p.text for p in round_up_towns(flat, towns, extended.report)] == ["كفرنبل", "سراقب", "اريحا"]
    assert round_up_towns(flat, towns, shipped.report) == []  # a pair alone is no round-up


def test_a_catalogue_word_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    from timeline.catalogue import apposed_places
    from timeline.reading import read_report

    # "سويا" made a word that joins a name to a known town: "سويا الغيمة وسرمين" makes the invented الغيمة a place
    extended = Reference.load(_data_with_rows(tmp_path, "catalogue_words.csv", "سويا,joined_lead,ar,invented"))
    text = "قصفت الطائرات سويا الغيمة وسرمين صباح اليوم"
    for reference, expected in ((extended, ["الغيمة"]), (shipped, [])):
        reading = read_report(text, reference)
        places = list(reading.gazetteer_places)
        assert [p.text for p in apposed_places(reading.view, places, reference.catalogue)] == expected


def test_a_claim_word_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    from timeline.claims import attributions
    from timeline.sentences import TextView

    # an invented verb of saying: the name before it is the source in the extended reference only
    extended = Reference.load(_data_with_rows(tmp_path, "claim_words.csv", "blurted,saying_verb_en,en,invented"))
    flat = TextView("five people died in the shelling, the monitoring group blurted on Sunday").flat
    found = attributions(flat, 0, len(flat), [], tables=extended.claims)
    assert [a.kind for a in found] == ["monitor"]
    assert attributions(flat, 0, len(flat), [], tables=shipped.claims) == []


def test_a_partitive_word_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    # "ضمن" (among) made a partitive word: "ستة ضمن عناصره" counts the members of the side named before it
    extended = Reference.load(_data_with_rows(tmp_path, "claim_words.csv", "ضمن,partitive,ar,invented"))
    for text in (" ستة ضمن عناصره", " ستة من عناصره"):
        assert extended.claims.grammar.own_members.search(text, 4)
    assert shipped.claims.grammar.own_members.search(" ستة من عناصره", 4)
    assert not shipped.claims.grammar.own_members.search(" ستة ضمن عناصره", 4)


def test_a_role_word_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    from timeline.roles import civilian_target

    # an invented word for a civilian site: a clause hitting it hits civilians in the extended reference only
    extended = Reference.load(_data_with_rows(tmp_path, "role_words.csv", "مضافه,civilian,ar,invented"))
    flat = "قصفت الطائرات مضافه القريه"
    assert civilian_target(flat, 0, len(flat), [], extended.roles)
    assert not civilian_target(flat, 0, len(flat), [], shipped.roles)


def test_a_place_word_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    from timeline.incident_places import cue_places
    from timeline.sentences import TextView

    # "دسكرة" (a hamlet) made a settlement cue: the name after it is a place in the extended reference only
    extended = Reference.load(_data_with_rows(tmp_path, "place_words.csv", "دسكره,settlement_cue,ar,invented"))
    view = TextView("قصفت الطائرات دسكرة الغيمة صباح اليوم")
    assert [p.text for p in cue_places(view, extended.places)] == ["الغيمة"]
    assert cue_places(view, shipped.places) == []


def test_an_event_word_added_to_a_data_copy_changes_only_its_references_extraction(tmp_path, shipped):
    import datetime as dt

    from timeline.article import Article
    from timeline.extract import extract_article

    # "غابرا" (in times gone by), invented as a vague time: an incident told only so is background, no event
    text = "عنوان\n\nقصفت قوات النظام بلدة كفرنبل غابرا ما أدى إلى مقتل ثلاثة مدنيين."
    article = Article(key="v", text=text, published=dt.datetime(2019, 5, 6), language="ar", source="موقع الاختبار")
    before = extract_article(article)
    extended = Reference.load(_data_with_rows(tmp_path, "event_words.csv", "غابرا,vague_time,ar,invented"))
    assert extract_article(article, extended)["events"] == []
    assert [e["perpetrators"] for e in before["events"]] == [["syrian-government"]]
    assert extract_article(article) == before
    assert extract_article(article, shipped) == before


def test_an_outlet_added_to_a_data_copy_reaches_only_its_references_readers(tmp_path, shipped):
    from timeline.readers import read_path

    # an invented outlet: a report whose masthead names it is its report in the extended reference only
    columns = (DATA_DIR / "outlets.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    row = dict.fromkeys(columns, "") | {"id": "test-cloud", "name_ar": "وكالة الغيمة البيضاء", "stance": "independent"}
    extended = Reference.load(_data_with_rows(tmp_path, "./outlets.csv", ",".join(row[c] for c in columns)))
    report = tmp_path / "report.txt"
    report.write_text(
        "وكالة الغيمة البيضاء\n\nقصفت قوات النظام بلدة كفرنبل يوم السبت ما أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين "
        "بجروح متفاوتة الخطورة بحسب ما أفاد به ناشطون محليون من المنطقة في اتصال هاتفي مساء اليوم.\n",
        encoding="utf-8",
    )
    (article,) = read_path(report, tables=extended.readers).articles
    assert article.outlet_id == "test-cloud"
    (article,) = read_path(report, tables=shipped.readers).articles
    assert article.outlet_id is None
    (article,) = read_path(report).articles  # the default reference's readers
    assert article.outlet_id is None


def test_a_date_word_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    import datetime as dt

    from timeline.dates.tagger import tag_dates

    # "كامل" (the whole) made a night determiner: "كامل الليلة" is a night of the story, not tonight
    extended = Reference.load(_data_with_rows(tmp_path, "date_words.csv", "كامل,night_determiner,ar,invented"))
    text = "قصفت الطائرات البلدة كامل الليلة"
    published = dt.datetime(2019, 5, 6, 12)
    assert tag_dates(text, published, "ar", tables=extended.dates) == []
    assert [d.text for d in tag_dates(text, published, "ar", tables=shipped.dates)] == ["الليلة"]


def test_a_future_cue_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    import datetime as dt

    from timeline.dates.tagger import tag_dates

    # "تعتزم" (intends to) made a future cue: the bare weekday after it is the coming Friday, not the last one
    extended = Reference.load(_data_with_rows(tmp_path, "date_words.csv", "تعتزم,future_cue,ar,invented"))
    text = "قال القائد ان قواته تعتزم مهاجمة البلدة الجمعة"
    published = dt.datetime(2019, 5, 6, 12)  # a Monday
    assert [d.first for d in tag_dates(text, published, "ar", tables=extended.dates)] == [dt.date(2019, 5, 10)]
    assert [d.first for d in tag_dates(text, published, "ar", tables=shipped.dates)] == [dt.date(2019, 5, 3)]


def test_no_module_reads_cue_words_at_import():
    """Cue words reach the patterns through the reference (a grammar built per ``Reference``): a module that read
    a table at import (``_CUES = cue_words(...)`` beside its code) would ignore the tables of a data copy."""
    import ast

    import timeline

    package = Path(timeline.__file__).parent
    found = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # statements run at import (not inside a function or class)
            calls = [n for n in ast.walk(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
            if not isinstance(node, (ast.FunctionDef, ast.ClassDef)) and any(c.func.id == "cue_words" for c in calls):
                found.append(f"{path.relative_to(package.parent)}:{node.lineno}")
    assert found == []


def test_a_latin_article_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    # "il", invented as an article word: "il-Seraqeb" is Saraqib spelt another way in the extended reference only
    extended = Reference.load(_data_with_rows(tmp_path, "gazetteer_words.csv", "il,latin_article,en,invented"))
    text = "Shells fell on il-Seraqeb at dawn"
    assert _names(text, extended) == ["Saraqib"]
    assert _names(text, shipped) == []


def test_a_multiplier_added_to_a_data_copy_reaches_only_its_reference(tmp_path, shipped):
    from timeline.numbers import find_counts

    data = _data_with_rows(tmp_path, "number_words.csv", "dozen,multiplier,en,invented")
    with (data / "lexicon" / "cardinals.csv").open("a", encoding="utf-8") as fh:
        fh.write("dozen,12,en,invented\n")
    flat = "the shelling killed two dozen civilians"
    assert [c.value for c in find_counts(flat, tables=Reference.load(data).numbers)] == [24]
    assert [c.value for c in find_counts(flat, tables=shipped.numbers)] != [24]


def test_a_multiplier_with_no_value_is_an_error_naming_the_table(tmp_path):
    data = _data_with_rows(tmp_path, "number_words.csv", "gross,multiplier,en,no cardinal value")
    with pytest.raises(ValueError, match=r"number_words\.csv: multiplier 'gross' has no value in cardinals\.csv"):
        Reference.load(data)
