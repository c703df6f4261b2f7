"""Briefings: the right incidents in the right order, figures, citations, contested claims, chains,
milestones, right-to-left output, escaping and determinism, on a store filled with hand-made extractions
(independent of extraction quality)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import tempfile
import zipfile
from pathlib import Path

import pytest

from timeline import briefing, png
from timeline.analysis import Filters
from timeline.briefing.content import build_briefing
from timeline.briefing.document import layout
from timeline.briefing.docx_format import render_docx
from timeline.cli import main
from timeline.paths import SAMPLE_DIR
from timeline.store import Store

NOV = Filters(start=dt.date(2018, 11, 1), end=dt.date(2018, 11, 30))
WHEN = "2026-01-01 00:00 UTC"
HOSTILE_TITLE = "<script>alert('x')</script> Clash near Tell Bazzam"


def place(name, name_ar, admin1, pcode, precision=1, lat=35.6, lon=36.5):
    return {"text": name_ar, "name": name, "name_ar": name_ar, "admin1": admin1, "admin2": "", "admin3": "",
            "pcode": pcode, "lat": lat, "lon": lon, "precision": precision}  # fmt: skip


KAFRANBEL = place("Kafranbel", "كفرنبل", "Idlib", "SY070203")
KHAN_SHAYKHUN = place("Khan Shaykhun", "خان شيخون", "Idlib", "SY070201")
LATAMINAH = place("Al-Lataminah", "اللطامنة", "Hama", "SY050501", precision=2)
HAMA_COUNTRYSIDE = place("northern Hama countryside", "ريف حماة الشمالي", "Hama", "", precision=3, lat=None, lon=None)


def event(eid, day, kind, perpetrators, targets, where, claims=(), relations=(), warnings=()):
    return {
        "id": eid,
        "first": day,
        "last": day,
        "date_text": day,
        "date_warnings": list(warnings),
        "type": kind,
        "perpetrators": list(perpetrators),
        "targets": list(targets),
        "place": where,
        "places": [],
        "claims": [
            {
                "source": s,
                "source_kind": "other",
                "outlet": None,
                "killed": k,
                "wounded": w,
                "captured": None,
                "vague": [],
                "of": None,
                "evidence": [],
            }
            for s, k, w in claims
        ],  # fmt: skip
        "evidence": [],
        "relations": [{"type": "retaliation_for", "event": r} for r in relations],
    }


ARTICLES = [
    # key, outlet, title, url, published, events
    ("a", "Outlet A", "Shelling on Kafranbel", "https://a.example/news/1", "2018-11-21T10:00:00", [
        event("e1", "2018-11-20", "shelling", ["syrian-government"], ["civilians"], KAFRANBEL,
              claims=[("Civil Defence", 5, 3), ("local activists", 7, None)], relations=["e2"]),
        event("e2", "2018-11-19", "attack", ["hts"], ["syrian-government"], LATAMINAH, claims=[("a field commander", 2, None)]),
    ]),
    ("b", "Outlet B", HOSTILE_TITLE, "javascript:alert(1)", "2018-11-26T08:00:00", [
        event("e1", "2018-11-25", "armed_clash", ["hts"], ["nfl"], KHAN_SHAYKHUN, claims=[("Outlet B", 7, 1)]),
    ]),
    ("c", "وكالة الاختبار", "غارة على خان شيخون", None, "2018-11-11T09:00:00", [
        event("e1", "2018-11-10", "air_strike", ["russia"], ["civilians"], KHAN_SHAYKHUN, claims=[("الدفاع المدني", 6, None)],
              warnings=["weekday does not match date"]),
        event("e2", "2018-11-12", "shelling", ["syrian-government"], [], HAMA_COUNTRYSIDE),
    ]),
    ("d", "Outlet D", "October shelling", "https://d.example/2", "2018-10-16T08:00:00", [
        event("e1", "2018-10-15", "shelling", ["syrian-government"], ["civilians"], KAFRANBEL, claims=[("Outlet D", 1, None)]),
    ]),
    ("e", "Outlet E", "December raid", "https://e.example/3", "2018-12-06T08:00:00", [
        event("e1", "2018-12-05", "air_strike", ["russia"], ["civilians"], KAFRANBEL, claims=[("Outlet E", 30, None)]),
        event("e2", None, "shelling", ["syrian-government"], [], KAFRANBEL),
    ]),
]  # fmt: skip


def fill(store: Store) -> Store:
    for key, outlet, title, url, published, events in ARTICLES:
        uid = f"/fixtures/briefing/{key}.txt::{key}"
        info = {"key": key, "title": title, "published": published, "published_from": "metadata", "source": outlet,
                "url": url, "language": "en", "path": f"/fixtures/briefing/{key}.txt"}  # fmt: skip
        store.save_article(uid, f"hash-{key}", {"article": info, "dates": [], "events": events}, f"text of {key}")
    return store


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    return fill(Store(tmp_path_factory.mktemp("briefing") / "store.sqlite"))


@pytest.fixture(scope="module")
def nov(store):
    return build_briefing(store, NOV, "en", with_charts=False, generated_at=WHEN)


def plain(text: str) -> str:
    """Text without the bidi isolates the briefing puts around report text and dates."""
    return re.sub("[\u2066-\u2069]", "", text)


def test_most_serious_incidents_by_toll_then_recency(store, nov):
    order = [(str(i.first), i.place_name, i.killed_best) for i in nov.serious]
    assert order == [
        ("2018-11-25", "Khan Shaykhun", 7.0),
        ("2018-11-10", "Khan Shaykhun", 6.0),
        ("2018-11-20", "Kafranbel", 5.0),  # 5 or 7 claimed: the lower middle figure, never 6
        ("2018-11-19", "Al-Lataminah", 2.0),
        ("2018-11-12", "northern Hama countryside", None),
    ]
    assert [i.place_name for i in build_briefing(store, NOV, with_charts=False, top=2).serious] == [
        "Khan Shaykhun",
        "Khan Shaykhun",
    ]


def test_headline_figures_against_previous_period(nov):
    assert nov.previous == (dt.date(2018, 10, 2), dt.date(2018, 10, 31))
    totals = nov.totals
    assert totals.at["incidents", "current"] == 5 and totals.at["incidents", "previous"] == 1
    assert totals.at["incidents", "change"] == 4
    assert totals.at["killed_best", "current"] == 20  # 7 + 6 + 5 + 2
    assert totals.at["killed_low", "current"] == 20 and totals.at["killed_high", "current"] == 22
    government = nov.by_faction.loc["syrian-government"]
    assert (government["incidents"], government["previous"], government["change"]) == (2, 1, 1)
    assert list(nov.by_faction.index[:2]) == ["hts", "syrian-government"]
    assert nov.by_area.loc["Idlib", "total"] == 3 and nov.by_area.loc["Hama", "total"] == 2


def test_claims_side_by_side_with_citations(nov):
    kafranbel = nov.serious[2]
    assert [(c.source, c.killed, c.wounded) for c in kafranbel.claims] == [
        ("Civil Defence", 5.0, 3.0),
        ("local activists", 7.0, None),
    ]
    assert kafranbel.contested == ("killed",)
    (citation,) = kafranbel.citations
    assert (citation.outlet, citation.title, citation.published, citation.url) == (
        "Outlet A",
        "Shelling on Kafranbel",
        "2018-11-21",
        "https://a.example/news/1",
    )
    html = plain(render_text(nov, "html"))
    assert "Outlet A, “Shelling on Kafranbel”, 2018-11-21, " in html
    assert '<a href="https://a.example/news/1"' in html
    markdown = plain(render_text(nov, "md"))
    assert "| Civil Defence | Outlet A | 5 | 3 |" in markdown and "| local activists | Outlet A | 7 | – |" in markdown


def test_contested_figures_called_out(nov):
    assert [i.place_name for i in nov.contested] == ["Kafranbel"]
    html = plain(render_text(nov, "html"))
    assert "Contested figures — killed: Civil Defence says 5; local activists says 7" in html


def test_a_source_repeating_a_figure_is_listed_once_among_the_contested(nov):
    kafranbel = nov.contested[0]
    repeated = dataclasses.replace(kafranbel, claims=(*kafranbel.claims, kafranbel.claims[0]))
    text = plain(render_text(dataclasses.replace(nov, contested=(repeated,), serious=(repeated,)), "md"))
    assert "killed: Civil Defence says 5; local activists says 7**" in text
    assert "Civil Defence says 5 killed; local activists says 7 killed" in text and "7 killed; Civil" not in text


def test_one_source_giving_two_tolls_in_one_report_is_not_contested(nov):
    """A report's own update ("22 killed", later "the toll rose to 30") is one source, not two disagreeing."""
    kafranbel = nov.contested[0]
    report = kafranbel.claims[0].report
    update = (
        dataclasses.replace(kafranbel.claims[0], source="Outlet F", killed=22.0, wounded=None),
        dataclasses.replace(kafranbel.claims[0], source="Outlet F", killed=30.0, wounded=None, report=report),
    )
    alone = dataclasses.replace(kafranbel, claims=update)
    assert alone.contested == ()
    text = plain(render_text(dataclasses.replace(nov, contested=(alone,), serious=(alone,)), "md"))
    assert "Contested figures —" not in text


def _killed_by(nov, said: list[tuple[str, float]]):
    """The first contested incident with one claim of a killed figure per (source, figure), from its first report."""
    kafranbel = nov.contested[0]
    first = kafranbel.claims[0]
    claims = tuple(dataclasses.replace(first, source=source, killed=killed, wounded=None) for source, killed in said)
    return dataclasses.replace(kafranbel, claims=claims)


def _rendered(nov, incident, lang: str = "en") -> str:
    """The Markdown briefing with ``incident`` as its only contested and serious incident."""
    return plain(render_text(dataclasses.replace(nov, contested=(incident,), serious=(incident,), lang=lang), "md"))


def test_one_monitor_named_two_ways_is_one_voice_named_in_the_briefings_language(nov):
    """The Observatory by its full name in one report and by its director's title in another is one voice: not
    two sources disagreeing, and named as the briefing's language names it."""
    told = _killed_by(
        nov, [("the Syrian Observatory for Human Rights", 12.0), ("مدير المرصد", 14.0), ("local activists", 14.0)]
    )
    assert list(told.voices(("killed",))) == ["Syrian Observatory for Human Rights", "local activists"]
    text = _rendered(nov, told)
    assert (
        "Contested figures — killed: Syrian Observatory for Human Rights says 12, 14; local activists says 14**" in text
    )
    arabic = _rendered(nov, told, "ar")
    assert "المرصد السوري لحقوق الإنسان: 12 قتيلاً، 14 قتيلاً؛ local activists: 14 قتيلاً" in arabic


def test_a_source_giving_two_tolls_is_named_once_among_the_contested(nov):
    both = _killed_by(nov, [("Outlet F", 22.0), ("Outlet F", 30.0), ("a monitor", 30.0)])
    assert both.contested == ("killed",)
    text = _rendered(nov, both)
    assert "Contested figures — killed: Outlet F says 22, 30; a monitor says 30**" in text
    assert "Outlet F says 22 killed, 30 killed; a monitor says 30 killed" in text
    assert text.count("Outlet F says") == 2  # once in the incident's notice, once in the contested list
    arabic = _rendered(nov, both, "ar")
    assert "Outlet F: 22 قتيلاً، 30 قتيلاً؛ a monitor: 30 قتيلاً" in arabic  # each figure in its number's form


def test_a_claim_without_a_source_speaks_for_the_outlet_of_its_report(nov):
    """Two unattributed figures in reports of one outlet are that outlet's, not two sources'."""
    kafranbel = nov.contested[0]
    first = kafranbel.claims[0]
    claims = (
        dataclasses.replace(first, source=None, outlet=None, killed=5.0),
        dataclasses.replace(first, source=None, outlet=None, killed=6.0),
    )
    assert dataclasses.replace(kafranbel, claims=claims).contested == ()
    assert dataclasses.replace(kafranbel, claims=(*claims, kafranbel.claims[1])).contested == ("killed",)


def test_a_place_named_with_its_governorate_is_not_followed_by_it_twice(nov):
    kafranbel = nov.contested[0]
    quarter = dataclasses.replace(kafranbel, place_name="Salah al-Din (Idlib)", admin1="Idlib")
    text = plain(render_text(dataclasses.replace(nov, contested=(quarter,), serious=(quarter,)), "md"))
    assert "2018-11-20 · Salah al-Din (Idlib) · shelling" in text and "(Idlib) (Idlib)" not in text
    assert "2018-11-20 · Kafranbel (Idlib) · shelling" in plain(render_text(nov, "md"))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_figures_of_thousands_are_grouped_as_the_dashboard_writes_them(nov, lang):
    kafranbel = nov.serious[2]
    large = dataclasses.replace(kafranbel, killed_low=1200.0, killed_best=1250.0, killed_high=2400.0)
    text = plain(render_text(dataclasses.replace(nov, serious=(large,), contested=(), lang=lang), "md"))
    assert "1,200–2,400 (1,250)" in text and "1200" not in text


def test_a_chain_whose_answer_is_dated_before_what_it_answers_is_flagged(nov):
    (chain,) = nov.chains
    assert "dates contradict" not in render_text(nov, "md")
    early = dataclasses.replace(chain.answer, first=dt.date(2018, 11, 2), last=dt.date(2018, 11, 2))
    flipped = dataclasses.replace(nov, chains=(dataclasses.replace(chain, answer=early),))
    assert "Syrian government forces → Civilians) answered 2018-11-19" in plain(render_text(flipped, "md"))
    assert "The dates contradict the report: the answer is dated before what it answers." in render_text(flipped, "md")
    arabic = dataclasses.replace(flipped, lang="ar")
    assert "التواريخ تناقض التقرير" in render_text(arabic, "md")


def test_retaliation_chain(store, nov):
    capped = build_briefing(store, NOV, with_charts=False, top=0)
    assert (capped.chains, capped.chains_more) == ((), 1)
    (chain,) = nov.chains
    assert (chain.answer.place_name, chain.answered.place_name) == ("Kafranbel", "Al-Lataminah")
    assert chain.citation.title == "Shelling on Kafranbel"
    text = plain(render_text(nov, "md"))
    assert (
        "2018-11-20 · Kafranbel (Idlib) · shelling (Syrian government forces → Civilians) answered 2018-11-19" in text
    )


def test_milestones_in_period(store, nov):
    assert nov.milestones == ()
    october = build_briefing(store, Filters(start=dt.date(2018, 10, 1), end=dt.date(2018, 10, 31)), with_charts=False)
    assert [(str(m.date), m.label) for m in october.milestones] == [
        ("2018-10-10", "heavy weapons due out of the zone"),
        ("2018-10-15", "radical groups due out of the zone"),
    ]
    september = build_briefing(store, Filters(start=dt.date(2018, 9, 1), end=dt.date(2018, 9, 30)), with_charts=False)
    assert september.milestones[0].signing and str(september.milestones[0].date) == "2018-09-17"


def test_data_quality_and_notices(nov):
    q = nov.quality
    assert (q.articles_in_store, q.articles_in_period, q.incidents, q.unreviewed) == (5, 3, 5, 5)
    assert (q.weekday_mismatch, q.undated_reports, q.region_precision, q.no_figure) == (1, 1, 1, 1)
    assert not nov.sample
    html = plain(render_text(nov, "html"))
    assert "were never published" in html  # the Sochi zone is an approximation
    assert "sample corpus" not in html
    assert "Incidents with no known place: 0." in html and "Incidents with no death toll: 1." in html
    assert "Incidents not yet reviewed by an analyst: 5 of 5." in html
    assert not re.search(r"\b1 incidents|\b1 (?:report|incident report)s\b", html)  # a count of one in the plural


def test_arabic_data_quality_lines_put_the_figure_after_the_noun_phrase(store):
    arabic = plain(render_text(build_briefing(store, NOV, "ar", with_charts=False, generated_at=WHEN), "html"))
    assert "حوادث بلا عدد قتلى: 1." in arabic and "حوادث لم يراجعها محلل بعد: 5 من أصل 5." in arabic
    assert "1 حادثة" not in arabic and "0 تقريراً" not in arabic


def test_filters_restrict_the_briefing(store):
    only_hts = build_briefing(store, Filters(start=NOV.start, end=NOV.end, factions=("hts",)), with_charts=False)
    assert [i.place_name for i in only_hts.serious] == ["Khan Shaykhun", "Al-Lataminah"]
    assert list(only_hts.by_faction.index) == ["hts"]


def test_report_text_is_escaped(nov, tmp_path):
    html = render_text(nov, "html")
    assert "<script>" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert 'href="javascript' not in html
    markdown = render_text(nov, "md")
    assert "<script>" not in markdown and "&lt;script&gt;" in markdown
    assert "](<javascript" not in markdown


def test_arabic_is_right_to_left(store, tmp_path):
    arabic = build_briefing(store, NOV, "ar", with_charts=False, generated_at=WHEN)
    html = render_text(arabic, "html")
    assert '<html lang="ar" dir="rtl">' in html
    assert "أخطر الحوادث" in html and "هيئة تحرير الشام" in html
    assert "وكالة الاختبار، «غارة على خان شيخون»، 2018-11-11" in plain(html)
    assert render_text(arabic, "md").startswith('<div dir="rtl" lang="ar">')
    path = briefing.render(arabic, "docx", tmp_path / "ar.docx")
    with zipfile.ZipFile(path) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    assert paragraphs and all("<w:bidi/>" in p for p in paragraphs if "<w:t" in p)
    assert "<w:rtl/>" in xml and "<w:bidiVisual/>" in xml


def test_english_docx_is_left_to_right_and_cites(nov, tmp_path):
    path = tmp_path / "en.docx"
    render_docx(layout(nov), "en", "t", path)
    with zipfile.ZipFile(path) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
        rels = docx.read("word/_rels/document.xml.rels").decode("utf-8")
    assert "<w:bidi/>" not in xml and "<w:rtl/>" not in xml
    assert "Shelling on Kafranbel" in xml and "w:hyperlink" in xml and "https://a.example/news/1" in rels
    assert "javascript:" not in rels and "&lt;script&gt;" in xml


def test_deterministic(store, tmp_path):
    first = build_briefing(store, NOV, "en", with_charts=False, generated_at="2026-01-01 00:00 UTC")
    again = build_briefing(store, NOV, "en", with_charts=False, generated_at="2026-02-02 12:00 UTC")
    for fmt in ("html", "md"):
        a, b = render_text(first, fmt), render_text(again, fmt)
        assert a != b
        assert a.replace("2026-01-01 00:00 UTC", "") == b.replace("2026-02-02 12:00 UTC", "")
    xml = []
    for n, item in enumerate((first, again)):
        path = briefing.render(item, "docx", tmp_path / f"{n}.docx")
        with zipfile.ZipFile(path) as docx:
            xml.append(docx.read("word/document.xml").decode("utf-8"))
    assert xml[0].replace("2026-01-01 00:00", "") == xml[1].replace("2026-02-02 12:00", "")


def test_command_writes_each_format(store, tmp_path, capsys):
    for suffix in ("html", "md", "docx"):
        out = tmp_path / f"brief.{suffix}"
        argv = [
            "brief",
            "--from",
            "2018-11-01",
            "--to",
            "2018-11-30",
            "--db",
            store.url,
            "--out",
            str(out),
            "--no-charts",
        ]
        assert main(argv) == 0
        assert out.stat().st_size > 1000
    capsys.readouterr()
    with pytest.raises(SystemExit) as stopped:  # a bad value, as argparse treats one: status 2, one error line
        main(["brief", "--from", "2018-11-01", "--to", "2018-11-30", "--db", store.url, "--out",
              str(tmp_path / "x.pdf"), "--no-charts"])  # fmt: skip
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("error: argument --out:") and "unknown briefing format" in err and err.count("\n") == 1
    with pytest.raises(SystemExit) as stopped:
        main(["brief", "--db", store.url, "--out", str(tmp_path / "x.md"), "--no-charts"])
    assert stopped.value.code == 2 and "the following arguments are required: --from, --to" in capsys.readouterr().err


def test_the_command_counts_its_charts_in_the_singular_for_one(store, tmp_path, capsys, monkeypatch):
    built = briefing.build_briefing

    def with_one_chart(*args, **kwargs):
        result = built(*args, **kwargs)
        return dataclasses.replace(result, figures=result.figures[:1] or (None,))

    monkeypatch.setattr(briefing, "build_briefing", with_one_chart)
    monkeypatch.setattr(briefing, "render", lambda result, fmt, out: out)
    argv = ["brief", "--from", "2018-11-01", "--to", "2018-11-30", "--db", store.url, "--out", str(tmp_path / "b.md")]
    assert main([*argv, "--no-charts"]) == 0
    assert ", 1 chart, " in capsys.readouterr().out


@pytest.mark.skipif(png.find_browser() is None, reason="chart PNGs need Chromium")
def test_charts_embedded_and_written_beside_markdown(store, tmp_path):
    with_charts = build_briefing(store, NOV, "en", generated_at=WHEN)
    assert [f.kind for f in with_charts.figures] == ["over_time", "killed", "admin", "map"]
    assert all(f.png.startswith(b"\x89PNG") for f in with_charts.figures)
    html = render_text(with_charts, "html")
    assert html.count('src="data:image/png;base64,') == 4
    md_path = briefing.render(with_charts, "md", tmp_path / "b.md")
    assert sorted(p.name for p in (tmp_path / "b_files").iterdir()) == [
        "01-over_time.png", "02-killed.png", "03-admin.png", "04-map.png"]  # fmt: skip
    markdown = md_path.read_text(encoding="utf-8")
    assert "](b_files/02-killed.png)" in markdown
    # each image is named by its chart's title for a reader who cannot see it (it was "over\\_time")
    assert "![Incidents per perpetrator, per day](b_files/01-over_time.png)" in markdown
    assert 'alt="Incidents per perpetrator, per day"' in html


def render_text(item, fmt: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = briefing.render(item, fmt, Path(folder) / f"b.{fmt}")
        return path.read_text(encoding="utf-8")


def test_render_bytes_for_downloads(nov):
    assert briefing.file_name(nov, "docx") == "briefing_2018-11-01_2018-11-30_en.docx"
    assert briefing.render_bytes(nov, "html").startswith(b"<!DOCTYPE html>")
    assert briefing.render_bytes(nov, "docx")[:2] == b"PK"
    with zipfile.ZipFile(io.BytesIO(briefing.render_bytes(nov, "md"))) as bundle:
        assert bundle.namelist() == ["briefing_2018-11-01_2018-11-30_en.md"]  # no charts in this briefing


def test_empty_period_says_so(store):
    empty = build_briefing(store, Filters(start=dt.date(2030, 1, 1), end=dt.date(2030, 1, 31)), with_charts=False)
    assert empty.serious == () and empty.quality.incidents == 0 and empty.totals.at["incidents", "current"] == 0
    text = render_text(empty, "md")
    assert text.count("No incidents match this selection.") == 3
    assert "Moscow protocol" in text  # the agreement in force and how its zone was drawn


def test_an_empty_selection_draws_no_charts_that_could_only_say_it_is_empty(store, tmp_path):
    empty = build_briefing(store, Filters(start=dt.date(2030, 1, 1), end=dt.date(2030, 1, 31)), generated_at=WHEN)
    assert empty.figures == ()  # no Chromium started, no four "No incidents match these filters" images
    briefing.render(empty, "md", tmp_path / "b.md")
    assert "## Charts" not in (tmp_path / "b.md").read_text(encoding="utf-8")
    assert not (tmp_path / "b_files").exists()


def test_sample_corpus_notice(tmp_path):
    sample = Store(tmp_path / "sample.sqlite")
    key, outlet, title, url, published, events = ARTICLES[0]
    path = str(SAMPLE_DIR / "001.txt")
    info = {"key": key, "title": title, "published": published, "source": outlet, "url": url, "path": path}
    sample.save_article(f"{path}::{key}", "h", {"article": info, "dates": [], "events": events}, "text")
    notice = build_briefing(sample, NOV, with_charts=False)
    assert notice.sample
    assert "every report, outlet, figure and URL in it is invented" in render_text(notice, "html")


def test_markdown_keeps_the_space_between_runs_of_a_paragraph(tmp_path):
    """The toll, verdict and review sentences of an incident are runs of one paragraph, each after a blank."""
    from timeline.briefing.document import Paragraph, Run
    from timeline.briefing.markdown_format import render_markdown

    runs = (Run("Killed 4, wounded no figure."), Run(" Agreement: violation."), Run(" Review:\nunreviewed."))
    text = render_markdown([Paragraph(runs)], "en", tmp_path / "brief.md")
    assert text == "Killed 4, wounded no figure. Agreement: violation. Review: unreviewed.\n"


def test_one_outlet_in_two_languages_is_cited_under_its_name_in_the_briefing_language(tmp_path):
    store = Store(tmp_path / "outlets.sqlite")
    for key, outlet, language in (("en", "Al Arabiya", "en"), ("ar", "العربية", "ar")):
        info = {"key": key, "title": f"report {key}", "published": "2018-11-21T10:00:00", "source": outlet,
                "language": language, "path": f"/fixtures/{key}.txt"}  # fmt: skip
        events = [event("e1", "2018-11-20", "shelling", ["syrian-government"], ["civilians"], KAFRANBEL)]
        store.save_article(
            f"/fixtures/{key}.txt::{key}", f"hash-{key}", {"article": info, "dates": [], "events": events}, key
        )
    (incident,) = build_briefing(store, NOV, "ar", with_charts=False, generated_at=WHEN).serious
    assert {c.outlet for c in incident.citations} == {"العربية"}
    (incident,) = build_briefing(store, NOV, "en", with_charts=False, generated_at=WHEN).serious
    assert {c.outlet for c in incident.citations} == {"Al Arabiya"}


def test_the_governorate_table_counts_an_incident_once_per_bloc_and_once_in_the_total(tmp_path):
    joint = [
        event("e1", "2018-11-05", "air_strike", ["russia", "syrian-government"], ["civilians"], KAFRANBEL),
        event("e2", "2018-11-06", "armed_clash", ["hts", "syrian-government"], [], KHAN_SHAYKHUN),
    ]
    store = Store(tmp_path / "joint.sqlite")
    info = {"key": "j", "title": "Joint strikes", "published": "2018-11-07T08:00:00", "published_from": "metadata",
            "source": "Outlet J", "url": None, "language": "en", "path": "/j.txt"}  # fmt: skip
    store.save_article("/j.txt::j", "hash-j", {"article": info, "dates": [], "events": joint}, "text of j")
    area = build_briefing(store, NOV, with_charts=False).by_area.loc["Idlib"]
    assert (area["pro-government"], area["jihadist"], area["total"]) == (2, 1, 2)
    store.close()


def test_a_cited_address_is_shown_decoded_and_followed_as_stored(nov):
    """An Arabic outlet's address was shown as a wall of percent-escapes; the link still goes to the stored one."""
    from timeline.briefing import html_format, markdown_format
    from timeline.briefing.content import Citation
    from timeline.briefing.document import Writer

    url = "https://news.example/ar/%D9%82%D8%B5%D9%81-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%A8%D9%84%D8%AF%D8%A9?id=7%E2%80%AE"
    citation = Citation("Outlet A", "Shelling", "2018-11-21", url, "a#e1")
    for lang in ("en", "ar"):
        runs = Writer(dataclasses.replace(nov, lang=lang)).citation(citation)
        link = next(run for run in runs if run.url)
        assert link.url == url
        assert "https://news.example/ar/قصف-على-البلدة?id=7" in link.text and "%D9" not in link.text
        assert "\u202e" not in link.text  # a bidi override in the address is never shown
        html = html_format._runs(runs)
        assert f'href="{url}"' in html and "قصف-على-البلدة" in html
        assert f"(<{url}>)" in markdown_format._runs(runs)


def test_a_source_telling_the_same_figures_twice_in_one_report_is_one_row(tmp_path):
    """A report that gives one source's toll in its lead and again further down stores two identical claims; the
    briefing lists the figure once (the same source, figures and report say nothing new the second time)."""
    twice = event("e1", "2018-11-20", "shelling", ["syrian-government"], ["civilians"], KAFRANBEL,
                  claims=[("Civil Defence", 5, 3), ("Civil Defence", 5, 3), ("local activists", 7, None)])  # fmt: skip
    store = Store(tmp_path / "twice.sqlite")
    info = {"key": "t", "title": "Shelling on Kafranbel", "published": "2018-11-21T10:00:00",
            "published_from": "metadata", "source": "Outlet T", "url": None, "language": "en",
            "path": "/fixtures/briefing/t.txt"}  # fmt: skip
    store.save_article("/fixtures/briefing/t.txt::t", "hash-t", {"article": info, "dates": [], "events": [twice]}, "t")
    brief = build_briefing(store, NOV, "en", with_charts=False, generated_at=WHEN)
    (incident,) = brief.serious
    assert [(c.source, c.killed, c.wounded) for c in incident.claims] == [
        ("Civil Defence", 5.0, 3.0),
        ("local activists", 7.0, None),
    ]
    assert plain(render_text(brief, "md")).count("| Civil Defence | Outlet T | 5 | 3 |") == 1  # the claims table
