"""Normalize a date or time expression to its TIMEX3 reading.

A table of named rules (:data:`RULES`, in the manner of Duckling): each is a name, a pattern
the cleaned expression must match whole, and a small function that builds the (type, value)
reading from the match and the context: the reference date, the tense of the governing verb,
the word just before the expression, and the last date the story named (the anchor that
anaphora such as "that week", "the following year", "two days earlier" resolve against). The
first rule that reads the expression wins. Word lists live in ``models/timex.json``.

The package keeps one concern per module: the words (``vocabulary``), calendar values
(``calendar_values``), numbers (``number_words``), the clean-up (``cleanup``), the context a
rule reads (``context``), the rule machinery (``rules``), one module of rules per dimension
(``sets``, ``days``, ``relative``, ``months``, ``years``, ``positions``, ``calendar_dates``)
and the table that lists them in order (``table``); the public API is here.

Nothing here reads the clock: with no reference date, anything that needs one gets
``value=None`` and ``relative=True``. dateparser is only asked about absolute dates in
formats the rules do not cover.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from claimx.timex import table  # noqa: F401  (fills RULES, in the table's order)
from claimx.timex.calendar_dates import ANCHORED_YEAR_SHIFTS
from claimx.timex.calendar_values import interval_of
from claimx.timex.cleanup import clean
from claimx.timex.context import _Ctx
from claimx.timex.durations import LEADING_THE_RE
from claimx.timex.holidays import HOLIDAYS
from claimx.timex.months import ANCHORED_NAME_SHIFTS
from claimx.timex.number_words import parse_number
from claimx.timex.rules import RULES, _resolve
from claimx.timex.shapes import TIME_ZONES
from claimx.timex.vocabulary import (
    APPROX_WORDS,
    BOUND_PREFIXES,
    BOUND_WORDS,
    EDGE_RE,
    HOUR_WORDS,
    KIND_PREFIXES,
    MONTHS,
    POSITIONS,
    PREPOSITIONS,
    SCHEDULED_EVENTS,
    SEASONS,
    SMALL_NUMBERS,
    TENS,
    UNIT_ABBREVIATION_PATTERN,
    UNIT_ABBREVIATION_RE,
    UNIT_HEADS_BEFORE_TIME,
    UNIT_RE,
    WEEKDAYS,
    Timex,
)

__all__ = [
    "ANCHORED_NAME_SHIFTS",
    "ANCHORED_YEAR_SHIFTS",
    "BOUND_PREFIXES",
    "BOUND_WORDS",
    "HOLIDAYS",
    "HOUR_WORDS",
    "KIND_PREFIXES",
    "MONTHS",
    "POSITIONS",
    "PREPOSITIONS",
    "RULES",
    "SCHEDULED_EVENTS",
    "SEASONS",
    "SMALL_NUMBERS",
    "TENS",
    "TIME_ZONES",
    "UNIT_ABBREVIATION_PATTERN",
    "UNIT_ABBREVIATION_RE",
    "UNIT_HEADS_BEFORE_TIME",
    "UNIT_RE",
    "WEEKDAYS",
    "Timex",
    "interval_of",
    "normalize",
    "not_a_date",
    "parse_number",
    "split_bound",
]


# "over the weekend", "within days", "some time": prepositions/determiners, not bounds
AMBIGUOUS_BOUNDS = {"over", "under", "within", "some"}
AMOUNT_RE = re.compile(
    r"(?:\d|a |an |one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|a half|half|a dozen|several|a few)"
)


def split_bound(text: str, prev_word: str | None = None) -> tuple[str, str | None]:
    """The expression without a leading qualifier, and the bound that qualifier expresses."""
    s = text
    prev = (prev_word or "").lower()
    bound = BOUND_WORDS.get(prev) if prev not in AMBIGUOUS_BOUNDS or AMOUNT_RE.match(s) else None
    changed = True
    while changed:
        changed = False
        for word, b in BOUND_PREFIXES:
            if s.startswith(word + " ") and len(s) > len(word) + 1:
                rest = s[len(word) + 1 :]
                if word in AMBIGUOUS_BOUNDS and not AMOUNT_RE.match(rest):
                    continue
                s = rest
                bound = b or bound
                changed = True
                break
    return s, bound


def normalize(
    text: str,
    ref: date | None,
    *,
    tense: str | None = None,
    prev_word: str | None = None,
    anchor: str | None = None,
    quarter: str | None = None,
) -> Timex | None:
    """The TIMEX3 reading of a date/time expression, or None when it is not one.

    ``anchor`` is the value of the last date mentioned before the expression; anaphoric
    expressions ("that quarter", "a year earlier" after a quarter) resolve against it.
    """
    key = (prev_word or "").lower() or None
    return _normalize_cached(text, ref, tense, key, anchor, quarter)[0]


def not_a_date(
    text: str,
    ref: date | None,
    *,
    tense: str | None = None,
    prev_word: str | None = None,
    anchor: str | None = None,
    quarter: str | None = None,
) -> bool:
    """Whether a rule found the expression is no date at all ("64-year-old", "the third period"
    of a game), as opposed to a date it cannot read."""
    key = (prev_word or "").lower() or None
    got, rejected = _normalize_cached(text, ref, tense, key, anchor, quarter)
    return got is None and rejected


@lru_cache(maxsize=16384)
def _normalize_cached(
    text: str,
    ref: date | None,
    tense: str | None,
    prev_word: str | None,
    anchor: str | None,
    quarter: str | None = None,
) -> tuple[Timex | None, bool]:
    """The reading, and whether a rule found the expression is no date at all."""
    s = clean(text)
    if not s:
        return None, False
    s, bound = split_bound(s, prev_word)
    # a leading preposition is context, not part of the expression ("since last week")
    while (first := s.split(" ", 1))[0] in PREPOSITIONS and len(first) == 2:
        prev_word, s = first[0], first[1]
    s, bound2 = split_bound(s, prev_word)
    bound = bound or bound2
    ctx = _Ctx(ref, tense, anchor, prev_word, quarter)
    try:
        return _reading(s, ctx, bound), ctx.not_a_date
    except (OverflowError, ValueError):
        return None, False  # a reference date at the edge of the calendar


EARLIER_LATER_RE = re.compile(r"^(?:earlier|later|late|early)\s+(?:in\s+|on\s+)?")
THE_UNIT_RE = re.compile(r"^(?:the|this)\s+(?=(?:month|year|week|quarter|decade)$)")


def _reading(s: str, ctx: _Ctx, bound: str | None) -> Timex | None:
    got = _resolve(s, ctx)
    if got is None:
        # "earlier this week", "later today", "early 1990s", "the end of the month": the
        # qualifier narrows the period but TIMEX3 keeps the period's value
        stripped = EARLIER_LATER_RE.sub("", s)
        if stripped == s:
            stripped = EDGE_RE.sub("", s, count=1)
            stripped = THE_UNIT_RE.sub("this ", stripped)
        if stripped != s and stripped:
            got = _resolve(stripped, ctx)
            if got is None:
                got = _resolve(LEADING_THE_RE.sub("", stripped), ctx)
    if got is None:
        return None
    ttype, value = got
    if ttype == "duration" and bound is None and ctx.prev_word in APPROX_WORDS:
        bound = "approximately"
    relative = ctx.used_ref
    interval = interval_of(value) if ttype in ("date", "time") else None
    if value is not None and value.endswith("_REF"):
        interval = None
    return Timex(ttype, value, relative, interval, bound, ctx.rule)
