"""Adding reports from the browser: checked, saved under data/uploads/ with generated names, ingested.

Nothing the client sends is trusted as a path: the saved name is the content's hash plus a slug of the
original stem limited to ASCII letters, digits, '-' and '_'. Every file gets its own result line;
one broken file never stops the others or the app.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from dash import Input, Output, State, dcc, html

from timeline.dashboard.i18n import t
from timeline.labels import counted
from timeline.paths import DATA_DIR
from timeline.reasons import in_language

if TYPE_CHECKING:
    from timeline.ingest import IngestSummary

UPLOAD_DIR = DATA_DIR / "uploads"
MAX_MB = 10
MAX_REQUEST_MB = 64
"""The server refuses larger requests outright (several files travel base64-encoded in one request)."""
BROWSER_MAX_BYTES = MAX_REQUEST_MB * 1024 * 1024 * 3 // 4 - 2**20
"""The largest file the browser sends: one that still fits a request once base64-encoded. The browser drops a
file above it (or of a type its ``accept`` list lacks) without a callback (plotly/dash#2638), so it checks
neither type nor ``MAX_MB`` itself: the server refuses such a file with a message naming it."""
ACCEPTED = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")
_SLUG = re.compile(r"[^A-Za-z0-9_-]+")


class UploadRejected(ValueError):
    """An upload refused before it reaches the readers; ``args[0]`` is the message shown to the user."""


@dataclass(frozen=True)
class UploadResult:
    name: str
    ok: bool
    message: str


def client_name(filename: str | None) -> str:
    """The bare file name the browser sent, stripped of any directory part (either separator)."""
    name = PureWindowsPath(PurePosixPath(str(filename or "upload")).name).name
    return name[:200] or "upload"


def suffix_of(name: str) -> str:
    lower = name.lower()
    return ".meta.json" if lower.endswith(".meta.json") else Path(lower).suffix


def decode(contents: str | None, name: str, lang: str, max_mb: float = MAX_MB) -> bytes:
    """The bytes of a ``data:…;base64,…`` upload, after the type and size checks."""
    ext = suffix_of(name)
    if ext not in ACCEPTED and ext != ".meta.json":
        raise UploadRejected(t("upload_bad_type", lang, ext=ext or "—", accepted=" ".join(ACCEPTED)))
    if not contents or "," not in contents:
        raise UploadRejected(t("upload_undecodable", lang))
    encoded = contents.split(",", 1)[1]
    if len(encoded) * 3 / 4 > max_mb * 1024 * 1024 + 3:
        raise UploadRejected(t("upload_too_big", lang, size=round(len(encoded) * 3 / 4 / 2**20, 1), mb=max_mb))
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as error:
        raise UploadRejected(t("upload_undecodable", lang)) from error


def saved_name(data: bytes, name: str) -> str:
    """A generated file name: same content, same name (so re-uploading a file is re-ingesting it)."""
    ext = suffix_of(name)
    stem = name[: -len(ext)] if ext and name.lower().endswith(ext) else name
    slug = _SLUG.sub("_", stem).strip("_")[:40] or "report"
    return f"{hashlib.sha256(data).hexdigest()[:16]}-{slug}{ext}"


def save(data: bytes, name: str, folder: Path = UPLOAD_DIR) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / saved_name(data, name)
    path.write_bytes(data)
    return path


def _failure(where: str, reason: str, lang: str) -> str:
    """A reader's reason in the panel's language, after the row it names ("… (row 3)") when it names one; the
    saved file's generated name is not shown, the user knows the upload by its own."""
    row = re.search(r"\(row ([^)]+)\)$", where)
    shown = in_language(reason, lang)
    return f"{t('upload_row', lang, row=row.group(1))}: {shown}" if row else shown


def ingest_upload(store, name: str, path: Path, lang: str) -> UploadResult:
    """Ingest one saved upload into ``store``; the readers' and extractor's errors become the message."""
    from timeline.ingest import ingest

    summary = ingest([path], store, workers=1, progress=False)
    if summary.failed:
        reasons = t("reason_separator", lang).join(_failure(where, reason, lang) for where, reason in summary.failed)
        if summary.read:  # the good rows of a feed are stored all the same: say so beside the bad ones
            message = t("upload_partial", lang, **_counts(name, summary, lang))
            return UploadResult(name, False, f"{message} {reasons}")
        return UploadResult(name, False, t("upload_error", lang, name=name, error=reasons))
    if not summary.read:
        return UploadResult(name, False, t("upload_error", lang, name=name, error=t("upload_empty", lang)))
    message = t("upload_ok", lang, **_counts(name, summary, lang))
    if summary.undated:  # every relative date in them is unresolved: the analyst must know before trusting them
        message += t("upload_undated", lang, reports=counted(len(summary.undated), "reports", lang))
    return UploadResult(name, True, message)


def _counts(name: str, summary: IngestSummary, lang: str) -> dict[str, str]:
    """The upload message's values: the reports read and the incidents now stored, each with its noun."""
    return {
        "name": name,
        "articles": counted(summary.read, "reports", lang),
        "incidents": counted(summary.incidents, "incidents", lang),
    }


def panel(lang: str) -> html.Section:
    return html.Section(
        [
            html.H2(t("upload", lang)),
            dcc.Upload(
                id="upload",
                children=html.Div(t("upload_hint", lang, mb=MAX_MB)),
                multiple=True,
                max_size=BROWSER_MAX_BYTES,
                className="upload",
            ),
            dcc.Loading(html.Ul(id="upload-results"), type="dot"),
        ],
        className="uploads",
    )


def result_items(results: list[UploadResult]) -> list[html.Li]:
    return [html.Li(result.message, className="ok" if result.ok else "error") for result in results]


def register(app, ingest_files, folder: Path = UPLOAD_DIR) -> None:
    """Wire the upload callback; ``ingest_files(name, path, lang)`` ingests one saved file → UploadResult."""

    @app.callback(
        Output("upload-results", "children"),
        Output("data-version", "data", allow_duplicate=True),
        Input("upload", "contents"),
        State("upload", "filename"),
        State("lang", "data"),
        State("data-version", "data"),
        prevent_initial_call=True,
    )
    def receive(contents, filenames, lang, version):
        results = handle_uploads(contents, filenames, lang, ingest_files, folder)
        return result_items(results), (version or 0) + 1


def _stem(name: str) -> str:
    ext = suffix_of(name)
    return name[: -len(ext)] if ext and name.lower().endswith(ext) else name


def handle_uploads(contents, filenames, lang: str, ingest_files, folder: Path = UPLOAD_DIR) -> list[UploadResult]:
    """Check, save and ingest each uploaded file; one result per file, in the order received.

    A ``NAME.meta.json`` sidecar is saved under its report's generated name (so the readers pair
    them) when that report comes in the same upload; alone it is refused.
    """
    if isinstance(contents, str):
        contents, filenames = [contents], [filenames]
    contents, filenames = list(contents or []), list(filenames or [])
    filenames += [None] * (len(contents) - len(filenames))
    decoded: list[tuple[str, bytes | None, str | None]] = []  # (name, data, refusal)
    for item, filename in zip(contents, filenames, strict=False):
        name = client_name(filename)
        try:
            decoded.append((name, decode(item, name, lang), None))
        except UploadRejected as rejected:
            decoded.append((name, None, rejected.args[0]))
    reports = {
        _stem(name): saved_name(data, name) for name, data, _ in decoded if data is not None and not _sidecar(name)
    }
    results: list[UploadResult] = []
    pending: list[tuple[str, Path]] = []
    for name, data, refusal in decoded:
        try:
            if refusal is not None:
                raise UploadRejected(refusal)
            if _sidecar(name):
                partner = reports.get(_stem(name))
                if partner is None:
                    raise UploadRejected(t("upload_lonely_sidecar", lang))
                folder.mkdir(parents=True, exist_ok=True)
                (folder / (_stem(partner) + ".meta.json")).write_bytes(data)
                results.append(UploadResult(name, True, t("upload_sidecar", lang, name=name)))
            else:
                pending.append((name, save(data, name, folder)))
                results.append(None)
        except UploadRejected as rejected:
            results.append(UploadResult(name, False, t("upload_error", lang, name=name, error=rejected.args[0])))
        except OSError as error:
            results.append(UploadResult(name, False, t("upload_error", lang, name=name, error=error.strerror)))
    ingested = iter(ingest_files(name, path, lang) for name, path in pending)
    return [result if result is not None else next(ingested) for result in results]


def _sidecar(name: str) -> bool:
    return suffix_of(name) == ".meta.json"
