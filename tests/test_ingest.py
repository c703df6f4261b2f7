"""Ingest: summary counts, idempotence, replacement of edited files, failures, Ctrl-C, parallel extraction.

Extraction is replaced by a stand-in that reads events from marker lines, so these tests do not depend
on extraction quality; one end-to-end test runs the real extractor on the bundled sample.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from test_agreements import agreements_with_test_zone

from timeline import agreements
from timeline import ingest as ingest_mod
from timeline.ingest import IN_PROCESS_BELOW, IngestInterrupted, IngestSummary, ingest
from timeline.paths import SAMPLE_DIR
from timeline.readers import report_files
from timeline.store import Store

REPORT = """شبكة أخبار تجريبية
قصفت قوات النظام بلدة في ريف حماة صباح اليوم.
@event {day} {type} {perp} {place} {pcode} {killed}
"""


def fake_extract(article, reference=None):
    """Events from lines "@event DAY TYPE PERPETRATOR PLACE PCODE KILLED"; "@crash" raises."""
    if "@crash" in article.text:
        raise RuntimeError("extractor bug")
    events = []
    for line in article.text.splitlines():
        if line.startswith("@event"):
            _, day, type_, perp, place, pcode, killed = line.split()
            events.append({"first": day, "last": day, "type": type_, "perpetrators": [perp], "targets": [],
                           "place": {"text": place, "name": place, "admin1": "Hama", "pcode": pcode},
                           "claims": [{"source": None, "killed": int(killed)}]})  # fmt: skip
    return {"article": article.metadata_dict(), "dates": [], "events": events}


@pytest.fixture(autouse=True)
def stand_ins(tmp_path, monkeypatch):
    loaded = agreements_with_test_zone(tmp_path)
    monkeypatch.setattr(agreements, "load_agreements", lambda *a, **k: loaded)
    monkeypatch.setattr(ingest_mod, "extract_article", fake_extract)


def write(folder, name, day="2018-11-09", type_="shelling", perp="syrian-government", place="Murak",
          pcode="SY050501", killed=3):  # fmt: skip
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    text = REPORT.format(day=day, type=type_, perp=perp, place=place, pcode=pcode, killed=killed)
    path.write_text(text, encoding="utf-8")
    return path


def test_ingest_twice_changes_nothing(tmp_path, store):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt")
    write(corpus, "b.txt", killed=5)  # another outlet, same incident
    write(corpus / "sub", "c.txt", day="2018-12-01", perp="hts", type_="attack", place="Halfaya", pcode="SY050500")
    first = ingest([corpus], store, progress=False)
    assert (first.read, first.new, first.unchanged, first.replaced, first.failed) == (3, 3, 0, 0, [])
    assert first.incidents == 2
    frame = store.incidents_frame()
    second = ingest([corpus], store, progress=False)
    assert (second.read, second.new, second.unchanged, second.replaced) == (3, 0, 3, 0)
    assert second.incidents == 2
    assert sorted(store.incidents_frame()["incident_id"]) == sorted(frame["incident_id"])


def test_edited_file_replaces_and_copies_are_not_doubled(tmp_path, store):
    corpus = tmp_path / "corpus"
    path = write(corpus, "a.txt")
    ingest([corpus], store, progress=False)
    write(corpus, "a.txt", killed=9)
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "a.txt").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    summary = ingest([corpus, tmp_path / "copy"], store, progress=False)
    assert (summary.new, summary.replaced, summary.unchanged) == (0, 1, 1)
    assert store.incidents_frame()["killed_low"].tolist() == [9.0]
    assert len(store.articles_frame()) == 1


def test_failures_are_named_and_the_batch_goes_on(tmp_path, store):
    corpus = tmp_path / "corpus"
    write(corpus, "good.txt")
    (corpus / "crash.txt").write_text("نص\n@crash\n", encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    summary = ingest([corpus, tmp_path / "missing.txt"], store, progress=False)
    assert summary.new == 1
    reasons = dict(summary.failed)
    assert any("crash.txt" in f and "extractor bug" in r for f, r in reasons.items())
    assert any("empty.txt" in f for f in reasons)
    assert any("missing.txt" in f for f in reasons)
    assert summary.lines()[0].startswith("read 2 articles: 1 new, 0 replaced, 0 unchanged, 3 failed")


@pytest.mark.parametrize("workers", [1, 2])
def test_reports_dated_by_nothing_are_named_in_the_summary_every_time(tmp_path, store, workers):
    """Every relative date of a report with no publication date stays unresolved: the analyst is told which."""
    corpus = tmp_path / "corpus"
    for n in range(IN_PROCESS_BELOW if workers > 1 else 1):  # enough files for worker processes
        write(corpus, f"dated-{n:02d}.txt")
        (corpus / f"dated-{n:02d}.meta.json").write_text('{"published": "2018-11-10T09:00"}', encoding="utf-8")
    (corpus / "no-date.txt").write_text("قصف على بلدة في ريف حماة أمس.\n", encoding="utf-8")
    first = ingest([corpus], store, workers=workers, progress=False)
    assert [u.where for u in first.undated] == [f"{corpus / 'no-date.txt'} (no-date)"]
    assert f"undated: {corpus / 'no-date.txt'} (no-date): no publication date found" in "\n".join(first.lines())
    again = ingest([corpus], store, workers=workers, progress=False)
    assert again.unchanged == first.read and again.undated == first.undated
    dated = ingest([corpus], store, workers=workers, progress=False, published=dt.datetime(2018, 11, 10))
    assert dated.undated == [] and not any(line.startswith("undated") for line in dated.lines())


@pytest.mark.parametrize("workers", [1, 2])
def test_an_undated_report_says_why_its_date_was_not_read(tmp_path, store, workers):
    """A feed row whose date is no date is named with that date, first run and re-run alike: the analyst can mend
    the row instead of guessing why it is undated."""
    corpus = tmp_path / "corpus"
    for n in range(IN_PROCESS_BELOW if workers > 1 else 1):
        write(corpus, f"dated-{n:02d}.txt")
        (corpus / f"dated-{n:02d}.meta.json").write_text('{"published": "2018-11-10T09:00"}', encoding="utf-8")
    rows = "title,published,text\nShelling,the 5th of never,Government shelling hit a village near Idlib.\n"
    (corpus / "feed.csv").write_text(rows, encoding="utf-8")
    for run in (1, 2):
        summary = ingest([corpus], store, workers=workers, progress=False)
        lines = [line for line in summary.lines() if line.startswith("undated")]
        assert lines == [
            f"undated: {corpus / 'feed.csv'} (feed#1): no publication date found (feed published 'the 5th of never' is"
            " not a date), so its relative dates are unresolved (--published ISO sets one)"
        ], run


def test_ctrl_c_keeps_what_was_committed(tmp_path, store, monkeypatch):
    corpus = tmp_path / "corpus"
    for n in range(4):
        write(corpus, f"{n}.txt", day=f"2018-11-{10 + 3 * n}")  # days apart: separate incidents
    monkeypatch.setattr(ingest_mod, "BATCH_ARTICLES", 2)
    batches = []
    real_save = store.save_articles

    def save_then_interrupt(items, **kwargs):
        if len(batches) == 1:
            raise KeyboardInterrupt
        batches.append([uid for uid, *_ in items])
        return real_save(items, **kwargs)

    monkeypatch.setattr(store, "save_articles", save_then_interrupt)
    with pytest.raises(IngestInterrupted) as caught:
        ingest([corpus], store, progress=False)
    assert caught.value.summary.new == 2 and caught.value.summary.interrupted
    monkeypatch.setattr(store, "save_articles", real_save)
    assert len(batches[0]) == 2 and len(store.articles_frame()) == 2 and len(store.incidents_frame()) == 2
    again = ingest([corpus], store, progress=False)
    assert (again.new, again.unchanged) == (2, 2)


def test_save_articles_commits_a_batch_and_reports_each_status(tmp_path, store):
    first = {"article": {"key": "a", "source": "Outlet"}, "dates": [], "events": []}
    assert store.save_articles([("u1", "h1", first, "one"), ("u2", "h2", first, "two")]) == ["new", "new"]
    statuses = store.save_articles([("u1", "h1", first, "one"), ("u2", "h2b", first, "two, edited"),
                                    ("u3", "h3", first, "three")])  # fmt: skip
    assert statuses == ["unchanged", "replaced", "new"]
    frame = store.articles_frame().set_index("uid")
    assert list(frame.index) == ["u1", "u2", "u3"] and frame.loc["u2", "content_hash"] == "h2b"


def test_parallel_extraction_matches_in_process(tmp_path):
    corpus = tmp_path / "corpus"
    for n in range(40):
        write(corpus, f"{n:02d}.txt", day=f"2019-01-{n % 28 + 1:02d}", killed=n)
    counts = []
    for workers in (1, 2):
        store = Store(tmp_path / f"w{workers}.sqlite")
        summary = ingest([corpus], store, workers=workers, progress=False)
        assert summary.new == 40 and not summary.failed
        frame = store.incidents_frame()
        counts.append((len(frame), sorted(frame["killed_high"].tolist())))
        store.close()
    assert counts[0] == counts[1]


def test_end_to_end_on_the_sample_with_the_real_extractor(tmp_path, monkeypatch):
    monkeypatch.undo()  # the real extractor and the real agreements
    store = Store(tmp_path / "sample.sqlite")
    first = ingest([SAMPLE_DIR], store, workers=1, progress=False)
    assert first.read >= 10 and first.new == first.read and not first.failed
    second = ingest([SAMPLE_DIR], store, workers=1, progress=False)
    assert (second.new, second.unchanged, second.incidents) == (0, first.read, first.incidents)


def test_a_file_edited_into_a_copy_of_another_still_replaces_its_old_version(tmp_path, store):
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", killed=1)
    write(corpus, "b.txt", day="2019-02-01", killed=2)
    ingest([corpus], store, progress=False)
    write(corpus, "a.txt", day="2019-02-01", killed=2)  # now the same text as b.txt
    summary = ingest([corpus], store, progress=False)
    assert (summary.replaced, summary.unchanged) == (1, 1)
    assert 1.0 not in store.incidents_frame()["killed_low"].tolist()


def test_a_feed_with_many_articles_is_spread_over_the_workers(tmp_path):
    import json

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rows = [
        {
            "id": str(n),
            "source": "وكالة تجريبية",
            "published": "2019-03-01T10:00:00+02:00",
            "title": f"خبر {n}",
            "text": REPORT.format(
                day=f"2019-02-{n % 28 + 1:02d}",
                type="shelling",
                perp="russia",
                place=f"قرية{n}",
                pcode="-",
                killed=n,
            ),
        }  # fmt: skip
        for n in range(80)
    ]
    (corpus / "feed.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    for n in range(20):
        write(corpus, f"{n:02d}.txt", day="2019-04-01", place=f"بلدة{n}", pcode="-", killed=100 + n)
    results = []
    for workers in (1, 2):
        store = Store(tmp_path / f"w{workers}.sqlite")
        summary = ingest([corpus], store, workers=workers, progress=False)
        assert (summary.read, summary.new, summary.failed) == (100, 100, [])
        results.append(sorted(store.incidents_frame()["killed_low"].tolist()))
        store.close()
    assert results[0] == results[1] == [float(n) for n in range(80)] + [float(100 + n) for n in range(20)]


def test_report_files_lists_what_ingest_reads(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "gold").mkdir()
    (folder / "gold" / "a.json").write_text('{"id": "a"}', encoding="utf-8")
    (folder / "README.md").write_text("# about this folder", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "b.txt").write_text("report b", encoding="utf-8")
    (folder / "sub" / "b.meta.json").write_text('{"source": "Test"}', encoding="utf-8")
    (folder / "a.txt").write_text("report a", encoding="utf-8")
    (folder / "picture.png").write_bytes(b"\x89PNG")
    named = folder / "named.xyz"
    named.write_text("x", encoding="utf-8")
    files, notes = report_files([folder, named])
    assert files == [folder / "a.txt", folder / "sub" / "b.txt", named]
    assert notes == [f"{folder / 'named.xyz'}: skipped, not a report file type",
                     f"{folder / 'picture.png'}: skipped, not a report file type"]  # fmt: skip


def test_progress_bar_advances_per_article_within_one_file(tmp_path, store, monkeypatch):
    feed = tmp_path / "feed.jsonl"
    rows = [{"id": f"a{i}", "published": "2018-11-10", "source": "Outlet", "text": REPORT.format(
        day="2018-11-09", type="shelling", perp="syrian-government", place=f"P{i}", pcode="SY050501", killed=i)}
        for i in range(4)]  # fmt: skip
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    seen = []

    class Bar(ingest_mod._ProgressBar):
        def update(self, n=1):
            seen.append(("update", n))
            return super().update(n)

    def extract(article, reference=None):
        seen.append(("extract", article.key))
        return fake_extract(article)

    monkeypatch.setattr(ingest_mod, "_ProgressBar", Bar)
    monkeypatch.setattr(ingest_mod, "extract_article", extract)
    ingest([feed], store, workers=1, progress=False)
    steps = [kind for kind, _ in seen]
    assert steps == ["update", *["extract", "update"] * 4]  # the read, then one step per article, not all at the end
    assert Bar.monitor_interval == 0  # no monitor thread left behind


def test_the_summary_counts_one_article_and_one_incident_in_the_singular():
    summary = IngestSummary(read=1, new=1, incidents=1)
    assert summary.lines()[0].startswith(
        "read 1 article: 1 new, 0 replaced, 0 unchanged, 0 failed; 1 incident in the store"
    )
    assert IngestSummary(read=2, incidents=0).lines()[0].startswith("read 2 articles: ")
