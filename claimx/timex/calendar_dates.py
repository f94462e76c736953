"""Rules of calendar dates: month/day/year shapes ("March 5, 1999", "the 5th of March",
"5/3/99"), ISO days, and the absolute dates only dateparser reads.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Literal

from claimx.timex.calendar_values import ISO_DAY_GROUPS_RE, _iso, _two_digit_year, _week_value
from claimx.timex.context import _Ctx, _day_year, _month_year
from claimx.timex.rules import UNREADABLE, Reading, Rule, rules_of
from claimx.timex.vocabulary import _MONTH_WORD, MONTHS

#: month/day/year shapes, in the order tried; also read alone inside "the week of ..."
CALENDAR_RULES: list[Rule] = []
rule = rules_of(CALENDAR_RULES)


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
    rule(_name, _pattern)(_month_day_year)


@rule("iso-date", ISO_DAY_GROUPS_RE)
def _iso_date(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "2023-09-30"."""
    try:
        return "date", _iso(date(int(m[1]), int(m[2]), int(m[3])))
    except ValueError:
        return UNREADABLE


@rule("us-numeric-date", US_NUMERIC_DATE_RE)
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


@rule("dateparser-absolute", r"(?=.*\d{4})(?=.*[a-z]).{1,39}")
def _dateparser_rule(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """Other absolute dates that name their year and a word, read by dateparser."""
    return _dateparser_absolute(m[0]) or UNREADABLE
