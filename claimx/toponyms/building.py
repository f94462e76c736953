"""The place records of a document: each real place once, with all its mentions."""

from __future__ import annotations

import re

import msgspec
from spacy.tokens import Doc

from claimx.extensions import doc_text
from claimx.gazetteer import Gazetteer, PlaceInfo, get_gazetteer
from claimx.lexicon import is_body_word
from claimx.records import Mention, Place
from claimx.streets import street_words
from claimx.toponyms.assets import (
    COUNTY_RE,
    FACILITY_WORDS_RE,
    GENERIC_FACILITY_RE,
    UNKNOWN_KIND_BY_LABEL,
)
from claimx.toponyms.candidates import find_candidates
from claimx.toponyms.context import document_context
from claimx.toponyms.evidence import (
    _adjective,
    _body_word_place,
    _function_word,
    _opening_plural,
    _title_text,
    _written_as_place,
)
from claimx.toponyms.readings import choose_readings, keep_relabeled, resolve, short_forms
from claimx.toponyms.spans import Candidate, area_base


def place_record(
    gaz: Gazetteer, cand: Candidate, info: PlaceInfo | None, surface: str
) -> tuple[tuple[object, ...], Place]:
    """The place (without mentions) a resolved mention names, and its key: mentions with
    one key are one place."""
    if cand.label == "FAC" and FACILITY_WORDS_RE.search(surface) and not COUNTY_RE.search(surface):
        info = None  # "the Hakari Bridge", "White House": not the town of that name
    if info is not None and area_base(gaz, surface):
        # "Northeast Georgia", "South Philadelphia": an area of a known place, located there
        return ("area", surface.lower(), info.key), Place(
            id="",
            name=surface,
            kind="area",
            country=info.country,
            geonames_id=None,
            lat=info.lat,
            lon=info.lon,
            mentions=[],
        )
    if info is not None:
        return info.key, Place(
            id="",
            name=info.name,
            kind=info.kind,
            country=info.country,
            geonames_id=info.geonames_id,
            lat=info.lat,
            lon=info.lon,
            mentions=[],
        )
    kind = UNKNOWN_KIND_BY_LABEL.get(cand.label, "unknown")
    return ("text", kind, surface.lower()), Place(
        id="",
        name=surface,
        kind=kind,
        country=_hinted_country(cand),
        geonames_id=None,
        lat=None,
        lon=None,
        mentions=[],
    )


def _hinted_country(cand: Candidate) -> str | None:
    """The country of a place the gazetteer lacks, from the state or country written right
    after it ("NOVYE ATAGI, Russia": RU; "Smallville, Kansas": US)."""
    return next((key for key in cand.hint if len(key) == 2 and key.isalpha()), None)


def _own_places(
    doc: Doc, candidates: list[Candidate], infos: list[PlaceInfo | None]
) -> dict[str, PlaceInfo]:
    """The located places the document names by themselves, by their text."""
    text = doc_text(doc)
    return {
        text[c.start : c.end]: info
        for c, info in zip(candidates, infos, strict=True)
        if info is not None and info.lat is not None and c.label != "FAC"
    }


def located_by_name(place: Place, surface: str, own: dict[str, PlaceInfo]) -> Place:
    """An unknown place named after a place the document names by itself lies there: "the
    Dublin Art Stroll" beside "Dublin", "the Best Western DeKalb Inn" beside "DeKalb". Not a
    street: "Chesterton Road" runs through Cambridge, far from any Chesterton."""
    words = list(re.finditer(r"\S+", surface))
    streets = street_words()
    tail = [w.group() for w in words if w.group() not in streets.directions]
    if tail and (tail[-1] in streets.named or tail[-1] in streets.addressed):
        return place
    n = len(words)
    for length in range(n - 1, 0, -1):
        for i in range(n - length + 1):
            name = surface[words[i].start() : words[i + length - 1].end()]
            info = own.get(name)
            if info is not None:
                return msgspec.structs.replace(
                    place, country=info.country, lat=info.lat, lon=info.lon
                )
    return place


def _unknown_words(
    doc: Doc, candidates: list[Candidate], infos: list[PlaceInfo | None]
) -> set[str]:
    """One-word names the model calls places that the gazetteer does not know and the text
    never writes as places ("Petrova said", "a lease with Titan"): no places. A name shown
    as one at any occurrence ("the village of Prisi") is one at all."""
    text = doc_text(doc)
    words: set[str] = set()
    shown: set[str] = set()
    for cand, info in zip(candidates, infos, strict=True):
        surface = text[cand.start : cand.end]
        if info is not None or cand.label != "GPE" or not _title_text(surface):
            continue
        words.add(surface)
        if surface not in shown and _written_as_place(doc, cand):
            shown.add(surface)
    return words - shown


def build_places(doc: Doc, gaz: Gazetteer | None = None) -> list[Place]:
    """Every place of the document once, with all its mentions, in order of first mention."""
    gaz = gaz or get_gazetteer()
    candidates = find_candidates(doc, gaz)
    # names only the gazetteer calls places vote apart: they name a state only among themselves
    sure = document_context(doc, gaz, [c for c in candidates if not c.relabeled])
    site = gaz.site_country(doc._.claimx_source)
    if site is not None and site.country:
        sure.add(site.country)  # a story on a ".ca" site is likely Canada's ("London")
    context = sure | document_context(doc, gaz, [c for c in candidates if c.relabeled])
    chosen = short_forms(gaz, choose_readings(doc, gaz, candidates, context))
    infos: list[PlaceInfo | None] = []
    kept: set[str] = set()  # names that are places at one occurrence are at every one
    for cand in candidates:
        surface = doc_text(doc)[cand.start : cand.end]
        if cand.fixed is not None:
            info = cand.fixed
        elif cand.hint:
            info = resolve(gaz, surface, cand.hint, context)
        else:
            info = chosen.get(surface)
        infos.append(info)
        if cand.label != "FAC" and keep_relabeled(cand, info, surface, sure):
            kept.add(surface)  # a facility's name does not vouch for the word elsewhere
    unknown = _unknown_words(doc, candidates, infos)
    own = _own_places(doc, candidates, infos)
    places: dict[tuple[object, ...], Place] = {}
    for cand, info in zip(candidates, infos, strict=True):
        surface = doc_text(doc)[cand.start : cand.end]
        if cand.relabeled and surface not in kept or surface in unknown:
            continue
        if is_body_word(surface) and not _body_word_place(doc, cand, info, context):
            continue  # "Congress passed the bill": the body, not the town of that name
        if _function_word(doc, cand):
            continue  # "Stealth Over Health", "“Many schools": not the towns of Over, Many
        if _adjective(doc, cand):
            continue  # "the Olympic champion": not the town of Olympic
        if info is None and _opening_plural(doc, cand):
            continue  # "Shells had smashed roofs": a common noun opening a sentence
        if info is None and GENERIC_FACILITY_RE.fullmatch(surface):
            continue  # "at City Hall": a kind of building, no name
        key, place = place_record(gaz, cand, info, surface)
        if info is None:
            place = located_by_name(place, surface, own)
        mention = Mention(text=surface, start=cand.start, end=cand.end)
        places.setdefault(key, place).mentions.append(mention)
    return list(places.values())
