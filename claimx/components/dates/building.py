"""One date record from a span: its tense, the word before it, the anchor it may resolve
against, its TIMEX3 reading, and the bound of a length.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from claimx import timex
from claimx.components.dates.candidates import YEAR_RE
from claimx.components.dates.filters import _judged_not_placed, _no_date, _two_word_bound, is_rate
from claimx.components.dates.tense import verb_tense
from claimx.patterns import (
    preposition_after_object,
)
from claimx.records import Date, Interval

A_UNIT_RE = re.compile(r"\b(?:a|an)\s+(?:second|minute|hour|day|night|week|month|quarter|year)$")
FISCAL_YEAR_RE = re.compile(r"(?:the\s+|its\s+)?(?:fiscal\s+|financial\s+)?year")
APPROX_BEFORE = {"about", "approximately", "roughly", "around", "some", "nearly", "almost"}


#: words that close a period on the date after them: "the year ended March 31", "to March"
PERIOD_CLOSERS = {"ended", "ending", "to", "through"}


def _closed_by_a_date(span: Span) -> bool:
    """Whether a closing word and a date follow the span ("the year to March 2012")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in PERIOD_CLOSERS:
        return False
    nxt = doc[span.end + 1]
    return (
        doc[span.end].lower_ in ("ended", "ending")
        or bool(YEAR_RE.match(nxt.text))
        or nxt.lower_.rstrip(".") in timex.MONTHS
    )


#: verbs whose bare noun-phrase complement is a length ("will take one day", "lasts a week")
LENGTH_VERBS = {"take", "last", "spend", "need", "require", "wait", "run", "stay", "remain"}


def _adverb_of_time(span: Span) -> bool:
    """A bare noun phrase modifying a verb that takes no length: "will one day regret it",
    "can benefit the country one day"; not "will take one day"."""
    root = span.root
    return root.dep_ == "npadvmod" and root.head.lemma_ not in LENGTH_VERBS


def _make_date(
    span: Span,
    ref: date | None,
    anchor: str | None = None,
    read_as: str | None = None,
    quarter: str | None = None,
) -> Date | None:
    text = span.text
    low = text.lower()
    if _no_date(span, read_as):
        return None
    doc = span.doc
    prev = doc[span.start - 1].lower_ if span.start > 0 else None
    if prev == "than" and span.start > 1:
        prev = doc[span.start - 2].lower_ + " than"
    tense = verb_tense(span.root)
    before = doc[max(0, span.start - 3) : span.start].text.lower()
    if re.search(
        r"(?:as (?:soon|early) as|scheduled for|set for|planned for|due|until|effective|payable)$",
        before,
    ):
        tense = "future"
    if low == "one day" and tense == "future" and _adverb_of_time(span):
        read_as = "some day"  # "can benefit this country one day": some time ahead
    tx = timex.normalize(
        read_as or text, ref, tense=tense, prev_word=prev, anchor=anchor, quarter=quarter
    )
    if tx is None:
        if (
            not re.search(r"[A-Za-z]", text)
            or _judged_not_placed(span)
            or timex.not_a_date(
                read_as or text, ref, tense=tense, prev_word=prev, anchor=anchor, quarter=quarter
            )
        ):
            return None
        dtype = "time" if span.root.ent_type_ == "TIME" else "date"
        return Date(
            id="",
            text=text,
            start=span.start_char,
            end=span.end_char,
            type=dtype,
            value=None,
            relative=ref is None,
            interval=None,
        )
    ttype, value, relative = tx.type, tx.value, tx.relative
    if ttype == "set" and A_UNIT_RE.search(low) and not is_rate(span):
        # "within a week", "for a month": one unit's length; only "$5 a week" is a rate
        ttype = "duration"
    if FISCAL_YEAR_RE.fullmatch(low) and _closed_by_a_date(span):
        # "the year ended March 31", "the year to March": a twelve-month reporting period
        # counted back from the date, not the calendar year
        ttype, value, relative = "duration", "P1Y", False
    interval = Interval(start=tx.interval[0], end=tx.interval[1]) if tx.interval else None
    bound = tx.bound
    if bound is None and ttype == "duration":
        bound = "approximately" if prev in APPROX_BEFORE else _two_word_bound(span)
    if prev in ("over", "under") and preposition_after_object(doc[span.start - 1], span[0]):
        bound = None  # "sold 2,000 cars over 3 months": when, not how long at least
    return Date(
        id="",
        text=text,
        start=span.start_char,
        end=span.end_char,
        type=ttype,
        value=value,
        relative=relative,
        interval=interval if ttype in ("date", "time") else None,
        bound=bound,  # type: ignore[arg-type]
    )
