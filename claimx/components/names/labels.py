"""Field labels of results tables: no names.

A results line opens with its field's label ("Halftime 0-0 .", "Attendance 18,500 .");
the model often reads the capitalized label as a person's or a club's name. A span that
is only such a label, opening a line, names nothing; nor do the common words labelling a
row of figures ("Operating Income 906 962 599 515") or a field's abbreviation in an
earnings table ("EPS", "DIV").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimx.extensions import doc_text
from claimx.items import NameSpan
from claimx.lexicon import is_common_word

#: labels opening the lines of a results table
TABLE_LABELS = frozenset(
    {"attendance", "crowd", "halftime", "half-time", "fulltime", "full-time", "referee", "scorers"}
)


#: abbreviations of the fields of earnings tables ("Gencor YR EPS 93.12"), wherever they stand
FIELD_ABBREVIATIONS = frozenset({"EPS", "DIV", "DPS"})


def _opens_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


#: what may follow a row label in a table of figures: numbers, currencies, "N / A"
_FIGURES_RE = re.compile(r"(?:[\d.,%$()+-]+|N / A|n\.?a\.?|nil|vs|[A-Z]{1,3}\$)(?: |$)")


def _row_label(text: str, span: NameSpan) -> bool:
    """Whether a body's name lies in the label of a line of figures, a label of capitalized
    common words: a table's row ("Operating Income 906 962 599 515", "Software Revenue
    2,383 1,558"); clubs, places and players head rows of figures too ("Ajax 3 2 0 1")."""
    if span.type != "organization" or span.entity.startswith("body|"):
        return False
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line = text[line_start : line_end if line_end >= 0 else len(text)] + " "
    words = line.split()
    n = next((i for i, w in enumerate(words) if _FIGURES_RE.fullmatch(w + " ")), len(words))
    label = " ".join(words[:n])
    if not label or not line.startswith(label) or span.end > line_start + len(label):
        return False
    rest = line[len(label) :].lstrip()
    if not all(w.istitle() and is_common_word(w) for w in words[:n]):
        return False
    if not any(c.isdigit() for c in rest):
        return False
    pos = 0
    while pos < len(rest):
        m = _FIGURES_RE.match(rest, pos)
        if m is None:
            return False
        pos = m.end()
    return True


def without_table_labels(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """The name spans but the labels opening results lines, the rows of tables of figures
    and the fields of tables."""
    text = doc_text(doc)
    return [
        s
        for s in spans
        if s.text not in FIELD_ABBREVIATIONS
        and not (s.text.lower() in TABLE_LABELS and _opens_line(text, s.start))
        and not _row_label(text, s)
    ]
