"""Dates: find date/time expressions, trim them to TIMEX3 spans and normalize them.

Candidates are the model's DATE/TIME entities plus what the model tends to miss
(weekdays, "now", "recently", "daily", "this weekend", bare durations). Each is
trimmed the way TimeBank annotates (no leading preposition, no possessive, no
"about"), split where it holds two dates ("between 1994 and 1997"), given the
tense of its governing verb, and normalized by :mod:`claimx.timex`.

One module per step: candidate spans (``candidates``), their extent (``spans``), splitting
and number ranges (``joining``), what is no date (``filters``), the tense of the governing
verb (``tense``), one record from a span (``building``), the walk that carries the anchor
(``anchoring``) and what the read dates tell each other (``merging``); the component is here.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

import claimx.extensions  # noqa: F401  (registers the Doc extensions)
from claimx.components.dates.anchoring import find_dates


class DatesComponent:
    """Sets ``doc._.claimx_dates``: the doc's dates as :class:`claimx.records.Date` items."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_dates = find_dates(doc, doc._.claimx_reference_date)
        return doc


@Language.factory(
    "claimx_dates",
    default_config={},
    requires=[
        "doc.ents",
        "token.dep",
        "token.tag",
        "token.pos",
        "token.lemma",
        "token.ent_type",
        "token.ent_iob",
        "token.is_sent_start",
        "doc._.claimx_nonbody",
    ],
    assigns=["doc._.claimx_dates"],
)
def make_dates(nlp: Language, name: str) -> DatesComponent:
    """Factory for the claimx_dates component."""
    return DatesComponent(nlp, name)
