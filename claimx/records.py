"""The record: the schema in code, and its deterministic JSON form.

Field order here is the key order of the JSON output. Components fill these
structs without ids; ``claimx.build`` numbers them in document order.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

SCHEMA = "claimx/1"

PlaceKind = Literal["country", "region", "city", "facility", "area", "unknown"]
ActorKind = Literal["person", "organization", "group", "role"]
Bound = Literal["exact", "approximately", "more_than", "at_least", "less_than", "at_most", "range"]
QuantityKind = Literal["count", "money", "percent", "measure", "ordinal", "age"]
Change = Literal["up", "down"]
DateType = Literal["date", "time", "duration", "set"]
ClaimKind = Literal["quote", "reported", "statement"]
DateOrigin = Literal["cli", "input", "text"]


class Mention(msgspec.Struct):
    text: str
    start: int
    end: int


class Place(msgspec.Struct):
    id: str
    name: str
    kind: PlaceKind
    country: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None
    mentions: list[Mention]


class Actor(msgspec.Struct):
    id: str
    name: str
    kind: ActorKind
    titles: list[str]
    affiliation: str | None
    mentions: list[Mention]


class Quantity(msgspec.Struct):
    id: str
    text: str
    start: int
    end: int
    value: int | float | None
    low: int | float | None
    high: int | float | None
    bound: Bound
    unit: str | None
    counted: str | None
    kind: QuantityKind
    change: Change | None


class Interval(msgspec.Struct):
    start: str
    end: str


class Date(msgspec.Struct):
    id: str
    text: str
    start: int
    end: int
    type: DateType
    value: str | None
    relative: bool
    interval: Interval | None
    bound: Bound | None = None


class Speaker(msgspec.Struct):
    actor: str | None
    text: str
    start: int | None
    end: int | None


class SentenceSpan(msgspec.Struct):
    start: int
    end: int


class Claim(msgspec.Struct):
    id: str
    text: str
    start: int
    end: int
    sentence: SentenceSpan
    kind: ClaimKind
    cue: str | None
    #: the cue's characters in the text ("said", "according to", ":"), to highlight it
    cue_start: int | None
    cue_end: int | None
    speaker: Speaker | None
    actors: list[str]
    places: list[str]
    quantities: list[str]
    dates: list[str]


class Warning(msgspec.Struct):
    code: str
    message: str


class ReferenceDate(msgspec.Struct):
    value: str
    origin: DateOrigin


class Record(msgspec.Struct, kw_only=True, omit_defaults=True):
    # No default: omit_defaults would drop it. Only the optional text is omitted.
    schema: Literal["claimx/1"]
    id: str
    source: str
    title: str | None
    published: str | None
    reference_date: ReferenceDate | None
    actors: list[Actor]
    places: list[Place]
    quantities: list[Quantity]
    dates: list[Date]
    claims: list[Claim]
    warnings: list[Warning]
    text: str | None = None


class ErrorInfo(msgspec.Struct):
    code: str
    message: str


class ErrorRecord(msgspec.Struct, kw_only=True):
    schema: str = SCHEMA
    source: str
    id: str | None
    error: ErrorInfo


_encoder = msgspec.json.Encoder()


def to_builtins(record: Record | ErrorRecord) -> dict[str, Any]:
    """The record as plain Python objects (key order as in the JSON)."""
    return msgspec.to_builtins(record)


def dumps(record: Record | ErrorRecord, *, pretty: bool = False) -> str:
    """Serialize a record to one line of JSON (or indented with ``pretty``).

    Key order is the struct field order, so equal records give equal bytes.
    """
    data = _encoder.encode(record)
    if pretty:
        data = msgspec.json.format(data, indent=2)
    return data.decode("utf-8")


def json_schema() -> dict[str, Any]:
    """JSON Schema of the record (and of the error record)."""
    _, components = msgspec.json.schema_components([Record, ErrorRecord])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "claimx record",
        "anyOf": [{"$ref": "#/$defs/Record"}, {"$ref": "#/$defs/ErrorRecord"}],
        "$defs": components,
    }
