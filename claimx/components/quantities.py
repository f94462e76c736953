"""Quantities: counts, money, percentages and measures with their bounds and changes.

Rules over the parsed Doc find number expressions (digits and words), read them with
``claimx.numbers``, and attach the qualifier before them ("more than", "about"), the
currency or unit around them, the noun they count (from the dependency parse) and
whether they state a change ("rose 5%"). Units come from one vocabulary (claimx.units:
the rule tables' units, then quantulum3's). Dates, durations, times, ordinals and numbers inside
names are left to the other components.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files

import msgspec
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import claimx.extensions  # noqa: F401  (registers the Doc extensions)
from claimx.extensions import doc_ents, doc_text, span_text, token_lowers, token_texts
from claimx.gazetteer import get_gazetteer
from claimx.lines import doc_table_rows
from claimx.numbers import (
    FRACTIONS,
    PLURAL_SCALES,
    SCALES,
    UNITS,
    VAGUE,
    Number,
    is_number_word,
    parse_number,
    to_number,
)
from claimx.patterns import (
    address_follows,
    apposed_age_length,
    bracketed_aside,
    predicated_age_length,
    preposition_after_object,
    verb_above,
)
from claimx.records import Quantity
from claimx.units import (
    UnitTables,
    is_length,
    is_money_word,
    load_unit_tables,
    lookup_unit,
    quantity_tables,
)

#: dependency labels through which a number modifies the noun it counts
COUNT_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod", "det", "appos"}
#: dependency labels that make a quantity the object/extent of a change verb
CHANGE_ARG_DEPS = {"dobj", "npadvmod", "advmod", "attr", "oprd", "obj", "nsubj", "acomp", "conj"}
NOUN_POS = {"NOUN", "PROPN"}
#: pieces of a noun phrase between a number and its head noun
NP_INNER_POS = {"ADJ", "NOUN", "PROPN", "VERB", "ADV", "NUM", "PUNCT", "PART"}

#: currency signs that may be glued to the amount, written as they are ("Rp50,000", "Rs.200")
_GLUED_SIGNS = "|".join(
    re.escape(s)
    for s in sorted([*quantity_tables()["currency_signs"], "Rs.", "Rs"], key=len, reverse=True)
)
_NUMERAL_RE = re.compile(
    r"^(?P<sub>sub-)?(?P<cur>" + _GLUED_SIGNS + r"|[A-Z]{1,3}\$?|Y=|[$£€¥₹])?"
    r"(?P<sign>[+\-−±]|minus-)?(?P<pre>[~≈]?)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:\.\d{3})*,\d{1,2}(?!\d)|\d+(?:\.\d+)?|\.\d+|(?=[½¼¾⅓⅔⅛]))"
    r"(?P<vulgar>[½¼¾⅓⅔⅛])?(?P<exp>[eE][+\-−]?\d{1,2}(?![\d.,]))?(?P<suf>[A-Za-z°ºµμ²³%″′][A-Za-z°ºµμ²³/.\-23^]*)?(?P<plus>\+)?$"
)
#: fractions written after a whole number: "2 1/2", "2½"
_MIXED_FRACTION_RE = re.compile(r"^([1-7])/([2348])$")
_VULGAR_FRACTIONS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8)}
_YEAR_RE = re.compile(r"^(1[0-9]|20|21)\d\d$")
#: a digit or a vulgar fraction: a sentence without one needs a number word to hold a number
_DIGIT_RE = re.compile(r"[\d½¼¾⅓⅔⅛]")
_LONG_DIGITS_RE = re.compile(r"\d{41,}")
_PHONE_RE = re.compile(
    # a country code and maybe a short area code ("+353 1"), an exchange in brackets, groups
    r"(?<![\w.,])(?:\+\d{1,3}[ .-]?(?:\d{1,4}[ .-])?)?(?:\(\d{2,5}\)[ .-]?)?"
    r"\d{2,5}(?:[ .-]\d{2,5}){1,4}(?!\w|,\d)"
    # a trunk prefix and a long subscriber number: "0800-555111", "020 79460958"
    r"|(?<![\w.,])0\d{2,4}[ .-]\d{5,8}(?!\w|,\d)"
)
_SUFFIX_TOKEN_RE = re.compile(r"^[A-Za-z°ºµμ″′%][A-Za-z°ºµμ²³/.\-23]*$")
# words between a change word and its number: "rose by about 5%"
_CHANGE_SKIP = {"by", "about", "nearly", "almost", "around", "roughly", "some"}
_RANGE_CONNECTORS = {"to", "-", "–", "—", "through", "and"}
#: verbs whose "from X to Y" gives an old and a new level without saying which way
_LEVEL_CHANGE_VERBS = {"go", "move", "change", "shift"}
_FOLD_RE = re.compile(r"^(\d+(?:\.\d+)?|[A-Za-z]+)-?fold$", re.I)
_HANGING_RE = re.compile(r"^(\d+(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)-$")
# names joined by an ampersand: "S&P 500", "AT&T"
#: a model code: capitals and digits ("A380", "B2", "MiG29")
#: digits grouped in thousands ("50,000", "1,250.5"): an amount, never a model number
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_MODEL_CODE_RE = re.compile(r"[A-Z][A-Za-z]*\d+[A-Za-z]*")
_AMP_NAME_RE = re.compile(r"[A-Z][A-Za-z]*&[A-Z][A-Za-z]*")
#: spelled multipliers a numeral takes ("2.5 million", "500 crore")
_SPELLED_SCALES = {
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "lakh",
    "lakhs",
    "crore",
    "crores",
}
#: glued letters that are a scale or a unit by context: "£5m", "5m people" / "a 5m wall"
_SCALE_OR_UNIT = {"m", "b"}
_UNAMBIGUOUS_SCALE_ABBREVS = {"mn", "mln", "bn", "bln", "tn", "trn"}


# ------------------------------------------------------------------ rule assets


@dataclass(frozen=True)
class Ages:
    """The age words of models/quantities.json ("ages")."""

    units: frozenset[str]
    old_words: frozenset[str]
    markers: frozenset[str]
    verbs: frozenset[str]
    subject_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    people_nouns: frozenset[str]
    life_event_verbs: frozenset[str]
    decade_parts: dict[str, tuple[int, int]]
    max: int


@dataclass(frozen=True)
class Rules:
    """The rule tables of models/quantities.json, indexed for lookup."""

    bounds_before: dict[tuple[str, ...], str]
    bounds_after: dict[tuple[str, ...], str]
    percent: set[str]
    percentage_points: set[str]
    currency_symbols: dict[str, str]
    dollar_prefixes: dict[str, str]
    currency_words: dict[tuple[str, ...], str]
    currency_names: dict[str, str]
    glued_currency_prefixes: dict[str, str]
    subunits: set[str]
    time_units: set[str]
    rate_time_units: set[str]
    change_verbs: dict[str, str]
    change_nouns: dict[str, str]
    particle_verbs: set[str]
    name_labels: set[str]
    date_labels: set[str]
    label_nouns: set[str]
    street_words: set[str]
    emergency_numbers: frozenset[str]
    service_nouns: frozenset[str]
    route_prefixes: frozenset[str]
    index_names: frozenset[str]  # "the S&P 500", "ftse 100": an index named with a number
    pounds_of_money_words: frozenset[str]  # "pounds of funding" is money, "of thrust" a mass
    difference_units: frozenset[str]  # units of a change only ("basis point"), never a level's
    priced_signs: dict[str, str]  # currency signs that are also unit symbols ("kn", "Ft")
    paying_words: frozenset[str]  # words of paying that make such a sign money ("cost")
    topic_units: dict[str, dict[str, frozenset[str]]]  # "F" beside "capacitor" is a farad
    contest_words: frozenset[str]
    number_idioms: frozenset[str]
    date_words: set[str]
    ages: Ages
    symbols_before_noun: frozenset[str]
    symbols_in_context: frozenset[str]
    symbols_before_extent: frozenset[str]
    temperature_units: frozenset[str]
    month_words: frozenset[str]
    extent_words: frozenset[str]
    numbering_words: frozenset[str]
    currency_name_words_excluded: frozenset[str]
    k_race_words: frozenset[str]  # "a 5K race", "ran a 10K": kilometres
    k_display_words: frozenset[str]  # "4K video": a display standard, no quantity
    iso_codes: frozenset[str]  # ISO 4217 codes that name a currency when written in capitals
    currency_signs: dict[str, str]  # local signs and abbreviations, as written -> ISO code
    rate_bases: tuple[str, ...]  # currencies in the order markets quote them against others
    rate_prepositions: frozenset[str]  # "against", "versus": the other currency of a rate
    unit_tables: UnitTables
    max_before: int = 4
    max_unit_words: int = 4


def _phrase_key(text: str) -> tuple[str, ...]:
    return tuple(text.lower().split())


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """Load and index the rule tables once."""
    data = quantity_tables()
    change_verbs = {w: d for d, ws in data["change"].items() for w in ws}
    change_nouns = {w: d for d, ws in data["change_nouns"].items() for w in ws}
    return Rules(
        bounds_before={_phrase_key(k): v for k, v in data["bounds_before"].items()},
        bounds_after={_phrase_key(k): v for k, v in data["bounds_after"].items()},
        percent={w.lower() for w in data["percent_words"]},
        percentage_points={w.lower() for w in data["percentage_point_words"]},
        currency_symbols={k.lower(): v for k, v in data["currency_symbols"].items()},
        dollar_prefixes=data["dollar_prefixes"],
        currency_words={_phrase_key(k): v for k, v in data["currency_words"].items()},
        currency_names=data["currency_names"],
        glued_currency_prefixes=data["glued_currency_prefixes"],
        subunits=set(data["subunit_words"]),
        time_units={w.lower() for w in data["time_units"]},
        rate_time_units=set(data["time_unit_words_for_rates"]),
        change_verbs=change_verbs,
        change_nouns=change_nouns,
        particle_verbs=set(data["change_particle_verbs"]),
        name_labels=set(data["name_labels"]),
        date_labels=set(data["date_labels"]),
        label_nouns=set(data["label_nouns"]),
        street_words=set(data["street_words"]),
        emergency_numbers=frozenset(data["emergency_numbers"]),
        service_nouns=frozenset(data["service_nouns"]),
        route_prefixes=frozenset(data["route_prefixes"]),
        index_names=frozenset(data["index_names"]),
        pounds_of_money_words=frozenset(data["pounds_of_money_words"]),
        difference_units=frozenset(data["difference_units"]),
        priced_signs=data["priced_signs"],
        paying_words=frozenset(data["paying_words"]),
        topic_units={
            sym: {unit: frozenset(ws) for unit, ws in units.items()}
            for sym, units in data["topic_units"].items()
        },
        contest_words=frozenset(data["contest_words"]),
        number_idioms=frozenset(data["number_idioms"]),
        date_words=set(data["date_words"]),
        symbols_before_noun=frozenset(data["symbols_before_noun"]),
        symbols_in_context=frozenset(data["symbols_in_context"]),
        symbols_before_extent=frozenset(data["symbols_before_extent"]),
        temperature_units=frozenset(data["temperature_units"]),
        month_words=frozenset(data["month_words"]),
        extent_words=frozenset(data["extent_words"]),
        numbering_words=frozenset(data["numbering_words"]),
        currency_name_words_excluded=frozenset(data["currency_name_words_excluded"]),
        k_race_words=frozenset(data["k_race_words"]),
        k_display_words=frozenset(data["k_display_words"]),
        iso_codes=_iso_codes(frozenset(data["iso_currency_codes_excluded"])),
        currency_signs=data["currency_signs"],
        rate_bases=tuple(data["exchange_rate_bases"]),
        rate_prepositions=frozenset(data["exchange_rate_prepositions"]),
        unit_tables=load_unit_tables(),
        ages=Ages(
            **{k: frozenset(v) for k, v in data["ages"].items() if isinstance(v, list)},
            decade_parts={k: (a, b) for k, (a, b) in data["ages"]["decade_parts"].items()},
            max=data["ages"]["max"],
        ),
    )


# ------------------------------------------------------------------ number runs


@dataclass
class Run:
    """A number expression found in the tokens: tokens [start, end) plus its reading."""

    start: int  # first token
    end: int  # token after the last
    value: Number | None
    low: Number | None
    high: Number | None
    suffix: str = ""  # letters glued to the last numeral ("kWh" in "5.5kWh")
    approx_prefix: bool = False  # "~45"
    plus: bool = False  # "100+"
    digits: bool = False  # written with digits (not words only)
    currency: str | None = None  # ISO code glued in front ("USD10m", "RM23.50")
    sign: str = ""  # "+" or "-" written in front of the digits
    below: bool = False  # "sub-7 nanometer": less than the number


#: a decimal comma as much of Europe writes it: "3,5", "1.234,56" (one or two decimals; "3,125"
#: stays a thousands group)
_DECIMAL_COMMA_RE = re.compile(r"\d{1,3}(?:\.\d{3})*,\d{1,2}")
_DECIMAL_COMMA_IN_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d{1,2}(?![\d,])")


def _decimal_comma(num: str) -> str:
    """A numeral with its decimal comma read as a point: "3,5" -> "3.5", "1.234,56" ->
    "1234.56"; any other numeral as it is."""
    if not _DECIMAL_COMMA_RE.fullmatch(num):
        return num
    return num.replace(".", "").replace(",", ".")


def _numeral(tok: Token) -> re.Match[str] | None:
    return _NUMERAL_RE.match(tok.text)


def _word_is_num(tok: Token) -> bool:
    # "hundred", "dozen", "million" only continue a number ("a baker's dozen" is none)
    w = tok.lower_
    return w in UNITS or _is_compound(w) or w in PLURAL_SCALES


def _starts_run(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if _numeral(tok):
        return True
    w = tok.lower_
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if w in ("a", "an") or w in VAGUE:
        # "a dozen", "a few hundred", "several thousand": only with a multiplier after
        if w in ("a", "an") and nxt in FRACTIONS:
            # "a third of", "cut by a third"
            return i + 2 < len(doc) and doc[i + 2].lower_ == "of" or _after_by(doc, i)
        return nxt in ("hundred", "dozen", "few", "couple") or (nxt in SCALES and len(nxt) > 2)
    if w in FRACTIONS:
        # "half of", "half a million", "cut by half"
        return w in ("half", "quarter") and (nxt in ("of", "a", "an") or _after_by(doc, i))
    if w == "scores":
        return nxt == "of"  # "scores of people"; "test scores", "Scores were level"
    return _word_is_num(tok)


def _words_from(doc: Doc, j: int, n: int) -> list[str]:
    """The next n words (lower case) from token j, past hyphens joining them ("-and-a-")."""
    out: list[str] = []
    k = j
    while k < len(doc) and len(out) < n:
        if doc[k].text != "-":
            out.append(doc[k].lower_)
        k += 1
    return out + [""] * (n - len(out))


def _and_a_fraction(doc: Doc, j: int) -> bool:
    """ "and a half" (or its "a half") at token j: the fraction closing "two and a half",
    "two-and-a-half"."""
    words = _words_from(doc, j, 3)
    if words[0] == "and":
        words = words[1:]
    return words[0] in ("a", "an") and words[1] in FRACTIONS


def _after_by(doc: Doc, i: int) -> bool:
    """Whether "by" comes right before token i: the extent of a change ("cut by half"), past
    a hedge or a bound ("fell by nearly half", "fell by more than a third")."""
    k = i - 1
    if k > 1 and doc[k].lower_ == "than" and doc[k - 1].lower_ in ("more", "less", "fewer"):
        k -= 2
    elif k > 0 and doc[k].lower_ != "by" and doc[k].lower_ in _CHANGE_SKIP:
        k -= 1
    return k >= 0 and doc[k].lower_ == "by"


def _fold_run(doc: Doc, i: int, end: int) -> Run | None:
    """A multiple: "threefold", "10-fold", "three-fold" (suffix "fold")."""
    if not (doc[i].lower_.endswith("fold") or i + 2 < end and doc[i + 2].lower_ == "fold"):
        return None
    m = _FOLD_RE.match(doc[i].text)
    stem, k = (m.group(1), i + 1) if m else (doc[i].text, i + 3)
    if m is None and not (
        i + 2 < end
        and doc[i + 1].text == "-"
        and doc[i].whitespace_ == doc[i + 1].whitespace_ == ""
        and doc[i + 2].lower_ == "fold"
    ):
        return None
    low = stem.lower()
    if not (low[:1].isdigit() or low in UNITS or _is_compound(low)):
        return None
    reading = parse_number(low)
    if reading is None:
        return None
    return Run(i, k, *reading, suffix="fold", digits=low[:1].isdigit())


#: a fraction written with a slash: "1/2", "3/4"
_SLASH_FRACTION_RE = re.compile(r"^([1-9]|1[0-5])/([2-9]|1[0-6])$")


def _fraction_run(doc: Doc, i: int, end: int) -> Run | None:
    """A fraction on its own before a unit or "of": "1/2 cup", "3/4 teaspoon", "2/3 of voters"
    (not a date: "9/11" has no unit after it)."""
    m = _SLASH_FRACTION_RE.match(doc[i].text)
    if m is None or i + 1 >= end or (i > 0 and _numeral(doc[i - 1]) is not None):
        return None
    num, den = int(m.group(1)), int(m.group(2))
    if num >= den or not (doc[i + 1].lower_ == "of" or unit_after(doc, i + 1, end, load_rules())):
        return None
    value = to_number(Decimal(num) / Decimal(den))  # as a spelled fraction reads ("a third")
    return Run(i, i + 1, value, value, value, digits=True)


def _extends_run(doc: Doc, j: int, end: int) -> bool:
    """Whether token j continues the run ending before it (spelled-out parts)."""
    tok = doc[j]
    prev = doc[j - 1]
    w = tok.lower_
    if prev.whitespace_ == "" and w == "-" and j + 1 < len(doc):
        # "three-quarters", "twenty-five" split by the tokenizer; "two-and-a-half"
        return (is_number_word(doc[j + 1].lower_) or _and_a_fraction(doc, j + 1)) and not _numeral(
            prev
        )
    if w in ("and", "a", "an") and j + 1 < len(doc):
        nxt = _words_from(doc, j + 1, 1)[0]
        if w == "and":
            return (
                (prev.lower_ in ("hundred", "thousand", "million", "billion"))
                and (nxt in UNITS or nxt == "a" or _is_compound(nxt))
                or _and_a_fraction(doc, j)
            )  # "two and a half"
        return (
            nxt in FRACTIONS
            or (nxt in SCALES and len(nxt) > 2)
            or nxt == "hundred"
            or (nxt == "dozen" and prev.lower_ in FRACTIONS)  # "half a dozen"
        )
    if w == "of":
        nxt = doc[j + 1].lower_ if j + 1 < len(doc) else ""
        return prev.lower_ in PLURAL_SCALES and nxt in PLURAL_SCALES
    if w in VAGUE:
        return prev.lower_ in ("a", "an")  # "a few hundred"
    if _numeral(tok):
        return False
    if w in ("hundred", "dozen") or (w in SCALES and len(w) > 2):
        return True
    if w in PLURAL_SCALES:
        return prev.lower_ in ("of",) or not _numeral(prev)
    if w in FRACTIONS:
        if j + 1 < len(doc) and doc[j + 1].text == "-" and not tok.whitespace_ and w[-1] != "s":
            return False  # an ordinal hyphened to a noun: "one third-quarter goal"
        return prev.lower_ in ("a", "an") or prev.lower_ in UNITS or prev.lower_ == "-"
    if w in UNITS or _is_compound(w):
        if prev.lower_ == "-" and j >= 2:
            # "twenty-one", "Forty-three": a tens word, a hyphen, a unit word, no spaces
            tens = doc[j - 2]
            return (
                tens.lower_ in TENS
                and tens.whitespace_ == ""
                and prev.whitespace_ == ""
                and 0 < UNITS[w] < 10
            )
        return not _numeral(prev) and prev.lower_ not in ("a", "an", "of")
    return False


#: the tens a unit word may follow after a hyphen ("twenty-one")
TENS = {w for w, v in UNITS.items() if v >= 20}


def _is_compound(w: str) -> bool:
    parts = w.split("-")
    return len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS


def _hanging_run(doc: Doc, i: int, end: int) -> Run | None:
    """A number whose hyphenated noun is shared with a later one: "four-" in "four-, five- and
    six-cylinder engines" (suffix "-")."""
    m = _HANGING_RE.match(doc[i].text)
    if m is None or i + 1 >= end or doc[i + 1].lower_ not in (",", "and", "or", "to"):
        return None
    stem = m.group(1).lower()
    if not (stem[0].isdigit() or stem in UNITS or _is_compound(stem)):
        return None
    reading = parse_number(stem)
    if reading is None:
        return None
    return Run(i, i + 1, *reading, suffix="-", digits=stem[0].isdigit())


#: words a number expression may open with besides digits (``_starts_run``)
_RUN_START_WORDS = frozenset({"a", "an", "scores", *VAGUE, *FRACTIONS, *UNITS, *PLURAL_SCALES})


def _may_start_run(text: str, lower: str) -> bool:
    """A cheap test on a token's text: whether any run (a number, a hanging "four-", a slash
    fraction) can start at it; the full readers run only where it holds."""
    return bool(
        lower in _RUN_START_WORDS
        or _NUMERAL_RE.match(text)
        or _HANGING_RE.match(text)
        or _SLASH_FRACTION_RE.match(text)
        or _is_compound(lower)
    )


def find_runs(doc: Doc, start: int, end: int) -> list[Run]:
    """Number expressions in tokens [start, end), each read as (value, low, high)."""
    runs: list[Run] = []
    texts, lowers = token_texts(doc), token_lowers(doc)
    folds = any("fold" in w for w in lowers[start:end])
    i = start
    while i < end:
        if not folds and not _may_start_run(texts[i], lowers[i]):
            i += 1
            continue
        special = (
            _hanging_run(doc, i, end)
            or _fraction_run(doc, i, end)
            or (_fold_run(doc, i, end) if folds else None)
        )
        if special is not None:
            runs.append(special)
            i = special.end
            continue
        if not _starts_run(doc, i):
            i += 1
            continue
        j = i + 1
        if not _numeral(doc[i]):
            while j < end and _extends_run(doc, j, end):
                j += 1
        else:
            j = _past_spaced_groups(doc, i, end)  # "12 500", "10 000 000"
            # digits take spelled scales only: "2.5 million", "100 thousand", "$1.2-billion"
            while j < end and (
                doc[j].lower_ in _SPELLED_SCALES or doc[j].lower_ in _UNAMBIGUOUS_SCALE_ABBREVS
            ):
                j += 1
            if j + 1 < end and j == i + 1 and _hyphen_scale(doc, j):
                j += 2
            elif j < end and j == i + 1 and _mixed_fraction(doc, i, j) is not None:
                j += 1  # "2 1/2 cups"
            elif j + 1 < end and j == i + 1 and _hyphened_fraction(doc, i, j):
                j += 2  # "1-1/2 cups", "30-5/8"
            if (power := _power_of_ten(doc, j, end)) is not None:
                j = power[0]  # "3.5 × 10^6"
        # trailing glue ("and", "-", "a", "of") never ends a run
        while j - 1 > i and doc[j - 1].lower_ in ("and", "-", "a", "an", "of"):
            j -= 1
        glued = ""
        m_last = _numeral(doc[j - 1])
        if (
            j < end
            and m_last is not None
            and not m_last.group("suf")
            and doc[j - 1].whitespace_ == ""
            and _SUFFIX_TOKEN_RE.match(doc[j].text)
        ):
            # the tokenizer splits "13.6M", "37m", "10%": read them as glued suffixes
            glued = doc[j].text
        extra = _glued_unit_tokens(doc, j, end, glued) if glued else 0
        run = _read_run(doc, i, j)
        if run is not None and glued:
            run.end = j + 1 + extra
            run.suffix = "".join(t.text for t in doc[j : j + 1 + extra])
            j += 1 + extra
        if run is not None:
            runs.append(run)
            i = j
        else:
            i += 1
    return runs


#: digits grouped in thousands by spaces, as SI style writes them ("12 500", "1 250 000.5")
_LEAD_GROUP_RE = re.compile(r"\d{1,3}")
_GROUP_RE = re.compile(r"\d{3}(?:\.\d+)?")
_THIN_SPACES = frozenset("\u00a0\u202f\u2009")


def _past_spaced_groups(doc: Doc, i: int, end: int) -> int:
    """The token after a number whose thousands are set apart by spaces ("12 500 people"),
    or i + 1. Only amid words: in a row of figures ("3 115 42") each is its own cell."""
    if not _LEAD_GROUP_RE.fullmatch(doc[i].text) or (i > 0 and doc[i - 1].like_num):
        return i + 1
    j = i + 1
    while j < end and "." not in doc[j - 1].text:  # a decimal group ends the number
        if _THIN_SPACES.issuperset(doc[j].text) and not doc[j - 1].whitespace_:
            k = j + 1  # "10\u00a0000": the tokenizer keeps the no-break space as a token
        elif doc[j - 1].whitespace_ == " ":
            k = j
        else:
            break
        if k >= end or doc[j].whitespace_ and k > j or not _GROUP_RE.fullmatch(doc[k].text):
            break
        j = k + 1
    if j > i + 1 and j < end and doc[j].like_num:
        return i + 1
    return j


def _mixed_fraction(doc: Doc, i: int, j: int) -> tuple[int, int] | None:
    """The fraction at token j completing the whole number at token i: "2 1/2"."""
    m = _MIXED_FRACTION_RE.match(doc[j].text)
    if m is None or not doc[i].text.isdigit():
        return None
    num, den = int(m.group(1)), int(m.group(2))
    return (num, den) if num < den else None


def _hyphened_fraction(doc: Doc, i: int, j: int) -> bool:
    """Whether the hyphen at token j joins a fraction to the whole number at token i, as US
    measures and old share prices write a mixed number ("1-1/2 cups", "up 4-1/2 at 30-5/8")."""
    return (
        doc[j].text == "-"
        and not doc[i].whitespace_
        and not doc[j].whitespace_
        and j + 1 < len(doc)
        and _mixed_fraction(doc, i, j + 1) is not None
    )


_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
#: ten to a power, in one token or after a caret: "10⁶", "10^−4", "^-3"
_TEN_TO_RE = re.compile(r"10(?:\^(?P<caret>[-−]?\d{1,2})|(?P<sup>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))")
_EXPONENT_RE = re.compile(r"[-−]?\d{1,2}")


def _power_of_ten(doc: Doc, j: int, end: int) -> tuple[int, str] | None:
    """A power of ten multiplying the number before token j, as science writes a large or
    small number ("3.5 × 10^6", "6.02 x 10^23", "4 × 10⁶"): the token after it and the
    exponent ("e6")."""
    if j + 1 >= end or doc[j].text not in ("×", "x", "*"):
        return None
    ten = doc[j + 1].text
    if (m := _TEN_TO_RE.fullmatch(ten)) is not None:
        exp = m["caret"] or m["sup"].translate(_SUPERSCRIPT_DIGITS)
        return j + 2, "e" + exp.replace("−", "-")
    if ten != "10" or j + 3 >= end or doc[j + 2].text != "^" or doc[j + 1].whitespace_:
        return None
    k, sign = j + 3, ""
    if k + 1 < end and doc[k].text in ("-", "−") and not doc[k].whitespace_:
        k, sign = k + 1, "-"  # "^", "-", "3"
    if _EXPONENT_RE.fullmatch(doc[k].text) and not doc[j + 2].whitespace_:
        return k + 1, "e" + sign + doc[k].text.replace("−", "-")
    return None


def _with_fraction(whole: str, frac: tuple[int, int]) -> str:
    """ "2" and 1/2 -> "2.5" (thirds to six places)."""
    value = Decimal(whole.replace(",", "")) + Decimal(frac[0]) / Decimal(frac[1])
    return str(round(value, 6).normalize())


def _hyphen_scale(doc: Doc, j: int) -> bool:
    """A multiplier joined to the numeral by a hyphen at token j: "$1.2-billion"."""
    return (
        doc[j].text == "-"
        and doc[j - 1].whitespace_ == ""
        and doc[j].whitespace_ == ""
        and doc[j + 1].lower_ in _SPELLED_SCALES
    )


def _glued_unit_tokens(doc: Doc, j: int, end: int, glued: str) -> int:
    """How many more glued tokens belong to the unit starting at token j: "95°F" comes as
    "95" "°" "F", "40kg/m3" as "40kg" "/" "m3"."""
    rules = load_rules()
    k, surface, best = j, glued, 0
    while k + 1 < end and doc[k].whitespace_ == "" and k - j < 3:
        surface += doc[k + 1].text
        k += 1
        if _lookup_unit(surface, rules, attached=True) is not None:
            best = k - j
    return best


def _with_exponent(num: str, exp: str) -> str:
    """A number in scientific notation written out: "1.2e6" is 1200000, "4E-3" 0.004."""
    value = Decimal(num.replace(",", "")).scaleb(int(exp[1:].replace("−", "-")))
    return format(value.normalize(), "f")


def _read_run(doc: Doc, i: int, j: int) -> Run | None:
    parts: list[str] = []
    suffix = ""
    currency: str | None = None
    sign = ""
    approx = plus = digits = below = False
    rules = load_rules()
    for k in range(i, j):
        m = _numeral(doc[k])
        if m and k > i and digits and _GROUP_RE.fullmatch(doc[k].text):
            parts[-1] += doc[k].text  # "12 500": a group of thousands
            continue
        if m:
            if m.group("cur"):
                # "USD10m", "RM23.50", "$" "A82,615,680"; other letters are names ("F16")
                cur = m.group("cur").lower()
                prev_dollar = k > 0 and doc[k - 1].text == "$" and doc[k - 1].whitespace_ == ""
                if prev_dollar and cur in rules.dollar_prefixes:
                    currency = rules.dollar_prefixes[cur]
                elif cur in rules.currency_symbols and (len(cur) > 1 or not cur.isalpha()):
                    currency = rules.currency_symbols[cur]
                elif m.group("cur") in rules.currency_signs:
                    currency = rules.currency_signs[m.group("cur")]  # "Rp50,000", "zł500"
                elif cur.endswith("$") and cur[:-1] in rules.dollar_prefixes:
                    currency = rules.dollar_prefixes[cur[:-1]]  # "J$500", "EC$20"
                elif m.group("cur") in rules.iso_codes:
                    currency = m.group("cur")  # "VND10m"
                elif m.group("cur") in rules.glued_currency_prefixes and not re.fullmatch(
                    r"\d", m.group("num")
                ):
                    currency = rules.glued_currency_prefixes[m.group("cur")]
                else:
                    return None
            if m.group("sign"):
                # "±3 points": a margin either way, no sign
                sign = {"+": "+", "±": ""}.get(m.group("sign"), "-")
            digits = True
            approx = approx or bool(m.group("pre"))
            below = below or bool(m.group("sub"))
            plus = plus or bool(m.group("plus"))
            vulgar = m.group("vulgar")
            num = _decimal_comma(m.group("num"))
            # "2½", and a lone "½" (the whole number empty)
            if vulgar:
                num = _with_fraction(num or "0", _VULGAR_FRACTIONS[vulgar])
            parts.append(_with_exponent(num, m.group("exp")) if m.group("exp") else num)
            suf = m.group("suf") or ""
            if suf and suf.lower() in SCALES and k == j - 1 and suf not in _SCALE_OR_UNIT:
                parts.append(suf)
            elif suf:
                suffix = suf
        elif k > i and _THIN_SPACES.issuperset(doc[k].text) and _GROUP_RE.match(doc[k + 1].text):
            continue  # the no-break space between groups of digits
        elif k > i and (frac := _mixed_fraction(doc, k - 1, k)) is not None:
            parts[-1] = _with_fraction(parts[-1], frac)
        elif k > i + 1 and _hyphened_fraction(doc, k - 2, k - 1):
            frac = _mixed_fraction(doc, k - 2, k)
            parts[-1] = _with_fraction(parts[-1], frac) if frac else parts[-1]
        elif k > i and _hyphened_fraction(doc, k - 1, k):
            continue  # the hyphen of "1-1/2"
        elif k > i and (power := _power_of_ten(doc, k, j)) is not None:
            parts[-1] = _with_exponent(parts[-1], power[1])
            break
        else:
            parts.append(doc[k].text)
    text = " ".join(parts)
    if len(text) > 60 or _LONG_DIGITS_RE.search(text):
        return None
    reading = parse_number(text)
    if reading is None:
        return None
    return Run(
        i, j, *reading, suffix=suffix, approx_prefix=approx, plus=plus, digits=digits,
        currency=currency, sign=sign, below=below,
    )  # fmt: skip


# ------------------------------------------------------------------ context around a run


def _lower_seq(doc: Doc, a: int, b: int) -> tuple[str, ...]:
    return tuple(t.lower_ for t in doc[a:b])


def currency_before(doc: Doc, i: int, lo: int, rules: Rules) -> tuple[str, int] | None:
    """ISO code and first token of a currency sign or code just before token i."""
    if i - 1 < lo:
        return None
    tok = doc[i - 1]
    w = tok.lower_
    if w == "." and i - 2 >= lo and doc[i - 2].whitespace_ == "":
        abbrev = doc[i - 2].lower_ + "."  # "Rs. 200": the tokenizer split the full stop off
        if abbrev in rules.currency_symbols and doc[i - 2].text[:1].isupper():
            return rules.currency_symbols[abbrev], i - 2
    if w == "$" and i - 2 >= lo:
        prev = doc[i - 2].lower_
        ptxt = doc[i - 2].text
        glued = doc[i - 2].whitespace_ == ""
        if prev in rules.dollar_prefixes and ptxt.isupper() and (glued or len(ptxt) > 1):
            return rules.dollar_prefixes[prev], i - 2
    if tok.text in rules.iso_codes:
        return tok.text, i - 1  # "UGX 200,000"
    if tok.text in rules.currency_signs:
        return rules.currency_signs[tok.text], i - 1  # "Rp 50,000", "₫20,000"
    if w in rules.currency_symbols:
        if w.isalpha() and w.upper() != tok.text and w not in ("rs", "rs.", "rmb"):
            # codes are written in capitals ("USD 5"); "some 5" is not a currency
            return None
        return rules.currency_symbols[w], i - 1
    # "US$" may come split as "US" "$" or glued to letters
    m = re.fullmatch(r"([A-Za-z.]{1,4})\$", tok.text)
    if m and m.group(1).lower() in rules.dollar_prefixes:
        return rules.dollar_prefixes[m.group(1).lower()], i - 1
    return None


#: plurals and English names of currency words, to the word ISO 4217 names use
_CURRENCY_WORD_FORMS = {
    "kroner": ("krone",), "kronor": ("krona",), "kronur": ("krona",), "reais": ("real",),
    "lire": ("lira",), "roubles": ("ruble",), "rouble": ("ruble",),
    "crown": ("krone", "krona", "koruna"), "crowns": ("krone", "krona", "koruna"),
    "kr": ("krone", "krona"), "lei": ("leu",), "soles": ("sol",),
    "riyal": ("rial",), "riyals": ("rial",),
}  # fmt: skip
#: entity labels that may name a country ("Norway", "Danish")
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})


def currency_of_named_country(doc: Doc, j: int, hi: int) -> tuple[str, int] | None:
    """A currency word many countries' currencies share, in the currency of the one country
    its sentence names that has such a currency: "Denmark will spend 3 billion kroner" (DKK),
    "In Jordan, the permit costs 200 dinars" (JOD), "Chile's exports reached 40 billion
    pesos" (CLP). With no such country, or two, it says nothing."""
    word = doc[j].lower_
    if (
        j >= hi
        or not doc[j].is_alpha
        or word in ("pound", "pounds")
        and not _money_pounds(doc, j, hi)
    ):
        return None
    forms = _CURRENCY_WORD_FORMS.get(word) or (word, word.removesuffix("s"))
    forms = tuple(f for f in forms if f in _currency_last_words())
    if not forms:
        return None
    table = _currencies_by_country()
    codes = {
        table[(country, form)]
        for country in _countries_named(doc[j].sent)
        for form in forms
        if (country, form) in table
    }
    return (codes.pop(), j + 1) if len(codes) == 1 else None


@lru_cache(maxsize=1)
def _currency_last_words() -> frozenset[str]:
    """The words currencies are called by: the last word of each ISO 4217 name ("krone",
    "dinar", "peso"), never a country's adjective before it."""
    import pycountry

    return frozenset(c.name.split()[-1].lower() for c in pycountry.currencies)


def _countries_named(sent: Span) -> frozenset[str]:
    """ISO 3166 codes of the countries a sentence names, by name or adjective."""
    gazetteer = get_gazetteer()
    found = set()
    for ent in sent.ents:
        if ent.label_ in _COUNTRY_LABELS:
            text = ent.text.removesuffix("'s").removesuffix("’s").strip()
            place = gazetteer.demonym(text) or gazetteer.lookup(text)
            if place is not None and place.kind == "country" and place.country:
                found.add(place.country)
    return frozenset(found)


@lru_cache(maxsize=1)
def _currencies_by_country() -> dict[tuple[str, str], str]:
    """(ISO 3166 country code, a word of the currency's name) → ISO 4217 code, from the
    convention that a currency code starts with its country's code (KES: Kenya)."""
    import pycountry

    out: dict[tuple[str, str], str] = {}
    for cur in sorted(pycountry.currencies, key=lambda c: c.alpha_3):
        for word in cur.name.lower().split():
            out.setdefault((cur.alpha_3[:2], word), cur.alpha_3)
    return out


@lru_cache(maxsize=256)
def _main_currency(country: str) -> str | None:
    """A country's own currency by the ISO 4217 convention: its code is the country's code
    and the initial of the currency's name (USD: US dollar, INR: Indian rupee)."""
    import pycountry

    codes = [
        c.alpha_3
        for c in pycountry.currencies
        if c.alpha_3[:2] == country and c.name.split()[-1][:1].upper() == c.alpha_3[2]
    ]
    return codes[0] if len(codes) == 1 else None


def _country_before(doc: Doc, j: int, subunits: frozenset[str] | set[str]) -> str | None:
    """The country named by token j, by its adjective ("Canadian") or, before a subunit, by
    its name ("US cents")."""
    gazetteer = get_gazetteer()
    place = gazetteer.demonym(doc[j].text)
    if place is None and doc[j + 1].lower_ in subunits:
        place = gazetteer.lookup(doc[j].text)
    if place is None or place.kind != "country" or not place.country:
        return None
    return place.country


def national_currency(
    doc: Doc, j: int, hi: int, subunits: frozenset[str] | set[str] = frozenset()
) -> tuple[str, int] | None:
    """A currency named by its country's adjective: "Kenyan shillings", "Danish crowns";
    and the subunits of a country's currency: "Canadian cents", "US cents" (counted so)."""
    if j + 1 >= hi or not doc[j].text[:1].isupper():
        return None
    country = _country_before(doc, j, subunits)
    if country is None:
        return None
    word = doc[j + 1].lower_
    if word in subunits:
        code = _main_currency(country)
        return (code, j + 2) if code is not None else None
    forms = _CURRENCY_WORD_FORMS.get(word) or (word, word.removesuffix("s"))
    table = _currencies_by_country()
    for form in forms:
        code = table.get((country, form))
        if code is not None:
            return code, j + 2
    return None


#: currency signs that are also written after the amount, as in much of Europe ("15 €")
_SIGNS_AFTER = frozenset("€£¥₹₩₽₺₦₪₱")


def currency_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """ISO code and end token of a currency word or code right after token j."""
    national = national_currency(doc, j, hi, rules.subunits)
    if national is not None:
        return national
    named = currency_of_named_country(doc, j, hi) if j < hi else None
    if named is not None:
        return named
    for n in (3, 2, 1):
        if j + n > hi:
            continue
        key = _lower_seq(doc, j, j + n)
        if key in rules.currency_words:
            if n == 1 and key[0] in ("real", "won", "rand") and doc[j].pos_ != "NOUN":
                continue
            return rules.currency_words[key], j + n
    tok = doc[j] if j < hi else None
    if tok is not None and tok.text in _SIGNS_AFTER and tok.text in rules.currency_symbols:
        return rules.currency_symbols[tok.text], j + 1  # "15 €", "15€": the sign after
    if tok is not None and tok.text.isupper() and tok.lower_ in rules.currency_symbols:
        if tok.lower_.isalpha() and len(tok.text) == 3:
            return rules.currency_symbols[tok.lower_], j + 1
    if tok is not None and tok.text in rules.iso_codes:
        return tok.text, j + 1  # "2 million VND"
    if tok is not None and tok.text.endswith("=") and tok.text[:-1] in rules.iso_codes:
        return tok.text[:-1], j + 1  # "108.79 JPY=": a wire's code for the currency's rate
    if tok is not None and tok.text in rules.currency_signs:
        return rules.currency_signs[tok.text], j + 1  # "500 zł", "20,000₫"
    if tok is not None and tok.pos_ in NOUN_POS and tok.is_alpha:
        names = _currencies_by_name(rules.currency_name_words_excluded)
        code = names.get(tok.lower_) or names.get(tok.lower_.removesuffix("s"))
        if code is not None:
            return code, j + 1  # "1,500 zlotys", "300 forint"
    return None


@lru_cache(maxsize=1)
def _currencies_by_name(excluded: frozenset[str]) -> dict[str, str]:
    """The last word of an ISO 4217 currency name that no other currency shares → its code."""
    import pycountry

    codes: dict[str, set[str]] = {}
    for cur in pycountry.currencies:
        word = cur.name.split()[-1].lower()
        codes.setdefault(word, set()).add(cur.alpha_3)
    return {
        w: next(iter(c))
        for w, c in codes.items()
        if len(c) == 1 and w.isalpha() and w not in excluded
    }


def _iso_codes(excluded: frozenset[str]) -> frozenset[str]:
    """The ISO 4217 currency codes, as written (capitals), but those in ``excluded``."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies) - excluded


@lru_cache(maxsize=1)
def _demonyms_by_country() -> dict[str, str]:
    """ISO 3166 country code -> its adjective among models/demonyms.json ("UG" -> "Ugandan",
    "IS" -> "Icelandic"): the longest that names no person ("Icelander", "Dutchman")."""
    data = json.loads(files("claimx.models").joinpath("demonyms.json").read_text("utf-8"))
    out: dict[str, str] = {}
    for word, code in data["demonyms"].items():
        if not word.endswith(("man", "woman", "er")) and len(word) > len(out.get(code, "")):
            out[code] = word
    return out


def currency_name(code: str, rules: Rules) -> str | None:
    """A currency's English name: the rule table's, else one made from ISO 4217."""
    return rules.currency_names.get(code) or _iso_currency_name(code)


@lru_cache(maxsize=256)
def _iso_currency_name(code: str) -> str | None:
    """Its country's demonym and the currency word of its ISO 4217 name ("UGX" -> "Ugandan
    shilling", "VND" -> "Vietnamese dong"), else the ISO 4217 name itself."""
    import pycountry

    cur = pycountry.currencies.get(alpha_3=code)
    if cur is None:
        return None
    words = cur.name.split()
    demonym = _demonyms_by_country().get(code[:2])
    if demonym and len(words) <= 2 and (len(words) == 1 or words[0][:4] == demonym[:4]):
        return f"{demonym} {words[-1].lower()}"
    return str(cur.name)


def unit_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """Normalized unit name and end token of a unit written after token j."""
    if _opens_quotation(doc, j):
        return None  # 'six "GPs"': a quotation mark glued to the word after it is no inch
    best: tuple[str, int] | None = None
    for n in range(min(rules.max_unit_words, hi - j), 0, -1):
        toks = doc[j : j + n]
        # join tokens as written: "km/h" arrives as "km" "/" "h"
        surface = "".join(t.text_with_ws for t in toks).strip()
        name = _lookup_unit(surface, rules, attached=False)
        if name is None and len(surface) > 2 and surface.endswith("-") and toks[-1].whitespace_:
            name = _lookup_unit(surface[:-1], rules, attached=False)  # "287 miles- and"
        if name is None and len(toks[-1].text) > 1 and toks[-1].text.endswith("."):
            # the tokenizer keeps a sentence's full stop on an abbreviation: "per sq m."
            name = _lookup_unit(surface[:-1], rules, attached=False)
        if name is None and n == 1:
            continue
        if name is not None:
            best = (name, j + n)
            break
    if best is None:
        return None
    name, e = best
    # rates: "barrels per day", "$3 a gallon" handled by the caller; "km per hour" here
    if e + 3 < hi and doc[e].text == "-" and doc[e + 1].lower_ in ("a", "an", "per"):
        nxt = doc[e + 3].lower_
        if doc[e + 2].text == "-" and nxt.removesuffix("s") in rules.rate_time_units:
            return f"{name} per {nxt.removesuffix('s')}", e + 4  # "a 52,000 barrel-a-day refinery"
    e = _past_substance(doc, e, hi, rules)
    if e + 2 < hi and doc[e].lower_ == "to" and doc[e + 1].lower_ == "the":
        sub = unit_after(doc, e + 2, min(hi, e + 5), rules)  # "28 miles to the gallon"
        if sub is not None and " per " not in sub[0] and _ratio_base(name, sub[0], rules):
            return f"{name} per {sub[0]}", sub[1]
    if e + 1 < hi and doc[e].lower_ in ("per", "/", "an", "a"):
        sub = unit_after(doc, e + 1, min(hi, e + 4), rules)
        if sub is not None and " per " not in sub[0]:
            return f"{name} per {sub[0]}", sub[1]
        nxt = doc[e + 1].lower_
        if nxt in rules.rate_time_units or nxt.rstrip("s") in rules.rate_time_units:
            return f"{name} per {nxt.rstrip('s') if nxt.endswith('s') else nxt}", e + 2
    return best


def _ratio_base(name: str, base: str, rules: Rules) -> bool:
    """Whether "to the" joins two units of a ratio, as of fuel economy or scale ("miles to
    the gallon", "km to the litre", "1 inch to the mile"); a time after it is an ordinal
    ("3 miles to the second gate"), and a place names no unit ("5 km to the lake")."""
    return name != base and not _is_time_unit(base, rules)


def _opens_quotation(doc: Doc, j: int) -> bool:
    """Whether token j is a straight quotation mark opening a quotation: glued to the word
    after it ('six "GPs"'), which a mark for inches or feet never is ('6" wide')."""
    tok = doc[j] if j < len(doc) else None
    if tok is None or tok.text not in ('"', "'") or tok.whitespace_ or j + 1 >= len(doc):
        return False
    return doc[j + 1].is_alpha


def _past_substance(doc: Doc, e: int, hi: int, rules: Rules) -> int:
    """Where a rate may start after a unit: past the substance it measures when a time base
    follows ("barrels of oil per day", "tonnes of CO2 a year"), else at ``e``."""
    if e + 3 >= hi or doc[e].lower_ != "of":
        return e
    k = e + 1
    while k < min(hi, e + 4) and doc[k].pos_ in ("NOUN", "PROPN", "ADJ"):
        k += 1
    if k == e + 1 or k + 1 >= hi or doc[k].lower_ not in ("per", "a", "an"):
        return e
    base = doc[k + 1].lower_
    return k if base.removesuffix("s") in rules.rate_time_units and base != "seconds" else e


def _lookup_unit(surface: str, rules: Rules, *, attached: bool) -> str | None:
    """The normalized name of a unit as written, from the one unit vocabulary."""
    return lookup_unit(surface, rules.unit_tables, attached=attached)


def _is_time_unit(word: str, rules: Rules) -> bool:
    w = word.lower().strip(".")
    return w in rules.time_units or w.rstrip("s") in rules.time_units


def bound_before(doc: Doc, i: int, lo: int, rules: Rules) -> tuple[str, int] | None:
    """Bound and first token of a qualifier phrase ending just before token i."""
    for n in range(rules.max_before, 0, -1):
        if i - n < lo:
            continue
        key = _lower_seq(doc, i - n, i)
        if key in rules.bounds_before:
            bound = rules.bounds_before[key]
            if key == ("some",) and i - 2 >= lo and doc[i - 2].lower_ in ("for", "in"):
                continue
            if key[0] == "as" and _compares(doc, i - n, lo):
                return None  # "twice as much as 40": a comparison, not a bound
            if key[0] in PREPOSITION_BOUNDS and _hyphened_modifier(doc, i):
                return None  # "a victory over 10-man Turkey": a preposition, not a bound
            if (
                n == 1
                and key[0] in PREPOSITION_BOUNDS
                and preposition_after_object(doc[i - 1], doc[i])
            ):
                return None  # "scattered 10 hits over 6 innings": when, not how many
            return bound, i - n
    # "just/only/barely" in front of a qualifier do not change it: "just under 296"
    return None


#: bounds that are also prepositions of place or contest ("over", "under")
PREPOSITION_BOUNDS = frozenset({"over", "under", "above", "below"})


def _hyphened_modifier(doc: Doc, i: int) -> bool:
    """Whether the number at token i opens a hyphened modifier ("10-man", "12-point"): a word
    before such a modifier is a preposition of its noun ("a win over 10-man Turkey"), for no
    bound stands before an adjective."""
    j = i + 1
    glued = doc[i].text[:1].isdigit() and not doc[i].whitespace_
    return glued and j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].is_alpha


def _compares(doc: Doc, k: int, lo: int) -> bool:
    """Whether a multiple stands before the "as ... as" starting at token k ("twice", "three
    times", "half")."""
    if k - 1 < lo:
        return False
    prev = doc[k - 1].lower_
    return prev in ("twice", "thrice", "half", "times") or prev.endswith("fold")


def bound_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """Bound and end token of a qualifier right after the quantity ("or more")."""
    for n in (3, 2, 1):
        if j + n > hi:
            continue
        key = _lower_seq(doc, j, j + n)
        if key in rules.bounds_after:
            if key == ("+",) and doc[j - 1].whitespace_:
                continue
            return rules.bounds_after[key], j + n
    return None


def rate_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """The base of a rate after token j ("per share", "a gallon", "-a-day") and its end token."""
    if j + 1 >= hi:
        return None
    w = doc[j].lower_
    k = j + 1
    if (
        w == "-"
        and j + 3 < hi
        and doc[j + 1].lower_ in ("a", "an", "per")
        and doc[j + 2].text == "-"
    ):
        w, k = doc[j + 1].lower_, j + 3  # "a 52,000 barrel-a-day refinery"
    if w not in ("per", "a", "an", "/"):
        return None
    base: tuple[str, int] | None = None
    un = unit_after(doc, k, hi, rules)
    short = rules.unit_tables.rate_times.get(doc[k].lower_) if w in ("per", "/") else None
    if un is not None and " per " not in un[0]:
        base = un
    elif short is not None and len(doc[k].text) > 1:
        base = short, k + 1  # "$15/hr", "$40 per wk"
    elif doc[k].lower_ in rules.rate_time_units or (
        doc[k].lower_.endswith("s") and doc[k].lower_[:-1] in rules.rate_time_units and w == "per"
    ):
        base = doc[k].lower_.removesuffix("s") if w == "per" else doc[k].lower_, k + 1
    elif doc[k].pos_ == "NOUN" and doc[k].is_alpha:
        # "a" takes a singular noun ending its phrase ("$3 a gallon", not "$5 a company spokesman")
        single = doc[k].tag_ == "NN" and (k + 1 >= hi or doc[k + 1].pos_ not in NOUN_POS)
        if w in ("per", "/") or single:
            base = doc[k].lemma_.lower(), k + 1
    if base is None or (base[1] < hi and doc[base[1]].lower_ in ("ago", "earlier", "later")):
        return None  # "$5 a year ago" is a date phrase, not a rate
    return base


def _is_code_or_sign(word: str) -> bool:
    return word in _SIGNS_AFTER or (word.isupper() and len(word) == 3)


def money_counted(
    doc: Doc, counted: str | None, unit: str | None, b: int, hi: int, rules: Rules
) -> tuple[str | None, int]:
    """What a money amount counts, and the end token after a rate ("$3 a gallon").

    The text's own currency words are kept ("10.5 million Australian dollars"); an amount
    written with a sign or code only counts the currency's name ("HK$5" -> "Hong Kong dollar")
    so that the record says it in words. A rate counts "<currency> per <base>" in singular,
    unit-like form ("dollar per barrel", "cent per share"), as measure rates are named
    ("mile per hour"); ``unit`` keeps the ISO code, so money still filters by currency.
    """
    sign = counted is not None and (_is_code_or_sign(counted) or counted in rules.currency_signs)
    if sign and unit is not None:
        counted = None  # a code or sign after the number ("110 JPY", "15 €") is not a name
    if counted is None and unit is not None:
        counted = currency_name(unit, rules)
    rate = rate_after(doc, b, hi, rules)
    end = rate[1] if rate is not None else b
    if rate is None:
        rate = _rate_past_brackets(doc, b, hi, rules)  # "9 billion shekels ($2.4 billion) a year"
    if rate is None or counted is None:
        return counted, b
    words = counted.split()
    # singular of the currency words: "cents" -> "cent", "Australian dollars" -> "Australian dollar"
    last = words[-1]
    if b > 0 and doc[b - 1].text == last and doc[b - 1].lemma_:
        last = doc[b - 1].lemma_
    return " ".join([*words[:-1], last]) + f" per {rate[0]}", end


def _rate_past_brackets(doc: Doc, b: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """The base of a rate written after an amount's conversion in brackets, which it shares
    with the amount: "9 billion shekels ($2.4 billion) a year", "£500 ($640) per month" (from
    the amount, token b is the opening bracket; from the conversion, the closing one)."""
    k = b
    if k < hi and doc[k].text == "(":
        aside = bracketed_aside(doc, k)
        if aside is None or aside[1] >= hi:
            return None
        k = aside[1]
    if k >= hi or doc[k].text != ")":
        return None
    return rate_after(doc, k + 1, hi, rules)


# ------------------------------------------------------------------ counted noun


def count_rate(doc: Doc, ca: int, cb: int, b: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """A count per something ("3,000 tests per day", "40 patients a week"): what is counted,
    named in singular as rates of money and measures are ("test per day"), and the end token."""
    rate = rate_after(doc, b, hi, rules)
    if rate is None or (doc[b].lower_ in ("a", "an") and rate[0] not in rules.rate_time_units):
        return None  # "5 people a spokesman said": only a time follows "a" in a count's rate
    head = doc[cb - 1]
    words = [*(t.text for t in doc[ca : cb - 1]), head.lemma_ if head.tag_ == "NNS" else head.text]
    return " ".join(words) + f" per {rate[0]}", rate[1]


def counted_after(doc: Doc, run_last: int, j: int, hi: int) -> tuple[int, int] | None:
    """Token span [a, b) of the noun phrase the number counts, starting at or after j."""
    if j < hi and not any(c.isalnum() for c in doc[j].text):
        return None  # a sign is no noun: "2 × 3 metres", "12.5 ± 0.3 kg"
    num = doc[run_last]
    head = num.head
    # the parse: the number modifies a noun to its right
    if (
        num.dep_ in COUNT_DEPS
        and head.pos_ in NOUN_POS
        and j <= head.i < min(hi, j + 6)
        and all(
            t.pos_ in NP_INNER_POS
            and (t.dep_ != "punct" or _glued_hyphen(t))
            or _joins_modifiers(t)
            for t in doc[j : head.i]
        )
    ):
        return j, _extend_compound(doc, head.i, hi) + 1
    # a quantmod chain ("2.2 billion users": 2.2 -> billion -> users)
    for t in doc[j : min(hi, j + 4)]:
        if t.pos_ not in NP_INNER_POS or t.dep_ == "punct":
            break
        if t.pos_ in NOUN_POS and t.i >= j and any(c.i <= run_last for c in t.lefts):
            return j, _extend_compound(doc, t.i, hi) + 1
    # "one of the best speakers", "millions of Americans"
    if j < hi and doc[j].lower_ == "of":
        k = j + 1
        while k < hi and doc[k].pos_ in ("DET", "PRON") and doc[k].dep_ in ("det", "poss"):
            k += 1
        a = k
        while k < hi and (
            doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "VERB")
            and (doc[k].pos_ != "VERB" or doc[k].tag_ in ("VBN", "VBG") and doc[k].dep_ == "amod")
            or _joins_modifiers(doc[k])
            or _glued_hyphen(doc[k])  # "hundreds of shovel-wielding volunteers"
            or doc[k].tag_ == "POS"
            and k > a  # "half of Donald Trump's supporters"
        ):
            last = k + 1 >= hi or (
                doc[k + 1].pos_ not in NOUN_POS
                and not _joins_modifiers(doc[k + 1])
                and not _glued_hyphen(doc[k + 1])
                and doc[k + 1].tag_ != "POS"
            )
            if doc[k].pos_ in NOUN_POS and last:
                return a, k + 1
            k += 1
        return None
    # a linear fallback when the parse attaches the number elsewhere
    k = j
    while k < min(hi, j + 4) and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and doc[k].dep_ != "punct":
        if doc[k].pos_ == "NOUN" and (k + 1 >= hi or doc[k + 1].pos_ != "NOUN"):
            if doc[k].tag_ == "NNS" or doc[k].head.i != run_last:
                return j, k + 1
            return None
        k += 1
    return None


def _joins_modifiers(t: Token) -> bool:
    """A conjunction between two modifiers of a later noun ("motel and hotel rooms")."""
    mod = t.head
    return (
        t.dep_ == "cc"
        and mod.dep_ in ("nmod", "compound", "amod")
        and mod.head.i > t.i
        and mod.head.pos_ in NOUN_POS
    )


def _glued_hyphen(t: Token) -> bool:
    """A hyphen inside a word ("first-team")."""
    return t.text == "-" and t.whitespace_ == "" and t.i > 0 and t.doc[t.i - 1].whitespace_ == ""


def _extend_compound(doc: Doc, h: int, hi: int) -> int:
    """Noun-noun compounds whose head is to the right ("lightning strikes")."""
    while h + 1 < hi and doc[h].dep_ == "compound" and doc[h].head.i == h + 1:
        h += 1
    return h


# ------------------------------------------------------------------ change


def _moves(verb: Token, rules: Rules) -> bool:
    """Whether a verb's particle "up"/"down" says where a number went ("went up", "closed down")."""
    lemma = verb.lemma_.lower()
    return lemma in rules.particle_verbs or lemma in rules.change_verbs


def _imperative(verb: Token) -> bool:
    """An instruction opening its sentence ("Add 2 cups of flour"): no change is stated."""
    return (
        verb.tag_ == "VB"
        and verb.i == verb.sent.start
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
    )


def _past_bound(doc: Doc, a: int, rules: Rules) -> int:
    """The first token after a bound that opens a quantity ("over $6 million": "$")."""
    for n in (3, 2, 1):
        if a + n < len(doc) and _lower_seq(doc, a, a + n) in rules.bounds_before:
            return a + n
    return a


def _raises_funds(doc: Doc, verb: Token, a: int, b: int, rules: Rules) -> bool:
    """ "raised $5 million", "raised 20 million euros": an amount of money as the object of
    "raise" is what was gathered ("raised prices by $5" and "raised rates 0.25 points" are
    changes)."""
    if verb.lemma_.lower() != "raise" or any(t.lower_ == "by" for t in doc[verb.i + 1 : a]):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "fees were raised $5": what was raised is the subject, a price
    first = doc[_past_bound(doc, a, rules)]
    if first.is_currency or first.lower_.rstrip(".") in rules.currency_symbols:
        return True
    if (m := _numeral(first)) and m.group("cur"):
        return True
    return any(is_money_word(t.text) and not _is_subunit(t, rules) for t in doc[first.i + 1 : b])


def _is_subunit(tok: Token, rules: Rules) -> bool:
    return tok.lower_.rstrip(".") in rules.subunits


def change_of(doc: Doc, a: int, b: int, head: Token, rules: Rules) -> str | None:
    """'up' / 'down' when the quantity in tokens [a, b) states a change."""
    # "up 9.4 per cent", "down 3%", "NASDAQ decrease by 1"
    k = a - 1
    while k >= 0 and doc[k].lower_ in _CHANGE_SKIP:
        k -= 1
    if k >= 0:
        w = doc[k]
        if w.lower_ in ("up", "down") and (w.pos_ in ("ADV", "ADP", "ADJ") or w.dep_ == "advmod"):
            if w.dep_ != "prt" or _moves(w.head, rules):
                return w.lower_
            return None  # a phrasal verb: "gave up 517 yards", "picked up 12 suspects"
        # "the lower 48 states": an adjective after a determiner describes, it tells no change
        attributive = w.pos_ == "ADJ" and k > 0 and doc[k - 1].pos_ == "DET"
        if w.pos_ in ("VERB", "NOUN", "AUX", "ADJ", "ADV") and doc[a - 1].lower_ != "to":
            if attributive:
                return None
            d = rules.change_verbs.get(w.lemma_.lower()) or rules.change_verbs.get(w.lower_)
            if d and _raises_funds(doc, w, a, b, rules):
                return None  # "the charity raised £20,000": money gathered, not a rise
            if d and w.pos_ != "NOUN" and not _imperative(w):
                return d
    # "0.68 percent lower", "5% higher"
    if b < len(doc) and doc[b].lower_ in ("lower", "higher"):
        return "down" if doc[b].lower_ == "lower" else "up"
    # the parse: the quantity is the extent of a change verb, or "by" it
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ == "by" and not (a > 0 and doc[a - 1].lower_ == "to"):
        # ("fell by a third to 400 tonnes": what follows "to" is the level reached)
        verb = gov.head
        lemma = verb.lemma_.lower()
        d = rules.change_verbs.get(lemma) or rules.change_nouns.get(lemma)
        if d:
            return d
    if head.dep_ == "pobj" and gov.lower_ == "of" and gov.head.pos_ == "NOUN":
        d = rules.change_nouns.get(gov.head.lemma_.lower())
        if d and gov.head.i < a:
            return d
    if head.dep_ in CHANGE_ARG_DEPS and gov.pos_ in ("VERB", "AUX") and gov.i < a:
        d = rules.change_verbs.get(gov.lemma_.lower())
        if d and not _imperative(gov) and not _raises_funds(doc, gov, a, b, rules):
            return d
    # "a 3 percent drop", "a 5% increase"
    if head.dep_ in ("nummod", "compound", "amod", "npadvmod", "nmod") and gov.i >= b:
        d = rules.change_nouns.get(gov.lemma_.lower())
        if d and gov.i - b <= 2:
            return d
    return None


# ------------------------------------------------------------------ exclusions


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < b and a < e for s, e in spans)


def _ent_of(doc: Doc, i: int) -> Span | None:
    """The entity covering token i, found from the IOB tags (no scan of doc.ents)."""
    if not doc[i].ent_iob_ or doc[i].ent_iob_ == "O":
        return None
    a = i
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    b = i + 1
    while b < len(doc) and doc[b].ent_iob_ == "I":
        b += 1
    return doc[a:b]


def _named_number(tok: Token) -> bool:
    """A number right after a capitalized name: "737" in "Boeing 737-800"."""
    return (
        tok.like_num
        and tok.i > 0
        and tok.doc[tok.i - 1].pos_ == "PROPN"
        and (tok.doc[tok.i - 1].text[:1].isupper())
    )


def _in_name(doc: Doc, run: Run, rules: Rules) -> bool:
    """Numbers that are part of a name: "Boeing 737", "Group of 20", "iPhone 11"."""
    first, last = doc[run.start], doc[run.end - 1]
    for t in doc[run.start : run.end]:
        if t.ent_type_ in rules.name_labels and t.ent_iob_:
            ent = _ent_of(doc, t.i)
            # an entity running across a paragraph break is a tagging error, not a name
            if (
                ent is not None
                and "\n" not in ent.text
                and any(
                    u.is_alpha and not is_number_word(u.lower_) and not (run.start <= u.i < run.end)
                    for u in ent
                )
            ):
                return True
    if first.i > 0:
        prev = doc[first.i - 1]
        if (
            not _GROUPED_RE.fullmatch(first.text)  # "KSh 50,000": grouped digits name nothing
            and prev.pos_ in ("PROPN", "NOUN")
            and any(c.isupper() for c in prev.text)
            and (prev.is_alpha or _AMP_NAME_RE.fullmatch(prev.text))
            and prev.whitespace_ in (" ", "")
            and prev.lower_ not in load_rules().currency_symbols
            and prev.lower_ not in load_rules().dollar_prefixes
            and prev.text not in load_rules().iso_codes
            and prev.text not in load_rules().currency_signs
        ):
            return True
        # "Group of 20", "Formula One"
        if prev.lower_ == "of" and first.i > 1 and doc[first.i - 2].pos_ == "PROPN":
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if nxt is None or nxt.pos_ not in NOUN_POS:
                return True
        if prev.text in ("-", "#", "No.", "no.", "No", "nr.") and prev.whitespace_ == "":
            code = doc[first.i - 2] if first.i > 1 else None
            # "F-16", "A380-800": a number hyphened to a word or a model code
            if (
                code is not None
                and code.whitespace_ == ""
                and (code.is_alpha or _MODEL_CODE_RE.fullmatch(code.text) or _named_number(code))
            ):
                return True
        if prev.text in ("#",):
            return True
    if last.i + 1 < len(doc):
        nxt = doc[last.i + 1]
        # "10-K", "5-Series": a number glued to a capitalized word by a hyphen
        if nxt.text == "-" and last.whitespace_ == "" and last.i + 2 < len(doc):
            after = doc[last.i + 2]
            if after.text[:1].isupper() and after.is_alpha and nxt.whitespace_ == "":
                return True
    return False


# ------------------------------------------------------------------ ages

#: modifiers written before a noun that are part of what it names ("Jane Doe", "British woman")
NOUN_MOD_DEPS = {"compound", "amod", "nmod", "flat"}
#: how a bare number relates to the verb whose complement it is ("she is 35", "turned 40")
AGE_COMPLEMENT_DEPS = {"attr", "acomp", "dobj", "npadvmod", "oprd"}


@dataclass(frozen=True)
class AgeContext:
    """What makes a bare number an age: the span's first token, who is that old, the bound."""

    start: int
    counted: str | None
    bound: str | None = None
    of_age_noun: bool = False  # predicated of an age noun ("life expectancy is 73")


def age_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """Unit and end token of an age written after a number at token j: "-year-old",
    " years old", "-month-olds"."""
    k = j + int(j < hi and doc[j].text == "-")
    if k >= hi or doc[k].lower_.removesuffix("s") not in rules.ages.units:
        return None
    unit = doc[k].lower_.removesuffix("s")
    k += 1
    k += int(k < hi and doc[k].text == "-")
    if k < hi and doc[k].lower_ in rules.ages.old_words:
        return unit, k + 1
    return None


def noun_phrase(doc: Doc, head: Token, first: int) -> str:
    """A noun with the compound and adjective modifiers written right before it, from token
    ``first`` on: "Jane Doe", "British striker"."""
    a = head.i
    while (
        a - 1 >= first and doc[a - 1].dep_ in NOUN_MOD_DEPS and a - 1 < doc[a - 1].head.i <= head.i
    ):
        a -= 1
    return doc[a : head.i + 1].text


def age_described(doc: Doc, old: Token, end: int, hi: int) -> str | None:
    """Whom an age phrase ending in ``old`` describes: "a 65-year-old man" (the noun after it),
    "Smith, 52 years old," (the name it is set off after), "the boy was six years old" (the
    subject)."""
    head = old.head
    if old.dep_ in ("acomp", "attr", "oprd") and head.pos_ in ("AUX", "VERB"):
        # "the boy was six years old": the subject, where a noun names it
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_ in ("WP", "WDT"):
            # "the victim, who was 19 years old": the noun the relative clause follows
            noun = head.head
            subj = noun if head.dep_ == "relcl" and noun.i < subj.i else None
        return noun_phrase(doc, subj, 0) if subj is not None and subj.pos_ in NOUN_POS else None
    if head.i == old.i or head.pos_ not in NOUN_POS:
        return None
    if end <= head.i < min(hi, end + 4):
        return noun_phrase(doc, head, end)
    if head.i < old.i and head.pos_ == "PROPN":
        return noun_phrase(doc, head, 0)
    return None


def age_by_context(doc: Doc, run: Run, a: int, lo: int, rules: Rules) -> AgeContext | None:
    """Whether a bare number (first token of its span ``a``) is an age by its context."""
    marked = _age_marker(doc, a, lo, rules)
    if marked is None and a < run.start and doc[a].lower_ in ("between", "from"):
        inner = _age_marker(doc, run.start, lo, rules)  # "between the ages of 17 and 20"
        marked = AgeContext(a, inner.counted) if inner is not None else None
    if marked is not None:
        return marked
    if not (0 < (run.value or 0) <= rules.ages.max) or run.suffix:
        return None
    if run.end - run.start != 1 or run.currency or run.sign:
        return None
    if not isinstance(run.value, int):
        # "life expectancy was 81.5": an average age may have decimals, a person's age not
        ctx = _predicated_age(doc, run, a, lo, rules)
        return ctx if ctx is not None and ctx.of_age_noun else None
    named = _apposed_name(doc, run, lo)
    if named is not None:
        return AgeContext(a, named)
    return (
        _predicated_age(doc, run, a, lo, rules)
        or _bounded_people_age(doc, run.start, lo, rules)
        or _life_event_age(doc, run, a, rules)
    )


#: a decade as ages are told: "30s", "mid-40s" (the word before may be "early", "mid", "late")
AGE_DECADE_RE = re.compile(
    r"(?:(?P<part>early|mid|late)-)?(?:(?P<n>[1-9]0)'?s|(?P<word>(?:twen|thir|for|fif|six|seven"
    r"|eigh|nine)ties))",
    re.I,
)


def is_age_decade(tok: Token) -> bool:
    """Whether a token is a decade of someone's age: it has a possessive ("in her 30s")."""
    return bool(AGE_DECADE_RE.fullmatch(tok.text)) and any(c.dep_ == "poss" for c in tok.children)


def decade_ages(doc: Doc, sent: Span, rules: Rules) -> list[Quantity]:
    """ "a woman in her early 30s": ages as the range of years of a decade."""
    out: list[Quantity] = []
    if "0s" not in sent.text and "0's" not in sent.text and "ties" not in sent.text.lower():
        return out
    for tok in sent:
        if not (tok.text[:1].isdigit() or "-" in tok.text or tok.lower_.endswith("ties")):
            continue
        m = AGE_DECADE_RE.fullmatch(tok.text)
        if m is None or not is_age_decade(tok):
            continue
        a, part = tok.i, (m.group("part") or "").lower()
        prev = doc[a - 1] if a > sent.start else None
        if not part and prev is not None and prev.lower_ in rules.ages.decade_parts:
            a, part = a - 1, prev.lower_
        lo_off, hi_off = rules.ages.decade_parts[part]
        n = int(m.group("n")) if m.group("n") else UNITS[m.group("word").lower()[:-3] + "y"]
        low, high = n + lo_off, n + hi_off
        run = Run(a, tok.i + 1, None, low, high, digits=True)
        prep = tok.head if tok.dep_ == "pobj" else None
        who = prep.head if prep is not None and prep.head.pos_ in NOUN_POS else None
        counted = noun_phrase(doc, who, sent.start) if who is not None else None
        q = _make(doc, a, tok.i + 1, run, "range", "year", counted, "age", None, low, high)
        out.append(q)
    return out


def _age_marker(doc: Doc, a: int, lo: int, rules: Rules) -> AgeContext | None:
    """ "aged 12", "ages 5 to 11", "over the age of 21": a marker word before the number."""
    k = a - 1
    if k >= lo and doc[k].lower_ == "of" and k - 1 >= lo:
        k -= 1  # "the age of 21"
        if doc[k].lower_ not in rules.ages.markers:
            return None
        if k - 1 >= lo and doc[k - 1].pos_ == "DET":
            k -= 1
    elif k < lo or doc[k].lower_ not in rules.ages.markers:
        return None
    marker = doc[k] if doc[k].lower_ in rules.ages.markers else doc[k + 1]
    head = marker.head
    counted = None
    if marker.pos_ == "VERB" and head.pos_ in NOUN_POS and head.i < marker.i:
        counted = noun_phrase(doc, head, lo)  # "children aged 12"
    bb = bound_before(doc, k, lo, rules)
    if bb is not None:
        return AgeContext(bb[1], counted, bb[0])
    return AgeContext(k, counted)


def _apposed_name(doc: Doc, run: Run, lo: int) -> str | None:
    """The name a bare number is set off after by commas, brackets or a dash: "Jane Doe, 44,
    said", "Jane Doe, 44 — a nurse"."""
    i, j = run.start, run.end
    if i - 3 >= lo and doc[i - 1].lower_ in ("both", "all", "each") and doc[i - 2].text == ",":
        i -= 1  # "Ann Lee and Bo Kim, both 14,": the age of each
    if (
        i - 2 < lo
        or j >= len(doc)
        or doc[i - 1].text not in (",", "(")
        or doc[j].text not in (",", ")", ";", "—", "–", "―", "--")
    ):
        return None
    name = doc[i - 2]
    apposed = doc[i].dep_ == "appos" and doc[i].head.i == name.i
    if name.ent_type_ == "PERSON" or (
        apposed and (name.pos_ == "PROPN" and name.text[:1].isupper() or name.tag_ == "NN")
    ):
        return noun_phrase(doc, name, lo)  # "Jane Doe, 44,", "her husband, 41,"
    return None


def _predicated_age(doc: Doc, run: Run, a: int, lo: int, rules: Rules) -> AgeContext | None:
    """ "she is 35", "he turned 40", "life expectancy is around 73": a number completing one of
    the age verbs whose subject is a person or an age."""
    num = doc[run.end - 1]
    verb = num.head
    if num.dep_ == "pobj" and verb.lower_ == "to" and _sets_an_age(verb.head, rules):
        return AgeContext(a, None)  # "the retirement age will rise to 67"
    bound_head = verb.dep_ in ("prep", "advmod")
    if num.dep_ == "pobj" and (verb.lower_,) in rules.bounds_before and bound_head:
        num, verb = verb, verb.head  # "is around 73" parsed as a preposition and its object
    if (
        num.dep_ not in AGE_COMPLEMENT_DEPS | {"prep", "advmod"}
        or verb.lemma_.lower() not in rules.ages.verbs
    ):
        verb = _age_verb_before(doc, num, a, lo, rules)
        if verb is None:
            return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.lemma_.lower() in rules.ages.subject_nouns:
        return AgeContext(a, None, of_age_noun=True)
    if subj.lower_ in rules.ages.person_pronouns:
        return AgeContext(a, None)
    if subj.ent_type_ == "PERSON" and subj.pos_ == "PROPN":
        return AgeContext(a, noun_phrase(doc, subj, lo))  # not "Turnout was 67" mis-tagged
    return None


def _age_verb_before(doc: Doc, num: Token, a: int, lo: int, rules: Rules) -> Token | None:
    """The age verb written right before a number the parser hung elsewhere: "life expectancy
    is around 73 raising ..." (the number parsed as punctuation of another clause)."""
    if a - 1 < lo or num.head.pos_ in NOUN_POS or num.head.i == a - 1:
        return None
    verb = doc[a - 1]
    if verb.lemma_.lower() in rules.ages.verbs and verb.pos_ in ("AUX", "VERB"):
        return verb
    return None


def _sets_an_age(verb: Token, rules: Rules) -> bool:
    """Whether a verb moves an age to a number: its subject or object is an age noun ("the
    pension age rises to 67", "raised the voting age to 16")."""
    args = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))
    return verb.pos_ in ("VERB", "AUX") and any(
        c.lemma_.lower() in rules.ages.subject_nouns for c in args
    )


def _bounded_people_age(doc: Doc, a: int, lo: int, rules: Rules) -> AgeContext | None:
    """ "children under 5", "men over 65": a bare number in a bound phrase qualifying people."""
    bb = bound_before(doc, a, lo, rules)
    if bb is None:
        return None
    # the word the bound phrase hangs on: "over" in "men over 65", "young" in "children as
    # young as 8"
    outward = [t.head for t in doc[bb[1] : a] if t.head.i < bb[1]]
    if len(outward) == 1 and outward[0].lower_ in rules.ages.people_nouns:
        return AgeContext(bb[1], noun_phrase(doc, outward[0], lo), bb[0])
    before = doc[bb[1] - 1] if bb[1] > lo else None
    if before is not None and before.lower_ in rules.ages.people_nouns and before.pos_ == "NOUN":
        return AgeContext(bb[1], noun_phrase(doc, before, lo), bb[0])  # misattached phrase
    return None


def _life_event_age(doc: Doc, run: Run, a: int, rules: Rules) -> AgeContext | None:
    """ "died at 83", "retired at 60": a bare number after "at" on a verb of a life's events."""
    num = doc[run.end - 1]
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "at":
        return None
    if prep.head.lemma_.lower() in rules.ages.life_event_verbs:
        return AgeContext(a, None)
    return _fronted_age(doc, prep, a, rules)


def _fronted_age(doc: Doc, prep: Token, a: int, rules: Rules) -> AgeContext | None:
    """ "At 93, she still works": "at" and a number set before a person's clause."""
    if not (prep.is_sent_start and prep.i + 2 < len(doc) and doc[prep.i + 2].text == ","):
        return None
    verb = prep.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i < prep.i:
        return None
    if subj.lower_ in rules.ages.person_pronouns and subj.lower_ != "who":
        return AgeContext(a, None)
    if subj.ent_type_ == "PERSON":
        return AgeContext(a, noun_phrase(doc, subj, prep.i + 3))
    return None


# ------------------------------------------------------------------ building quantities


def _text_span(doc: Doc, a: int, b: int) -> tuple[str, int, int]:
    while b - 1 > a and doc[b - 1].is_space:
        b -= 1  # a line break after the unit is no part of the quantity
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    # built from the tokens: doc_text(doc) would rebuild the whole text on every call
    text = "".join(t.text_with_ws for t in doc[a:b])[: end - start]
    last = doc[b - 1]
    if len(last.text) > 1 and last.text.endswith("-"):
        text, end = text[:-1], end - 1  # "287 miles- and", "four-, five-": a dangling hyphen
    elif len(last.text) > 1 and last.text.endswith(".") and _ends_sentence(last):
        text, end = text[:-1], end - 1  # "cost £4m.": the sentence's full stop on a unit
    return text, start, end


def _ends_sentence(tok: Token) -> bool:
    """Whether nothing but closing punctuation follows the token in its sentence."""
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and doc[k].is_punct and not doc[k].is_sent_start:
        k += 1
    return k >= len(doc) or doc[k].is_sent_start is True


def _attached(num: Token, noun: Token) -> bool:
    """Whether the parse links a number and a noun: one heads the other, or a number word
    between them does ("2.5 million years")."""
    return num.head.i == noun.i or noun.head.i == num.i or num.head.head.i == noun.i


def _head_of(doc: Doc, a: int, b: int) -> Token:
    """The token of [a, b) whose head lies outside it."""
    for t in doc[a:b]:
        if not (a <= t.head.i < b) or t.head.i == t.i:
            return t
    return doc[b - 1]


def _is_year_like(run: Run, doc: Doc) -> bool:
    t = doc[run.start]
    return run.end - run.start == 1 and bool(_YEAR_RE.match(t.text)) and not run.suffix


def _make(
    doc: Doc,
    a: int,
    b: int,
    run: Run,
    bound: str,
    unit: str | None,
    counted: str | None,
    kind: str,
    change: str | None,
    low: Number | None = None,
    high: Number | None = None,
) -> Quantity:
    text, start, end = _text_span(doc, a, b)
    value = run.value
    if value is None and bound == "exact":
        bound = "approximately"  # "a few hundred", "dozens"
    if bound == "range":
        value = None
    elif low is None and high is None:
        low, high = run.low, run.high
        if value is not None:
            if bound in ("more_than", "at_least"):
                high = None
            elif bound in ("less_than", "at_most"):
                low = None
            elif bound == "approximately":
                low = high = None
    return Quantity(
        id="",
        text=text,
        start=start,
        end=end,
        value=value,
        low=low,
        high=high,
        bound=bound,  # type: ignore[arg-type]
        unit=unit,
        counted=counted,
        kind=kind,  # type: ignore[arg-type]
        change=change,  # type: ignore[arg-type]
    )


def _score_pairs(doc: Doc, runs: list[Run], rules: Rules) -> list[tuple[Run, Run]]:
    """Pairs of numbers that are a score, not quantities: "2-0", "89-89" written with a
    hyphen, or "5 to 3" said of a contest or a ratio ("won, 5 to 3", "voted 51 to 49", "a 3
    to 1 margin")."""
    pairs = []
    hyphened: list[tuple[Run, Run]] = []
    for r1, r2 in zip(runs, runs[1:], strict=False):
        if not (r1.digits and r2.digits and r1.value is not None and r2.value is not None):
            continue
        if r2.start != r1.end + 1:
            continue
        joint = doc[r1.end]
        glued = not doc[r1.end - 1].whitespace_ and not joint.whitespace_
        hyphen = joint.text in ("-", "–") and glued
        if joint.text in ("-", "–"):
            hyphened.append((r1, r2))  # "6- 4" and "6 - 3" too, amid other set scores
        if r1.value < r2.value:
            continue
        after = doc[r2.end].lemma_.lower() if r2.end < len(doc) else ""
        contest = _said_of_a_contest(doc, r1.start, rules) or after in rules.contest_words
        if hyphen or (joint.lower_ == "to" and contest):
            pairs.append((r1, r2))
    return pairs + _set_scores(doc, hyphened, pairs)


def _set_scores(
    doc: Doc, hyphened: list[tuple[Run, Run]], scores: list[tuple[Run, Run]]
) -> list[tuple[Run, Run]]:
    """Hyphened pairs in a row, one of them falling ("6 - 4", a score: a range rises), are
    the scores of sets or periods ("6-7 (1-7) 6-3 6-4"): the rising ones too, not ranges."""
    chains: list[list[tuple[Run, Run]]] = []
    for pair in hyphened:
        if chains and all(t.text in "()" for t in doc[chains[-1][-1][1].end : pair[0].start]):
            chains[-1].append(pair)
        else:
            chains.append([pair])
    out = []
    for chain in chains:
        if len(chain) > 1 and any((a.value or 0) >= (b.value or 0) for a, b in chain):
            out += [pair for pair in chain if pair not in scores]
    return out


def _said_of_a_contest(doc: Doc, i: int, rules: Rules) -> bool:
    """Whether the verb or noun just before token i, or the word it hangs on, is one of a
    contest ("won, 5 to 3", "a vote of 7 to 2", "beat the Jets 24 to 17")."""
    if doc[i].head.lemma_.lower() in rules.contest_words:
        return True
    for tok in reversed(doc[max(0, i - 4) : i]):
        if tok.is_punct or tok.lower_ in ("by", "of", "a", "an", "the"):
            continue
        return tok.lemma_.lower() in rules.contest_words
    return False


def quantities_in_sentence(
    doc: Doc, sent: Span, blocked: list[tuple[int, int]], rules: Rules
) -> list[Quantity]:
    """The quantities of one sentence, skipping char spans in ``blocked`` (dates, names)."""
    lo, hi = sent.start, sent.end
    runs = find_runs(doc, lo, hi)
    out: list[Quantity] = []
    phone_spans = [
        (m.start() + sent.start_char, m.end() + sent.start_char)
        for m in _PHONE_RE.finditer(sent.text)
        if _looks_like_phone(m.group())
    ]
    scores = {r.start for pair in _score_pairs(doc, runs, rules) for r in pair}
    runs = [r for r in runs if r.start not in scores]
    used_until = lo
    k = 0
    while k < len(runs):
        run = runs[k]
        k += 1
        if run.start < used_until:
            continue
        ratio = _ratio(doc, run, runs[k], lo, hi, rules) if k < len(runs) else None
        if ratio is not None:
            out.append(ratio[0])
            used_until, k = ratio[1], k + 1
            continue
        q = _quantity_for_run(doc, sent, run, runs[k:], lo, hi, blocked, phone_spans, rules)
        if q is None:
            continue
        quantity, end_tok, consumed = q
        k += consumed
        used_until = end_tok
        if out and _is_conversion(sent.text, sent.start_char, out[-1], quantity):
            # "just under 296 hp (224 kW)": a conversion in brackets shares bound and change
            prev = out[-1]
            if quantity.bound == "exact" and prev.bound not in ("exact", "range"):
                quantity = _with_bound(quantity, prev.bound)
            if quantity.change is None:
                quantity.change = prev.change
        out.append(quantity)
    out = _share_scale_letter(_share_context(doc, out, rules))
    out = _share_list_unit(doc, _share_parallel_unit(doc, _share_change_unit(doc, out)))
    out = _share_currency_with_subunits(doc, _share_alternative_change(doc, out))
    return out + decade_ages(doc, sent, rules)


def _ratio(
    doc: Doc, run: Run, nxt: Run, lo: int, hi: int, rules: Rules
) -> tuple[Quantity, int] | None:
    """ "one in five adults", "3 out of 4 doctors": a share, as the fraction it names."""
    gap = [t.lower_ for t in doc[run.end : nxt.start]]
    if gap not in (["in"], ["out", "of"]):
        return None
    prep = doc[run.end]
    x, y = run.value, nxt.value
    if not run.start <= prep.head.i < run.end and prep.head.i != nxt.end - 1 and x != 1:
        return None  # "rose 5 in 6 markets": "in" belongs to the verb; "one in five" is a share
    if not (isinstance(x, int) and isinstance(y, int) and 0 < x < y <= 1000):
        return None
    if nxt.suffix or run.suffix or run.currency or nxt.currency:
        return None
    span = counted_after(doc, nxt.end - 1, nxt.end, hi)
    if nxt.end < hi and _is_time_unit(doc[nxt.end].text, rules):
        return None  # "5 in 10 minutes"
    a, bound = run.start, "exact"
    bb = bound_before(doc, a, lo, rules)
    if bb is not None:
        bound, a = bb
    b = span[1] if span is not None else nxt.end
    share = to_number(Decimal(x) / Decimal(y))  # as a spelled fraction reads ("a third")
    share_run = dataclasses.replace(run, value=share, low=share, high=share)
    counted = doc[span[0] : span[1]].text if span is not None else None
    return _make(doc, a, b, share_run, bound, None, counted, "count", None), b


def _share_context(doc: Doc, out: list[Quantity], rules: Rules) -> list[Quantity]:
    """Bare numbers that take their unit or change from a neighbouring quantity.

    "from about 14-18 mpg to 24": the level after "from X to" is in X's unit; "280 million of
    the 1.5 billion shekels": a part is in the whole's currency; "Ross were down 2.3%,
    Burlington by 2.6%": an elided change verb still governs "by".
    """
    text = doc_text(doc)
    for k, q in enumerate(out):
        bare = q.kind == "count" and q.unit is None and q.counted is None
        prev = out[k - 1] if k else None
        nxt = out[k + 1] if k + 1 < len(out) else None
        before = text[max(0, q.start - 6) : q.start].lower()
        if bare and prev is not None and prev.kind in ("money", "measure", "percent"):
            gap = text[prev.end : q.start].strip().lower()
            opened = text[max(0, prev.start - 5) : prev.start].lower().endswith("from ")
            if gap == "to" and (opened or prev.text.lower().startswith("from ")):
                out[k] = msgspec.structs.replace(
                    q, kind=prev.kind, unit=prev.unit, counted=prev.counted
                )
                continue
        if bare and nxt is not None and (nxt.kind != "count" or nxt.counted is not None):
            gap = text[q.end : nxt.start].strip().lower()
            opened = text[max(0, q.start - 5) : q.start].lower().endswith("from ")
            if gap == "to" and opened:
                # "slowed from 4.8 to 4.7 percent": the old level is in the new one's unit
                out[k] = _in_unit_of(q, nxt)
                continue
        if bare and prev is not None and _old_level_after(doc, prev, q):
            # "rose to 4.3 billion euros from 5.1 billion": the old level is in the new one's unit
            out[k] = _in_unit_of(q, prev)
            continue
        if bare and nxt is not None and (nxt.kind in ("money", "measure") or nxt.counted):
            gap = text[q.end : nxt.start].strip().lower()
            if gap in ("of", "of the", "of its", "of their"):
                out[k] = msgspec.structs.replace(
                    q, kind=nxt.kind, unit=nxt.unit, counted=nxt.counted
                )
                continue
        if prev is not None and before.endswith(" by "):
            out[k] = _after_elided_verb(doc, q, prev, bare)
    return out


#: "to" right before a new level: "fell to 1.2 million"
_TO_BEFORE_RE = re.compile(r"\bto\s+$", re.I)
#: words that may open the old level after the new one: "to 3.1% from 3.4", ", up from 298"
_FROM_RE = re.compile(r"(?:\b(?:up|down)\s+)?\bfrom\s+$", re.I)
#: what may not stand between a new level and its old one: another clause or sentence
_CLAUSE_BREAK_RE = re.compile(r"[.;:!?]\s|\b(?:while|but|whereas|and)\b")


def _old_level_after(doc: Doc, new: Quantity, q: Quantity) -> bool:
    """Whether ``q`` is the old level of a move whose new level ``new`` names the unit: "to X
    unit ... from Y", both the objects of prepositions of one verb ("fell to 1.2 million
    units from 1.5 million", "eased to 3.1 percent in May from 3.4 in April")."""
    if new.kind == "age" or not (new.unit or new.counted) or new.bound == "range":
        return False
    text = doc_text(doc)
    if not _TO_BEFORE_RE.search(text[max(0, new.start - 4) : new.start]):
        return False
    gap = text[new.end : q.start]
    m = _FROM_RE.search(gap)
    if m is None or _CLAUSE_BREAK_RE.search(gap[: m.start()]) or len(gap.split()) > 8:
        return False
    verb = _clause_verb(doc, q)
    if verb is None or verb != _clause_verb(doc, new):
        return False
    return _parallel(_in_unit_of(q, new), new)


def _after_elided_verb(doc: Doc, q: Quantity, prev: Quantity, bare: bool) -> Quantity:
    """ "Ross was down 2.3%, Burlington by 2.6%", "exports grew by 4 percent, imports by 3":
    the list item after a comma, with no verb of its own, is a change like the one before
    it, in its unit when it names none."""
    between = doc.char_span(prev.end, q.start, alignment_mode="expand")
    if between is None or "," not in between.text or any(t.pos_ == "VERB" for t in between):
        return q
    if q.change is None and prev.change:
        q = msgspec.structs.replace(q, change=prev.change)
    if bare and prev.kind != "age" and (prev.unit or prev.counted) and _parallel(q, prev):
        q = msgspec.structs.replace(q, kind=prev.kind, unit=prev.unit, counted=prev.counted)
    return q


#: what may stand between the items of a list of numbers
_LIST_GAPS = {",", "and", "or", ", and", ", or"}
#: what joins numbers that share the unit written last: the sides of a size, of one size with
#: each other ("3 x 4 m", "12 by 15 feet"; not "4 x 400 m"), and a value and its margin
#: ("12.5 ± 0.3 kg")
_SIZE_GAPS = {"x", "×", "by"}
_MARGIN_GAPS = {"±", "+/-", "+/−"}


def _share_change_unit(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """A bare level a change reached is in the change's unit or noun: "fell 500 points to
    58,000" (points), "dropped 10 degrees to 50" (degrees), "shed 156.65 points ... to end at
    20,553.16"; not a percentage's or money's ("rose 5% to 300", "rose 18 sen to 2.05")."""
    for k, q in enumerate(out):
        if not (q.kind == "count" and q.unit is None and q.counted is None) or q.change:
            continue
        slot = _pobj_slot(doc, q)
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if slot is None or span is None or span.root.head.lower_ not in ("to", "at"):
            continue
        for other in out:
            if other.change is None or other.kind not in ("count", "measure"):
                continue
            if not (other.unit or other.counted) or other.bound == "range":
                continue
            if other.unit in load_rules().difference_units:
                continue  # "down 11 bps at 93.94": a price, not basis points
            verb = _clause_verb(doc, other)
            if verb is not None and verb in (slot, slot.head):
                out[k] = msgspec.structs.replace(
                    q, kind=other.kind, unit=other.unit, counted=other.counted
                )
                break
    return out


def _clause_verb(doc: Doc, q: Quantity) -> Token | None:
    """The verb a quantity's phrase hangs on ("fell" in "fell 500 points"), within two steps."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return verb_above(span.root.head, 3) if span is not None else None


def _share_list_unit(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """Bare numbers listed before one with a unit or noun, of one size with it, are in that
    unit: "1.2 million, 1.5 million and 2 million visitors", "4, 6 or 8 cylinders"; so are
    the sides of a size ("3 x 4 m") and a value before its margin ("12.5 ± 0.3 kg")."""
    text = doc_text(doc)
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        bare = q.kind == "count" and q.unit is None and q.counted is None
        if not bare or q.bound == "range" or nxt.kind == "age" or not (nxt.unit or nxt.counted):
            continue
        gap = " ".join(text[q.end : nxt.start].split())
        size = gap.lower() in _SIZE_GAPS and _parallel(q, nxt) or gap in _MARGIN_GAPS
        if gap in _LIST_GAPS and _parallel(q, nxt) or size and nxt.kind == "measure":
            out[k] = msgspec.structs.replace(q, kind=nxt.kind, unit=nxt.unit, counted=nxt.counted)
    return out


#: what joins a change to the same change said another way: "rose $1.20, or 1.5%"
_ALTERNATIVE_GAPS = {", or", "or"}


def _share_alternative_change(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """A change said again another way is the same change: "rose $1.20, or 1.5%" (one in
    brackets is shared where the quantity is read)."""
    text = doc_text(doc)
    for k in range(1, len(out)):
        prev, q = out[k - 1], out[k]
        if prev.change is None or q.change is not None or q.kind == "age":
            continue
        if " ".join(text[prev.end : q.start].split()) in _ALTERNATIVE_GAPS:
            out[k] = msgspec.structs.replace(q, change=prev.change)
    return out


def _share_currency_with_subunits(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """Cents and pence are of the one currency their sentence names: "fell 4 cents to
    $12.35" (USD); with no currency or two, the unit stays unknown, and a conversion in
    brackets after a subunit's amount is in another currency ("470 pence ($7.43)")."""
    text = doc_text(doc)
    conversions = {
        k + 1
        for k, q in enumerate(out[:-1])
        if q.kind == "money" and q.unit is None and text[q.end : out[k + 1].start].strip() == "("
    }
    currencies = {
        q.unit for k, q in enumerate(out) if q.kind == "money" and q.unit and k not in conversions
    }
    if len(currencies) != 1:
        return out
    [code] = currencies
    return [
        msgspec.structs.replace(q, unit=code) if q.kind == "money" and q.unit is None else q
        for q in out
    ]


def _full_stop_between(doc: Doc, q: Quantity, other: Quantity) -> bool:
    """Whether a full stop and a capital stand between two quantities: a sentence break the
    parser missed ("at $1.1396 EUR=. The dollar index was up at 96.088" shares no unit)."""
    a, b = sorted((q, other), key=lambda x: x.start)
    return SENTENCE_BREAK_RE.search(doc_text(doc), a.end, b.start) is not None


#: a full stop, then a capital: where a sentence ends whatever the parser says
SENTENCE_BREAK_RE = re.compile(r"\.\s+[A-Z]")


def _pobj_slot(doc: Doc, q: Quantity) -> Token | None:
    """The head of the clause in which a quantity is the object of a preposition ("ended
    down 1% at 1,463.78 points": "ended"), else None: its verb, or a word coordinated with
    another clause's."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.pos_ != "ADP":
        return None
    verb = span.root.head.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "conj":
            return (
                verb  # a verb, or a head coordinated with one ("... but the Nasdaq decrease by 1")
            )
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _parallel(q: Quantity, other: Quantity) -> bool:
    """Whether two numbers are of one size (within a factor of ten), as parallel ones are."""
    a, b = q.value, other.value
    if a is None or b is None or a <= 0 or b <= 0:
        return False
    return max(a, b) / min(a, b) <= 10


def _share_parallel_unit(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """A bare number in a clause parallel to one with a unit takes that unit: "the DAX rose by
    2 percent but the Nasdaq fell by 1", "ended at 1,463.78 points, while the other ended at
    1,334.20": both the object of a preposition, each in its own clause, of one size."""
    for k, q in enumerate(out):
        if not (q.kind == "count" and q.unit is None and q.counted is None) or q.bound == "range":
            continue
        slot = _pobj_slot(doc, q)
        if slot is None:
            continue
        for other in sorted(out[:k] + out[k + 1 :], key=lambda o: abs(o.start - q.start)):
            if other.kind == "age" or not (other.unit or other.counted):
                continue
            theirs = _pobj_slot(doc, other)
            if theirs is None or theirs.i == slot.i:
                continue
            if _parallel(q, other) and not _full_stop_between(doc, q, other):
                out[k] = msgspec.structs.replace(
                    q, kind=other.kind, unit=other.unit, counted=other.counted
                )
                break
    return out


_GLUED_M_RE = re.compile(r"\d[mM]$")
_SCALE_M_RE = re.compile(r"\d[mM]\b")


def _share_scale_letter(out: list[Quantity]) -> list[Quantity]:
    """A glued "m" means what it meant earlier in the sentence: after "1.5m people", "up from
    1.2m" is 1.2 million too, not metres."""
    scaled: Quantity | None = None
    for k, q in enumerate(out):
        if _GLUED_M_RE.search(q.text) and q.unit == "metre" and scaled is not None:
            q = _rescale_quantity(q, SCALES["m"])
            out[k] = msgspec.structs.replace(
                q, kind=scaled.kind, unit=scaled.unit, counted=scaled.counted
            )
        elif q.kind != "measure" and _SCALE_M_RE.search(q.text):
            scaled = q  # "1.5m people", "£3.4m"
    return out


def _in_unit_of(q: Quantity, new: Quantity) -> Quantity:
    """The old level of "from 24.2 to 33 billion euros", in the unit and scale of the new one."""
    scale = next((SCALES[w] for w in new.text.lower().split() if w in SCALES and len(w) > 2), 1)
    base = new.value if new.value is not None else new.low
    if scale > 1 and q.value is not None and base is not None and "," not in q.text:
        if base / scale / 10 <= q.value <= base / scale * 10:
            q = _rescale_quantity(q, scale)
    return msgspec.structs.replace(q, kind=new.kind, unit=new.unit, counted=new.counted)


def _rescale_quantity(q: Quantity, mult: int) -> Quantity:
    s = _scaled(mult)
    return msgspec.structs.replace(q, value=s(q.value), low=s(q.low), high=s(q.high))


def _is_conversion(sent_text: str, offset: int, prev: Quantity, q: Quantity) -> bool:
    between = sent_text[prev.end - offset : q.start - offset].strip()
    return between in ("(", "/", "or") and q.kind == prev.kind or between == "("


def _with_bound(q: Quantity, bound: str) -> Quantity:
    """A copy of ``q`` with the bound (and its implied interval) of another quantity."""
    low = q.value if bound in ("more_than", "at_least") else None
    high = q.value if bound in ("less_than", "at_most") else None
    return msgspec.structs.replace(q, bound=bound, low=low, high=high)


def _looks_like_phone(s: str) -> bool:
    digits = sum(c.isdigit() for c in s)
    groups = re.split(r"[ .\-()+]+", s.strip("()+ "))
    if digits < 7 or "," in s:
        return False
    # a trunk prefix ("0800 5551112") or an exchange: "(020)", "+44", "555-123-4567"
    return "(" in s or s[:1] in "+0" or len([g for g in groups if g]) >= 3 or "-" in s


@dataclass
class _Draft:
    """A quantity being read around one run of number tokens: its token span [a, b) and the
    fields found so far. Each reading step below fills some of them, or rejects the run."""

    doc: Doc
    sent: Span
    lo: int
    hi: int
    rules: Rules
    run: Run
    a: int
    b: int
    last: Token
    suffix: str
    units_from: int  # where a unit after the number may start
    kind: str = "count"
    unit: str | None = None
    counted: str | None = None
    bound: str = "exact"
    bound_before: tuple[str, int] | None = None
    currency_before: tuple[str, int] | None = None
    low: Number | None = None
    high: Number | None = None
    moved: str | None = None
    consumed: int = 0
    date_spans: list[tuple[int, int]] = dataclasses.field(default_factory=list)  # no count inside

    @property
    def first(self) -> Token:
        return self.doc[self.run.start]


def _quantity_for_run(
    doc: Doc,
    sent: Span,
    run: Run,
    later: list[Run],
    lo: int,
    hi: int,
    blocked: list[tuple[int, int]],
    phones: list[tuple[int, int]],
    rules: Rules,
) -> tuple[Quantity, int, int] | None:
    """The quantity read around one run, its end token and how many later runs it used."""
    first, last = doc[run.start], doc[run.end - 1]
    if _overlaps(first.idx, last.idx + len(last.text), phones):
        return None
    if run.digits and re.fullmatch(r"0\d{3,}", first.text):  # ids and codes with a leading zero
        return None
    if run.suffix == "-":
        return _hanging_quantity(doc, run, hi, rules)
    d = _Draft(
        doc, sent, lo, hi, rules, run, run.start, run.end, last, run.suffix, run.end,
        date_spans=blocked,
    )  # fmt: skip
    steps: tuple[Callable[[_Draft], bool], ...] = (
        _read_glued_suffix,
        _read_currency_before,
        _read_bound_before,
        lambda d: _read_range(d, later),
        _read_after_number,
        _read_counted,
        _read_share_of,
        _read_age_context,
        _read_exchange_rate,
        _read_bound_after,
        _not_excluded,
    )
    if not all(step(d) for step in steps):
        return None
    _read_sign(d)
    change = change_of(doc, d.a, d.b, _head_of(doc, d.run.start, d.b), rules) or d.moved
    if change is None and d.run.sign == "+" and d.kind in ("percent", "money"):
        change = "up"
    q = _make(
        doc, d.a, d.b, d.run, d.bound, d.unit, d.counted, d.kind, change, d.low, d.high
    )  # fmt: skip
    return q, d.b, d.consumed


def _read_glued_suffix(d: _Draft) -> bool:
    """What is glued to the numeral: "5.5kWh", "1.38pc", "3.4m", "10.45pm" (no quantity)."""
    if not d.suffix:
        return True
    rules, s_low = d.rules, d.suffix.lower().rstrip(".")
    if s_low in rules.percent:
        d.kind, d.unit = "percent", "percent"
    elif s_low in rules.percentage_points:
        d.kind, d.unit = "percent", "percentage point"  # "0.5pp", "2ppt"
    elif _is_time_unit(s_low, rules) or s_low in ("am", "pm", "a.m", "p.m"):
        return False
    elif s_low == "p":
        d.kind, d.counted = "money", "pence"  # "118.5p": share prices as London quotes them
    elif s_low == "fold" or d.suffix.rstrip(".") in ("x", "X"):
        pass  # "threefold", "1.5x faster": a multiple, counted like a bare number
    elif d.suffix in ("K", "k") and _k_beside(d, rules.k_display_words):
        return False  # "4K video": a display standard's name
    elif d.suffix in ("K", "k") and _k_beside(d, rules.k_race_words):
        d.kind, d.unit = "measure", "kilometre"  # "a 5K race", "ran a 10K"
    elif d.suffix in ("M", "B", "K", "Bn", "BN", "Mn", "MN"):
        d.run = _rescale(d.run, SCALES[s_low])  # capital M is never metres
    elif s_low in ("m", "b", "k") or d.suffix.rstrip(".") == "T":
        return _read_scale_letter(d, s_low)
    else:
        return _read_glued_unit(d)
    return True


def _k_beside(d: _Draft, words: frozenset[str]) -> bool:
    """Whether the word after a number with a glued K, or a verb just before it, is one of
    ``words`` ("a 5K race", "ran a 10K", "4K video")."""
    doc = d.doc
    after = doc[d.b].lower_ if d.b < d.hi else ""
    before = [t.lower_ for t in doc[max(d.lo, d.a - 2) : d.a] if t.pos_ in ("VERB", "AUX")]
    return after in words or any(w in words for w in before)


def _read_scale_letter(d: _Draft, s_low: str) -> bool:
    """ "£3.4m", "$5bn", "$2.1T" and "1m people" are scales; "a 5m wall" is metres, "a 3T
    scanner" teslas."""
    doc, a, b, lo, hi, rules = d.doc, d.a, d.b, d.lo, d.hi, d.rules
    money = (
        d.run.currency or currency_before(doc, a, lo, rules) or currency_after(doc, b, hi, rules)
    )
    if s_low == "t" and not money:
        return _read_glued_unit(d)
    if money or s_low == "k" or _counts_people(doc, b, hi) or _unit_follows(doc, b, hi, rules):
        d.run = _rescale(d.run, SCALES["tn" if s_low == "t" else s_low])
    elif s_low == "m":
        d.kind, d.unit = "measure", "metre"
    else:
        return False
    return True


def _read_glued_unit(d: _Draft) -> bool:
    """A unit glued to the numeral ("5.5kWh", "100km/hr"); other letters are codes ("5G")."""
    doc, b, hi, rules, suffix = d.doc, d.b, d.hi, d.rules, d.suffix
    name = _lookup_unit(suffix.rstrip(".-"), rules, attached=True)
    if name is None:
        return False  # "5G", "4K", "B2B": codes, not quantities
    d.kind, d.unit = "measure", name
    if b + 1 < hi and doc[b].lower_ in ("/", "per") and doc[b - 1].whitespace_ == "":
        per = unit_after(doc, b + 1, hi, rules)  # "100km/hr"
        nxt = doc[b + 1].lower_
        if per is not None:
            d.unit, d.b = f"{name} per {per[0]}", per[1]
        elif nxt.rstrip("s") in rules.rate_time_units or nxt in ("h", "hr"):
            full = {"h": "hour", "hr": "hour"}.get(nxt, nxt.rstrip("s"))
            d.unit, d.b = f"{name} per {full}", b + 2
    return True


def _read_currency_before(d: _Draft) -> bool:
    """A currency sign or code before the number ("$", "US$", "£", "USD") or glued to it."""
    cur = currency_before(d.doc, d.a, d.lo, d.rules)
    d.currency_before = cur
    if d.run.currency and d.kind == "count":
        d.kind, d.unit = "money", d.run.currency
        if cur is not None and d.doc[d.a - 1].text == "$":
            d.a -= 1
        d.currency_before = None
    elif cur is not None and d.kind == "count":
        d.kind, d.unit = "money", cur[0]
        d.a = cur[1]
    return True


def _read_bound_before(d: _Draft) -> bool:
    """A qualifier before the number ("more than", "about", "~45", "sub-7")."""
    bb = bound_before(d.doc, d.a, d.lo, d.rules)
    if d.run.value is None:
        bb = None  # "a few hundred" is its own interval; an outer "at most" is not folded in
    d.bound_before = bb
    if bb is not None:
        d.bound, d.a = bb
    elif d.run.approx_prefix:
        d.bound = "approximately"
    elif d.run.below:
        d.bound = "less_than"
    return True


def _read_range(d: _Draft, later: list[Run]) -> bool:
    """A range closed by a later run: "10-20%", "between 5 and 10", "from 15 to 22 mph"."""
    doc, rules, run = d.doc, d.rules, d.run
    rng = _range_partner(doc, run, later, d.a, d.lo, rules)
    if rng is None:
        return True
    partner, nxt, opener = rng
    scale = _trailing_scale(doc, nxt)
    if scale > 1 and nxt.suffix and _letter_scales(d, nxt):
        nxt = _rescale(nxt, scale)  # "$5m and $10m", "£5-10m"
    if (
        scale > 1
        and _trailing_scale(doc, run) == 1
        and not run.suffix
        and _shares_scale(doc, run, nxt, scale, rules)
    ):
        run = d.run = _rescale(run, scale)  # "$89 to $93 billion", "5 to 10 million"
    d.low, d.high = run.low, nxt.high
    if nxt.value is not None and run.value is not None and nxt.value < run.value:
        d.low, d.high = nxt.low, run.high  # "from 208 pounds to 193": the interval
    if _negative(doc, run) or _negative(doc, nxt):
        d.low, d.high = _signed_interval(doc, run, nxt)  # "from -5C to 10C"
        run = d.run = dataclasses.replace(run, sign="")
    if opener is not None and doc[opener].lower_ == "from" and _moves_from(doc[opener], rules):
        # "jumped from 240 to 273": the interval moved through, and which way
        d.moved = "down" if d.high == run.high and d.low != d.high else "up"
    if not _read_range_unit(d, run, nxt):
        return False
    if opener is not None and d.bound_before is None:
        d.a = opener
    if d.bound == "approximately":  # "about 14-18 mpg": an approximate range
        d.run = dataclasses.replace(d.run, value=None)
    else:
        d.bound = "range"
    d.units_from = d.b = nxt.end + _repeated_unit(doc, run, nxt)
    tail = unit_after(doc, d.b, d.hi, rules) if d.kind == "measure" else None
    if tail is not None and tail[0] == d.unit:
        d.units_from = d.b = tail[1]  # "from 20 miles per gallon to 29 mpg"
    d.consumed = partner + 1
    d.last = doc[nxt.end - 1]
    return True


def _negative(doc: Doc, run: Run) -> bool:
    """Whether a run is written as a negative number: "-5C", "$-50.8bn", not "COVID-19"."""
    return run.sign == "-" and (doc[run.start].idx == 0 or bool(doc[run.start - 1].whitespace_))


def _signed_interval(doc: Doc, run: Run, nxt: Run) -> tuple[Number | None, Number | None]:
    """The interval between two ends of a range, each with its own sign."""
    ends = [
        -x if _negative(doc, r) else x for r in (run, nxt) for x in (r.low, r.high) if x is not None
    ]
    return (min(ends), max(ends)) if ends else (None, None)


def _read_range_unit(d: _Draft, run: Run, nxt: Run) -> bool:
    """The unit or currency a range writes at its second end or between its ends."""
    doc, rules = d.doc, d.rules
    if nxt.suffix and not d.suffix:
        d.suffix = nxt.suffix
        s_low = d.suffix.lower()
        name = _lookup_unit(d.suffix, rules, attached=True)
        if s_low in rules.percent:
            d.kind, d.unit = "percent", "percent"
        elif _is_time_unit(s_low, rules):
            return False
        elif name:
            d.kind, d.unit = "measure", name
    if nxt.currency and d.kind == "count":
        d.kind, d.unit = "money", nxt.currency
    gap_cur = [t for t in doc[run.end : nxt.start] if t.lower_ in rules.currency_symbols]
    if gap_cur and d.kind == "count":
        d.kind, d.unit = "money", rules.currency_symbols[gap_cur[0].lower_]
    gap_pct = _percent_after(doc, run.end, nxt.start, rules)
    if gap_pct is not None and d.kind == "count":
        d.kind, d.unit = "percent", gap_pct[1]
    gap_unit = unit_after(doc, run.end, nxt.start, rules) if run.end < nxt.start else None
    if gap_unit is not None and d.kind == "count" and not _money_pounds(doc, run.end, nxt.start):
        d.kind, d.unit = "measure", gap_unit[0]  # "from 208 pounds to 193", "21 mpg to 23"
    return True


def _past_fraction_article(d: _Draft, j: int) -> int:
    """Where the unit of a fraction starts: past "a" in "half a mile", "of a" in "a quarter
    of a tonne", when a unit follows there."""
    doc, hi = d.doc, d.hi
    if d.last.lower_ not in FRACTIONS or d.kind != "count":
        return j
    k = j + 1 if j < hi and doc[j].lower_ == "of" else j
    if k < hi and doc[k].lower_ in ("a", "an") and k + 1 < hi:
        nxt = doc[k + 1]
        if unit_after(doc, k + 1, hi, d.rules) or _percent_after(doc, k + 1, hi, d.rules):
            return k + 1
        if nxt.lower_ in ("point", "percentage"):
            return k + 1
    return j


def _read_after_number(d: _Draft) -> bool:
    """What follows the number: an age, percent, currency word, unit; a time unit rejects."""
    doc, j, hi, rules = d.doc, d.units_from, d.hi, d.rules
    j = d.units_from = _past_fraction_article(d, j)
    age = age_after(doc, j, hi, rules) if d.kind == "count" else None
    k = j + int(j < hi and doc[j].text == "-")
    length = d.kind == "count" and k < hi  # a count whose unit may make it an age
    child = apposed_age_length(doc, d.run.start, k + 1) if length else None
    of_age = predicated_age_length(doc, d.run.start, k + 1) if length else None
    if age is not None:
        d.kind, (d.unit, d.b) = "age", age  # "a 65-year-old man", "52 years old"
        d.counted = age_described(doc, doc[d.b - 1], d.b, hi)
    elif child is not None:
        # "Natalia Skaggs, 8-months,": an age given as a length after the name
        d.kind, d.unit, d.b = "age", doc[k].lower_.removesuffix("s"), k + 1
        d.counted = noun_phrase(doc, child, d.lo)
    elif of_age is not None:
        # "the median age of residents is 38.2 years": the age noun's value, in its unit
        d.kind, d.unit, d.b = "age", doc[k].lower_.removesuffix("s"), k + 1
    elif d.kind == "count" and j < hi:
        if not _read_word_after(d, j):
            return False
    elif d.kind == "money" and j < hi:
        # "$5 million dollars" repeats the currency; "$3 a gallon" is a rate
        ca = currency_after(doc, j, hi, rules)
        if ca is not None:
            d.b = ca[1]
    if d.kind == "money" and d.b < hi and doc[d.b].lower_ in ("sterling",):
        d.b += 1
    if d.kind == "money":
        counted = d.counted
        d.counted, d.b = money_counted(doc, counted, d.unit, d.b, hi, rules)
        if d.units_from > d.run.end and " per " not in (d.counted or ""):
            # "from $350 per kg to $680 per kg": the rate written after the first end
            d.counted = money_counted(doc, counted, d.unit, d.run.end, hi, rules)[0]
    return not (d.kind == "measure" and d.unit and _is_time_unit(d.unit, rules))


def _read_word_after(d: _Draft, j: int) -> bool:
    """A bare number's percent, currency, subunit, unit or hyphenated noun at token j."""
    doc, hi, rules = d.doc, d.hi, d.rules
    pw = _percent_after(doc, j, hi, rules)
    ca = currency_after(doc, j, hi, rules) if pw is None else None
    if pw is not None:
        d.kind, (d.b, d.unit) = "percent", pw
    elif ca is not None:
        e = ca[1] + 1 if ca[1] < hi and doc[ca[1]].lower_ in rules.subunits else ca[1]
        d.kind, d.unit, d.counted, d.b = "money", ca[0], doc[j:e].text.rstrip("="), e
    elif doc[j].lower_ in rules.subunits and not doc[j].lower_ == "p" or _is_pence(doc, j, hi):
        word = doc[j].text.rstrip(".")
        # a subunit's symbol counts it in words, as a currency's sign counts the currency
        d.kind, d.counted, d.b = "money", "pence" if word.lower() == "p" else word, j + 1
    elif _is_time_unit(doc[j].text, rules) and doc[j].lower_ not in ("s", "h", "st"):
        return False
    elif doc[j].text == "-" and j + 1 < hi and _is_time_unit(doc[j + 1].text, rules):
        return False  # "five-year", "10-day"
    elif doc[j].text == "-" and doc[j - 1].whitespace_ == "":
        _read_hyphenated(d, j)
    else:
        _read_unit_word(d, j)
    return True


def _read_hyphenated(d: _Draft, j: int) -> None:
    """ "a 6.1-inch display" (a unit), "a three-point shot" (what is counted)."""
    doc, hi = d.doc, d.hi
    glued_bound = d.rules.bounds_after.get((doc[j + 1].lower_,)) if j + 1 < hi else None
    if glued_bound is not None and doc[j].whitespace_ == "" and doc[j + 1].is_alpha:
        d.b = j + 2  # "10,000-plus fans", "50-odd rooms": the noun after still counts
        d.bound = glued_bound if d.bound == "exact" else d.bound
        return
    hyph = unit_after(doc, j + 1, hi, d.rules) or _height_after(doc, j + 1, hi, d.rules)
    if hyph is not None:
        d.kind, d.unit, d.b = "measure", hyph[0], hyph[1]
    elif j + 1 < hi and not doc[j].whitespace_ and (pc := _hyphened_percent(doc, j + 1, d.rules)):
        d.kind, d.unit, d.b = "percent", "percent", pc  # "a 5-percent rise", "a 10-per-cent cut"
    elif doc[j].whitespace_ == "" and j + 1 < hi and doc[j + 1].lower_ in d.rules.numbering_words:
        d.b = j + 2  # "a 5,000-strong crowd": the noun after counts
    elif doc[j].whitespace_ == "" and j + 1 < hi and doc[j + 1].is_alpha and doc[j + 1].is_lower:
        d.counted, d.b = doc[j + 1].text, j + 2  # "a three-point shot", "a 25-man squad"
    else:
        _read_unit_word(d, j)


_HEIGHT_RE = re.compile(r"(?P<unit>[a-z]+)-\d{1,2}")


def _height_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """A length and the smaller units after it in one token, as heights are written ("a
    6-foot-2 guard": the tokenizer keeps "foot-2" whole); the quantity is the larger unit's."""
    m = _HEIGHT_RE.fullmatch(doc[j].text) if j < hi else None
    name = _lookup_unit(m["unit"], rules, attached=False) if m else None
    return (name, j + 1) if name and is_length(name, rules.unit_tables) else None


def _hyphened_percent(doc: Doc, j: int, rules: Rules) -> int:
    """The end token of a percent word hyphened on at token j ("5-percent", "10-per-cent"),
    or 0."""
    compound = _hyphened_compound(doc, j)
    return j + 1 + 2 * compound.count("-") if compound in rules.percent else 0


def _read_unit_word(d: _Draft, j: int) -> None:
    """A unit written after the number, from the unit vocabulary."""
    doc, hi, rules = d.doc, d.hi, d.rules
    other = _unit_by_topic(d, j)
    if other is not None:
        d.kind, d.unit, d.b = "measure", other, j + 1  # "the capacitor stored 2.5 F": farad
        return
    priced = _priced_sign(doc, j, rules)
    if priced is not None:
        d.kind, d.unit, d.b = "money", priced, j + 1  # "cost me 150 kn": Croatian kuna
        d.counted = currency_name(priced, rules)
        return
    un = unit_after(doc, j, hi, rules)
    pounds = doc[j].lower_ in ("pounds", "pound")
    if un is not None and not (pounds and d.currency_before is None and _money_pounds(doc, j, hi)):
        d.kind, d.unit, d.b = "measure", un[0], un[1]
        return
    if pounds:
        d.kind, d.unit, d.counted, d.b = "money", "GBP", doc[j].text, j + 1
        return
    if _symbol_before_noun(doc, j, hi, rules):
        d.kind, d.unit, d.b = (
            "measure",
            rules.unit_tables.symbols[doc[j].text],
            j + 1,
        )  # "a 3 nm chip"
        return
    if _symbol_in_context(d, j):
        name = _lookup_unit(_symbol_text(doc[j]), rules, attached=True)
        d.kind, d.unit, d.b = "measure", name, j + 1  # "200 g of butter", "fell 50 bp."


def _unit_by_topic(d: _Draft, j: int) -> str | None:
    """The other unit a symbol names where its sentence speaks of that unit's topic: "F" is
    a farad beside a capacitor or a voltage ("the capacitor stored 2.5 F"), else Fahrenheit."""
    for unit, words in d.rules.topic_units.get(_symbol_text(d.doc[j]), {}).items():
        if any(t.lemma_.lower() in words for t in d.sent):
            return unit
    return None


def _priced_sign(doc: Doc, j: int, rules: Rules) -> str | None:
    """The currency of a sign that is also a unit's symbol ("kn" knots, "Ft" feet), where a
    word of paying governs the amount: "the ticket cost me 150 kn" (HRK), "paid 2000 Ft for"
    (HUF); "sailed at 12 kn" stays knots."""
    code = rules.priced_signs.get(doc[j].text)
    return code if code is not None and _paid(doc[j], rules) else None


def _paid(tok: Token, rules: Rules) -> bool:
    """Whether a word of paying governs an amount's unit word within two steps ("cost me 150
    kn", "bought it for 5,000 pounds")."""
    for _ in range(2):
        tok = tok.head
        if tok.lemma_.lower() in rules.paying_words:
            return True
    return False


def _symbol_text(tok: Token) -> str:
    """A token as a symbol: without the sentence's full stop the tokenizer keeps on a single
    letter ("weighs 5 g.", "holds 40 L." end their sentences)."""
    text = tok.text
    if len(text) == 2 and text[1] == "." and text[0].isalpha() and _ends_sentence(tok):
        return text[0]
    return text


def _symbol_in_context(d: _Draft, j: int) -> bool:
    """An ambiguous short symbol after digits that the words after it show to be a unit:
    "200 g of butter", "a wall 3 m high", "330 m tall", "rates fell 50 bp.", "3 to 4 L of
    wine" (not "5 m people", "50 BP stations")."""
    doc, hi, rules = d.doc, d.hi, d.rules
    if d.run.digits and j == d.units_from and doc[j].text in rules.symbols_before_extent:
        return _closing_extent(doc, j + 1, hi, rules) or _after_a_length(doc, d.run.start, rules)
    if not d.run.digits or _symbol_text(doc[j]) not in rules.symbols_in_context:
        return False
    if j != d.units_from:
        return False
    if j + 1 >= hi or doc[j + 1].is_punct and doc[j + 1].text not in ("-", "/"):
        return True
    nxt = doc[j + 1]
    return nxt.pos_ in ("ADP", "CCONJ") or nxt.lower_ in rules.extent_words


def _closing_extent(doc: Doc, k: int, hi: int, rules: Rules) -> bool:
    """Whether token k is an extent word closing its phrase ("2 in thick.", "6 in long and"),
    not one opening a noun phrase ("2 in high school", "3 in deep water")."""
    if k >= hi or doc[k].lower_ not in rules.extent_words:
        return False
    nxt = doc[k + 1] if k + 1 < hi else None
    return nxt is None or nxt.pos_ in ("CCONJ", "ADP") or nxt.is_punct and nxt.text != "-"


def _after_a_length(doc: Doc, i: int, rules: Rules) -> bool:
    """Whether token i follows a length's unit: the smaller unit of a height or a length
    ("6 ft 2 in", "5 feet 11 in")."""
    if i == 0:
        return False
    name = _lookup_unit(doc[i - 1].text, rules, attached=False)
    return name is not None and is_length(name, rules.unit_tables)


def _symbol_before_noun(doc: Doc, j: int, hi: int, rules: Rules) -> bool:
    """An ambiguous unit symbol at token j that modifies the noun after it ("3 nm process")."""
    sym = doc[j].text
    return (
        sym in rules.symbols_before_noun
        and sym in rules.unit_tables.symbols
        and j + 1 < hi
        and doc[j + 1].pos_ == "NOUN"
        and doc[j].head.i == j + 1
    )


def _date_apart(d: _Draft, span: tuple[int, int]) -> bool:
    """Whether the time noun after the number ends a date the number is no part of: "cut by
    a third last year" (a share, then when), not "three years" (a duration)."""
    doc, number = d.doc, d.last
    start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
    return any(s < end and start < e and not s <= number.idx < e for s, e in d.date_spans)


def _read_counted(d: _Draft) -> bool:
    """The noun phrase a bare count counts ("100,417 people"); rejects durations, numbers in
    product names ("787 Dreamliner") and lone pronoun-like number words ("the two met")."""
    if not (d.kind == "count" and d.counted is None):
        return True
    doc, run, last, rules = d.doc, d.run, d.last, d.rules
    span = counted_after(doc, last.i, max(d.b, d.units_from), d.hi)
    if span is not None and _is_time_unit(doc[span[1] - 1].text, rules):
        if _attached(last, doc[span[1] - 1]) and not _date_apart(d, span):
            return False  # durations belong to dates
        span = None  # "turn 40 next month": the time noun is not what the number counts
    if span is None:
        w = doc[run.start].lower_
        lone = w in UNITS and run.end - run.start == 1 and not run.digits
        d.counted = _elided_counted(doc, last, d.lo)
        if d.counted is None and lone:
            d.counted = _partitive_counted(doc, d.b, d.hi)  # "two of the five judges"
        # a lone small number word is a pronoun ("the two met") unless a bound makes it an
        # amount ("as young as five", "more than three")
        return (
            d.counted is not None
            or d.bound != "exact"
            or not (lone and (w in ("one", "zero") or (run.value or 0) < 10))
        )
    ca, cb = span
    head, first_counted = doc[cb - 1], doc[ca]
    if cb - ca == 1 and head.lemma_.lower() in rules.change_nouns and head.tag_ != "NNS":
        return (
            True  # "a twofold increase": the noun says the number is a change ("2 losses" counts)
        )
    # grouped digits are a count, not a model number: "63,150 Model 3s"
    # and spelled-out numbers are never model numbers: "four FA Cup finals"
    if (
        "," not in d.first.text
        and run.digits
        and first_counted.tag_ == "NNP"
        and first_counted.text[:1].isupper()
        and (first_counted.ent_type_ not in ("NORP",))
        and not (head.tag_ == "NNS" and head.is_lower)  # "14 Grand Slam titles" counts titles
    ):
        return False  # "11 Pro", "787 Dreamliner": a number inside a product name
    d.counted = doc[ca:cb].text
    d.b = max(d.b, cb)
    # a unit after modifiers: "517 rushing yards", "two US fluid ounces"; or after "of":
    # "millions of dollars", "hundreds of thousands of gallons"
    partitive = doc[run.end].lower_ == "of" and cb - ca == 1
    measured = _lookup_unit(head.text, rules, attached=False) if cb - ca > 1 or partitive else None
    money = currency_after(doc, ca, cb, rules) if partitive else None
    if money is not None:
        d.kind, d.unit = "money", money[0]
    elif measured is not None and head.lower_ not in ("pound", "pounds"):
        d.kind, d.unit = "measure", measured
    else:
        d.counted, d.b = count_rate(doc, ca, cb, d.b, d.hi, rules) or (d.counted, d.b)
    return True


def _read_share_of(d: _Draft) -> bool:
    """What a percentage is a share of: "40 percent of eligible voters" (counted "eligible
    voters"); the quantity's text stays the percentage."""
    if d.kind != "percent" or d.counted is not None or d.b >= d.hi:
        return True
    of = d.doc[d.b]
    if of.lower_ != "of":
        return True
    whole = next((c for c in of.children if c.dep_ == "pobj" and c.i < d.hi), None)
    if whole is not None and whole.pos_ in NOUN_POS and not whole.like_num:
        d.counted = noun_phrase(d.doc, whole, d.b + 1)
    return True


def _partitive_counted(doc: Doc, j: int, hi: int) -> str | None:
    """What a number counts that is a part of a counted whole after it: "two of the five
    judges", "3 of its 20 stores" (judges, stores)."""
    if j + 2 >= hi or doc[j].lower_ != "of":
        return None
    k = j + 1
    while k < hi and doc[k].pos_ in ("DET", "PRON") and doc[k].dep_ in ("det", "poss"):
        k += 1
    if k >= hi or not (doc[k].like_num and doc[k].pos_ == "NUM"):
        return None
    span = counted_after(doc, k, k + 1, hi)
    return doc[span[0] : span[1]].text if span is not None else None


def _partitive_before(verb: Token, num: Token, lo: int) -> Token | None:
    """The noun of an "of"/"among" phrase set before the clause whose subject the number is:
    "Of the 200 passengers, 12 were hurt" (passengers)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "among") and lo <= c.i < num.i:
            noun = next((g for g in c.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "NOUN":
                return noun
    return None


def _elided_counted(doc: Doc, num: Token, lo: int) -> str | None:
    """What a bare number that is a verb's subject counts: the whole set before its clause
    ("Of the 200 passengers, 12 were hurt"), or what the clause coordinated with it names
    for its own number ("three people died and two were hurt": two people)."""
    if num.dep_ not in ("nsubj", "nsubjpass") or num.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = num.head
    whole = _partitive_before(verb, num, lo)
    if whole is not None:
        return noun_phrase(doc, whole, lo)
    partners = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        partners.append(verb.head)
    for other in partners:
        subj = next((c for c in other.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.i < lo:
            continue
        if any(c.dep_ == "nummod" and c.like_num for c in subj.children):
            return noun_phrase(doc, subj, lo)
    return None


def _read_age_context(d: _Draft) -> bool:
    """A bare number that is an age by its context: "aged 12", "Jane Doe, 44,", "she is 35"."""
    if d.kind == "count" and d.counted is None and d.unit is None:
        ctx = age_by_context(d.doc, d.run, d.a, d.lo, d.rules)
        if ctx is not None:
            d.kind, d.unit, d.counted, d.a = "age", "year", ctx.counted, ctx.start
            d.bound = ctx.bound or d.bound
    return True


def _read_exchange_rate(d: _Draft) -> bool:
    """A bare number a currency moved to against another is a rate in the quote currency:
    "the dollar eased against the yen to 108.79" (yen), "the rupee weakened to 83.2 against
    the dollar" (rupees), "the euro rose versus the dollar to 1.12" (dollars)."""
    if d.kind != "count" or d.counted is not None or d.unit is not None or d.run.currency:
        return True
    num = d.doc[d.run.end - 1]
    if num.dep_ != "pobj" or num.head.lower_ not in ("to", "at"):
        return True
    verb = num.head.head
    against = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in d.rules.rate_prepositions),
        None,
    )
    other = next((c for c in against.children if c.dep_ == "pobj"), None) if against else None
    subj = _clause_subject(verb)
    if other is None or subj is None:
        return True
    pair = (_currency_named(d.doc, subj, d.rules), _currency_named(d.doc, other, d.rules))
    quote = _quote_currency(pair, d.rules)
    if quote is not None:
        base = pair[1] if quote == pair[0] else pair[0]
        d.kind, d.unit = "money", quote
        d.counted = f"{currency_name(quote, d.rules)} per {currency_name(base, d.rules)}"
    return True


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is coordinated with or hangs on as a participle
    ("the dollar rose ... and fell", "the dollar was mixed, easing")."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head == verb:
            return subj
        verb = verb.head
    return None


def _currency_named(doc: Doc, noun: Token, rules: Rules) -> str | None:
    """The ISO code of the currency a noun and its modifiers name: "the yen", "the Swiss
    franc", "the US dollar"."""
    a = noun.left_edge.i
    while a < noun.i and doc[a].pos_ == "DET":
        a += 1
    found = currency_after(doc, a, noun.i + 1, rules)
    return found[0] if found is not None and found[1] == noun.i + 1 else None


def _quote_currency(pair: tuple[str | None, str | None], rules: Rules) -> str | None:
    """Of two currencies, the one a rate between them is quoted in: the later in the markets'
    order of bases ("EUR", "GBP", ..., "USD", ..., "JPY"), an unlisted one after all those."""
    a, b = pair
    if a is None or b is None or a == b:
        return None
    order = {code: i for i, code in enumerate(rules.rate_bases)}
    rank_a, rank_b = order.get(a, len(order)), order.get(b, len(order))
    if rank_a == rank_b:
        return None
    return a if rank_a > rank_b else b


def _read_bound_after(d: _Draft) -> bool:
    """A qualifier after the quantity ("or more", "100+"); the noun after one that stands
    between the number and its noun is still what it counts ("500 or so staff")."""
    ba = bound_after(d.doc, d.b, d.hi, d.rules)
    if ba is not None and d.bound == "exact":
        d.bound, d.b = ba
        if d.kind == "count" and d.counted is None and d.unit is None:
            span = counted_after(d.doc, d.last.i, d.b, d.hi)
            if span is not None and not _is_time_unit(d.doc[span[1] - 1].text, d.rules):
                d.counted, d.b = d.doc[span[0] : span[1]].text, span[1]
    elif d.run.plus and d.bound == "exact":
        d.bound = "more_than"
    return True


def _not_excluded(d: _Draft) -> bool:
    return not _excluded(d)


def _hyphened_compound(doc: Doc, i: int) -> str:
    """The words hyphened to token i and to each other, lower-cased ("one-on-one")."""
    k = i
    while k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_:
        k += 2
    return "".join(t.text for t in doc[i : k + 1]).lower()


_TALLY_END_RE = re.compile(r"to-(\d+)")


def _hyphened_tally(doc: Doc, run: Run) -> bool:
    """ "ruled 5-to-4": a tally written with hyphens (the tokenizer leaves "to-4" whole)."""
    j = run.end
    if j + 1 >= len(doc) or doc[j].text != "-" or run.value is None:
        return False
    m = _TALLY_END_RE.fullmatch(doc[j + 1].text)
    return m is not None and run.value >= int(m[1])


def _excluded(d: _Draft) -> bool:
    """Bare counts that are dates, names, labels, years or pronoun-like "one"."""
    doc, run, rules, blocked = d.doc, d.run, d.rules, d.date_spans
    if run.sign == "-" and run.start > 0 and doc[run.start - 1].is_alpha:
        if any(c.isupper() for c in doc[run.start - 1].text):
            return True  # "COVID -19"
    if d.kind != "count":
        return False
    # a unit-bearing number is not a date: only bare counts give way to date spans, and the
    # extent of a change is a share ("fell by a quarter")
    if _overlaps(doc[run.start].idx, d.last.idx + len(d.last.text), blocked):
        share = d.counted is not None and not _is_time_unit(d.counted.split()[-1], rules)
        if not (d.last.lower_ in FRACTIONS and (_after_by(doc, run.start) or share)):
            return True  # "a quarter of the staff" is a share, "a quarter" alone a time
    if _in_name(doc, run, rules) or _is_label(doc, run, rules, d.counted):
        return True
    if d.counted is None and _listed_day(doc, run, rules):
        return True
    if d.counted is None and _rating_after_name(doc, run, d.sent.start):
        return True
    if _DECIMAL_COMMA_IN_RE.search(doc[run.start].text) and not _names_a_noun(d.counted):
        return True  # "won 3,2": a bare pair of figures; a decimal comma needs its unit
    if _hyphened_compound(doc, run.start) in rules.number_idioms or _hyphened_tally(doc, run):
        return True
    if _is_year_like(run, doc) and (d.counted is None or _prev_is_date_prep(doc, run.start)):
        return True
    if not run.digits and doc[run.start].ent_type_ in rules.name_labels:
        return True  # "Formula One", "Big Ten"
    # "the one", "one of them": a lone "one" is a pronoun ("one third" is a number)
    return doc[run.start].lower_ == "one" and run.end - run.start == 1 and d.counted is None


def _names_a_noun(counted: str | None) -> bool:
    return counted is not None and any(c.isalpha() for c in counted)


def _rating_after_name(doc: Doc, run: Run, lo: int) -> bool:
    """Whether a number out of ten follows a person's name and a colon that open the
    sentence: a player's rating ("Ander Herrera: 4 Started ...", "Saka: 8.5 - Ran the show";
    not "Attendance: 2,000")."""
    colon = run.start - 1
    if colon - 1 < lo or doc[colon].text != ":" or not 0 <= (run.value or -1) <= 10:
        return False
    return all(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in doc[lo:colon])


def _listed_day(doc: Doc, run: Run, rules: Rules) -> bool:
    """Whether a bare number is a day listed after a month's ("May 7, 8 and 9", "July 4-5")."""
    if not (run.digits and isinstance(run.value, int) and 1 <= run.value <= 31):
        return False
    head = _list_head(doc, run.start)
    month = doc[head - 1].text.rstrip(".") if head > 0 else ""
    return head < run.start and month in rules.month_words


def _read_sign(d: _Draft) -> None:
    """A negative number: "minus 387 Fahrenheit", "$-50.8bn", "-15C"."""
    doc, run, a, lo, rules = d.doc, d.run, d.a, d.lo, d.rules
    negative = run.sign == "-" and (doc[run.start].idx == 0 or doc[run.start - 1].whitespace_)
    negative = negative or (run.sign == "-" and d.currency_before is not None)
    if a - 1 >= lo and doc[a - 1].lower_ == "minus" and not _plus_or_minus(doc, a - 1, lo):
        negative, d.a = True, a - 1
        bb = bound_before(doc, d.a, lo, rules) if d.bound == "exact" else None
        if bb is not None:
            d.bound, d.a = bb  # "about minus 387 Fahrenheit"
    below = _past_zero(doc, d.b, d.hi) if d.unit in rules.temperature_units else None
    if below is not None:
        negative = negative != below[0]  # "5 degrees below zero" is -5, "-5C above zero" too
        d.b = below[1]
    if negative:
        d.run = _negate(run)
        low, high = d.low, d.high
        d.low, d.high = (-high if high is not None else None), (-low if low is not None else None)


def _past_zero(doc: Doc, b: int, hi: int) -> tuple[bool, int] | None:
    """A temperature's side of zero written after it, "below zero" (True) or "above zero",
    and the token after it."""
    if b + 1 < hi and doc[b + 1].lower_ == "zero" and doc[b].lower_ in ("below", "above"):
        return doc[b].lower_ == "below", b + 2
    return None


def _plus_or_minus(doc: Doc, minus: int, lo: int) -> bool:
    """Whether "minus" closes "plus or minus": a margin either way ("plus or minus 3 points"),
    not a negative number."""
    return minus - 2 >= lo and _lower_seq(doc, minus - 2, minus) == ("plus", "or")


def _hanging_quantity(
    doc: Doc, run: Run, hi: int, rules: Rules
) -> tuple[Quantity, int, int] | None:
    """ "four-" in "four-, five- and six-cylinder": the noun after the last hyphen is shared."""
    for k in range(run.end, min(hi - 1, run.end + 8)):
        t = doc[k]
        if t.text == "-" and t.whitespace_ == "" and doc[k + 1].is_alpha:
            prev = doc[k - 1]
            if not (_numeral(prev) or prev.lower_ in UNITS or _is_compound(prev.lower_)):
                return None
            noun = doc[k + 1]
            if _is_time_unit(noun.text, rules):
                return None  # "two- and three-year terms" are durations
            un = unit_after(doc, k + 1, hi, rules)
            if un is not None:
                q = _make(doc, run.start, run.end, run, "exact", un[0], None, "measure", None)
            else:
                q = _make(doc, run.start, run.end, run, "exact", None, noun.text, "count", None)
            return q, run.end, 0
        if t.is_alpha and t.lower_ not in ("and", "or", "to") and not is_number_word(t.lower_):
            return None
    return None


def _letter_scales(d: _Draft, nxt: Run) -> bool:
    """Whether the letter glued to a range's second number is a scale: in money, and in a
    count before a plural noun or written as a capital ("5-10m people", "5-10K"), not in a
    measure ("a 5m to 8m wall")."""
    if d.kind == "money":
        return True
    letter = nxt.suffix.rstrip(".")
    return d.kind == "count" and (letter.isupper() or _counts_people(d.doc, nxt.end, d.hi))


def _trailing_scale(doc: Doc, run: Run) -> int:
    """The multiplier word closing a run ("million" in "2.5 million"), else 1."""
    last = doc[run.end - 1].lower_
    if run.suffix:
        last = run.suffix.lower().rstrip(".")
    elif (m := _numeral(doc[run.end - 1])) is not None and m.group("suf"):
        last = m.group("suf").lower()
    if last in SCALES and (len(last) > 1 or run.suffix):
        return SCALES[last]
    return 1


def _shares_scale(doc: Doc, run: Run, nxt: Run, scale: int, rules: Rules) -> bool:
    """Whether the scale closing a range ("billion") also scales its first number.

    "$89 to $93 billion" and "from 10 to 8 million" share it; "$200 to $4 million" and
    "$750,000 to $1 million" do not: there the first number is larger than the second's
    digits, or is written in full.
    """
    if run.value is None or nxt.value is None:
        return True
    if "," in doc[run.start].text:
        return False
    base = _dec(nxt.value) / scale
    if _dec(run.value) <= base:
        return True
    gap_sign = any(t.lower_ in rules.currency_symbols for t in doc[run.end : nxt.start])
    return not gap_sign and run.value < 1000


def _negate(run: Run) -> Run:
    def n(x: Number | None) -> Number | None:
        return None if x is None else -x

    return dataclasses.replace(run, value=n(run.value), low=n(run.high), high=n(run.low))


#: what joins the numbers of a list or a range of labels ("4, 5, and 7", "1 through 7")
_LIST_JOINS = frozenset({",", "and", "or", "through", "to", "-", "–"})


def _list_head(doc: Doc, i: int) -> int:
    """The first number of a list of bare numbers that token i ends: "54, 56, 83 and 400"."""
    while True:
        k = i - 1
        while k >= i - 2 and k >= 0 and doc[k].lower_ in _LIST_JOINS:
            k -= 1
        if k == i - 1 or k < 0 or not doc[k].like_num:
            return i
        i = k


def _list_marker(doc: Doc, run: Run) -> bool:
    """Whether a bare number opens a line or follows a colon or semicolon, a full stop or bracket
    closes it and a capital follows: "1. Frankie Fredericks", "2) Reduce waste", "...; 4. Good
    team member" number the items of a list."""
    before = doc[run.start - 1].text if run.start > 0 else "\n"
    opens_item = "\n" in before or before in (";", ":")
    closer = doc[run.end].text if run.end < len(doc) else ""
    nxt = doc[run.end + 1] if run.end + 1 < len(doc) else None
    item = nxt is not None and nxt.text[:1].isupper()
    return opens_item and item and run.end - run.start == 1 and closer in (".", ")")


def _is_label(doc: Doc, run: Run, rules: Rules, counted: str | None = None) -> bool:
    """Numbers used as labels or addresses: "category 4", "Unit 3", "575 Wilbraham Road",
    "Route 9", "U.S. 54, 56 and 83"."""
    k = _list_head(doc, run.start) - 1 if counted is None else run.start - 1
    if k > 0 and doc[k].text == "." and doc[k - 1].whitespace_ == "" and len(doc[k - 1]) <= 4:
        k -= 1  # "ext. 6086": an abbreviation whose full stop the tokenizer split off
    if k >= 0 and (
        doc[k].lower_.rstrip(".") in rules.label_nouns
        or (doc[k].tag_ == "NNS" and doc[k].lemma_.lower() in rules.label_nouns)
    ):
        # "the top three seeds" counts seeds; "ranked top 10" is a rank
        return not (doc[k].lower_ == "top" and counted is not None)
    if k >= 0 and doc[k].text in rules.route_prefixes and counted is None and run.digits:
        return True
    if k >= 0 and run.digits and _names_an_index(doc[k], counted, rules):
        return True  # "the sp 500", "the ftse 100 index": the number names a market index
    if k >= 0 and counted is None and run.digits and _state_abbreviation(doc, k):
        return True  # "W.Va. 61", "S.C. 6": a state's highway
    if _list_marker(doc, run):
        return True  # "1. Frankie Fredericks": the number of an item in a list
    k = run.end
    if k + 1 < len(doc) and doc[k].lower_ == "block" and doc[k + 1].lower_ == "of":
        return True  # "the 3800 block of Silkwood Trail": an address
    if run.start > 0 and doc[run.start - 1].lemma_.lower() in ("call", "dial") and run.digits:
        return True  # "called 911", "dial 999": a phone number
    if doc[run.start].text in rules.emergency_numbers and k < len(doc):
        if doc[k].lower_ in rules.service_nouns:
            return True  # "a 911 caller", "the 999 call": the number dialled ("112 calls" counts)
    return address_follows(doc, k)


def _names_an_index(tok: Token, counted: str | None, rules: Rules) -> bool:
    """Whether a number after ``tok`` names a stock market index: "S&P 500", "the sp 500",
    "S&P/ASX 200", "the ftse 100 index" (not "the FTSE 100 points up": a count of points)."""
    if counted is not None and counted.split()[-1].lower() not in ("index", "indices", "indexes"):
        return False
    return any(part in rules.index_names for part in tok.lower_.split("/"))


def _state_abbreviation(doc: Doc, k: int) -> bool:
    """Whether token k is a US state's abbreviation with its full stop ("W.Va.", "Ga.", "S.C.";
    the tokenizer may split the stop off)."""
    text = doc[k].text
    if not doc[k].whitespace_ and k + 1 < len(doc) and doc[k + 1].text == ".":
        text += "."
    return text.endswith(".") and get_gazetteer().us_state(text) is not None


def _scaled(mult: int) -> Callable[[Number | None], Number | None]:
    """Multiply a number (None stays None) exactly, in decimal."""
    return lambda x: None if x is None else to_number(_dec(x) * mult)


def _rescale(run: Run, mult: int) -> Run:
    s = _scaled(mult)
    return dataclasses.replace(run, value=s(run.value), low=s(run.low), high=s(run.high), suffix="")


def _dec(x: Number) -> Decimal:
    return Decimal(str(x))


def _unit_follows(doc: Doc, j: int, hi: int, rules: Rules) -> bool:
    """ "1.2m bbl/d", "3bn tonnes": a unit after a glued letter makes the letter a scale."""
    return j < hi and doc[j - 1].whitespace_ != "" and unit_after(doc, j, hi, rules) is not None


def _counts_people(doc: Doc, j: int, hi: int) -> bool:
    """ "1m people": a scale letter before a plural noun is a multiplier, not metres."""
    return j < hi and doc[j].tag_ in ("NNS", "NNPS")


def _is_pence(doc: Doc, j: int, hi: int) -> bool:
    """ "68p", "1112 p,": a "p" after a number closing its phrase is pence (not "5 p.m.")."""
    if doc[j].lower_ not in ("p", "p."):
        return False
    if doc[j - 1].whitespace_ == "":
        return True
    return j + 1 >= hi or doc[j + 1].is_punct or doc[j + 1].pos_ in ("ADP", "CCONJ")


def _money_pounds(doc: Doc, j: int, hi: int) -> bool:
    """ "pounds" as money: after a spelled scale ("5 million pounds"), where a word of paying
    governs it ("paid 8,400 pounds for", "cost 65 pounds") or an amount of money follows in
    brackets ("2,300 pounds ($2,900)"); but a mass before "of" and a noun of no money ("7.5
    million pounds of thrust", not "2 million pounds of funding")."""
    rules = load_rules()
    prev = doc[j - 1].lower_
    nxt = doc[j + 1].lower_ if j + 1 < hi else ""
    if nxt == "of" and j + 2 < hi:
        words = rules.pounds_of_money_words
        return any(t.lower_ in words for t in doc[j + 2 : min(hi, j + 5)])
    if prev in ("million", "billion", "trillion", "thousand", "m", "bn") or nxt == "sterling":
        return True
    return _paid(doc[j], rules) or _money_in_brackets(doc, j + 1, hi, rules)


def _money_in_brackets(doc: Doc, k: int, hi: int, rules: Rules) -> bool:
    """Whether an amount of money in brackets opens at token k: the conversion of an amount
    just before it ("paid 10,925 pounds ($16,935)")."""
    if k + 1 >= hi or doc[k].text != "(":
        return False
    first = doc[k + 1]
    if first.is_currency or first.lower_.rstrip(".") in rules.currency_symbols:
        return True
    return bool((m := _numeral(first)) and m.group("cur"))


def _prev_is_date_prep(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_ in ("in", "since", "by", "until", "till", "from", "of")


def _percent_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[int, str] | None:
    """End token and unit of "percent" or "percentage points" written after token j."""
    for n in (3, 2, 1):
        if j + n <= hi:
            surface = " ".join(t.lower_ for t in doc[j : j + n])
            if surface in rules.percentage_points:
                return j + n, "percentage point"
            if surface in rules.percent and surface != "percentage":
                return j + n, "percent"
    return None


def _past_age_marker(doc: Doc, a: int, lo: int, rules: Rules) -> int:
    """Where a range's opener would stand before an age's marker: "between [the ages of] 17
    and 20", "from [age] 5 to 11"; else ``a`` itself."""
    k = a
    if k - 1 >= lo and doc[k - 1].lower_ == "of":
        k -= 1
    if k - 1 >= lo and doc[k - 1].lower_ in rules.ages.markers:
        k -= 1
        if k - 1 >= lo and doc[k - 1].pos_ == "DET":
            k -= 1
        return k
    return a


def _range_with(
    doc: Doc, run: Run, nxt: Run, a: int, lo: int, rules: Rules
) -> tuple[Run, int | None] | None:
    """The run closing a range opened by ``run``, and the opening word ("between", "from")."""
    if run.value is None or nxt.value is None or nxt.start - run.end > 10:
        return None
    if _opens_hyphen_range(doc, nxt):
        return None  # "from 24.2 to 33-35 billion": the second end is itself a range
    k = _past_age_marker(doc, a, lo, rules)
    opener = k - 1 if k - 1 >= lo and doc[k - 1].lower_ in ("between", "from") else None
    if opener is None and doc[a].lower_ == "between":
        opener = a
    opening = doc[opener].lower_ if opener is not None else ""
    if opener is None and a - 1 >= lo and doc[a - 1].lower_ == "by":
        opening = "by"
    # the unit or currency may repeat on both sides: "1 per cent to 1.5 per cent", "$62 and $68"
    gap = list(doc[run.end : nxt.start])
    if opening == "from":
        gap = _without_time_adjuncts(gap, rules)  # "from $36,040 last night to $34,935"
    if len(gap) > 5:
        return None
    conns = [k for k, t in enumerate(gap) if t.lower_ in _RANGE_CONNECTORS]
    if len(conns) != 1:
        return None
    pre, post = gap[: conns[0]], gap[conns[0] + 1 :]
    conn = gap[conns[0]].lower_
    if pre:
        after = doc[nxt.end : nxt.end + len(pre)]
        same = [t.lower_.strip("-.") for t in pre] == [t.lower_.strip("-.") for t in after]
        if not same and not (opening == "from" and not post and not nxt.suffix):
            return None
        if not same and _units_differ(doc, run, nxt, rules):
            return None  # "from 44 ml to 50 mg": two amounts, each in its own unit
    if post:
        cur = currency_before(doc, run.start, lo, rules)
        before = doc[max(cur[1] if cur else run.start, run.start - len(post)) : run.start]
        if cur is None or [t.lower_ for t in post] != [t.lower_ for t in before]:
            return None
    # "$5-$10" is one range (the first sign its own token), "$5-£10" none
    run_currency = run.currency or (currency_before(doc, run.start, lo, rules) or (None,))[0]
    if not post and (
        nxt.currency
        and nxt.currency != run_currency
        or run.currency
        and nxt.currency != run.currency
    ):
        return None
    if (
        run.suffix
        and nxt.suffix
        and run.suffix.lower().rstrip(".") != nxt.suffix.lower().rstrip(".")
    ):
        return None
    if run.suffix and not nxt.suffix and not pre:
        return None
    if _fraction_then_number(doc, run, nxt):
        return None  # "grew by a fifth to 1.2 million": a share, then a level
    if opening == "by" and (pre or post or conn == "to" and _level_after_by(doc, run, nxt)):
        # "increased by $43.6 billion to $419.2 billion", "grew by 1.5 million to 68 million",
        # "rose by 300 to 4,000": a change and a level ("cut by 5 to 10 percent" is a range)
        return None
    if (
        not opening
        and conn == "to"
        and (pre or post or run.suffix and nxt.suffix)
        and _change_then_level(doc, run, nxt, a, rules)
    ):
        return None
    hyphen = conn in ("-", "–", "—")
    if conn == "and" and opening != "between":
        return None
    if not (hyphen or conn in ("to", "through", "and")):
        return None
    if hyphen and not run.value < nxt.value:
        return None  # "2-0" is a score, "twenty - one" a misspelled number
    if not hyphen and conn != "and" and opening != "from" and not run.value < nxt.value:
        return None
    return nxt, opener


def _units_differ(doc: Doc, run: Run, nxt: Run, rules: Rules) -> bool:
    """Whether the two ends of a would-be range each carry a unit, and not the same one: the
    ends of a range share one unit ("from 208 pounds to 193" does, "from 44 ml to 50 mg" not)."""
    first = unit_after(doc, run.end, nxt.start, rules)
    second = unit_after(doc, nxt.end, min(len(doc), nxt.end + 4), rules)
    return first is not None and second is not None and first[0] != second[0]


def _level_after_by(doc: Doc, run: Run, nxt: Run) -> bool:
    """Whether "by X to Y" is a change and a level: X has a scale word, or Y is ten times X
    or more (a range's ends are of a size)."""
    if _trailing_scale(doc, run) > 1:
        return True
    return run.value is not None and nxt.value is not None and 0 < 10 * run.value <= nxt.value


def _fraction_then_number(doc: Doc, run: Run, nxt: Run) -> bool:
    """Whether a spelled fraction below one ("a fifth", "half") meets a number ten times or
    more its size: no range's ends are so unlike."""
    return (
        doc[run.end - 1].lower_ in FRACTIONS
        and run.value is not None
        and nxt.value is not None
        and run.value < 1
        and nxt.value >= 10
    )


def _change_then_level(doc: Doc, run: Run, nxt: Run, a: int, rules: Rules) -> bool:
    """ "rose 0.5% to 3.2%", "fell 6p to 240p": after a change verb, a unit written at both ends
    of "X to Y" with Y several times X is a change and the level it reached, not a range
    ("could climb 5% to 8%" stays one)."""
    if run.value is None or nxt.value is None or run.value <= 0 or nxt.value < 3 * run.value:
        return False
    k = a - 1
    while k >= 0 and doc[k].lower_ in _CHANGE_SKIP:
        k -= 1
    if k < 0:
        return False
    w = doc[k]
    return w.lower_ in ("up", "down") or (
        w.pos_ in ("VERB", "AUX") and w.lemma_.lower() in rules.change_verbs
    )


def _range_partner(
    doc: Doc, run: Run, later: list[Run], a: int, lo: int, rules: Rules
) -> tuple[int, Run, int | None] | None:
    """The run closing a range opened by ``run``: the next one, or one past numbers inside
    dates and times ("from $36,040 at 10.45pm to $34,935"); with its index and opener."""
    for k, r in enumerate(later[:3]):
        rng = _range_with(doc, run, r, a, lo, rules)
        if rng is not None:
            return k, *rng
        if doc[r.start].ent_type_ not in rules.date_labels:
            return None
    return None


def _opens_hyphen_range(doc: Doc, run: Run) -> bool:
    """Whether a hyphen and another number follow the run ("33-35")."""
    k = run.end
    return k + 1 < len(doc) and doc[k].text in ("-", "–") and _numeral(doc[k + 1]) is not None


def _without_time_adjuncts(toks: list[Token], rules: Rules) -> list[Token]:
    """Tokens without the dates and times in them, with the prepositions that open those:
    the gap of "from 20 mpg in 2008 to 29 mpg" is "mpg to"."""
    out: list[Token] = []
    for k, t in enumerate(toks):
        dated = t.ent_type_ in rules.date_labels
        opens = t.pos_ == "ADP" and k + 1 < len(toks) and toks[k + 1].ent_type_ in rules.date_labels
        if not (dated or opens):
            out.append(t)
    return out


def _repeated_unit(doc: Doc, run: Run, nxt: Run) -> int:
    """How many tokens after a range's second number repeat the unit written after its first.

    "1 per cent to 1.5 per cent": the range ends after the second "per cent".
    """
    gap = doc[run.end : nxt.start]
    conn = next((k for k, t in enumerate(gap) if t.lower_ in _RANGE_CONNECTORS), 0)
    pre = [t.lower_.strip("-.") for t in gap[:conn]]
    after = [t.lower_.strip("-.") for t in doc[nxt.end : nxt.end + len(pre)]]
    return len(pre) if pre and pre == after else 0


def _moves_from(prep: Token, rules: Rules) -> bool:
    """Whether "from" opens the old level of a change ("rose from", "a drop from")."""
    lemma = prep.head.lemma_.lower()
    if prep.head.pos_ in NOUN_POS:
        return lemma in rules.change_nouns
    return lemma in rules.change_verbs or lemma in _LEVEL_CHANGE_VERBS


def _datey(ent: Span, rules: Rules) -> bool:
    """Whether a DATE/TIME entity has anything of a date ("2483805 while" has not)."""
    for t in ent:
        w = t.lower_
        if w in rules.date_words or _is_time_unit(w, rules) or _YEAR_RE.match(t.text):
            return True
        if any(c in t.text for c in ":/") or re.fullmatch(r"\d{2,4}s|'\d\ds", t.text):
            return True
        if re.search(r"(?:year|month|week|day|hour|minute|decade)", w):
            return True
    return False


def blocked_spans(doc: Doc, rules: Rules) -> list[tuple[int, int]]:
    """Character spans numbers inside of which are not quantities: dates and times."""
    spans = [
        (e.start_char, e.end_char)
        for e in doc_ents(doc)
        if e.label_ in rules.date_labels and _datey(e, rules)
    ]
    for d in doc._.claimx_dates or []:
        spans.append((d.start, d.end))
    return spans


def _without_table_cells(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """Bare numbers in a row of figures are cells of a table whose columns the text does not
    name ("Lech Poznan 7 5 0 2 12 9 15"): no quantity can be read from them. Money, shares
    and measures in such rows stay."""
    rows = doc_table_rows(doc)
    if not rows:
        return found

    def cell(q: Quantity) -> bool:
        bare = q.kind == "count" and q.unit is None and q.counted is None
        return bare and any(s <= q.start and q.end <= e for s, e in rows)

    return [q for q in found if not cell(q)]


def find_quantities(doc: Doc, rules: Rules | None = None) -> list[Quantity]:
    """All quantities of a parsed Doc in order of appearance."""
    rules = rules or load_rules()
    blocked = blocked_spans(doc, rules)
    out: list[Quantity] = []
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    lowers = token_lowers(doc)
    for sent in sents:
        text = span_text(sent)
        low = text.lower()
        if (
            _DIGIT_RE.search(text) is None
            and "fold" not in low
            and "ties" not in low  # "in his twenties"
            and not any(is_number_word(w) for w in lowers[sent.start : sent.end])
        ):
            continue
        out.extend(quantities_in_sentence(doc, sent, blocked, rules))
    out = _without_table_cells(doc, out)
    out.sort(key=lambda q: (q.start, q.end))
    return out


class QuantitiesComponent:
    """Fill ``doc._.claimx_quantities`` with the quantities of the Doc."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.rules = load_rules()

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_quantities = find_quantities(doc, self.rules)
        return doc


@Language.factory(
    "claimx_quantities",
    default_config={},
    requires=["token.dep", "token.pos", "doc.ents"],
    assigns=["doc._.claimx_quantities"],
)
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """The claimx quantities component."""
    return QuantitiesComponent(nlp, name)
