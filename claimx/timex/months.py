"""Rules of months, seasons, quarters and fiscal years: "last March", "next spring", "the third
quarter", "Q3", "FY24".
"""

from __future__ import annotations

import re

from claimx.timex.calendar_values import _quarter, _two_digit_year
from claimx.timex.context import _Ctx, _month_year, _season_year
from claimx.timex.rules import NOT_A_DATE, Reading, Rule, rules_of
from claimx.timex.shapes import (
    FY_YEAR_RE,
    MONTH_NAME_RE,
    ORDINAL_QUARTER_RE,
    Q_NUMBER_RE,
    SEASON_RE,
    YEAR_ORDINAL_QUARTER_RE,
)
from claimx.timex.vocabulary import MONTHS, ORDINALS, SEASON_START, SEASONS

#: this dimension's rules, in the order tried
RULES: list[Rule] = []
rule = rules_of(RULES)


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


#: words before a month or season that place it from the time the story last named: the one
#: in that time's year (0), the first after that time (1) or the last before it (-1)
ANCHORED_NAME_SHIFTS = {
    "that": 0, "that same": 0, "the same": 0, "following": 1, "the following": 1,
    "previous": -1, "the previous": -1, "preceding": -1, "the preceding": -1, "prior": -1,
    "the prior": -1,
}  # fmt: skip
ANCHORED_NAME_RE = re.compile(
    rf"(?P<mod>{'|'.join(sorted(ANCHORED_NAME_SHIFTS, key=len, reverse=True))})\s+(?P<name>[a-z]+)"
)


def _year_from_anchor(month: int, shift: int, ctx: _Ctx) -> int | None:
    """The year of a month (a season's first month) told from the last time named."""
    year = ctx.anchor_within("year")
    if shift == 0 or year is None:
        return year.year if year else None
    day = ctx.anchor_within("month")
    if day is None:
        return year.year + shift  # "in 2003 ... the following spring" is 2004's
    ahead = month > day.month if shift > 0 else month < day.month
    return day.year if ahead else day.year + shift


@rule("anchored-month-or-season", ANCHORED_NAME_RE)
def _anchored_month_or_season(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "that summer", "the following March", "the previous winter": placed from the last time
    the story named (unknown without one)."""
    name = m["name"]
    if name in MONTHS:
        month, suffix = MONTHS[name], f"{MONTHS[name]:02d}"
    elif name in SEASONS:
        month, suffix = SEASON_START[SEASONS[name]], SEASONS[name]
    else:
        return None
    year = _year_from_anchor(month, ANCHORED_NAME_SHIFTS[m["mod"]], ctx)
    return "date", f"{year}-{suffix}" if year else None


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
