"""Field labels of results tables: no names.

A results line opens with its field's label ("Halftime 0-0 .", "Attendance 18,500 .");
the model often reads the capitalized label as a person's or a club's name. A span that
is only such a label, opening a line, names nothing; nor does a field's abbreviation in
an earnings table ("EPS", "DIV").
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimx.extensions import doc_text
from claimx.items import NameSpan

#: labels opening the lines of a results table
TABLE_LABELS = frozenset(
    {"attendance", "crowd", "halftime", "half-time", "fulltime", "full-time", "referee", "scorers"}
)


#: abbreviations of the fields of earnings tables ("Gencor YR EPS 93.12"), wherever they stand
FIELD_ABBREVIATIONS = frozenset({"EPS", "DIV", "DPS"})


def _opens_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


def without_table_labels(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """The name spans but the labels opening results lines and the fields of tables."""
    return [
        s
        for s in spans
        if s.text not in FIELD_ABBREVIATIONS
        and not (s.text.lower() in TABLE_LABELS and _opens_line(doc_text(doc), s.start))
    ]
