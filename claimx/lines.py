"""The lines of an article that are not body text, read by several components: datelines
opening a story and the non-body lines ``claimx_text`` marks. Imports no component."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimx.extensions import doc_text

#: A dateline: a name in capitals, an optional ", State", an optional ", Month day" (as
#: Reuters writes it: "TOKYO, Nov 6 (Reuters) -") and agency, then a dash or a colon.
PLACE_DATELINE_RE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))[ \t]*([A-Z][A-Za-z.'\u2019-]*[A-Z][A-Za-z.'\u2019-]*"
    r"(?: [A-Z][A-Z.'\u2019-]+){0,3})(?:, *[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:, *[A-Z][a-z]{2,8}\.? \d{1,2})? *"
    r"(?:\([A-Za-z ]{2,12}\))? *(?:\u2014|--|\u2013|-|:|_) ",
    re.M,
)
#: A dated dateline on a line of its own: a name in capitals, an optional ", State", then
#: the date ("SEOUL 1996-08-22", "ST. JOHN'S, Nfld. 2009-03-30"); the story on the next line.
DATED_DATELINE_RE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,3})"
    r"(?: ?, *[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)? +\d{4}-\d{2}-\d{2}[ \t]*$",
    re.M,
)


def _place_datelines(text: str) -> list[tuple[int, int, int]]:
    """The datelines that open a story's first line, as the span of the name in capitals and
    the end of the whole dateline (after its dash or colon)."""
    out = []
    for match in PLACE_DATELINE_RE.finditer(text):
        name = match.group(1)
        # the story goes on in lower case; "CRICKET - ENGLISH COUNTY SCORES" is a headline
        after = text[match.end() : match.end() + 30]
        if not re.search(r"[a-z]", after):
            continue
        if name == name.upper() or re.search(r"[A-Z]{3}", name):
            out.append((match.start(1), match.end(1), match.end()))
    return out


def dateline_places(
    text: str, opening: list[tuple[int, int, int]] | None = None
) -> list[tuple[int, int]]:
    """Spans of the capitalized place names opening a story ("COLUMBUS, Ohio (AP) —",
    "BEIRUT: ", "MANSFIELD -- ") at the start of a line or after the headline's full stop,
    or on a line of their own with the date ("SEOUL 1996-08-22")."""
    opening = _place_datelines(text) if opening is None else opening
    out = [(start, end) for start, end, _ in opening]
    for match in DATED_DATELINE_RE.finditer(text):
        if re.search(r"[a-z]", text[match.end() : match.end() + 80]):
            out.append(match.span(1))
    return sorted(out)


def _doc_place_datelines(doc: Doc) -> list[tuple[int, int, int]]:
    """``_place_datelines`` of a Doc's text, found once per Doc."""
    found = doc.user_data.get("claimx_place_datelines")
    if found is None:
        found = doc.user_data["claimx_place_datelines"] = _place_datelines(doc_text(doc))
    return found


def doc_datelines(doc: Doc) -> list[tuple[int, int]]:
    """``dateline_places`` of a Doc's text, found once per Doc (places and actors ask)."""
    found = doc.user_data.get("claimx_datelines")
    if found is None:
        found = dateline_places(doc_text(doc), _doc_place_datelines(doc))
        doc.user_data["claimx_datelines"] = found
    return found


def doc_dateline_prefixes(doc: Doc) -> list[tuple[int, int]]:
    """Spans of whole datelines opening the first line of a story, from the place name to the
    dash or colon and the space after it ("MILAN (Reuters) - ", "BEIRUT: "): no part of
    what the story's first sentence says."""
    return [(start, end) for start, _, end in _doc_place_datelines(doc)]


def in_nonbody(doc: Doc, start: int, end: int) -> str | None:
    """The kind of non-body line holding [start, end), or None for body text."""
    for s, e, kind in doc._.claimx_nonbody or ():
        if s <= start and end <= e:
            return kind
    return None


#: a cell of a table of figures: a number, a share (".569"), a fraction or a dash for none
TABLE_CELL_RE = re.compile(r"(?:\d[\d,]*(?:\.\d+)?|\.\d+|\d+/\d+|-)")


def is_table_row(line: str) -> bool:
    """Whether a line is a row of figures: at least four cells, and as many cells as other
    words ("Lech Poznan 7 5 0 2 12 9 15", "TEXAS 74 56 .569 -", "( 64 4 ) 473 4746")."""
    words = line.split()
    cells = sum(bool(TABLE_CELL_RE.fullmatch(w)) for w in words)
    return cells >= 4 and 2 * cells >= len(words)


def doc_table_rows(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the lines of a Doc that are rows of figures, found once per Doc."""
    found = doc.user_data.get("claimx_table_rows")
    if found is None:
        text = doc_text(doc)
        found = [m.span() for m in re.finditer(r"[^\n]+", text) if is_table_row(m.group())]
        doc.user_data["claimx_table_rows"] = found
    return found
