"""Candidate spans: the model's DATE/TIME entities and what the model tends to miss (weekdays,
"now", holidays, clock times with their zone, quarters written as codes, years), minus the
names a time word is part of; and each end of a span of years ("2022-23").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import date

from spacy.tokens import Doc, Span, Token

from claimx import timex
from claimx.extensions import doc_ents, doc_text, token_texts
from claimx.records import Date, Interval

ENTITY_LABELS = {"DATE", "TIME"}


def _count_pattern() -> str:
    """The words a count of units opens with, by the number grammar of the date rules: digits,
    number words ("sixteen", "twenty-five", "a dozen", "a hundred"), "a", "several"."""
    words = [w for w in timex.SMALL_NUMBERS if w not in ("zero", "single")]
    units = "one|two|three|four|five|six|seven|eight|nine"
    counts = [re.escape(w).replace(r"\ ", r"\s+") for w in words]
    counts += [rf"{t}(?:-(?:{units}))?" for t in timex.TENS]
    counts += [r"a\s+hundred", r"a\s+thousand", "several", r"a\s+few"]
    counts.append(r"\d+(?:\s+\d/\d)?")
    return "|".join(sorted(counts, key=len, reverse=True))


_COUNT = _count_pattern()
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
    # a time of day told in words: "six o'clock", "half past six", "a quarter to five"
    rf"(?:{timex.HOUR_WORDS}|\d{{1,2}})\s+o'clock",
    rf"(?:half|(?:a\s+)?quarter)\s+(?:past|to)\s+(?:{timex.HOUR_WORDS}|\d{{1,2}})",
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
    rf"(?:{_COUNT})\s+(?:more\s+)?"
    r"(?:seconds?(?![\s-]+(?:quarter|half))|minutes?|"
    r"hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries)(?!\s*-?\s*old)",
    # "3 hrs", "45 mins", "25-40 min": a unit written short after digits or a range of them
    r"(?:\d+\s?[-\u2013]\s?)?\d+(?:\.\d+)?\s?" + timex.UNIT_ABBREVIATION_PATTERN + r"\.?",
    r"(?:the\s+)?(?:fiscal\s+)?(?:\d{4}\s+)?(?:first|second|third|fourth|final)[\s-]+(?:fiscal\s+)?"
    r"(?:quarter|half)"
    r"(?:\s+of\s+(?:fiscal\s+)?\d{4})?",
    # a season with a determiner or a year; "fall" and "spring" alone are mostly verbs
    r"(?:this|last|next|early|late|this\s+past|this\s+coming)\s+(?:spring|summer|autumn|fall|winter)",
    # one placed from the last time named ("that summer"); "that fall" is as often a drop
    r"(?:that(?:\s+same)?|the\s+(?:same|following|previous|preceding|prior))\s+"
    r"(?:spring|summer|autumn|winter)",
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
#: a 24-hour clock time with its zone ("1600 GMT", "14:30 UTC", "07.00 GMT", "0930 local
#: time"), which the model reads as a year or a number; not the same time restated in
#: brackets after another ("10:35 a.m. (0735 GMT)")
ZONED_CLOCK_RE = re.compile(
    r"(?<![\w:.(])(?:[01]?\d|2[0-3])[:.]?[0-5]\d\s+\(?(?:"
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
#: labels of the model's names, inside which a time word is part of the name ("the Daily Mail",
#: "Easter Island")
NAME_LABELS = {"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "PERSON", "LOC", "GPE", "EVENT", "LAW"}


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


#: words of time a holiday's name may run on with, in capitals: "the Memorial Day Weekend"
#: is still a date
CALENDAR_NOUNS = frozenset({"day", "eve", "weekend", "week", "night", "morning", "evening"})


def _in_longer_name(tok: Token, sp: Span) -> bool:
    """Whether a token lies in a name the model found that has capitalized words beyond the
    span ("Times" of "the Sunday Times"), other than words of time."""
    if tok.ent_type_ not in NAME_LABELS:
        return False
    ent = next(e for e in doc_ents(sp.doc) if e.start <= tok.i < e.end)
    return any(
        t.is_alpha
        and t.text[:1].isupper()
        and t.lower_ not in CALENDAR_NOUNS
        and not sp.start <= t.i < sp.end
        for t in ent
    )


QUOTE_MARKS = frozenset({'"', "``", "''", "\u201c", "\u201d", "'"})


def _quoted(sp: Span) -> bool:
    """Whether a span stands alone inside quotation marks ("This Week," a show's title),
    allowing a comma or full stop before the closing mark."""
    doc = sp.doc
    if sp.start == 0 or doc[sp.start - 1].text not in QUOTE_MARKS:
        return False
    after = [t.text for t in doc[sp.end : sp.end + 2]]
    return bool(after) and (
        after[0] in QUOTE_MARKS
        or (after[0] in (",", ".") and after[1:2] and after[1] in QUOTE_MARKS)
    )


def _inside_name(sp: Span) -> bool:
    """Whether a time word belongs to a name: inside a longer name the model found ("the
    Sunday Times", "the Daily Mail"), or capitalized against usage beside another capitalized
    word ("a USA TODAY analysis", "on CBS This Morning")."""
    doc = sp.doc
    if any(_in_longer_name(t, sp) for t in sp):
        return True
    if not any(_capitalized_against_usage(t) for t in sp) or _title_case(sp):
        return False
    if _quoted(sp):
        return True  # ABC's "This Week," a title
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
        if sp is not None and len(sp) and not any(_in_longer_name(t, sp) for t in sp):
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
