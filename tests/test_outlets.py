"""The publishing outlet: data/outlets.csv, and each position a report names its publisher in."""

import csv
import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest

from timeline.normalize import normalize_term
from timeline.readers import read_path
from timeline.readers.outlets import (
    OUTLETS_CSV,
    STANCES,
    claim_voices,
    filed_outlet_name,
    outlet_in_header,
    outlet_named,
    outlet_of_url,
    outlets,
)

PARAGRAPH = (
    "سقطت قذائف مدفعية صباح اليوم على أطراف بلدة تجريبية في ريف إدلب الجنوبي، ما أدى إلى أضرار في "
    "عدد من المنازل والأراضي الزراعية من دون تسجيل إصابات بين السكان بحسب ما أفاد أهالي البلدة."
)
QUOTING_PARAGRAPH = (
    "وقالت وكالة سانا إن وحدات الجيش ردت على مصادر النيران في ريف إدلب الجنوبي، فيما قال ناشطون إن "
    "القذائف سقطت على منازل المدنيين في البلدة وألحقت بها أضراراً كبيرة من دون أن تسجل إصابات بين السكان."
)
ENGLISH_PARAGRAPH = (
    "Shells landed on the edge of a test village in southern Idlib on Sunday morning, damaging several "
    "houses and farmland, residents said, with no casualties reported among the people living there."
)


def _article(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = read_path(path)
    assert result.errors == []
    assert len(result.articles) == 1
    return result.articles[0]


def _rows():
    with OUTLETS_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_outlets_csv_is_well_formed():
    rows = _rows()
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    owner = {}
    for row in rows:
        assert row["stance"] in STANCES, row["id"]
        assert row["name_ar"] or row["name_en"], row["id"]
        for alias in filter(None, row["aliases"].split("|")):
            key = normalize_term(alias)
            assert owner.setdefault(key, row["id"]) == row["id"], f"{alias} names {owner[key]} and {row['id']}"
        if row["id"].startswith("sample-"):
            assert row["note"] == "invented (sample corpus)"


def test_alias_lookup_in_both_scripts():
    assert outlet_named("Enab Baladi").id == outlet_named("عنب بلدي").id == "enab-baladi"
    assert outlet_named("الوكالة العربية السورية للأنباء").stance == "pro-government"
    assert outlet_named("وكالة إباء").stance == "hts-affiliated"
    assert outlet_named("فرانس برس").name_for("en") == "AFP"
    assert outlet_named("قناة لا وجود لها") is None


def test_domain_match_includes_subdomains():
    assert outlet_of_url("https://www.enabbaladi.net/archives/123").id == "enab-baladi"
    assert outlet_of_url("https://arabic.rt.com/middle_east/1/").id == "rt"
    assert outlet_of_url("https://example.org/news/1") is None
    assert outlet_of_url(None) is None


def test_sidecar_source_resolves_to_the_outlet(tmp_path):
    (tmp_path / "a.meta.json").write_text(json.dumps({"source": "Enab Baladi"}), encoding="utf-8")
    article = _article(tmp_path, "a.txt", PARAGRAPH + "\n")
    assert (article.source, article.outlet_id, article.outlet_stance) == ("عنب بلدي", "enab-baladi", "opposition")
    assert article.metadata_dict()["outlet_stance"] == "opposition"


def test_unknown_feed_source_is_kept_and_the_domain_names_the_outlet(tmp_path):
    rows = [
        {"id": "1", "url": "https://www.syria.tv/news/1", "source": "موقع تجريبي", "text": PARAGRAPH},
        {"id": "2", "url": "https://example.org/2", "source": "موقع تجريبي", "text": PARAGRAPH},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    first, second = read_path(path).articles
    assert (first.source, first.outlet_id) == ("تلفزيون سوريا", "syria-tv")
    assert (second.source, second.outlet_id) == ("موقع تجريبي", None)


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:site_name" content="Syria TV">',
        '<meta name="application-name" content="تلفزيون سوريا">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": "Syria TV"}}</script>',
        "<title>قصف على بلدة تجريبية | تلفزيون سوريا</title>",
    ],
)
def test_html_publisher_metadata(tmp_path, head):
    page = f"<html><head>{head}</head><body><article><h1>قصف على بلدة تجريبية</h1><p>{PARAGRAPH}</p></article></body></html>"
    article = _article(tmp_path, "page.html", page)
    assert (article.source, article.outlet_id) == ("تلفزيون سوريا", "syria-tv")


def test_html_title_suffix_that_is_no_outlet_is_ignored(tmp_path):
    page = f"<html><head><title>قصف على بلدة | أخبار محلية</title></head><body><p>{PARAGRAPH}</p></body></html>"
    assert _article(tmp_path, "page.html", page).source is None


@pytest.mark.parametrize(
    ("header", "outlet_id"),
    [
        ("تلفزيون سوريا | الرئيسية | أخبار\nقصف على بلدة تجريبية جنوب إدلب", "syria-tv"),  # masthead
        ("قصف على بلدة تجريبية جنوب إدلب\nعنب بلدي – إدلب", "enab-baladi"),  # byline
        ("قصف على بلدة تجريبية جنوب إدلب\nإدلب/ الأناضول", "anadolu"),  # place / outlet credit
        ("قصف على بلدة تجريبية جنوب إدلب\nالمصدر: الدرر الشامية", "al-durar"),  # credit cue
        ("قصف على بلدة تجريبية جنوب إدلب\nwww.enabbaladi.net", "enab-baladi"),  # printed domain
        ("قصف على بلدة تجريبية جنوب إدلب\n(سمارت)", "smart"),  # parenthesised credit
    ],
)
def test_outlet_from_header_lines(tmp_path, header, outlet_id):
    article = _article(tmp_path, "a.txt", f"{header}\n\n{PARAGRAPH}\n")
    assert article.outlet_id == outlet_id
    assert article.source == outlet_named(article.source).name_ar


def test_english_wire_dateline(tmp_path):
    text = f"Test village shelled\n\nBEIRUT, Oct 14 (Reuters) - {ENGLISH_PARAGRAPH}\n"
    article = _article(tmp_path, "wire.txt", text)
    assert (article.source, article.outlet_id, article.outlet_stance) == ("Reuters", "reuters", "international-wire")


def test_closing_credit_line(tmp_path):
    article = _article(tmp_path, "a.txt", f"{PARAGRAPH}\n\nالمصدر: عنب بلدي\n")
    assert article.outlet_id == "enab-baladi"


def test_outlet_quoted_in_the_body_is_not_the_publisher(tmp_path):
    article = _article(tmp_path, "a.txt", f"قصف على بلدة تجريبية جنوب إدلب\n\n{QUOTING_PARAGRAPH}\n")
    assert (article.source, article.outlet_id) == (None, None)
    # the same in a short line of the header: a sentence naming an outlet is no masthead or credit
    assert outlet_in_header("قالت وكالة سانا إن القصف طال البلدة\n\n" + QUOTING_PARAGRAPH) is None


def test_unknown_outlet_gives_none(tmp_path):
    article = _article(tmp_path, "a.txt", f"قناة المثال | الرئيسية | أخبار\n\n{PARAGRAPH}\n")
    assert (article.source, article.outlet_id, article.outlet_stance) == (None, None, None)


def test_edition_label_of_an_unknown_masthead_is_not_an_outlet():
    """ "- العربية" after an agency's name is its Arabic edition, not the channel Al Arabiya."""
    assert outlet_in_header("وكالة المثال للأنباء - العربية | الشرق الأوسط\n\n" + PARAGRAPH) is None


def test_telegram_channel_name_is_the_last_resort(tmp_path):
    export = {
        "name": "وكالة إباء",
        "messages": [
            {"id": 7, "type": "message", "date": "2019-05-20T19:02:00", "text": "قصف على بلدة تجريبية"},
            {"id": 8, "type": "message", "date": "2019-05-20T19:30:00", "text": "قصف جديد\n(سمارت)"},
        ],
    }
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    first, second = read_path(path).articles
    assert (first.source, first.outlet_id, first.outlet_stance) == ("وكالة إباء", "ebaa", "hts-affiliated")
    assert second.outlet_id == "smart"  # a credit the post prints comes before the channel


DATE_BAR = '<div class="topbar"><span>الأحد 9 محرم 1441هـ - 8 أيلول 2019</span></div>'


def test_html_date_bar_stays_in_the_text_but_does_not_win(tmp_path):
    page = (
        f"<html><body>{DATE_BAR}<nav><a href='/'>الرئيسية</a></nav><article><h1>قصف على بلدة تجريبية</h1>"
        f"<p>2019.09.05 | 14:20 دمشق</p><p>{PARAGRAPH}</p></article></body></html>"
    )
    article = _article(tmp_path, "page.html", page)
    assert article.text.startswith("الأحد 9 محرم 1441هـ - 8 أيلول 2019\n\n")
    assert article.published == dt.datetime(2019, 9, 5, 14, 20, tzinfo=ZoneInfo("Asia/Damascus"))
    assert article.published_from == "dateline"
    assert article.title == "قصف على بلدة تجريبية"


def test_html_date_bar_with_a_clock_time_still_loses_to_the_story_date(tmp_path):
    """Outside the story, a date is the site's widget however precise it looks."""
    page = (
        "<html><body><div class='bar'>8 أيلول 2019 - 10:00</div><article><h1>قصف على بلدة تجريبية</h1>"
        f"<p>الخميس 5 أيلول 2019</p><p>{PARAGRAPH}</p></article></body></html>"
    )
    article = _article(tmp_path, "page.html", page)
    assert "8 أيلول 2019 - 10:00" in article.text
    assert article.published == dt.datetime(2019, 9, 5)


def test_html_block_above_the_story_that_is_not_a_date_is_left_out(tmp_path):
    page = (
        "<html><body><div class='topbar'>عاجل: خبر آخر من الموقع</div><article><h1>قصف على بلدة تجريبية</h1>"
        f"<p>{PARAGRAPH}</p></article></body></html>"
    )
    assert "عاجل" not in _article(tmp_path, "page.html", page).text


def test_an_outlet_named_by_its_web_short_name_is_that_outlet():
    # datasets often name the outlet by its site's short name; one outlet must not count twice
    assert outlet_named("arabiya") is outlet_named("العربية")
    assert outlet_named("jordantimes").id == "jordan-times"
    assert outlet_named("dailysabah").stance == "turkish"


def test_a_common_word_is_no_outlet_alias():
    # "العالم" (the world) and "الشرق الأوسط" (the Middle East) are words of any report, not outlet credits
    assert outlet_named("العالم") is None
    assert outlet_named("الشرق الأوسط") is None


def test_an_outlet_is_filed_under_one_name_in_either_language():
    assert filed_outlet_name("العربية") == filed_outlet_name("Al Arabiya") == "Al Arabiya"
    assert filed_outlet_name("صحيفة الحبق") == "صحيفة الحبق"  # no English name: its Arabic one
    assert filed_outlet_name("A Page Not In The Table") == "A Page Not In The Table"
    assert filed_outlet_name(None) is None


def test_the_syrian_archive_is_a_known_outlet_by_name_and_domain():
    archive = outlet_named("الأرشيف السوري")
    assert archive is not None and archive.id == "syrian-archive" and archive.stance == "monitor"
    assert outlet_named("Syrian Archive") == archive
    assert outlet_of_url("https://syrianarchive.org/ar/some/page") == archive
    assert filed_outlet_name("الأرشيف السوري") == "Syrian Archive"


def test_every_outlet_is_found_again_by_the_names_it_is_filed_and_shown_under():
    for outlet in outlets():  # "National News Agency (Lebanon)": its closing parenthesis is part of the name
        assert filed_outlet_name(outlet.filed_name) == outlet.filed_name, outlet.id
        for language in ("ar", "en"):
            assert outlet_named(outlet.name_for(language)) == outlet, (outlet.id, language)


def test_arabic_desks_of_international_channels_are_known_outlets():
    for english, arabic, outlet_id in (("Sky News Arabia", "سكاي نيوز عربية", "sky-news-arabia"),
                                       ("France 24 Arabic", "فرانس 24", "france-24-arabic"),
                                       ("CNN Arabic", "سي إن إن بالعربية", "cnn-arabic")):  # fmt: skip
        assert outlet_named(english).id == outlet_named(arabic).id == outlet_id
    assert outlet_of_url("https://www.france24.com/ar/some-page").id == "france-24-arabic"


def test_one_monitor_named_several_ways_is_one_voice():
    """Its full name inside a longer phrase, its director by name or by title, its short name: all one voice,
    filed under the monitor's name; sources naming no known outlet stay as written."""
    sources = [
        "المرصد السوري لحقوق الإنسان",
        "رامي عبد الرحمن مدير المرصد",
        "المرصد",
        "monitors at the Syrian Observatory for Human Rights in Britain",
        "the Observatory's director",
        "the head of the Observatory",
        "a correspondent of Reuters",
        "مراسل وكالة الصحافة الفرنسية",
        "ناشطون",
    ]
    voices = claim_voices(sources)
    assert {voices[s] for s in sources[:5]} == {"Syrian Observatory for Human Rights"}
    assert voices["the head of the Observatory"] == "Syrian Observatory for Human Rights"
    assert (voices["a correspondent of Reuters"], voices["مراسل وكالة الصحافة الفرنسية"]) == ("Reuters", "AFP")
    assert voices["ناشطون"] == "ناشطون"


def test_a_short_name_two_monitors_share_stays_apart_and_a_common_word_names_no_outlet():
    """ "المرصد" beside two monitors could be either: it stays itself. A one-word Arabic outlet name that is also a
    common word ("المدن": the cities; "الجزيرة": the Jazira region) is no outlet inside a longer phrase."""
    two = claim_voices(["المرصد السوري لحقوق الإنسان", "المرصد الشمالي لتوثيق الانتهاكات", "المرصد"])
    assert two["المرصد"] == "المرصد"
    alone = claim_voices(["مصادر محلية في المدن", "ناشطون في الجزيرة السورية", "الجزيرة"])
    assert alone["مصادر محلية في المدن"] == "مصادر محلية في المدن"
    assert alone["ناشطون في الجزيرة السورية"] == "ناشطون في الجزيرة السورية"
    assert alone["الجزيرة"] == "Al Jazeera"  # the whole source: the outlet
