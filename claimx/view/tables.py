"""The tables under the text: one per layer, plus the warnings, as plain strings.

A cell is a string, or a ``Link`` (the HTML view makes it a link, the terminal
shows its text).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from claimx.view.marks import (
    affiliation_text,
    date_interval,
    geonames_url,
    item_names,
    number,
    quantity_value,
    speaker_text,
)


@dataclass(frozen=True)
class Link:
    text: str
    url: str

    def __str__(self) -> str:
        return self.text


Cell = str | Link


@dataclass(frozen=True)
class Table:
    """A titled table; ``wide`` names the columns that take the spare width."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]] = field(default_factory=list)
    wide: tuple[str, ...] = ()


def _dash(value: str | None) -> str:
    return value if value else "-"


def _mentions(actor: dict) -> str:
    forms = list(dict.fromkeys(m["text"] for m in actor["mentions"]))
    return f"{len(actor['mentions'])}: " + "; ".join(forms) if forms else "0"


def _actor_rows(record: dict) -> list[tuple[Cell, ...]]:
    names = item_names(record)
    return [
        (
            a["id"],
            a["name"],
            a["kind"],
            _dash("; ".join(a["titles"])),
            affiliation_text(a, names),
            _mentions(a),
        )
        for a in record["actors"]
    ]


def _place_rows(record: dict) -> list[tuple[Cell, ...]]:
    rows: list[tuple[Cell, ...]] = []
    for p in record["places"]:
        link = geonames_url(p)
        geonames: Cell = Link(str(p["geonames_id"]), link) if link else "-"
        where = "-" if p["lat"] is None else f"{number(p['lat'])}, {number(p['lon'])}"
        rows.append((p["id"], p["name"], p["kind"], _dash(p["country"]), geonames, where))
    return rows


def _quantity_rows(record: dict) -> list[tuple[Cell, ...]]:
    return [
        (
            q["id"],
            q["text"],
            quantity_value(q),
            q["bound"],
            _dash(q["unit"]),
            _dash(q["counted"]),
            _dash(q["change"]),
        )
        for q in record["quantities"]
    ]


def _date_rows(record: dict) -> list[tuple[Cell, ...]]:
    return [
        (
            d["id"],
            d["text"],
            d["type"] + (f", {d['bound']}" if d.get("bound") else ""),
            _dash(d["value"]),
            date_interval(d),
        )
        for d in record["dates"]
    ]


def _claim_rows(record: dict) -> list[tuple[Cell, ...]]:
    return [
        (c["id"], c["kind"], speaker_text(c), _dash(c["cue"]), c["text"]) for c in record["claims"]
    ]


def _warning_rows(record: dict) -> list[tuple[Cell, ...]]:
    return [(w["code"], w["message"]) for w in record["warnings"]]


#: (key, title, columns, the columns that take spare width, rows)
TABLES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], Callable], ...] = (
    (
        "actors",
        "Actors",
        ("id", "name", "kind", "titles", "affiliation", "mentions"),
        ("name", "mentions"),
        _actor_rows,
    ),
    (
        "places",
        "Places",
        ("id", "name", "kind", "country", "GeoNames", "lat, lon"),
        ("name",),
        _place_rows,
    ),
    (
        "quantities",
        "Quantities",
        ("id", "text", "value", "bound", "unit", "counted", "change"),
        ("text", "counted"),
        _quantity_rows,
    ),
    (
        "dates",
        "Dates",
        ("id", "text", "type", "TIMEX3 value", "interval"),
        ("text",),
        _date_rows,
    ),
    (
        "claims",
        "Claims",
        ("id", "kind", "speaker → actor", "cue", "content"),
        ("speaker → actor", "content"),
        _claim_rows,
    ),
    ("warnings", "Warnings", ("code", "message"), ("message",), _warning_rows),
)


def tables(record: dict) -> list[Table]:
    """The record's tables, in the order of the record's fields."""
    return [
        Table(key, title, columns, rows(record), wide) for key, title, columns, wide, rows in TABLES
    ]


def counts(record: dict) -> dict[str, int]:
    """How many items of each layer (and warnings) a record holds."""
    return {key: len(record.get(key) or []) for key, *_ in TABLES}


def plural(n: int, word: str) -> str:
    """``2 claims``, ``1 claim``: ``word`` is the plural (as the layer names are)."""
    if n != 1:
        return f"{n} {word}"
    return f"{n} " + ("quantity" if word == "quantities" else word.removesuffix("s"))
