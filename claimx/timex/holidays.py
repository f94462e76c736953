"""Holidays and named days, and their dates in a given year."""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimx.timex.calendar_values import _add_months, _days_between, _iso, _nth, _week_value
from claimx.timex.context import _Ctx, _day_year
from claimx.timex.vocabulary import WEEKDAYS

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
