"""Titles and affiliations around a name: "Armenian Prime Minister X", "a former separatist
official, X"."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from claimx.items import ActorItem
from claimx.lexicon import gazetteer, title_before, without_article, word_lists
from claimx.mentions import place_index, place_of_span
from claimx.records import Place

MODIFIER_DEPS = {"det", "amod", "compound", "poss", "case", "nmod", "npadvmod", "advmod"}


def place_for_country(doc: Doc, code: str, fallback: Any = None) -> Place | None:
    """The doc's place for an ISO country code; when the places component found none, one
    without mentions, kept with the actors' own places (``doc._.claimx_actor_places``)."""
    own: list[Place] = doc._.claimx_actor_places
    for place in [*(doc._.claimx_places or ()), *own]:
        if place.kind == "country" and place.country == code:
            return place
    if fallback is None:
        return None
    place = Place(
        id="",
        name=fallback.name,
        kind="country",
        country=code,
        geonames_id=fallback.geonames_id,
        lat=fallback.lat,
        lon=fallback.lon,
        mentions=[],
    )
    own.append(place)
    return place


def demonym_place(doc: Doc, word: str) -> Place | None:
    """The place a demonym ("Armenian", "Armenians") names, as a place of the doc."""
    info = gazetteer().demonym(word)
    if info is None or not info.country:
        return None
    return place_for_country(doc, info.country, info)


def noun_phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``: its modifiers and prepositional objects,
    without relative clauses, appositions or anything after a comma."""
    doc = token.doc
    left = token.i
    for child in token.lefts:
        if child.dep_ in MODIFIER_DEPS or child.dep_ == "nummod":
            left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "to", "at", "in", "with"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                right = max(right, max(_np_right(o) for o in objects))
        elif child.dep_ in {"compound", "amod"}:
            right = max(right, child.right_edge.i)
        else:
            break
    return doc[left : right + 1]


def _np_right(token: Token) -> int:
    right = token.i
    for child in token.rights:
        if child.dep_ in {"compound", "appos", "prep"} and not child.is_punct:
            if child.dep_ == "appos":
                continue
            right = max(right, child.right_edge.i)
        elif child.dep_ == "punct":
            break
    return right


def appositive_title(span: Span) -> Span | None:
    """A role noun phrase in apposition to a name ("a former separatist official, X")."""
    root = span.root
    candidates = []
    if root.dep_ == "appos":
        candidates.append(root.head)
    candidates.extend(c for c in root.children if c.dep_ == "appos")
    roles = word_lists()["role_nouns"] | {t[-1] for t in word_lists()["titles"]}
    for cand in candidates:
        if cand.pos_ == "NOUN" and cand.lower_ in roles:
            phrase = noun_phrase(cand)
            phrase = without_article(phrase)
            if phrase.start <= root.i < phrase.end:
                continue
            return phrase
    return None


def affiliation_from_modifiers(
    doc: Doc, phrase: Span, exclude: Token, pindex: dict[int, Place]
) -> Place | None:
    """A demonym or possessive place inside a phrase ("Armenian", "Italy's", "the country's");
    ``pindex`` is the Doc's place index (``place_index``), built once for all its phrases."""
    for token in phrase:
        if token == exclude:
            continue
        if token.text[:1].isupper():
            place = demonym_place(doc, token.text)
            if place is not None:
                return place
        place = pindex.get(token.idx)
        if place is not None:
            return place
        if token.lower_ == "country" and any(c.tag_ == "POS" for c in token.children):
            return last_country_before(doc, phrase.start_char)
    return None


def last_country_before(doc: Doc, offset: int) -> Place | None:
    """The country mentioned last before an offset ("the country's foreign ministry")."""
    best: tuple[int, Place] | None = None
    for place in doc._.claimx_places or []:
        if place.kind != "country":
            continue
        for m in place.mentions:
            if m.end <= offset and (best is None or m.start > best[0]):
                best = (m.start, place)
    return best[1] if best else None


def attach_titles(
    doc: Doc, people: list[ActorItem], only: set[tuple[int, int]] | None = None
) -> None:
    """Titles and affiliations read around each person's mentions (those at ``only``, if
    given)."""
    pindex = place_index(doc._.claimx_places or [])
    for actor in people:
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end)
            if span is None or only is not None and (m.start, m.end) not in only:
                continue
            title, before = title_before(span)
            if title is not None:
                actor.add_title(title.text)
                if actor.affiliation is None and before is not None:
                    actor.affiliation = _place_for_span(doc, before, pindex)
            appos = appositive_title(span) if title is None else None
            if appos is not None:
                actor.add_title(appos.text)
                if actor.affiliation is None:
                    actor.affiliation = affiliation_from_modifiers(doc, appos, appos.root, pindex)


def _place_for_span(doc: Doc, span: Span, pindex: dict[int, Place]) -> Place | None:
    place = place_of_span(pindex, span)
    return place if place is not None else demonym_place(doc, span.text)
