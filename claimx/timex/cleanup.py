"""The clean-up an expression gets before the rules read it: lower case, one spacing, month
and weekday abbreviations, fractions and spoken years written the one way the rules expect.
"""

from __future__ import annotations

import re

from claimx.timex.calendar_values import _two_digit_year
from claimx.timex.number_words import parse_number
from claimx.timex.vocabulary import (
    DAY_WORD_AFTER_MONTH_RE,
    DAY_WORD_BEFORE_MONTH_RE,
    HOUR_WORDS,
    UNIT_ABBREVIATION_RE,
    UNIT_ABBREVIATIONS,
    _day_digits,
)

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
# a kind of year does not change how often "every" recurs: "every fiscal year" is every year
EVERY_KIND_OF_YEAR_RE = re.compile(
    r"\b(every|each)\s+(?:fiscal|financial|calendar|academic|school|budget|tax)\s+(?=years?\b)"
)
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
    s = EVERY_KIND_OF_YEAR_RE.sub(r"\1 ", s)
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
    s = CLOCK_WORDS_RE.sub(_clock_digits, s)
    return s


_MINUTE_WORDS = rf"{HOUR_WORDS}|twenty(?:[\s-](?:one|two|three|four|five))?|\d{{1,2}}"
#: a time of day told in words: "six o'clock", "half past six", "ten past nine", "a quarter
#: to five", "20 minutes to six"; a count "to" an hour needs "minutes" or "quarter", since
#: "ten to twelve" is as often a range
CLOCK_WORDS_RE = re.compile(
    rf"\b(?:(?P<half>half)|(?:a\s+)?(?P<quarter>quarter)|(?P<min>{_MINUTE_WORDS})"
    rf"(?P<minutes>\s+minutes?)?)\s+(?P<rel>past|after|to|before)\s+"
    rf"(?P<hour>{HOUR_WORDS}|\d{{1,2}})\b(?:\s+o'clock)?"
    rf"|\b(?P<oc_hour>{HOUR_WORDS})\s+o'clock"
)


def _clock_digits(m: re.Match[str]) -> str:
    """The time of a clock told in words, as digits ("half past six" -> "6:30")."""
    if m["oc_hour"]:
        return f"{parse_number(m['oc_hour']):.0f} o'clock"
    before = m["rel"] in ("to", "before")
    if before and m["min"] and not m["minutes"]:
        return m[0]
    minutes = 30 if m["half"] else 15 if m["quarter"] else parse_number(m["min"])
    hour = parse_number(m["hour"])
    if minutes is None or hour is None or not (0 < minutes < 60 and 0 < hour <= 12):
        return m[0]
    if before:
        hour, minutes = (hour - 1) or 12, 60 - minutes
    return f"{hour:.0f}:{minutes:02.0f}"


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
