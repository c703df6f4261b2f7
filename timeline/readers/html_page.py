"""HTML article pages: the visible article body (not navigation, footer or related links) and metadata.

``Article.text`` is the extracted visible text, one block per paragraph; spans point into it.
Only the standard library parser is used: it is lenient, so "broken" HTML still yields what it can.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from timeline.normalize import normalize_term
from timeline.readers.build import make_article
from timeline.readers.datelines import find_stamps
from timeline.readers.decode import DecodeError, decode_bytes, decode_problem
from timeline.readers.metadata import Metadata, parse_timestamp, read_sidecar
from timeline.readers.noise import noise_spans
from timeline.readers.outlets import outlet_named
from timeline.readers.plaintext import guess_title
from timeline.readers.result import ReadError, ReadResult
from timeline.readers.tables import ReaderTables, default_tables
from timeline.reasons import Reason

SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "aside", "form", "button", "select", "iframe"}
OUTSIDE_ARTICLE_SKIPPED = {"header", "footer"}
VOID_TAGS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}
BLOCK_TAGS = {
    "address", "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "footer", "li", "main", "ol", "p", "pre", "section", "table", "tr", "ul", "br",
}  # fmt: skip
PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date.issued",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
)
TITLE_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]+$")


class _PageParser(HTMLParser):
    """Collects visible text chunks (with where they sit) and the page's metadata."""

    def __init__(self, tables: ReaderTables) -> None:
        super().__init__(convert_charrefs=True)
        self.tables = tables
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        # Counts over ``stack`` and where each tag sits in it, kept up to date on every push and pop, so
        # that no tag or text looks through the whole stack: deeply nested pages read in linear time.
        self._skipped_open = 0
        self._open: dict[str, list[int]] = {}  # tag -> its positions in ``stack``, innermost last
        self.chunks: list[tuple[int | None, bool, str]] = []  # (article number, inside <main>, text); "\n" = block edge
        self._articles = 0
        self._article: list[int] = []  # numbers of the open <article> elements, outermost first
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.times: list[tuple[bool, str]] = []  # (inside an <article>, datetime attribute)
        self.title = ""
        self.h1 = ""
        self.json_ld: list[str] = []
        self._in_title = False
        self._in_h1 = False
        self._in_json_ld = False

    def _add(self, text: str) -> None:
        in_main = bool(self._open.get("main"))
        self.chunks.append((self._article[0] if self._article else None, in_main, text))

    def _skipped(self) -> bool:
        return self._skipped_open > 0

    def _push(self, tag: str, skipped: bool) -> None:
        self._open.setdefault(tag, []).append(len(self.stack))
        self._skipped_open += skipped
        self.stack.append((tag, skipped))

    def _pop_to(self, index: int) -> None:
        """Close ``stack[index]`` and every element opened inside it."""
        while len(self.stack) > index:
            tag, skipped = self.stack.pop()
            self._open[tag].pop()
            self._skipped_open -= skipped

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
            if key and attrs.get("content") and key not in self.meta:
                self.meta[key] = attrs["content"]
            return
        if tag == "link" and attrs.get("rel") and attrs.get("href"):
            self.links.setdefault(attrs["rel"].lower(), attrs["href"])
            return
        if tag == "time" and attrs.get("datetime"):
            self.times.append((bool(self._article), attrs["datetime"]))
        if tag in BLOCK_TAGS:
            self._add("\n")
        if tag in VOID_TAGS:
            return
        if tag == "article":
            self._articles += 1
            self._article.append(self._articles)
        self._in_title |= tag == "title"
        self._in_h1 |= tag == "h1" and not self.h1
        self._in_json_ld |= tag == "script" and attrs.get("type", "").lower() == "application/ld+json"
        inside_article = bool(self._open.get("article") or self._open.get("main"))
        skipped = (
            tag in SKIPPED_TAGS
            or tag == "head"
            or (tag in OUTSIDE_ARTICLE_SKIPPED and not inside_article)
            or _is_boilerplate(attrs.get("class", "") + " " + attrs.get("id", ""), self.tables)
        )
        self._push(tag, skipped)

    def handle_endtag(self, tag):
        if tag in ("title", "h1", "script"):
            self._in_title = self._in_title and tag != "title"
            self._in_h1 = self._in_h1 and tag != "h1"
            self._in_json_ld = self._in_json_ld and tag != "script"
        if self._open.get(tag):
            self._pop_to(self._open[tag][-1])
        if tag == "article" and self._article:
            self._article.pop()
        if tag in BLOCK_TAGS:
            self._add("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_json_ld:
            self.json_ld.append(data)
        if self._skipped():
            return
        if self._in_h1:
            self.h1 += data
        self._add(data)


def _is_boilerplate(names: str, tables: ReaderTables) -> bool:
    """Class or id names that mark page furniture (share bars, related links, tags, widgets)."""
    hints = set(tables.page_noise.get("class", ()))
    for token in names.lower().split():
        parts = {part.removesuffix("s") for part in re.split(r"[-_]", token)} | set(re.split(r"[-_]", token))
        if token in hints or parts & hints or any("-" in h and h in token for h in hints):
            return True
    return False


def _visible_text(
    chunks: list[tuple[int | None, bool, str]], tables: ReaderTables
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The main story: the <article> holding most of the page's text, else <main>, else the whole page;
    and the spans of the page's date bar kept above it.

    Pages also use <article> for teasers in lists of related stories; a teaser never holds most of the text.
    A block of visible text *above* the story that is only a date (a site's date bar, often a
    Hijri/Gregorian pair) stays in the text, as the .txt reader keeps a scraped header date: it is
    visible text and a date mention. It is returned as a widget span, so it never wins as the
    publication date over the article's own stamp or metadata.
    """
    sizes: dict[int | None, int] = {}
    for article, _, piece in chunks:
        sizes[article] = sizes.get(article, 0) + len(piece.strip())
    total = sum(sizes.values())
    in_main = sum(len(piece.strip()) for _, main, piece in chunks if main)
    best = max((a for a in sizes if a is not None), key=lambda a: sizes[a], default=None)
    if best is not None and sizes[best] * 2 >= total:
        kept = [article == best for article, _, _ in chunks]
    elif in_main * 2 >= total and in_main:
        kept = [main for _, main, _ in chunks]
    else:
        kept = [True] * len(chunks)
    blocks: list[tuple[list[str], list[bool]]] = [([], [])]  # (pieces, kept flags); joined once, not re-copied
    for (_, _, piece), keep in zip(chunks, kept, strict=True):
        if piece == "\n":
            blocks.append(([], []))
        else:
            blocks[-1][0].append(piece)
            blocks[-1][1].append(keep)
    lines, widgets, offset, story_started = [], [], 0, False
    for pieces, flags in blocks:
        keep = any(flags)
        line = re.sub(r"\s+", " ", "".join(pieces)).strip()
        if not line:
            continue
        story_started |= keep
        widget = not keep and not story_started and _is_date_line(line, tables)
        if keep or widget:
            if widget:
                widgets.append((offset, offset + len(line)))
            lines.append(line)
            offset += len(line) + 2
    return "\n\n".join(lines), tuple(widgets)


def _is_date_line(line: str, tables: ReaderTables) -> bool:
    """A block that is only a date or a date pair (its stamps cover nearly all of its letters and digits)."""
    covered = sum(len(line[s.start : s.end].replace(" ", "")) for s in find_stamps(line, tables))
    return covered * 3 >= len(line.replace(" ", "")) * 2


def _json_ld_items(scripts: list[str]) -> list[dict]:
    """The objects of the page's JSON-LD blocks (top level and ``@graph``); broken blocks are skipped."""
    items = []
    for script in scripts:
        try:
            data = json.loads(script)
        except json.JSONDecodeError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                items.append(item)
                items.extend(i for i in item.get("@graph", ()) if isinstance(i, dict))
    return items


def _json_ld_published(items: list[dict]) -> str | None:
    return next((i["datePublished"] for i in items if isinstance(i.get("datePublished"), str)), None)


def _json_ld_publisher(items: list[dict]) -> str | None:
    """``publisher.name`` of the article object (a string publisher counts too)."""
    for item in items:
        publisher = item.get("publisher")
        if isinstance(publisher, list):
            publisher = publisher[0] if publisher else None
        if isinstance(publisher, dict):
            publisher = publisher.get("name")
        if isinstance(publisher, str) and publisher.strip():
            return publisher.strip()
    return None


def _site_name(parser: _PageParser, items: list[dict]) -> str | None:
    """The publisher as the page's metadata names it; a ``<title>`` suffix ("… | عنب بلدي") counts only
    when it is a known outlet, since sites also put section names there."""
    named = parser.meta.get("og:site_name") or parser.meta.get("application-name") or _json_ld_publisher(items)
    if named and named.strip():
        return named.strip()
    suffix = TITLE_SITE_SUFFIX.search(parser.title.strip())
    if suffix and outlet_named(suffix.group(0).strip(" |–—-"), parser.tables.outlets):
        return suffix.group(0).strip(" |–—-")
    return None


def _page_metadata(parser: _PageParser) -> Metadata:
    stamps = [parser.meta.get(name) for name in PUBLISHED_META]
    stamps += [value for in_article, value in parser.times if in_article]
    items = _json_ld_items(parser.json_ld)
    stamps += [_json_ld_published(items)] + [value for _, value in parser.times]
    published = next((p for p in (parse_timestamp(s, parser.tables) for s in stamps) if p is not None), None)
    title = parser.meta.get("og:title") or parser.h1.strip() or TITLE_SITE_SUFFIX.sub("", parser.title.strip())
    return Metadata(
        published=published,
        origin="html",
        url=parser.links.get("canonical") or parser.meta.get("og:url"),
        source=_site_name(parser, items),
        title=re.sub(r"\s+", " ", title).strip() or None,
    )


def read_html_file(path: Path, published=None, tables: ReaderTables | None = None) -> ReadResult:
    """Read one HTML page (and its sidecar) with ``tables``, the reference's reader tables (default the shipped)."""
    if tables is None:
        tables = default_tables()
    result = ReadResult()
    try:
        raw, encoding = decode_bytes(path.read_bytes())
    except (OSError, DecodeError) as exc:
        result.errors.append(ReadError(str(path), None, decode_problem(exc)))
        return result
    if not re.search(r"<\s*[a-zA-Z!]", raw):
        result.errors.append(ReadError(str(path), None, Reason("not_html")))
        return result
    parser = _PageParser(tables)
    try:
        parser.feed(raw)
        parser.close()
    except Exception as exc:  # the stdlib parser is lenient; anything it still rejects is bad input
        result.errors.append(ReadError(str(path), None, Reason("broken_html", error=str(exc))))
        return result
    text, widgets = _visible_text(parser.chunks, tables)
    if not normalize_term(text):
        result.errors.append(ReadError(str(path), None, Reason("html_no_text")))
        return result
    sidecar, problem = read_sidecar(path, tables)
    if problem:
        result.errors.append(ReadError(str(path), None, problem))
    warnings = () if encoding.startswith("utf-8") else (f"decoded as {encoding}",)
    metadata = ([sidecar] if sidecar else []) + [_page_metadata(parser)]
    result.articles.append(
        make_article(
            path.stem,
            text,
            path,
            metadata=metadata,
            published=published,
            title=guess_title(text, tables),
            noise=noise_spans(text, tables),
            widgets=widgets,
            warnings=warnings,
            tables=tables,
        )
    )
    return result
