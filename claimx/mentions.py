"""Where mentions lie: character indexes of place mentions, the neighbours of a name,
mentions removed at given characters. Imports no component."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from claimx.extensions import doc_text
from claimx.items import ActorItem
from claimx.lines import in_nonbody
from claimx.records import Place

#: words before a place that show it is one: "in Washington", "from Jordan"
LOCATIVE_WORDS = {
    "in", "at", "from", "to", "near", "into", "outside", "across", "toward", "towards",
    "via", "through", "around", "throughout", "inside", "within", "of",
}  # fmt: skip


def place_index(places: list[Place]) -> dict[int, Place]:
    """Map every character offset inside a place mention to its place."""
    index: dict[int, Place] = {}
    for place in places:
        for m in place.mentions:
            for i in range(m.start, m.end):
                index[i] = place
    return index


def place_of_span(index: dict[int, Place], span: Span) -> Place | None:
    """The place a span overlaps, if any."""
    for i in range(span.start_char, span.end_char):
        if i in index:
            return index[i]
    return None


def place_covering(index: dict[int, Place], span: Span) -> Place | None:
    """The place whose mentions cover the whole span ("Armenia"), not only a part of it
    ("Rochester" in "the Rochester Fire Department")."""
    text = doc_text(span.doc)
    inside = [index.get(i) for i in range(span.start_char, span.end_char) if not text[i].isspace()]
    if inside and all(p is not None and p is inside[0] for p in inside):
        return inside[0]
    return None


def nonbody_kind(doc: Doc, span: Span) -> str | None:
    return in_nonbody(doc, span.start_char, span.end_char)


def venue(span: Span) -> bool:
    """A place name after "at" or "in", or before a venue colon ("At Hove :"): the ground."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is not None and before.lower_ in {"at", "in"}) or (
        after is not None
        and after.text == ":"
        and (before is None or before.lower_ == "at" or "\n" in before.whitespace_)
    )


def remove_mentions_at(
    items: list[Any], chars: set[int], keep_inside: set[tuple[int, int]] | None = None
) -> list[Any]:
    """Drop mentions overlapping the given characters, and the items left without any;
    but keep those strictly inside one of the ``keep_inside`` spans."""
    keep_inside = keep_inside or set()

    def inside(m: Any) -> bool:
        return any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in keep_inside)

    kept = []
    for item in items:
        before = len(item.mentions)
        item.mentions[:] = [
            m
            for m in item.mentions
            if not any(i in chars for i in range(m.start, m.end)) or inside(m)
        ]
        if item.mentions or before == 0:
            kept.append(item)
    return kept


def person_names(people: list[ActorItem]) -> dict[str, ActorItem]:
    """Each person's full name and its first and last word, unless two people share it."""
    index: dict[str, ActorItem | None] = {}
    for actor in people:
        words = actor.name.split()
        forms = {actor.name} | ({words[0], words[-1]} if len(words) > 1 else set())
        for form in forms:
            if len(form) < 2 or not form[:1].isupper():
                continue
            index[form] = actor if index.get(form, actor) is actor else None
    return {form: actor for form, actor in index.items() if actor is not None}


def inside_name(span: Span) -> bool:
    """Whether a span continues a longer capitalized name ("Washington" in "Washington Post")."""
    if span.text.isupper():
        return False  # a line in capitals: every neighbour is capitalized
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(
        t is not None
        and t.text[:1].isupper()
        and t.is_alpha
        and not t.text.isupper()
        and not (t is before and t.is_sent_start)
        and not (t is after and t.is_sent_start)
        for t in (before, after)
    )
