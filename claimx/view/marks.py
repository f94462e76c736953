"""What the views draw, read from the record (the JSON dict users get): the marked
spans of the text, and the normalized value shown for each.

Both views (terminal and HTML) use these; nothing here knows how it is drawn.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

GEONAMES_URL = "https://www.geonames.org/{}"

#: Layers in drawing order: a span of an earlier layer is drawn before (around) a later
#: one starting at the same character.
LAYERS = ("claim", "speaker", "quantity", "actor", "place", "date")


@dataclass(frozen=True)
class Mark:
    """One marked span of the text: ``text[start:end]`` is an item's mention."""

    start: int
    end: int
    layer: str  # one of LAYERS
    id: str  # the item's id in the record: A3, P2, Q1, D4, C7
    tip: str  # the normalized value, in words, plain text (the views escape it)
    link: str | None = None  # the place on GeoNames


def number(value: Any) -> str:
    """A number as the record's JSON writes it; ``-`` for null."""
    return "-" if value is None else json.dumps(value)


def quantity_value(q: dict) -> str:
    """The value of a quantity: ``100417``, or its interval ``200-500`` when it has no
    single value or is a range."""
    if q["value"] is not None and q["bound"] != "range":
        return number(q["value"])
    if q["low"] is None and q["high"] is None:
        return "-"
    return f"{number(q['low'])}–{number(q['high'])}"


def date_interval(d: dict) -> str:
    """A date's interval as ``start – end`` (one day: that day), ``-`` without one."""
    interval = d.get("interval")
    if not interval:
        return "-"
    if interval["start"] == interval["end"]:
        return interval["start"]
    return f"{interval['start']} – {interval['end']}"


def place_where(p: dict) -> str:
    """Country and coordinates of a place, or that it is unresolved."""
    parts = [p["country"] or "no country"]
    if p["lat"] is not None and p["lon"] is not None:
        parts.append(f"{number(p['lat'])}, {number(p['lon'])}")
    else:
        parts.append("no coordinates")
    if p["geonames_id"] is not None:
        parts.append(f"GeoNames {p['geonames_id']}")
    return "; ".join(parts)


def speaker_text(claim: dict) -> str:
    """``the spokesperson → A5``; ``-`` for a claim without a speaker."""
    speaker = claim.get("speaker")
    if not speaker:
        return "-"
    return f"{speaker['text']} → {speaker['actor']}" if speaker["actor"] else speaker["text"]


def item_names(record: dict) -> dict[str, str]:
    """Names of the record's actors and places by id."""
    return {
        item["id"]: item["name"] for key in ("actors", "places") for item in record.get(key, [])
    }


def affiliation_text(actor: dict, names: dict[str, str]) -> str:
    """``P2 Armenia``; ``-`` for none."""
    ref = actor["affiliation"]
    if ref is None:
        return "-"
    return f"{ref} {names[ref]}" if ref in names else ref


def _actor_tip(a: dict, names: dict[str, str]) -> str:
    tip = f"{a['id']} {a['name']}: {a['kind']}"
    if a["titles"]:
        tip += "; " + ", ".join(a["titles"])
    if a["affiliation"]:
        tip += "; affiliation " + affiliation_text(a, names)
    return tip


def _place_tip(p: dict) -> str:
    return f"{p['id']} {p['name']}: {p['kind']}; {place_where(p)}"


def _quantity_tip(q: dict) -> str:
    tip = f"{q['id']} {q['bound']} {quantity_value(q)}"
    if q["unit"]:
        tip += f" {q['unit']}"
    tip += f"; {q['kind']}"
    if q["counted"]:
        tip += f"; counted {q['counted']}"
    if q["change"]:
        tip += f"; change {q['change']}"
    return tip


def _date_tip(d: dict) -> str:
    tip = f"{d['id']} {d['type']} {d['value'] or 'unresolved'}"
    if d.get("interval"):
        tip += f" ({date_interval(d)})"
    if d.get("bound"):
        tip += f"; {d['bound']}"
    return tip


def _claim_tip(c: dict) -> str:
    tip = f"{c['id']} {c['kind']}"
    if c["cue"]:
        tip += f", cue {c['cue']}"
    return tip + f"; speaker {speaker_text(c)}"


def _mentions(
    key: str, layer: str, tip: Callable[[dict], str], link: Callable[[dict], str | None]
) -> Callable[[dict], Iterator[Mark]]:
    def marks(record: dict) -> Iterator[Mark]:
        for item in record.get(key, []):
            spans = item["mentions"] if "mentions" in item else [item]
            for span in spans:
                yield Mark(span["start"], span["end"], layer, item["id"], tip(item), link(item))

    return marks


def geonames_url(p: dict) -> str | None:
    """The place's page on GeoNames, or None when it has no GeoNames id."""
    return GEONAMES_URL.format(int(p["geonames_id"])) if p["geonames_id"] is not None else None


def _speakers(record: dict) -> Iterator[Mark]:
    for c in record.get("claims", []):
        speaker = c.get("speaker")
        if speaker and speaker["start"] is not None:
            tip = f"speaker of {c['id']}: {speaker_text(c)}"
            yield Mark(speaker["start"], speaker["end"], "speaker", c["id"], tip)


def _no_link(item: dict) -> None:
    return None


def marks(record: dict) -> list[Mark]:
    """Every marked span of a record, in text order (longer spans first, then by layer)."""
    names = item_names(record)
    sources = (
        _mentions("claims", "claim", _claim_tip, _no_link),
        _speakers,
        _mentions("quantities", "quantity", _quantity_tip, _no_link),
        _mentions("actors", "actor", lambda a: _actor_tip(a, names), _no_link),
        _mentions("places", "place", _place_tip, geonames_url),
        _mentions("dates", "date", _date_tip, _no_link),
    )
    found = [mark for source in sources for mark in source(record)]
    order = {layer: i for i, layer in enumerate(LAYERS)}
    return sorted(found, key=lambda m: (m.start, -m.end, order[m.layer]))
