"""NUL characters (binary debris in a scrape or a feed field) never reach the store: PostgreSQL refuses
them in text, so one such report would fail its batch there."""

from __future__ import annotations

import json

from timeline.ingest import ingest

BODY = "قصفت قوات النظام بلدة كفرنبل صباح يوم الأحد 10 آذار 2019، ما أدى إلى مقتل مدنيين اثنين."


def test_a_nul_in_a_feed_title_or_a_scrape_is_stored_without_it(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    row = {"id": "a1", "published": "2019-03-10T09:00:00", "title": "عنوان\u0000مكسور", "text": BODY}
    (folder / "feed.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    # past the first 4 KB, which the binary sniff reads, so the file is still read as text
    (folder / "page.txt").write_text(
        "تحديث: 10/03/2019\n\n" + BODY + "\n" * 5000 + "ذيل\u0000الصفحة\n", encoding="utf-8"
    )

    summary = ingest([folder], store, workers=1, progress=False)

    assert summary.failed == [] and summary.new == 2
    articles = store.articles_frame()
    assert len(articles) == 2
    for column in articles.columns:
        values = articles[column].dropna()
        assert not values.map(lambda v: isinstance(v, str) and "\x00" in v).any(), column
