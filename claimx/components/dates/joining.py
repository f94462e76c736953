"""Spans holding several dates are split ("between 1994 and 1997", "Monday and Tuesday"),
number ranges share their unit ("seven to 10 years"), and a long span keeps its readable
part.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from claimx import timex
from claimx.components.dates.candidates import MONTH_DAY_RE
from claimx.components.dates.spans import _is_date_like, _trim
from claimx.patterns import (
    ORDINAL_RE,
    address_follows,
)

SPLIT_WORDS = {
    "and",
    "or",
    "to",
    "through",
    "-",
    "–",
    ",",
    "ended",
    "ending",
    "ends",
    "of",
    "until",
}
AGE_RE = re.compile(r"\d+[\s-](?:years?|months?|weeks?|days?)[\s-]old|\byears? old\b|-old\b", re.I)
# spans longer than this are not searched for a readable part
MAX_TRIM_TOKENS = 8
# a unit word alone reads as a vague duration or a rate, never as what a longer span meant
LONE_UNIT_RE = re.compile(
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?"
    r"|decades?|century|centuries)",
    re.I,
)
#: what joins two numbers that share the unit after the second: "seven to 10 years"
NUMBER_RANGE_JOINS = {"to", "-", "–", "or", "and"}
UNIT_WORD_RE = re.compile(
    r"(?:second|minute|hour|day|week|month|year|decade)s?|" + timex.UNIT_ABBREVIATION_PATTERN,
    re.I,
)


def _bare_number_then_length(doc: Doc, left: Span, right: Span) -> bool:
    """A bare number, then a number with a unit of time: "seven" and "10 years"."""
    return (
        all(t.like_num for t in left)
        and len(right) == 2
        and right[0].like_num
        and not FRACTION_RE.fullmatch(right[0].text)  # "3-1/2 years" is three and a half
        and bool(UNIT_WORD_RE.fullmatch(right[-1].text))
    )


FRACTION_RE = re.compile(r"\d/\d{1,2}")


AM_PM_WORDS = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"}
CLOCK_NUMBER_RE = re.compile(r"\d{1,2}(?::[0-5]\d)?")


def _bare_hour_then_clock(doc: Doc, left: Span, right: Span) -> bool:
    """A bare hour, then a clock time with a.m./p.m.: "4" and "7 p.m. Friday"."""
    return (
        len(left) == 1
        and bool(CLOCK_NUMBER_RE.fullmatch(left[0].text))
        and len(right) >= 2
        and bool(CLOCK_NUMBER_RE.fullmatch(right[0].text))
        and right[1].lower_ in AM_PM_WORDS
    )


def _compound_number_word(doc: Doc, k: int) -> bool:
    """Whether the hyphen at ``k`` joins a tens word to a unit word: "twenty-five" is one
    number, not a range from twenty to five."""
    return (
        doc[k].text == "-"
        and doc[k - 1].lower_ in timex.TENS
        and timex.SMALL_NUMBERS.get(doc[k + 1].lower_, 10) < 10
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
    )


def _number_range(doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """The two ends of a length or a span of hours given as a range: "seven to 10 years",
    "5-7 days", "10 or 12 years" are two lengths, the first sharing the second's unit (as
    TimeBank tags them); "4-7 p.m. Friday" is two times, the first sharing "p.m. Friday"."""
    k = next((k for k in range(start + 1, end - 2) if doc[k].lower_ in NUMBER_RANGE_JOINS), None)
    if k is None or _compound_number_word(doc, k):
        return None
    left, right = doc[_past_qualifiers(doc, start, k) : k], doc[k + 1 : end]
    if _bare_number_then_length(doc, left, right) or _bare_hour_then_clock(doc, left, right):
        return [(start, k), (k + 1, end)]
    return None


def _past_qualifiers(doc: Doc, start: int, end: int) -> int:
    """The first token after the qualifiers opening a span ("roughly 3", "more than 5"): the
    bound stays with the span, the number is read after it."""
    k = start
    while k < end - 1 and not doc[k].like_num and doc[k].lower_ in QUALIFIER_WORDS:
        k += 1
    return k


#: words of the qualifiers a range of lengths may open with ("roughly 3-4 hours")
QUALIFIER_WORDS = frozenset(w for phrase, _ in timex.BOUND_PREFIXES for w in phrase.split())


def _shared_units(doc: Doc, pieces: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """How to read a bare number that shares the unit of the piece after it ("seven" of
    "seven to 10 years" reads "seven years", "4" of "4-7 p.m. Friday" "4 p.m. Friday")."""
    shared = {}
    for (s, e), (s2, e2) in zip(pieces, pieces[1:], strict=False):
        if _bare_number_then_length(doc, doc[_past_qualifiers(doc, s, e) : e], doc[s2:e2]):
            shared[(s, e)] = f"{doc[s:e].text} {doc[e2 - 1].text}"
        elif _bare_hour_then_clock(doc, doc[s:e], doc[s2:e2]):
            shared[(s, e)] = f"{doc[s:e].text} {_start_half_of_day(doc[s], doc[s2:e2])}"
    return shared


def _start_half_of_day(start: Token, end: Span) -> str:
    """What the start of a span of hours shares with its end: "p.m. Friday" of "4-7 p.m.
    Friday", but "a.m." for a start after the end's hour ("9-5 p.m." opens in the morning)."""
    rest = end[1:].text
    first, last = int(start.text.split(":")[0]), int(end[0].text.split(":")[0])
    if end[1].lower_.startswith("p") and first > last and first < 12:
        return "a.m." + rest[len(end[1].text) :]
    return rest


def _split(doc: Doc, start: int, end: int, ref: date | None) -> list[tuple[int, int]]:
    """Split a span holding two expressions ("1994 and 1997", "the year ended Sept. 30")."""
    ranged = _number_range(doc, start, end)
    if ranged is not None:
        return ranged
    whole = timex.normalize(doc[start:end].text, ref)
    if whole is not None and whole.value is not None:
        return [(start, end)]
    if MONTH_DAY_RE.match(doc[start:end].text):
        # "April 24 and 25": two days of one month
        for i in range(start + 2, end - 1):
            if doc[i].lower_ in ("and", "or", "to", "through", "-", "–") and re.fullmatch(
                r"\d{1,2}", doc[i + 1].text
            ):
                return [(start, i), (i + 1, end if doc[end - 1].i > i + 1 else i + 2)]
    for i in range(start + 1, end - 1):
        low = doc[i].lower_
        if low not in SPLIT_WORDS:
            continue
        left, right = doc[start:i].text, doc[i + 1 : end].text
        lt = timex.normalize(left, ref)
        rt = timex.normalize(right, ref)
        if rt is None or rt.type not in ("date", "time"):
            continue
        if lt is None:
            continue
        if low == "of" and lt.type != "duration":
            continue
        if low in ("and", "or", "-", "–") and lt.type == "duration":
            continue  # "two weeks and a day"
        return _split(doc, start, i, ref) + _split(doc, i + 1, end, ref)
    return [(start, end)]


def _readable_part(doc: Doc, start: int, end: int, ref: date | None) -> tuple[int, int]:
    """The span, or its longest readable part when the whole does not read as a date.

    The model's spans sometimes take in a neighbouring word ("seven a year ago" after "up
    from", "the day Friday", "coup d'etat last year"). Parts that end where the span ends
    are tried first: the head of an English noun phrase comes last.
    """
    text = doc[start:end].text
    if end - start < 2 or end - start > MAX_TRIM_TOKENS or AGE_RE.search(text):
        return start, end
    if timex.normalize(text, ref) is not None:
        return start, end
    n = end - start
    parts = [(end - size, end) for size in range(n - 1, 0, -1)]
    parts += [(start, start + size) for size in range(n - 1, 0, -1)]
    for s, e in parts:
        if (s > start and not doc[s - 1].whitespace_) or (e < end and not doc[e - 1].whitespace_):
            continue  # never cut inside a word ("year-earlier")
        if e < end and doc[e].like_num:
            continue  # "the past three [summers]": the number belongs to what follows
        s, e = _trim(doc, s, e)
        if s >= e:
            continue
        part = doc[s:e].text
        if not _is_date_like(part) or LONE_UNIT_RE.fullmatch(part):
            continue
        if timex.normalize(part, ref) is not None:
            return s, e
    return start, end


def _is_street_number(doc: Doc, s: int, e: int) -> bool:
    """A span of numbers before a street name ("2301 8th" Ave., "1600" Pennsylvania Avenue)."""
    return all(t.like_num or ORDINAL_RE.fullmatch(t.lower_) for t in doc[s:e]) and (
        address_follows(doc, e) or address_follows(doc, e - 1)
    )
