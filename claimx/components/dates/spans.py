"""The extent TimeBank tags: a candidate grows by the words that belong to its expression
("three years" + "ago", "Friday" + "morning") and loses those left outside the tag (a
leading preposition, a possessive, "about").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from claimx import timex
from claimx.components.dates.candidates import ENTITY_LABELS, YEAR_RE
from claimx.patterns import (
    ORDINAL_RE,
)

# leading words TimeBank leaves outside the tag (the bound they carry is kept)
LEADING_DROP = timex.PREPOSITIONS | {
    "about",
    "approximately",
    "roughly",
    "just",
    "only",
    "barely",
    "over",
    "under",
    "within",
    "some",
    "fully",
    "and",
    "or",
    "as",
    "long",
    "little",
    "much",
    "many",
    "up",
    "an",
    "a",
    "the",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "than",
    "both",
    "either",
    # a pronoun the model's span took in ("for it years later")
    "it",
    "they",
    "he",
    "she",
    "we",
}
# ... but these are kept when they start an expression TimeBank tags whole: not before a date
# or year that merely modifies a noun ("the 1996 bombing"), but before a year that names a
# reporting period ("the 1988 period", "the 1988 third quarter")
KEEP_DETERMINER_BEFORE = re.compile(
    r"^(?:the|a|an)\s+(?!(?:\d{4}(?!\s+(?:fiscal\s+)?(?:(?:first|second|third|fourth)[\s-]+)?"
    r"(?:period|quarter|half)\b)|\d+/|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
    r"|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
    r"|(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\b))",
    re.I,
)
# a period named by a bare unit or a year + period noun, which TimeBank tags with its "the"
THE_PERIOD_RE = re.compile(
    r"(?:\d{4}\s+(?:fiscal\s+)?(?:(?:first|second|third|fourth)[\s-]+)?(?:period|quarter|half)"
    r"|week|month|year|quarter|weekend|decade)(?:'s|’s)?",
    re.I,
)
DEICTIC = {"today", "tonight", "yesterday", "tomorrow"}
PART_OF_DAY_WORDS = {"morning", "afternoon", "evening", "night", "nights"}
TIME_WORDS = re.compile(
    r"\b(?:\d{4}|\d{2,4}s|\d{1,2}(?::\d{2})?\s*[ap]\.?m|noon|midnight|second|minute|hour|day|"
    r"night|week|weekend|fortnight|month|quarter|year|decade|century|centuries|season|spring|"
    r"summer|autumn|fall|winter|morning|afternoon|evening|today|tonight|tomorrow|yesterday|"
    r"now|recent|current|future|past|period|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|time|while|ago|daily|weekly|"
    r"monthly|annually|yearly|hourly|nightly|noon|midday|midnight|o'clock|year-end|christmas|"
    r"midweek|"
    r"midyear|"
    r"thanksgiving|easter|halloween|new year|independence day|labor day|memorial day|"
    r"election day|"
    r"nineteen|twenty|eighties|nineties|seventies|sixties|(?:first|second|1st|2nd)[\s-]half|"
    r"the \d{1,2}(?:st|nd|rd|th)|q[1-4]|h[12]|[1-4][qh](?:\d{2})?|fy\s?\d{2,4}|"
    r"\d{1,2}[:.]?\d\d\s+\(?(?:" + timex.TIME_ZONES + r"))",
    re.I,
)
# a count of units ends the span: "three days", "a minute and a half"
UNITS_END_RE = re.compile(
    r"(?:second|minute|hour|day|week|month|quarter|year|decade|century|centurie)s?"
    r"(?:\s+and\s+a\s+half)?$",
    re.I,
)


def _is_date_like(text: str) -> bool:
    return bool(TIME_WORDS.search(text) or timex.UNIT_ABBREVIATION_RE.search(text.lower()))


Extension = Callable[[Doc, int, int], tuple[int, int]]
UNIT_AT_END_RE = re.compile(
    r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)s?$"
)
YEAR_AT_END_RE = re.compile(r"(?:\d{4}|year-ago|year-earlier|year earlier)$")
RECENT_UNITS_END_RE = re.compile(r"\b(?:recent|coming)\s+(?:days|weeks|months|years)$")
DAY_AT_END_RE = re.compile(r"(?:day|today|yesterday|tomorrow)$")
CLOCK_IN_RE = re.compile(r"\d\s*[ap]\.?m\.?|noon|midnight|\d:\d\d|o'clock")


def _lower(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text.lower()


def _with_determiner(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "this week", "each Thursday", "every July": the determiner belongs to the date."""
    if start == 0 or doc[start - 1].lower_ not in ("this", "last", "next", "that", "each", "every"):
        return start, end
    text = _lower(doc, start, end)
    if re.match(r"(?:year|month|week|quarter|weekend|decade|century)\b", text):
        return start - 1, end
    if doc[start - 1].dep_ == "det" and (text in timex.MONTHS or text in timex.SEASONS):
        return start - 1, end  # "that summer", "this March": the demonstrative places it
    if doc[start - 1].lower_ in ("each", "every") and (
        text in timex.WEEKDAYS
        or text in timex.MONTHS
        or re.fullmatch(r"(?:\w+|\d+)[\s-]+(?:" + timex.UNIT_RE + r")", text)
    ):
        return start - 1, end  # "each Thursday", "every July", "every four years" recur
    return start, end


def _with_anchoring_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "the following March", "that same summer": the words that place a month or season
    from the last time the story named belong to it."""
    text = _lower(doc, start, end)
    if text not in timex.MONTHS and text not in timex.SEASONS:
        return start, end
    for n in (2, 1):
        words = _lower(doc, start - n, start) if start >= n else ""
        if words != "that" and words in timex.ANCHORED_NAME_SHIFTS:
            return start - n, end
    return start, end


#: one unit with its article, which "half" before it halves: "half a day", "half an hour"
ONE_UNIT_RE = re.compile(r"an?\s+(?:second|minute|hour|day|week|month|year|decade|century)")


def _with_half(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "half" + "a day": half of one unit is one length."""
    if (
        start > 0
        and doc[start - 1].lower_ == "half"
        and ONE_UNIT_RE.fullmatch(_lower(doc, start, end))
    ):
        return start - 1, end
    return start, end


def _without_later(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The model's "three days later": the timex is the duration, "later" a signal."""
    if (
        end - start > 1
        and doc[end - 1].lower_ == "later"
        and UNITS_END_RE.search(doc[start : end - 1].text)
    ):
        return start, end - 1
    return start, end


def _absorbing(words: tuple[str, ...], end_re: re.Pattern[str], doc_: str) -> Extension:
    """An extension that takes in the next word when it is one of ``words`` and the span
    ends as ``end_re`` says."""

    def extend(doc: Doc, start: int, end: int) -> tuple[int, int]:
        if end < len(doc) and doc[end].lower_ in words and end_re.search(_lower(doc, start, end)):
            return start, end + 1
        return start, end

    extend.__doc__ = doc_
    return extend


_with_ago = _absorbing(("ago", "earlier"), UNIT_AT_END_RE, '"three years" + "ago": one expression')
_with_period_noun = _absorbing(
    ("period", "quarter"), YEAR_AT_END_RE, '"the 1988" + "period", "year-earlier" + "quarter"'
)


def _with_long(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "day" + "-long": a length said as a compound adjective ("a day-long meeting")."""
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ == "long"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and UNIT_AT_END_RE.search(_lower(doc, start, end))
    ):
        return start, end + 2
    return start, end


THE_DAY_OR_PART = {f"the {w}" for w in ("day", *PART_OF_DAY_WORDS) if not w.endswith("s")}
#: words after "the day before" that show "before" closes the phrase (not "the day before
#: the vote", whose day is the vote's)
_ADVERB_CLOSERS = {"and", "but", "when", "as", "he", "she", "they", "it", "we", "i", "you"}


def _with_before_after(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "the day" + "before"/"after" closing the phrase: "The day before, talks stalled"
    is the day before the one the story last named."""
    if end >= len(doc) or doc[end].lower_ not in ("before", "after"):
        return start, end
    if _lower(doc, start, end) not in THE_DAY_OR_PART:
        return start, end
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if nxt is None or nxt.is_punct or nxt.lower_ in _ADVERB_CLOSERS:
        return start, end + 1
    return start, end


def _with_the(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "the 1988 period", "the week's": the determiner belongs to the period."""
    if (
        start > 0
        and doc[start - 1].lower_ == "the"
        and THE_PERIOD_RE.fullmatch(doc[start:end].text)
    ):
        return start - 1, end
    return start, end


def _with_and_units(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "recent weeks and months" is one vague time."""
    if (
        end + 1 < len(doc)
        and doc[end].lower_ in ("and", "or")
        and RECENT_UNITS_END_RE.search(_lower(doc, start, end))
        and doc[end + 1].lower_ in ("days", "weeks", "months", "years")
    ):
        return start, end + 2
    return start, end


def _weekday_with_date(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "Friday Oct. 13", "Monday, Oct. 26": the weekday names the date that follows."""
    if _lower(doc, start, end) not in timex.WEEKDAYS or end >= len(doc):
        return start, end
    j = end + 1 if doc[end].text == "," else end
    if (
        j < len(doc)
        and doc[j].ent_iob_ == "B"
        and doc[j].ent_type_ == "DATE"
        and doc[j].lower_.rstrip(".") in timex.MONTHS
    ):
        k = j + 1
        while k < len(doc) and doc[k].ent_iob_ == "I":
            k += 1
        return start, k
    return start, end


def _with_part_of_day(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "Wednesday" + "night", "yesterday" + "morning", "Sunday" + "mornings": one
    expression."""
    if (
        end < len(doc)
        and doc[end].lower_.removesuffix("s") in PART_OF_DAY_WORDS
        and DAY_AT_END_RE.search(_lower(doc, start, end))
    ):
        return start, end + 1
    return start, end


def _clock_with_day(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "9 a.m. Tuesday", "5 p.m. EST Nov. 9": a clock time takes the day that follows."""
    if not CLOCK_IN_RE.search(_lower(doc, start, end)) or end >= len(doc):
        return start, end
    j = end + 1 if doc[end].text == "," or doc[end].lower_ == "on" else end
    k = j
    while k < len(doc) and k - j < 4 and doc[k].ent_type_ in ENTITY_LABELS:
        k += 1
    if k == j and j < len(doc) and (doc[j].lower_ in timex.WEEKDAYS or doc[j].lower_ in DEICTIC):
        k = j + 1
    if k > j and "\n" not in doc[end:k].text:
        return start, k
    return start, end


def _season_of_year(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "the spring" (or "the spring of") + "of 2022": the season of that year, one expression."""
    of = end - 1 if doc[end - 1].lower_ == "of" else end
    if (
        of + 1 < len(doc)
        and of > start
        and doc[of - 1].lower_ in timex.SEASONS
        and doc[of].lower_ == "of"
        and YEAR_RE.fullmatch(doc[of + 1].text)
    ):
        return start, of + 2
    return start, end


#: "of" and a year named from the reference or from the story, after a month
OF_NAMED_YEAR_RE = re.compile(
    rf"of (?:{'|'.join(sorted(timex.ANCHORED_YEAR_SHIFTS, key=len, reverse=True))}|this|last|"
    r"next) year"
)


def _month_of_named_year(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "June" + "of the following year", "March 23" + "of last year": the month of that
    year, one expression (the model tags them apart)."""
    month = doc[end - 1] if not doc[end - 1].like_num or end - start < 2 else doc[end - 2]
    if month.lower_.rstrip(".") not in timex.MONTHS:
        return start, end
    for size in (3, 4):
        if end + size <= len(doc) and OF_NAMED_YEAR_RE.fullmatch(_lower(doc, end, end + size)):
            return start, end + size
    return start, end


#: a day or week placed by its position, waiting for the month it is counted in; a part of
#: a day, waiting for the day it is part of
POSITION_AT_END_RE = re.compile(
    rf"(?:the\s+)?(?:(?:{'|'.join(timex.POSITIONS)})\s+(?:week|day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:early\s+|late\s+)?(?:morning|afternoon|evening|night))",
    re.I,
)


def _position_in_period(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "the last week" + "of September 2014", "the evening" + "of March 5": a position or
    part and the period it is in, one expression (the model tags them apart)."""
    if not (end + 1 < len(doc) and doc[end].lower_ in ("of", "in")):
        return start, end
    if not POSITION_AT_END_RE.fullmatch(doc[start:end].text) or doc[end + 1].ent_iob_ != "B":
        return start, end
    k = end + 1
    if doc[k].ent_type_ != "DATE":
        return start, end
    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
        k += 1
    return start, k + 1


def _day_of_the_month(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "the 5th of" + "May": a day given before its month, one expression."""
    k = start - 2
    if k < 0 or doc[start - 1].lower_ != "of" or doc[start].lower_.rstrip(".") not in timex.MONTHS:
        return start, end
    if not ORDINAL_RE.fullmatch(doc[k].lower_):
        return start, end
    return (k - 1 if k > 0 and doc[k - 1].lower_ == "the" else k), end


DAY_NUMBER_RE = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?")


def _day_before_month(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A day number before its month, as British and most of the world's English writes it:
    "5" + "May 2023" (the model tags the number apart)."""
    if (
        start > 0
        and doc[start].lower_.rstrip(".") in timex.MONTHS
        and DAY_NUMBER_RE.fullmatch(doc[start - 1].text)
        and doc[start - 1].whitespace_
    ):
        return start - 1, end
    return start, end


#: words a bare clock hour follows ("at 7 this evening", "until 10 tonight"); after any other
#: word a bare number before a part of a day counts ("scored 3 tonight")
CLOCK_HOUR_PREPOSITIONS = frozenset({"at", "until", "till", "around", "before", "after"})
BARE_HOUR_RE = re.compile(r"(?:[1-9]|1[0-2])(?::[0-5]\d)?")
DAY_OF_PART_OPENERS = DEICTIC | {"this", "last", "next"} | set(timex.WEEKDAYS)


def _bare_hour_before_part(doc: Doc, i: int, end: int) -> bool:
    """Whether the token at ``i`` is a bare clock hour before the day and part of the day that
    end at ``end``: "7" of "7 this evening", "10" of "10 Sunday night"."""
    return (
        i + 1 < end <= i + 4
        and bool(BARE_HOUR_RE.fullmatch(doc[i].text))
        and doc[i + 1].lower_ in DAY_OF_PART_OPENERS
        and doc[end - 1].lower_ in PART_OF_DAY_WORDS | {"tonight"}
    )


def _with_clock_hour(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "at 7" + "this evening", "until 10" + "tonight": the hour of the part of the day,
    one expression."""
    if (
        start > 1
        and doc[start - 2].lower_ in CLOCK_HOUR_PREPOSITIONS
        and _bare_hour_before_part(doc, start - 1, end)
    ):
        return start - 1, end
    return start, end


# how a candidate span grows or shrinks to the expression TimeBank tags, in this order
EXTENSIONS: list[Extension] = [
    _with_determiner,
    _with_anchoring_words,
    _with_half,
    _without_later,
    _with_ago,
    _with_before_after,
    _with_period_noun,
    _with_long,
    _with_the,
    _with_and_units,
    _weekday_with_date,
    _with_part_of_day,
    _with_clock_hour,
    _clock_with_day,
    _season_of_year,
    _month_of_named_year,
    _position_in_period,
    _day_of_the_month,
    _day_before_month,
]


def _extend(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Grow a span over a following part of day or day ("Wednesday night", "9 a.m. Tuesday")."""
    for step in EXTENSIONS:
        start, end = step(doc, start, end)
    return start, end


#: number words that take an article as part of the number: "a hundred years", "a dozen days"
ARTICLE_NUMBERS = frozenset({"hundred", "thousand", "million", "dozen"})


def _counted_without_article(tok: Token) -> bool:
    """Whether an "a" before this number is no part of it ("a 10-year plan")."""
    return tok.like_num and tok.lower_ not in ARTICLE_NUMBERS


#: words that open a noun phrase of their own: a demonstrative before them is a pronoun
PHRASE_OPENERS = frozenset({"a", "an", "the", "few", "several", "some"})


def _stands_alone(tok: Token, nxt: Token) -> bool:
    """Whether a first word is no part of the date after it: a demonstrative before an article
    or a number ("this a few weeks ago"), a number before a demonstrative ("42 this season")."""
    if tok.lower_ in ("this", "that"):
        return nxt.lower_ in PHRASE_OPENERS or nxt.like_num
    return tok.like_num and nxt.lower_ in ("this", "that", "last", "next")


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop prepositions, qualifiers, possessives and punctuation at the edges."""
    while start < end:
        tok = doc[start]
        low = tok.lower_
        rest = doc[start + 1 : end].text
        if tok.is_punct or tok.is_space:
            start += 1
            continue
        if low == "at" and start + 1 < end and doc[start + 1].lower_ == "least":
            break
        if (
            low == "as"
            and start + 3 < end
            and doc[start + 1].lower_ in ("early", "late", "soon", "recently", "long")
            and doc[start + 2].lower_ == "as"
        ):
            start += 3  # "as early as Tuesday": the qualifier is not part of the date
            continue
        if low in ("a", "an") and start + 1 < end and _counted_without_article(doc[start + 1]):
            start += 1
            continue
        if _bare_hour_before_part(doc, start, end):
            if start > 0 and doc[start - 1].lower_ in CLOCK_HOUR_PREPOSITIONS:
                break
            start += 1  # "scored 3 tonight": a count before the part of the day
            continue
        if start + 1 < end and _stands_alone(tok, doc[start + 1]):
            start += 1  # "sign this a few weeks ago", "giving him 42 this season"
            continue
        if low in ("the", "a", "an") and KEEP_DETERMINER_BEFORE.match(doc[start:end].text):
            break
        if low == "some" and rest.lower() == "day":
            break  # "some day": a vague future, not a day
        if low in LEADING_DROP and end - start > 1 and _is_date_like(rest):
            start += 1
            continue
        if tok.tag_ in ("VB", "VBP", "VBZ") and end - start > 1 and _is_date_like(rest):
            start += 1  # "will last two weeks": the verb is not part of the length
            continue
        break
    while end > start:
        tok = doc[end - 1]
        low = tok.lower_
        if tok.is_punct or tok.is_space or low in ("'s", "’s", "'", "and", "or", "to", "of", "the"):
            end -= 1
            continue
        break
    # never cross a newline: keep the part before it
    for i in range(start, end):
        if "\n" in doc[i].text:
            return start, i
        if i + 1 < end and "\n" in doc[i].whitespace_:
            return start, i + 1
    return start, end
