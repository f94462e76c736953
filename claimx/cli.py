"""The command line: parse options, call the library, map errors to exit codes.

Exit status: 0 all inputs processed, 1 some input gave an error record,
2 usage error (bad option, unknown model), 130 interrupted (Ctrl-C), 141 the reader
of stdout went away (``| head``), as for other tools ended by SIGPIPE.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from claimx import __version__
from claimx.errors import ClaimxError, ModelNotFoundError, UsageError

if TYPE_CHECKING:
    from claimx.batch import Summary
    from claimx.records import ErrorRecord, Record

app = typer.Typer(
    name="claimx",
    help="Turn English news articles into normalized JSON: actors, places, quantities, dates.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)


class _Stderr(Console):
    """The console for messages; when stderr is a closed pipe too (``2>&1 | head``),
    messages are dropped and claimx ends as it would have (rich would exit 1)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stderr.fileno())
        os.close(devnull)


# soft_wrap: a message is one line, however long, so logs stay greppable
stderr = _Stderr(stderr=True, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        print(f"claimx {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """claimx: structured, checkable data from news articles."""


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# extract's options, one alias each, so the command's signature reads as a list
Paths = Annotated[
    list[str],
    typer.Argument(help="Article files (.txt, .html, .jsonl, .json), folders, or - for stdin."),
]
DateOpt = Annotated[
    str | None, typer.Option(help="Publication date (YYYY-MM-DD): the anchor for relative dates.")
]
DateFieldOpt = Annotated[str | None, typer.Option(help="JSONL field holding each article's date.")]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        help="Installed spaCy pipeline to use (default: $CLAIMX_MODEL or the pinned one)."
    ),
]
OutputOpt = Annotated[
    str, typer.Option("--output", "-o", help="Write records here instead of stdout (- = stdout).")
]
PrettyOpt = Annotated[bool, typer.Option(help="Indent the JSON (a single record only).")]
FormatOpt = Annotated[
    str, typer.Option(help="auto (by file extension), txt, html, jsonl, json or warc.")
]
IncludeTextOpt = Annotated[
    bool, typer.Option(help="Add the article text to each record, to check offsets.")
]
GlobOpt = Annotated[
    str | None, typer.Option(help="Only files matching this pattern in folders, e.g. '*.txt'.")
]
ResumeOpt = Annotated[
    bool, typer.Option(help="Skip inputs already in --output and append the others.")
]
WorkersOpt = Annotated[
    int | None, typer.Option(min=1, help="Processes to run (default: the machine's cores).")
]
MaxCharsOpt = Annotated[
    int | None,
    typer.Option(min=1, help="Longest article accepted (default 5,000,000); longer: too_large."),
]
FailFastOpt = Annotated[
    bool, typer.Option(help="Stop at the first input that gives an error record.")
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")
]
DaskOpt = Annotated[
    str | None,
    typer.Option(
        help="Run on the Dask scheduler at this address, or local[:N] for a local "
        "cluster of N processes; writes -o OUT_DIR/<shard>.jsonl."
    ),
]
ShardSizeOpt = Annotated[
    int, typer.Option(min=1, help="With --dask: articles per shard of a large JSONL/WARC file.")
]


@app.command()
def extract(
    paths: Paths,
    date: DateOpt = None,
    date_field: DateFieldOpt = None,
    model: ModelOpt = None,
    output: OutputOpt = "-",
    pretty: PrettyOpt = False,
    input_format: FormatOpt = "auto",
    include_text: IncludeTextOpt = False,
    glob: GlobOpt = None,
    resume: ResumeOpt = False,
    workers: WorkersOpt = None,
    max_chars: MaxCharsOpt = None,
    fail_fast: FailFastOpt = False,
    quiet: QuietOpt = False,
    dask: DaskOpt = None,
    shard_size: ShardSizeOpt = 1000,
) -> None:
    """Extract one record per article and write them as JSON (Lines) to stdout."""
    from claimx.api import MAX_CHARS
    from claimx.batch import Summary

    if dask is not None:
        from claimx.distributed import Options

        if fail_fast:
            _fail("--fail-fast does not apply to --dask")
        options = Options(None, date_field, model, include_text, max_chars or MAX_CHARS)
        _extract_dask(paths, output, dask, input_format, glob, shard_size, date, options, quiet)
        return
    files, done, out = _open_run(paths, output, input_format, glob, resume, quiet)
    summary = Summary()
    progress = _progress(len(files), quiet)
    on_record, on_file = _file_callbacks(progress, summary, len(files))

    def work() -> None:
        from claimx.api import parse_date
        from claimx.batch import run
        from claimx.io import input_format as guess_format

        single = len(paths) == 1 and files == paths
        run(
            files,
            out,
            fmt=input_format,
            date=parse_date(date) if date else None,
            date_field=date_field,
            model=model,
            include_text=include_text,
            workers=workers or _cores(),
            max_chars=max_chars or MAX_CHARS,
            fail_fast=fail_fast,
            pretty=pretty and single and guess_format(paths[0], input_format) in ("txt", "html"),
            done=done,
            on_record=on_record,
            on_file=on_file,
            summary=summary,
        )

    try:
        status = _exit_status(work, progress)
    finally:
        if out is not sys.stdout:
            out.close()
    _finish(status, summary, quiet)


def _file_callbacks(
    progress: Progress | None, summary: Summary, total: int
) -> tuple[Callable[[Record | ErrorRecord], None], Callable[[str], None]]:
    """What a local run calls for each record (errors on stderr) and each file done."""
    task = progress.add_task("extract", total=total, articles=0, rate="") if progress else None

    def on_record(record: Record | ErrorRecord) -> None:
        error = getattr(record, "error", None)
        if error is not None:
            console = progress.console if progress else stderr
            console.print(
                f"[red]error:[/red] {escape(record.source)}: {escape(error.message)} ({error.code})"
            )
        if progress is not None:
            progress.update(task, articles=summary.done + summary.failed, rate=_rate(summary))

    def on_file(path: str) -> None:
        if progress is not None:
            progress.advance(task)

    return on_record, on_file


def _fail(message: str) -> NoReturn:
    """A usage error: one line on stderr, exit status 2."""
    stderr.print(f"[red]error:[/red] {escape(message)}")
    raise typer.Exit(2)


def _open_run(
    paths: list[str], output: str, input_format: str, glob: str | None, resume: bool, quiet: bool
) -> tuple[list[str], set[tuple[str, str]] | None, IO[str]]:
    """The files to read, the (source, id) pairs already done, and the output stream."""
    from claimx.batch import expand_paths, resume_keys
    from claimx.io import FORMATS

    def notice(message: str) -> None:
        if not quiet:
            stderr.print(f"[yellow]note:[/yellow] {escape(message)}")

    try:
        if input_format not in FORMATS:
            raise UsageError(f"--input-format must be one of {', '.join(FORMATS)}")
        if resume and output == "-":
            raise UsageError("--resume needs --output FILE (the file to resume)")
        files = list(expand_paths(paths, glob, notice))
        done = resume_keys(output) if resume else None
        if output == "-":
            return files, done, sys.stdout
        return files, done, open(output, "a" if resume else "w", encoding="utf-8")  # noqa: SIM115
    except UsageError as err:
        _fail(str(err))
    except OSError as err:
        _fail(f"cannot write {output}: {err.strerror}")


def _rate(summary: Summary) -> str:
    """Articles per second so far, for the progress bar."""
    elapsed = time.perf_counter() - summary.started
    return f"{(summary.done + summary.failed) / elapsed:.1f} articles/s" if elapsed > 0 else ""


def _exit_status(
    work: Callable[[], None], progress: Progress | None, *, os_errors_are_usage: bool = False
) -> int:
    """Run a batch under its progress bar; what it raises becomes the documented exit status."""
    try:
        if progress is not None:
            progress.start()
        work()
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _stdout_to_devnull()
        return 141
    except (ModelNotFoundError, UsageError) as err:
        stderr.print(f"[red]error:[/red] {escape(str(err))}")
        return 2
    except Exception as err:  # noqa: BLE001  (a bug must not dump an article in a traceback)
        if os_errors_are_usage and isinstance(err, OSError):
            stderr.print(f"[red]error:[/red] {escape(str(err))}")
            return 2
        message = f"{type(err).__name__}: {str(err)[:300]}"
        stderr.print(f"[red]error:[/red] internal error: {escape(message)}")
        return 1
    finally:
        if progress is not None:
            progress.stop()
    return 0


def _finish(status: int, summary: Summary, quiet: bool) -> None:
    """The summary line on stderr, then the exit status (1 when an input failed)."""
    if not quiet and status != 2:
        stderr.print(summary.line(), highlight=False)
    if status == 0 and summary.failed:
        status = 1
    if status:
        raise typer.Exit(status)


def _extract_dask(
    paths: list[str],
    output: str,
    address: str,
    input_format: str,
    glob: str | None,
    shard_size: int,
    date: str | None,
    options: Any,
    quiet: bool,
) -> None:
    """``extract --dask``: shards on a Dask cluster, one output file per shard."""
    import dataclasses

    from claimx import distributed
    from claimx.api import parse_date
    from claimx.batch import Summary
    from claimx.io import FORMATS

    def notice(message: str) -> None:
        if not quiet:
            (progress.console if progress else stderr).print(
                f"[yellow]note:[/yellow] {escape(message)}"
            )

    summary = Summary()
    progress = _progress(0, quiet, unit="shards")
    task = progress.add_task("extract", total=None, articles=0, rate="") if progress else None

    def on_plan(shards: list) -> None:
        if progress is not None:
            progress.update(task, total=len(shards))

    def on_shard(result: Any) -> None:
        if progress is not None:
            count = summary.done + summary.failed
            progress.update(task, advance=1, articles=count, rate=_rate(summary))

    def work() -> None:
        if input_format not in FORMATS:
            raise UsageError(f"--input-format must be one of {', '.join(FORMATS)}")
        if output == "-":
            raise UsageError("--dask needs --output OUT_DIR (a folder for the shard files)")
        run_options = dataclasses.replace(options, date=parse_date(date) if date else None)
        distributed.run(
            paths,
            output,
            address,
            fmt=input_format,
            pattern=glob,
            shard_size=shard_size,
            options=run_options,
            notice=notice,
            on_plan=on_plan,
            on_shard=on_shard,
            summary=summary,
        )

    _finish(_exit_status(work, progress, os_errors_are_usage=True), summary, quiet)


def _stdout_to_devnull() -> None:
    """After the reader of stdout has gone: send what is left to /dev/null, so the
    flush at exit does not fail again (the recipe in Python's ``signal`` docs)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _progress(files: int, quiet: bool, unit: str = "files") -> Progress | None:
    """A progress bar on stderr, or None when stderr is not a terminal or with --quiet."""
    if quiet or not stderr.is_terminal:
        return None
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(unit),
        TextColumn("{task.fields[articles]} articles"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=stderr,
        transient=True,
    )


@app.command()
def tables(
    records: Annotated[
        list[str], typer.Argument(help="claimx record files (JSON Lines), or - for stdin.")
    ],
    to: Annotated[str, typer.Option("--to", help="Folder to write the tables to (created).")],
    fmt: Annotated[
        str, typer.Option("--format", help="parquet (one file per table), csv or duckdb.")
    ] = "parquet",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary line.")] = False,
) -> None:
    """Write the records as tables for analysis: articles, actors, places, quantities,
    dates, claims, mentions and claim_links (error records are counted and left out)."""
    from claimx.tables import write_tables

    try:
        summary = write_tables(records, to, fmt=fmt)
    except UsageError as err:
        stderr.print(f"[red]error:[/red] {escape(str(err))}")
        raise typer.Exit(2) from None
    except ClaimxError as err:
        stderr.print(f"[red]error:[/red] {escape(str(err))}")
        raise typer.Exit(1) from None
    if not quiet:
        stderr.print(summary.line(), highlight=False)


@app.command("eval")
def eval_(
    task: Annotated[str, typer.Argument(help="dates, quantities, entities, places or claims.")],
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file.")],
    predictions: Annotated[
        Path | None, typer.Option(help="Score these records instead of running claimx.")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to run.")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the figures as JSON on stdout.")
    ] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="List false positives and misses with context.")
    ] = False,
    half: Annotated[
        str | None,
        typer.Option(help="Score one half only: tuning (read its errors) or checking (don't)."),
    ] = None,
) -> None:
    """Score claimx on a gold file with the reference metrics."""
    from claimx.evaluation import evaluate, headline

    for path in (gold, predictions):
        if path is not None and not path.is_file():
            stderr.print(f"[red]error:[/red] no such file: {path}")
            raise typer.Exit(2)
    try:
        score = evaluate(task, gold, predictions=predictions, model=model, half=half)
    except ClaimxError as err:
        stderr.print(f"[red]error:[/red] {err}")
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(score.figures, indent=1))
    else:
        from rich.table import Table

        stderr.print(f"claimx eval {task} {gold}" + (f" ({half} half)" if half else ""))
        table = Table()
        table.add_column("figure")
        table.add_column("value", justify="right")
        for name, value in headline(task, score.figures).items():
            table.add_row(name, "-" if value is None else f"{value:.4f}")
        stderr.print(table)
    if errors:
        for case in score.errors:
            stderr.print(
                f"{case.kind:15} {case.id} [{case.start}:{case.end}] {case.text!r}  {case.detail}",
                markup=False,
                highlight=False,
                soft_wrap=True,
            )


@app.command()
def schema() -> None:
    """Print the JSON Schema of the record."""
    from claimx.records import json_schema

    print(json.dumps(json_schema(), indent=2))


@app.command()
def show(
    article: Annotated[
        list[str],
        typer.Argument(
            help="An article (.txt, .html, .jsonl, .json, a folder, -), or a records file "
            "made with `claimx extract --include-text`."
        ),
    ],
    date: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY-MM-DD): the anchor for relative dates."),
    ] = None,
    model: Annotated[str | None, typer.Option(help="Installed spaCy pipeline to use.")] = None,
    html: Annotated[
        str | None,
        typer.Option(
            "--html", help="Write a standalone page here; DIR/ writes one per record + index.html."
        ),
    ] = None,
) -> None:
    """Show what claimx found: the text with every span marked, then the tables."""
    from claimx.api import parse_date
    from claimx.view import print_records, records_for, write_html
    from claimx.view.terminal import console

    def on_error(record: dict) -> None:
        error = record["error"]
        stderr.print(
            f"[red]error:[/red] {escape(record['source'])}: {escape(error['message'])} "
            f"({error['code']})"
        )

    try:
        records = records_for(article, date=parse_date(date), model=model)
        if html is None:
            failed = print_records(records, console(), on_error)
        else:
            written = write_html(records, html, on_error)
            failed = written.failed
            if written.pages:
                stderr.print(f"claimx: wrote {escape(written.summary())}", highlight=False)
    except (UsageError, ModelNotFoundError) as err:
        stderr.print(f"[red]error:[/red] {escape(str(err))}")
        raise typer.Exit(2) from None
    except OSError as err:
        stderr.print(f"[red]error:[/red] {escape(str(err))}")
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except Exception as err:  # noqa: BLE001  (a bug must not dump an article in a traceback)
        message = f"{type(err).__name__}: {str(err)[:300]}"
        stderr.print(f"[red]error:[/red] internal error: {escape(message)}")
        raise typer.Exit(1) from None
    if failed:
        raise typer.Exit(1)


def main() -> None:
    """Entry point of the ``claimx`` script."""
    app()


if __name__ == "__main__":
    main()
