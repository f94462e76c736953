"""`make bench`: how much claimx costs on top of the spaCy model it runs.

Prints a table; every figure is the median of --repeat runs, and every ratio
compares two figures measured in the same run:

- batch throughput: `claimx extract` over the evaluation articles vs bare
  `nlp.pipe` of the same base model over the same texts (articles/s, words/s);
- start-up: `claimx extract seeds/<seed>.txt` vs a `python -c` that loads the
  base model and parses the same text (wall time of fresh processes);
- peak RSS of both (from the kernel's accounting of each child process);
- one long document: the first 40 articles joined into one text, `claimx extract`
  vs a bare parse of it (wall time, start-up included): claimx's own steps must grow
  with a document's length, not its square;
- `--workers 1` vs `--workers 2`, beside bare spaCy's `n_process=1` vs `2`;
- a per-stage profile: the model's components, each claimx component, and
  inside them dateparser, quantulum3, the gazetteer and serialization;
- archive scale (`--only archive`): a larger corpus through `--dask local:2` vs
  `--workers 2` (wall time of the whole command, cluster start-up included), and the
  corpus as a WARC of news pages (one gzip member per record, a request record before
  each response, as Common Crawl writes them) vs the same articles as JSON Lines.
- time to first record: `claimx extract FOLDER | ...` over a folder of 30
  articles, seconds until the first line arrives and until the run ends
  (`--only first-record` measures just this).

The corpus is the real articles of the evaluation sets (TempEval-3, PolNeAR,
LGL) in ../shared/eval, or any JSONL file with a `text` field.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_70837f9931cd7966.txt"
CORPORA = ("dates-tempeval3-train.jsonl", "claims-polnear-dev.jsonl", "places-lgl.jsonl")
DATE_KEYS = ("dct", "date", "published", "download_time")
PY = sys.executable
#: articles joined into one text for the long-document measure
LONG_ARTICLES = 40
CLAIMX = str(Path(PY).with_name("claimx"))


def load_corpus(paths: list[Path], limit: int | None) -> list[dict]:
    """Articles (id, text, date fields) from JSONL files, every k-th one when limited."""
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                obj = json.loads(line)
                rows.append({k: v for k, v in obj.items() if not isinstance(v, (list, dict))})
    if limit and len(rows) > limit:
        step = len(rows) / limit
        rows = [rows[int(i * step)] for i in range(limit)]
    return rows


def run_child(cmd: list[str], *, env: dict | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (MiB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return elapsed, usage.ru_maxrss // 1024


def median_run(cmd: list[str], repeat: int) -> tuple[float, int]:
    """Median wall time and the peak RSS over repeated runs of a command."""
    runs = [run_child(cmd) for _ in range(repeat)]
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


BARE_PIPE = """
import json, sys, spacy
nlp = spacy.load(sys.argv[1])
texts = [json.loads(l)["text"] for l in open(sys.argv[2], encoding="utf-8")]
for doc in nlp.pipe(texts, batch_size=32, n_process=int(sys.argv[3])):
    pass
"""
BARE_START = """
import sys, spacy
nlp = spacy.load(sys.argv[1])
nlp(open(sys.argv[2], encoding="utf-8").read())
"""


def supports_workers() -> bool:
    """Whether this claimx has --workers (batch runs)."""
    out = subprocess.run([CLAIMX, "extract", "--help"], capture_output=True, text=True)
    return "--workers" in out.stdout


def stage_profile(rows: list[dict], model: str) -> tuple[dict[str, float], dict[str, float]]:
    """Seconds per pipeline component, and inside claimx's: libraries and serialization."""
    from claimx.build import build_record
    from claimx.io import read_jsonl_lines
    from claimx.pipeline import load_pipeline
    from claimx.records import dumps

    nlp = load_pipeline(model)
    lines = [json.dumps(r).encode() for r in rows]
    articles = [a for a in read_jsonl_lines(lines, "bench") if not hasattr(a, "error")]
    docs = []
    for a in articles:
        doc = nlp.make_doc(a.text)
        doc._.claimx_reference_date = a.reference_date
        docs.append(doc)
    stages: dict[str, float] = {}
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        docs = (
            list(proc.pipe(docs, batch_size=32))
            if hasattr(proc, "pipe")
            else [proc(d) for d in docs]
        )
        stages[name] = time.perf_counter() - start
    start = time.perf_counter()
    for a, doc in zip(articles, docs, strict=True):
        dumps(build_record(doc, record_id=a.id or "", source="bench"))
    stages["record + JSON"] = time.perf_counter() - start
    # The libraries' share of claimx's own time, from a second, profiled pass over
    # the claimx components only (the profiler slows them, so only shares are used).
    parsed = list(
        nlp.pipe(
            [a.text for a in articles],
            batch_size=32,
            disable=[
                n for n in nlp.pipe_names if n.startswith("claimx_") and n != "claimx_paragraphs"
            ],
        )
    )
    profiler = cProfile.Profile()
    claimx_procs = [
        (n, p) for n, p in nlp.pipeline if n.startswith("claimx_") and n != "claimx_paragraphs"
    ]
    profiler.enable()
    for doc in parsed:
        for _, proc in claimx_procs:
            doc = proc(doc)
    profiler.disable()
    stats = pstats.Stats(profiler)
    profiled_total = sum(v[2] for v in stats.stats.values())
    claimx_time = sum(t for n, t in stages.items() if n.startswith("claimx_"))
    libs = {"dateparser": 0.0, "quantulum3": 0.0, "claimx.gazetteer": 0.0}
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():
        for lib in libs:
            if f"/{lib.replace('.', '/')}" in filename:
                libs[lib] += tottime
    libs = {k: v / profiled_total * claimx_time if profiled_total else 0.0 for k, v in libs.items()}
    return stages, libs


def first_record(cmd: list[str]) -> tuple[float, float]:
    """Seconds until a command prints its first line, and until it ends."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    proc.stdout.readline()
    first = time.perf_counter() - start
    proc.stdout.read()
    if proc.wait() not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode})")
    return first, time.perf_counter() - start


def first_record_table(rows: list[dict], tmp: Path, model: str, repeat: int):
    """Time to the first record over a folder of 30 articles, per number of workers."""
    from rich.table import Table

    folder = tmp / "first-record"
    folder.mkdir()
    for i, row in enumerate(rows[:30]):
        (folder / f"a{i:02}.txt").write_text(row["text"], encoding="utf-8")
    table = Table(title=f"time to first record ({min(30, len(rows))} articles in a folder, piped)")
    for col in ("workers", "first record, s", "whole run, s", "share"):
        table.add_column(col, justify="right")
    for workers in ("1", "2") if supports_workers() else ("",):
        cmd = [CLAIMX, "extract", str(folder), "--model", model]
        if workers:
            cmd += ["--workers", workers, "--quiet"]
        runs = [first_record(cmd) for _ in range(repeat)]
        first = statistics.median(r[0] for r in runs)
        whole = statistics.median(r[1] for r in runs)
        table.add_row(workers or "n/a", f"{first:.1f}", f"{whole:.1f}", f"{first / whole:.0%}")
    return table


def main() -> int:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument(
        "--corpus", type=Path, action="append", help="JSONL files (default: eval sets)"
    )
    parser.add_argument("--articles", type=int, default=300, help="articles per batch run")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--model", default=None)
    parser.add_argument(
        "--only",
        choices=["first-record", "archive", "dask", "warc"],
        help="measure only this part (default: all); archive: dask and warc",
    )
    parser.add_argument(
        "--archive-articles",
        type=int,
        default=1000,
        help="articles for the Dask comparison (default: all the evaluation articles)",
    )
    args = parser.parse_args()

    from rich.console import Console

    from claimx.pipeline import default_model

    console = Console(stderr=True)
    model = args.model or default_model()
    paths = args.corpus or [args.eval_dir / name for name in CORPORA]
    missing = [p for p in paths if not p.exists()]
    if missing:
        console.print(f"[red]missing corpus files:[/red] {', '.join(map(str, missing))}")
        return 2
    if args.only in ("archive", "dask", "warc"):
        archive_bench(console, paths, args, model)
        return 0
    rows = load_corpus(paths, args.articles)
    words = sum(len(r["text"].split()) for r in rows)
    tmp = Path(tempfile.mkdtemp(prefix="claimx-bench-"))
    try:
        return measure(args, console, model, rows, words, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def measure(args, console, model: str, rows: list[dict], words: int, tmp: Path) -> int:
    """Run the measures and print the tables."""
    from rich.table import Table

    corpus = tmp / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    console.print(
        f"corpus: {len(rows)} articles, {words:,} words; model {model}; "
        f"median of {args.repeat} runs"
    )

    if args.only == "first-record":
        console.print(first_record_table(rows, tmp, model, args.repeat))
        return 0

    table = Table(title="claimx bench")
    for col in ("measure", "claimx", "bare spaCy", "ratio"):
        table.add_column(col, justify="right" if col != "measure" else "left")

    bare_cmd = [PY, "-c", BARE_PIPE, model, str(corpus), "1"]
    ours_cmd = [CLAIMX, "extract", str(corpus), "-o", str(tmp / "out.jsonl"), "--model", model]
    workers = supports_workers()
    if workers:
        ours_cmd += ["--workers", "1", "--quiet"]
    bare_t, bare_rss = median_run(bare_cmd, args.repeat)
    ours_t, ours_rss = median_run(ours_cmd, args.repeat)
    table.add_row(
        "batch articles/s",
        f"{len(rows) / ours_t:.2f}",
        f"{len(rows) / bare_t:.2f}",
        f"{bare_t / ours_t:.2f}",
    )
    table.add_row(
        "batch words/s",
        f"{words / ours_t:,.0f}",
        f"{words / bare_t:,.0f}",
        f"{bare_t / ours_t:.2f}",
    )
    table.add_row("batch peak RSS MiB", f"{ours_rss}", f"{bare_rss}", f"{ours_rss / bare_rss:.2f}")

    long_text = tmp / "long.txt"
    long_text.write_text("\n\n".join(r["text"] for r in rows[:LONG_ARTICLES]), encoding="utf-8")
    long_ours, _ = median_run([CLAIMX, "extract", str(long_text), "--model", model], args.repeat)
    long_bare, _ = median_run([PY, "-c", BARE_START, model, str(long_text)], args.repeat)
    table.add_row(
        f"one long document ({LONG_ARTICLES} articles joined), s",
        f"{long_ours:.1f}",
        f"{long_bare:.1f}",
        f"{long_bare / long_ours:.2f}",
    )

    start_ours, start_ours_rss = median_run(
        [CLAIMX, "extract", str(SEED), "--date", "2023-09-30", "--model", model], args.repeat + 2
    )
    start_bare, start_bare_rss = median_run(
        [PY, "-c", BARE_START, model, str(SEED)], args.repeat + 2
    )
    table.add_row(
        "start-up + seed, s",
        f"{start_ours:.2f}",
        f"{start_bare:.2f}",
        f"{start_ours / start_bare:.2f}",
    )
    table.add_row(
        "start-up peak RSS MiB",
        f"{start_ours_rss}",
        f"{start_bare_rss}",
        f"{start_ours_rss / start_bare_rss:.2f}",
    )

    if workers:
        w2_t, _ = median_run(ours_cmd[:-3] + ["--workers", "2", "--quiet"], args.repeat)
        b2_t, _ = median_run(bare_cmd[:-1] + ["2"], args.repeat)
        ours_speedup, bare_speedup = ours_t / w2_t, bare_t / b2_t
        table.add_row(
            "2 workers speed-up",
            f"{ours_speedup:.2f}x",
            f"{bare_speedup:.2f}x",
            f"{ours_speedup / bare_speedup:.2f}",
        )
    else:
        table.add_row("2 workers speed-up", "n/a (no --workers)", "", "")
    console.print(table)

    stages, libs = stage_profile(rows, model)
    total = sum(stages.values())
    profile = Table(title="per-stage profile (one in-process pass)")
    for col in ("stage", "seconds", "share"):
        profile.add_column(col, justify="right" if col != "stage" else "left")
    for name, seconds in stages.items():
        profile.add_row(name, f"{seconds:.2f}", f"{seconds / total:.1%}")
    for lib, seconds in libs.items():
        profile.add_row(f"  of which {lib}", f"{seconds:.2f}", f"{seconds / total:.1%}")
    model_share = sum(
        s for n, s in stages.items() if not n.startswith("claimx_") and n != "record + JSON"
    )
    profile.add_row("model total", f"{model_share:.2f}", f"{model_share / total:.1%}")
    profile.add_row(
        "claimx on top", f"{total - model_share:.2f}", f"{(total - model_share) / total:.1%}"
    )
    console.print(profile)
    console.print(first_record_table(rows, tmp, model, args.repeat))
    if args.only is None:
        archive_bench(console, args.corpus or [args.eval_dir / n for n in CORPORA], args, model)
    return 0


def timed_runs(cmds: dict[str, list[str]], repeat: int, fresh: Path | None = None) -> dict:
    """Median wall seconds of each command, the commands interleaved run by run so that
    the machine's load weighs on each alike; ``fresh`` is emptied before every run."""
    times: dict[str, list[float]] = {name: [] for name in cmds}
    for _ in range(repeat):
        for name, cmd in cmds.items():
            if fresh is not None:
                shutil.rmtree(fresh, ignore_errors=True)
            times[name].append(run_child(cmd)[0])
    return {name: statistics.median(t) for name, t in times.items()}


def write_warc_corpus(rows: list[dict], path: Path) -> None:
    """The articles as news pages in a WARC file (see tests/warcs.py)."""
    sys.path.insert(0, str(ROOT))
    from tests.warcs import news_page, warc_record, write_warc

    records = []
    for i, row in enumerate(rows):
        uri = f"https://news.example.org/{i}"
        text = row["text"].strip()
        title = row.get("title") or text.partition("\n")[0][:100]
        date = next((str(row[k])[:10] for k in DATE_KEYS if row.get(k)), None)
        records.append(warc_record(uri, b"", record_type="request"))
        records.append(warc_record(uri, news_page(title, text, date=date)))
    write_warc(path, records)


def archive_bench(console: Any, paths: list[Path], args: Any, model: str) -> None:
    """--dask local:2 vs --workers 2 on a larger corpus; WARC vs JSONL in one process."""
    from rich.table import Table

    tmp = Path(tempfile.mkdtemp(prefix="claimx-bench-archive-"))
    table = Table(title=f"archive scale (median of {args.repeat} runs)")
    for col in ("measure", "claimx", "vs", "ratio"):
        table.add_column(col, justify="right" if col != "measure" else "left")
    try:
        if args.only in (None, "archive", "dask"):
            dask_rows(table, load_corpus(paths, args.archive_articles), tmp, args, model)
        if args.only in (None, "archive", "warc"):
            warc_row(table, load_corpus(paths, args.articles), tmp, args, model)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    console.print(table)


def dask_rows(table: Any, rows: list[dict], tmp: Path, args: Any, model: str) -> None:
    """The corpus through ``--dask local:2`` and ``--workers 2``; start-up on one article."""
    corpus, one = tmp / "corpus.jsonl", tmp / "one.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    one.write_text(json.dumps(rows[0]) + "\n", encoding="utf-8")
    base = [CLAIMX, "extract", "--model", model, "--quiet"]
    out_dir, shard_size = tmp / "shards", 50

    def cmds(path: Path) -> dict[str, list[str]]:
        return {
            "dask": [*base, str(path), "--dask", "local:2", "-o", str(out_dir)]
            + ["--shard-size", str(shard_size)],
            "workers": [*base, str(path), "--workers", "2", "-o", str(tmp / "w2.jsonl")],
        }

    start = timed_runs(cmds(one), args.repeat, fresh=out_dir)
    full = timed_runs(cmds(corpus), args.repeat, fresh=out_dir)
    n = len(rows)
    table.add_row(
        f"--dask local:2, articles/s ({n} articles, {-(-n // shard_size)} shards)",
        f"{n / full['dask']:.2f}",
        f"{n / full['workers']:.2f} (--workers 2)",
        f"{full['workers'] / full['dask']:.2f}",
    )
    table.add_row(
        "--dask local:2, start-up + one article, s",
        f"{start['dask']:.1f}",
        f"{start['workers']:.1f} (--workers 2)",
        f"{start['dask'] / start['workers']:.2f}",
    )


def warc_row(table: Any, rows: list[dict], tmp: Path, args: Any, model: str) -> None:
    """The articles as a WARC of news pages vs as JSON Lines, one process each."""
    base = [CLAIMX, "extract", "--model", model, "--quiet", "--workers", "1"]
    small = tmp / "small.jsonl"
    small.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    warc = tmp / "corpus.warc.gz"
    write_warc_corpus(rows, warc)
    one = {
        "jsonl": [*base, str(small), "-o", str(tmp / "j.jsonl")],
        "warc": [*base, str(warc), "-o", str(tmp / "warc.jsonl")],
    }
    single = timed_runs(one, args.repeat)
    m = len(rows)
    mib = warc.stat().st_size / 2**20
    table.add_row(
        f"WARC, --workers 1, articles/s ({m} pages, {mib:.1f} MiB)",
        f"{m / single['warc']:.2f}",
        f"{m / single['jsonl']:.2f} (JSONL)",
        f"{single['jsonl'] / single['warc']:.2f}",
    )


if __name__ == "__main__":
    sys.exit(main())
