"""See what claimx found: a record drawn in the terminal, or as standalone HTML pages.

Everything is drawn from the record as users get it (the JSON dict, with ``text``),
so records written earlier with ``--include-text`` show the same way as fresh ones.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from claimx.errors import UsageError
from claimx.records import SCHEMA

if TYPE_CHECKING:
    from rich.console import Console

RECORD_SUFFIXES = (".jsonl", ".ndjson", ".json")
LAYERS = ("actors", "places", "quantities", "dates", "claims", "warnings")
_SLUG_RE = re.compile(r"[^A-Za-z0-9_-]+")


def is_record_file(path: str) -> bool:
    """Whether ``path`` is a JSON (Lines) file of claimx records rather than of articles:
    its first object carries the record schema."""
    if path == "-" or not path.lower().endswith(RECORD_SUFFIXES) or not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as stream:
            first = next((line for line in stream if line.strip()), b"")
            if first.strip() in (b"{", b"["):  # an indented JSON document
                stream.seek(0)
                first = stream.read()
        doc = json.loads(first.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return False
    head = doc[0] if isinstance(doc, list) and doc else doc
    return isinstance(head, dict) and head.get("schema") == SCHEMA


def read_records(path: str) -> Iterator[dict]:
    """The records of a records file, in order; raises UsageError for a line that is not
    a record, or a record without text."""
    try:
        with open(path, encoding="utf-8-sig") as stream:
            if path.lower().endswith(".json"):
                yield from _checked_all(_json_items(stream.read(), path), path)
            else:
                lines = (line for line in stream if line.strip())
                yield from _checked_all((_loads(line, path) for line in lines), path)
    except UnicodeDecodeError:
        raise UsageError(f"{path}: not UTF-8") from None


def _json_items(text: str, path: str) -> list:
    try:
        doc = json.loads(text)
    except ValueError:  # one record per line under a .json name
        return [_loads(line, path) for line in text.splitlines() if line.strip()]
    return doc if isinstance(doc, list) else [doc]


def _loads(line: str, path: str) -> object:
    try:
        return json.loads(line)
    except (ValueError, RecursionError):
        raise UsageError(f"{path}: a line is not JSON: {line[:60]!r}") from None


def _checked_all(items: Iterable[object], path: str) -> Iterator[dict]:
    for n, record in enumerate(items, 1):
        yield _checked(record, path, n)


def _checked(record: object, path: str, n: int) -> dict:
    if not isinstance(record, dict) or record.get("schema") != SCHEMA:
        raise UsageError(f"{path}: item {n} is not a claimx record")
    if "error" not in record and not all(isinstance(record.get(k), list) for k in LAYERS):
        raise UsageError(f"{path}: item {n} is not a whole claimx record")
    if "error" not in record and not isinstance(record.get("text"), str):
        raise UsageError(
            f"{path}: record {record.get('id')} has no text; make the records with "
            "`claimx extract --include-text`"
        )
    return record


def records_for(
    paths: list[str],
    *,
    date: dt.date | None = None,
    model: str | None = None,
    notice: Callable[[str], None] | None = None,
) -> Iterator[dict]:
    """The records to show: read from a claimx records file, or extracted (with their
    text) from articles, as dicts in input order; error records included."""
    if len(paths) == 1 and is_record_file(paths[0]):
        yield from read_records(paths[0])
        return
    from claimx.api import extract_many
    from claimx.batch import expand_paths
    from claimx.io import read_inputs
    from claimx.records import to_builtins

    articles = read_inputs(expand_paths(paths, None, notice), date=date)
    for record in extract_many(articles, model=model, include_text=True):
        yield to_builtins(record)


def print_records(
    records: Iterable[dict], console: Console, on_error: Callable[[dict], None]
) -> int:
    """Draw each record on ``console`` (a rich Console); error records go to
    ``on_error``. Returns how many there were."""
    from rich.rule import Rule

    from claimx.view.terminal import view

    failed = 0
    for n, record in enumerate(records):
        if "error" in record:
            failed += 1
            on_error(record)
            continue
        if n:
            console.print(Rule(style="bold"))
        console.print(view(record))
    return failed


@dataclass
class Written:
    """What ``write_html`` wrote."""

    pages: list[Path] = field(default_factory=list)
    index: Path | None = None
    failed: int = 0

    def summary(self) -> str:
        """``3 pages and out/index.html``, or the one page's path."""
        if self.index is None:
            return str(self.pages[0]) if self.pages else "no page"
        return f"{len(self.pages)} pages and {self.index}"


def is_folder_target(target: str) -> bool:
    """``--html DIR/`` (a trailing slash or an existing folder) asks for a folder."""
    return target.endswith(("/", os.sep)) or os.path.isdir(target)


def page_name(n: int, record: dict) -> str:
    """A safe, unique file name for the n-th record's page."""
    slug = _SLUG_RE.sub("-", str(record.get("id") or "record")).strip("-")[:40] or "record"
    return f"{n:04d}-{slug}.html"


def write_html(records: Iterable[dict], target: str, on_error: Callable[[dict], None]) -> Written:
    """One page to ``target``, or, when it names a folder, one page per record there
    plus ``index.html``; error records go to ``on_error`` (and into the index)."""
    from claimx.view import html

    written = Written()
    if not is_folder_target(target):
        items = list(_at_most_one(records, target))
        for record in items:
            if "error" in record:
                written.failed += 1
                on_error(record)
                continue
            Path(target).write_text(html.page(record), encoding="utf-8")
            written.pages.append(Path(target))
        return written
    folder = Path(target)
    folder.mkdir(parents=True, exist_ok=True)
    entries: list[tuple[dict, str | None]] = []
    for n, record in enumerate(records, 1):
        if "error" in record:
            written.failed += 1
            on_error(record)
            entries.append((record, None))
            continue
        name = page_name(n, record)
        (folder / name).write_text(html.page(record, index="index.html"), encoding="utf-8")
        written.pages.append(folder / name)
        entries.append((record, name))
    written.index = folder / "index.html"
    written.index.write_text(html.index(entries), encoding="utf-8")
    return written


def _at_most_one(records: Iterable[dict], target: str) -> Iterator[dict]:
    for n, record in enumerate(records):
        if n:
            raise UsageError(
                f"more than one record: --html needs a folder, e.g. --html {target}.d/"
            )
        yield record
