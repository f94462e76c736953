"""Runs on a Dask cluster: one task per shard, each writing ``OUT_DIR/<shard>.jsonl``.

A shard is an input file, or a slice of a large JSON Lines or WARC file (``shard_size``
articles: lines of a JSONL file, response records of a WARC file). A task reads its
shard with the ordinary readers, runs ``extract_many`` in one process and writes the
records through a temporary name, renamed into place when complete: a shard's output
is byte-identical to ``claimx extract`` of that shard, a rerun skips the shards whose
file exists, and a task Dask retries after losing a worker starts its shard afresh.
The pipeline is loaded once per worker process (a worker plugin at start, and the
process-wide cache of ``load_pipeline``); tasks carry only paths and options.

Shard names: the input's path relative to the folder holding all inputs, with ``/``
as ``__``, and ``.NNNNN`` (the slice number, from 0) when the file is cut.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from distributed import WorkerPlugin

from claimx.api import MAX_CHARS, extract_many
from claimx.batch import Summary, expand_paths
from claimx.errors import InputError, UsageError
from claimx.io import (
    RecordWriter,
    input_format,
    is_url,
    open_input,
    read_inputs,
    read_jsonl_lines,
)
from claimx.records import ErrorRecord, Record

#: Default articles per shard of a large JSONL or WARC file (``--shard-size``).
SHARD_SIZE = 1000
#: Formats a large file of which is cut into slices.
SLICED = ("jsonl", "warc")
TMP_SUFFIX = ".claimx-tmp"
TMP_ID_LEN = 12
#: Settings of the LocalCluster of ``--dask local``: Dask's default environment for worker
#: processes makes glibc return freed memory at once (MALLOC_TRIM_THRESHOLD_), which costs
#: spaCy's many allocations about 13% in system time, and its statistical profiler samples
#: every worker's stack 100 times a second.
LOCAL_CONFIG = {
    "distributed.nanny.pre-spawn-environ": {
        "OMP_NUM_THREADS": 1,
        "MKL_NUM_THREADS": 1,
        "OPENBLAS_NUM_THREADS": 1,
    },
    "distributed.worker.profile.enabled": False,
}


@dataclass(frozen=True)
class Shard:
    """One task's input: a file, or the bytes ``[start, stop)`` of one."""

    name: str
    path: str
    fmt: str
    start: int = 0
    stop: int | None = None
    first_line: int = 1  # JSONL: the number of the slice's first line


@dataclass(frozen=True)
class Options:
    """What a task needs besides its shard: small and picklable, never the pipeline."""

    date: dt.date | None = None
    date_field: str | None = None
    model: str | None = None
    include_text: bool = False
    max_chars: int = MAX_CHARS


@dataclass(frozen=True)
class ShardResult:
    """What a task did: its records (done, failed) and the WARC responses not HTML."""

    name: str
    done: int
    failed: int
    not_html: int = 0


def plan(files: list[str], fmt: str = "auto", shard_size: int = SHARD_SIZE) -> list[Shard]:
    """The shards of the inputs, in input order; large JSONL and WARC files are sliced."""
    if shard_size < 1:
        raise UsageError("--shard-size must be at least 1")
    if "-" in files:
        raise UsageError("--dask reads files, not stdin")
    if not files:
        return []
    names = _names(files)
    shards = []
    for path, name in zip(files, names, strict=True):
        kind = input_format(path, fmt)
        sliced = kind in SLICED and (is_url(path) or os.path.isfile(path))
        try:
            cuts = _cuts(path, kind, shard_size) if sliced else []
        except InputError:  # unreadable: one task, which gives its error record
            cuts = []
        if len(cuts) <= 1:
            shards.append(Shard(name, path, kind))
            continue
        ends = [c[0] for c in cuts[1:]] + [None]
        for k, ((start, line), stop) in enumerate(zip(cuts, ends, strict=True)):
            shards.append(Shard(f"{name}.{k:05d}", path, kind, start, stop, line))
    return shards


def _names(files: list[str]) -> list[str]:
    """Readable, distinct names: paths relative to the folder holding every input."""
    absolute = [f.split("://", 1)[1] if is_url(f) else os.path.abspath(f) for f in files]
    root = os.path.commonpath([os.path.dirname(a) for a in absolute])
    names: list[str] = []
    for path in absolute:
        name = os.path.relpath(path, root).replace(os.sep, "__")
        base, k = name, 1
        while name in names:  # the same file named twice
            k += 1
            name = f"{base}~{k}"
        names.append(name)
    return names


def _cuts(path: str, kind: str, every: int) -> list[tuple[int, int]]:
    """(byte offset, first line) where each slice of a JSONL or WARC file starts."""
    if kind == "warc":
        from claimx.warc import record_offsets

        return [(offset, 1) for offset in record_offsets(path, every)]
    cuts = [(0, 1)]
    pos = 0
    with open_input(path) as f:
        for lineno, line in enumerate(f, 1):
            if lineno > 1 and (lineno - 1) % every == 0:
                cuts.append((pos, lineno))
            pos += len(line)
    return cuts


def shard_records(
    shard: Shard, options: Options, on_skip: Callable[[str], None] | None = None
) -> Iterator[Record | ErrorRecord]:
    """The records of one shard, exactly as a local run over it makes them."""
    items = _shard_items(shard, options, on_skip)
    yield from extract_many(
        items,
        model=options.model,
        include_text=options.include_text,
        workers=1,
        max_chars=options.max_chars,
    )


def _shard_items(shard: Shard, options: Options, on_skip: Callable[[str], None] | None) -> Any:
    if shard.start == 0 and shard.stop is None:
        return read_inputs(
            [shard.path],
            fmt=shard.fmt,
            date=options.date,
            date_field=options.date_field,
            max_chars=options.max_chars,
            on_skip=on_skip,
        )
    if shard.fmt == "warc":
        from claimx.warc import read_warc

        return read_warc(
            shard.path,
            date=options.date,
            max_chars=options.max_chars,
            start=shard.start,
            stop=shard.stop,
            on_skip=on_skip,
        )
    return read_jsonl_lines(
        _lines(shard.path, shard.start, shard.stop),
        shard.path,
        date=options.date,
        date_field=options.date_field,
        first=shard.first_line,
    )


def _lines(path: str, start: int, stop: int | None) -> Iterator[bytes]:
    with open_input(path) as f:
        f.seek(start)
        pos = start
        for line in f:
            if stop is not None and pos >= stop:
                return
            yield line
            pos += len(line)


#: Threads of one worker process share its pipeline; they take turns with it.
_pipeline_lock = threading.Lock()


def run_shard(shard: Shard, out_dir: str, options: Options) -> ShardResult:
    """The task: write the shard's records to ``out_dir/<name>.jsonl``, atomically."""
    fs, root = output_fs(out_dir)
    final = f"{root}/{shard.name}.jsonl"
    if fs.exists(final):  # a retried task whose first run finished
        return _counted(fs, shard.name, final)
    tmp = f"{root}/.{shard.name}.jsonl.{uuid.uuid4().hex[:TMP_ID_LEN]}{TMP_SUFFIX}"
    skipped = [0]

    def skip(reason: str) -> None:
        skipped[0] += 1

    try:
        with _pipeline_lock, fs.open(tmp, "w", encoding="utf-8") as out:
            writer = RecordWriter(out)
            for record in shard_records(shard, options, skip):
                writer.write(record)
            _sync(out)
        fs.mv(tmp, final)  # a rename on a local or shared file system
    finally:
        if fs.exists(tmp):
            fs.rm(tmp)
    return ShardResult(shard.name, writer.written - writer.errors, writer.errors, skipped[0])


def output_fs(out_dir: str) -> tuple[Any, str]:
    """The fsspec file system holding ``out_dir`` (a local path or a URL) and its path there."""
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(out_dir)
    return fs, root.rstrip("/") or "/"


def _sync(out: Any) -> None:
    """Flush a local file to disk before it is renamed into place."""
    try:
        os.fsync(out.fileno())
    except (AttributeError, OSError, io.UnsupportedOperation):
        pass  # not a local file: the store makes the object whole


def _counted(fs: Any, name: str, path: str) -> ShardResult:
    """The counts of a finished shard file."""
    done = failed = 0
    with fs.open(path, "rb") as f:
        for line in f:
            if b'"error":' in line and "error" in json.loads(line):
                failed += 1
            else:
                done += 1
    return ShardResult(name, done, failed)


class PipelinePlugin(WorkerPlugin):
    """A Dask worker plugin: each worker process loads the pipeline once, at start."""

    name = "claimx-pipeline"

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        from claimx.pipeline import load_pipeline

        load_pipeline(self.model)


@contextmanager
def connect(address: str, notice: Callable[[str], None] | None = None) -> Iterator[Any]:
    """A Dask client: to the scheduler at ``address``, or to a new ``LocalCluster`` for
    ``local`` / ``local:N`` (N worker processes, default the machine's cores)."""
    import dask
    from distributed import Client, LocalCluster

    if address != "local" and not address.startswith("local:"):
        with Client(address) as client:
            yield client
        return
    workers = _local_workers(address)
    with (
        dask.config.set(LOCAL_CONFIG),
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        if notice is not None:
            notice(f"Dask dashboard: {cluster.dashboard_link}")
        yield client


def _local_workers(address: str) -> int:
    count = address.partition(":")[2]
    if not count:
        try:
            return len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            return os.cpu_count() or 1
    if not count.isdigit() or int(count) < 1:
        raise UsageError(f"--dask local:N needs a number of workers, not {count!r}")
    return int(count)


def run(
    paths: list[str],
    out_dir: str,
    address: str,
    *,
    fmt: str = "auto",
    pattern: str | None = None,
    shard_size: int = SHARD_SIZE,
    options: Options | None = None,
    notice: Callable[[str], None] | None = None,
    on_plan: Callable[[list[Shard]], None] | None = None,
    on_shard: Callable[[ShardResult], None] | None = None,
    summary: Summary | None = None,
) -> Summary:
    """Process every shard on the cluster at ``address``; shards whose file is in
    ``out_dir`` are skipped (their records count as ``skipped``)."""
    options = options or Options()
    summary = summary or Summary()
    shards = plan(list(expand_paths(paths, pattern, notice)), fmt, shard_size)
    if not is_url(out_dir):
        out_dir = os.path.abspath(out_dir)
    fs, root = output_fs(out_dir)
    fs.makedirs(root, exist_ok=True)
    todo = []
    for shard in shards:
        final = f"{root}/{shard.name}.jsonl"
        if fs.exists(final):
            summary.skipped += _counted(fs, shard.name, final).done
        else:
            todo.append(shard)
    if notice is not None and len(todo) < len(shards):
        notice(f"{len(shards) - len(todo)} of {len(shards)} shards already in {out_dir}")
    if on_plan is not None:
        on_plan(todo)
    try:
        if todo:
            with connect(address, notice) as client:
                _submit(client, todo, out_dir, options, summary, on_shard, notice)
    except KeyboardInterrupt:
        summary.interrupted = True
        raise
    finally:
        _remove_leftovers(out_dir, todo)
        summary.elapsed = time.perf_counter() - summary.started
    return summary


def _submit(
    client: Any,
    shards: list[Shard],
    out_dir: str,
    options: Options,
    summary: Summary,
    on_shard: Callable[[ShardResult], None] | None,
    notice: Callable[[str], None] | None,
) -> None:
    from distributed import as_completed

    client.register_plugin(PipelinePlugin(options.model), name=PipelinePlugin.name)
    futures = client.map(
        run_shard,
        shards,
        out_dir=out_dir,
        options=options,
        key=[f"claimx-{uuid.uuid4().hex[:8]}-{s.name}" for s in shards],
        pure=False,
    )
    try:
        for future in as_completed(futures):
            try:
                result = future.result()
            except Exception as err:  # noqa: BLE001  (an I/O error: the other shards go on)
                summary.failed += 1
                if notice is not None:
                    notice(f"{future.key} failed: {type(err).__name__}: {str(err)[:300]}")
                continue
            summary.done += result.done
            summary.failed += result.failed
            summary.not_html += result.not_html
            if on_shard is not None:
                on_shard(result)
    finally:
        client.cancel(futures)


def _remove_leftovers(out_dir: str, shards: list[Shard]) -> None:
    """Temporary files of attempts that did not finish (a killed worker's)."""
    fs, root = output_fs(out_dir)
    prefixes = {f".{s.name}.jsonl." for s in shards}
    for path in fs.ls(root, detail=False):
        name = path.rstrip("/").rsplit("/", 1)[-1]
        stem = name.removesuffix(TMP_SUFFIX)
        if stem != name and stem[:-TMP_ID_LEN] in prefixes:
            fs.rm(path)
