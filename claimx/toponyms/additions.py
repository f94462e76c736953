"""Place mentions the entities miss, read from the text: repeats, places opening the names
of their bodies, datelines, grounds, lines in capitals, states after towns, legislators'
homes, countries in brackets, untagged towns and streets."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimx.embedded import body_places
from claimx.extensions import doc_ents, doc_text, token_bounds, token_texts
from claimx.gazetteer import Gazetteer, PlaceInfo
from claimx.intervals import Intervals
from claimx.lexicon import word_lists
from claimx.lines import doc_datelines
from claimx.patterns import BARE_VENUE_RE, VENUE_RE
from claimx.streets import street_spans
from claimx.toponyms.assets import (
    _CAPITAL_DATELINE_RE,
    _CAPITAL_LINE_RE,
    _CAPITAL_RUN_RE,
    _NAMES_LINE_RE,
    _PARTY_DISTRICT_RE,
    _TITLE_RUN_RE,
    LEADING_PLACE_LABELS,
    LOCAL_BODY_RE,
    LOCAL_NOUNS,
    PLACE_LABELS,
    RELABEL_MIN_CITY_POPULATION,
    UNTAGGED_MIN_POPULATION,
    UNTAGGED_PREPOSITIONS,
)
from claimx.toponyms.evidence import _title_text, embedded_place, leading_place
from claimx.toponyms.spans import Candidate, clean_span, county_base, hint_match, state_hint


def _add_leading_regions(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # A US state or a country opening the name of one of its public institutions is a place
    # mention too ("the Texas Department of State Health Services", "Ohio State University",
    # "the U.S. Census"); teams and companies ("Texas Rangers", "New York Stock Exchange") are
    # not. So is a town or county opening the name of a local body ("the Mansfield Police
    # Department", "Laurel County Sheriff").
    for ent in doc_ents(doc):
        if ent.label_ not in LEADING_PLACE_LABELS:
            continue
        lead = leading_place(doc, gaz, ent.start_char, ent.end_char, ent.label_)
        if lead is not None and not any(
            c.start < lead[1] and lead[0] < c.end for c in found.values()
        ):
            found[lead] = Candidate(*lead, "GPE")


def _add_body_places(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # The place a body serves, inside its name ("the University of Rochester", "Eastern
    # Kentucky University", see claimx.embedded); it stands for a facility the gazetteer
    # does not know ("the Cooper School in Bicester").
    text = doc_text(doc)
    for s, e, ent_start, ent_end in body_places(doc, gaz):
        whole = found.get((ent_start, ent_end))
        if whole is not None and gaz.lookup(text[ent_start:ent_end]) is None:
            del found[(ent_start, ent_end)]
        if not any(c.start < e and s < c.end for c in found.values()):
            found[(s, e)] = Candidate(s, e, "GPE", state_hint(gaz, text, e, s))


def _add_datelines(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # The model misses most names written in capitals; a dateline is a place by position.
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    for s, e in doc_datelines(doc):
        hint = state_hint(gaz, text, e, s)
        if s not in starts or e not in ends:
            continue
        if gaz.lookup(text[s:e]) is None and not (hint and _opens_line(text, s)):
            continue  # a town the gazetteer lacks is one where it opens a line, its country after
        # the model's pieces of the name give way to it ("ST" | "JOHN'S" of "ST. JOHN'S")
        inside = [k for k, c in found.items() if s <= c.start and c.end <= e]
        if not any(c.start < e and s < c.end for k, c in found.items() if k not in inside):
            for k in inside:
                del found[k]
            found[(s, e)] = Candidate(s, e, "GPE", hint)


def _opens_line(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _add_venues(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # The ground opening a results line is a place by position ("At Hove : Sussex 300-4"):
    # the town of that name, or a ground of its own ("At Lord 's :").
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    bare = [m for m in BARE_VENUE_RE.finditer(text) if _known_ground(gaz, m.group("venue"))]
    for match in [*VENUE_RE.finditer(text), *bare]:
        vs, ve = match.span("venue")
        for s, e in clean_span(text, vs, ve):
            if text[ve - 3 : ve] == " 's":
                e = ve  # the ground's own name: "Lord 's"
            if (s, e) in found:
                found[(s, e)].relabeled = False  # a ground is a place by position
                continue
            if (
                s not in starts
                or e not in ends
                or any(c.start < e and s < c.end for c in found.values())
            ):
                continue
            info = gaz.lookup(text[s:e])
            label = "GPE" if info is not None and info.kind == "city" else "FAC"
            found[(s, e)] = Candidate(s, e, label, state_hint(gaz, text, e, s))


#: a ground named after "at" in a sports story: "at Headingley", "( at Lord 's , London )",
#: "at the Oval ." (the name ends at punctuation, a line break or a preposition)
_GROUND_RE = re.compile(
    r"\b[Aa]t (?:[Tt]he )?(?P<ground>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2}(?: 's)?)"
    r"(?=\s*(?:[,.;:)]|\n|$|on\b|in\b))"
)


def _add_grounds(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # In a sports story a name after "at" that no entity claims is where the match was
    # played ("their match against Yorkshire at Headingley"): a ground, or its town.
    if len(word_lists()["sport_words"].intersection(t.lower_ for t in doc)) < 2:
        return
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    taken = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ not in PLACE_LABELS]
    taken += [(c.start, c.end) for c in found.values()]
    taken_spans = Intervals(taken, span=lambda pair: pair)
    for match in _GROUND_RE.finditer(text):
        s, e = match.span("ground")
        if s not in starts or e not in ends or taken_spans.overlapping(s, e):
            continue
        info = gaz.lookup(text[s:e])
        label = "GPE" if info is not None and info.kind == "city" else "FAC"
        found[(s, e)] = Candidate(s, e, label, state_hint(gaz, text, e, s))


def _known_ground(gaz: Gazetteer, name: str) -> bool:
    """A ground the gazetteer knows as a town, spelt as the town is ("Hove"; not a field
    label such as "Bowling" or "Penalties")."""
    info = gaz.lookup(name)
    if info is None or info.kind not in ("city", "region") or info.name != name:
        return False
    return info.kind == "region" or info.population >= UNTAGGED_MIN_POPULATION


def _add_capital_lines(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # The model misses names on lines in capitals ("CRICKET - ENGLAND V PAKISTAN SCOREBOARD",
    # "PHILADELPHIA AT SAN DIEGO"): a run there is a place when the gazetteer knows it as a
    # country, a state or province, or a large city; the longest such run first.
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    for line in _CAPITAL_LINE_RE.finditer(text):
        for run in _CAPITAL_RUN_RE.finditer(text, *line.span()):
            words = list(re.finditer(r"\S+", run.group()))
            for s, e in _sub_runs(run.start(), words):
                if e - s < 4 or s not in starts or e not in ends:
                    continue
                if any(c.start < e and s < c.end for c in found.values()):
                    continue
                info = gaz.lookup(text[s:e])
                if info is not None and _large_place(info) and not gaz.is_demonym(text[s:e]):
                    found[(s, e)] = Candidate(s, e, "GPE", state_hint(gaz, text, e, s))


def _add_line_countries(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # A country named on a line of names and figures with no word in lower case is a
    # place, as national sides and a table's countries are written ("Togo 1 Congo 0",
    # "Seychelles 1 Mauritius 1"), though the model leaves most of them untagged.
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    for line in _NAMES_LINE_RE.finditer(text):
        for run in _TITLE_RUN_RE.finditer(text, *line.span()):
            s, e = run.span()
            if (
                s not in starts
                or e not in ends
                or any(c.start < e and s < c.end for c in found.values())
            ):
                continue
            info = gaz.lookup(run.group())
            if info is not None and info.kind == "country" and not gaz.is_demonym(run.group()):
                found[(s, e)] = Candidate(s, e, "GPE")


def _sub_runs(base: int, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Character spans of the runs of up to four consecutive words, longest first."""
    n = len(words)
    return [
        (base + words[i].start(), base + words[i + length - 1].end())
        for length in range(min(n, 4), 0, -1)
        for i in range(n - length + 1)
    ]


def _large_place(info: PlaceInfo) -> bool:
    """A country, a state or province, or a city of half a million."""
    if info.kind in ("country", "region"):
        return True
    return info.kind == "city" and (info.population or 0) >= RELABEL_MIN_CITY_POPULATION


def _add_hint_regions(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # The state or province after a town is a mention of its own, also where the model missed
    # it in an abbreviation ("HAMILTON, Ont. -", "Dublin, OH").
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    for cand in list(found.values()):
        if not cand.hint:
            continue
        match = hint_match(gaz, text, cand.end, text[cand.start : cand.end])
        if match is None:
            continue
        _, (s, e), info = match
        if s in starts and e in ends and not any(c.start < e and s < c.end for c in found.values()):
            found[(s, e)] = Candidate(s, e, "GPE", fixed=info)


def _add_capital_datelines(
    doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]
) -> None:
    # Datelines the line-start rule misses: after a byline's date ("March 30, 2009 NEWARK --"),
    # with a state but no dash ("SALINA, Kan. Strong winds"), or run into the story
    # ("FALLS VILLAGE—The board"). A known town in capitals, then the story in mixed case.
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    for match in _CAPITAL_DATELINE_RE.finditer(text):
        s, e = match.span("name")
        name = match.group("name")
        marked = match.group("state") or match.group("agency") or match.group("dash")
        if not (marked or match.group("lead")) or s not in starts or e not in ends:
            continue
        info = gaz.lookup(name)
        if info is None or info.kind not in ("city", "region") or gaz.is_demonym(name):
            continue
        if (s, e) in found:
            found[(s, e)].relabeled = False  # a dateline is a place by position
        elif not any(c.start < e and s < c.end for c in found.values()):
            found[(s, e)] = Candidate(s, e, "GPE", state_hint(gaz, text, e, s))


#: a name in brackets on its own: "Dmitri Markov ( Belarus )", "Jane Doe (Chile)"
_BRACKETED_NAME_RE = re.compile(r"\(\s?([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})\s?\)")


def _add_bracketed_countries(
    doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]
) -> None:
    # A country in brackets after a name is the person's or the side's country ("Dmitri
    # Markov ( Belarus ) 5.65"): a place, though the model often leaves it untagged in lists.
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    for match in _BRACKETED_NAME_RE.finditer(text):
        s, e = match.span(1)
        info = gaz.lookup(match.group(1))
        if info is None or info.kind != "country" or s not in starts or e not in ends:
            continue
        if not any(c.start < e and s < c.end for c in found.values()):
            found[(s, e)] = Candidate(s, e, "GPE")


def _add_untagged_towns(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # Towns the model did not tag at all, where the text writes them as places: "Norb Mages of
    # Lindsay", "in Iowa City", "a Hounslow resident". Only names outside every entity, and
    # never "Department of Justice" (a name before "of") or a university ("at Harvard").
    text = doc_text(doc)
    taken = [(e.start_char, e.end_char) for e in doc_ents(doc)]
    taken += [(c.start, c.end) for c in found.values()]
    taken_spans = Intervals(taken, span=lambda pair: pair)
    texts = token_texts(doc)
    i = 0
    while i < len(doc):
        if not _title_text(texts[i]) or (doc[i].is_sent_start and not _opens_local_body(doc, i)):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < 3 and _title_text(texts[j]):
            j += 1
        j = _before_local_body(doc, i, j)
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        prev = doc[i - 1].lower_ if i > 0 else ""
        before = doc[i - 2].text if i > 1 else ""
        nxt = doc[j].text if j < len(doc) else ""
        i = j
        if taken_spans.overlapping(s, e):
            continue
        if prev in UNTAGGED_PREPOSITIONS:
            pass
        elif prev == "of" and not before[:1].isupper() and nxt not in ("'s", "’s"):
            pass  # "Smith, 23, of Berea"; not "Bank of America"
        elif nxt not in LOCAL_NOUNS and not LOCAL_BODY_RE.match(text, e):
            continue  # "a Hounslow resident", "Tillsonburg Mayor Stephen Molnar"
        info = gaz.lookup(text[s:e])
        if info is None or info.kind not in ("city", "region") or info.lat is None:
            continue
        if info.listed:
            continue  # "in Flores": a surname as often as the Uruguayan department
        if info.name != text[s:e] or info.population < UNTAGGED_MIN_POPULATION:
            continue  # spelt as the town is, not "in God" for Göd in Hungary
        if gaz.is_demonym(text[s:e]):
            continue
        found[(s, e)] = Candidate(s, e, "GPE", state_hint(gaz, text, e, s))


def _add_streets(doc: Doc, found: dict[tuple[int, int], Candidate]) -> None:
    # A street's name is a place mention (a facility) whatever the model called it; a town
    # read inside it gives way ("Wichita" of "Wichita Drive").
    for s, e in street_spans(doc):
        inside = [k for k, c in found.items() if s <= c.start and c.end <= e]
        if any(c.start < e and s < c.end for k, c in found.items() if k not in inside):
            continue
        for k in inside:
            del found[k]
        found[(s, e)] = Candidate(s, e, "FAC")


def _before_local_body(doc: Doc, i: int, j: int) -> int:
    # a run of capitalized words ends before the body it names: "Tillsonburg" of
    # "Tillsonburg Mayor Stephen"
    for k in range(i + 1, j):
        if LOCAL_BODY_RE.match(doc_text(doc), doc[k - 1].idx + len(doc[k - 1])):
            return k
    return j


def _opens_local_body(doc: Doc, i: int) -> bool:
    # a one-word town opening a sentence with one of its bodies: "Tillsonburg Mayor ..."
    return i + 1 < len(doc) and bool(LOCAL_BODY_RE.match(doc_text(doc), doc[i].idx + len(doc[i])))


def _add_party_districts(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # A legislator's party and home ("Sen. Ray Miller, D-Columbus"; "Rep. Charles Rangel,
    # D-N.Y."): the place after the party letter is a place mention.
    text = doc_text(doc)
    starts, _ = token_bounds(doc)
    for match in _PARTY_DISTRICT_RE.finditer(text):
        s, e = match.span(1)
        name = match.group(1)
        state = None if gaz.lookup(name) is not None else gaz.us_state(name)
        if state is None and gaz.lookup(name) is None and county_base(gaz, name) is None:
            continue
        if s in starts and not any(c.start < e and s < c.end for c in found.values()):
            found[(s, e)] = Candidate(s, e, "GPE", state_hint(gaz, text, e, s), fixed=state)


def _add_repeats(
    doc: Doc,
    gaz: Gazetteer,
    found: dict[tuple[int, int], Candidate],
    ents: list[tuple[int, int, str]],
) -> None:
    # A name used as a place once is a place wherever else the document writes it, whatever
    # label (or none) the model gave it there; names inside a longer entity are left alone.
    text = doc_text(doc)
    names: dict[str, str] = {}
    relabeled: dict[str, bool] = {}
    for c in found.values():
        surface = text[c.start : c.end]
        if c.label != "FAC" and gaz.lookup(surface) is not None:
            names[surface] = c.label
            # a name the model never tagged a place stays on probation at every occurrence
            relabeled[surface] = relabeled.get(surface, True) and c.relabeled
    if not names:
        return
    starts, ends = token_bounds(doc)
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    for match in pattern.finditer(text):
        s, e = match.span()
        if (s, e) in found or s not in starts or e not in ends:
            continue
        inside = [(a, b, lab) for a, b, lab in ents if a <= s and e <= b and (a, b) != (s, e)]
        if inside and not all(embedded_place(text, a, s, lab) for a, _, lab in inside):
            continue  # part of a longer name: "New York Times"
        if any(c.start < e and s < c.end for c in found.values()):
            continue
        surface = match.group()
        found[(s, e)] = Candidate(
            s, e, names[surface], state_hint(gaz, text, e, s), relabeled[surface]
        )
