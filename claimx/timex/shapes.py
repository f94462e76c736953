"""The patterns of the expressions the rules read, compiled once."""

from __future__ import annotations

import re

from claimx.timex.context import REL_MOD_RE
from claimx.timex.vocabulary import _WORDS, UNIT_RE

# the shapes _resolve reads, in the order it tries them
ANAPHORIC_PART_RE = re.compile(
    r"(that|that same|the same|the next|the following|the previous|the prior)\s+"
    r"(morning|afternoon|evening|night)"
)
PART_SHIFT: dict[str, int] = _WORDS["anchored_part_shifts"]
DEICTIC_SHIFT: dict[str, int] = _WORDS["deictic_days"]
# "that day", "the next day": days counted from the last day the story named
DAY_SHIFTS: dict[str, int] = _WORDS["anchored_days"]
CURRENT_YEAR_WORDS: list[str] = _WORDS["current_year"]
DECADE_WORDS: dict[str, int] = _WORDS["decade_words"]
CENTURY_WORDS: dict[str, int] = _WORDS["century_words"]
EVERY_WORD_RE = re.compile(
    r"(?:every|each)\s+(?:other\s+)?(\w+?)s?(?:\s+(morning|afternoon|evening|night))?"
)
PLURAL_WEEKDAY_RE = re.compile(r"(\w+)days(?:\s+(morning|afternoon|evening|night)s?)?")
DEICTIC_DAY_RE = re.compile(
    r"(?:(?P<part1>morning|afternoon|evening|night|mid afternoon|overnight)\s+)?"
    r"(?P<day>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>morning|afternoon|evening|night))?"
)
DEICTIC_PART_RE = re.compile(r"(this|last|tomorrow|yesterday)\s+(morning|afternoon|evening|night)")
PART_OF_DAY_RE = re.compile(
    r"(?:the\s+|this\s+)?(?:early\s+|late\s+|mid[\s-]?(?!night))?(morning|afternoon|evening|night)"
    r"|(overnight)"
)
#: time zones written after a clock time ("2:15 a.m. EDT", "1600 GMT")
TIME_ZONES = "est|edt|cst|cdt|mst|mdt|pst|pdt|et|gmt|utc|bst|cet|cest"
CLOCK_RE = re.compile(
    r"(?:(?P<pre>.+?)\s+(?:at\s+)?)?(?P<time>\d{1,2}(?:[:.]\d{2})?(?::\d{2})?\s*(?:am|pm)"
    r"|\d{1,2}:\d{2}(?::\d{2})?|noon|midday|midnight|\d{1,2} o'clock"
    r"|(?:(?:[01]\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3])\.[0-5]\d)"
    r"(?=\s+(?:\(?(?:" + TIME_ZONES + r")\)?|local time)))"
    r"(?:\s+(?:\(?(?:" + TIME_ZONES + r")\)?|local time))?"
    r"(?:,?\s+(?:on\s+)?(?P<post>.+))?"
)
# the minutes after a colon, or after a full stop as British style writes them ("6.15pm")
# a four-digit 24-hour time ("0930 GMT") runs its hours and minutes together
CLOCK_PARTS_RE = re.compile(r"(\d{2}(?=\d{2}\b)|\d{1,2})(?:[:.]?(\d{2}))?(?::(\d{2}))?\s*(am|pm)?")
HOUR_IN_THE_PART_RE = re.compile(
    r"(?P<h>\d{1,2})(?::(?P<mi>[0-5]\d))?(?: o'clock)?"
    r" (?:in the (?P<part>morning|afternoon|evening)|at (?P<night>night))"
)
#: a bare clock hour, then the day and the part of it the hour falls in: "7 this evening",
#: "8 tonight", "10 Sunday night", "6:30 tomorrow morning", "7 o'clock tonight"
HOUR_BEFORE_PART_RE = re.compile(
    r"(?P<h>[1-9]|1[0-2])(?::(?P<mi>[0-5]\d))?(?: o'clock)? "
    r"(?P<day>(?:.+ )?(?P<part>morning|afternoon|evening|night)|(?P<tonight>tonight))"
)
WEEKDAY_RE = re.compile(
    rf"(?:(?P<mod>{REL_MOD_RE})\s+)?(?P<wd>[a-z]+)(?:,)?"
    r"(?:\s+(?P<part>morning|afternoon|evening|night)(?P<plural>s)?)?"
)
UNITS_AGO_RE = re.compile(
    r"(?P<num>.+?)\s+(?:more\s+)?" + UNIT_RE + r"\s+(?P<dir>ago|earlier|before|back|later|"
    r"after|from now|hence|since)"
)
BARE_UNITS_AGO_RE = re.compile(UNIT_RE + r"\s+(?P<dir>ago|earlier|later)")
REL_UNIT_RE = re.compile(
    rf"(?P<mod>{REL_MOD_RE})\s+(?:fiscal\s+|calendar\s+)?(?P<unit>day|week|weekend|month|"
    r"quarter|year|decade|century|fortnight)(?:\s+(?P<ago>ago|earlier))?"
)
YEAR_AGO_UNIT_RE = re.compile(
    r"(?:the\s+)?(?:year[\s-]earlier|year[\s-]ago|prior[\s-]year|previous[\s-]year"
    r"|comparable\s+year[\s-]ago|last\s+year's|same)\s+(quarter|period|month|year)"
)
YEAR_AGO_PERIOD_RE = re.compile(
    r"(?:the\s+)?(?:a\s+)?(?:year[\s-]earlier|year[\s-]ago|year before)"
    r"(?:\s+(?:period|results|quarter|levels?|figures?))?"
    r"|(?:the\s+)?(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)"
    r"|(?:the\s+)?(?:corresponding|comparable|same)\s+(?:period|quarter)"
    r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year))?"
)
THAT_QUARTER_RE = re.compile(
    r"(?:the|that|this)\s+(?:latest\s+|same\s+|most\s+recent\s+|recent\s+)?"
    r"(?:fiscal\s+)?(?:quarter|period)"
)
YEAR_PERIOD_RE = re.compile(r"(?:the\s+)?(?:fiscal\s+)?(\d{4})\s+(?:fiscal\s+)?(quarter|period)")
REL_ORDINAL_QUARTER_RE = re.compile(
    r"(?:the\s+)?(this|last|next|year-ago|year-earlier|prior-year|previous-year)(?: year's)?\s+"
    r"(?:fiscal\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(quarter|half)"
)
RECENT_UNITS_RE = re.compile(r"(?:recent|past)\s+(days|weeks|months|years|decades|quarters)")
RECENT_AND_RE = re.compile(r"recent\s+(?:days|weeks|months|years)\s+(?:and|or)\s+\w+")
FUTURE_UNITS_RE = re.compile(r"future\s+(days|weeks|months|years|decades|quarters|generations)")
MONTH_NAME_RE = re.compile(rf"(?:(?P<mod>{REL_MOD_RE})\s+)?(?P<mon>[a-z]+)")
SEASON_RE = re.compile(
    rf"(?:(?P<mod>{REL_MOD_RE})\s+)?(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)"
    r"(?:\s+(?:of\s+)?(?P<year>\d{4}|'\d{2}))?"
)
ORDINAL_QUARTER_RE = re.compile(
    r"(?:the\s+)?(?:(?:company's|its|their)\s+)?(?:fiscal[\s-]+|calendar[\s-]+)?"
    r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[\s-]+(?:fiscal[\s-]+)?"
    r"(?P<what>quarter|half|period)s?"
    r"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>\d{4}|'\d{2}|(?:this|last|next|the) year))?"
)
YEAR_ORDINAL_QUARTER_RE = re.compile(
    r"(?:the\s+)?(?:fiscal\s+)?(?P<year>\d{4})\s+(?P<ord>first|second|third|fourth|1st|"
    r"2nd|3rd|4th)[\s-]+(?P<what>quarter|half)"
)
#: a quarter or half written as a code: "Q3", "q1 1990", "H1 2024", "1Q24", "3Q 2023", "Q4 FY24"
Q_NUMBER_RE = re.compile(
    r"(?:the\s+)?(?:(?P<what>[qh])(?P<ord>[1-4])|(?P<ord2>[1-4])(?P<what2>[qh]))"
    r"(?:\s*(?:fy\s*)?(?P<year>\d{4})|(?:fy|')?(?P<yy>\d{2})|\s+fy\s*(?P<fy>\d{2}))?"
)
#: a fiscal year written as a code: "FY2023", "FY 2023", "FY23"
FY_YEAR_RE = re.compile(r"(?:the\s+)?fy\s*(?P<y>\d{4}|\d{2})")
DECADE_DIGITS_RE = re.compile(r"(?:the\s+)?(?:(\d{2})|')?(\d)0'?s")
# "the 1800s" is a century; "the 2000s", a millennium's first hundred years, names its decade
CENTURY_DIGITS_RE = re.compile(r"(?:the\s+)?(\d[1-9])00'?s")
DECADE_WORDS_RE = re.compile(r"(?:the\s+)?(?:(nineteen|twenty|eighteen)[\s-]+)?(\w+ties)")
ORDINAL_CENTURY_RE = re.compile(r"(?:the\s+|a\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century")
WORD_CENTURY_RE = re.compile(r"(?:the\s+|a\s+)?([a-z-]+)[\s-]+century")
YEAR_RE = re.compile(
    r"(?:the\s+)?(?:(?:fiscal|calendar|model|financial|tax|school|crop)\s+(?:year\s+)?|year\s+)?"
    r"(?P<y>1\d{3}|20\d{2})(?:\s+(?:or\s+later|and\s+beyond|period|quarter|fiscal\s+year))?"
)
APOSTROPHE_YEAR_RE = re.compile(r"(?:fiscal\s+)?'(\d{2})")
YEAR_TWO_THOUSAND_RE = re.compile(r"(?:the\s+)?year\s+two\s+thousand(?:\s+and\s+(\w+))?")
WEEK_OF_RE = re.compile(r"(?:the\s+)?week\s+(?:of|beginning|starting)\s+(.+)")
SPOKEN_YEAR_PREFIX_RE = re.compile(
    r"(?:in\s+)?(nineteen|twenty)[\s-](?:hundred[\s-](?:and[\s-])?)?(.+)"
)
