"""Normalize a date or time expression to its TIMEX3 reading.

A table of named rules (:data:`RULES`, in the manner of Duckling): each is a name, a pattern
the cleaned expression must match whole, and a small function that builds the (type, value)
reading from the match and the context: the reference date, the tense of the governing verb,
the word just before the expression, and the last date the story named (the anchor that
anaphora such as "that week", "the following year", "two days earlier" resolve against). The
first rule that reads the expression wins. Word lists live in ``models/timex.json``.

Nothing here reads the clock: with no reference date, anything that needs one gets
``value=None`` and ``relative=True``. dateparser is only asked about absolute dates in
formats the rules do not cover.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib.resources import files
from typing import Any, Literal

from claimx.numbers import parse_number as read_number

Tense = Literal["past", "present", "future"]
TimexType = Literal["date", "time", "duration", "set"]


@dataclass(frozen=True)
class Timex:
    """The TIMEX3 reading of one expression."""

    type: TimexType
    value: str | None
    relative: bool
    interval: tuple[str, str] | None = None
    bound: str | None = None
    rule: str | None = None  # the name of the rule that read it


# ---------------------------------------------------------------- vocabulary

# the word lists the rules read (models/timex.json)
_WORDS: dict[str, Any] = json.loads(
    files("claimx.models").joinpath("timex.json").read_text("utf-8")
)

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS.update({"sept": 9, "june": 6, "july": 7})
# "may" and "march" are too often verbs to read alone; callers pass spans the model tagged.

WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(calendar.day_name):
    WEEKDAYS[_name.lower()] = _i
    WEEKDAYS[_name.lower() + "s"] = _i
for _abbr, _i in {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3}.items():
    WEEKDAYS[_abbr] = _i
WEEKDAYS.update({"fri": 4, "sat": 5, "sun": 6})

SEASONS = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
# first month of each season (winter starts in December of the year it is named by)
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "mid afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "nights": "NI",
    "overnight": "NI",
}

SMALL_NUMBERS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "dozen": 12,
    "a dozen": 12,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a pair of": 2,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
VAGUE_NUMBERS = {
    "few",
    "a few",
    "several",
    "some",
    "many",
    "a number of",
    "numerous",
    "a couple more",
    "recent",
    "coming",
    "the coming",
    "next few",
    "past few",
    # "hundreds of years": a number of the unit told only by its order of magnitude
    "dozens of",
    "scores of",
    "hundreds of",
    "thousands of",
    "tens of thousands of",
    "hundreds of thousands of",
    "millions of",
}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": 4,
    "final": 4,
}

# unit word -> (TIMEX3 duration letter, is a time unit, granularity name)
UNITS: dict[str, tuple[str, bool, str]] = {
    "second": ("S", True, "second"),
    "minute": ("M", True, "minute"),
    "hour": ("H", True, "hour"),
    "day": ("D", False, "day"),
    "night": ("D", False, "day"),
    "week": ("W", False, "week"),
    "weekend": ("D", False, "weekend"),
    "fortnight": ("W", False, "fortnight"),
    "month": ("M", False, "month"),
    "quarter": ("Q", False, "quarter"),
    "year": ("Y", False, "year"),
    "decade": ("DE", False, "decade"),
    "century": ("CE", False, "century"),
    "centurie": ("CE", False, "century"),
    "millennium": ("ML", False, "millennium"),
}
UNIT_RE = (
    r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?"
    r"|quarters?|years?|decades?|century|centuries|millenni(?:um|a))"
)

#: time units written short after a number ("3 hrs", "45 mins"), and their full words
UNIT_ABBREVIATIONS: dict[str, str] = {
    k: v for k, v in _WORDS["unit_abbreviations"].items() if not k.startswith("_")
}
UNIT_ABBREVIATION_PATTERN = (
    r"(?:" + "|".join(sorted(map(re.escape, UNIT_ABBREVIATIONS), key=len, reverse=True)) + r")"
)
# only after digits: "3 hrs", "45min."; "min" and "sec" alone are other words
UNIT_ABBREVIATION_RE = re.compile(r"(?<=\d)\s?(" + UNIT_ABBREVIATION_PATTERN + r")\.?(?![\w])")


def _day_ordinals(words: dict[str, Any]) -> dict[str, int]:
    """Ordinal words for the days of a month, 1 to 31: the table's, and "twenty-first" …"""
    days = {w: n for w, n in words.items() if not w.startswith("_")}
    for tens, base in (("twenty", 20), ("thirty", 30)):
        for w, n in list(days.items()):
            if n < 10 and base + n <= 31:
                days[f"{tens}-{w}"] = days[f"{tens} {w}"] = base + n
    return days


DAY_ORDINAL_WORDS = _day_ordinals(_WORDS["day_ordinal_words"])
_DAY_WORD = "|".join(sorted(map(re.escape, DAY_ORDINAL_WORDS), key=len, reverse=True))
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
# a day written in words beside its month reads as digits: "the first of July", "July the third"
DAY_WORD_BEFORE_MONTH_RE = re.compile(rf"\b({_DAY_WORD})(?=\s+of\s+(?:{_MONTH_WORD})\b)")
DAY_WORD_AFTER_MONTH_RE = re.compile(
    rf"\b({_MONTH_WORD})\s+(?:the\s+)?({_DAY_WORD}|\d{{1,2}}(?:st|nd|rd|th))\b"
)


def _day_digits(m: re.Match[str]) -> str:
    day = m.group(m.lastindex or 1)
    return str(DAY_ORDINAL_WORDS.get(day, day))


#: words that make a time unit after them part of another unit: "light years" (a length),
#: "kilowatt hours" (energy), "man-hours" (work)
UNIT_HEADS_BEFORE_TIME: frozenset[str] = frozenset(_WORDS["unit_heads_before_time"])
#: prefixes that fuse with a time unit into a kind of thing: "after-hours", "multi-year"
KIND_PREFIXES: frozenset[str] = frozenset(_WORDS["kind_prefixes"])
VAGUE_REFS: dict[str, str] = _WORDS["vague_refs"]
# recurrences said in one word or phrase: "daily", "every week", "per annum"
SET_WORDS: dict[str, str] = _WORDS["set_words"]

# leading qualifiers: bound they express (None: dropped without a bound)
BOUND_PREFIXES: list[tuple[str, str | None]] = [
    ("more than", "more_than"),
    ("over", "more_than"),
    ("upwards of", "more_than"),
    ("in excess of", "more_than"),
    ("at least", "at_least"),
    ("no less than", "at_least"),
    ("less than", "less_than"),
    ("fewer than", "less_than"),
    ("under", "less_than"),
    ("within", "at_most"),
    ("at most", "at_most"),
    ("up to", "at_most"),
    ("no more than", "at_most"),
    ("about", "approximately"),
    ("around", "approximately"),
    ("approximately", "approximately"),
    ("roughly", "approximately"),
    ("some", "approximately"),
    ("nearly", "approximately"),
    ("almost", "approximately"),
    ("close to", "approximately"),
    ("an estimated", "approximately"),
    ("just", None),
    ("only", None),
    ("barely", None),
    ("fully", None),
    ("a full", None),
    ("as long as", None),
    ("as much as", None),
    ("as many as", None),
    ("as early as", None),
    ("as late as", None),
]
APPROX_WORDS = {w for w, b in BOUND_PREFIXES if b == "approximately"}
BOUND_WORDS = {w: b for w, b in BOUND_PREFIXES if b}

# edge modifiers: TIMEX3 keeps the value of the whole period ("early 1990s" -> 199)
EDGE_RE = re.compile(
    r"^(?:the\s+)?(?:(?:very\s+)?early|late|mid|middle|end|beginning|start|close|first half|"
    r"second half|last half|dawn)(?:\s*-\s*|\s+of\s+|\s+)"
)
PREPOSITIONS = {
    "since",
    "on",
    "in",
    "at",
    "by",
    "for",
    "until",
    "till",
    "during",
    "from",
    "to",
    "through",
    "throughout",
    "after",
    "before",
    "between",
    "of",
    "into",
    "ahead of",
    "as of",
    "prior to",
}


# ---------------------------------------------------------------- calendar helpers


def _iso(d: date) -> str:
    return d.isoformat()


def _week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _add_years(d: date, years: int) -> date:
    y = d.year + years
    if not 1 <= y <= 9999:
        raise ValueError("year out of range")
    return date(y, d.month, min(d.day, calendar.monthrange(y, d.month)[1]))


def _quarter(d: date) -> int:
    return (d.month - 1) // 3 + 1


# TIMEX3 date values
ISO_DAY_GROUPS_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
WEEK_VALUE_RE = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
MONTH_VALUE_RE = re.compile(r"(\d{4})-(\d{2})")
QUARTER_VALUE_RE = re.compile(r"(\d{4})-Q([1-4])")
HALF_VALUE_RE = re.compile(r"(\d{4})-H([12])")
SEASON_VALUE_RE = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
FOUR_DIGITS_RE = re.compile(r"\d{4}")
DECADE_VALUE_RE = re.compile(r"\d{3}")
CENTURY_VALUE_RE = re.compile(r"\d{2}")


def interval_of(value: str | None) -> tuple[str, str] | None:
    """ISO start/end dates of the calendar span a TIMEX3 date value covers, or None."""
    if not value:
        return None
    # a day TimeML cannot tell lies within what it can: "1998-10-XX" in October 1998
    v = re.sub(r"(?:-XX)+$", "", value.split("T")[0])
    try:
        if m := ISO_DAY_GROUPS_RE.fullmatch(v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return _iso(d), _iso(d)
        if m := WEEK_VALUE_RE.fullmatch(v):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return _iso(monday + timedelta(5)), _iso(monday + timedelta(6))
            return _iso(monday), _iso(monday + timedelta(6))
        if m := MONTH_VALUE_RE.fullmatch(v):
            y, mo = int(m[1]), int(m[2])
            return _iso(date(y, mo, 1)), _iso(date(y, mo, calendar.monthrange(y, mo)[1]))
        if m := QUARTER_VALUE_RE.fullmatch(v):
            y, q = int(m[1]), int(m[2])
            last = 3 * q
            return _iso(date(y, last - 2, 1)), _iso(date(y, last, calendar.monthrange(y, last)[1]))
        if m := HALF_VALUE_RE.fullmatch(v):
            y, h = int(m[1]), int(m[2])
            return (f"{y}-01-01", f"{y}-06-30") if h == 1 else (f"{y}-07-01", f"{y}-12-31")
        if m := SEASON_VALUE_RE.fullmatch(v):
            y, s = int(m[1]), SEASON_START[m[2]]
            start = date(y, s, 1)
            end = _add_months(start, 3) - timedelta(1)
            return _iso(start), _iso(end)
        if FOUR_DIGITS_RE.fullmatch(v):
            return f"{v}-01-01", f"{v}-12-31"
        if DECADE_VALUE_RE.fullmatch(v):
            return f"{v}0-01-01", f"{v}9-12-31"
        if CENTURY_VALUE_RE.fullmatch(v):
            return f"{v}00-01-01", f"{v}99-12-31"
    except ValueError:
        return None
    return None


# ---------------------------------------------------------------- number words


DECIMAL_RE = re.compile(r"\d+(\.\d+)?")
MIXED_FRACTION_RE = re.compile(r"(\d+)\s+(\d)/(\d)")


def parse_number(s: str) -> float | None:
    """A number written in digits or words ("30", "thirty-five", "a", "1 1/2"), else None: the
    words a time expression counts with ("a", "a couple of", "half a"), then the one number
    grammar of claimx.numbers."""
    s = s.strip().lower().replace(",", "")
    if not s:
        return None
    if DECIMAL_RE.fullmatch(s):
        return float(s)
    if m := MIXED_FRACTION_RE.fullmatch(s):
        return int(m[1]) + int(m[2]) / int(m[3])
    if s in SMALL_NUMBERS:
        return float(SMALL_NUMBERS[s])
    if s in ("half", "a half", "half a", "half an"):
        return 0.5
    reading = read_number(s)
    if reading is None or reading[0] is None:
        return None  # vague ("several") or no number
    value = float(reading[0])
    if value != int(value) and not any(c.isdigit() for c in s) and "half" not in s:
        return None  # "the third month" counts by ordinal, not by a fraction
    return value


def _fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration for n units ("X" when n is vague): 30 years -> P30Y, 2 hours -> PT2H."""
    letter, is_time, _ = UNITS[unit]
    if unit == "decade":
        # TimeBank writes decades in years: "two decades" P20Y, "decades" PXY
        return f"P{_fmt_number(10 * n)}Y" if n is not None else "PXY"
    if unit == "weekend":
        return "P2D" if n in (None, 1) else f"P{_fmt_number(2 * n)}D"
    if unit == "fortnight":
        return f"P{_fmt_number(2 * n)}W" if n is not None else "PXW"
    if n is None:
        amount = "X"
    elif n != int(n):
        # fractions go to the next smaller unit where one exists: 5 1/2 hours -> PT5H30M
        whole, frac = int(n), n - int(n)
        if unit == "hour":
            return f"PT{whole}H{round(frac * 60)}M" if whole else f"PT{round(frac * 60)}M"
        if unit == "minute":
            return f"PT{whole}M{round(frac * 60)}S" if whole else f"PT{round(frac * 60)}S"
        if unit == "year":
            return f"P{whole}Y{round(frac * 12)}M" if whole else f"P{round(frac * 12)}M"
        if unit == "day":
            return f"P{whole}DT{round(frac * 24)}H" if whole else f"PT{round(frac * 24)}H"
        amount = f"{n:g}"
    else:
        amount = str(int(n))
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _unit_key(word: str) -> str:
    w = word.lower()
    if w in ("centuries",):
        return "century"
    if w in ("millennia",):
        return "millennium"
    if w.endswith("s") and w[:-1] in UNITS:
        return w[:-1]
    return w


# ---------------------------------------------------------------- text clean-up


SPACES_RE = re.compile(r"\s+")
AM_PM_RE = re.compile(r"(?:\b|(?<=\d))([ap])\.?\s?m\b\.?")
POSSESSIVE_S_RE = re.compile(r"'s$|s'$")
POSSESSIVE_END_RE = re.compile(r"\w's$")
SEPT_RE = re.compile(r"\bsept\b\.?|\bsep\b\.?")
MONTH_ABBR_DOT_RE = re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|oct|nov|dec|sep)\.")
WEEKDAY_ABBR_DOT_RE = re.compile(r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.")
DASH_SPACES_RE = re.compile(r"\s*-\s*")
DOUBLED_ARTICLE_RE = re.compile(r"\b(the|a) \1\b")
OR_SO_RE = re.compile(r"\s+or so\b")
VAGUE_LEAD_RE = re.compile(r"^(?:sometime|some time|both|either)\s+(?=\S)")
DAY_KIND_RE = re.compile(r"\b(?:trading|business|working|calendar|school)\s+(?=days?\b)")
YEARS_END_RE = re.compile(r"\byear's end\b")
# a whole number and a fraction joined by a hyphen: "3-1/2 years" is three and a half
HYPHENED_FRACTION_RE = re.compile(r"\b(\d+)-(\d/\d{1,2})\b")
# a fraction set as one character after a whole number: "5 ½ years", "2½ hours" are the
# same as "5 1/2 years", "2 1/2 hours"
VULGAR_FRACTIONS = {"½": "1/2", "¼": "1/4", "¾": "3/4", "⅓": "1/3", "⅔": "2/3"}
VULGAR_AFTER_NUMBER_RE = re.compile(r"(\d)\s?([" + "".join(VULGAR_FRACTIONS) + r"])")
# British "financial year" is the fiscal year; "month-end" the end of the month
FINANCIAL_YEAR_RE = re.compile(r"\bfinancial year\b")
UNIT_END_RE = re.compile(r"^(month|quarter)-end$")
# a day with a two-digit year after a slash, as tables write it: "May 22/96"
MONTH_DAY_SLASH_YEAR_RE = re.compile(r"^([a-z]{3,9} \d{1,2})/(\d{2})$")
# a share of a century is so many years: "a quarter-century" is P25Y, "half a century" P50Y
CENTURY_SHARES = [
    (re.compile(r"\b(?:(?:a|an|one)\s+)?quarter[\s-]+(?:of\s+a\s+)?century\b"), "25 years"),
    (re.compile(r"\bhalf\s+a\s+century\b|\b(?:(?:a|one)\s+)?half[\s-]+century\b"), "50 years"),
]


def clean(text: str) -> str:
    """Lower-case and regularize an expression: a.m./p.m., dashes, possessives, punctuation."""
    s = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = SPACES_RE.sub(" ", s).strip()
    s = AM_PM_RE.sub(r"\1m", s)
    s = POSSESSIVE_S_RE.sub("", s) if POSSESSIVE_END_RE.search(s) else s
    s = s.strip(" .,;:!?\"'`()[]")
    s = SEPT_RE.sub("sep", s)
    s = MONTH_ABBR_DOT_RE.sub(r"\1", s)
    s = WEEKDAY_ABBR_DOT_RE.sub(r"\1", s)
    s = DASH_SPACES_RE.sub("-", s)
    s = DOUBLED_ARTICLE_RE.sub(r"\1", s)
    s = OR_SO_RE.sub("", s)
    s = VAGUE_LEAD_RE.sub("", s)
    s = DAY_KIND_RE.sub("", s)
    s = YEARS_END_RE.sub("year-end", s)
    s = FINANCIAL_YEAR_RE.sub("fiscal year", s)
    s = HYPHENED_FRACTION_RE.sub(r"\1 \2", s)
    s = VULGAR_AFTER_NUMBER_RE.sub(lambda m: f"{m[1]} {VULGAR_FRACTIONS[m[2]]}", s)
    s = UNIT_END_RE.sub(r"the end of the \1", s)
    s = MONTH_DAY_SLASH_YEAR_RE.sub(lambda m: f"{m[1]}, {_two_digit_year(m[2])}", s)
    s = UNIT_ABBREVIATION_RE.sub(lambda m: " " + UNIT_ABBREVIATIONS[m.group(1)], s)
    for pattern, years in CENTURY_SHARES:
        s = pattern.sub(years, s)
    s = SPOKEN_YEAR_RE.sub(_spoken_year, s)
    s = DAY_WORD_BEFORE_MONTH_RE.sub(_day_digits, s)
    s = DAY_WORD_AFTER_MONTH_RE.sub(lambda m: f"{m[1]} {_day_digits(m)}", s)
    return s


SPOKEN_YEAR_RE = re.compile(
    r"\b(nineteen|twenty)[\s-](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(one|two|three|four|five|six|seven|eight|nine))?\b(?![\s-](?:years?|days?|months?))"
)


def _spoken_year(m: re.Match[str]) -> str:
    """ "nineteen ninety-four" -> "1994" (years as said on air)."""
    rest = parse_number(m[2] + (f"-{m[3]}" if m[3] else ""))
    if rest is None:
        return m[0]
    return f"{19 if m[1] == 'nineteen' else 20}{int(rest):02d}"


# ---------------------------------------------------------------- resolution rules


QUARTER_OR_HALF_VALUE_RE = re.compile(r"(\d{4})-([QH][1-4])")
ISO_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


# how fine a date value is, and how fine a unit: an anchor counts for units no finer than it
ANCHOR_GRAINS = [
    (ISO_DAY_RE, 0),
    (WEEK_VALUE_RE, 1),
    (MONTH_VALUE_RE, 2),
    (QUARTER_VALUE_RE, 3),
    (SEASON_VALUE_RE, 3),
    (HALF_VALUE_RE, 4),
    (FOUR_DIGITS_RE, 5),
]
UNIT_GRAINS = {
    "day": 0,
    "week": 1,
    "weekend": 1,
    "fortnight": 1,
    "month": 2,
    "quarter": 3,
    "year": 5,
    "decade": 6,
    "century": 7,
}


class _Ctx:
    """Everything a rule needs: the reference date and the verb tense."""

    def __init__(
        self,
        ref: date | None,
        tense: str | None,
        anchor: str | None = None,
        prev_word: str | None = None,
        quarter: str | None = None,
    ) -> None:
        self.ref = ref
        # the last quarter or half mentioned before, however many dates came since
        self.quarter = quarter
        self.prev_word = prev_word
        self.tense = tense
        # the value of the last date mentioned before: anaphora ("that quarter") resolve to it
        self.anchor = anchor
        self.used_ref = False
        # the name of the rule that read the expression
        self.rule: str | None = None
        # whether a rule found the expression is no date at all
        self.not_a_date = False

    def anchor_quarter(self, remembered: bool = False) -> tuple[int, str] | None:
        """(year, 'Q3') when the last date mentioned was a quarter or half.

        With ``remembered``, the last quarter named before counts too: an expression that
        itself says quarter or period ("the 1988 quarter") goes back to it past other dates.
        """
        for value in (self.anchor, self.quarter if remembered else None):
            if value and (m := QUARTER_OR_HALF_VALUE_RE.fullmatch(value)):
                return int(m[1]), m[2]
        return None

    def anchor_day(self) -> date | None:
        """The last date mentioned, when it was a single calendar day."""
        if self.anchor and ISO_DAY_RE.fullmatch(self.anchor):
            return date.fromisoformat(self.anchor)
        return None

    def anchor_month_or_year(self) -> str | None:
        """The day of a month or a year the story last named, as TimeML writes a day it
        cannot tell: "last October ... that same day" is 1998-10-XX (the reference day when
        it lies in that month or year)."""
        value = self.anchor or ""
        span = interval_of(value) if value and self.ref is not None else None
        if span is not None and span[0] <= _iso(self.ref) <= span[1]:
            return None  # the reference day is in it: the day told of is the reference's
        if MONTH_VALUE_RE.fullmatch(value):
            return f"{value}-XX"
        if re.fullmatch(r"\d{4}", value):
            return f"{value}-XX-XX"
        return None

    def anchor_within(self, unit: str) -> date | None:
        """The first day of the last date mentioned, when that date is at least as fine as unit.

        "the previous quarter" after "the fourth quarter of 1998" is 1998-Q3, "the following
        year" after "in March 1995" is 1996; a year does not anchor "the following week".
        """
        value = self.anchor or ""
        for pattern, grain in ANCHOR_GRAINS:
            if pattern.fullmatch(value):
                span = interval_of(value)
                if span is None or grain > UNIT_GRAINS.get(unit, -1):
                    return None
                return date.fromisoformat(span[0])
        return None

    def need(self) -> date | None:
        self.used_ref = True
        return self.ref


def _weekday_date(wd: int, ctx: _Ctx, mod: str | None) -> date | None:
    # "the previous Friday", "the following Monday" count from the day the story last named;
    # "last Friday", "next Monday" from the reference date
    anchored = mod in ("previous", "prior", "preceding", "following") and ctx.anchor_day()
    ref = anchored or ctx.need()
    if ref is None:
        return None
    delta = (ref.weekday() - wd) % 7
    before = ref - timedelta(delta)  # on or before
    after = ref + timedelta((wd - ref.weekday()) % 7)  # on or after
    if mod in ("last", "previous", "past", "this past"):
        return before if delta else ref - timedelta(7)
    if mod in ("next", "following", "coming", "this coming"):
        return after if after != ref else ref + timedelta(7)
    if mod == "this":
        # "this Friday": the one just gone in a past-tense clause, else the one ahead ("the
        # deadline is this Tuesday", said on a Thursday, is five days on)
        return before if ctx.tense == "past" else after
    if ctx.tense == "future" or (ctx.tense is None and ctx.prev_word in UNTIL_WORDS):
        return after  # "Lane closed through Friday": no verb, and the closure runs on
    return before


#: words before a day up to which something lasts; without a tense, the day is ahead
UNTIL_WORDS = frozenset({"until", "till", "through", "thru"})


def _month_year(month: int, ctx: _Ctx, mod: str | None) -> int | None:
    ref = ctx.need()
    if ref is None:
        return None
    if mod in ("last", "previous", "past"):
        # the latest one before the reference month ("last June" said in October is this
        # year's), but the month just past is "last month": "last February" said in March is
        # a year back
        return ref.year if month < ref.month - 1 else ref.year - 1
    if mod == "this past":
        return ref.year if month < ref.month else ref.year - 1
    if mod in ("next", "following", "coming", "this coming"):
        return ref.year if month > ref.month else ref.year + 1
    if mod == "this":
        return ref.year
    # the nearest occurrence, unless the tense says otherwise and the nearest is far off
    diff = month - ref.month
    year = ref.year - 1 if diff > 6 else ref.year + 1 if diff < -6 else ref.year
    ahead = (year - ref.year) * 12 + diff
    if ctx.tense == "past" and ahead > SLACK_MONTHS:
        return year - 1
    if ctx.tense == "future" and ahead < 0:
        return year + 1  # "will be held in February" said in March: next year's
    return year


def _season_year(season: str, ctx: _Ctx, mod: str | None) -> int | None:
    ref = ctx.need()
    if ref is None:
        return None
    start = SEASON_START[season]
    # the season that contains the reference month, and whether it is over
    ref_season_year = ref.year if not (season == "WI" and ref.month <= 2) else ref.year - 1
    current = _season_of(ref) == season
    if mod in ("last", "previous", "past", "this past"):
        if current or mod != "this past":
            return ref_season_year - 1
        return ref.year if start < ref.month else ref.year - 1
    if mod in ("next", "following", "coming", "this coming"):
        if current:
            return ref_season_year + 1
        return ref.year if start > ref.month else ref.year + 1
    if current:
        return ref_season_year
    if mod == "this" and season != "WI":
        return ref.year  # "this spring" is this year's, whatever the tense
    if ctx.tense == "past":
        return ref.year if start < ref.month else ref.year - 1
    if ctx.tense == "future":
        return ref.year if start > ref.month else ref.year + 1
    return ref.year


def _season_of(d: date) -> str:
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        d.month, "FA"
    )


def _shift(ref: date, unit: str, n: int) -> str | None:
    """The calendar unit n steps from the reference (n may be negative), as a TIMEX3 value."""
    try:
        if unit == "day":
            return _iso(ref + timedelta(n))
        if unit in ("week", "fortnight"):
            return _week_value(ref + timedelta(7 * n * (2 if unit == "fortnight" else 1)))
        if unit == "weekend":
            return _week_value(ref + timedelta(7 * n)) + "-WE"
        if unit == "month":
            return _add_months(ref, n).strftime("%Y-%m")
        if unit == "quarter":
            q = _quarter(ref) - 1 + n
            return f"{ref.year + q // 4}-Q{q % 4 + 1}"
        if unit == "year":
            return str(ref.year + n)
        if unit == "decade":
            return str((ref.year + 10 * n) // 10)
        if unit == "century":
            return f"{(ref.year + 100 * n) // 100:02d}"
        if unit == "millennium":
            return str((ref.year + 1000 * n) // 1000)
    except (ValueError, OverflowError):
        return None
    return None


REL_MODS: dict[str, int] = _WORDS["relative_modifiers"]
# modifiers that count from the time the story last named ("the following year") rather than
# from the reference date ("next year")
ANAPHORIC_MODS: set[str] = set(_WORDS["anaphoric_modifiers"])
REL_MOD_RE = "|".join(sorted((re.escape(k) for k in REL_MODS), key=len, reverse=True))

# News TimeBank annotation mostly gives "Friday night" and "Tuesday morning" the day's value
# (as it does "tonight"); evenings and afternoons keep their part of day
WEEKDAY_PART_AS_DAY = {"morning", "night"}

NAMED_TIMES = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}


MODALS = {"will", "would", "could", "may", "might", "can", "shall", "should", "'ll", "must"}
# the shapes _resolve reads, in the order it tries them
ANAPHORIC_PART_RE = re.compile(
    r"(that|that same|the same|the next|the following|the previous|the prior)\s+"
    r"(morning|afternoon|evening|night)"
)
PART_SHIFT: dict[str, int] = _WORDS["anchored_part_shifts"]
DEICTIC_SHIFT: dict[str, int] = _WORDS["deictic_days"]
# "that day", "the next day": days counted from the last day the story named
DAY_SHIFTS: dict[str, int] = _WORDS["anchored_days"]
CURRENT_YEAR_WORDS: list[str] = _WORDS["current_year"]
DECADE_WORDS: dict[str, int] = _WORDS["decade_words"]
CENTURY_WORDS: dict[str, int] = _WORDS["century_words"]
EVERY_WORD_RE = re.compile(r"(?:every|each)\s+(\w+?)s?(?:\s+(morning|afternoon|evening|night))?")
PLURAL_WEEKDAY_RE = re.compile(r"(\w+)days(?:\s+(morning|afternoon|evening|night)s?)?")
DEICTIC_DAY_RE = re.compile(
    r"(?:(?P<part1>morning|afternoon|evening|night|mid afternoon|overnight)\s+)?"
    r"(?P<day>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>morning|afternoon|evening|night))?"
)
DEICTIC_PART_RE = re.compile(r"(this|last|tomorrow|yesterday)\s+(morning|afternoon|evening|night)")
PART_OF_DAY_RE = re.compile(
    r"(?:the\s+|this\s+)?(?:early\s+|late\s+|mid[\s-]?(?!night))?(morning|afternoon|evening|night)"
    r"|(overnight)"
)
#: time zones written after a clock time ("2:15 a.m. EDT", "1600 GMT")
TIME_ZONES = "est|edt|cst|cdt|mst|mdt|pst|pdt|et|gmt|utc|bst|cet|cest"
CLOCK_RE = re.compile(
    r"(?:(?P<pre>.+?)\s+(?:at\s+)?)?(?P<time>\d{1,2}(?:[:.]\d{2})?(?::\d{2})?\s*(?:am|pm)"
    r"|\d{1,2}:\d{2}(?::\d{2})?|noon|midday|midnight|\d{1,2} o'clock"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:\(?(?:" + TIME_ZONES + r")\)?|local time)))"
    r"(?:\s+(?:\(?(?:" + TIME_ZONES + r")\)?|local time))?"
    r"(?:,?\s+(?:on\s+)?(?P<post>.+))?"
)
# the minutes after a colon, or after a full stop as British style writes them ("6.15pm")
# a four-digit 24-hour time ("0930 GMT") runs its hours and minutes together
CLOCK_PARTS_RE = re.compile(r"(\d{2}(?=\d{2}\b)|\d{1,2})(?:[:.]?(\d{2}))?(?::(\d{2}))?\s*(am|pm)?")
HOUR_IN_THE_PART_RE = re.compile(r"(\d{1,2}) in the (morning|afternoon|evening)")
WEEKDAY_RE = re.compile(
    rf"(?:(?P<mod>{REL_MOD_RE})\s+)?(?P<wd>[a-z]+)(?:,)?"
    r"(?:\s+(?P<part>morning|afternoon|evening|night|nights))?"
)
UNITS_AGO_RE = re.compile(
    r"(?P<num>.+?)\s+(?:more\s+)?" + UNIT_RE + r"\s+(?P<dir>ago|earlier|before|back|later|"
    r"after|from now|hence|since)"
)
BARE_UNITS_AGO_RE = re.compile(UNIT_RE + r"\s+(?P<dir>ago|earlier|later)")
REL_UNIT_RE = re.compile(
    rf"(?P<mod>{REL_MOD_RE})\s+(?:fiscal\s+|calendar\s+)?(?P<unit>day|week|weekend|month|"
    r"quarter|year|decade|century|fortnight)(?:\s+(?P<ago>ago|earlier))?"
)
YEAR_AGO_UNIT_RE = re.compile(
    r"(?:the\s+)?(?:year[\s-]earlier|year[\s-]ago|prior[\s-]year|previous[\s-]year"
    r"|comparable\s+year[\s-]ago|last\s+year's|same)\s+(quarter|period|month|year)"
)
YEAR_AGO_PERIOD_RE = re.compile(
    r"(?:the\s+)?(?:a\s+)?(?:year[\s-]earlier|year[\s-]ago|year before)"
    r"(?:\s+(?:period|results|quarter|levels?|figures?))?"
    r"|(?:the\s+)?(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)"
    r"|(?:the\s+)?(?:corresponding|comparable|same)\s+(?:period|quarter)"
    r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year))?"
)
THAT_QUARTER_RE = re.compile(
    r"(?:the|that|this)\s+(?:latest\s+|same\s+|most\s+recent\s+|recent\s+)?"
    r"(?:fiscal\s+)?(?:quarter|period)"
)
YEAR_PERIOD_RE = re.compile(r"(?:the\s+)?(?:fiscal\s+)?(\d{4})\s+(?:fiscal\s+)?(quarter|period)")
REL_ORDINAL_QUARTER_RE = re.compile(
    r"(?:the\s+)?(this|last|next|year-ago|year-earlier|prior-year|previous-year)(?: year's)?\s+"
    r"(?:fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(quarter|half)"
)
RECENT_UNITS_RE = re.compile(r"(?:recent|past)\s+(days|weeks|months|years|decades|quarters)")
RECENT_AND_RE = re.compile(r"recent\s+(?:days|weeks|months|years)\s+(?:and|or)\s+\w+")
FUTURE_UNITS_RE = re.compile(r"future\s+(days|weeks|months|years|decades|quarters|generations)")
MONTH_NAME_RE = re.compile(rf"(?:(?P<mod>{REL_MOD_RE})\s+)?(?P<mon>[a-z]+)")
SEASON_RE = re.compile(
    rf"(?:(?P<mod>{REL_MOD_RE})\s+)?(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)"
    r"(?:\s+(?:of\s+)?(?P<year>\d{4}|'\d{2}))?"
)
ORDINAL_QUARTER_RE = re.compile(
    r"(?:the\s+)?(?:(?:company's|its|their)\s+)?(?:fiscal[\s-]+|calendar[\s-]+)?"
    r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[\s-]+(?:fiscal[\s-]+)?"
    r"(?P<what>quarter|half|period)s?"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>\d{4}|'\d{2}|(?:this|last|next|the) year))?"
)
YEAR_ORDINAL_QUARTER_RE = re.compile(
    r"(?:the\s+)?(?:fiscal\s+)?(?P<year>\d{4})\s+(?P<ord>first|second|third|fourth|1st|"
    r"2nd|3rd|4th)[\s-]+(?P<what>quarter|half)"
)
#: a quarter or half written as a code: "Q3", "q1 1990", "H1 2024", "1Q24", "3Q 2023", "Q4 FY24"
Q_NUMBER_RE = re.compile(
    r"(?:the\s+)?(?:(?P<what>[qh])(?P<ord>[1-4])|(?P<ord2>[1-4])(?P<what2>[qh]))"
    r"(?:\s*(?:fy\s*)?(?P<year>\d{4})|(?:fy|')?(?P<yy>\d{2})|\s+fy\s*(?P<fy>\d{2}))?"
)
#: a fiscal year written as a code: "FY2023", "FY 2023", "FY23"
FY_YEAR_RE = re.compile(r"(?:the\s+)?fy\s*(?P<y>\d{4}|\d{2})")
DECADE_DIGITS_RE = re.compile(r"(?:the\s+)?(?:(\d{2})|')?(\d)0'?s")
# "the 1800s" is a century; "the 2000s", a millennium's first hundred years, names its decade
CENTURY_DIGITS_RE = re.compile(r"(?:the\s+)?(\d[1-9])00'?s")
DECADE_WORDS_RE = re.compile(r"(?:the\s+)?(?:(nineteen|twenty|eighteen)[\s-]+)?(\w+ties)")
ORDINAL_CENTURY_RE = re.compile(r"(?:the\s+|a\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century")
WORD_CENTURY_RE = re.compile(r"(?:the\s+|a\s+)?([a-z-]+)[\s-]+century")
YEAR_RE = re.compile(
    r"(?:the\s+)?(?:(?:fiscal|calendar|model|financial|tax|school|crop)\s+(?:year\s+)?|year\s+)?"
    r"(?P<y>1\d{3}|20\d{2})(?:\s+(?:or\s+later|and\s+beyond|period|quarter|fiscal\s+year))?"
)
APOSTROPHE_YEAR_RE = re.compile(r"(?:fiscal\s+)?'(\d{2})")
YEAR_TWO_THOUSAND_RE = re.compile(r"(?:the\s+)?year\s+two\s+thousand(?:\s+and\s+(\w+))?")
WEEK_OF_RE = re.compile(r"(?:the\s+)?week\s+(?:of|beginning|starting)\s+(.+)")
SPOKEN_YEAR_PREFIX_RE = re.compile(
    r"(?:in\s+)?(nineteen|twenty)[\s-](?:hundred[\s-](?:and[\s-])?)?(.+)"
)


#: holidays by their date ((month, day)), by their place in a month ((position, weekday,
#: month, days after)), or "easter"
#: a holiday's date in a year: (month, day); (nth, weekday, month, days after); ("easter", days
#: after Easter Sunday); or None for a named day whose date no rule gives ("Super Tuesday")
HolidayRule = tuple[int, int] | tuple[str, str, int, int] | tuple[str, int] | None
HOLIDAYS: dict[str, HolidayRule] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "new year's": (1, 1),
    "halloween": (10, 31),
    "independence day": (7, 4),
    "the fourth of july": (7, 4),
    "valentine's day": (2, 14),
    "st. patrick's day": (3, 17),
    "veterans day": (11, 11),
    "juneteenth": (6, 19),
    "thanksgiving": ("fourth", "thursday", 11, 0),
    "thanksgiving day": ("fourth", "thursday", 11, 0),
    "black friday": ("fourth", "thursday", 11, 1),
    "cyber monday": ("fourth", "thursday", 11, 4),
    "labor day": ("first", "monday", 9, 0),
    "memorial day": ("last", "monday", 5, 0),
    "martin luther king day": ("third", "monday", 1, 0),
    "presidents day": ("third", "monday", 2, 0),
    "presidents' day": ("third", "monday", 2, 0),
    "columbus day": ("second", "monday", 10, 0),
    "mother's day": ("second", "sunday", 5, 0),
    "father's day": ("third", "sunday", 6, 0),
    # the United States' general election: the Tuesday after the first Monday of November
    "election day": ("first", "monday", 11, 1),
    "easter": ("easter", 0),
    "easter sunday": ("easter", 0),
    "easter monday": ("easter", 1),
    "good friday": ("easter", -2),
    "palm sunday": ("easter", -7),
    "ash wednesday": ("easter", -46),
    "mardi gras": ("easter", -47),
    "pentecost": ("easter", 49),
    # named days that move from year to year by no calendar rule
    "super tuesday": None,
    "bloody sunday": None,
}


def _easter(year: int) -> date:
    """Easter Sunday of a year (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _holiday_date(rule: HolidayRule, year: int) -> date:
    """The day a holiday's calendar rule gives in a year."""
    assert rule is not None  # named days without a rule are read as no value before
    if len(rule) == 2 and rule[0] == "easter":
        return _easter(year) + timedelta(int(rule[1]))
    if len(rule) == 2:
        return date(year, int(rule[0]), int(rule[1]))
    nth, weekday, month, after = rule
    days = _days_between(date(year, month, 1), _add_months(date(year, month, 1), 1))
    found = _nth([d for d in days if d.weekday() == WEEKDAYS[weekday]], nth)
    assert found is not None  # every month has a first, fourth and last of each weekday
    return found + timedelta(after)


HOLIDAY_WEEK_RE = re.compile(r"(.+?)\s+(week|weekend)")
HOLIDAY_RE = re.compile(r"(?:(last|this|next)\s+)?(.+?)(?:,?\s+(\d{4}))?")


def _holiday(s: str, ctx: _Ctx) -> tuple[str, str | None] | None:
    if m := HOLIDAY_WEEK_RE.fullmatch(s):
        # "Easter week", "Thanksgiving weekend": the week (or its weekend) the holiday falls in
        got = _holiday(m[1], ctx)
        if got is None or got[1] is None:
            return got
        week = _week_value(date.fromisoformat(got[1]))
        return "date", week + ("-WE" if m[2] == "weekend" else "")
    m = HOLIDAY_RE.fullmatch(s)
    if not m or m[2] not in HOLIDAYS:
        return None
    rule = HOLIDAYS[m[2]]
    if rule is None:
        return "date", None  # a named day no calendar rule dates ("Super Tuesday")
    if m[3]:
        return "date", _iso(_holiday_date(rule, int(m[3])))
    ref = ctx.need()
    if ref is None:
        return "date", None
    this_year = _holiday_date(rule, ref.year)
    if m[1] == "last":
        d = this_year if this_year < ref else _holiday_date(rule, ref.year - 1)
    elif m[1] == "next":
        d = this_year if this_year > ref else _holiday_date(rule, ref.year + 1)
    elif m[1] == "this":
        d = this_year
    else:
        year = _day_year(this_year.month, this_year.day, ctx) or ref.year
        d = _holiday_date(rule, year)
    return "date", _iso(d)


def _quarter_value(n: int, what: str, year_text: str | None, ctx: _Ctx) -> tuple[str, str | None]:
    letter = "Q" if what == "quarter" else "H"
    if year_text:
        if year_text in ("this year", "last year", "next year", "the year"):
            ref = ctx.need()
            if ref is None:
                return "date", None
            y = ref.year + {"last year": -1, "next year": 1}.get(year_text, 0)
        elif year_text.startswith("'"):
            y = _two_digit_year(year_text[1:])
        else:
            y = int(year_text)
        return "date", f"{y}-{letter}{n}"
    ref = ctx.need()
    if ref is None:
        return "date", None
    current = _quarter(ref) if letter == "Q" else (1 if ref.month <= 6 else 2)
    y = ref.year
    # a later quarter told in the past tense is last year's
    if n > current and ctx.tense == "past":
        y -= 1
    return "date", f"{y}-{letter}{n}"


def _vague_number(num: str) -> bool:
    """An unspecific amount: "several", "a few", "the past few"."""
    return num in VAGUE_NUMBERS or num.endswith(" few") or num in ("several-", "few-")


DURATION_LEAD_RE = re.compile(
    r"^(?:the\s+)?(?:(?:past|last|next|first|final|coming|following|previous|preceding|"
    r"latest|remaining|recent|early|initial|ensuing|subsequent|same|year-earlier|year-ago|"
    r"comparable|corresponding)\s+)+"
)
LEADING_THE_RE = re.compile(r"^the\s+")
DURATION_TAIL_RE = re.compile(r"\s+(?:ahead|or so|to come|running|straight|in a row|long|in all)$")
MORE_RE = re.compile(r"\s+more\b")
# "ten straight days", "five consecutive years": the adjective does not change the length
INNER_ADJECTIVE_RE = re.compile(
    r"\s(?:straight|consecutive|successive|full|long|whole|entire|extra|additional|more|further)"
    r"(?=\s)"
)
ADDITIONAL_RE = re.compile(r"^(an?|one)\s+(?:additional|extra|further|more)\s+")
ARTICLE_HYPHEN_RE = re.compile(r"^(?:a|an)\s+(?:fairly\s+|very\s+)?(\w+-)")
N_UNITS_RE = re.compile(r"(?P<num>.+?)[\s-]+" + UNIT_RE + r"(?:[\s-]+(?:long|period|span))?")
RANGE_NUM_RE = re.compile(r"(?:\w+\s+)?(?:to|or|-)\s+\w+")
TO_OR_RE = re.compile(r"\bto\b|\bor\b")
BARE_UNIT_RE = re.compile(UNIT_RE + r"(?:[\s-]+long)?")
UNIT_AND_A_HALF_RE = re.compile(r"(?:a|an|one)\s+" + UNIT_RE + r"\s+and\s+a\s+half")
N_UNIT_PERIOD_RE = re.compile(r"(?:a|an)\s+(?:\w+\s+)?(?:\w+-)?(?P<u>\w+)\s+period")


AND_RANGE_RE = re.compile(r"(.+?)\s+and\s+(.+)")


def _and_range(num: str) -> bool:
    """ "(between) 10 and 20": two bounds, the lower first; "a hundred and twenty" and "two
    and a half" are one number."""
    m = AND_RANGE_RE.fullmatch(num)
    if m is None or m[2].startswith("a "):
        return False
    low, high = parse_number(m[1]), parse_number(m[2])
    return low is not None and high is not None and low < high


def _duration(s: str) -> str | None:
    """TIMEX3 duration value for a cleaned expression, or None."""
    s2 = DURATION_LEAD_RE.sub("", s)
    lead_the = s2 != s or s.startswith("the ")
    s2 = LEADING_THE_RE.sub("", s2)
    s2 = DURATION_TAIL_RE.sub("", s2)
    s2 = MORE_RE.sub("", s2)
    s2 = INNER_ADJECTIVE_RE.sub("", s2)
    s2 = ADDITIONAL_RE.sub(r"\1 ", s2)
    s2 = ARTICLE_HYPHEN_RE.sub(r"\1", s2)
    if m := N_UNITS_RE.fullmatch(s2):
        unit = _unit_key(m["unit"])
        num = m["num"]
        if RANGE_NUM_RE.fullmatch(num) or TO_OR_RE.search(num) or _and_range(num):
            return duration_value(None, unit)
        if _vague_number(num):
            return duration_value(None, unit)
        n = parse_number(num)
        if n is None or (n >= 1000 and not m["unit"].endswith("s")):
            return None  # "the 1988 quarter" is a year, not 1988 quarters
        return duration_value(n, unit)
    if m := BARE_UNIT_RE.fullmatch(s2):
        unit = _unit_key(m["unit"])
        if m["unit"].endswith("s") or m["unit"] in ("centuries", "millennia"):
            return duration_value(None, unit)
        if m[0].endswith("long"):
            return duration_value(1, unit)  # "day-long": one unit's length
        if lead_the or unit in ("day",):
            return None
        return duration_value(1, unit)
    if m := UNIT_AND_A_HALF_RE.fullmatch(s2):
        return duration_value(1.5, _unit_key(m["unit"]))
    if m := N_UNIT_PERIOD_RE.fullmatch(s2):
        return None
    if s2 in ("a while", "some time", "a long time", "a long while", "long", "ages"):
        return "PXX"
    return None


_DP: Any = None


def _dateparser() -> Any:
    """One DateDataParser, created on first use (its import and set-up are slow)."""
    global _DP
    if _DP is None:
        from dateparser.date import DateDataParser

        _DP = DateDataParser(
            languages=["en"],
            settings={
                "PREFER_DAY_OF_MONTH": "first",
                "RETURN_TIME_AS_PERIOD": True,
                "REQUIRE_PARTS": ["year"],
                # only texts naming their year reach dateparser, so a fixed base never
                # leaks into a value; it keeps dateparser off the clock
                "RELATIVE_BASE": datetime(2000, 1, 1),
            },
        )
    return _DP


US_NUMERIC_DATE_RE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})")
#: what shows a month in an expression: its name, or digits joined as a date ("9/2008")
MONTH_OR_NUMERIC_DATE_RE = re.compile(rf"\b(?:{_MONTH_WORD})\b|\d[/.-]\d")
LETTER_RE = re.compile(r"[a-z]")


_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4}|'\d{2})"
_WD = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s+)?"
_PRE = r"(?:the\s+)?(?:(?:early|late|mid|the end of|the beginning of|the middle of)[\s-]+)?"
#: words before "year" that name the year the story last named, or one beside it
ANCHORED_YEAR_SHIFTS = {
    "that": 0, "that same": 0, "the same": 0, "the following": 1, "the next": 1,
    "the previous": -1, "the prior": -1,
}  # fmt: skip
# month/day/year shapes, tried in order (each one is a rule of the table)
CALENDAR_DATE_SHAPES = [
    ("month-day-year", re.compile(rf"{_PRE}{_WD}{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?")),
    (
        "day-month-year",
        re.compile(rf"{_PRE}{_WD}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MON}(?:,?\s+{_YEAR})?"),
    ),
    ("month-year", re.compile(rf"{_PRE}{_MON},?\s+(?:of\s+)?{_YEAR}")),
    # a contract or reporting month with its year cut to two digits no day can have: "September 97"
    ("month-short-year", re.compile(rf"{_MON}\s+(?P<year>3[2-9]|[4-9]\d)")),
    # "July last year", "March 23 of this year", "the 5th of May next year"
    (
        "month-relative-year",
        re.compile(rf"{_PRE}{_MON}(?:\s+{_DAY})?,?\s+(?:of\s+)?(?P<rel>this|last|next) year"),
    ),
    # "December of that year", "August the same year", "June of the following year": a month
    # of the year the story last named
    (
        "month-anchored-year",
        re.compile(
            rf"{_PRE}{_MON}(?:\s+{_DAY})?,?\s+(?:of\s+)?"
            rf"(?P<anarel>{'|'.join(sorted(ANCHORED_YEAR_SHIFTS, key=len, reverse=True))}) year"
        ),
    ),
    (
        "day-month-relative-year",
        re.compile(
            rf"{_PRE}(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MON},?\s+"
            r"(?:of\s+)?(?P<rel>this|last|next) year"
        ),
    ),
    ("last-month-day", re.compile(rf"{_PRE}(?P<rel>last|this past)\s+{_MON}\s+{_DAY}")),
    ("month-word", re.compile(rf"{_PRE}{_MON}\s+month")),
]

SLACK_DAYS = 45
SLACK_MONTHS = 1


def _day_year(month: int, day: int, ctx: _Ctx) -> int | None:
    ref = ctx.need()
    if ref is None:
        return None
    candidates = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(y, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    # the nearest occurrence, unless the tense says otherwise and the nearest is far off
    # (news dates are mostly near the reference; tense from the parse is noisy)
    nearest = min(candidates, key=lambda c: abs((c - ref).days))
    if ctx.tense in (None, "present") and ctx.prev_word in UNTIL_WORDS:
        return min(c for c in candidates if c >= ref).year  # "available through Nov. 30"
    if ctx.tense == "past" and (nearest - ref).days > SLACK_DAYS:
        return max(c for c in candidates if c <= ref).year
    if ctx.tense == "future" and (ref - nearest).days > SLACK_DAYS:
        return min(c for c in candidates if c >= ref).year
    return nearest.year


@lru_cache(maxsize=4096)
def _dateparser_absolute(s: str) -> tuple[str, str | None] | None:
    """An absolute date (the text names its year) read by dateparser, at its granularity."""
    data = _dateparser().get_date_data(s)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    if str(d.year) not in s:
        return None
    period = data.period
    if period in ("month", "day") and not (MONTH_OR_NUMERIC_DATE_RE.search(s)):
        return None  # "10 in 2008" is a count and a year; a month needs its name or a date form
    if period == "year":
        return "date", str(d.year)
    if period == "month":
        return "date", d.strftime("%Y-%m")
    if period == "week":
        return "date", _week_value(d)
    return "date", _iso(d)


# ---------------------------------------------------------------- the rule table

Reading = tuple[str, str | None]
# a rule's verdicts that stop the search: the expression is not a date at all ("64-year-old",
# "the third period" of a game), or it is one that cannot be read ("Feb. 30")
NOT_A_DATE: Reading = ("not a date", None)
UNREADABLE: Reading = ("unreadable", None)
Build = Callable[[re.Match[str], "_Ctx"], Reading | None]


@dataclass(frozen=True)
class Rule:
    """One resolution rule: its name, the shape it reads (whole expression) and its builder.

    ``build`` returns a (type, value) reading, None when the expression is not its case after
    all (the next rule is tried), :data:`NOT_A_DATE` or :data:`UNREADABLE`.
    """

    name: str
    pattern: re.Pattern[str]
    build: Build


RULES: list[Rule] = []  # tried in this order; the first reading wins
CALENDAR_RULES: list[Rule] = []  # month/day/year shapes, also read inside "the week of ..."


def rule(name: str, pattern: str | re.Pattern[str], table: list[Rule] = RULES):
    """Register the decorated builder as the rule ``name`` at the end of ``table``."""
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern

    def register(build: Build) -> Build:
        table.append(Rule(name, compiled, build))
        return build

    return register


def _words_re(words: Any) -> re.Pattern[str]:
    """A pattern matching exactly one of the words (longest first)."""
    return re.compile("|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)))


def _first_reading(table: list[Rule], s: str, ctx: _Ctx) -> tuple[Reading, str] | None:
    """The reading of the first rule in ``table`` that reads ``s``, with the rule's name."""
    for r in table:
        m = r.pattern.fullmatch(s)
        if m is None:
            continue
        got = r.build(m, ctx)
        if got is NOT_A_DATE:
            ctx.not_a_date = True
            return None
        if got is UNREADABLE:
            return None
        if got is not None:
            return got, r.name
    return None


def _resolve(s: str, ctx: _Ctx) -> Reading | None:
    """(type, value) for a cleaned expression, or None when no rule reads it."""
    got = _first_reading(RULES, s, ctx)
    if got is None:
        return None
    ctx.rule = got[1]
    return got[0]


def _day_or_none(d: date | None) -> Reading:
    return "date", _iso(d) if d else None


# ------------------------------------------------ vague references and sets


@rule("age", r".*(?:(?:\s|-)old|-olds?\b.*)")
def _age(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """Ages ("64-year-old", "52 years old") are not dates."""
    return NOT_A_DATE


@rule("vague-ref", _words_re(VAGUE_REFS))
def _vague_ref(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "now", "recently", "the future": PRESENT_REF, PAST_REF, FUTURE_REF."""
    return "date", VAGUE_REFS[m[0]]


@rule("set-word", _words_re(SET_WORDS))
def _set_word(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "daily", "every week", "per annum": one unit's recurrence."""
    return "set", SET_WORDS[m[0]]


@rule("every-other-unit", r"every\s+other\s+" + UNIT_RE)
def _every_other_unit(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "every other week": a recurrence every two units."""
    return "set", duration_value(2, _unit_key(m["unit"]))


@rule("every-n-units", r"(?:every|each)\s+(\w+(?:[\s-]\w+)?)\s+" + UNIT_RE)
def _every_n_units(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "every three years": a recurrence every n units."""
    n = parse_number(m[1])
    if n is None and _vague_number(m[1]):
        return "set", duration_value(None, _unit_key(m["unit"]))  # "every few years": PXY
    return ("set", duration_value(n, _unit_key(m["unit"]))) if n is not None else None


def _every_named(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "every Monday", "each July", "every summer": a recurring named time."""
    w = m[1]
    part = PARTS_OF_DAY.get(m[2] or "", "")
    if w in WEEKDAYS or w + "s" in WEEKDAYS:
        wd = WEEKDAYS.get(w, WEEKDAYS.get(w + "s", 0))
        return "set", f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else "")
    if w in MONTHS:
        return "set", f"XXXX-{MONTHS[w]:02d}"
    if w in SEASONS:
        return "set", f"XXXX-{SEASONS[w]}"
    if w in ("morning", "afternoon", "evening", "night"):
        return "set", f"XXXX-XX-XXT{PARTS_OF_DAY[w]}"
    if w == "weekend":
        return "set", "XXXX-WXX-WE"
    return None


rule("every-named", EVERY_WORD_RE)(_every_named)


@rule("plural-weekends", r"weekends")
def _plural_weekends(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "on weekends", "weekends": every weekend (a count of them is a length: "two weekends")."""
    return "set", "XXXX-WXX-WE"


@rule("plural-part-of-day", r"(?:the\s+)?(mornings|afternoons|evenings)")
def _plural_part_of_day(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "mornings", "in the evenings": every such part of a day."""
    return "set", f"XXXX-XX-XXT{PARTS_OF_DAY[m[1][:-1]]}"


@rule("plural-weekday", PLURAL_WEEKDAY_RE)
def _plural_weekday(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """A plural weekday with no determiner ("Mondays", "on Fridays") recurs."""
    if m[1] + "day" not in WEEKDAYS:
        return None
    part = PARTS_OF_DAY.get(m[2] or "", "")
    return "set", f"XXXX-WXX-{WEEKDAYS[m[1] + 'day'] + 1}" + (f"T{part}" if part else "")


# ------------------------------------------------ days and parts of days


@rule("tonight", r"tonight")
def _tonight(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """TimeBank reads "tonight" as the reference day."""
    return _day_or_none(ctx.need())


@rule("deictic-day", DEICTIC_DAY_RE)
def _deictic_day(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "yesterday", "tomorrow morning": a day counted from the reference day."""
    part = m["part"] or m["part1"] or ("night" if m["day"] == "tonight" else None)
    ref = ctx.need()
    if ref is None:
        return ("time" if part else "date"), None
    d = ref + timedelta(DEICTIC_SHIFT[m["day"]])
    return ("time", f"{_iso(d)}T{PARTS_OF_DAY[part]}") if part else ("date", _iso(d))


@rule("deictic-part", DEICTIC_PART_RE)
def _deictic_part(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "last night" is the night before the reference day, as is "yesterday evening"."""
    ref = ctx.need()
    if ref is None:
        return "time", None
    shift = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[m[1]]
    return "time", f"{_iso(ref + timedelta(shift))}T{PARTS_OF_DAY[m[2]]}"


@rule("part-of-day", PART_OF_DAY_RE)
def _part_of_day(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the morning" is a part of the day the story last named; "this morning" is today's."""
    day = (ctx.anchor_day() if m[0].startswith("the ") else None) or ctx.need()
    return "time", f"{_iso(day)}T{PARTS_OF_DAY[m[1] or 'night']}" if day else None


@rule("the-day", r"the day|this day")
def _the_day(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the day", "this day": the reference day."""
    return _day_or_none(ctx.need())


@rule("earlier-later-in-the-unit", r"(?:earlier|later) in the (day|week|month|year)")
def _earlier_later_in_the_unit(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "later in the day", "earlier in the week": within the unit of the last date the story
    named (when it is that fine), else the reference's."""
    day = ctx.anchor_within(m[1]) or ctx.need()
    return "date", _shift(day, m[1], 0) if day else None


#: "all day", "all morning": the whole unit, a length (TimeML writes parts of a day as PTMO)
ALL_UNIT_DURATIONS = {
    "day": "P1D", "week": "P1W", "weekend": "P1WE", "month": "P1M", "year": "P1Y",
    "morning": "PTMO", "afternoon": "PTAF", "evening": "PTEV", "night": "PTNI",
}  # fmt: skip


@rule(
    "all-unit",
    r"(?:all (?:the )?|(?:the |an? )?(?:entire|whole) )(" + "|".join(ALL_UNIT_DURATIONS) + r")"
    r"(?: long)?",
)
def _all_unit(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "all day", "all the week", "all night long", "the entire year": the length of the
    whole unit."""
    return "duration", ALL_UNIT_DURATIONS[m[1]]


@rule("mid-unit", r"mid-?(week|month|year|decade|century)")
def _mid_unit(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "midweek", "mid-month", "mid-year", "mid-century": the middle of the unit the story
    last named (when it is that fine), else of the reference's; the value is that unit."""
    day = ctx.anchor_within(m[1]) or ctx.need()
    return "date", _shift(day, m[1], 0) if day else None


@rule("day-of-month", r"(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)")
def _day_of_month(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "on the 21st": that day of the month the story last named, else of the reference
    month (the one before when told in the past of a day still ahead, the next when told in
    the future of a day gone by)."""
    value = ctx.anchor or ""
    day = int(m[1])
    if MONTH_VALUE_RE.match(value) and not WEEK_VALUE_RE.match(value):
        year, month = int(value[:4]), int(value[5:7])
    else:
        ref = ctx.need()
        if ref is None:
            return "date", None
        shift = -1 if ctx.tense == "past" and day > ref.day else 0
        shift = 1 if ctx.tense == "future" and day < ref.day else shift
        first = _add_months(ref.replace(day=1), shift)
        year, month = first.year, first.month
    try:
        return "date", _iso(date(year, month, day))
    except ValueError:
        return "date", None


@rule("anchored-day", _words_re(DAY_SHIFTS))
def _anchored_day(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "that day", "the next day": counted from the last day the story named, else the
    reference day."""
    vague = None if ctx.anchor_day() else ctx.anchor_month_or_year()
    if vague is not None:
        return "date", vague
    day = ctx.anchor_day() or ctx.need()
    return "date", _iso(day + timedelta(DAY_SHIFTS[m[0]])) if day else None


@rule("anchored-part", ANAPHORIC_PART_RE)
def _anchored_part(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the next morning", "that night": a part of the day the story last named."""
    vague = None if ctx.anchor_day() else ctx.anchor_month_or_year()
    if vague is not None:
        return "time", f"{vague}T{PARTS_OF_DAY[m[2]]}"
    day = ctx.anchor_day() or ctx.need()
    if day is None:
        return "time", None
    return "time", f"{_iso(day + timedelta(PART_SHIFT[m[1]]))}T{PARTS_OF_DAY[m[2]]}"


@rule("part-before-after", r"the (morning|afternoon|evening|night) (before|after)")
def _part_before_after(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the night before", "the morning after": beside the day the story last named."""
    day = ctx.anchor_day() or ctx.need()
    if day is None:
        return "time", None
    shift = -1 if m[2] == "before" else 1
    return "time", f"{_iso(day + timedelta(shift))}T{PARTS_OF_DAY[m[1]]}"


@rule("part-of-named-day", r"(?:the\s+)?(morning|afternoon|evening|night) of (.+)")
def _part_of_named_day(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the night of March 5", "the morning of the attack's day": that day's part of day."""
    sub = _resolve(m[2], ctx)
    if sub is None or sub[0] not in ("date", "time"):
        return None
    if sub[1] is None:
        return "time", None
    day = sub[1].split("T")[0]
    return ("time", f"{day}T{PARTS_OF_DAY[m[1]]}") if ISO_DAY_RE.fullmatch(day) else None


def _clock_hhmm(t: str) -> str | None:
    """ "2 pm" -> "14:00", "noon" -> "12:00"; None when it is no clock time."""
    if t in NAMED_TIMES:
        return NAMED_TIMES[t]
    mm = CLOCK_PARTS_RE.match(t.replace(" o'clock", ""))
    assert mm is not None
    h, mi = int(mm[1]), int(mm[2] or 0)
    if mm[4] == "pm" and h < 12:
        h += 12
    if mm[4] == "am" and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


@rule("clock", CLOCK_RE)
def _clock(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "10:35 am", "9 am tuesday", "noon thursday": a time on the day named, else today."""
    if m["pre"] and m["post"]:
        return None
    hhmm = _clock_hhmm(m["time"])
    if hhmm is None:
        return NOT_A_DATE
    day_text = m["post"] or m["pre"]
    if not day_text:
        ref = ctx.need()
        return "time", f"{_iso(ref)}T{hhmm}" if ref else None
    sub = _resolve(day_text, ctx)
    if sub is None or sub[0] not in ("date", "time"):
        return UNREADABLE
    if sub[1] is None:
        return "time", None
    day = sub[1].split("T")[0]
    return ("time", f"{day}T{hhmm}") if ISO_DAY_RE.fullmatch(day) else UNREADABLE


@rule("hour-in-the-part", HOUR_IN_THE_PART_RE)
def _hour_in_the_part(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "9 in the evening": the hour on the reference day."""
    h = int(m[1]) + (12 if m[2] != "morning" and int(m[1]) < 12 else 0)
    ref = ctx.need()
    return "time", f"{_iso(ref)}T{h:02d}:00" if ref else None


@rule("weekday", WEEKDAY_RE)
def _weekday(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "saturday", "last friday", "tuesday evening": the day by its modifier, else by tense."""
    if m["wd"] not in WEEKDAYS or m["wd"].endswith("days"):
        return None
    mod = (m["mod"] or "").replace("the ", "") or None
    if m["part"] == "nights" or (m["wd"].endswith("s") and not mod):
        # "Tuesday nights", "Mondays": a recurring day
        part = PARTS_OF_DAY.get(m["part"] or "", "")
        return "set", f"XXXX-WXX-{WEEKDAYS[m['wd']] + 1}" + (f"T{part}" if part else "")
    d = _weekday_date(WEEKDAYS[m["wd"]], ctx, mod)
    if m["part"] and m["part"] not in WEEKDAY_PART_AS_DAY:
        return "time", f"{_iso(d)}T{PARTS_OF_DAY[m['part']]}" if d else None
    return _day_or_none(d)


# ------------------------------------------------ counted and relative units


def _units_from(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "three days ago", "a year earlier", "two years later": n units from the reference."""
    unit = _unit_key(m["unit"])
    num_text = m.groupdict().get("num")
    if num_text is not None and parse_number(num_text) is None and not _vague_number(num_text):
        return None  # "the quarter a year ago" is not a count of years
    n = parse_number(num_text) if num_text else None
    sign = 1 if m["dir"] in ("later", "after", "from now", "hence") else -1
    aq = ctx.anchor_quarter()
    if aq and unit == "year" and n is not None and n == int(n) and m["dir"] != "back":
        # in results reporting, "a year earlier" is the same quarter of the year before
        return "date", f"{aq[0] + sign * int(n)}-{aq[1]}"
    # "two days later", "a week before" count from the time the story last named; "ago" and
    # "from now" from the reference date
    anchor = ctx.anchor_within(unit) if m["dir"] in ANCHORED_DIRECTIONS else None
    ref = anchor or ctx.need()
    if n is None or n != int(n):
        if unit == "year":
            return "date", f"{ref.year // 10}X" if ref else None
        return "date", "FUTURE_REF" if sign > 0 else "PAST_REF"
    if ref is None:
        return "date", None
    if UNITS[unit][1]:
        return "date", _iso(ref)  # hours/minutes ago: the reference day
    return "date", _shift(ref, unit, sign * int(n))


ANCHORED_DIRECTIONS = {"earlier", "later", "before", "after"}
rule("units-ago", UNITS_AGO_RE)(_units_from)
rule("bare-units-ago", BARE_UNITS_AGO_RE)(_units_from)


@rule("this-century", r"this century")
def _this_century(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """TimeBank reads "this century" as the last hundred years, not the calendar century."""
    return "duration", "P100Y"


@rule("that-unit", r"that (week|weekend|month|year)")
def _that_unit(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "that week", "that year": the unit holding the last date named (unknown without one)."""
    day = ctx.anchor_within(m[1])
    return "date", _shift(day, m[1], 0) if day else None


@rule("relative-unit", REL_UNIT_RE)
def _relative_unit(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "this/last/next week|month|year|quarter|weekend|decade"; "the following year" counts
    from the time the story last named."""
    if m["ago"]:
        return None
    ref = ctx.need()
    unit = m["unit"]
    n = REL_MODS[m["mod"]]
    if ref is None:
        return "date", None
    if unit == "weekend" and n == 0 and ref.weekday() < 5 and ctx.tense == "past":
        n = -1
    if unit == "quarter" and m["mod"] in ("latest", "the latest", "most recent"):
        n = -1
    anaphoric = m["mod"] in ANAPHORIC_MODS or (m["mod"] == "the next" and ctx.tense == "past")
    anchor = ctx.anchor_within(unit) if anaphoric else None
    return "date", _shift(anchor or ref, unit, n)


@rule("the-weekend", r"the weekend|weekend|a weekend|over the weekend")
def _the_weekend(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the weekend": the coming one when told in the future, else the last one."""
    ref = ctx.need()
    if ref is None:
        return "date", None
    n = -1 if ref.weekday() < 5 and ctx.tense != "future" else 0
    return "date", _shift(ref, "weekend", n)


@rule("throughout-the-year", r"the year")
def _throughout_the_year(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "open throughout the year": the year's whole length. "Net income for the year" is
    the year itself (the current one), and "for the year ended March 31" a twelve-month
    period the dates component reads from the closing date."""
    return ("duration", "P1Y") if ctx.prev_word == "throughout" else None


@rule("the-unit", r"the (week|month|year|quarter|decade|century)")
def _the_unit(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the quarter" is the quarter last named; "the month", "the year": the current one."""
    ref = ctx.need()
    if ref is None:
        return "date", None
    unit = m[1]
    aq = ctx.anchor_quarter(remembered=unit == "quarter")
    if unit == "quarter" and aq:
        return "date", f"{aq[0]}-{aq[1]}"
    # a finished quarter is what past-tense reporting talks about
    n = -1 if unit == "quarter" and ctx.tense != "future" else 0
    return "date", _shift(ref, unit, n)


@rule("year-ago-unit", YEAR_AGO_UNIT_RE)
def _year_ago_unit(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the year-earlier quarter", "the prior-year month": the unit a year before."""
    ref = ctx.need()
    if ref is None:
        return "date", None
    if m[1] == "month":
        return "date", _add_months(ref, -12).strftime("%Y-%m")
    if m[1] == "year":
        return "date", str(ref.year - 1)
    q = _quarter(ref) - 2
    return "date", f"{ref.year - 1 + q // 4}-Q{q % 4 + 1}"


@rule("year-ago-period", YEAR_AGO_PERIOD_RE)
def _year_ago_period(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the year-ago period": the quarter last named, a year back; else last year."""
    aq = ctx.anchor_quarter()
    if aq:
        return "date", f"{aq[0] - 1}-{aq[1]}"
    # "the year before" counts from the year the story last named; "a year ago" and the
    # adjective "year-earlier", from the reference
    anchor = ctx.anchor_within("year") if m[0].endswith("before") else None
    ref = anchor or ctx.need()
    return "date", str(ref.year - 1) if ref else None


@rule("unit-before-after", r"the (week|weekend|month|quarter|year) (before|after|earlier|later)")
def _unit_before_after(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the month before", "the week after": the unit beside the one the story last named
    (beside the reference's when it named none)."""
    ref = ctx.anchor_within(m[1]) or ctx.need()
    shift = -1 if m[2] in ("before", "earlier") else 1
    return "date", _shift(ref, m[1], shift) if ref else None


@rule("that-quarter", THAT_QUARTER_RE)
def _that_quarter(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "that quarter", "the latest period": the quarter last named, else the last one."""
    aq = ctx.anchor_quarter(remembered=True)
    if aq:
        return "date", f"{aq[0]}-{aq[1]}"
    if "latest" in m[0] or "recent" in m[0]:
        ref = ctx.need()
        return "date", _shift(ref, "quarter", -1) if ref else None
    return None


@rule("year-period", YEAR_PERIOD_RE)
def _year_period(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the 1988 quarter": the quarter last named, in that year."""
    aq = ctx.anchor_quarter(remembered=True)
    return "date", f"{m[1]}-{aq[1]}" if aq else m[1]


@rule("relative-ordinal-quarter", REL_ORDINAL_QUARTER_RE)
def _relative_ordinal_quarter(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "last year's third quarter", "next year's first half"."""
    ref = ctx.need()
    if ref is None:
        return "date", None
    y = ref.year + {"this": 0, "next": 1}.get(m[1], -1)
    return "date", f"{y}-{'Q' if m[3] == 'quarter' else 'H'}{ORDINALS[m[2]]}"


@rule("current-year", _words_re(CURRENT_YEAR_WORDS))
def _current_year(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the fiscal year", "the current year": the reference year."""
    ref = ctx.need()
    return "date", str(ref.year) if ref else None


@rule("recent-units", RECENT_UNITS_RE)
def _recent_units(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "in recent months" is a vague stretch of months; "in recent years" a vague past."""
    if m[0].startswith("recent") and m[1] not in ("years", "decades"):
        return "duration", duration_value(None, _unit_key(m[1]))
    return "date", "PAST_REF"


@rule("recent-and", RECENT_AND_RE)
def _recent_and(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "recent weeks and months": a vague past."""
    return "date", "PAST_REF"


@rule("future-units", FUTURE_UNITS_RE)
def _future_units(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "future years": a vague future."""
    return "date", "FUTURE_REF"


# ------------------------------------------------ months, seasons, quarters


@rule("month-name", MONTH_NAME_RE)
def _month_name(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "last october", "this april", "october": the month's year by modifier or tense."""
    if m["mon"] not in MONTHS:
        return None
    mod = (m["mod"] or "").replace("the ", "") or None
    y = _month_year(MONTHS[m["mon"]], ctx, mod)
    return "date", f"{y}-{MONTHS[m['mon']]:02d}" if y else None


@rule("season", SEASON_RE)
def _season(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "this summer", "last spring", "summer 1998", "the winter of 1994"."""
    season = SEASONS[m["season"]]
    if m["year"]:
        y = int(m["year"][-4:]) if len(m["year"]) == 4 else _two_digit_year(m["year"][1:])
        return "date", f"{y}-{season}"
    mod = (m["mod"] or "").replace("the ", "") or None
    y = _season_year(season, ctx, mod)
    return "date", f"{y}-{season}" if y else None


def _ordinal_quarter(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the third quarter", "third-quarter", "the 1989 first half", "the last quarter"."""
    if m["what"] == "period":
        return NOT_A_DATE  # "the third period" of a game
    ord_n = ORDINALS.get(m["ord"], 4)
    if m["what"] == "half" and m["ord"] in ("last", "final"):
        ord_n = 2
    return _quarter_value(ord_n, m["what"], m["year"], ctx)


rule("ordinal-quarter", ORDINAL_QUARTER_RE)(_ordinal_quarter)
rule("year-ordinal-quarter", YEAR_ORDINAL_QUARTER_RE)(_ordinal_quarter)


@rule("q-number", Q_NUMBER_RE)
def _q_number(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "Q3", "q1 1990", "H1 2024", "1Q24"."""
    what = "quarter" if (m["what"] or m["what2"]) == "q" else "half"
    n = int(m["ord"] or m["ord2"])
    if what == "half" and n > 2:
        return None
    short = m["yy"] or m["fy"]
    year = m["year"] or (str(_two_digit_year(short)) if short else None)
    return _quarter_value(n, what, year, ctx)


@rule("fy-year", FY_YEAR_RE)
def _fy_year(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "FY2023", "FY23": the fiscal year, named by its year as "fiscal 2023" is."""
    y = m["y"]
    return "date", y if len(y) == 4 else str(_two_digit_year(y))


# ------------------------------------------------ decades, centuries, years


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


# ------------------------------------------------ a position inside a named month or year

#: the place of a day or week counted in a month: "the first Tuesday", "the last week"
POSITIONS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1,
}  # fmt: skip
_POSITION = "|".join(POSITIONS)
_WEEKDAY_NAMES = "|".join(n.lower() for n in calendar.day_name)
NTH_WEEKDAY_RE = re.compile(
    rf"(?:the\s+)?(?P<nth>{_POSITION})\s+(?P<wd>{_WEEKDAY_NAMES})\s+(?:of|in)\s+(?P<period>.+)"
)
NTH_DAY_RE = re.compile(rf"(?:the\s+)?(?P<nth>{_POSITION})\s+day\s+(?:of|in)\s+(?P<period>.+)")
NTH_WEEK_RE = re.compile(rf"(?:the\s+)?(?P<nth>{_POSITION})\s+week\s+(?:of|in)\s+(?P<period>.+)")


def _period_days(text: str, ctx: _Ctx) -> list[date] | None:
    """The days of a named month or year ("March", "October 2014", "2012"), read by the
    other rules."""
    sub = _resolve(text, ctx)
    if sub is None or sub[1] is None:
        return None
    if m := MONTH_VALUE_RE.fullmatch(sub[1]):
        first = date(int(m[1]), int(m[2]), 1)
        return _days_between(first, _add_months(first, 1))
    if re.fullmatch(r"\d{4}", sub[1]):
        return _days_between(date(int(sub[1]), 1, 1), date(int(sub[1]) + 1, 1, 1))
    return None


def _days_between(first: date, after: date) -> list[date]:
    """The days from ``first`` up to, not including, ``after``."""
    return [first + timedelta(i) for i in range((after - first).days)]


def _nth(items: list[date], nth: str) -> date | None:
    position = POSITIONS[nth]
    if position > len(items):
        return None
    return items[position - 1] if position > 0 else items[-1]


@rule("nth-weekday-of-period", NTH_WEEKDAY_RE)
def _nth_weekday_of_period(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the last Monday of March", "the second Sunday in June": that weekday of the month."""
    days = _period_days(m["period"], ctx)
    if days is None:
        return None
    return _day_or_none(_nth([d for d in days if d.weekday() == WEEKDAYS[m["wd"]]], m["nth"]))


@rule("nth-day-of-period", NTH_DAY_RE)
def _nth_day_of_period(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the third day of October", "the last day of 2012": that day of the month or year."""
    days = _period_days(m["period"], ctx)
    return None if days is None else _day_or_none(_nth(days, m["nth"]))


@rule("nth-week-of-period", NTH_WEEK_RE)
def _nth_week_of_period(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the first week of October", "the last week of September 2014": the Monday-to-Sunday
    week with most of its days in the month (as ISO counts the weeks of a year)."""
    days = _period_days(m["period"], ctx)
    if days is None:
        return None
    inside = set(days)
    mondays = [d - timedelta(d.weekday()) for d in days]
    weeks = sorted({w for w in mondays if sum(w + timedelta(i) in inside for i in range(7)) >= 4})
    monday = _nth(weeks, m["nth"])
    return "date", _week_value(monday) if monday else None


@rule("day-beyond-deictic", r"the day (after tomorrow|before yesterday)")
def _day_beyond_deictic(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "the day after tomorrow", "the day before yesterday": two days from the reference."""
    ref = ctx.need()
    return _day_or_none(ref + timedelta(2 if m[1] == "after tomorrow" else -2) if ref else None)


@rule("weekday-of-week", rf"(?P<wd>{_WEEKDAY_NAMES})\s+of\s+(?P<week>(?:this|next|last)\s+week)")
def _weekday_of_week(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "Wednesday of next week", "Monday of this week": that day of the week named."""
    sub = _resolve(m["week"], ctx)
    if sub is None or sub[1] is None or not WEEK_VALUE_RE.fullmatch(sub[1]):
        return None
    year, week = int(sub[1][:4]), int(sub[1][6:])
    return _day_or_none(date.fromisocalendar(year, week, WEEKDAYS[m["wd"]] + 1))


@rule("spoken-year", SPOKEN_YEAR_PREFIX_RE)
def _spoken_year_rule(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """Spelled years as said on air: "nineteen ninety-six"."""
    rest = parse_number(m[2])
    if rest is not None and 10 <= rest < 100 and rest == int(rest):
        return "date", f"{19 if m[1] == 'nineteen' else 20}{int(rest):02d}"
    return None


@rule("year-end", r"year-end|year end|the year-end|the end of the year")
def _year_end(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """The end of a period keeps the period's value (TIMEX3 mod END); one already reached told
    in the past tense is last year's."""
    ref = ctx.need()
    if ref is None:
        return "date", None
    past = ctx.tense == "past" and not (ref.month == 12 and ref.day == 31)
    return "date", str(ref.year - 1 if past else ref.year)


@rule("holiday", r".+")
def _holiday_rule(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "Christmas", "last Thanksgiving", "Easter week"."""
    return _holiday(m[0], ctx)


# ------------------------------------------------ calendar dates


def _two_digit_year(yy: str) -> int:
    """ "89" -> 1989, "05" -> 2005."""
    return 1900 + int(yy) if int(yy) > 30 else 2000 + int(yy)


def _named_year(m: re.Match[str], month: int, ctx: _Ctx) -> int | None | Literal[False]:
    """The year of a month/day shape: written, "this/last/next year", "last Oct. 23", or read
    from the reference (False: no reference to read it from)."""
    gd = m.groupdict()
    rel = gd.get("rel")
    day_n = int(gd.get("day") or 1)
    if gd.get("anarel"):
        anchor = ctx.anchor_within("year")
        return anchor.year + ANCHORED_YEAR_SHIFTS[gd["anarel"]] if anchor else False
    if rel is not None:
        ref = ctx.need()
        if ref is None:
            return False
        if rel == "this past" or "last " + m["mon"] in m[0]:
            # "last Oct. 23", "this past May 5": the most recent one
            return ref.year if (month, day_n) < (ref.month, ref.day) else ref.year - 1
        return ref.year + {"this": 0, "last": -1, "next": 1}[rel]
    if gd.get("year"):
        yt = gd["year"]
        return int(yt) if len(yt) == 4 else _two_digit_year(yt.lstrip("'"))
    return _month_year(month, ctx, None) if not gd.get("day") else None


def _month_day_year(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """A month with a day and/or a year; a missing year is the nearest by tense."""
    month = MONTHS[m["mon"][:3]]
    y = _named_year(m, month, ctx)
    if y is False:
        return "date", None
    if not m.groupdict().get("day"):
        return "date", f"{y}-{month:02d}" if y else None
    d = int(m["day"])
    if y is None:
        y = _day_year(month, d, ctx)
        if y is None:
            return "date", None
    try:
        return "date", _iso(date(y, month, d))
    except ValueError:
        return UNREADABLE


for _name, _pattern in CALENDAR_DATE_SHAPES:
    rule(_name, _pattern, CALENDAR_RULES)(_month_day_year)


@rule("iso-date", ISO_DAY_GROUPS_RE, CALENDAR_RULES)
def _iso_date(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "2023-09-30"."""
    try:
        return "date", _iso(date(int(m[1]), int(m[2]), int(m[3])))
    except ValueError:
        return UNREADABLE


@rule("us-numeric-date", US_NUMERIC_DATE_RE, CALENDAR_RULES)
def _us_numeric_date(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "9/30/2023", "9/30/89": month first, as US news writes it; day first where the first
    number cannot be a month ("25/12/2023")."""
    yy = int(m[3]) if len(m[3]) == 4 else _two_digit_year(m[3])
    month, day = int(m[1]), int(m[2])
    if month > 12 >= day:
        month, day = day, month
    try:
        return "date", _iso(date(yy, month, day))
    except ValueError:
        return UNREADABLE


@rule("dateparser-absolute", r"(?=.*\d{4})(?=.*[a-z]).{1,39}", CALENDAR_RULES)
def _dateparser_rule(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """Other absolute dates that name their year and a word, read by dateparser."""
    return _dateparser_absolute(m[0]) or UNREADABLE


RULES.extend(CALENDAR_RULES)


# ---------------------------------------------------------------- public API


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
