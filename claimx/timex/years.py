"""Rules of decades, centuries, years and lengths of time: "the 1990s", "the 19th century",
"1999", "'89", "three years", "the week of ...".
"""

from __future__ import annotations

import re
from datetime import date

from claimx.timex.calendar_dates import CALENDAR_RULES
from claimx.timex.calendar_values import _two_digit_year, _week_value
from claimx.timex.context import ISO_DAY_RE, MODALS, _Ctx
from claimx.timex.durations import _duration
from claimx.timex.number_words import _fmt_number, parse_number
from claimx.timex.rules import UNREADABLE, Reading, Rule, _first_reading, rules_of
from claimx.timex.shapes import (
    APOSTROPHE_YEAR_RE,
    CENTURY_DIGITS_RE,
    CENTURY_WORDS,
    DECADE_DIGITS_RE,
    DECADE_WORDS,
    DECADE_WORDS_RE,
    ORDINAL_CENTURY_RE,
    WEEK_OF_RE,
    WORD_CENTURY_RE,
    YEAR_RE,
    YEAR_TWO_THOUSAND_RE,
)
from claimx.timex.vocabulary import SMALL_NUMBERS, TENS, UNITS

#: this dimension's rules, in the order tried
RULES: list[Rule] = []
rule = rules_of(RULES)


def _decade_in_ref_century(digit: int, ctx: _Ctx) -> Reading:
    """A decade named without its century: the latest one not after the reference year."""
    ref = ctx.need()
    if ref is None:
        return "date", None
    century = ref.year // 100
    if digit > ref.year % 100 // 10:
        century -= 1
    return "date", f"{century:02d}{digit}"


@rule("century-digits", CENTURY_DIGITS_RE)
def _century_digits(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the 1800s" -> 18 (before the decades: "1800s" is no decade "180")."""
    return "date", m[1]


@rule("decade-digits", DECADE_DIGITS_RE)
def _decade_digits(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the 1990s" -> 199, "the '80s" -> 198."""
    return ("date", f"{m[1]}{m[2]}") if m[1] else _decade_in_ref_century(int(m[2]), ctx)


@rule("decade-words", DECADE_WORDS_RE)
def _decade_words(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the nineties", "nineteen-sixties"."""
    if m[2] not in DECADE_WORDS:
        return None
    if m[1]:
        return "date", f"{SMALL_NUMBERS.get(m[1], TENS.get(m[1], 19))}{DECADE_WORDS[m[2]]}"
    return _decade_in_ref_century(DECADE_WORDS[m[2]], ctx)


@rule("ordinal-century", ORDINAL_CENTURY_RE)
def _ordinal_century(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the 20th century" -> 19."""
    return "date", f"{int(m[1]) - 1:02d}"


@rule("word-century", WORD_CENTURY_RE)
def _word_century(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the nineteenth century" -> 18."""
    n = CENTURY_WORDS.get(m[1])
    return ("date", f"{n - 1:02d}") if n else None


@rule("one-day-future", r"one day|some day|someday")
def _one_day_future(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "will one day be", "some day soon": some time ahead, not a day's length."""
    return ("date", "FUTURE_REF") if ctx.prev_word in MODALS or m[0] != "one day" else None


#: the units a length can be told in several parts of, largest first: "6 hours 18 minutes"
COMPOUND_UNITS = ["year", "month", "week", "day", "hour", "minute", "second"]
_COMPOUND_UNIT = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)"
_COMPOUND_NUM = r"(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)"
_COMPOUND_PART = rf"{_COMPOUND_NUM}\s+{_COMPOUND_UNIT}"
COMPOUND_PART_RE = re.compile(rf"(?P<num>{_COMPOUND_NUM})\s+(?P<unit>{_COMPOUND_UNIT})")
COMPOUND_DURATION_RE = re.compile(rf"{_COMPOUND_PART}(?:(?:,?\s+and|,)?\s+{_COMPOUND_PART}){{1,2}}")


@rule("compound-duration", COMPOUND_DURATION_RE)
def _compound_duration(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "6 hours 18 minutes", "26 minutes 38.08 seconds", "two years and three months": one
    length told in parts, each unit smaller than the one before (PT6H18M, PT26M38.08S)."""
    parts = []
    for p in COMPOUND_PART_RE.finditer(m[0]):
        n = parse_number(p["num"])
        if n is None:
            return None
        parts.append((COMPOUND_UNITS.index(p["unit"].rstrip("s")), n))
    ranks = [r for r, _ in parts]
    if ranks != sorted(set(ranks)) or any(n != int(n) for _, n in parts[:-1]):
        return None  # "3 minutes 2 hours" is no one length; only the last part has a fraction
    date_part = "".join(f"{_fmt_number(n)}{UNITS[COMPOUND_UNITS[r]][0]}" for r, n in parts if r < 4)
    time_part = "".join(
        f"{_fmt_number(n)}{UNITS[COMPOUND_UNITS[r]][0]}" for r, n in parts if r >= 4
    )
    return "duration", "P" + date_part + ("T" + time_part if time_part else "")


@rule("duration", r".+")
def _duration_rule(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "30 years", "the past two months", "five-hour", "several years", "decades"."""
    dur = _duration(m[0])
    return ("duration", dur) if dur is not None else None


@rule("year", YEAR_RE)
def _year(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "1915", "fiscal 1989", "1994 or later"."""
    return "date", m["y"]


@rule("apostrophe-year", APOSTROPHE_YEAR_RE)
def _apostrophe_year(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "'89" -> 1989, "'05" -> 2005."""
    return "date", str(_two_digit_year(m[1]))


@rule("year-two-thousand", YEAR_TWO_THOUSAND_RE)
def _year_two_thousand(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the year two thousand and one" -> 2001."""
    return "date", str(2000 + SMALL_NUMBERS.get(m[1] or "zero", 0))


@rule("week-of", WEEK_OF_RE)
def _week_of(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the week of March 3": the ISO week holding the day."""
    got = _first_reading(CALENDAR_RULES, m[1], ctx)
    if got and got[0][1] and ISO_DAY_RE.fullmatch(got[0][1]):
        return "date", _week_value(date.fromisoformat(got[0][1]))
    return UNREADABLE
