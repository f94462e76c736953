"""Calendar arithmetic and TIMEX3 date values: ISO days and weeks, months and years added, the
quarter of a day, the interval a value covers.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from claimx.timex.vocabulary import POSITIONS, SEASON_START


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


def _two_digit_year(yy: str) -> int:
    """ "89" -> 1989, "05" -> 2005."""
    return 1900 + int(yy) if int(yy) > 30 else 2000 + int(yy)


def _days_between(first: date, after: date) -> list[date]:
    """The days from ``first`` up to, not including, ``after``."""
    return [first + timedelta(i) for i in range((after - first).days)]


def _nth(items: list[date], nth: str) -> date | None:
    position = POSITIONS[nth]
    if position > len(items):
        return None
    return items[position - 1] if position > 0 else items[-1]
