"""Quantities: counts, money, percentages and measures with their bounds and changes.

Rules over the parsed Doc find number expressions (digits and words), read them with
``claimx.numbers``, and attach the qualifier before them ("more than", "about"), the
currency or unit around them, the noun they count (from the dependency parse) and
whether they state a change ("rose 5%"). quantulum3's unit table is only asked about units
the rule tables do not know. Dates, durations, times, ordinals and numbers inside
names are left to the other components.
"""

from __future__ import annotations

import dataclasses
import json
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files

import msgspec
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import claimx.extensions  # noqa: F401  (registers the Doc extensions)
from claimx.extensions import doc_text
from claimx.gazetteer import get_gazetteer
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
from claimx.patterns import address_follows
from claimx.records import Quantity

#: dependency labels through which a number modifies the noun it counts
COUNT_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod", "det", "appos"}
#: dependency labels that make a quantity the object/extent of a change verb
CHANGE_ARG_DEPS = {"dobj", "npadvmod", "advmod", "attr", "oprd", "obj", "nsubj", "acomp", "conj"}
NOUN_POS = {"NOUN", "PROPN"}
#: pieces of a noun phrase between a number and its head noun
NP_INNER_POS = {"ADJ", "NOUN", "PROPN", "VERB", "ADV", "NUM", "PUNCT", "PART"}

_NUMERAL_RE = re.compile(
    r"^(?P<sub>sub-)?(?P<cur>[A-Z]{1,3}\$?|Y=|[$£€¥₹])?(?P<sign>[+\-−]|minus-)?(?P<pre>[~≈]?)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<suf>[A-Za-z°ºµμ²³%″′][A-Za-z°ºµμ²³/.\-23]*)?(?P<plus>\+)?$"
)
_YEAR_RE = re.compile(r"^(1[0-9]|20|21)\d\d$")
_LONG_DIGITS_RE = re.compile(r"\d{41,}")
_PHONE_RE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){1,4}(?!\w|,\d)"
)
_SUFFIX_TOKEN_RE = re.compile(r"^[A-Za-z°ºµμ″′%][A-Za-z°ºµμ²³/.\-23]*$")
# words between a change word and its number: "rose by about 5%"
_CHANGE_SKIP = {"by", "about", "nearly", "almost", "around", "roughly", "some"}
_RANGE_CONNECTORS = {"to", "-", "–", "—", "through", "and"}
#: verbs whose "from X to Y" gives an old and a new level without saying which way
_LEVEL_CHANGE_VERBS = {"go", "move", "change", "shift"}
_HANGING_RE = re.compile(r"^(\d+(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)-$")
# names joined by an ampersand: "S&P 500", "AT&T"
_AMP_NAME_RE = re.compile(r"[A-Z][A-Za-z]*&[A-Z][A-Za-z]*")
_UNAMBIGUOUS_SCALE_ABBREVS = {"mn", "mln", "bn", "bln", "tn", "trn"}


# ------------------------------------------------------------------ rule assets


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
    units: dict[str, str]
    unit_symbols: dict[str, str]
    ambiguous_symbols: set[str]
    time_units: set[str]
    rate_time_units: set[str]
    change_verbs: dict[str, str]
    change_nouns: dict[str, str]
    particle_verbs: set[str]
    name_labels: set[str]
    date_labels: set[str]
    label_nouns: set[str]
    street_words: set[str]
    date_words: set[str]
    max_before: int = 4
    max_unit_words: int = 4


def _phrase_key(text: str) -> tuple[str, ...]:
    return tuple(text.lower().split())


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """Load and index the rule tables once."""
    data = json.loads(files("claimx.models").joinpath("quantities.json").read_text("utf-8"))
    units: dict[str, str] = {}
    for name, surfaces in data["units"].items():
        units[name.lower()] = name
        for s in surfaces:
            units[s.lower()] = name
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
        units=units,
        unit_symbols=data["unit_symbols"],
        ambiguous_symbols=set(data["ambiguous_symbols_need_attachment"]),
        time_units={w.lower() for w in data["time_units"]},
        rate_time_units=set(data["time_unit_words_for_rates"]),
        change_verbs=change_verbs,
        change_nouns=change_nouns,
        particle_verbs=set(data["change_particle_verbs"]),
        name_labels=set(data["name_labels"]),
        date_labels=set(data["date_labels"]),
        label_nouns=set(data["label_nouns"]),
        street_words=set(data["street_words"]),
        date_words=set(data["date_words"]),
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
            return i + 2 < len(doc) and doc[i + 2].lower_ == "of"  # "a third of"
        return nxt in ("hundred", "dozen", "few", "couple") or (nxt in SCALES and len(nxt) > 2)
    if w in FRACTIONS:
        return w in ("half", "quarter") and nxt in ("of", "a", "an")
    if w == "scores":
        return nxt == "of"  # "scores of people"; "test scores", "Scores were level"
    return _word_is_num(tok)


def _extends_run(doc: Doc, j: int, end: int) -> bool:
    """Whether token j continues the run ending before it (spelled-out parts)."""
    tok = doc[j]
    prev = doc[j - 1]
    w = tok.lower_
    if prev.whitespace_ == "" and w == "-" and j + 1 < len(doc):
        # "three-quarters", "twenty-five" split by the tokenizer
        return is_number_word(doc[j + 1].lower_) and not _numeral(prev)
    if w in ("and", "a", "an") and j + 1 < len(doc):
        nxt = doc[j + 1].lower_
        if w == "and":
            return (prev.lower_ in ("hundred", "thousand", "million", "billion")) and (
                nxt in UNITS or nxt == "a" or _is_compound(nxt)
            )
        return nxt in FRACTIONS or (nxt in SCALES and len(nxt) > 2) or nxt == "hundred"
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


def find_runs(doc: Doc, start: int, end: int) -> list[Run]:
    """Number expressions in tokens [start, end), each read as (value, low, high)."""
    runs: list[Run] = []
    i = start
    while i < end:
        hanging = _hanging_run(doc, i, end)
        if hanging is not None:
            runs.append(hanging)
            i += 1
            continue
        if not _starts_run(doc, i):
            i += 1
            continue
        j = i + 1
        if not _numeral(doc[i]):
            while j < end and _extends_run(doc, j, end):
                j += 1
        else:
            # digits take spelled scales only: "2.5 million", "100 thousand"
            while j < end and (
                doc[j].lower_ in ("hundred", "thousand", "million", "billion", "trillion")
                or doc[j].lower_ in _UNAMBIGUOUS_SCALE_ABBREVS
            ):
                j += 1
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
        run = _read_run(doc, i, j)
        if run is not None and glued:
            run.end = j + 1
            run.suffix = glued
            j += 1
        if run is not None:
            runs.append(run)
            i = j
        else:
            i += 1
    return runs


def _read_run(doc: Doc, i: int, j: int) -> Run | None:
    parts: list[str] = []
    suffix = ""
    currency: str | None = None
    sign = ""
    approx = plus = digits = below = False
    rules = load_rules()
    for k in range(i, j):
        m = _numeral(doc[k])
        if m:
            if m.group("cur"):
                # "USD10m", "RM23.50", "$" "A82,615,680"; other letters are names ("F16")
                cur = m.group("cur").lower()
                prev_dollar = k > 0 and doc[k - 1].text == "$" and doc[k - 1].whitespace_ == ""
                if prev_dollar and cur in rules.dollar_prefixes:
                    currency = rules.dollar_prefixes[cur]
                elif cur in rules.currency_symbols and (len(cur) > 1 or not cur.isalpha()):
                    currency = rules.currency_symbols[cur]
                elif m.group("cur") in rules.glued_currency_prefixes and not re.fullmatch(
                    r"\d", m.group("num")
                ):
                    currency = rules.glued_currency_prefixes[m.group("cur")]
                else:
                    return None
            if m.group("sign"):
                sign = "-" if m.group("sign") != "+" else "+"
            digits = True
            approx = approx or bool(m.group("pre"))
            below = below or bool(m.group("sub"))
            plus = plus or bool(m.group("plus"))
            parts.append(m.group("num"))
            suf = m.group("suf") or ""
            if suf and suf.lower() in SCALES and k == j - 1:
                parts.append(suf)
            elif suf:
                suffix = suf
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
    if w == "$" and i - 2 >= lo:
        prev = doc[i - 2].lower_
        ptxt = doc[i - 2].text
        glued = doc[i - 2].whitespace_ == ""
        if prev in rules.dollar_prefixes and ptxt.isupper() and (glued or len(ptxt) > 1):
            return rules.dollar_prefixes[prev], i - 2
    if w in rules.currency_symbols:
        if w.isalpha() and w.upper() != tok.text and w not in ("rs", "rs."):
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
}  # fmt: skip


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


def national_currency(doc: Doc, j: int, hi: int) -> tuple[str, int] | None:
    """A currency named by its country's adjective: "Kenyan shillings", "Danish crowns"."""
    if j + 1 >= hi or not doc[j].text[:1].isupper():
        return None
    place = get_gazetteer().demonym(doc[j].text)
    if place is None or place.kind != "country" or not place.country:
        return None
    word = doc[j + 1].lower_
    forms = _CURRENCY_WORD_FORMS.get(word) or (word, word.removesuffix("s"))
    table = _currencies_by_country()
    for form in forms:
        code = table.get((place.country, form))
        if code is not None:
            return code, j + 2
    return None


def currency_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """ISO code and end token of a currency word or code right after token j."""
    national = national_currency(doc, j, hi)
    if national is not None:
        return national
    for n in (3, 2, 1):
        if j + n > hi:
            continue
        key = _lower_seq(doc, j, j + n)
        if key in rules.currency_words:
            if n == 1 and key[0] in ("real", "won", "rand") and doc[j].pos_ != "NOUN":
                continue
            return rules.currency_words[key], j + n
    tok = doc[j] if j < hi else None
    if tok is not None and tok.text.isupper() and tok.lower_ in rules.currency_symbols:
        if tok.lower_.isalpha() and len(tok.text) == 3:
            return rules.currency_symbols[tok.lower_], j + 1
    return None


def unit_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """Normalized unit name and end token of a unit written after token j."""
    best: tuple[str, int] | None = None
    for n in range(min(rules.max_unit_words, hi - j), 0, -1):
        toks = doc[j : j + n]
        # join tokens as written: "km/h" arrives as "km" "/" "h"
        surface = "".join(t.text_with_ws for t in toks).strip()
        name = _lookup_unit(surface, rules, attached=False)
        if name is None and len(surface) > 2 and surface.endswith("-") and toks[-1].whitespace_:
            name = _lookup_unit(surface[:-1], rules, attached=False)  # "287 miles- and"
        if name is None and n > 1 and len(toks[-1].text) > 1 and toks[-1].text.endswith("."):
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
    if e + 1 < hi and doc[e].lower_ in ("per", "/", "an", "a"):
        sub = unit_after(doc, e + 1, min(hi, e + 4), rules)
        if sub is not None and " per " not in sub[0]:
            return f"{name} per {sub[0]}", sub[1]
        nxt = doc[e + 1].lower_
        if nxt in rules.rate_time_units or nxt.rstrip("s") in rules.rate_time_units:
            return f"{name} per {nxt.rstrip('s') if nxt.endswith('s') else nxt}", e + 2
    return best


def _lookup_unit(surface: str, rules: Rules, *, attached: bool) -> str | None:
    if surface in rules.unit_symbols and (attached or surface not in rules.ambiguous_symbols):
        return rules.unit_symbols[surface]
    low = surface.lower()
    if low in rules.units:
        if low in rules.ambiguous_symbols and not attached:
            return None
        return rules.units[low]
    return None


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
            return bound, i - n
    # "just/only/barely" in front of a qualifier do not change it: "just under 296"
    return None


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
    if un is not None and " per " not in un[0]:
        base = un
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
    if counted is not None and unit is not None and counted.isupper() and len(counted) == 3:
        counted = None  # a code after the number ("110 JPY") is not a name
    if counted is None and unit is not None:
        counted = rules.currency_names.get(unit)
    rate = rate_after(doc, b, hi, rules)
    if rate is None or counted is None:
        return counted, b
    words = counted.split()
    # singular of the currency words: "cents" -> "cent", "Australian dollars" -> "Australian dollar"
    last = words[-1]
    if b > 0 and doc[b - 1].text == last and doc[b - 1].lemma_:
        last = doc[b - 1].lemma_
    return " ".join([*words[:-1], last]) + f" per {rate[0]}", rate[1]


# ------------------------------------------------------------------ counted noun


def counted_after(doc: Doc, run_last: int, j: int, hi: int) -> tuple[int, int] | None:
    """Token span [a, b) of the noun phrase the number counts, starting at or after j."""
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
            or doc[k].tag_ == "POS"
            and k > a  # "half of Donald Trump's supporters"
        ):
            last = k + 1 >= hi or (
                doc[k + 1].pos_ not in NOUN_POS
                and not _joins_modifiers(doc[k + 1])
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
        if w.pos_ in ("VERB", "NOUN", "AUX", "ADJ", "ADV") and doc[a - 1].lower_ != "to":
            d = rules.change_verbs.get(w.lemma_.lower()) or rules.change_verbs.get(w.lower_)
            if d and w.pos_ != "NOUN":
                return d
    # "0.68 percent lower", "5% higher"
    if b < len(doc) and doc[b].lower_ in ("lower", "higher"):
        return "down" if doc[b].lower_ == "lower" else "up"
    # the parse: the quantity is the extent of a change verb, or "by" it
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ == "by":
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
        if d:
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
            prev.pos_ in ("PROPN", "NOUN")
            and any(c.isupper() for c in prev.text)
            and (prev.is_alpha or _AMP_NAME_RE.fullmatch(prev.text))
            and prev.whitespace_ in (" ", "")
            and prev.lower_ not in load_rules().currency_symbols
            and prev.lower_ not in load_rules().dollar_prefixes
        ):
            return True
        # "Group of 20", "Formula One"
        if prev.lower_ == "of" and first.i > 1 and doc[first.i - 2].pos_ == "PROPN":
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if nxt is None or nxt.pos_ not in NOUN_POS:
                return True
        if prev.text in ("-", "#", "No.", "no.", "No", "nr.") and prev.whitespace_ == "":
            if first.i > 1 and doc[first.i - 2].is_alpha and doc[first.i - 2].whitespace_ == "":
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


# ------------------------------------------------------------------ quantulum3 unit table


_NON_PHYSICAL = {"dimensionless", "currency", "time", "unknown"}


def quantulum_unit(sent: Span, num_start: int, word: str) -> tuple[str, int] | None:
    """A physical unit from quantulum3's unit table right after the number at ``num_start``.

    The table is looked up directly, longest run of words first: quantulum3's own parser
    finds the same units but compiles a very large regex on first use (0.7 s a process).
    """
    table = _quantulum_table()
    if word.lower() not in table and ("symbol", word) not in table:
        return None
    off = sent.start_char
    text = sent.text
    at = text.find(word, max(0, num_start - off))
    if at < 0:
        return None
    words = list(re.finditer(r"\S+", text[at : at + 80]))
    for n in range(min(4, len(words)), 0, -1):
        surface = " ".join(m.group() for m in words[:n]).lower().rstrip(".,;:")
        if n == 1 and surface in STOP_WORDS:
            continue  # "8 in the …" is no inch
        name = table.get(surface)
        if name is not None:
            end = at + words[n - 1].start() + len(words[n - 1].group().rstrip(".,;:"))
            return name, end + off
    name = table.get(("symbol", word)) if word.lower() not in STOP_WORDS else None
    return (name, at + len(word) + off) if name else None


@lru_cache(maxsize=1)
def _quantulum_table() -> dict[str | tuple[str, str], str]:
    """Surface (lower case) or ("symbol", symbol) → the first physical unit's name."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*[Cc]lassifier dependencies not installed.*")
        from quantulum3 import load

        units = load.units()
    table: dict[str | tuple[str, str], str] = {}
    for surface, found in units.surfaces_lower.items():
        physical = [u for u in found if u.entity.name not in _NON_PHYSICAL]
        if physical:
            table[surface] = physical[0].name
    for symbol, found in units.symbols.items():
        physical = [u for u in found if u.entity.name not in _NON_PHYSICAL]
        if physical:
            table[("symbol", symbol)] = physical[0].name
    return table


# ------------------------------------------------------------------ building quantities


def _text_span(doc: Doc, a: int, b: int) -> tuple[str, int, int]:
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    # built from the tokens: doc_text(doc) would rebuild the whole text on every call
    text = "".join(t.text_with_ws for t in doc[a:b])[: end - start]
    last = doc[b - 1]
    if len(last.text) > 1 and last.text.endswith("-"):
        text, end = text[:-1], end - 1  # "287 miles- and", "four-, five-": a dangling hyphen
    return text, start, end


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
    # "2-0", "89-89": scores are not quantities
    scores = set()
    for r1, r2 in zip(runs, runs[1:], strict=False):
        if (
            r2.start == r1.end + 1
            and doc[r1.end].text in ("-", "–")
            and doc[r1.end - 1].whitespace_ == ""
            and doc[r1.end].whitespace_ == ""
            and r1.value is not None
            and r2.value is not None
            and r1.value >= r2.value
            and r1.digits
            and r2.digits
        ):
            scores.update((r1.start, r2.start))
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
    return _share_context(doc, out, rules)


def _ratio(
    doc: Doc, run: Run, nxt: Run, lo: int, hi: int, rules: Rules
) -> tuple[Quantity, int] | None:
    """ "one in five adults", "3 out of 4 doctors": a share, as the fraction it names."""
    gap = [t.lower_ for t in doc[run.end : nxt.start]]
    if gap not in (["in"], ["out", "of"]):
        return None
    prep = doc[run.end]
    if not run.start <= prep.head.i < run.end and prep.head.i != nxt.end - 1:
        return None  # "rose 5 in 6 markets": "in" belongs to the verb
    x, y = run.value, nxt.value
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
    share = to_number(round(Decimal(x) / Decimal(y), 6))
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
        if bare and nxt is not None and nxt.kind in ("money", "measure"):
            gap = text[q.end : nxt.start].strip().lower()
            if gap in ("of", "of the", "of its", "of their"):
                out[k] = msgspec.structs.replace(
                    q, kind=nxt.kind, unit=nxt.unit, counted=nxt.counted
                )
                continue
        if q.change is None and prev is not None and prev.change and before.endswith(" by "):
            # only when nothing but a comma-separated list item lies between them
            between = doc.char_span(prev.end, q.start, alignment_mode="expand")
            if (
                between is not None
                and "," in between.text
                and not any(t.pos_ == "VERB" for t in between)
            ):
                out[k] = msgspec.structs.replace(q, change=prev.change)
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
    return "(" in s or s.startswith("+") or len([g for g in groups if g]) >= 3 or "-" in s


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
    first, last = doc[run.start], doc[run.end - 1]
    char_a, char_b = first.idx, last.idx + len(last.text)
    if _overlaps(char_a, char_b, phones):
        return None
    if run.digits and re.fullmatch(r"0\d{3,}", first.text):  # ids and codes with a leading zero
        return None
    if run.suffix == "-":
        return _hanging_quantity(doc, run, hi, rules)
    suffix = run.suffix
    a, b = run.start, run.end  # the quantity span, grown below
    unit: str | None = None
    kind = "count"
    counted: str | None = None
    consumed = 0
    # ---- what is glued to the numeral ("5.5kWh", "1.38pc", "3.4m", "10.45pm", "96th")
    if suffix:
        s_low = suffix.lower().rstrip(".")
        if s_low in rules.percent:
            kind, unit = "percent", "percent"
        elif s_low in rules.percentage_points:
            kind, unit = "percent", "percentage point"  # "0.5pp", "2ppt"
        elif _is_time_unit(s_low, rules) or s_low in ("am", "pm", "a.m", "p.m"):
            return None
        elif s_low == "p":
            kind, counted = "money", "p"  # "118.5p": pence, as share prices are quoted in London
        elif suffix in ("M", "B", "K", "Bn", "BN", "Mn", "MN"):
            run = _rescale(run, SCALES[s_low])  # capital M is never metres
        elif s_low in ("m", "b", "k"):
            # "£3.4m", "$5bn" are money scales; "a 5m wall" is metres
            money = (
                run.currency
                or currency_before(doc, a, lo, rules)
                or currency_after(doc, b, hi, rules)
            )
            if money or s_low == "k" or _counts_people(doc, b, hi):
                mult = SCALES[s_low]
                run = _rescale(run, mult)
            elif s_low == "m":
                kind, unit = "measure", "metre"
            else:
                return None
        else:
            name = _lookup_unit(suffix.rstrip(".-"), rules, attached=True)
            if name is None:
                qu = quantulum_unit(sent, first.idx, suffix) if len(suffix) > 1 else None
                if qu is None:
                    return None  # "5G", "4K", "B2B": codes, not quantities
                name = qu[0]
            kind, unit = "measure", name
            if b + 1 < hi and doc[b].lower_ in ("/", "per") and doc[b - 1].whitespace_ == "":
                # "100km/hr"
                per = unit_after(doc, b + 1, hi, rules)
                nxt = doc[b + 1].lower_
                if per is not None:
                    unit, b = f"{name} per {per[0]}", per[1]
                elif nxt.rstrip("s") in rules.rate_time_units or nxt in ("h", "hr"):
                    full = {"h": "hour", "hr": "hour"}.get(nxt, nxt.rstrip("s"))
                    unit, b = f"{name} per {full}", b + 2
    # ---- currency before ("$", "US$", "£", "USD")
    cur = currency_before(doc, a, lo, rules)
    if run.currency and kind == "count":
        kind, unit = "money", run.currency
        if cur is not None and doc[a - 1].text == "$":
            a = a - 1
        cur = None
    if cur is not None and kind == "count":
        kind, unit = "money", cur[0]
        a = cur[1]
    # ---- bound before
    bound = "exact"
    bb = bound_before(doc, a, lo, rules)
    if run.value is None:
        bb = None  # "a few hundred" is its own interval; an outer "at most" is not folded in
    if bb is not None:
        bound, a = bb
    elif run.approx_prefix:
        bound = "approximately"
    elif run.below:
        bound = "less_than"
    # ---- range: "10-20%", "between 5 and 10", "$62 and $68", "from 15 to 22 mph"
    low = high = None
    run_end_for_units = run.end
    if later:
        rng = _range_with(doc, run, later[0], a, lo, rules)
        if rng is not None:
            nxt, opener = rng
            scale = _trailing_scale(doc, nxt)
            if (
                scale > 1
                and _trailing_scale(doc, run) == 1
                and not run.suffix
                and _shares_scale(doc, run, nxt, scale, rules)
            ):
                run = _rescale(run, scale)  # "$89 to $93 billion", "5 to 10 million"
            low, high = run.low, nxt.high
            if nxt.value is not None and run.value is not None and nxt.value < run.value:
                low, high = nxt.low, run.high  # "from 208 pounds to 193": the interval
            if nxt.suffix and not suffix:
                suffix = nxt.suffix
                s_low = suffix.lower()
                name = _lookup_unit(suffix, rules, attached=True)
                if s_low in rules.percent:
                    kind, unit = "percent", "percent"
                elif _is_time_unit(s_low, rules):
                    return None
                elif name:
                    kind, unit = "measure", name
            if nxt.currency and kind == "count":
                kind, unit = "money", nxt.currency
            gap_cur = [t for t in doc[run.end : nxt.start] if t.lower_ in rules.currency_symbols]
            if gap_cur and kind == "count":
                kind, unit = "money", rules.currency_symbols[gap_cur[0].lower_]
            gap_pct = _percent_after(doc, run.end, nxt.start, rules)
            if gap_pct is not None and kind == "count":
                kind, unit = "percent", gap_pct[1]
            gap_unit = unit_after(doc, run.end, nxt.start, rules) if run.end < nxt.start else None
            if (
                gap_unit is not None
                and kind == "count"
                and not _money_pounds(doc, run.end, nxt.start)
            ):
                kind, unit = "measure", gap_unit[0]  # "from 208 pounds to 193", "21 mpg to 23"
            if opener is not None and bb is None:
                a = opener
            bound = "range"
            run_end_for_units = b = nxt.end + _repeated_unit(doc, run, nxt)
            consumed = 1
            last = doc[nxt.end - 1]
    # ---- after the number: percent, currency word, unit, time unit
    j = run_end_for_units
    if kind == "count" and j < hi:
        pw = _percent_after(doc, j, hi, rules)
        if pw is not None:
            kind, (b, unit) = "percent", pw
        else:
            ca = currency_after(doc, j, hi, rules)
            if ca is not None:
                kind, unit = "money", ca[0]
                counted = doc[j : ca[1]].text
                b = ca[1]
            elif (
                doc[j].lower_ in rules.subunits
                and not doc[j].lower_ == "p"
                or _is_pence(doc, j, hi)
            ):
                kind, counted, b = "money", doc[j].text.rstrip("."), j + 1
            elif _is_time_unit(doc[j].text, rules) and doc[j].lower_ not in ("s", "h", "st"):
                return None
            elif doc[j].text == "-" and j + 1 < hi and _is_time_unit(doc[j + 1].text, rules):
                return None  # "five-year", "10-day"
            elif (
                doc[j].text == "-"
                and doc[j - 1].whitespace_ == ""
                and (hyph := unit_after(doc, j + 1, hi, rules)) is not None
            ):
                kind, unit, b = "measure", hyph[0], hyph[1]  # "a 6.1-inch display"
            elif (
                doc[j].text == "-"
                and doc[j - 1].whitespace_ == ""
                and doc[j].whitespace_ == ""
                and j + 1 < hi
                and doc[j + 1].is_alpha
                and doc[j + 1].is_lower
            ):
                counted, b = doc[j + 1].text, j + 2  # "a three-point shot", "a 25-man squad"
            else:
                un = unit_after(doc, j, hi, rules)
                pounds = doc[j].lower_ in ("pounds", "pound")
                if un is not None and not (pounds and cur is None and _money_pounds(doc, j, hi)):
                    kind, unit, b = "measure", un[0], un[1]
                elif doc[j].lower_ in ("pounds", "pound"):
                    kind, unit, counted, b = "money", "GBP", doc[j].text, j + 1
                else:
                    w = doc[j]
                    # a noun modifying the next noun is what is counted ("36 league games")
                    modifier = w.dep_ in ("compound", "amod") and w.head.i > w.i
                    qu = (
                        quantulum_unit(sent, first.idx, w.text)
                        if w.is_alpha and len(w.text) > 1 and not modifier
                        else None
                    )
                    if qu is not None and qu[1] > doc[j].idx:
                        e = j
                        while e < hi and doc[e].idx < qu[1]:
                            e += 1
                        kind, unit, b = "measure", qu[0], e
    elif kind == "money" and j < hi:
        # "$5 million dollars" repeats the currency; "$3 a gallon" is a rate
        ca = currency_after(doc, j, hi, rules)
        if ca is not None:
            b = ca[1]
    if kind == "money" and b < hi and doc[b].lower_ in ("sterling",):
        b += 1
    if kind == "money":
        counted, b = money_counted(doc, counted, unit, b, hi, rules)
    if kind == "measure" and unit and _is_time_unit(unit, rules):
        return None
    # ---- what is counted
    if kind == "count" and counted is None:
        span = counted_after(doc, last.i, max(b, run_end_for_units), hi)
        if span is not None:
            ca, cb = span
            head = doc[cb - 1]
            if _is_time_unit(head.text, rules):
                return None  # durations belong to dates
            first_counted = doc[ca]
            # grouped digits are a count, not a model number: "63,150 Model 3s"
            # and spelled-out numbers are never model numbers: "four FA Cup finals"
            if (
                "," not in first.text
                and run.digits
                and first_counted.tag_ == "NNP"
                and first_counted.text[:1].isupper()
                and (first_counted.ent_type_ not in ("NORP",))
            ):
                return None  # "11 Pro", "787 Dreamliner": a number inside a product name
            counted = doc[ca:cb].text
            b = max(b, cb)
            # a unit after modifiers: "517 rushing yards", "two US fluid ounces"
            measured = _lookup_unit(head.text, rules, attached=False) if cb - ca > 1 else None
            if measured is not None and head.lower_ not in ("pound", "pounds"):
                kind, unit = "measure", measured
        elif doc[run.start].lower_ in UNITS and run.end - run.start == 1 and not run.digits:
            # a lone "one", "two": pronoun-like ("the two met", "each one")
            if doc[run.start].lower_ in ("one", "zero") or (run.value or 0) < 10:
                return None
    # ---- bound after ("or more", "100+")
    ba = bound_after(doc, b, hi, rules)
    if ba is not None and bound == "exact":
        bound, b = ba
    elif run.plus and bound == "exact":
        bound = "more_than"
    # ---- exclusions needing the whole span
    core_a, core_b = doc[run.start].idx, last.idx + len(last.text)
    # a unit-bearing number is not a date: only bare counts give way to date spans
    if kind == "count" and _overlaps(core_a, core_b, blocked):
        return None
    if kind == "count" and (_in_name(doc, run, rules) or _is_label(doc, run, rules, counted)):
        return None
    if kind == "count" and _is_year_like(run, doc):
        if counted is None or _prev_is_date_prep(doc, run.start):
            return None
    if not run.digits and kind == "count" and doc[run.start].ent_type_ in rules.name_labels:
        return None  # "Formula One", "Big Ten"
    if kind == "count" and counted is None and _is_apposed_age(doc, run):
        return None
    if run.sign == "-" and run.start > 0 and doc[run.start - 1].is_alpha:
        if any(c.isupper() for c in doc[run.start - 1].text):
            return None  # "COVID -19"
    if doc[run.start].lower_ in ("one",) and kind == "count" and counted is None:
        return None
    # ---- sign: "minus 387 Fahrenheit", "$-50.8bn", "Dow +0.2%"
    negative = run.sign == "-" and (doc[run.start].idx == 0 or doc[run.start - 1].whitespace_)
    negative = negative or (run.sign == "-" and cur is not None)
    if a - 1 >= lo and doc[a - 1].lower_ == "minus":
        negative, a = True, a - 1
        bb = bound_before(doc, a, lo, rules) if bound == "exact" else None
        if bb is not None:
            bound, a = bb  # "about minus 387 Fahrenheit"
    if negative:
        run = _negate(run)
        low, high = (-high if high is not None else None), (-low if low is not None else None)
    change = change_of(doc, a, b, _head_of(doc, run.start, b), rules)
    if change is None and run.sign == "+" and kind in ("percent", "money"):
        change = "up"
    q = _make(doc, a, b, run, bound, unit, counted, kind, change, low, high)
    return q, b, consumed


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


def _is_apposed_age(doc: Doc, run: Run) -> bool:
    """ "Senard, 65, said": a bare number set off by commas after a person is an age."""
    if run.start < 2 or run.end >= len(doc):
        return False
    return (
        doc[run.start - 1].text == ","
        and doc[run.end].text == ","
        and doc[run.start - 2].ent_type_ == "PERSON"
    )


def _trailing_scale(doc: Doc, run: Run) -> int:
    """The multiplier word closing a run ("million" in "2.5 million"), else 1."""
    last = doc[run.end - 1].lower_
    if run.suffix:
        last = run.suffix.lower()
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


def _is_label(doc: Doc, run: Run, rules: Rules, counted: str | None = None) -> bool:
    """Numbers used as labels or addresses: "category 4", "Unit 3", "575 Wilbraham Road"."""
    k = run.start - 1
    if k > 0 and doc[k].text == "." and doc[k - 1].whitespace_ == "" and len(doc[k - 1]) <= 3:
        k -= 1  # "ext. 6086": an abbreviation whose full stop the tokenizer split off
    if k >= 0 and doc[k].lower_.rstrip(".") in rules.label_nouns:
        # "the top three seeds" counts seeds; "ranked top 10" is a rank
        return not (doc[k].lower_ == "top" and counted is not None)
    k = run.end
    if k + 1 < len(doc) and doc[k].lower_ == "block" and doc[k + 1].lower_ == "of":
        return True  # "the 3800 block of Silkwood Trail": an address
    if run.start > 0 and doc[run.start - 1].lemma_.lower() in ("call", "dial") and run.digits:
        return True  # "called 911", "dial 999": a phone number
    return address_follows(doc, k)


def _scaled(mult: int) -> Callable[[Number | None], Number | None]:
    """Multiply a number (None stays None) exactly, in decimal."""
    return lambda x: None if x is None else to_number(_dec(x) * mult)


def _rescale(run: Run, mult: int) -> Run:
    s = _scaled(mult)
    return dataclasses.replace(run, value=s(run.value), low=s(run.low), high=s(run.high), suffix="")


def _dec(x: Number) -> Decimal:
    return Decimal(str(x))


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
    """ "pounds" as money: after a spelled scale ("5 million pounds"), not before "of"."""
    prev = doc[j - 1].lower_
    nxt = doc[j + 1].lower_ if j + 1 < hi else ""
    return prev in ("million", "billion", "trillion", "thousand", "m", "bn") or nxt in ("sterling",)


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


def _range_with(
    doc: Doc, run: Run, nxt: Run, a: int, lo: int, rules: Rules
) -> tuple[Run, int | None] | None:
    """The run closing a range opened by ``run``, and the opening word ("between", "from")."""
    if run.value is None or nxt.value is None or nxt.start - run.end > 5:
        return None
    opener = a - 1 if a - 1 >= lo and doc[a - 1].lower_ in ("between", "from") else None
    if opener is None and doc[a].lower_ == "between":
        opener = a
    opening = doc[opener].lower_ if opener is not None else ""
    if opener is None and a - 1 >= lo and doc[a - 1].lower_ == "by":
        opening = "by"
    # the unit or currency may repeat on both sides: "1 per cent to 1.5 per cent", "$62 and $68"
    gap = list(doc[run.end : nxt.start])
    conns = [k for k, t in enumerate(gap) if t.lower_ in _RANGE_CONNECTORS]
    if len(conns) != 1:
        return None
    pre, post = gap[: conns[0]], gap[conns[0] + 1 :]
    conn = gap[conns[0]].lower_
    changes = opener is not None and opening == "from" and _moves_from(doc[opener], rules)
    if changes and conn == "to":
        return None  # "jumped from 240 to 273": two levels, not an interval
    if pre:
        after = doc[nxt.end : nxt.end + len(pre)]
        same = [t.lower_.strip("-.") for t in pre] == [t.lower_.strip("-.") for t in after]
        if not same and not (opening == "from" and not post and not nxt.suffix):
            return None
    if post:
        cur = currency_before(doc, run.start, lo, rules)
        before = doc[max(cur[1] if cur else run.start, run.start - len(post)) : run.start]
        if cur is None or [t.lower_ for t in post] != [t.lower_ for t in before]:
            return None
    if (nxt.currency or run.currency) and nxt.currency != run.currency and not post:
        return None
    if run.suffix and nxt.suffix and run.suffix.lower() != nxt.suffix.lower():
        return None
    if run.suffix and not nxt.suffix and not pre:
        return None
    if opening == "by" and (pre or post):
        return None  # "increased by $43.6 billion to $419.2 billion": a change and a level
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
        for e in doc.ents
        if e.label_ in rules.date_labels and _datey(e, rules)
    ]
    for d in doc._.claimx_dates or []:
        spans.append((d.start, d.end))
    return spans


def find_quantities(doc: Doc, rules: Rules | None = None) -> list[Quantity]:
    """All quantities of a parsed Doc in order of appearance."""
    rules = rules or load_rules()
    blocked = blocked_spans(doc, rules)
    out: list[Quantity] = []
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sents:
        if not any(c.isdigit() for c in sent.text) and not any(
            is_number_word(t.lower_) for t in sent
        ):
            continue
        out.extend(quantities_in_sentence(doc, sent, blocked, rules))
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
