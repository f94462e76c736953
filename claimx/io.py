"""Readers (text, HTML and JSON Lines files, stdin) and the record writer."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from claimx.api import MAX_CHARS, Article, parse_date
from claimx.errors import InputError, UsageError
from claimx.records import ErrorInfo, ErrorRecord, Record, Warning, dumps

#: Metadata fields read as the article's publication date, in this order.
DATE_FIELDS = ("published", "date", "dct", "publication_date", "dateline_date", "download_time")
FORMATS = ("auto", "txt", "html", "jsonl", "json", "warc")
SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".warc": "warc",
}
WARC_SUFFIXES = (".warc", ".warc.gz")
#: Ad slot labels the page's markup leaves in the text, on a line of their own or at the end
#: of a paragraph ("... a local resident. Advertisement"): they are not the article's.
AD_LABEL_RE = re.compile(
    r"(?:(?<=[.!?\"”’'])[ \t]+(?:Advertisement|ADVERTISEMENT)[ \t]*$"
    r"|^[ \t]*(?:Advertisement|ADVERTISEMENT|Story continues below(?: this)? advertisement)"
    r"[ \t]*(?:\n|$))",
    re.M,
)
#: An HTML page's text needs a line of at least this many words to count as an article.
MIN_SENTENCE_WORDS = 5
#: A file this many times larger than --max-chars (in bytes) is refused unread.
BYTES_PER_CHAR = 4


def decode(data: bytes) -> tuple[str, list[Warning]]:
    """Bytes to text: UTF-8 (BOM dropped), UTF-16 with a BOM, else Windows-1252 with a warning."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as err:
            raise InputError(f"invalid UTF-16: {err.reason}", code="bad_encoding") from None
    if b"\x00" in data:
        raise InputError("binary data, not text", code="binary")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    return text, [Warning(code="not_utf8", message="the input is not UTF-8; read as Windows-1252")]


def input_format(path: str, fmt: str) -> str:
    """The format of an input: the one given, or guessed from the file name."""
    if fmt != "auto":
        return fmt
    if path.lower().endswith(WARC_SUFFIXES):
        return "warc"
    return SUFFIXES.get(Path(path).suffix.lower(), "txt")


def _check_file(path: str, max_bytes: int | None) -> None:
    """Refuse what is not a readable regular file before opening it (a FIFO would block)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise InputError(f"broken symbolic link: {path}", code="not_found") from None
        raise InputError(f"no such file: {path}", code="not_found") from None
    except OSError as err:  # ELOOP: a symbolic link loop
        raise InputError(f"cannot read {path}: {err.strerror}", code="unreadable") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"is a directory: {path}", code="is_directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"not a regular file: {path}", code="unreadable")
    if max_bytes is not None and info.st_size > max_bytes:
        raise InputError(
            f"the file has {info.st_size:,} bytes; the limit is {max_bytes:,}", code="too_large"
        )


def is_url(path: str) -> bool:
    """Whether an input is an fsspec URL (``s3://bucket/key``, ``file:///path``)."""
    return "://" in path


def open_input(path: str) -> IO[bytes]:
    """A local file or an fsspec URL, opened for reading bytes (raises InputError)."""
    if not is_url(path):
        _check_file(path, None)
        try:
            return open(path, "rb")  # noqa: SIM115  (the caller closes it)
        except OSError as err:
            raise InputError(f"cannot read {path}: {err.strerror}", code="unreadable") from None
    try:
        import fsspec

        return fsspec.open(path, "rb").open()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}", code="not_found") from None
    except (OSError, ValueError, ImportError) as err:  # ImportError: no fsspec package for it
        raise InputError(f"cannot read {path}: {err}"[:300], code="unreadable") from None


def _read_bytes(path: str, max_bytes: int | None = None) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    if is_url(path):
        with open_input(path) as stream:
            data = stream.read() if max_bytes is None else stream.read(max_bytes + 1)
        if max_bytes is not None and len(data) > max_bytes:
            raise InputError(f"the file has over {max_bytes:,} bytes", code="too_large")
        return data
    _check_file(path, max_bytes)
    try:
        return Path(path).read_bytes()
    except PermissionError:
        raise InputError(f"permission denied: {path}", code="unreadable") from None
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}", code="unreadable") from None


def _error(source: str, err: InputError, id: str | None = None) -> ErrorRecord:
    return ErrorRecord(source=source, id=id, error=ErrorInfo(code=err.code, message=str(err)))


def read_inputs(
    paths: Iterable[str],
    *,
    fmt: str = "auto",
    date: dt.date | None = None,
    date_field: str | None = None,
    max_chars: int = MAX_CHARS,
    on_skip: Callable[[str], None] | None = None,
) -> Iterator[Article | ErrorRecord]:
    """Articles from files and stdin, in order; an unreadable input gives an error record.

    ``on_skip`` hears of each WARC record skipped as not a page (``"not_html"``).
    """
    for path in paths:
        kind = input_format(path, fmt)
        if kind == "warc":
            from claimx.warc import read_warc

            yield from read_warc(path, date=date, max_chars=max_chars, on_skip=on_skip)
            continue
        if kind == "jsonl":
            yield from _read_jsonl_file(path, date=date, date_field=date_field)
            continue
        if kind == "json":
            yield from _read_json_file(path, date=date, date_field=date_field)
            continue
        try:
            data = _read_bytes(path, max_chars * BYTES_PER_CHAR)
            if kind == "html":
                yield read_html(data, path, date=date)
                continue
            text, warnings = decode(data)
        except InputError as err:
            yield _error(path, err)
            continue
        yield Article(
            text=text, source=path, reference_date=date, date_origin="cli", warnings=warnings
        )


def read_html(data: bytes, source: str, *, date: dt.date | None = None) -> Article:
    """The main text, title, publication date and URL of an HTML page.

    The page's date becomes the reference date (origin ``input``); ``date`` is the
    fallback. Raises InputError when the page holds no article text.
    """
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary data, not HTML", code="binary")
    import trafilatura

    for name in ("trafilatura", "htmldate", "courlan"):  # they log to stderr otherwise
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,  # keeps menus out of the text
            # markup only, and a fixed upper bound: htmldate's default bound is today
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "max_date": "2199-12-31",
            },
        )
    except Exception as err:  # noqa: BLE001  (the parser raises assorted errors on odd pages)
        raise InputError(f"cannot parse the HTML: {err}"[:300], code="bad_html") from None
    text = AD_LABEL_RE.sub("", getattr(doc, "text", None) or "")
    # a page of links and menus only is not an article: no line reads like a sentence
    if not any(len(line.split()) >= MIN_SENTENCE_WORDS for line in text.splitlines()):
        raise InputError("no article text found in the HTML", code="no_article")
    article = Article(
        text=text,
        source=getattr(doc, "url", None) or source,
        title=getattr(doc, "title", None) or None,
        reference_date=date,
        date_origin="cli",
    )
    page_date = getattr(doc, "date", None)
    if page_date:
        try:
            article.reference_date = parse_date(page_date)
            article.date_origin = "input"
        except UsageError:
            article.warnings.append(
                Warning(code="bad_date_field", message=f"page date: not a date: {page_date!r}")
            )
    return article


def _read_jsonl_file(
    path: str, *, date: dt.date | None, date_field: str | None
) -> Iterator[Article | ErrorRecord]:
    """JSON Lines read line by line, so a large dump is never held whole in memory."""
    if path == "-":
        yield from read_jsonl_lines(sys.stdin.buffer, path, date=date, date_field=date_field)
        return
    try:
        stream = open_input(path)  # closed below, also when the reader stops
    except InputError as err:
        yield _error(path, err)
        return
    with stream:
        yield from read_jsonl_lines(stream, path, date=date, date_field=date_field)


def _read_json_file(
    path: str, *, date: dt.date | None, date_field: str | None
) -> Iterator[Article | ErrorRecord]:
    """A JSON document: one article object, or an array of them; JSON Lines also pass."""
    try:
        data = _read_bytes(path)
    except InputError as err:
        yield _error(path, err)
        return
    if not data.strip():
        yield _error(path, InputError("the file is empty", "empty"))
        return
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        yield _error(path, InputError("not UTF-8", "bad_encoding"))
        return
    except (json.JSONDecodeError, RecursionError) as err:
        lines = data.splitlines()
        if _is_json_line(next((x for x in lines if x.strip()), b"")):
            # one object per line: JSON Lines under a .json name
            yield from read_jsonl_lines(lines, path, date=date, date_field=date_field)
            return
        where = f" at line {err.lineno} column {err.colno}" if hasattr(err, "lineno") else ""
        msg = getattr(err, "msg", "nested too deeply")
        yield _error(path, InputError(f"invalid JSON ({msg}{where})", "bad_json"))
        return
    items = doc if isinstance(doc, list) else [doc]
    for k, obj in enumerate(items):
        where = f"{path}[{k}]" if isinstance(doc, list) else path
        yield from _article_from(
            obj,
            f"item {k}" if isinstance(doc, list) else "the document",
            where,
            path,
            date,
            date_field,
        )


def _is_json_line(raw: bytes) -> bool:
    try:
        return isinstance(json.loads(raw.decode("utf-8-sig")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return False


def read_jsonl_lines(
    lines: Iterable[bytes],
    source: str,
    *,
    date: dt.date | None = None,
    date_field: str | None = None,
    first: int = 1,
) -> Iterator[Article | ErrorRecord]:
    """One article per JSON line of bytes (UTF-8); a bad line gives an error record.

    ``first`` is the number of the first line (a slice of a file names its lines as the
    whole file does).
    """
    for lineno, raw in enumerate(lines, first):
        where = f"{source}:{lineno}"
        try:
            line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError:
            yield _error(where, InputError(f"line {lineno}: not UTF-8", "bad_encoding"))
            continue
        yield from _jsonl_line(line, lineno, where, source, date, date_field)


def _jsonl_line(
    line: str,
    lineno: int,
    where: str,
    source: str,
    date: dt.date | None,
    date_field: str | None,
) -> Iterator[Article | ErrorRecord]:
    if not line.strip():
        return
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as err:
        msg = getattr(err, "msg", "nested too deeply")
        yield _error(where, InputError(f"line {lineno}: invalid JSON ({msg})", "bad_json"))
        return
    yield from _article_from(obj, f"line {lineno}", where, source, date, date_field)


def _json_kind(value: object) -> str:
    """How JSON calls a parsed value's type ("a number", "an array"), for error messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return "an array" if isinstance(value, list) else "an object"


def _article_from(
    obj: object,
    what: str,
    where: str,
    source: str,
    date: dt.date | None,
    date_field: str | None,
) -> Iterator[Article | ErrorRecord]:
    """The article of one parsed JSON object (``id``, ``text``, title, url and date fields)."""
    if not isinstance(obj, dict):
        yield _error(where, InputError(f"{what}: not a JSON object", "bad_json"))
        return
    id_ = obj.get("id")
    id_ = None if id_ is None else str(id_)
    body = obj.get("text")
    if not isinstance(body, str):
        problem = (
            "no 'text' field" if body is None else f"'text' is {_json_kind(body)}, not a string"
        )
        yield _error(where, InputError(f"{what}: {problem}", "no_text"), id_)
        return
    article = Article(
        text=body,
        source=str(obj.get("url") or source),
        id=id_,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        reference_date=date,
        date_origin="cli",
    )
    for name in (date_field,) if date_field else DATE_FIELDS:
        value = obj.get(name)
        if not value:
            continue
        try:
            article.reference_date = parse_date(str(value))
            article.date_origin = "input"
        except UsageError:
            article.warnings.append(
                Warning(code="bad_date_field", message=f"{name}: not a date: {value!r}")
            )
        break
    yield article


class RecordWriter:
    """Write records as they come, one per line (or one pretty object), flushed each time."""

    def __init__(self, stream: IO[str], *, pretty: bool = False) -> None:
        self.stream = stream
        self.pretty = pretty
        self.errors = 0
        self.written = 0

    def write(self, record: Record | ErrorRecord) -> None:
        """Write one record and flush, so an interrupted run leaves only whole lines."""
        if isinstance(record, ErrorRecord):
            self.errors += 1
        # one write call per line: a line is never split between two flushes
        self.stream.write(dumps(record, pretty=self.pretty) + "\n")
        self.stream.flush()
        self.written += 1
