"""The library: ``extract`` one article, ``extract_many`` a stream of them.

reader (claimx.io) → Article → pipeline (components fill Doc._.claimx_*) →
build_record → Record → writer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from claimx.build import build_record
from claimx.errors import InputError, UsageError
from claimx.records import ErrorInfo, ErrorRecord, Record, ReferenceDate, Warning

#: Articles per model batch once a run is under way (``nlp.pipe`` is fastest at 16-32).
BATCH_SIZE = 32
#: Default limit on an article's length (``--max-chars``); longer ones give ``too_large``.
MAX_CHARS = 5_000_000
#: Docs with more tokens go through the statistical pipes in chunks of at most this many,
#: cut at line breaks where possible, then are joined into one Doc: peak memory grows
#: with the tokens in flight (about 17 KB each).
CHUNK_TOKENS = 20_000
#: Whitespace-free runs longer than this are cut before tokenizing: spaCy's tokenizer is
#: quadratic on them (16,000 "!" take half a minute; 256 take 4 ms).
MAX_RUN = 256
ISO_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)")
DATE_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y%m%d")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_LONG_RUN_RE = re.compile(rf"\S{{{MAX_RUN + 1},}}")


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


def clean_text(text: str, max_chars: int = MAX_CHARS) -> str:
    """Check an article's text can be processed; raises InputError otherwise."""
    if not text or not text.strip():
        raise InputError("the article has no text", code="empty")
    if len(text) > max_chars:
        raise InputError(
            f"the article has {len(text):,} characters; the limit is {max_chars:,}",
            code="too_large",
        )
    if _SURROGATE_RE.search(text):
        raise InputError("the text holds unpaired surrogate characters", code="bad_encoding")
    return text


def extract_many(
    articles: Iterable[Article | ErrorRecord],
    *,
    model: str | None = None,
    include_text: bool = False,
    batch_size: int = BATCH_SIZE,
    workers: int = 1,
    max_chars: int = MAX_CHARS,
) -> Iterator[Record | ErrorRecord]:
    """Records for a stream of articles, in input order, each as soon as it is done;
    bad articles give error records.

    Articles go through the model in batches (``batches``: 1, 2, 4, ... then
    ``batch_size``), so the first record comes after one article, not after a whole
    batch. ``workers`` > 1 hands the batches to that many processes, each holding one
    pipeline; the batches are the same for any ``workers``, so the output is too.
    Closing the iterator (or an exception in the caller) stops the workers.
    """
    from claimx.pipeline import load_pipeline

    nlp = load_pipeline(model)  # also in the parent: a missing model fails before any fork
    parts = batches(_checked(articles, max_chars), batch_size)
    head = list(islice(parts, 2))
    if workers <= 1 or len(head) < 2:
        for part in _chain(head, parts):
            yield from iter_group(nlp, part, include_text)
        return
    yield from _pooled(_chain(head, parts), workers, model, include_text)


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def batches(items: Iterable[Any], size: int = BATCH_SIZE) -> Iterator[list[Any]]:
    """Consecutive batches of 1, 2, 4, ... items, then ``size`` each: the first records
    come out at once and the model still gets full batches after a few articles."""
    it = iter(items)
    size = max(1, size)
    step = 1
    while batch := list(islice(it, min(step, size))):
        yield batch
        step *= 2


def _checked(articles: Iterable[Article | ErrorRecord], max_chars: int) -> Iterator[Any]:
    """Articles with their ids, or error records for the ones that cannot be processed."""
    for article in articles:
        if isinstance(article, ErrorRecord):
            yield article
            continue
        if article.id is None:
            article.id = text_id(article.text or "")
        try:
            clean_text(article.text, max_chars)
        except InputError as err:
            yield _error_record(article, err)
            continue
        yield article


def _error_record(article: Article, err: Exception) -> ErrorRecord:
    code = getattr(err, "code", "internal")
    message = str(err) if isinstance(err, InputError) else f"{type(err).__name__}: {err}"[:300]
    return ErrorRecord(
        source=article.source, id=article.id, error=ErrorInfo(code=code, message=message)
    )


def iter_group(
    nlp: Any, group: list[Article | ErrorRecord], include_text: bool
) -> Iterator[Record | ErrorRecord]:
    """The records of one batch, in order, each as soon as its Doc is done; an article
    that crashes the pipeline gives an ``internal`` error record and the others are
    still processed."""
    docs = _docs_or_errors(nlp, [a for a in group if isinstance(a, Article)])
    for item in group:
        if isinstance(item, ErrorRecord):
            yield item
            continue
        doc = next(docs)
        if isinstance(doc, ErrorRecord):
            yield doc
            continue
        try:
            record = _record(doc, item, include_text)
        except Exception as err:  # noqa: BLE001  (one bad article must not stop the batch)
            record = _error_record(item, err)
        yield record


def _docs_or_errors(nlp: Any, articles: list[Article]) -> Iterator[Any]:
    """Each article's Doc, in order; when the pipeline fails, the articles not yet done
    go through one at a time, so only the culprit gives an error record."""
    done = 0
    try:
        for doc in iter_docs(nlp, articles):
            done += 1
            yield doc
    except Exception:
        for article in articles[done:]:
            try:
                doc = next(iter_docs(nlp, [article]))
            except Exception as err:  # noqa: BLE001
                doc = _error_record(article, err)
            yield doc


def iter_docs(nlp: Any, articles: list[Article]) -> Iterator[Any]:
    """Run the pipeline over articles, yielding each Doc when done: short ones go
    through the model as one batch, long ones in chunks."""
    docs = [make_doc(nlp, article.text) for article in articles]
    for doc, article in zip(docs, articles, strict=True):
        doc._.claimx_reference_date = article.reference_date
        doc._.claimx_source = article.source
    short = [doc for doc in docs if len(doc) <= CHUNK_TOKENS]
    piped = nlp.pipe(short, batch_size=max(1, len(short)))
    for doc in docs:
        yield next(piped) if len(doc) <= CHUNK_TOKENS else _long_doc(nlp, doc)


def make_doc(nlp: Any, text: str) -> Any:
    """Tokenize ``text``; whitespace-free runs over MAX_RUN characters are cut first.

    The pieces are tokenized apart and joined, so ``doc.text == text`` still holds.
    """
    cuts = [
        cut
        for match in _LONG_RUN_RE.finditer(text)
        for cut in range(match.start() + MAX_RUN, match.end(), MAX_RUN)
    ]
    if not cuts:
        return nlp.tokenizer(text)
    from spacy.tokens import Doc

    bounds = [0, *cuts, len(text)]
    pieces = [nlp.tokenizer(text[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    return Doc.from_docs(pieces, ensure_whitespace=False)


def chunk_bounds(doc: Any, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) token indices of consecutive chunks of at most ``size`` tokens, cut
    after a line break where one is in the second half of the chunk."""
    size = size or CHUNK_TOKENS
    bounds = []
    start = 0
    while len(doc) - start > size:
        end = start + size
        for i in range(start + size - 1, start + size // 2, -1):
            if "\n" in doc[i].text_with_ws:
                end = i + 1
                break
        bounds.append((start, end))
        start = end
    bounds.append((start, len(doc)))
    return bounds


def _long_doc(nlp: Any, doc: Any) -> Any:
    """A long Doc: the statistical pipes per chunk, the claimx document-level
    components (titles, actor merging, claims) on the joined Doc."""
    from spacy.tokens import Doc

    names = nlp.pipe_names
    local = 1 + max(i for i, name in enumerate(names) if not name.startswith("claimx_"))
    parts = []
    for start, end in chunk_bounds(doc):
        part = doc[start:end].as_doc()
        for _, proc in nlp.pipeline[:local]:
            part = proc(part)
        parts.append(part)
    joined = Doc.from_docs(parts, ensure_whitespace=False)
    joined._.claimx_reference_date = doc._.claimx_reference_date
    joined._.claimx_source = doc._.claimx_source
    for _, proc in nlp.pipeline[local:]:
        joined = proc(joined)
    return joined


def _pooled(
    parts: Iterator[list[Any]], workers: int, model: str | None, include_text: bool
) -> Iterator[Record | ErrorRecord]:
    """Batches processed by a pool of workers, their records yielded in input order.

    At most two batches per worker are in flight, so a long input is read as it goes.
    A worker sends a batch's records back together: the model runs over a batch at
    once, so its articles are done at about the same time anyway.
    """
    import multiprocessing as mp

    methods = mp.get_all_start_methods()
    # fork shares the pipeline the parent already loaded; elsewhere each worker loads it
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    with _sigint_blocked():  # workers start ignoring Ctrl-C: it is the parent's to handle
        pool = ctx.Pool(workers, initializer=_init_worker, initargs=(model, include_text))
    try:
        pending: deque = deque()
        for part in parts:
            pending.append(pool.apply_async(_work, (part,)))
            while len(pending) >= 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
    finally:
        with _sigint_blocked():  # a second Ctrl-C must not leave workers behind
            pool.terminate()
            pool.join()


@contextmanager
def _sigint_blocked() -> Iterator[None]:
    """SIGINT held back (and delivered after) where a signal would leave processes behind."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


_worker: dict[str, Any] = {}


def _init_worker(model: str | None, include_text: bool) -> None:
    import signal

    from claimx.pipeline import load_pipeline

    # Ctrl-C is the parent's to handle: it stops the pool and keeps what was written
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    _end_with_parent()
    _worker["nlp"] = load_pipeline(model)
    _worker["include_text"] = include_text


def _end_with_parent() -> None:
    """On Linux, have the kernel end this worker when the parent dies (even by SIGKILL),
    so no worker is left waiting for tasks."""
    import ctypes
    import signal
    import sys

    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def _work(part: list[Any]) -> list[Record | ErrorRecord]:
    return list(iter_group(_worker["nlp"], part, _worker["include_text"]))


def _record(doc: Any, article: Article, include_text: bool) -> Record:
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
    max_chars: int = MAX_CHARS,
) -> Record:
    """The record of one article; ``date`` (its publication date) anchors relative dates.

    Raises ``InputError`` when the text is empty, longer than ``max_chars`` or holds
    unpaired surrogates (``code`` says which).
    """
    article = Article(
        text=text,
        source=source,
        id=id,
        title=title,
        reference_date=parse_date(date),
        date_origin="cli",
    )
    clean_text(text, max_chars)
    (record,) = extract_many([article], model=model, include_text=include_text)
    if isinstance(record, ErrorRecord):
        raise InputError(record.error.message, code=record.error.code)
    return record
