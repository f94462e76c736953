"""The library: ``extract`` one article, ``extract_many`` a stream of them.

reader (claimx.io) → Article → pipeline (components fill Doc._.claimx_*) →
build_record → Record → writer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from claimx.build import build_record
from claimx.errors import InputError, UsageError
from claimx.records import ErrorInfo, ErrorRecord, Record, ReferenceDate, Warning

#: spaCy refuses longer texts (E088), and memory grows with tokens in flight.
MAX_CHARS = 1_000_000
ISO_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)")
DATE_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y%m%d")


@dataclass
class Article:
    """One input article with its metadata."""

    text: str
    source: str = "-"
    id: str | None = None
    title: str | None = None
    reference_date: dt.date | None = None
    date_origin: str = "cli"
    warnings: list[Warning] = field(default_factory=list)


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A calendar date from ``YYYY-MM-DD`` (time and zone ignored) or a common written form.

    Raises ``UsageError`` when the value is not a date.
    """
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    text = str(value).strip()
    match = ISO_DATE_RE.match(text)
    try:
        if match:
            return dt.date(*(int(g) for g in match.groups()))
        for fmt in DATE_FORMATS:
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
    except ValueError:
        pass
    raise UsageError(f"not a date: {text!r} (expected YYYY-MM-DD)")


def text_id(text: str) -> str:
    """A stable id derived from the text: 16 hex digits of its SHA-256."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def clean_text(text: str) -> str:
    """Check an article's text can be processed; raises InputError otherwise."""
    if not text or not text.strip():
        raise InputError("the article has no text", code="empty")
    if len(text) > MAX_CHARS:
        raise InputError(
            f"the article has {len(text):,} characters; the limit is {MAX_CHARS:,}",
            code="too_large",
        )
    if any("\ud800" <= c <= "\udfff" for c in text):
        raise InputError("the text holds unpaired surrogate characters", code="bad_encoding")
    return text


def _error_record(article: Article, err: Exception) -> ErrorRecord:
    code = getattr(err, "code", "internal")
    return ErrorRecord(
        source=article.source, id=article.id, error=ErrorInfo(code=code, message=str(err))
    )


def extract_many(
    articles: Iterable[Article | ErrorRecord],
    *,
    model: str | None = None,
    include_text: bool = False,
    batch_size: int = 32,
) -> Iterator[Record | ErrorRecord]:
    """Records for a stream of articles, in input order; bad ones give error records."""
    from claimx.pipeline import load_pipeline

    nlp = load_pipeline(model)
    batch: list[Article] = []
    for article in _with_errors(articles):
        if isinstance(article, ErrorRecord):
            yield from _flush(nlp, batch, include_text, batch_size)
            batch.clear()
            yield article
            continue
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _flush(nlp, batch, include_text, batch_size)
            batch.clear()
    yield from _flush(nlp, batch, include_text, batch_size)


def _with_errors(articles: Iterable[Article | ErrorRecord]) -> Iterator[Article | ErrorRecord]:
    for article in articles:
        if isinstance(article, ErrorRecord):
            yield article
            continue
        try:
            clean_text(article.text)
        except InputError as err:
            if article.id is None:
                article.id = text_id(article.text or "")
            yield _error_record(article, err)
            continue
        if article.id is None:
            article.id = text_id(article.text)
        yield article


def _flush(
    nlp, batch: list[Article], include_text: bool, batch_size: int
) -> Iterator[Record | ErrorRecord]:
    if not batch:
        return
    docs = []
    for article in batch:
        doc = nlp.make_doc(article.text)
        doc._.claimx_reference_date = article.reference_date
        docs.append(doc)
    for article, doc in zip(batch, nlp.pipe(docs, batch_size=batch_size), strict=True):
        yield _record(doc, article, include_text)


def _record(doc, article: Article, include_text: bool) -> Record:
    ref = None
    published = None
    if article.reference_date is not None:
        ref = ReferenceDate(value=article.reference_date.isoformat(), origin=article.date_origin)
        published = article.reference_date.isoformat() if article.date_origin != "text" else None
    return build_record(
        doc,
        record_id=article.id or text_id(article.text),
        source=article.source,
        title=article.title,
        published=published,
        reference_date=ref,
        include_text=include_text,
        warnings=article.warnings,
    )


def extract(
    text: str,
    *,
    date: str | dt.date | None = None,
    source: str = "-",
    id: str | None = None,
    title: str | None = None,
    model: str | None = None,
    include_text: bool = False,
) -> Record:
    """The record of one article; ``date`` (its publication date) anchors relative dates.

    Raises ``InputError`` when the text cannot be processed.
    """
    article = Article(
        text=text,
        source=source,
        id=id,
        title=title,
        reference_date=parse_date(date),
        date_origin="cli",
    )
    clean_text(text)
    (record,) = extract_many([article], model=model, include_text=include_text)
    if isinstance(record, ErrorRecord):
        raise InputError(record.error.message, code=record.error.code)
    return record
