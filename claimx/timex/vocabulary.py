"""The words the date rules read: months, weekdays, seasons, parts of the day, number words,
units of time, qualifiers and prepositions (lists in ``models/timex.json``), and the reading a
rule gives (:class:`Timex`).
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from importlib.resources import files
from typing import Any, Literal

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

#: the hours of a clock in words: "six o'clock", "half past six"
HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"

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
#: nouns of events held on a date set ahead ("the November election", "the October
#: deadline"): a month before one names when the event is held
SCHEDULED_EVENTS: frozenset[str] = frozenset(_WORDS["scheduled_events"])
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


#: the place of a day or week counted in a month: "the first Tuesday", "the last week"
POSITIONS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1,
}  # fmt: skip
