"""The countries and states or provinces a document is about."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from claimx.extensions import doc_text
from claimx.gazetteer import COUNTY_LEVEL, Gazetteer, PlaceInfo
from claimx.toponyms.assets import MAX_READINGS, MIN_STATE_VOTES, MIN_VOTER_SHARE, VOTE_SPREAD
from claimx.toponyms.spans import Candidate


def region_shares(readings: list[tuple[float, PlaceInfo]]) -> dict[str, float]:
    """A name's vote for the states or provinces it may lie in ("US-TX": 0.25), split evenly
    between the regions of its plausible readings: those within VOTE_SPREAD of the best one.
    "Toronto" does not vote for Ohio, where a village of that name lies."""
    if not readings:
        return {}
    best = readings[0][0]
    keys = {
        place.region_key
        for score, place in readings
        if place.region_key is not None and score >= best - VOTE_SPREAD
    }
    return {key: 1.0 / len(keys) for key in keys}


def document_context(doc: Doc, gaz: Gazetteer, candidates: Iterable[Candidate]) -> set[str]:
    """Countries and states or provinces the document is about, as context keys ("US",
    "US-OH", "CA-08").

    Countries named unambiguously count at once; a state counts when it is named as a state,
    or when several of the document's place names are likely read in it (Gainesville, Cooke
    County and Denton agree on Texas).
    """
    context: set[str] = set()
    votes: dict[str, float] = {}
    voters: dict[str, int] = {}
    seen: set[str] = set()
    for cand in candidates:
        context.update(cand.hint)
        surface = doc_text(doc)[cand.start : cand.end]
        if surface in seen:
            continue
        seen.add(surface)
        readings = gaz.readings(surface)[:MAX_READINGS]
        if not readings:
            continue
        info = readings[0][1]
        if info.kind == "country" and info.country:
            context.add(info.country)
        elif info.country and info.region_key and gaz.region(surface) is info:
            context.update((info.country, info.region_key))
        elif len(readings) <= 1 and info.country:
            context.add(info.country)
        for key, share in region_shares(readings).items():
            votes[key] = votes.get(key, 0.0) + share
            if share >= MIN_VOTER_SHARE:
                voters[key] = voters.get(key, 0) + 1
    if votes:
        # the one state most of the names agree on: several names, clearly ahead of the rest
        # (beside those named: "Toronto, Ontario" in a story from Ohio's towns)
        ranked = sorted(votes.items(), key=lambda kv: (kv[0] in context, -kv[1], kv[0]))
        state, score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 and ranked[1][0] not in context else 0.0
        if voters.get(state, 0) >= 2 and score >= MIN_STATE_VOTES and score > runner_up:
            context.update((state.split("-", 1)[0], state))
    return context


def lent_context(gaz: Gazetteer, info: PlaceInfo) -> set[str]:
    """The context keys a resolved name gives the others: a country its code, a state or
    province its country and its own key."""
    if info.kind == "country" and info.country:
        return {info.country}
    if gaz.is_region(info) and info.country and info.region_key:
        return {info.country, info.region_key}
    return set()


def county_states(
    gaz: Gazetteer,
    readings: dict[str, list[tuple[float, PlaceInfo]]],
    chosen: dict[str, PlaceInfo],
) -> dict[str, set[str]]:
    """The states that the document's counties lend the other names, where the county's
    reading is settled: its name is unambiguous, or the other names moved it off its first
    reading ("Douglas County" read in Minnesota beside Alexandria makes "Albany" Minnesota's).
    A county left at the first of equally likely readings lends nothing."""
    out: dict[str, set[str]] = {}
    for name, info in chosen.items():
        options = readings.get(name) or []
        if info.level != COUNTY_LEVEL or info.region_key is None or not options:
            continue
        tied = len(options) > 1 and options[1][0] >= options[0][0]
        if not tied or options[0][1] is not info:
            out[name] = {info.region_key}
    return out
