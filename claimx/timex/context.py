"""What a rule reads besides the expression (:class:`_Ctx`: the reference date, the tense, the
word before, the last date the story named), and the helpers that place a weekday, month,
season or day in a year from it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimx.timex.calendar_values import (
    FOUR_DIGITS_RE,
    HALF_VALUE_RE,
    MONTH_VALUE_RE,
    QUARTER_VALUE_RE,
    SEASON_VALUE_RE,
    WEEK_VALUE_RE,
    _add_months,
    _iso,
    _quarter,
    _week_value,
    interval_of,
)
from claimx.timex.vocabulary import _WORDS, SEASON_START

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
#: words before a day from which something has lasted up to now: the day is behind, whatever
#: the tense ("the index is up 20% since Jan. 1" told in September)
SINCE_WORDS = frozenset({"since"})


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
    if ctx.prev_word in SINCE_WORDS:
        return ref.year if month <= ref.month else ref.year - 1
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
    if ctx.prev_word in SINCE_WORDS:
        return max(c for c in candidates if c <= ref).year
    # the nearest occurrence, unless the tense says otherwise and the nearest is far off
    # (news dates are mostly near the reference; tense from the parse is noisy)
    nearest = min(candidates, key=lambda c: abs((c - ref).days))
    if ctx.tense == "past" and (nearest - ref).days > SLACK_DAYS:
        return max(c for c in candidates if c <= ref).year
    # a day up to which something lasts, in a clause that is not past, looks ahead as a future
    # does: "available through Nov. 30" told in March is this November, while "reports
    # through Jan. 31" told on Feb. 20 are this year's January
    looks_ahead = ctx.tense == "future" or (
        ctx.tense in (None, "present") and ctx.prev_word in UNTIL_WORDS
    )
    if looks_ahead and (ref - nearest).days > SLACK_DAYS:
        return min(c for c in candidates if c >= ref).year
    return nearest.year
