"""WARC archives (Common Crawl, CC-News): every HTML response goes through the HTML reader.

Read with FastWARC. A record's ``source`` is its ``WARC-Target-URI`` and its ``id`` the
``WARC-Record-ID``; the page's own date is the reference date, ``WARC-Date`` the fallback
(both ``origin: "input"``). Responses that are not HTML are skipped and reported to
``on_skip``; requests, metadata and warcinfo records are not pages and pass silently.
A truncated record gives one error record; after corrupt bytes, reading goes on at the
next record that parses (the next gzip member, or the next ``WARC/1.`` line).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from claimx.api import MAX_CHARS, Article
from claimx.errors import InputError
from claimx.records import ErrorInfo, ErrorRecord

#: HTTP content types read as HTML pages.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
#: A record body over this many bytes per allowed character is refused unread (as for files).
BYTES_PER_CHAR = 4
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
#: Bytes read at a time while looking for the next record after corrupt data.
SCAN_CHUNK = 1 << 20


@dataclass(frozen=True)
class Broken:
    """Corrupt bytes at ``offset`` that no record could be read from."""

    offset: int
    message: str


def read_warc(
    path: str,
    *,
    date: dt.date | None = None,
    max_chars: int = MAX_CHARS,
    start: int = 0,
    stop: int | None = None,
    on_skip: Callable[[str], None] | None = None,
) -> Iterator[Article | ErrorRecord]:
    """The articles of the HTML responses in a WARC file (``.warc`` or ``.warc.gz``).

    ``start``/``stop`` are byte offsets: only records starting in ``[start, stop)`` are
    read (a slice of a large archive, cut at record starts by ``record_offsets``).
    ``date`` is the last fallback, for a record with neither a page date nor a
    ``WARC-Date``.
    """
    try:
        stream = _open(path)
    except InputError as err:
        yield ErrorRecord(source=path, id=None, error=ErrorInfo(code=err.code, message=str(err)))
        return
    with stream:
        for offset, record in _records(stream, start, stop):
            if isinstance(record, Broken):
                yield _broken(path, record)
                continue
            item = _article(path, offset, record, date, max_chars, on_skip)
            if item is not None:
                yield item


def record_offsets(path: str, every: int) -> list[int]:
    """Byte offsets cutting a WARC file into slices of ``every`` response records.

    The first offset is 0; a slice runs from one offset to the next (the last to the end).
    """
    from fastwarc.warc import WarcRecordType

    offsets = [0]
    count = 0
    with _open(path) as stream:
        for offset, record in _records(stream, 0, None):
            if isinstance(record, Broken) or record.record_type != WarcRecordType.response:
                continue
            if count and count % every == 0:
                offsets.append(offset)
            count += 1
    return offsets


def _open(path: str) -> Any:
    from claimx.io import open_input

    if path == "-":  # read whole: finding the next record after corrupt bytes needs to seek
        import io
        import sys

        return io.BytesIO(sys.stdin.buffer.read())
    return open_input(path)


def _records(stream: Any, start: int, stop: int | None) -> Iterator[tuple[int, Any]]:
    """(offset, record) for every record starting in [start, stop), and (offset, Broken)
    once for each stretch of corrupt bytes, after which reading goes on at the next
    record that parses."""
    from fastwarc.warc import ArchiveIterator

    pos = start
    head = stream.read(len(GZIP_MAGIC))
    magic = GZIP_MAGIC if head == GZIP_MAGIC else WARC_MAGIC
    reported = False  # one Broken per corrupt stretch, however many restarts it takes
    while pos is not None and (stop is None or pos < stop):
        stream.seek(pos)
        last = None
        try:
            for record in ArchiveIterator(stream, parse_http=False):
                last = record.stream_pos
                if stop is not None and last >= stop:
                    return
                reported = False
                yield last, record
            return
        except OSError as err:
            # the bad bytes start after the last good record: at the next record start
            # found past it (for gzip, the broken member), or where reading began
            pos = _next_start(stream, (pos if last is None else last) + 1, magic)
            if not reported:
                where = pos if last is not None and pos is not None else (last or start)
                yield where, Broken(where, str(err) or "unreadable WARC data")
                reported = True


def _next_start(stream: Any, pos: int, magic: bytes) -> int | None:
    """The offset of the next gzip member or ``WARC/1.`` header at or after ``pos``."""
    stream.seek(pos)
    carry = b""
    base = pos
    while chunk := stream.read(SCAN_CHUNK):
        data = carry + chunk
        found = data.find(magic)
        if found >= 0:
            return base + found
        carry = data[-(len(magic) - 1) :]
        base += len(data) - len(carry)
    return None


def _broken(path: str, broken: Broken) -> ErrorRecord:
    return ErrorRecord(
        source=f"{path}@{broken.offset}",
        id=None,
        error=ErrorInfo(code="bad_warc", message=f"corrupt WARC data: {broken.message}"[:300]),
    )


def _article(
    path: str,
    offset: int,
    record: Any,
    date: dt.date | None,
    max_chars: int,
    on_skip: Callable[[str], None] | None,
) -> Article | ErrorRecord | None:
    """The article of one response record; None for records that are not pages."""
    from fastwarc.warc import WarcRecordType

    uri = record.headers.get("WARC-Target-URI")
    source = uri or f"{path}@{offset}"
    declared = record.headers.get("Content-Length")
    if record.record_type == WarcRecordType.unknown or declared is None:
        return _truncated(source, record.record_id, "the record's headers are cut off")
    if record.record_type != WarcRecordType.response:
        return None
    record.freeze()  # the block in memory: its length shows a truncated record
    if not declared.isdigit() or record.content_length < int(declared):
        return _truncated(source, record.record_id, f"{record.content_length} of {declared} bytes")
    try:
        record.parse_http(auto_decode="all")
        kind = (record.http_content_type or "").lower()
        if kind not in HTML_TYPES:
            if on_skip is not None:
                on_skip("not_html")
            return None
        if record.content_length > max_chars * BYTES_PER_CHAR:
            raise InputError(f"the page has {record.content_length:,} bytes", code="too_large")
        body = _utf8(record.reader.read(), record.http_charset)
        return _page(body, source, record, date)
    except InputError as err:
        return ErrorRecord(
            source=source, id=record.record_id, error=ErrorInfo(code=err.code, message=str(err))
        )
    except OSError as err:  # a bad HTTP header block or content encoding
        return _truncated(source, record.record_id, str(err) or "unreadable HTTP payload")


def _page(body: bytes, source: str, record: Any, date: dt.date | None) -> Article:
    from claimx.io import read_html

    article = read_html(body, source)
    # the archive's names: the URI it was fetched from (a page's canonical link may differ)
    article.source = source
    article.id = record.record_id
    if article.reference_date is None:
        fetched = record.record_date
        article.reference_date = fetched.date() if fetched is not None else date
        article.date_origin = "input" if fetched is not None else "cli"
    return article


def _utf8(body: bytes, charset: str | None) -> bytes:
    """The body as UTF-8 when the HTTP header names another charset it decodes with.

    The HTML reader guesses the encoding of bytes that are not UTF-8; the header knows.
    """
    if not charset or charset.lower().replace("_", "-") in ("utf-8", "utf8"):
        return body
    try:
        body.decode("utf-8")
        return body
    except UnicodeDecodeError:
        pass
    try:
        return body.decode(charset).encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return body


def _truncated(source: str, record_id: str | None, detail: str) -> ErrorRecord:
    return ErrorRecord(
        source=source,
        id=record_id,
        error=ErrorInfo(code="bad_warc", message=f"truncated WARC record: {detail}"),
    )
