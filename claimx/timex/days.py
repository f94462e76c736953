"""Rules of days and parts of days: "today", "Friday", "this morning", "the next day",
clock times.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimx.timex.calendar_values import MONTH_VALUE_RE, WEEK_VALUE_RE, _add_months, _iso
from claimx.timex.context import (
    ISO_DAY_RE,
    NAMED_TIMES,
    WEEKDAY_PART_AS_DAY,
    _Ctx,
    _shift,
    _weekday_date,
)
from claimx.timex.rules import (
    NOT_A_DATE,
    UNREADABLE,
    Reading,
    Rule,
    _day_or_none,
    _resolve,
    _words_re,
    rules_of,
)
from claimx.timex.shapes import (
    ANAPHORIC_PART_RE,
    CLOCK_PARTS_RE,
    CLOCK_RE,
    DAY_SHIFTS,
    DEICTIC_DAY_RE,
    DEICTIC_PART_RE,
    DEICTIC_SHIFT,
    HOUR_BEFORE_PART_RE,
    HOUR_IN_THE_PART_RE,
    PART_OF_DAY_RE,
    PART_SHIFT,
    WEEKDAY_RE,
)
from claimx.timex.vocabulary import PARTS_OF_DAY, WEEKDAYS

#: this dimension's rules, in the order tried
RULES: list[Rule] = []
rule = rules_of(RULES)


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


#: the part of the day after a clock time, which the hour-in-the-part rule reads
PART_AFTER_CLOCK_RE = re.compile(r"in the (?:morning|afternoon|evening)|at night")


@rule("hour-before-part-of-day", HOUR_BEFORE_PART_RE)
def _hour_before_part_of_day(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "7 this evening", "8 tonight", "10 Sunday night": the hour on the day named; the
    part of the day tells the hours after noon."""
    sub = _resolve(m["day"], ctx)
    if sub is None or sub[0] not in ("date", "time"):
        return None
    if sub[1] is None:
        return "time", None
    day = sub[1].partition("T")[0]
    if not ISO_DAY_RE.fullmatch(day):
        return None
    part = PARTS_OF_DAY["night" if m["tonight"] else m["part"]]
    hhmm = f"{int(m['h']):02d}:{m['mi'] or '00'}"
    return "time", f"{day}T{_after_noon_in_part(hhmm, m['h'], part)}"


@rule("clock", CLOCK_RE)
def _clock(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "10:35 am", "9 am tuesday", "noon thursday": a time on the day named, else today."""
    if (m["pre"] and m["post"]) or PART_AFTER_CLOCK_RE.fullmatch(m["post"] or ""):
        return None  # "9 o'clock in the morning": the hour in the part of the day
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
    day, _, part = sub[1].partition("T")
    if not ISO_DAY_RE.fullmatch(day):
        return UNREADABLE
    return "time", f"{day}T{_after_noon_in_part(hhmm, m['time'], part)}"


#: parts of the day whose clock hours run past noon ("6 o'clock this afternoon" is 18:00);
#: a night's small hours stay before dawn ("2 last night")
AFTER_NOON_PARTS = {"AF": 1, "EV": 1, "NI": 6}


def _after_noon_in_part(hhmm: str, written: str, part: str) -> str:
    """The hour of a clock with no am/pm, moved past noon when the day named with it is an
    afternoon, evening or night ("6 o'clock this afternoon", "11 last night")."""
    h = int(hhmm[:2])
    if part not in AFTER_NOON_PARTS or re.search(r"[ap]m|noon|midday|midnight", written):
        return hhmm
    if part == "NI" and hhmm == "12:00":
        return "24:00"  # "12 tonight" is midnight
    return f"{h + 12:02d}{hhmm[2:]}" if AFTER_NOON_PARTS[part] <= h < 12 else hhmm


@rule("hour-in-the-part", HOUR_IN_THE_PART_RE)
def _hour_in_the_part(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "9 in the evening", "9 o'clock in the morning", "11 at night": the hour on the
    reference day; the part of the day tells the hours after noon."""
    h = int(m["h"])
    if h > 12:
        return None
    if m["night"]:
        h = 24 if h == 12 else h + 12 if h >= 6 else h  # "3 at night" is before dawn
    elif m["part"] != "morning" and h < 12:
        h += 12
    ref = ctx.need()
    return "time", f"{_iso(ref)}T{h:02d}:{m['mi'] or '00'}" if ref else None


@rule("weekday", WEEKDAY_RE)
def _weekday(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "saturday", "last friday", "tuesday evening": the day by its modifier, else by tense."""
    if m["wd"] not in WEEKDAYS or m["wd"].endswith("days"):
        return None
    mod = (m["mod"] or "").replace("the ", "") or None
    if m["plural"] or (m["wd"].endswith("s") and not mod):
        # "Tuesday nights", "Sunday mornings", "Mondays": a recurring day
        part = PARTS_OF_DAY.get(m["part"] or "", "")
        return "set", f"XXXX-WXX-{WEEKDAYS[m['wd']] + 1}" + (f"T{part}" if part else "")
    d = _weekday_date(WEEKDAYS[m["wd"]], ctx, mod)
    if m["part"] and m["part"] not in WEEKDAY_PART_AS_DAY:
        return "time", f"{_iso(d)}T{PARTS_OF_DAY[m['part']]}" if d else None
    return _day_or_none(d)
