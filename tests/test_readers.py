"""Each reader on a fixture written for the project: text, Markdown, HTML, feeds, Telegram, sidecars."""

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from timeline.readers import read_path, read_paths
from timeline.readers.language import detect_language
from timeline.readers.metadata import url_date

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def _one(name, **kwargs):
    result = read_path(FIXTURES / name, **kwargs)
    assert result.errors == []
    assert len(result.articles) == 1
    return result.articles[0]


def test_text_report_dateline_noise_and_title():
    article = _one("widget_then_dateline.txt")
    assert article.key == "widget_then_dateline"
    assert article.published == dt.datetime(2019, 6, 4, 9, 20, tzinfo=ZoneInfo("Asia/Damascus"))
    assert article.published_from == "dateline"
    assert article.language == "ar"
    assert article.title == "قصف مدفعي على أطراف بلدة تجريبية في ريف حماة الشمالي"
    noise = [article.text[s:e] for s, e in article.noise]
    assert noise == [
        "الرئيسية | أخبار | ميداني | التغطية الحية",
        "icon",
        "+A",
        "حجم الخط",
        "-A",
        "عناصر من الدفاع المدني يعملون بين الأنقاض في بلدة تجريبية (أرشيف - إنترنت)",
        "شارك: فيسبوك تويتر واتساب",
    ]


def test_body_blanks_noise_but_keeps_offsets_and_dates():
    article = _one("widget_then_dateline.txt")
    assert len(article.body) == len(article.text)
    assert "حجم الخط" not in article.body
    assert "أرشيف" not in article.body
    assert "2019.06.04 | 09:20 دمشق" in article.body  # the dateline is text, not furniture
    assert "الأحد 1 آذار 2020" in article.body  # so is the header date (a date expression in the text)
    start = article.text.index("صباح اليوم الثلاثاء")
    assert article.body[start : start + 8] == "صباح الي"


def test_markdown_report_dated_by_a_body_sentence():
    article = _one("body_today.md")
    assert article.published_from == "body"
    assert article.published.date() == dt.date(2018, 9, 19)
    assert article.title == "وقفة احتجاجية في مدينة تجريبية للمطالبة بوقف القصف"
    assert [article.text[s:e] for s, e in article.noise] == ["# نشرة الوادي | تقارير"]


def test_sidecar_fills_date_url_source_and_title():
    article = _one("sidecar_article.txt")
    assert article.published == dt.datetime(2019, 4, 2, 20, 15)
    assert article.published_from == "metadata"
    assert article.url == "https://example.org/news/2019/04/02/clashes"
    assert article.source == "موقع السهل"
    assert article.title == "اشتباكات في سهل الغاب"


def test_published_option_overrides_everything():
    when = dt.datetime(2020, 2, 2, 12, 0)
    article = _one("sidecar_article.txt", published=when)
    assert (article.published, article.published_from) == (when, "option")


def test_html_page_body_title_and_meta():
    article = _one("page.html")
    assert article.published == dt.datetime(2019, 8, 20, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert article.published_from == "html"
    assert article.title == "غارات جوية على قرية تجريبية في ريف إدلب الجنوبي"
    assert article.source == "شبكة الوادي"
    assert article.url == "https://example.org/news/2019/08/20/strikes"
    assert article.text.startswith("غارات جوية على قرية تجريبية")
    assert "2019.08.20 | 18:30 دمشق" in article.text
    assert "فرقه عملت على إخماد حرائق" in article.text
    for furniture in ("الرئيسية", "شارك", "اقرأ أيضاً", "خبر آخر", "جميع الحقوق", "tracking", "2001"):
        assert furniture not in article.text


def test_html_without_metadata_uses_the_visible_stamp():
    article = _one("page_no_meta.htm")
    assert article.language == "en"
    assert article.published == dt.datetime(2018, 11, 2, 15, 15)
    assert article.published_from == "dateline"
    assert "Home" not in article.text
    assert article.title == "Shelling reported near a test village"


def test_jsonl_feed_rows_keyed_by_stem_and_id():
    result = read_path(FIXTURES / "feed.jsonl")
    assert result.errors == []
    first, second = result.articles
    assert first.key == "feed#a1"
    assert first.published == dt.datetime(2019, 10, 3, 8, 45, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert (first.published_from, first.source, first.title) == ("feed", "وكالة الاختبار", "قصف على قرية تجريبية")
    assert second.key == "feed#a2"
    assert (second.published, second.published_from) == (dt.datetime(2019, 10, 5), "url")


def test_csv_feed_and_row_without_text():
    result = read_path(FIXTURES / "feed.csv")
    assert [a.key for a in result.articles] == ["feed#7"]
    article = result.articles[0]
    assert article.published == dt.datetime(2020, 1, 20, 10, 0, tzinfo=dt.UTC)
    assert article.language == "en"
    assert [(e.row, e.reason) for e in result.errors] == [("8", "row has no text")]
    assert str(result.errors[0]).endswith("feed.csv (row 8): row has no text")


def test_telegram_export_flattens_entities_and_counts_skipped_messages():
    result = read_path(FIXTURES / "result.json")
    assert result.errors == []
    assert [a.key for a in result.articles] == ["result#2", "result#4"]
    first = result.articles[0]
    assert first.text == "عاجل | ريف حماة\n\nقصف مدفعي على قرية تجريبية #حماة"
    assert (first.published, first.published_from) == (dt.datetime(2019, 2, 1, 10, 5), "telegram")
    assert first.source == "قناة الاختبار"
    assert first.title == "عاجل | ريف حماة"
    assert result.notes == [
        f"{FIXTURES / 'result.json'}: skipped 1 service message(s) and 1 message(s) without text (2 read)"
    ]


def test_read_paths_walks_folders_skipping_sidecars_gold_and_readmes(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text('{"id": "a"}', encoding="utf-8")
    (tmp_path / "README.md").write_text("# about this folder", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("BEIRUT, May 6 (AFP) - Test text from 2019.", encoding="utf-8")
    (tmp_path / "sub" / "a.meta.json").write_text('{"source": "Test"}', encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = read_paths([tmp_path])
    assert [a.key for a in result.articles] == ["a"]
    assert result.articles[0].source == "Test"
    assert result.errors == []
    assert result.notes == [f"{tmp_path / 'picture.png'}: skipped, not a report file type"]


def test_url_dates():
    assert url_date("https://x.org/news/2019/02/16/item") == dt.datetime(2019, 2, 16)
    assert url_date("https://x.org/archive/20181104/item") == dt.datetime(2018, 11, 4)
    assert url_date("https://x.org/archives/18834") is None
    assert url_date("https://x.org/2019/13/45/") is None


def test_language_by_script_share():
    assert detect_language("قصف على ريف إدلب (AFP)") == "ar"
    assert detect_language("Shelling hit Idlib, said المرصد") == "en"


def test_feed_dates_in_rfc_2822_or_printed_form(tmp_path):
    path = tmp_path / "rss.csv"
    path.write_text(
        "id,url,source,published,title,text\n"
        '1,,Wire,"Sat, 16 Feb 2019 10:08:00 GMT",t,Shelling on a test town.\n'
        "2,,Wire,16 شباط 2019 - 10:08,t,قصف على بلدة تجريبية.\n",
        encoding="utf-8",
    )
    first, second = read_path(path).articles
    assert first.published == dt.datetime(2019, 2, 16, 10, 8, tzinfo=dt.UTC)
    assert second.published == dt.datetime(2019, 2, 16, 10, 8)
    assert first.published_from == second.published_from == "feed"


def test_html_story_outside_article_teasers(tmp_path):
    story = "<p>" + "Artillery shells hit the test village on Friday, local activists said. " * 6 + "</p>"
    page = (
        "<html><body><div class='story'><h1>Main story headline here</h1>" + story + "</div>"
        "<section><article><a href='/1'>Teaser one</a></article><article><a href='/2'>Teaser two</a></article>"
        "</section></body></html>"
    )
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    article = read_path(tmp_path / "p.html").articles[0]
    assert article.text.startswith("Main story headline here")
    assert "Artillery shells hit the test village" in article.text


def test_noise_lines_of_links_menus_and_captions_but_not_sentences():
    from timeline.readers.noise import is_noise_line

    assert is_noise_line("https://t.me/test_channel")
    assert is_noise_line("+A / حجم الخط / -A")
    assert is_noise_line("الرئيسية › أخبار ميدانية › ريف إدلب")
    assert is_noise_line("جرافة تزيل الركام في بلدة تجريبية (صورة تعبيرية)")
    assert not is_noise_line("شارك عشرات المدنيين في تشييع الضحايا في البلدة التجريبية أمس")
    assert not is_noise_line("الخميس 5 آذار 2020 | موقع تجريبي")
    assert not is_noise_line("إدلب/ مراسل تجريبي/ وكالة الاختبار")
