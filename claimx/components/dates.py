"""Dates: find date/time expressions, trim them to TIMEX3 spans and normalize them.

Candidates are the model's DATE/TIME entities plus what the model tends to miss
(weekdays, "now", "recently", "daily", "this weekend", bare durations). Each is
trimmed the way TimeBank annotates (no leading preposition, no possessive, no
"about"), split where it holds two dates ("between 1994 and 1997"), given the
tense of its governing verb, and normalized by :mod:`claimx.timex`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from datetime import date

import msgspec
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import claimx.extensions  # noqa: F401  (registers the Doc extensions)
from claimx import timex
from claimx.extensions import doc_ents, doc_text, token_texts
from claimx.patterns import (
    ORDINAL_RE,
    address_follows,
    apposed_age_length,
    bracketed_aside,
    predicated_age_length,
    preposition_after_object,
    verb_above,
)
from claimx.records import Date, Interval
from claimx.units import is_money_word, load_unit_tables, lookup_unit

ENTITY_LABELS = {"DATE", "TIME"}

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
SPLIT_WORDS = {
    "and",
    "or",
    "to",
    "through",
    "-",
    "–",
    ",",
    "ended",
    "ending",
    "ends",
    "of",
    "until",
}
# a period named by a bare unit or a year + period noun, which TimeBank tags with its "the"
THE_PERIOD_RE = re.compile(
    r"(?:\d{4}\s+(?:fiscal\s+)?(?:(?:first|second|third|fourth)[\s-]+)?(?:period|quarter|half)"
    r"|week|month|year|quarter|weekend|decade)(?:'s|’s)?",
    re.I,
)
DEICTIC = {"today", "tonight", "yesterday", "tomorrow"}
PART_OF_DAY_WORDS = {"morning", "afternoon", "evening", "night", "nights"}
NON_DATE_WORDS = {"annual", "quarterly", "semiannual", "olympic", "seasonally", "last-minute"}
TIME_WORDS = re.compile(
    r"\b(?:\d{4}|\d{2,4}s|\d{1,2}(?::\d{2})?\s*[ap]\.?m|noon|midnight|second|minute|hour|day|"
    r"night|week|weekend|fortnight|month|quarter|year|decade|century|centuries|season|spring|"
    r"summer|autumn|fall|winter|morning|afternoon|evening|today|tonight|tomorrow|yesterday|"
    r"now|recent|current|future|past|period|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|time|while|ago|daily|weekly|"
    r"monthly|annually|yearly|hourly|nightly|noon|midday|midnight|year-end|christmas|midweek|"
    r"midyear|"
    r"thanksgiving|easter|halloween|new year|independence day|labor day|memorial day|"
    r"election day|"
    r"nineteen|twenty|eighties|nineties|seventies|sixties|(?:first|second|1st|2nd)[\s-]half|"
    r"the \d{1,2}(?:st|nd|rd|th)|q[1-4]|h[12]|[1-4][qh](?:\d{2})?|fy\s?\d{2,4}|"
    r"\d{1,2}:?\d\d\s+\(?(?:" + timex.TIME_ZONES + r"))",
    re.I,
)
AGE_RE = re.compile(r"\d+[\s-](?:years?|months?|weeks?|days?)[\s-]old|\byears? old\b|-old\b", re.I)
# "in his 30s", "their early twenties": a person's decade of life, not a decade of the calendar
LIFE_DECADE_RE = re.compile(
    r"(?:(?:early|mid|late)[\s-]+)?(?:\d0'?s|twenties|thirties|forties|fifties|sixties"
    r"|seventies|eighties|nineties)",
    re.I,
)
POSSESSIVES = {"his", "her", "their", "its", "my", "your", "our"}

# expressions the model tends to miss; case-insensitive, matched on word boundaries
EXTRA_PATTERNS = [
    r"(?:right\s+)?now",
    r"(?:more\s+|most\s+|until\s+)?recently",
    r"currently",
    r"(?:a\s+)?half-century",
    # "on the 5th," a day of the month; "on the 5th floor" is not
    r"(?<=on\s)the\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)"
    r"(?=[,.;)]|\s+(?:and|at|to|when|after|before|in|as)\b)",
    r"(?:hour|day|night|week|month|year|decade)s?-long",
    r"(?:then\s+)?current",
    r"(?:the\s+(?:near\s+|foreseeable\s+|distant\s+)?|in\s+)future",
    r"the\s+past(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|twenty|thirty|year|years|month|months|week|weeks|day|days|decade|decades|"
    r"quarter|quarters|century|hour|hours|summer|winter|spring|fall|autumn)\b)",
    r"daily",
    r"midday|noon|midnight",
    # a clock time the model may miss, its minutes after a colon or a full stop ("6.15pm")
    r"(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s?[ap]\.?m\b\.?",
    r"year-end",
    r"mid-?(?:week|month|year|decade|century)",
    r"(?:the\s+)?latest\s+period",
    r"(?:nineteen|twenty)[\s-](?:hundred[\s-](?:and[\s-])?)?(?:ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?",
    r"weekly",
    r"annually",
    r"hourly",
    r"(?:every|each)\s+(?:other\s+)?(?:day|week|month|year|quarter|morning|night|evening|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|"
    r"august|september|october|november|december|spring|summer|autumn|fall|winter)",
    r"(?:(?:last|next|this|this\s+past|this\s+coming|previous|following)\s+)?"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?(?:\s+(?:morning|afternoon|evening|night)s?)?",
    r"(?:this|last|next|the|over\s+the)\s+weekend",
    r"today|tonight|tomorrow|yesterday",
    r"(?:the\s+)?(?:previous|following|same|next)\s+(?:day|week|month|year)",
    r"(?:that|the\s+(?:same|next|following|previous))\s+(?:morning|afternoon|evening|night)",
    r"(?:last|this|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)",
    r"weekends",
    # a numeric date with a four-digit year ("9/30/2023", "25/12/2023")
    r"(?:[1-9]|[0-3]\d)/(?:[1-9]|[0-3]\d)/(?:1[89]|20)\d\d",
    r"(?:\d+(?:\s+\d/\d)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|several|a\s+few)\s+(?:more\s+)?"
    r"(?:seconds?(?![\s-]+(?:quarter|half))|minutes?|"
    r"hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries)(?!\s*-?\s*old)",
    # "3 hrs", "45 mins", "25-40 min": a unit written short after digits or a range of them
    r"(?:\d+\s?[-\u2013]\s?)?\d+(?:\.\d+)?\s?" + timex.UNIT_ABBREVIATION_PATTERN + r"\.?",
    r"(?:the\s+)?(?:fiscal\s+)?(?:\d{4}\s+)?(?:first|second|third|fourth|final)[\s-]+(?:fiscal\s+)?"
    r"(?:quarter|half)"
    r"(?:\s+of\s+(?:fiscal\s+)?\d{4})?",
    # a season with a determiner or a year; "fall" and "spring" alone are mostly verbs
    r"(?:this|last|next|early|late|this\s+past|this\s+coming)\s+(?:spring|summer|autumn|fall|winter)",
    r"(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+\d{4}",
    r"(?:(?<=in\s)|(?<=by\s)|(?<=over\s)|(?<=during\s))the\s+(?:spring|summer|autumn|winter)",
    r"(?:recent|coming)\s+(?:days|weeks|months|years|quarters)"
    r"(?:\s+(?:and|or)\s+(?:days|weeks|months|years))?",
]
EXTRA_RE = re.compile(r"(?<![\w-])(?:" + "|".join(EXTRA_PATTERNS) + r")(?![\w-])", re.I)


def _holiday_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """Holidays and named days as written, capitalized ("Good Friday", "New Year's Eve"), with
    an optional "last"/"this"/"next"; longest names first."""
    written = sorted(
        (
            " ".join(w if w in ("of", "the") else w[:1].upper() + w[1:] for w in n.split())
            for n in names
        ),
        key=len,
        reverse=True,
    )
    alternatives = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in written if not w.startswith("the ")
    )
    return re.compile(
        rf"(?<![\w-])(?:(?:[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?:{alternatives})"
        r"(?:\s+(?:week|weekend)|,?\s+\d{4})?(?![\w-])"
    )


#: holidays and named days; they come before the model's spans ("Black" + "Friday")
HOLIDAY_CANDIDATE_RE = _holiday_pattern(timex.HOLIDAYS)
#: a 24-hour clock time with its zone ("1600 GMT", "14:30 UTC", "0930 local time"), which
#: the model reads as a year or a number; not the same time restated in brackets after
#: another ("10:35 a.m. (0735 GMT)")
ZONED_CLOCK_RE = re.compile(
    r"(?<![\w:.(])(?:[01]?\d|2[0-3]):?[0-5]\d\s+\(?(?:"
    + timex.TIME_ZONES.upper()
    + r"|local\s+time)\b\)?"
)
# a month and day the model did not tag ("the Aug. 7 bombings"); capitalized, so "may" and
# "march" as words never match. A second day of the same month joined to the first comes
# along ("March 5 and 6", "Oct. 12-14"), when nothing after it makes it a count ("March 5
# and 6 others")
MONTH_DAY_CANDIDATE_RE = re.compile(
    r"(?<![\w-])(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
    r"\s+\d{1,2}(?:st|nd|rd|th)?"
    r"(?:\s*(?:and|or|to|through|-|\u2013)\s*(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    r"(?=\s*[,.;:)](?!\s*\d)|\s*$))?"
    r"(?:,\s+\d{4})?(?![\w-])"
)
# these patterns are case sensitive in spirit: "May"/"Sun" aside, weekdays need a capital
WEEKDAY_CAP = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")

MONTH_DAY_RE = re.compile(
    r"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)\s+\d{1,2}\b", re.I
)

# expressions resolved from an earlier one never become the anchor themselves
# ("the 1988 quarter" is the comparison with the quarter just named, not a new one)
ANAPHORIC_RE = re.compile(
    r"\b(?:ago|earlier|before|previous|prior|year-ago|year-earlier|\d{4}\s+(?:period|quarter)"
    r"|later|after|that|same|following|the\s+next)\b",
    re.I,
)
# a reporting period of several months or a year: what follows compares with it, not with
# the quarter named before ("in the first nine months ... a year earlier")
PERIOD_RESET_RE = re.compile(r"^P(?:[4-9]|1[0-2])M$|^P1Y$")
# a quarter or half named outright ("the third quarter", "Q3"), not one read off an anchor
NAMED_QUARTER_RE = re.compile(
    r"\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?(?:quarter|half)"
    r"|q[1-4])\b",
    re.I,
)
# one unit with an article: a rate after a quantity ("$5 a week"), else a length ("within a week")
A_UNIT_RE = re.compile(r"\b(?:a|an)\s+(?:second|minute|hour|day|night|week|month|quarter|year)$")
RATE_WORDS = {"times", "twice", "thrice", "once", "percent", "%", "cents", "dollars"}
# a quarter as a share: "a quarter of the market", "more than a quarter of its sales"
FRACTION_QUARTER_RE = re.compile(
    r"(?:(?:more|less|fewer) than |about |nearly |almost |roughly )?(?:a|one|three) quarters?"
)
FISCAL_YEAR_RE = re.compile(r"(?:the\s+|its\s+)?(?:fiscal\s+|financial\s+)?year")
# spans longer than this are not searched for a readable part
MAX_TRIM_TOKENS = 8
# a unit word alone reads as a vague duration or a rate, never as what a longer span meant
LONE_UNIT_RE = re.compile(
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?"
    r"|decades?|century|centuries)",
    re.I,
)
# a time of day that names no day of its own ("10:35 a.m.", "noon", "the morning")
DAYLESS_TIME_RE = re.compile(
    r"(?:(?:the )?(?:early |late )?(?:morning|afternoon|evening|night)"
    r"|\d{1,2}(?::\d{2}){0,2}\s*(?:[ap]\.?m\.?)?|noon|midnight|midday|\d{1,2} o'clock"
    r"|\d{1,2} in the (?:morning|afternoon|evening)|\d{4}(?=\s+\(?(?:[a-z]{2,4}|local time)\)?$))"
    r"(?:\s+\(?(?:[a-z]{2,4}|local time)\)?)?"
)
ISO_DAY_VALUE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
# a count of units ends the span: "three days", "a minute and a half"
UNITS_END_RE = re.compile(
    r"(?:second|minute|hour|day|week|month|quarter|year|decade|century|centurie)s?"
    r"(?:\s+and\s+a\s+half)?$",
    re.I,
)
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
FUTURE_HEADS = {
    "plan", "expect", "schedule", "intend", "aim", "set", "due", "hope", "want",
    # what is foreseen: "is forecast to make landfall Friday", "is likely to vote Monday"
    "forecast", "predict", "project", "slate", "poise", "likely", "anticipate",
}  # fmt: skip
# verbs whose simple present tells a timetable: what they date is ahead
SCHEDULE_VERBS = {
    "expire", "begin", "start", "open", "resume", "end", "close", "meet", "arrive", "depart",
    "leave", "visit", "vote", "play", "face", "host", "return", "reopen", "convene", "launch",
    "continue", "conclude", "finish", "air", "premiere", "debut",
}  # fmt: skip
APPROX_BEFORE = {"about", "approximately", "roughly", "around", "some", "nearly", "almost"}


# ---------------------------------------------------------------- pure functions


def _foresees(verb: Token) -> bool:
    """A verb of planning or foreseeing, by its lemma or its participle ("slated", which
    the lemmatizer reads as "slat")."""
    return verb.lemma_ in FUTURE_HEADS or verb.lower_.removesuffix("d") in FUTURE_HEADS


def _dates_the_saying(verb: Token, token: Token) -> bool:
    """Whether a date before a reported clause's subject dates the saying ("said Monday it
    would cut jobs"), not a date inside that subject ("said Monday's meeting would be")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        verb.dep_ == "ccomp"
        and verb.head.i < token.i
        and any(c.i > token.i for c in subjects)
        and not any(c.is_ancestor(token) for c in subjects)
    )


#: conjunctions opening a clause of time or condition, whose simple present tells what is
#: ahead when the clause it hangs on looks ahead ("could be overturned if a Republican is
#: elected in November", "will sign it when Congress returns in January")
AHEAD_IN_PRESENT_MARKS = {"if", "unless", "once", "when", "until", "till", "before", "after"}


def verb_tense(token: Token) -> str | None:
    """'past', 'present' or 'future' for the verb governing a token, None when unclear; a
    present in a clause of time or condition takes the future of the clause it hangs on."""
    tense = _clause_tense(token)
    if tense != "present":
        return tense
    verb = verb_above(token, 8)
    if verb is None or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return tense
    opener = (c for c in verb.children if c.dep_ in ("mark", "advmod"))
    if not any(c.lower_ in AHEAD_IN_PRESENT_MARKS for c in opener):
        return tense
    return "future" if _clause_tense(verb.head) == "future" else tense


def _clause_tense(token: Token) -> str | None:
    """'past', 'present' or 'future' for the verb governing a token, None when unclear."""
    verb: Token | None = None
    t = token
    via: Token | None = None  # the verb's child on the way up from the token
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX"):
            verb = t
            break
        if t.head.i == t.i:
            break
        via = t
        t = t.head
    if verb is None:
        return None
    if _dates_the_saying(verb, token):
        # "said Monday it would cut jobs": a date before the clause's subject dates the
        # saying, whichever verb the parser hangs it on
        verb = verb.head
    if verb.lemma_ in {"postpone", "delay", "defer", "reschedule"}:
        return "future"
    if _foresees(verb):
        # "plans a rally Saturday", "planned a rally on Saturday", "has scheduled a news
        # conference Thursday": the planned thing is ahead; "on Friday, it planned to pay"
        # dates the planning
        perfect = any(c.lower_ in ("has", "have") for c in verb.children if c.dep_ == "aux")
        # "is scheduled for Tuesday", "are slated for May": a present passive looks ahead
        present_passive = any(
            c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children
        )
        # the date follows the planned thing, whichever of the two the parser hangs it on
        after_object = any(c.dep_ == "dobj" and c.i < token.i for c in verb.children)
        if (
            verb.tag_ not in ("VBD", "VBN")
            or perfect
            or present_passive
            or (via is not None and via.i != token.i and via.dep_ == "dobj")
            or after_object
        ):
            return "future"
    for _ in range(3):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        lowers = {a.lower_ for a in auxes}
        if lowers & FUTURE_AUX:
            return "future"
        if "going" in lowers and any(a.tag_ == "TO" for a in auxes):
            return "future"
        if any(a.tag_ == "TO" for a in auxes) and verb.head.i != verb.i:
            holders = [verb.head] + ([verb.head.head] if verb.head.dep_ == "acomp" else [])
            head_auxes = {
                c.lower_ for h in holders for c in h.children if c.dep_ in ("aux", "auxpass")
            }
            if _foresees(verb.head) and "had" not in head_auxes:
                # "is due to expire Friday" is ahead, "had been due to expire Friday" is not
                return "future"
            if verb.head.lemma_ == "be" and verb.dep_ == "xcomp":
                return "future"  # "is to resume trading Tuesday"
            verb = verb.head
            continue
        if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
            return "past"
        if verb.tag_ in ("VBN", "VBG") and any(a.lemma_ == "have" for a in auxes):
            return "past"  # "has closed", "have been searching": begun before now
        if lowers & {"would", "might", "should", "may", "can", "must"}:
            # an unrealized event: "he would travel Thursday"
            return "future"
        if verb.tag_ in ("VBZ", "VBP") and not auxes and verb.lemma_ in SCHEDULE_VERBS:
            return "future"  # "the deal expires Friday", "talks resume Monday": a timetable
        if verb.tag_ in ("VBZ", "VBP") and not auxes and _placed_by_be(verb, token):
            return "future"  # "the vote is Friday", "the game is on Saturday": a timetable
        if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "present"
        if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "advcl"):
            return "past"
        return None
    return None


def _placed_by_be(verb: Token, token: Token) -> bool:
    """Whether a present "is"/"are" places its subject at the date itself: the date hangs on
    the verb, directly or through one preposition ("is Friday", "is on Saturday")."""
    if verb.lemma_ != "be" or token.dep_ == "poss":
        return False
    head = token.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


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


def _is_date_like(text: str) -> bool:
    return bool(TIME_WORDS.search(text) or timex.UNIT_ABBREVIATION_RE.search(text.lower()))


# entity labels a year can sit in and still be a date: not a company's or product's name
YEAR_HOST_LABELS = {"", "LAW", "EVENT", "NORP", "GPE"}
YEAR_RE = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")


def looks_like_year(span: Span) -> bool:
    """A bare number the model calls CARDINAL that is a year ("Spectre of 1915 Armenian …").

    Not when it counts something ("1915 people") or is money or part of a longer number.
    """
    if len(span) != 1 or not YEAR_RE.match(span.text):
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and (after.tag_ in {"NNS", "NNPS"} or after.like_num or after.text == "%"):
        return False
    if before is not None and (
        before.is_currency or before.like_num or before.text in {"#", "No."}
    ):
        return False
    return True


def _number_in_a_row(span: Span) -> bool:
    """Bare numbers in a row of figures, the cells of a table ("Footscray 21 5 1 15 1578 2060
    76.6 22"), are no year whatever the model says. A row's label at the start of a line
    ("1997 6.59 12.2") and a row of years alone ("1996 1995 1996 1995") stay years."""
    if not all(NUMBER_CELL_RE.fullmatch(t.text) for t in span):
        return False
    doc = span.doc
    cells = list(span) + [
        doc[i]
        for i in (span.start - 1, span.end)
        if 0 <= i < len(doc) and NUMBER_CELL_RE.fullmatch(doc[i].text)
    ]
    if len(cells) < 2 or all(YEAR_RE.match(t.text) for t in cells):
        return False
    return not (len(span) == 1 and _starts_a_line(span[0]))


def _starts_a_line(token: Token) -> bool:
    doc = token.doc
    return token.i == 0 or "\n" in doc[token.i - 1].whitespace_ or doc[token.i - 1].is_space


NUMBER_CELL_RE = re.compile(r"\d+(?:\.\d+)?")


#: a unit said twice around "on", "over", "by", "after" compares or repeats periods ("year on
#: year", "month-over-month", "day by day", "year after year"): no date of its own
REPEATED_UNIT_RE = re.compile(
    r"\b(second|minute|hour|day|night|week|month|quarter|year|decade|generation)(?:\s+|-)"
    r"(?:on|over|by|after|to)(?:\s+|-)\1\b",
    re.I,
)


def _repeated_units(doc: Doc) -> list[bool]:
    """Per token: whether it is part of a repeated unit ("year on year")."""
    inside = [False] * len(doc)
    for m in REPEATED_UNIT_RE.finditer(doc_text(doc)):
        sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        for i in range(sp.start, sp.end) if sp is not None else ():
            inside[i] = True
    return inside


HOLIDAY_WORDS = {w for name in timex.HOLIDAYS for w in name.split()}
#: labels of the model's names, inside which a time word is part of the name ("the Daily Mail")
NAME_LABELS = {"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "PERSON"}


#: quarters, halves and fiscal years written as codes, in capitals by usage ("Q3", "H1", "FY24")
PERIOD_CODE_RE = re.compile(r"(?:Q[1-4]|H[12]|[1-4][QH])(?:\d{2})?|FY(?:\d{2}|\d{4})?")


PERIOD_CODE_CANDIDATE_RE = re.compile(
    r"(?<![\w-])(?:Q[1-4](?:\s?(?:FY\s?)?(?:19|20)\d\d|(?:FY|')?\d\d)?"
    r"|(?:H[12]|[1-4][QH])(?:\s?(?:FY\s?)?(?:19|20)\d\d|(?:FY|')?\d\d)"
    r"|FY\s?(?:(?:19|20)\d\d|\d\d))(?![\w-])"
)


def _capitalized_against_usage(tok: Token) -> bool:
    """A word written with a capital that English writes in lower case ("Daily", "TODAY",
    "This" mid-sentence): names of weekdays, months and holidays are always capitalized."""
    return (
        tok.text[:1].isupper()
        and not tok.is_sent_start
        and not WEEKDAY_CAP.match(tok.text)
        and tok.lower_.rstrip(".") not in timex.MONTHS
        and tok.lower_ not in HOLIDAY_WORDS
        and not PERIOD_CODE_RE.fullmatch(tok.text)
    )


def _title_case(sp: Span) -> bool:
    """Whether the sentence around a span is a headline in title case: most of its other
    words carry a capital."""
    words = [
        t for t in sp[0].sent if t.is_alpha and not t.is_sent_start and not sp.start <= t.i < sp.end
    ]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words)


def _in_longer_name(tok: Token, sp: Span) -> bool:
    """Whether a token lies in a name the model found that has capitalized words beyond the
    span ("Times" of "the Sunday Times")."""
    if tok.ent_type_ not in NAME_LABELS:
        return False
    ent = next(e for e in doc_ents(sp.doc) if e.start <= tok.i < e.end)
    return any(t.is_alpha and t.text[:1].isupper() and not sp.start <= t.i < sp.end for t in ent)


def _inside_name(sp: Span) -> bool:
    """Whether a time word belongs to a name: inside a longer name the model found ("the
    Sunday Times", "the Daily Mail"), or capitalized against usage beside another capitalized
    word ("a USA TODAY analysis", "on CBS This Morning")."""
    doc = sp.doc
    if any(_in_longer_name(t, sp) for t in sp):
        return True
    if not any(_capitalized_against_usage(t) for t in sp) or _title_case(sp):
        return False
    before = doc[sp.start - 1] if sp.start > 0 else None
    after = doc[sp.end] if sp.end < len(doc) else None
    return any(
        t is not None and t.is_alpha and t.text[:1].isupper() and not WEEKDAY_CAP.match(t.text)
        for t in (before, after)
    )


def _priority_spans(doc: Doc) -> list[tuple[int, int]]:
    """Expressions found by their own shape, before the model's spans that cut into them."""
    spans = []
    text = doc_text(doc)
    for m in itertools.chain(HOLIDAY_CANDIDATE_RE.finditer(text), ZONED_CLOCK_RE.finditer(text)):
        sp = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if sp is not None and len(sp):
            spans.append((sp.start, sp.end))
    return spans


def _token_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of candidate expressions: model entities first, then extra patterns."""
    repeated = _repeated_units(doc)
    first = _priority_spans(doc)
    in_first = [False] * len(doc)
    for s, e in first:
        in_first[s:e] = [True] * (e - s)
    spans = first + [
        (e.start, e.end)
        for e in doc_ents(doc)
        if (e.label_ in ENTITY_LABELS or (e.label_ == "CARDINAL" and looks_like_year(e)))
        and not _number_in_a_row(e)
        and not any(repeated[e.start : e.end])
        and not any(in_first[e.start : e.end])
        and not _inside_name(e)
    ]
    taken = repeated[:]
    for s, e in spans:
        for i in range(s, e):
            taken[i] = True
    for m in itertools.chain(
        EXTRA_RE.finditer(doc_text(doc)),
        MONTH_DAY_CANDIDATE_RE.finditer(doc_text(doc)),
        PERIOD_CODE_CANDIDATE_RE.finditer(doc_text(doc)),
    ):
        sp = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if sp is None or len(sp) == 0:
            continue
        if PERIOD_CODE_RE.match(sp[0].text) and sp.start > 0 and doc[sp.start - 1].pos_ == "PROPN":
            continue  # a model name ("Audi Q3"), not a quarter
        txt = sp.text
        day = re.search(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?", txt, re.I)
        if day and not WEEKDAY_CAP.search(txt):
            continue
        if _inside_name(sp):
            continue
        if any(taken[i] for i in range(sp.start, sp.end)):
            inner = _entities_within(spans, sp, first, repeated)
            if inner is None:
                continue
            spans = [x for x in spans if x not in inner]  # "That evening" over "evening"
        # a sentence-opening "Now," marks discourse, not time ("Now, he says, ...")
        if (
            sp.text == "Now"
            and sp.end < len(doc)
            and doc[sp.end].text == ","
            and (sp.start == 0 or doc[sp.start].is_sent_start or doc[sp.start - 1].is_punct)
        ):
            continue
        spans.append((sp.start, sp.end))
        for i in range(sp.start, sp.end):
            taken[i] = True
    # a year inside a name the model tagged otherwise ("the 1994 Freedom of Access Act")
    for i, text in enumerate(token_texts(doc)):
        if taken[i] or not YEAR_RE.match(text):
            continue
        tok = doc[i]
        if (
            tok.ent_type_ in YEAR_HOST_LABELS
            and looks_like_year(doc[tok.i : tok.i + 1])
            and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN")  # "Orion 1980", a name
        ):
            spans.append((tok.i, tok.i + 1))
    return sorted(spans)


def _entities_within(
    spans: list[tuple[int, int]], sp: Span, first: list[tuple[int, int]], repeated: list[bool]
) -> list[tuple[int, int]] | None:
    """The model's spans that a longer pattern match takes in whole, adding a word that
    changes the value ("evening" in "That evening"), or None when the match cuts into a
    span or into what came first."""
    if any(repeated[sp.start : sp.end]):
        return None
    inner = [(s, e) for s, e in spans if s < sp.end and sp.start < e]
    if any(s < sp.start or e > sp.end or (s, e) in first for s, e in inner):
        return None
    inside = {i for s, e in inner for i in range(s, e)}
    added = [t for t in sp if t.i not in inside]
    if all(t.lower_ in ("the", "a", "an") or t.is_punct for t in added):
        return None  # "the third-quarter loss": the article belongs to the noun
    return inner


Extension = Callable[[Doc, int, int], tuple[int, int]]
UNIT_AT_END_RE = re.compile(
    r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centurie)s?$"
)
YEAR_AT_END_RE = re.compile(r"(?:\d{4}|year-ago|year-earlier|year earlier)$")
RECENT_UNITS_END_RE = re.compile(r"\b(?:recent|coming)\s+(?:days|weeks|months|years)$")
DAY_AT_END_RE = re.compile(r"(?:day|today|yesterday|tomorrow)$")
CLOCK_IN_RE = re.compile(r"\d\s*[ap]\.?m\.?|noon|midnight|\d:\d\d")


def _lower(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text.lower()


def _with_determiner(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """ "this week", "each Thursday", "every July": the determiner belongs to the date."""
    if start == 0 or doc[start - 1].lower_ not in ("this", "last", "next", "that", "each", "every"):
        return start, end
    text = _lower(doc, start, end)
    if re.match(r"(?:year|month|week|quarter|weekend|decade|century)\b", text):
        return start - 1, end
    if doc[start - 1].lower_ in ("each", "every") and (
        text in timex.WEEKDAYS
        or text in timex.MONTHS
        or re.fullmatch(r"(?:\w+|\d+)[\s-]+(?:" + timex.UNIT_RE + r")", text)
    ):
        return start - 1, end  # "each Thursday", "every July", "every four years" recur
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
    """ "Wednesday" + "night", "yesterday" + "morning": one expression."""
    if (
        end < len(doc)
        and doc[end].lower_ in PART_OF_DAY_WORDS
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


# how a candidate span grows or shrinks to the expression TimeBank tags, in this order
EXTENSIONS: list[Extension] = [
    _with_determiner,
    _without_later,
    _with_ago,
    _with_before_after,
    _with_period_noun,
    _with_long,
    _with_the,
    _with_and_units,
    _weekday_with_date,
    _with_part_of_day,
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
        if low in ("a", "an") and start + 1 < end and doc[start + 1].like_num:
            start += 1
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


#: what joins two numbers that share the unit after the second: "seven to 10 years"
NUMBER_RANGE_JOINS = {"to", "-", "–", "or", "and"}
UNIT_WORD_RE = re.compile(
    r"(?:second|minute|hour|day|week|month|year|decade)s?|" + timex.UNIT_ABBREVIATION_PATTERN,
    re.I,
)


def _bare_number_then_length(doc: Doc, left: Span, right: Span) -> bool:
    """A bare number, then a number with a unit of time: "seven" and "10 years"."""
    return (
        all(t.like_num for t in left)
        and len(right) == 2
        and right[0].like_num
        and not FRACTION_RE.fullmatch(right[0].text)  # "3-1/2 years" is three and a half
        and bool(UNIT_WORD_RE.fullmatch(right[-1].text))
    )


FRACTION_RE = re.compile(r"\d/\d{1,2}")


AM_PM_WORDS = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"}
CLOCK_NUMBER_RE = re.compile(r"\d{1,2}(?::[0-5]\d)?")


def _bare_hour_then_clock(doc: Doc, left: Span, right: Span) -> bool:
    """A bare hour, then a clock time with a.m./p.m.: "4" and "7 p.m. Friday"."""
    return (
        len(left) == 1
        and bool(CLOCK_NUMBER_RE.fullmatch(left[0].text))
        and len(right) >= 2
        and bool(CLOCK_NUMBER_RE.fullmatch(right[0].text))
        and right[1].lower_ in AM_PM_WORDS
    )


def _compound_number_word(doc: Doc, k: int) -> bool:
    """Whether the hyphen at ``k`` joins a tens word to a unit word: "twenty-five" is one
    number, not a range from twenty to five."""
    return (
        doc[k].text == "-"
        and doc[k - 1].lower_ in timex.TENS
        and timex.SMALL_NUMBERS.get(doc[k + 1].lower_, 10) < 10
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
    )


def _number_range(doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
    """The two ends of a length or a span of hours given as a range: "seven to 10 years",
    "5-7 days", "10 or 12 years" are two lengths, the first sharing the second's unit (as
    TimeBank tags them); "4-7 p.m. Friday" is two times, the first sharing "p.m. Friday"."""
    k = next((k for k in range(start + 1, end - 2) if doc[k].lower_ in NUMBER_RANGE_JOINS), None)
    if k is None or _compound_number_word(doc, k):
        return None
    left, right = doc[_past_qualifiers(doc, start, k) : k], doc[k + 1 : end]
    if _bare_number_then_length(doc, left, right) or _bare_hour_then_clock(doc, left, right):
        return [(start, k), (k + 1, end)]
    return None


def _past_qualifiers(doc: Doc, start: int, end: int) -> int:
    """The first token after the qualifiers opening a span ("roughly 3", "more than 5"): the
    bound stays with the span, the number is read after it."""
    k = start
    while k < end - 1 and not doc[k].like_num and doc[k].lower_ in QUALIFIER_WORDS:
        k += 1
    return k


#: words of the qualifiers a range of lengths may open with ("roughly 3-4 hours")
QUALIFIER_WORDS = frozenset(w for phrase, _ in timex.BOUND_PREFIXES for w in phrase.split())


def _shared_units(doc: Doc, pieces: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """How to read a bare number that shares the unit of the piece after it ("seven" of
    "seven to 10 years" reads "seven years", "4" of "4-7 p.m. Friday" "4 p.m. Friday")."""
    shared = {}
    for (s, e), (s2, e2) in zip(pieces, pieces[1:], strict=False):
        if _bare_number_then_length(doc, doc[_past_qualifiers(doc, s, e) : e], doc[s2:e2]):
            shared[(s, e)] = f"{doc[s:e].text} {doc[e2 - 1].text}"
        elif _bare_hour_then_clock(doc, doc[s:e], doc[s2:e2]):
            shared[(s, e)] = f"{doc[s:e].text} {_start_half_of_day(doc[s], doc[s2:e2])}"
    return shared


def _start_half_of_day(start: Token, end: Span) -> str:
    """What the start of a span of hours shares with its end: "p.m. Friday" of "4-7 p.m.
    Friday", but "a.m." for a start after the end's hour ("9-5 p.m." opens in the morning)."""
    rest = end[1:].text
    first, last = int(start.text.split(":")[0]), int(end[0].text.split(":")[0])
    if end[1].lower_.startswith("p") and first > last and first < 12:
        return "a.m." + rest[len(end[1].text) :]
    return rest


def _split(doc: Doc, start: int, end: int, ref: date | None) -> list[tuple[int, int]]:
    """Split a span holding two expressions ("1994 and 1997", "the year ended Sept. 30")."""
    ranged = _number_range(doc, start, end)
    if ranged is not None:
        return ranged
    whole = timex.normalize(doc[start:end].text, ref)
    if whole is not None and whole.value is not None:
        return [(start, end)]
    if MONTH_DAY_RE.match(doc[start:end].text):
        # "April 24 and 25": two days of one month
        for i in range(start + 2, end - 1):
            if doc[i].lower_ in ("and", "or", "to", "through", "-", "–") and re.fullmatch(
                r"\d{1,2}", doc[i + 1].text
            ):
                return [(start, i), (i + 1, end if doc[end - 1].i > i + 1 else i + 2)]
    for i in range(start + 1, end - 1):
        low = doc[i].lower_
        if low not in SPLIT_WORDS:
            continue
        left, right = doc[start:i].text, doc[i + 1 : end].text
        lt = timex.normalize(left, ref)
        rt = timex.normalize(right, ref)
        if rt is None or rt.type not in ("date", "time"):
            continue
        if lt is None:
            continue
        if low == "of" and lt.type != "duration":
            continue
        if low in ("and", "or", "-", "–") and lt.type == "duration":
            continue  # "two weeks and a day"
        return _split(doc, start, i, ref) + _split(doc, i + 1, end, ref)
    return [(start, end)]


def _readable_part(doc: Doc, start: int, end: int, ref: date | None) -> tuple[int, int]:
    """The span, or its longest readable part when the whole does not read as a date.

    The model's spans sometimes take in a neighbouring word ("seven a year ago" after "up
    from", "the day Friday", "coup d'etat last year"). Parts that end where the span ends
    are tried first: the head of an English noun phrase comes last.
    """
    text = doc[start:end].text
    if end - start < 2 or end - start > MAX_TRIM_TOKENS or AGE_RE.search(text):
        return start, end
    if timex.normalize(text, ref) is not None:
        return start, end
    n = end - start
    parts = [(end - size, end) for size in range(n - 1, 0, -1)]
    parts += [(start, start + size) for size in range(n - 1, 0, -1)]
    for s, e in parts:
        if (s > start and not doc[s - 1].whitespace_) or (e < end and not doc[e - 1].whitespace_):
            continue  # never cut inside a word ("year-earlier")
        if e < end and doc[e].like_num:
            continue  # "the past three [summers]": the number belongs to what follows
        s, e = _trim(doc, s, e)
        if s >= e:
            continue
        part = doc[s:e].text
        if not _is_date_like(part) or LONE_UNIT_RE.fullmatch(part):
            continue
        if timex.normalize(part, ref) is not None:
            return s, e
    return start, end


#: words that close a period on the date after them: "the year ended March 31", "to March"
PERIOD_CLOSERS = {"ended", "ending", "to", "through"}


def _closed_by_a_date(span: Span) -> bool:
    """Whether a closing word and a date follow the span ("the year to March 2012")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in PERIOD_CLOSERS:
        return False
    nxt = doc[span.end + 1]
    return (
        doc[span.end].lower_ in ("ended", "ending")
        or bool(YEAR_RE.match(nxt.text))
        or nxt.lower_.rstrip(".") in timex.MONTHS
    )


#: verbs whose bare noun-phrase complement is a length ("will take one day", "lasts a week")
LENGTH_VERBS = {"take", "last", "spend", "need", "require", "wait", "run", "stay", "remain"}


def _adverb_of_time(span: Span) -> bool:
    """A bare noun phrase modifying a verb that takes no length: "will one day regret it",
    "can benefit the country one day"; not "will take one day"."""
    root = span.root
    return root.dep_ == "npadvmod" and root.head.lemma_ not in LENGTH_VERBS


def _is_street_number(doc: Doc, s: int, e: int) -> bool:
    """A span of numbers before a street name ("2301 8th" Ave., "1600" Pennsylvania Avenue)."""
    return all(t.like_num or ORDINAL_RE.fullmatch(t.lower_) for t in doc[s:e]) and (
        address_follows(doc, e) or address_follows(doc, e - 1)
    )


#: a span of years whose end may be cut to two digits: "2023-24", "1939–45", "2022/23",
#: "2019-2021"; not part of a longer number, date or code ("2023-11-04", "555-2023-24")
YEAR_SPAN_RE = re.compile(
    r"(?<![\w.,/\u2013-])(?P<a>1[5-9]\d\d|20\d\d)\s?[-\u2013/]\s?(?P<b>\d\d|1[5-9]\d\d|20\d\d)"
    r"(?![\w/\u2013-]|[.,]\d)"
)
MAX_YEAR_SPAN = 100


def _year_span_ends(m: re.Match[str]) -> tuple[int, int] | None:
    """The two years of a span, the end given its century from the start ("1999-00" is 2000)."""
    first, last = int(m["a"]), int(m["b"])
    if last < 100:
        last += first - first % 100
        if last < first and first % 100 == 99 and last % 100 == 0:
            last += 100
    return (first, last) if first < last <= first + MAX_YEAR_SPAN else None


def _year_dates(doc: Doc, ref: date | None) -> list[Date]:
    """Each end of a span of years is a year of its own, as the two ends of "April 20-24" are
    two days: a season, fiscal year or war given as "2022-23" names both years."""
    out: list[Date] = []
    for m in YEAR_SPAN_RE.finditer(doc_text(doc)):
        years = _year_span_ends(m)
        if years is None:
            continue
        for group, year in zip(("a", "b"), years, strict=True):
            tx = timex.normalize(str(year), ref)
            if tx is None or tx.interval is None:
                continue
            out.append(
                Date(
                    id="",
                    text=m[group],
                    start=m.start(group),
                    end=m.end(group),
                    type="date",
                    value=tx.value,
                    relative=False,
                    interval=Interval(start=tx.interval[0], end=tx.interval[1]),
                )
            )
    return out


def _cover(doc: Doc, items: list[Date], covered: list[bool]) -> None:
    for item in items:
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        for i in range(span.start, span.end) if span is not None else ():
            covered[i] = True


def find_dates(doc: Doc, ref: date | None) -> list[Date]:
    """Every date/time expression in the doc, normalized against the reference date."""
    out: list[Date] = []
    covered = [False] * len(doc)
    out.extend(_year_dates(doc, ref))
    _cover(doc, out, covered)
    in_year_span = covered.copy()  # a candidate that takes in a span of years is read as it
    anchor: str | None = None
    quarter: str | None = None  # the last quarter or half named: "the quarter" goes back to it
    for s0, e0 in _token_spans(doc):
        if all(covered[s0:e0]) or any(in_year_span[s0:e0]):
            continue
        s1, e1 = _extend(doc, s0, e0)
        s1, e1 = _trim(doc, s1, e1)
        if s1 >= e1:
            continue
        month_text: str | None = None  # "April" of "April 24 and 25", for the bare "25"
        pieces = _split(doc, s1, e1, ref)
        shared_units = _shared_units(doc, pieces)
        range_bound: str | None = None  # "about 10 to 12 years": the bound of both ends
        for s, e in pieces:
            read_as = shared_units.get((s, e))  # "seven" of "seven to 10 years"
            opens_range, bound_of_range, range_bound = read_as is not None, range_bound, None
            s, e = _trim(doc, s, e)
            if s >= e or all(covered[s:e]):
                continue
            if month_text and e - s == 1 and re.fullmatch(r"\d{1,2}", doc[s].text):
                read_as = f"{month_text} {doc[s].text}{_year_suffix(doc, e1)}"
            if read_as is None:
                s, e = _readable_part(doc, s, e, ref)
            if _is_street_number(doc, s, e):
                continue  # "2301 8th Ave. N.", "1600 Pennsylvania Avenue": an address
            month_m = MONTH_DAY_RE.match(doc[s:e].text)
            month_text = month_m[1] if month_m else None
            item = _make_date(doc[s:e], ref, anchor, read_as, quarter)
            if item is None:
                continue
            if opens_range and item.type == "duration":
                range_bound = item.bound
            elif bound_of_range and item.type == "duration" and item.bound is None:
                item = msgspec.structs.replace(item, bound=bound_of_range)
            for i in range(s, e):
                covered[i] = True
            out.append(item)
            if (
                item.type == "date"
                and item.value
                and re.match(r"\d{4}", item.value)
                and not ANAPHORIC_RE.search(item.text)
                and not (s > 0 and doc[s - 1].lower_ in ("ended", "ending"))
            ):
                # "the quarter ended Sept. 30": the date closes the quarter, which stays the
                # topic
                anchor = item.value
                if re.fullmatch(r"\d{4}-[QH][1-4]", item.value) and NAMED_QUARTER_RE.search(
                    item.text
                ):
                    quarter = item.value
            if item.type == "duration" and item.value and PERIOD_RESET_RE.match(item.value):
                quarter = None
                if anchor and re.fullmatch(r"\d{4}-[QH][1-4]", anchor):
                    anchor = anchor[:4]
    out.sort(key=lambda d: (d.start, d.end))
    return _ordered_day_ranges(doc, _date_times(doc, out), ref)


#: what joins the two ends of a range of days: "Monday to Thursday", "Tuesday-Friday"
DAY_RANGE_JOIN_RE = re.compile(r"\s*(?:to|through|thru|until|till|and|-|–|—)\s*", re.I)


def _ordered_day_ranges(doc: Doc, dates: list[Date], ref: date | None) -> list[Date]:
    """Keep the two weekdays of a range in order: each end read alone by the tense may put
    the end before the start ("lasted from Monday to Thursday" told on a Wednesday); the
    end then moves a week on when the range is ahead, the start a week back when it is past.
    """
    out = list(dates)
    text = doc_text(doc)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (WEEKDAY_CAP.fullmatch(a.text) and WEEKDAY_CAP.fullmatch(b.text)):
            continue
        join = DAY_RANGE_JOIN_RE.fullmatch(text[a.end : b.start])
        if join is None or (join[0].strip() == "and" and not _between_before(text, a.start)):
            continue  # "Monday and Friday" lists two days; "between Monday and Friday" spans
        if not (a.value and b.value and ISO_DAY_VALUE_RE.fullmatch(a.value)):
            continue
        if not ISO_DAY_VALUE_RE.fullmatch(b.value):
            continue
        start, end = date.fromisoformat(a.value), date.fromisoformat(b.value)
        if end >= start or ref is None:
            continue
        if start > ref:
            out[i + 1] = _moved(b, end.toordinal() + 7)
        else:
            out[i] = _moved(a, start.toordinal() - 7)
    return out


def _between_before(text: str, start: int) -> bool:
    return text[max(0, start - 8) : start].strip().lower().endswith("between")


def _moved(d: Date, ordinal: int) -> Date:
    day = date.fromordinal(ordinal).isoformat()
    return msgspec.structs.replace(d, value=day, interval=Interval(start=day, end=day))


def _date_times(doc: Doc, dates: list[Date]) -> list[Date]:
    """Give a clock time that names no day ("at 10:35 a.m.") the day its sentence names.

    "The blast occurred at 10:35 a.m. (0735 GMT) Friday": the time is on that Friday, not on
    the reference day.
    """
    out = list(dates)
    if not doc.has_annotation("SENT_START"):
        return out
    for i, d in enumerate(out):
        if d.type != "time" or not d.value or not DAYLESS_TIME_RE.fullmatch(d.text.lower()):
            continue
        sent = doc.char_span(d.start, d.end, alignment_mode="expand")
        if sent is None:
            continue
        lo, hi = sent.sent.start_char, sent.sent.end_char
        days = [
            o
            for o in out
            if o is not d
            and lo <= o.start < hi
            and o.value
            and ISO_DAY_VALUE_RE.match(o.value)
            and not DAYLESS_TIME_RE.fullmatch(o.text.lower())
        ]
        if not days:
            continue
        day = str(min(days, key=lambda o: abs(o.start - d.start)).value)[:10]
        value = day + d.value[10:]
        interval = Interval(start=day, end=day)
        out[i] = msgspec.structs.replace(d, value=value, interval=interval)
    return out


def _year_suffix(doc: Doc, end: int) -> str:
    """ ", 1999" when the span that was split ends with a year."""
    last = doc[end - 1].text if end > 0 else ""
    return f", {last}" if re.fullmatch(r"1\d{3}|20\d{2}", last) else ""


def _is_life_decade(span: Span) -> bool:
    """A decade after a possessive ("in her 40s", "his late twenties") is an age."""
    if not LIFE_DECADE_RE.fullmatch(span.text):
        return False
    before = span.doc[max(0, span.start - 2) : span.start]
    return any(t.lower_ in POSSESSIVES for t in before)


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


def _no_date(span: Span, read_as: str | None) -> bool:
    """Whether a candidate is something else: an age, a life's decade, a bare number, a
    measure, an ordinal, the hours of a day, or a quarter that is a share."""
    text, doc = span.text, span.doc
    if AGE_RE.search(text) or text.lower() in NON_DATE_WORDS or _is_life_decade(span):
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
    if _clock_before_zone(span) or _hours_of_a_kind(span):
        return True
    if GAME_ORDINAL_RE.fullmatch(span.text) or HYPHENED_QUARTERS_RE.fullmatch(span.text):
        return True
    if (
        _unit_of_another_measure(span)
        or apposed_age_length(doc, span.start, span.end)
        or predicated_age_length(doc, span.start, span.end)
    ):
        return True  # "light years"; "Natalia Skaggs, 8-months,": an age
    # "a quarter of the market", "rose by a quarter": a share, not three months
    return bool(FRACTION_QUARTER_RE.fullmatch(text.lower())) and (
        (span.end < len(doc) and doc[span.end].lower_ == "of")
        or (span.start > 0 and doc[span.start - 1].lower_ == "by")
    )


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


def _make_date(
    span: Span,
    ref: date | None,
    anchor: str | None = None,
    read_as: str | None = None,
    quarter: str | None = None,
) -> Date | None:
    text = span.text
    low = text.lower()
    if _no_date(span, read_as):
        return None
    doc = span.doc
    prev = doc[span.start - 1].lower_ if span.start > 0 else None
    if prev == "than" and span.start > 1:
        prev = doc[span.start - 2].lower_ + " than"
    tense = verb_tense(span.root)
    before = doc[max(0, span.start - 3) : span.start].text.lower()
    if re.search(
        r"(?:as (?:soon|early) as|scheduled for|set for|planned for|due|until|effective|payable)$",
        before,
    ):
        tense = "future"
    if low == "one day" and tense == "future" and _adverb_of_time(span):
        read_as = "some day"  # "can benefit this country one day": some time ahead
    tx = timex.normalize(
        read_as or text, ref, tense=tense, prev_word=prev, anchor=anchor, quarter=quarter
    )
    if tx is None:
        if (
            not re.search(r"[A-Za-z]", text)
            or _judged_not_placed(span)
            or timex.not_a_date(
                read_as or text, ref, tense=tense, prev_word=prev, anchor=anchor, quarter=quarter
            )
        ):
            return None
        dtype = "time" if span.root.ent_type_ == "TIME" else "date"
        return Date(
            id="",
            text=text,
            start=span.start_char,
            end=span.end_char,
            type=dtype,
            value=None,
            relative=ref is None,
            interval=None,
        )
    ttype, value, relative = tx.type, tx.value, tx.relative
    if ttype == "set" and A_UNIT_RE.search(low) and not is_rate(span):
        # "within a week", "for a month": one unit's length; only "$5 a week" is a rate
        ttype = "duration"
    if FISCAL_YEAR_RE.fullmatch(low) and _closed_by_a_date(span):
        # "the year ended March 31", "the year to March": a twelve-month reporting period
        # counted back from the date, not the calendar year
        ttype, value, relative = "duration", "P1Y", False
    interval = Interval(start=tx.interval[0], end=tx.interval[1]) if tx.interval else None
    bound = tx.bound
    if bound is None and ttype == "duration":
        bound = "approximately" if prev in APPROX_BEFORE else _two_word_bound(span)
    if prev in ("over", "under") and preposition_after_object(doc[span.start - 1], span[0]):
        bound = None  # "sold 2,000 cars over 3 months": when, not how long at least
    return Date(
        id="",
        text=text,
        start=span.start_char,
        end=span.end_char,
        type=ttype,
        value=value,
        relative=relative,
        interval=interval if ttype in ("date", "time") else None,
        bound=bound,  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------- component


class DatesComponent:
    """Sets ``doc._.claimx_dates``: the doc's dates as :class:`claimx.records.Date` items."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_dates = find_dates(doc, doc._.claimx_reference_date)
        return doc


@Language.factory(
    "claimx_dates",
    default_config={},
    requires=["doc.ents", "token.dep", "token.tag"],
    assigns=["doc._.claimx_dates"],
)
def make_dates(nlp: Language, name: str) -> DatesComponent:
    """Factory for the claimx_dates component."""
    return DatesComponent(nlp, name)
