"""Readers (text and JSON Lines files, stdin) and the record writer."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from claimx.api import Article, parse_date
from claimx.errors import InputError, UsageError
from claimx.records import ErrorInfo, ErrorRecord, Record, Warning, dumps

#: Metadata fields read as the article's publication date, in this order.
DATE_FIELDS = ("published", "date", "dct", "publication_date", "dateline_date", "download_time")
FORMATS = ("auto", "txt", "jsonl")


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
    suffix = Path(path).suffix.lower()
    return "jsonl" if suffix in {".jsonl", ".ndjson", ".json"} else "txt"


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}", code="not_found") from None
    except IsADirectoryError:
        raise InputError(f"is a directory: {path}", code="is_directory") from None
    except PermissionError:
        raise InputError(f"permission denied: {path}", code="unreadable") from None
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}", code="unreadable") from None


def _error(source: str, err: InputError, id: str | None = None) -> ErrorRecord:
    return ErrorRecord(source=source, id=id, error=ErrorInfo(code=err.code, message=str(err)))


def read_inputs(
    paths: list[str],
    *,
    fmt: str = "auto",
    date: dt.date | None = None,
    date_field: str | None = None,
) -> Iterator[Article | ErrorRecord]:
    """Articles from files and stdin, in order; an unreadable input gives an error record."""
    for path in paths:
        try:
            text, warnings = decode(_read_bytes(path))
        except InputError as err:
            yield _error(path, err)
            continue
        if input_format(path, fmt) == "jsonl":
            yield from read_jsonl(text, path, date=date, date_field=date_field)
        else:
            yield Article(
                text=text, source=path, reference_date=date, date_origin="cli", warnings=warnings
            )


def read_jsonl(
    text: str, source: str, *, date: dt.date | None = None, date_field: str | None = None
) -> Iterator[Article | ErrorRecord]:
    """One article per JSON line (``id``, ``text``, optional title, url and date fields)."""
    fields = (date_field,) if date_field else DATE_FIELDS
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield _error(where, InputError(f"line {lineno}: invalid JSON ({err.msg})", "bad_json"))
            continue
        if not isinstance(obj, dict):
            yield _error(where, InputError(f"line {lineno}: not a JSON object", "bad_json"))
            continue
        id_ = obj.get("id")
        id_ = None if id_ is None else str(id_)
        body = obj.get("text")
        if not isinstance(body, str):
            yield _error(where, InputError(f"line {lineno}: no 'text' field", "no_text"), id_)
            continue
        article = Article(
            text=body,
            source=str(obj.get("url") or source),
            id=id_,
            title=obj.get("title") if isinstance(obj.get("title"), str) else None,
            reference_date=date,
            date_origin="cli",
        )
        for name in fields:
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
        self.stream.write(dumps(record, pretty=self.pretty) + "\n")
        self.stream.flush()
        self.written += 1
