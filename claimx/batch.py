"""Batch runs: expand folders, skip what a previous run wrote, write records as they come.

The CLI parses options and calls ``run``; everything here is plain Python, so the
same batch can be driven from a script.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from claimx.api import MAX_CHARS, Article, extract_many, text_id
from claimx.errors import UsageError
from claimx.io import RecordWriter, read_inputs
from claimx.records import ErrorRecord, Record


@dataclass
class Summary:
    """What a batch run did."""

    done: int = 0
    failed: int = 0
    skipped: int = 0
    interrupted: bool = False
    started: float = field(default_factory=time.perf_counter)
    elapsed: float = 0.0

    def line(self) -> str:
        """The one-line summary printed on stderr at the end."""
        rate = self.done / self.elapsed if self.elapsed > 0 else 0.0
        parts = [f"{self.done} done", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already in the output)")
        parts += [f"{self.elapsed:.1f} s", f"{rate:.1f} articles/s"]
        head = "interrupted" if self.interrupted else "claimx"
        return f"{head}: " + ", ".join(parts)


def expand_paths(
    paths: Iterable[str], pattern: str | None = None, notice: Callable[[str], None] | None = None
) -> Iterator[str]:
    """Files named and files under folders, in order: folders recursively, sorted by name.

    Inside folders, hidden entries (``.name``), files not matching ``pattern`` and
    symbolic links that loop or lead nowhere are skipped (reported to ``notice``);
    a path named on the command line is always kept, so it gets a record or an
    error record.
    """
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path, pattern, notice or (lambda _: None), set())
        else:
            yield path


def _walk(
    folder: str, pattern: str | None, notice: Callable[[str], None], seen: set[tuple[int, int]]
) -> Iterator[str]:
    info = os.stat(folder)
    key = (info.st_dev, info.st_ino)
    if key in seen:  # a symbolic link back to a folder already walked
        notice(f"skipped {folder}: symbolic link loop")
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        notice(f"skipped {folder}: {err.strerror}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        try:
            is_dir = entry.is_dir()
            exists = is_dir or entry.is_file() or os.path.exists(path)
        except OSError:
            exists = False
        if not exists:
            notice(f"skipped {path}: symbolic link loop or broken link")
        elif is_dir:
            yield from _walk(path, pattern, notice, seen)
        elif pattern is None or fnmatch.fnmatch(entry.name, pattern):
            yield path


def resume_keys(path: str | Path) -> set[tuple[str, str]]:
    """(source, id) of the records already in an output file, which is tidied first.

    A partial last line (a killed run) and error records are removed, so failed
    inputs are tried again; the file is rewritten only when something was removed.
    """
    path = Path(path)
    if not path.exists():
        return set()
    data = path.read_bytes()
    kept: list[bytes] = []
    keys: set[tuple[str, str]] = set()
    for line in data.splitlines(keepends=True):
        try:
            obj = json.loads(line) if line.endswith(b"\n") else None
        except ValueError:
            obj = None
        if not isinstance(obj, dict) or "error" in obj or not isinstance(obj.get("id"), str):
            continue
        kept.append(line)
        keys.add((str(obj.get("source")), obj["id"]))
    tidy = b"".join(kept)
    if tidy != data:
        tmp = path.with_name(path.name + ".claimx-tmp")
        tmp.write_bytes(tidy)
        os.replace(tmp, path)
    return keys


def _skip_done(
    items: Iterable[Article | ErrorRecord], done: set[tuple[str, str]], summary: Summary
) -> Iterator[Article | ErrorRecord]:
    for item in items:
        if isinstance(item, Article):
            if item.id is None:
                item.id = text_id(item.text or "")
            if (item.source, item.id) in done:
                summary.skipped += 1
                continue
        yield item


@contextmanager
def _deferred_sigint() -> Iterator[Callable[[], Any]]:
    """Ctrl-C raises KeyboardInterrupt, but never in the middle of writing a line."""
    state = {"writing": False, "pending": False}

    def handler(signum: int, frame: Any) -> None:
        if state["writing"]:
            state["pending"] = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def writing() -> Iterator[None]:
        state["writing"] = True
        try:
            yield
        finally:
            state["writing"] = False
        if state["pending"]:
            raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield nullcontext
        return
    try:
        yield writing
    finally:
        signal.signal(signal.SIGINT, previous)


def run(
    paths: list[str],
    out: IO[str],
    *,
    fmt: str = "auto",
    pattern: str | None = None,
    date: dt.date | None = None,
    date_field: str | None = None,
    model: str | None = None,
    include_text: bool = False,
    workers: int = 1,
    max_chars: int = MAX_CHARS,
    fail_fast: bool = False,
    pretty: bool = False,
    done: set[tuple[str, str]] | None = None,
    on_record: Callable[[Record | ErrorRecord], None] | None = None,
    on_file: Callable[[str], None] | None = None,
    notice: Callable[[str], None] | None = None,
    summary: Summary | None = None,
) -> Summary:
    """Process every input and write its record (or error record) to ``out`` as it comes.

    Records are in input order whatever ``workers`` is, each written as soon as it is
    done. Raises KeyboardInterrupt on Ctrl-C after the lines already written are
    complete, and BrokenPipeError when ``out`` is a pipe whose reader has gone; either
    way the workers are stopped first. ``summary`` is filled as it goes.
    """
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    if max_chars < 1:
        raise UsageError("--max-chars must be at least 1")
    summary = summary or Summary()
    writer = RecordWriter(out, pretty=pretty)

    def files() -> Iterator[str]:
        for path in expand_paths(paths, pattern, notice):
            yield path
            if on_file is not None:
                on_file(path)

    items = read_inputs(files(), fmt=fmt, date=date, date_field=date_field, max_chars=max_chars)
    if done:
        items = _skip_done(items, done, summary)
    records = extract_many(
        items, model=model, include_text=include_text, workers=workers, max_chars=max_chars
    )
    try:
        with _deferred_sigint() as writing:
            for record in records:
                with writing():
                    writer.write(record)
                if isinstance(record, ErrorRecord):
                    summary.failed += 1
                else:
                    summary.done += 1
                if on_record is not None:
                    on_record(record)
                if fail_fast and isinstance(record, ErrorRecord):
                    break
    except KeyboardInterrupt:
        summary.interrupted = True
        raise
    finally:
        close = getattr(records, "close", None)
        if close is not None:
            close()  # stops the worker pool
        summary.elapsed = time.perf_counter() - summary.started
    return summary
