"""The reading of each name: scored readings, spatial coherence, a second look with the
context the other names lend, short forms."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from spacy.tokens import Doc

from claimx.embedded import municipal_names
from claimx.extensions import doc_text
from claimx.gazetteer import COUNTY_LEVEL, CURATED_PRIOR, Gazetteer, PlaceInfo, normalize
from claimx.toponyms.assets import (
    COHERENCE_RADIUS_KM,
    COHERENCE_WEIGHT,
    COUNTY_RE,
    KM_PER_DEGREE_LATITUDE,
    MAJOR_CITY_MARGIN,
    MAJOR_CITY_POPULATION,
    MAX_READINGS,
    MIN_SUPPORT_WEIGHT,
    RELABEL_MIN_CITY_POPULATION,
    SETTLED_WEIGHT,
    SHORT_FORM_RE,
    SUPPORT_SPREAD,
)
from claimx.toponyms.context import county_states, lent_context
from claimx.toponyms.spans import Candidate, _matches, area_base, county_base


def distance_km(a: PlaceInfo, b: PlaceInfo) -> float:
    """Great-circle distance between two located places."""
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def closeness(gaz: Gazetteer, a: PlaceInfo, b: PlaceInfo) -> float:
    """How strongly two readings support each other: 1 for the same spot or a town and its
    state or province, falling to 0 at COHERENCE_RADIUS_KM; countries and continents are too
    large to."""
    if a.kind == "country" or b.kind == "country" or a.country is None or b.country is None:
        return 0.0
    a_region, b_region = gaz.is_region(a), gaz.is_region(b)
    if a_region or b_region:
        if a_region and b_region:
            return 0.0
        return 1.0 if a.region_key == b.region_key else 0.0
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return 0.0
    if abs(a.lat - b.lat) * KM_PER_DEGREE_LATITUDE >= COHERENCE_RADIUS_KM:
        return 0.0  # farther apart north to south alone than the radius
    return max(0.0, 1.0 - distance_km(a, b) / COHERENCE_RADIUS_KM)


def coherent_readings(
    gaz: Gazetteer, readings: dict[str, list[tuple[float, PlaceInfo]]]
) -> dict[str, PlaceInfo]:
    """For each name, its best reading once the document's other names vote for nearby ones.

    ``readings`` maps each distinct place name to its scored readings, best first. A reading of
    another name supports in proportion to how plausible it is for that name: "Toronto" backs
    Ontario's towns, hardly the Ohio village of that name.
    """
    plausible: dict[str, list[tuple[float, PlaceInfo]]] = {}
    for name, options in readings.items():
        if options:
            best = options[0][0]
            weighted = [(10 ** ((score - best) / SUPPORT_SPREAD), p) for score, p in options]
            plausible[name] = [(w, p) for w, p in weighted if w >= MIN_SUPPORT_WEIGHT]
    # one name supports once, however many ways it is written ("Norman", "Norman, Okla.")
    # nor twice as a name and its abbreviation, both read as one place ("Louisiana", "La.")
    bases: dict[str, list[tuple[float, PlaceInfo]]] = {}
    settled: dict[tuple, str] = {}
    for name, opts in plausible.items():
        base = normalize(name.split("\t")[0])
        if len(opts) == 1 or opts[1][0] < SETTLED_WEIGHT:
            base = settled.setdefault(opts[0][1].key, base)
        bases.setdefault(base, []).extend(opts)
    out: dict[str, PlaceInfo] = {}
    for name, options in readings.items():
        if len(options) <= 1:
            if options:
                out[name] = options[0][1]
            continue
        own = normalize(name.split("\t")[0])
        others = [opts for base, opts in bases.items() if base != own]

        def total(scored: tuple[float, PlaceInfo], others=others) -> float:
            support = sum(max(w * closeness(gaz, scored[1], s) for w, s in opts) for opts in others)
            return scored[0] + COHERENCE_WEIGHT * support

        out[name] = max(options, key=total)[1]  # max keeps the first (best prior) of equals
    return out


def resolve(
    gaz: Gazetteer, surface: str, hint: tuple[str, ...], context: set[str]
) -> PlaceInfo | None:
    """The gazetteer entry for a mention: a "City, State" hint first, then the document."""
    if hint:
        hinted = [p for p in gaz.candidates(surface) if _matches(p, hint)]
        if hinted:
            return (
                gaz.lookup(surface, context_countries=(*context, *hint))
                if len(hinted) > 1
                else hinted[0]
            )
    return gaz.lookup(surface, context_countries=context)


def keep_relabeled(
    cand: Candidate, info: PlaceInfo | None, surface: str = "", countries: Iterable[str] = ()
) -> bool:
    """Whether a PERSON/ORG/NORP entity stays a place once it is resolved.

    Countries and regions always do, but for a county read from a bare name ("Johnson") and
    a province known only from the lists of every country's divisions ("Brittany"), which
    do where the text writes them as places ("in Brittany") or, a province, where the story
    is in its country (``countries``: those of the names the model called places), unless
    the model called it an organization: "Punjab" in a story from Pakistan, not the Cuban
    paper "Granma". A city does when the text writes it as a place ("in Gainesville", "a
    Gainesville man", "Gainesville, Texas"), or when a PERSON entity names a large city
    ("Yerevan"); "Toyota" (ORG) is the company, "Jones said" the man.
    """
    if not cand.relabeled:
        return True
    if info is None:
        return False
    if info.level == COUNTY_LEVEL and not COUNTY_RE.search(surface):
        return cand.evidence or bool(cand.hint)
    if info.listed:
        in_country = info.country in countries and cand.label != "ORG"
        return cand.evidence or bool(cand.hint) or in_country
    if info.kind != "city":
        return True
    if cand.label == "PERSON" and info.population >= RELABEL_MIN_CITY_POPULATION:
        return True
    # people, teams and companies are named after towns: ask for a place-like context too
    return cand.evidence or bool(cand.hint)


def _readings(
    doc: Doc, gaz: Gazetteer, candidates: list[Candidate], context: set[str]
) -> dict[str, list[tuple[float, PlaceInfo]]]:
    """Each distinct name's scored readings; a "City, State" mention or a fixed one is
    settled as it is (keyed apart from the bare name)."""
    readings: dict[str, list[tuple[float, PlaceInfo]]] = {}
    for cand in candidates:
        surface = doc_text(doc)[cand.start : cand.end]
        if cand.fixed is not None:
            readings[f"{surface}\tfixed"] = [(0.0, cand.fixed)]
        elif cand.hint:
            info = resolve(gaz, surface, cand.hint, context)
            # a "City, State" mention is settled: it supports its neighbours as it is
            readings[f"{surface}\t{cand.hint}"] = [(0.0, info)] if info else []
        elif surface not in readings:
            readings[surface] = name_readings(gaz, surface, context)
    return readings


def name_readings(gaz: Gazetteer, surface: str, context: set[str]) -> list[tuple[float, PlaceInfo]]:
    """A bare name's scored readings, best first (see area_base and county_base); where
    none lies in a state the document is about, the county of that name there is one too
    ("Raleigh" and "Hardy" in a story from West Virginia; "Kanawha City" is in Kanawha
    County there). A name news means one place by default keeps it: "Washington" in a
    story that names Kentucky is the capital, not Kentucky's Washington County."""
    base = area_base(gaz, surface) or surface
    name = county_base(gaz, base) if base == surface else None
    readings = gaz.readings(name or base, context_countries=context)[:MAX_READINGS]
    readings = _major_city_readings(readings, context)
    if name or COUNTY_RE.search(base) or any(p.region_key in context for _, p in readings):
        return readings
    if readings and readings[0][1].prior >= CURATED_PRIOR:
        return readings
    counties = [
        (score, p)
        for score, p in gaz.readings(f"{base} County", context_countries=context)
        if p.level == COUNTY_LEVEL and p.region_key in context
    ]
    if not counties:
        return readings
    return sorted(readings + counties, key=lambda sp: (-sp[0], -sp[1].population, sp[1].name))


def _major_city_readings(
    readings: list[tuple[float, PlaceInfo]], context: set[str]
) -> list[tuple[float, PlaceInfo]]:
    """Without the towns far smaller than a major city of their name (see
    MAJOR_CITY_POPULATION) in a country the document names: "Warsaw" beside Poland is not
    the Ohio village. A namesake stays where the story is about its state or province, the
    one of its country the document names ("London" in a story from Ontario), or the
    namesake lies in the city's own country ("Houston" in a story from Mississippi); a story
    naming Ohio among five states is not about Ohio."""
    majors = [
        p
        for _, p in readings
        if p.kind == "city" and p.population >= MAJOR_CITY_POPULATION and p.country in context
    ]
    if not majors:
        return readings
    major = max(majors, key=lambda p: p.prior)
    return [
        (score, p)
        for score, p in readings
        if p.kind != "city"
        or p.prior > major.prior - MAJOR_CITY_MARGIN
        or _story_state(p, context)
        and (p.country == major.country or _sole_state(p, context))
    ]


def _story_state(place: PlaceInfo, context: set[str]) -> bool:
    return place.region_key is not None and place.region_key in context


def _sole_state(place: PlaceInfo, context: set[str]) -> bool:
    """Whether the place's state or province is the only one of its country in context."""
    prefix = f"{place.country}-"
    return sum(key.startswith(prefix) for key in context) == 1


def choose_readings(
    doc: Doc, gaz: Gazetteer, candidates: list[Candidate], context: set[str]
) -> dict[str, PlaceInfo]:
    """The reading of each name, the document's names read together (see
    coherent_readings), with a second look once the others lent their context."""
    towns = municipal_names(doc_text(doc), [(c.start, c.end) for c in candidates])
    towns |= _address_towns(doc, candidates)
    readings = _keep_towns(_readings(doc, gaz, candidates, context), towns)
    chosen = coherent_readings(gaz, readings)
    # A second look: the countries and states the other names turned out to be are context
    # too ("Georgia" read as the state makes "Atlanta" the Georgia city, not the Texas town).
    lent = {name: lent_context(gaz, info) for name, info in chosen.items()}
    lent.update(county_states(gaz, readings, chosen))
    if not any(lent.values()):
        return chosen
    for name in readings:
        if "\t" in name:
            continue
        others = set().union(*(keys for other, keys in lent.items() if other != name))
        if others - context:
            readings[name] = name_readings(gaz, name, context | others)
    return _as_hinted(coherent_readings(gaz, _keep_towns(readings, towns)))


def _as_hinted(chosen: dict[str, PlaceInfo]) -> dict[str, PlaceInfo]:
    """The readings with a bare name read as the place the document names with its state
    or country ("in Richmond" after "Richmond, Va."), where it names one such place."""
    hinted: dict[str, set[PlaceInfo]] = {}
    for name, info in chosen.items():
        base, _, hint = name.partition("\t")
        if hint and hint != "fixed":
            hinted.setdefault(base, set()).add(info)
    out = dict(chosen)
    for base, infos in hinted.items():
        if base in out and len(infos) == 1:
            out[base] = next(iter(infos))
    return out


#: the end of a street address before its town: "508 Cumberland St., Lebanon"
_ADDRESS_END_RE = re.compile(
    r"\d[^,\n]{0,40}\b(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Boulevard|Blvd\.|Lane|"
    r"Ln\.|Way|Court|Ct\.|Place|Pl\.)\s*,\s*$"
)


def _address_towns(doc: Doc, candidates: list[Candidate]) -> set[str]:
    """Names written after a street address, which are towns' ("1199 N. Poplar St., Paris")."""
    text = doc_text(doc)
    return {
        text[c.start : c.end]
        for c in candidates
        if _ADDRESS_END_RE.search(text, max(0, c.start - 60), c.start)
    }


def short_forms(gaz: Gazetteer, chosen: dict[str, PlaceInfo]) -> dict[str, PlaceInfo]:
    """The readings with a bare name read as the longer place it opens where the document
    names that place in full: "Avondale" after "Avondale Estates", "DeKalb" after "DeKalb
    County". A name that is a country or a state keeps its own reading ("Kansas"), as does
    one news means by default ("Washington" beside "Washington County")."""
    full = {name.split("\t")[0]: info for name, info in chosen.items()}
    out = dict(chosen)
    for name, info in full.items():
        match = SHORT_FORM_RE.match(name)
        if match is None or info.lat is None:
            continue
        own = chosen.get(match.group(1))
        if (
            own is None
            or (own.kind == "city" or own.level == COUNTY_LEVEL)
            and own.prior < CURATED_PRIOR
        ):
            out[match.group(1)] = info
    return out


def _keep_towns(
    readings: dict[str, list[tuple[float, PlaceInfo]]], towns: set[str]
) -> dict[str, list[tuple[float, PlaceInfo]]]:
    """Without the country readings of names written as towns ("the Jordan middle school"),
    where a town of that name is known."""
    for name in towns & readings.keys():
        local = [(score, p) for score, p in readings[name] if p.kind != "country"]
        if local:
            readings[name] = local
    return readings
