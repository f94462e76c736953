"""A place mention before resolution: its span, the state written after it, the known
place a part or a bare county name stands for."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from claimx.extensions import doc_text, token_bounds
from claimx.gazetteer import Gazetteer, PlaceInfo
from claimx.toponyms.assets import (
    _AREA_RE,
    _GLUED_RE,
    _LEADING_RE,
    _LEADING_THE_RE,
    _STATE_AFTER_RE,
    _TRAILING_DATE_SCORE_RE,
    _TRAILING_RE,
    GENERIC_NAMES,
    MISLABELS,
    PLACE_LABELS,
    RELABEL_KINDS,
)


@dataclass(slots=True)
class Candidate:
    """A place mention before resolution."""

    start: int
    end: int
    label: str
    # state or country named right after the mention ("Paris, Texas"), as context keys
    hint: tuple[str, ...] = ()
    # a PERSON/ORG/NORP entity taken as a place on the gazetteer's word
    relabeled: bool = False
    # written as places are: "in Gainesville", "of Berea", "a Camarillo resident", "Becker,
    # Clay and Douglas" (see place_evidence)
    evidence: bool = False
    # settled before resolution: a state's postal code after a party letter ("(R-IN)")
    fixed: PlaceInfo | None = None


def clean_span(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` that can be a place mention: split at line breaks,
    without a leading "the", quotes or a trailing possessive."""
    out = []
    pos = start
    for piece in text[start:end].split("\n"):
        s, e = pos, pos + len(piece)
        pos = e + 1
        chunk = text[s:e]
        lead = _LEADING_RE.match(chunk)
        if lead:
            s += lead.end()
        the = _LEADING_THE_RE.match(text[s:e])
        if the:
            s += the.end()
        glued = _TRAILING_DATE_SCORE_RE.search(text[s:e])
        if glued and glued.start() > 0:
            e = s + glued.start()
        trail = _TRAILING_RE.search(text[s:e])
        if trail and trail.start() > 0:
            # keep the period of an abbreviation ("U.S.", "Calif.", "D.C.")
            kept = text[s : s + trail.start()]
            e = s + trail.start()
            if text[e : e + 1] == "." and re.search(r"(?:^|[.\s])[A-Z][a-z]{0,4}$", kept):
                e += 1
        elif trail:
            continue
        if e > s:
            out.append((s, e))
    return out


def accept_entity(gaz: Gazetteer, text: str, label: str) -> bool:
    """Whether an entity of ``label`` with this text is a place mention."""
    if text.lower() in GENERIC_NAMES or not any(ch.isupper() for ch in text):
        return False
    if gaz.is_demonym(text):
        info = gaz.lookup(text)
        if info is None or info.kind not in ("country", "region"):
            return False  # "Canadian" is a people, not the town in Texas
    if label in PLACE_LABELS:
        return True
    if label not in MISLABELS:
        return False
    info = gaz.lookup(text)
    return info is not None and info.kind in RELABEL_KINDS and info.lat is not None


def hint_match(
    gaz: Gazetteer, text: str, end: int, place: str = ""
) -> tuple[tuple[str, ...], tuple[int, int], PlaceInfo] | None:
    """The state, province or country written right after a place ("Dublin, Ohio";
    "Hamilton, Ont."; "Paris, France"): its context keys, its span and its entry.

    Where the name is both a state and a country ("TBILISI, Georgia"), the one that holds a
    place called ``place`` wins.
    """
    match = _STATE_AFTER_RE.match(text, end)
    if not match:
        return None
    # try the longest prefix first: "West Virginia" before "West"
    words = list(re.finditer(r"\S+", match.group(1)))
    for n in range(len(words), 0, -1):
        name = " ".join(w.group() for w in words[:n])
        span = (match.start(1), match.start(1) + words[n - 1].end())
        found: list[tuple[tuple[str, ...], tuple[int, int], PlaceInfo]] = []
        region = gaz.region(name)
        if region is not None and region.country and region.region_key:
            found.append(((region.country, region.region_key), span, region))
        for info in gaz.candidates(name):
            if info.kind == "country" and info.country:
                found.append(((info.country,), span, info))
        if not found and (info := gaz.lookup(name)) is not None:
            if info.kind == "country" and info.country:
                found.append(((info.country,), span, info))  # "U.S.", "UK"
        if found:
            towns = gaz.candidates(place) if place else []
            return next((f for f in found if any(_matches(t, f[0]) for t in towns)), found[0])
    return None


def state_hint(gaz: Gazetteer, text: str, end: int, start: int | None = None) -> tuple[str, ...]:
    """Context keys of a state, province or country written right after the place at
    ``start:end`` ("Dublin, Ohio"; "Hamilton, Ont."; "Paris, France")."""
    found = hint_match(gaz, text, end, text[start:end] if start is not None else "")
    return found[0] if found else ()


def glued_end(doc: Doc, gaz: Gazetteer, start: int, end: int) -> int:
    """Where a place name ends that the model cut at a hyphen ("Weston" of "Weston-super-Mare",
    "Stratford" of "Stratford-upon-Avon"): the end of the longest run of words glued on with
    hyphens that the gazetteer knows with the name, else ``end``."""
    text = doc_text(doc)
    glued = _GLUED_RE.match(text, end)
    if glued is None:
        return end
    ends = token_bounds(doc)[1]
    best = end
    for part in re.finditer(r"-[A-Za-z]+", glued.group()):
        stop = end + part.end()
        if stop in ends and gaz.lookup(text[start:stop]) is not None:
            best = stop
    return best


def area_base(gaz: Gazetteer, surface: str) -> str | None:
    """The known place an unknown name is a part of ("Northeast Georgia" -> "Georgia",
    "City of Norfolk" -> "Norfolk"), else None."""
    match = _AREA_RE.match(surface)
    if match is None or gaz.lookup(surface) is not None:
        return None
    base = next(group for group in match.groups() if group)
    return base if gaz.lookup(base) is not None else None


def county_base(gaz: Gazetteer, surface: str) -> str | None:
    """The county an unknown bare name stands for ("D-McDowell" -> "McDowell County"),
    else None."""
    if gaz.lookup(surface) is not None or not surface[:1].isupper():
        return None
    county = f"{surface} County"
    return county if gaz.lookup(county) is not None else None


def _matches(place: PlaceInfo, hint: tuple[str, ...]) -> bool:
    # "Hamilton, Ont." is the Hamilton in Ontario; "Hamilton, Canada" any Canadian one
    if place.region_key and any("-" in key for key in hint):
        return place.region_key in hint
    return place.country in hint
