"""Rules of counted and relative units: "three years ago", "next month", "the year before",
"that quarter", "recent weeks".
"""

from __future__ import annotations

import re

from claimx.timex.calendar_values import _add_months, _iso, _quarter
from claimx.timex.context import ANAPHORIC_MODS, REL_MODS, _Ctx, _shift
from claimx.timex.durations import _vague_number
from claimx.timex.number_words import _unit_key, duration_value, parse_number
from claimx.timex.rules import Reading, Rule, _words_re, rules_of
from claimx.timex.shapes import (
    BARE_UNITS_AGO_RE,
    CURRENT_YEAR_WORDS,
    FUTURE_UNITS_RE,
    RECENT_AND_RE,
    RECENT_UNITS_RE,
    REL_ORDINAL_QUARTER_RE,
    REL_UNIT_RE,
    THAT_QUARTER_RE,
    UNITS_AGO_RE,
    YEAR_AGO_PERIOD_RE,
    YEAR_AGO_UNIT_RE,
    YEAR_PERIOD_RE,
)
from claimx.timex.vocabulary import ORDINALS, UNITS

#: this dimension's rules, in the order tried
RULES: list[Rule] = []
rule = rules_of(RULES)


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
