"""The terminal view: the article text with every span marked, then the tables.

Drawn with rich at most 80 columns wide. rich drops all styles when the output is
not a terminal (unless ``FORCE_COLOR`` is set) and colour when ``NO_COLOR`` is set;
underlines and bold (claims, speakers) stay then, and claim numbers are text.
"""

from __future__ import annotations

import os
import sys

from rich import box
from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table as RichTable
from rich.text import Text

from claimx.view.marks import marks
from claimx.view.tables import Table, counts, plural, tables

WIDTH = 80

#: The style of each layer in the text (drawn in LAYERS order, so a date inside a
#: claim is green and underlined).
STYLES = {
    "claim": "underline",
    "speaker": "bold",
    "quantity": "magenta",
    "actor": "cyan",
    "place": "yellow",
    "date": "green",
}
CLAIM_NUMBER = "bold reverse"


class ViewConsole(Console):
    """rich's Console, except that a closed pipe (``| head``) ends claimx quietly with
    status 0, as it does for ``extract`` (rich's default exits with 1)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(0)


def console(**kwargs) -> Console:
    """A console on stdout at most WIDTH columns wide (narrower when the terminal is)."""
    out = ViewConsole(highlight=False, **kwargs)
    out.width = min(out.width, WIDTH)
    return out


def marked_text(record: dict) -> Text:
    """The article text styled by layer, each claim's content preceded by its number."""
    body = Text(record["text"])
    for mark in marks(record):
        body.stylize(STYLES[mark.layer], mark.start, mark.end)
    numbers: dict[int, list[str]] = {}
    for claim in record["claims"]:
        numbers.setdefault(claim["start"], []).append(claim["id"])
    offsets = sorted(numbers)
    pieces = body.divide(offsets)
    out = Text()
    out.append_text(pieces[0])
    for offset, piece in zip(offsets, pieces[1:], strict=True):
        out.append(f"[{' '.join(numbers[offset])}]", CLAIM_NUMBER)
        out.append(" ")
        out.append_text(piece)
    out.rstrip()
    return out


def legend() -> Text:
    """One line naming each layer in its style."""
    out = Text()
    for layer, style in STYLES.items():
        out.append(layer, style)
        out.append("  ")
    out.append("[C1]", CLAIM_NUMBER)
    out.append(" claim number")
    return out


def header(record: dict) -> Text:
    """Title, source, id and reference date."""
    out = Text()
    out.append(record.get("title") or "(no title)", "bold")
    ref = record.get("reference_date")
    when = f"reference date {ref['value']} ({ref['origin']})" if ref else "no reference date"
    out.append(f"\n{record['source']} · id {record['id']}\n{when}")
    found = counts(record)
    out.append("\n" + ", ".join(plural(n, key) for key, n in found.items()))
    return out


def rich_table(table: Table) -> RichTable:
    """A layer's table for the terminal; cells are never cut short, only wrapped."""
    out = RichTable(
        title=f"{table.title} ({len(table.rows)})",
        title_justify="left",
        title_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1, 0, 0),
    )
    for name in table.columns:
        out.add_column(name, overflow="fold")
    for row in table.rows:
        # Text, not str: the record's words are never read as rich markup
        out.add_row(*(Text(str(cell)) for cell in row))
    return out


def view(record: dict) -> RenderableType:
    """The whole terminal view of one record (it must hold ``text``)."""
    parts: list[RenderableType] = [header(record), legend(), Rule(), marked_text(record), Rule()]
    parts += [rich_table(table) for table in tables(record) if table.rows]
    return Group(*parts)
