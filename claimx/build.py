"""Build the record from a processed Doc: number items, link them, add warnings."""

from __future__ import annotations

from spacy.tokens import Doc

from claimx.extensions import doc_text
from claimx.items import ActorItem
from claimx.records import (
    SCHEMA,
    Actor,
    Claim,
    Date,
    Place,
    Quantity,
    Record,
    ReferenceDate,
    SentenceSpan,
    Speaker,
    Warning,
)


def _first_start(mentions: list) -> int:
    return min((m.start for m in mentions), default=1 << 62)


def _number(value: int | float | None) -> int | float | None:
    """Integral floats as ints, so 100417 is written 100417, not 100417.0."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


#: how many unresolved items a warning names before "and N more"
MAX_NAMED = 10


def _listing(items: list[tuple[str, str]]) -> str:
    named = ", ".join(f"{id_} {text!r}" for id_, text in items[:MAX_NAMED])
    more = len(items) - MAX_NAMED
    return named + (f" and {more} more" if more > 0 else "")


def _unresolved(places: list[Place], dates: list[Date], anchored: bool) -> list[Warning]:
    """Warnings naming the places not found in the gazetteer and the dates with no value."""
    out = []
    lost = [(p.id, p.name) for p in places if p.lat is None and p.mentions and not p.country]
    placed = [(p.id, p.name) for p in places if p.lat is None and p.mentions and p.country]
    parts = [f"{_listing(lost)}: not in the gazetteer (no country or coordinates)"] if lost else []
    if placed:  # a country written after it: "NOVYE ATAGI, Russia"
        parts.append(
            f"{_listing(placed)}: not in the gazetteer (country from the text, no coordinates)"
        )
    if parts:
        out.append(Warning(code="unresolved_places", message="; ".join(parts)))
    # relative dates without an anchor are covered by no_reference_date
    vague = [(d.id, d.text) for d in dates if d.value is None and (anchored or not d.relative)]
    if vague:
        out.append(
            Warning(
                code="unresolved_dates",
                message=f"{_listing(vague)}: no TIMEX3 value could be given",
            )
        )
    return out


def _numbered_places(doc: Doc) -> list[Place]:
    """The places component's places and the actors' own, in order of first mention
    (those without mentions by name), numbered P1, P2, …"""
    found = [*(doc._.claimx_places or []), *(doc._.claimx_actor_places or [])]
    places: list[Place] = sorted(found, key=lambda p: (_first_start(p.mentions), p.name))
    for i, place in enumerate(places, 1):
        place.id = f"P{i}"
        place.mentions.sort(key=lambda m: m.start)
    return places


def _actor(item: ActorItem, actor_ids: dict[int, str]) -> Actor:
    """The record's actor for an item, its affiliation given as a place's or actor's id."""
    aff = item.affiliation
    affiliation = None
    if isinstance(aff, Place):
        affiliation = aff.id or None
    elif aff is not None:
        affiliation = actor_ids.get(id(aff))
    return Actor(
        id=actor_ids[id(item)],
        name=item.name,
        kind=item.kind,  # type: ignore[arg-type]
        titles=list(item.titles),
        affiliation=affiliation,
        mentions=sorted(item.mentions, key=lambda m: m.start),
    )


def _numbered_quantities(doc: Doc) -> list[Quantity]:
    """The quantities in text order, numbered Q1, Q2, …, integral values as ints."""
    quantities: list[Quantity] = sorted(
        doc._.claimx_quantities or [], key=lambda q: (q.start, q.end)
    )
    for i, q in enumerate(quantities, 1):
        q.id = f"Q{i}"
        q.value, q.low, q.high = _number(q.value), _number(q.low), _number(q.high)
    return quantities


def build_record(
    doc: Doc,
    *,
    record_id: str,
    source: str,
    title: str | None = None,
    published: str | None = None,
    reference_date: ReferenceDate | None = None,
    include_text: bool = False,
    warnings: list[Warning] | None = None,
) -> Record:
    """The record of one processed article."""
    places = _numbered_places(doc)
    items: list[ActorItem] = list(doc._.claimx_actors or [])
    actor_ids = {id(item): f"A{i}" for i, item in enumerate(items, 1)}
    actors = [_actor(item, actor_ids) for item in items]
    quantities = _numbered_quantities(doc)
    dates: list[Date] = sorted(doc._.claimx_dates or [], key=lambda d: (d.start, d.end))
    for i, d in enumerate(dates, 1):
        d.id = f"D{i}"

    claims = _claims(doc, actor_ids)

    all_warnings = list(warnings or []) + list(doc._.claimx_warnings or [])
    if reference_date is None and any(d.relative and d.value is None for d in dates):
        all_warnings.append(
            Warning(
                code="no_reference_date",
                message="no publication date given (--date or a date field): "
                "relative dates are left unresolved",
            )
        )

    all_warnings += _unresolved(places, dates, reference_date is not None)

    if title is None and doc._.claimx_title is not None:
        start, end = doc._.claimx_title
        title = doc_text(doc)[start:end]

    return Record(
        schema=SCHEMA,
        id=record_id,
        source=source,
        title=title,
        published=published,
        reference_date=reference_date,
        actors=actors,
        places=places,
        quantities=quantities,
        dates=dates,
        claims=claims,
        warnings=all_warnings,
        text=doc_text(doc) if include_text else None,
    )


def _claims(doc: Doc, actor_ids: dict[int, str]) -> list[Claim]:
    """Claims with ids; their links given as the ids of the linked items."""
    text = doc_text(doc)
    out = []
    for i, item in enumerate(doc._.claimx_claims or [], 1):
        speaker = None
        if item.speaker_span is not None:
            s, e = item.speaker_span
            actor = actor_ids.get(id(item.speaker)) if item.speaker is not None else None
            speaker = Speaker(actor=actor, text=text[s:e], start=s, end=e)
        out.append(
            Claim(
                id=f"C{i}",
                text=text[item.start : item.end],
                start=item.start,
                end=item.end,
                sentence=SentenceSpan(start=item.sentence[0], end=item.sentence[1]),
                kind=item.kind,
                cue=item.cue,
                cue_start=item.cue_span[0] if item.cue_span else None,
                cue_end=item.cue_span[1] if item.cue_span else None,
                speaker=speaker,
                actors=sorted(
                    {actor_ids[id(a)] for a in item.actors if id(a) in actor_ids}, key=_id_order
                ),
                places=sorted({p.id for p in item.places if p.id}, key=_id_order),
                quantities=sorted({q.id for q in item.quantities if q.id}, key=_id_order),
                dates=sorted({d.id for d in item.dates if d.id}, key=_id_order),
            )
        )
    return out


def _id_order(item_id: str) -> tuple[str, int]:
    return item_id[0], int(item_id[1:])
