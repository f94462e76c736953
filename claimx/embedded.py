"""Places inside the names of local bodies: "the University of Rochester", "the Community
Foundation of Boone County", "the Cooper School in Bicester".

A body named after the place it serves still places the story there, as a town opening a
body's name does ("Mansfield Police", see ``claimx.toponyms``). Pure functions over a
parsed doc and the gazetteer; imports no component.

- After a body's head word and "of" (or "in", "at"): "University of Nebraska", "United Way of
  Metropolitan Atlanta", "the State of Ohio". Not "Department of Commerce", "District of
  Columbia", "Council of Europe" or "Football Association of Ireland": bodies of states and
  leagues are left out (news names them as organizations).
- After a compass word opening the name, when the place is a state, province or country:
  "Eastern Kentucky University", "Central California Women's Facility".
- A place glued on with a hyphen after the first is one too: "University of Wisconsin-Milwaukee".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from claimx.extensions import doc_ents
from claimx.gazetteer import Gazetteer, PlaceInfo

#: Entity labels whose names may hold the place they serve.
BODY_LABELS = {"ORG", "FAC"}
#: A body's head word and the preposition before its place.
BODY_OF_RE = re.compile(
    r"\b(?:University|College|Board|Foundation|Commission|Hospital|Way|Friends|Schools?|"
    r"Library|Museum|"
    r"Diocese|Archdiocese|Church|Clinic|Academy|Society|"
    r"State|Commonwealth|City|Town|Village|County|Province|Chamber of Commerce)"
    r"\s+(?:of|in|at)\s+(?:the\s+)?(?:(?:Greater|Metropolitan|Metro)\s+)?"
)
#: Compass words opening a body's name before its state or country.
COMPASS_WORDS = {
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
}
#: Words up to which a place name inside a body's name is tried (longest first).
MAX_PLACE_WORDS = 3


def _known(gaz: Gazetteer, name: str) -> PlaceInfo | None:
    info = gaz.lookup(name)
    if info is None or info.kind not in ("city", "region", "country") or gaz.is_demonym(name):
        return None
    return info


def place_at(gaz: Gazetteer, span: Span, i: int) -> tuple[int, PlaceInfo] | None:
    """The longest known place opening ``span`` at its token ``i``: its end token and entry."""
    for n in range(MAX_PLACE_WORDS, 0, -1):
        j = i + n
        if j > len(span) or not all(t.text[:1].isupper() for t in span[i:j]):
            continue
        info = _known(gaz, span[i:j].text)
        if info is not None:
            return j, info
    return None


def _with_glued(gaz: Gazetteer, span: Span, i: int) -> Iterator[tuple[int, int]]:
    """The place at token ``i`` of ``span`` and one glued after it with a hyphen."""
    found = place_at(gaz, span, i)
    if found is None:
        return
    j = found[0]
    yield span[i].idx, span[j - 1].idx + len(span[j - 1])
    if j + 1 < len(span) and span[j].text == "-" and (more := place_at(gaz, span, j + 1)):
        yield span[j + 1].idx, span[more[0] - 1].idx + len(span[more[0] - 1])


def _token_at(span: Span, char: int) -> int | None:
    return next((k for k, t in enumerate(span) if t.idx == char), None)


def body_places(doc: Doc, gaz: Gazetteer) -> Iterator[tuple[int, int, int, int]]:
    """Character spans of the places named inside bodies' names, each with its entity's span:
    (place start, place end, entity start, entity end)."""
    for ent in doc_ents(doc):
        if ent.label_ not in BODY_LABELS or len(ent) < 3:
            continue
        for match in BODY_OF_RE.finditer(ent.text):
            k = _token_at(ent, ent.start_char + match.end())
            if k is not None:
                for s, e in _with_glued(gaz, ent, k):
                    yield s, e, ent.start_char, ent.end_char
        first = 1 if ent[0].lower_ == "the" else 0
        if ent[first].lower_ in COMPASS_WORDS and first + 2 < len(ent):
            found = place_at(gaz, ent, first + 1)
            if found is not None and found[0] < len(ent) and found[1].kind != "city":
                head = ent[first + 1 : found[0]]
                yield head.start_char, head.end_char, ent.start_char, ent.end_char


#: What follows a town's name and never a country's: its council, mayor, schools and people
#: ("the Jordan middle school", "a Lebanon woman"; a country's are "Jordanian", "Lebanese").
MUNICIPAL_RE = re.compile(
    r"(?:['\u2019]s)?\s+(?:City\s+(?:Council|Hall|Commission|Manager|Schools?)|Mayor|"
    r"Township|Borough|[Aa]ldermen|[Ee]lementary|[Mm]iddle\s+[Ss]chool|[Hh]igh\s+[Ss]chool|"
    r"(?:Police|Fire)\s+Department|man|woman|men|women|resident|residents)\b"
)


def municipal_names(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The names the text writes as towns' at one of their spans (see MUNICIPAL_RE)."""
    return {text[s:e] for s, e in spans if MUNICIPAL_RE.match(text, e)}
