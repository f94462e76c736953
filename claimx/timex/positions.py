"""Rules of a position inside a named month or year ("the first Tuesday of May", "the last
week of 1999"), and of named days (holidays, "year-end", spoken years).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from claimx.timex.calendar_values import (
    MONTH_VALUE_RE,
    WEEK_VALUE_RE,
    _add_months,
    _days_between,
    _nth,
    _week_value,
)
from claimx.timex.context import _Ctx
from claimx.timex.holidays import _holiday
from claimx.timex.number_words import parse_number
from claimx.timex.rules import Reading, Rule, _day_or_none, _resolve, rules_of
from claimx.timex.shapes import SPOKEN_YEAR_PREFIX_RE
from claimx.timex.vocabulary import POSITIONS, WEEKDAYS

#: this dimension's rules, in the order tried
RULES: list[Rule] = []
rule = rules_of(RULES)


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
