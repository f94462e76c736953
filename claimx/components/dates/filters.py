"""What is no date though a rule could read it: ages, a person's decade of life, rates, counts
of things, ordinals of a game's clock, units of another measure, times judged rather than
placed ("a great night").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimx import timex
from claimx.components.dates.joining import AGE_RE, UNIT_WORD_RE
from claimx.components.dates.spans import PART_OF_DAY_WORDS, _is_date_like
from claimx.extensions import doc_text
from claimx.patterns import (
    ORDINAL_RE,
    apposed_age_length,
    bracketed_aside,
    predicated_age_length,
)
from claimx.units import is_money_word, load_unit_tables, lookup_unit

# "in his 30s", "their early twenties": a person's decade of life, not a decade of the calendar
LIFE_DECADE_RE = re.compile(
    r"(?:(?:early|mid|late)[\s-]+)?(?:\d0'?s|twenties|thirties|forties|fifties|sixties"
    r"|seventies|eighties|nineties)",
    re.I,
)
POSSESSIVES = {"his", "her", "their", "its", "my", "your", "our"}

NON_DATE_WORDS = {"annual", "quarterly", "semiannual", "olympic", "seasonally", "last-minute"}
RATE_WORDS = {"times", "twice", "thrice", "once", "percent", "%", "cents", "dollars"}
# a quarter as a share: "a quarter of the market", "more than a quarter of its sales"
FRACTION_QUARTER_RE = re.compile(
    r"(?:(?:more|less|fewer) than |about |nearly |almost |roughly )?(?:a|one|three) quarters?"
)


def is_rate(span: Span) -> bool:
    """Whether "a week", "an hour" follows a quantity it divides ("$5 a week", "twice a day")."""
    if span.start == 0:
        return False
    prev = _before_brackets(span.doc, span.start - 1)
    return (
        prev.like_num
        or prev.is_currency
        or prev.tag_ in ("CD", "NNS", "NNPS")
        or prev.lower_ in RATE_WORDS
        or _divides_the_verbs_amount(span)
    )


def _before_brackets(doc: Doc, i: int) -> Token:
    """The token at ``i``, or the one before the bracketed aside that ends there ("9 billion
    shekels ($2.4 billion) a year")."""
    aside = bracketed_aside(doc, i) if doc[i].text == ")" else None
    return doc[aside[0] - 1] if aside is not None and aside[0] > 0 else doc[i]


def _divides_the_verbs_amount(span: Span) -> bool:
    """ "spends 9 billion shekels on defense a year": "a year" modifies a verb whose object
    holds an amount, so it divides that amount."""
    root = span.root
    if root.dep_ != "npadvmod" or root.head.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        t.like_num or t.is_currency
        for child in root.head.children
        if child.dep_ in ("dobj", "attr", "oprd") and child.i < span.start
        for t in child.subtree
    )


def _is_life_decade(span: Span) -> bool:
    """A decade after a possessive ("in her 40s", "his late twenties") is an age."""
    if not LIFE_DECADE_RE.fullmatch(span.text):
        return False
    before = span.doc[max(0, span.start - 2) : span.start]
    return any(t.lower_ in POSSESSIVES for t in before)


#: unit nouns that, owned and alone, name a time of someone's: "his year in kindergarten"
OWNED_UNITS = {"day", "night", "week", "month", "year", "decade", "season"}


def _time_of_someone(span: Span) -> bool:
    """A lone unit noun after a possessive ("his year in kindergarten", "this hasn't been
    Kellogg's year") is someone's time, neither a length nor a date of the calendar."""
    if len(span) != 1 or span[0].lower_ not in OWNED_UNITS or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.lower_ in POSSESSIVES or before.lower_ in ("'s", "’s")


IN_A_ROW = {"straight", "consecutive", "successive", "running"}


def _ordinal_second(span: Span) -> bool:
    """ "a second bomb", "for a second time": the ordinal before a noun, not a second's length;
    "the 12th Dynasty", "the 5th floor": a digit ordinal before a noun, not a day of a month."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if ORDINAL_RE.fullmatch(span[-1].lower_) and after is not None and after.pos_ in NOUN_TAGS:
        return after.lower_.rstrip(".") not in timex.MONTHS
    if any(
        t.lower_ == "second" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in IN_A_ROW
        for t in span
    ):
        return True  # "a second straight quarter": the count of a run
    return (
        span[-1].lower_ == "second"
        and span.end < len(doc)
        and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
    )


NOUN_TAGS = ("NOUN", "PROPN")


def _hours_of_a_day(span: Span) -> bool:
    """ "the early hours of Sunday": a part of that day (dated by the day), not a length."""
    doc = span.doc
    return (
        span.text.lower().endswith(("early hours", "small hours", "wee hours"))
        and span.end < len(doc)
        and doc[span.end].lower_ == "of"
    )


#: words before a bare number that make it a year whatever follows ("in 1999 pounds ...")
YEAR_PREPOSITIONS = {"in", "since", "until", "till", "by", "from", "before", "after", "during"}


#: a number with letters glued after it ("1450p", "1500km"); "1990s" is a decade
GLUED_SUFFIX_RE = re.compile(r"\d+(?!s$)([^\W\d_]+\.?)")


def _measure_follows(span: Span) -> bool:
    """A bare number with a unit of measure or money after it is an amount, not a year:
    "1013 hPa", "1850 metres", "a 1500 km trip", "at 1112 p", "1450p", "2000 euros" (units
    from the one unit vocabulary, money from the one currency list)."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in YEAR_PREPOSITIONS:
        return False
    glued = GLUED_SUFFIX_RE.fullmatch(span.text)
    if glued is not None:
        return _names_amount(glued[1], attached=True)
    if span.end >= len(doc) or not span.text.isdigit():
        return False
    unit = doc[span.end]
    if not (unit.text[:1].isalpha() or unit.text[:1] in "°µ€£¥₹"):
        return False  # a closing quotation mark is no inch: 'expectations for 1989"'
    return _names_amount(unit.text, attached=unit.idx == span.end_char)


def _names_amount(surface: str, attached: bool) -> bool:
    tables = load_unit_tables()
    return is_money_word(surface) or lookup_unit(surface, tables, attached=attached) is not None


#: prefixes that fuse with a time unit into a kind of thing, not a time: "after-hours
#: trading", "a multi-year deal", "same-day delivery", "off-hours"
KIND_PREFIXES = timex.KIND_PREFIXES


KIND_COMPOUND_RE = re.compile(
    r"\b(?:" + "|".join(sorted(KIND_PREFIXES)) + r")-(?:second|minute|hour|day|night|week|month"
    r"|quarter|year|decade)s?\b",
    re.I,
)


def _kind_compound(span: Span) -> bool:
    """Whether the span's unit word is fused by a hyphen to a prefix that makes a kind."""
    text = doc_text(span.doc)
    start = span.start_char
    while start > 0 and not text[start - 1].isspace():
        start -= 1  # back to the start of the word the span begins inside
    return bool(KIND_COMPOUND_RE.search(text, start, span.end_char))


def _part_of_day_as_kind(span: Span) -> bool:
    """ "the morning shows", "the evening news": a bare part of day that modifies a noun names
    a kind of thing, not a time."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1 or words[0].lower_ not in PART_OF_DAY_WORDS:
        return False
    tok = words[0]
    return (
        tok.dep_ in ("compound", "amod", "nmod")
        and tok.head.i > tok.i
        and tok.head.pos_ == "NOUN"
        and not UNIT_WORD_RE.fullmatch(tok.head.lower_)
    )


COUNT_AFTER_RE = re.compile(
    r"(?:the\s+)?(?:past|last|next|first|previous|coming|final)\s+(?:\d+|[a-z]+)", re.I
)


def _count_of_things(span: Span) -> bool:
    """ "the past two" + "Quinnipiac polls": a span that ends in a number counting a noun
    after it that is no time unit."""
    doc = span.doc
    if not span[-1].like_num or not COUNT_AFTER_RE.fullmatch(span.text) or span.end >= len(doc):
        return False
    nxt = next((t for t in doc[span.end : span.end + 3] if t.pos_ in ("NOUN", "PROPN")), None)
    return nxt is not None and not UNIT_WORD_RE.fullmatch(nxt.lower_)


#: a bare number that could be a year
BARE_YEAR_RE = re.compile(r"1\d{3}|20\d{2}")


def _round_count_opening_object(span: Span) -> bool:
    """ "hired 2000 officers", "sent 1800 troops": a bare round hundred right after a verb,
    opening its object, counts the plural noun it modifies; a year before such a noun takes
    a determiner or a preposition ("the 2000 elections", "in 2000 officers ..."), and a year
    that is not a round hundred ("reported 1990 earnings") is not read as a count."""
    doc, tok = span.doc, span[0]
    if len(span) != 1 or not BARE_YEAR_RE.fullmatch(tok.text) or int(tok.text) % 100:
        return False
    verb, noun = doc[tok.i - 1] if tok.i else tok, tok.head
    if verb.pos_ != "VERB" or tok.dep_ != "nummod" or noun.tag_ != "NNS":
        return False
    if not 0 < noun.i - tok.i <= 3 or UNIT_WORD_RE.fullmatch(noun.lower_):
        return False
    return noun.dep_ in ("dobj", "obj") and noun.head.i == verb.i


#: prepositions a bare day of the month ("the 19th") follows; elsewhere it ranks ("the 43rd")
DAY_OF_MONTH_BEFORE = frozenset(
    ("on", "by", "until", "till", "through", "from", "since", "before", "after", "to")
    + ("around", "about", "between", "and", "or", "of", "at", "in", "due", "than")
)
BARE_NTH_RE = re.compile(r"the\s+\d{1,2}(?:st|nd|rd|th)", re.I)


def _rank_not_day(span: Span) -> bool:
    doc = span.doc
    if not BARE_NTH_RE.fullmatch(span.text):
        return False
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_.rstrip(".") if span.end < len(doc) else ""
    return before not in DAY_OF_MONTH_BEFORE and after not in ("of", *timex.MONTHS)


ZONE_WORDS = frozenset(timex.TIME_ZONES.upper().split("|"))


def _clock_before_zone(span: Span) -> bool:
    """ "1300" + "GMT": a 24-hour clock time (restated in brackets), not the year 1300."""
    doc = span.doc
    return (
        len(span) == 1
        and span[0].text.isdigit()
        and span.end < len(doc)
        and doc[span.end].text in ZONE_WORDS
    )


#: an ordinal of a game's clock or course ("the 89th minute", "the 3rd lap"): no time
GAME_ORDINAL_RE = re.compile(
    r"(?:the\s+)?\d+(?:st|nd|rd|th)\s+(?:minute|second|lap|inning|innings|over|round|hole)s?",
    re.I,
)


def _hours_of_a_kind(span: Span) -> bool:
    """ "visiting hours", "office hours": hours a noun or verb before them names, no length."""
    words = [t for t in span if t.lower_ != "the"]
    if len(words) != 1 or words[0].lower_ not in ("hours", "hour"):
        return False
    mods = [c for c in words[0].lefts if c.dep_ in ("compound", "amod")]
    return any(c.tag_ in ("NN", "NNS", "NNP", "VBG") for c in mods)


def _unit_of_another_measure(span: Span) -> bool:
    """ "light years", "kilowatt-hours", "man-hours": the time unit is part of a unit of
    length, energy or work, so no time."""
    doc = span.doc
    i = span.start
    while i < span.end and not UNIT_WORD_RE.fullmatch(doc[i].lower_):
        i += 1
    if i == span.end:
        return False
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.text == "-" and i > 1:
        before = doc[i - 2]
    return before is not None and before.lower_ in timex.UNIT_HEADS_BEFORE_TIME


#: a share in quarters written as one word ("three-quarters full", "a three-quarter stake")
HYPHENED_QUARTERS_RE = re.compile(r"(?:one|two|three)-quarters?", re.I)


def _greeting(span: Span) -> bool:
    """ "Good evening from Havana", "good night, everyone": a greeting opening its clause names
    no time."""
    doc = span.doc
    if len(span) != 1 or span[0].lower_ not in PART_OF_DAY_WORDS or span.start == 0:
        return False
    good = doc[span.start - 1]
    return good.lower_ == "good" and (
        good.i == 0 or good.is_sent_start or doc[good.i - 1].is_punct or doc[good.i - 1].is_space
    )


#: month names English also writes as common nouns ("a march")
MONTH_NOUNS = frozenset({"march"})
#: words before a month that keep it a month ("in March on Capitol Hill", "last March")
MONTH_OPENERS = timex.PREPOSITIONS | {"last", "next", "this", "early", "late", "mid", "of"}


def _month_noun_in_a_name(span: Span) -> bool:
    """ "the annual March for Life", "the March on Washington": a month name that is also a
    noun, after no preposition and before a preposition and a capitalized name, heads a name."""
    doc = span.doc
    if len(span) != 1 or span[0].lower_ not in MONTH_NOUNS or span.end + 1 >= len(doc):
        return False
    prep, name = doc[span.end], doc[span.end + 1]
    return (
        span.start > 0
        and doc[span.start - 1].lower_ not in MONTH_OPENERS
        and prep.pos_ == "ADP"
        and name.is_alpha
        and name.text[:1].isupper()
        and not _is_date_like(name.text)
    )


def _no_date(span: Span, read_as: str | None) -> bool:
    """Whether a candidate is something else: an age, a life's decade, a bare number, a
    measure, an ordinal, the hours of a day, or a quarter that is a share."""
    text, doc = span.text, span.doc
    if AGE_RE.search(text) or text.lower() in NON_DATE_WORDS or _is_life_decade(span):
        return True
    if _time_of_someone(span):
        return True
    if (
        read_as is None
        and re.fullmatch(r"[\d.,]+", text)
        and not (re.fullmatch(r"1\d{3}|20\d{2}", text) and span[0].like_num)
    ):
        return True
    if not _is_date_like(read_as or text) or _measure_follows(span):
        return True
    if _ordinal_second(span) or _hours_of_a_day(span) or _kind_compound(span):
        return True
    if _part_of_day_as_kind(span) or _count_of_things(span) or _rank_not_day(span):
        return True
    if _round_count_opening_object(span):
        return True
    if _clock_before_zone(span) or _hours_of_a_kind(span):
        return True
    if GAME_ORDINAL_RE.fullmatch(span.text) or HYPHENED_QUARTERS_RE.fullmatch(span.text):
        return True
    if _greeting(span) or _month_noun_in_a_name(span):
        return True
    if (
        _unit_of_another_measure(span)
        or apposed_age_length(doc, span.start, span.end)
        or predicated_age_length(doc, span.start, span.end)
    ):
        return True  # "light years"; "Natalia Skaggs, 8-months,": an age
    if _share_of_people_or_things(span):
        return True
    # "a quarter of the market", "rose by a quarter": a share, not three months
    return bool(FRACTION_QUARTER_RE.fullmatch(text.lower())) and (
        (span.end < len(doc) and doc[span.end].lower_ == "of")
        or (span.start > 0 and doc[span.start - 1].lower_ == "by")
    )


def _share_of_people_or_things(span: Span) -> bool:
    """ "the quarter of voters who", "the quarter of the vote": a share of what follows, as
    "a quarter of" is; "the quarter of 1998", "the quarter of the year" stay a period."""
    doc = span.doc
    if span.text.lower() != "the quarter" or span.end + 1 >= len(doc):
        return False
    if doc[span.end].lower_ != "of":
        return False
    after = [t for t in doc[span.end + 1 : span.end + 4] if t.pos_ != "DET"]
    return bool(after) and not after[0].like_num and not UNIT_WORD_RE.fullmatch(after[0].lower_)


#: adjectives that place a day or a period in time or in a sequence; another adjective on a
#: candidate no rule reads judges the time instead of placing it ("a great night", "her worst
#: day", "the good old days"): no date
PLACING_ADJECTIVES = {
    "early", "late", "final", "last", "next", "past", "previous", "prior", "same", "whole",
    "entire", "full", "current", "recent", "fiscal", "calendar", "following", "coming",
    "latest", "upcoming", "very", "certain", "particular", "given", "opening", "closing",
}  # fmt: skip


def _judged_not_placed(span: Span) -> bool:
    """Whether an unreadable candidate carries an adjective that judges it ("a tough night",
    "another good day") rather than one that places it ("the final week")."""
    return any(
        t.tag_ in ("JJ", "JJR", "JJS")
        and t.lower_ not in PLACING_ADJECTIVES
        and t.ent_type_ != "ORDINAL"
        and not t.like_num
        for t in span
    )


def _two_word_bound(span: Span) -> str | None:
    """The bound of a two-word qualifier right before a length ("up to 20 hours", "at most 90
    days"), which the one word before the span does not tell."""
    if span.start < 2:
        return None
    doc = span.doc
    return timex.BOUND_WORDS.get(f"{doc[span.start - 2].lower_} {doc[span.start - 1].lower_}")
