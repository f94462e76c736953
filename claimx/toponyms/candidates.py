"""The place mentions of a document: the entities, the text's additions, without speakers
and people named like towns."""

from __future__ import annotations

from spacy.tokens import Doc

from claimx.extensions import doc_ents, doc_text
from claimx.gazetteer import Gazetteer
from claimx.lexicon import after_title, plural_of_people, shown_person_names
from claimx.toponyms.additions import (
    _add_body_places,
    _add_bracketed_countries,
    _add_capital_datelines,
    _add_capital_lines,
    _add_datelines,
    _add_grounds,
    _add_hint_regions,
    _add_leading_regions,
    _add_line_countries,
    _add_party_districts,
    _add_repeats,
    _add_streets,
    _add_untagged_towns,
    _add_venues,
)
from claimx.toponyms.assets import (
    _AREA_RE,
    _SPEAKER_LABEL_RE,
    FACILITY_WORDS_RE,
    LOCAL_BODY_RE,
    MISLABELS,
    PLACE_LABELS,
    SETTLEMENT_WORDS_RE,
)
from claimx.toponyms.evidence import (
    _acts_as_person,
    _shown_as_place,
    _verb_honorific,
    leading_place,
    place_evidence,
)
from claimx.toponyms.spans import Candidate, accept_entity, clean_span, glued_end, state_hint


def find_candidates(doc: Doc, gaz: Gazetteer) -> list[Candidate]:
    """Place mentions from the entities, plus other occurrences of the same names."""
    text = doc_text(doc)
    found: dict[tuple[int, int], Candidate] = {}
    ent_spans: list[tuple[int, int, str]] = []
    for ent in doc_ents(doc):
        ent_spans.append((ent.start_char, ent.end_char, ent.label_))
        if ent.label_ not in PLACE_LABELS and ent.label_ not in MISLABELS:
            continue
        parts = clean_span(text, ent.start_char, ent.end_char)
        for s, e in parts:
            e = glued_end(doc, gaz, s, e)
            surface = text[s:e]
            if len(parts) > 1 and gaz.lookup(surface) is None:
                continue  # "Armenia\n\nMore than 100,000": keep the place, drop the rest
            lead = None if gaz.lookup(surface) else leading_place(doc, gaz, s, e, "FAC")
            if ent.label_ in PLACE_LABELS and lead is not None:
                # "the Henderson County Jail", "Paris City Hall": the place is the town
                found[lead] = Candidate(*lead, "GPE", state_hint(gaz, text, lead[1], lead[0]))
            elif accept_entity(gaz, surface, ent.label_) and not plural_of_people(doc, surface):
                found[(s, e)] = Candidate(
                    s, e, ent.label_, state_hint(gaz, text, e, s), ent.label_ in MISLABELS
                )
    _add_repeats(doc, gaz, found, ent_spans)
    _add_leading_regions(doc, gaz, found)
    _add_body_places(doc, gaz, found)
    _add_datelines(doc, gaz, found)
    _add_venues(doc, gaz, found)
    _add_grounds(doc, gaz, found)
    _add_capital_lines(doc, gaz, found)
    _add_line_countries(doc, gaz, found)
    _add_capital_datelines(doc, gaz, found)
    _add_party_districts(doc, gaz, found)
    _add_hint_regions(doc, gaz, found)
    _add_bracketed_countries(doc, gaz, found)
    _add_untagged_towns(doc, gaz, found)
    _add_streets(doc, found)
    _drop_person_names(doc, gaz, found)
    _drop_speaker_labels(doc, found)
    candidates = sorted(found.values(), key=lambda c: c.start)
    places = [(c.start, c.end) for c in candidates if not c.relabeled]
    pending = [c for c in candidates if c.relabeled]
    while pending:
        # a list is as much a list of places as its surest member: "Barrow, Jackson and
        # Madison counties" (until no more names join)
        shown = [
            c
            for c in pending
            if place_evidence(doc, c.start, c.end, places) and not _acts_as_person(doc, c)
        ]
        for cand in shown:
            cand.evidence = True
            places.append((cand.start, cand.end))
        pending = [c for c in pending if not c.evidence]
        if not shown:
            break
    return candidates


def _drop_speaker_labels(doc: Doc, found: dict[tuple[int, int], Candidate]) -> None:
    # In a transcript a line opens with the speaker's name in capitals and a colon
    # ("WALLACE: Let's start ..."): a person, not the town of that name. A dateline
    # ("NEW DELHI: The government ...") looks the same once; a speaker comes back, or is quoted.
    text = doc_text(doc)
    labels: dict[str, list[tuple[tuple[int, int], bool]]] = {}
    for key, cand in found.items():
        surface = text[cand.start : cand.end]
        if surface.isupper() and _SPEAKER_LABEL_RE.match(text, cand.end):
            before = text[text.rfind("\n", 0, cand.start) + 1 : cand.start]
            if not before.strip(" \t\"“'‘"):
                labels.setdefault(surface, []).append((key, bool(before.strip())))
    for occurrences in labels.values():
        if len(occurrences) > 1 or occurrences[0][1]:
            for key, _ in occurrences:
                del found[key]


def _drop_person_names(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # "Ripley" tagged GPE is the coach Ripley when the document also writes a person whose name
    # ends (or is) that word, as "Diana" is Princess Diana, not Madagascar's Diana region;
    # countries and US states are never surnames here.
    text = doc_text(doc)
    name_parts = set()  # first and last words of multi-word person names
    persons = set()  # single-word PERSON entities
    for name in shown_person_names(doc):
        name_parts.update((name.split()[0], name.split()[-1]))  # "Keith Lamont Scott, 43,"
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            rest = text[ent[0].idx + len(ent[0]) : ent.end_char]
            after = doc[ent.end].idx + len(doc[ent.end]) if ent.end < len(doc) else ent.end_char
            if (
                LOCAL_BODY_RE.match(text[ent[0].idx + len(ent[0]) : after])
                or FACILITY_WORDS_RE.search(rest)
                or _AREA_RE.match(ent.text)
                or SETTLEMENT_WORDS_RE.match(rest)
            ):
                continue  # "Alexandria Police", "Greer Station", "N.W. Rochester": not persons
            name_parts.update((ent[-1].text, ent[0].text))
        elif ent.label_ == "PERSON" and after_title(ent) and not _verb_honorific(ent):
            name_parts.add(ent.text)  # "President Bush", "Mr. Bush": not the town of Būsh
        elif ent.label_ == "PERSON":
            persons.add(ent.text)
    # a name the text writes as a place somewhere stays one ("Knights blanked in Erie" beside
    # "Erie GM Sherwood Bassin", "run in Sochi" beside a headline's "Bogdanov Joins Sochi"),
    # unless the text also names a person by it alone ("Rubio said ... confidence in Rubio")
    shown = {text[c.start : c.end] for c in found.values() if _shown_as_place(doc, c)}
    for key, cand in list(found.items()):
        surface = text[cand.start : cand.end]
        if surface not in name_parts and surface not in persons:
            continue
        info = gaz.lookup(surface)
        if info is None:
            del found[key]
        elif (info.kind == "city" or info.listed) and surface in name_parts - (shown - persons):
            del found[key]
