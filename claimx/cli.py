"""The command line: parse options, call the library, map errors to exit codes.

Exit status: 0 all inputs processed, 1 some input gave an error record,
2 usage error (bad option, unknown model).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from claimx import __version__
from claimx.errors import ClaimxError, ModelNotFoundError, UsageError

app = typer.Typer(
    name="claimx",
    help="Turn English news articles into normalized JSON: actors, places, quantities, dates.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
stderr = Console(stderr=True)


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


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Article files (.txt, .jsonl) or - for stdin.")
    ],
    date: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY-MM-DD): the anchor for relative dates."),
    ] = None,
    date_field: Annotated[
        str | None, typer.Option(help="JSONL field holding each article's date.")
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            help="Installed spaCy pipeline to use (default: $CLAIMX_MODEL or the pinned one)."
        ),
    ] = None,
    output: Annotated[
        str,
        typer.Option("--output", "-o", help="Write records here instead of stdout (- = stdout)."),
    ] = "-",
    pretty: Annotated[bool, typer.Option(help="Indent the JSON (a single record only).")] = False,
    input_format: Annotated[
        str, typer.Option(help="auto (by file extension), txt or jsonl.")
    ] = "auto",
    include_text: Annotated[
        bool, typer.Option(help="Add the article text to each record, to check offsets.")
    ] = False,
) -> None:
    """Extract one record per article and write them as JSON (Lines) to stdout."""
    from claimx.api import extract_many, parse_date
    from claimx.io import FORMATS, RecordWriter, read_inputs
    from claimx.io import input_format as guess_format

    try:
        if input_format not in FORMATS:
            raise UsageError(f"--input-format must be one of {', '.join(FORMATS)}")
        ref = parse_date(date) if date else None
    except UsageError as err:
        stderr.print(f"[red]error:[/red] {err}")
        raise typer.Exit(2) from None
    single = len(paths) == 1 and guess_format(paths[0], input_format) == "txt"
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
    writer = RecordWriter(out, pretty=pretty and single)
    try:
        articles = read_inputs(paths, fmt=input_format, date=ref, date_field=date_field)
        for record in extract_many(articles, model=model, include_text=include_text):
            writer.write(record)
            error = getattr(record, "error", None)
            if error is not None:
                stderr.print(f"[red]error:[/red] {record.source}: {error.message} ({error.code})")
    except ModelNotFoundError as err:
        stderr.print(f"[red]error:[/red] {err}")
        raise typer.Exit(2) from None
    except ClaimxError as err:
        stderr.print(f"[red]error:[/red] {err}")
        raise typer.Exit(1) from None
    finally:
        if out is not sys.stdout:
            out.close()
    if writer.errors:
        raise typer.Exit(1)


@app.command("eval")
def eval_(
    task: Annotated[str, typer.Argument(help="dates, quantities, entities or places.")],
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
) -> None:
    """Score claimx on a gold file with the reference metrics."""
    from claimx.evaluation import evaluate, headline

    for path in (gold, predictions):
        if path is not None and not path.is_file():
            stderr.print(f"[red]error:[/red] no such file: {path}")
            raise typer.Exit(2)
    try:
        score = evaluate(task, gold, predictions=predictions, model=model)
    except ClaimxError as err:
        stderr.print(f"[red]error:[/red] {err}")
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(score.figures, indent=1))
    else:
        from rich.table import Table

        stderr.print(f"claimx eval {task} {gold}")
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


def main() -> None:
    """Entry point of the ``claimx`` script."""
    app()


if __name__ == "__main__":
    main()
