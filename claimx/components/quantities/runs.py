"""Runs of number tokens: where a number expression starts and ends ("2.5 million",
"twenty-five", "3 1/2", "10^6", "two-fold") and the value it reads as."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from spacy.tokens import Doc, Token

from claimx.components.quantities.assets import (
    CHANGE_SKIP,
    LOWER_GLUED_RE,
    NUMERAL_RE,
    load_rules,
    numeral,
)
from claimx.components.quantities.context import unit_after, unit_named
from claimx.extensions import token_lowers, token_texts
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

#: fractions written after a whole number: "2 1/2", "2½"
_MIXED_FRACTION_RE = re.compile(r"^([1-7])/([2348])$")

_VULGAR_FRACTIONS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8)}

_LONG_DIGITS_RE = re.compile(r"\d{41,}")

_SUFFIX_TOKEN_RE = re.compile(r"^[A-Za-z°ºµμ″′%][A-Za-z°ºµμ²³/.\-23]*$")

_FOLD_RE = re.compile(r"^(\d+(?:\.\d+)?|[A-Za-z]+)-?fold$", re.I)

_HANGING_RE = re.compile(r"^(\d+(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?)-$")

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

#: glued letters that are a scale or a unit by context: "£5m", "5m people", "$5k" / "a 5m
#: wall", "a 5k race"
_SCALE_OR_UNIT = {"m", "b", "k"}

_UNAMBIGUOUS_SCALE_ABBREVS = {"mn", "mln", "bn", "bln", "tn", "trn"}


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

DECIMAL_COMMA_IN_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})*,\d{1,2}(?![\d,])")


def _decimal_comma(num: str) -> str:
    """A numeral with its decimal comma read as a point: "3,5" -> "3.5", "1.234,56" ->
    "1234.56"; any other numeral as it is."""
    if not _DECIMAL_COMMA_RE.fullmatch(num):
        return num
    return num.replace(".", "").replace(",", ".")


def _word_is_num(tok: Token) -> bool:
    # "hundred", "dozen", "million" only continue a number ("a baker's dozen" is none)
    w = tok.lower_
    return w in UNITS or is_compound(w) or w in PLURAL_SCALES


def _starts_run(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if numeral(tok):
        return True
    w = tok.lower_
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if w in ("a", "an") or w in VAGUE:
        # "a dozen", "a few hundred", "several thousand": only with a multiplier after
        if w in ("a", "an") and nxt in FRACTIONS:
            # "a third of", "cut by a third"
            return i + 2 < len(doc) and doc[i + 2].lower_ == "of" or after_by(doc, i)
        return nxt in ("hundred", "dozen", "few", "couple") or (nxt in SCALES and len(nxt) > 2)
    if w in FRACTIONS:
        # "half of", "half a million", "cut by half"
        return w in ("half", "quarter") and (nxt in ("of", "a", "an") or after_by(doc, i))
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


def _of_a_scale(doc: Doc, j: int) -> bool:
    """ "of a million" at token j after a fraction: the fraction of that scale ("a quarter of
    a million", "three-quarters of a billion"), not of a noun the scale word is hyphened to
    ("half of a billion-dollar fund")."""
    if doc[j - 1].lower_ not in FRACTIONS or j + 2 >= len(doc):
        return False
    scale = doc[j + 2]
    if doc[j + 1].lower_ not in ("a", "an") or scale.lower_ not in SCALES or len(scale) < 3:
        return False
    return scale.whitespace_ != "" or j + 3 >= len(doc) or doc[j + 3].text != "-"


def after_by(doc: Doc, i: int) -> bool:
    """Whether "by" comes right before token i: the extent of a change ("cut by half"), past
    a hedge or a bound ("fell by nearly half", "fell by more than a third")."""
    k = i - 1
    if k > 1 and doc[k].lower_ == "than" and doc[k - 1].lower_ in ("more", "less", "fewer"):
        k -= 2
    elif k > 0 and doc[k].lower_ != "by" and doc[k].lower_ in CHANGE_SKIP:
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
    if not (low[:1].isdigit() or low in UNITS or is_compound(low)):
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
    if m is None or i + 1 >= end or (i > 0 and numeral(doc[i - 1]) is not None):
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
        return (is_number_word(doc[j + 1].lower_) or _and_a_fraction(doc, j + 1)) and not numeral(
            prev
        )
    if w in ("and", "a", "an") and j + 1 < len(doc):
        nxt = _words_from(doc, j + 1, 1)[0]
        if w == "and":
            return (
                (prev.lower_ in ("hundred", "thousand", "million", "billion"))
                and (nxt in UNITS or nxt == "a" or is_compound(nxt))
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
        return prev.lower_ in PLURAL_SCALES and nxt in PLURAL_SCALES or _of_a_scale(doc, j)
    if w in VAGUE:
        return prev.lower_ in ("a", "an")  # "a few hundred"
    if numeral(tok):
        return False
    if w in ("hundred", "dozen") or (w in SCALES and len(w) > 2):
        return True
    if w in PLURAL_SCALES:
        return prev.lower_ in ("of",) or not numeral(prev)
    if w in FRACTIONS:
        if j + 1 < len(doc) and doc[j + 1].text == "-" and not tok.whitespace_ and w[-1] != "s":
            return False  # an ordinal hyphened to a noun: "one third-quarter goal"
        return prev.lower_ in ("a", "an") or prev.lower_ in UNITS or prev.lower_ == "-"
    if w in UNITS or is_compound(w):
        if prev.lower_ == "-" and j >= 2:
            # "twenty-one", "Forty-three": a tens word, a hyphen, a unit word, no spaces
            tens = doc[j - 2]
            return (
                tens.lower_ in TENS
                and tens.whitespace_ == ""
                and prev.whitespace_ == ""
                and 0 < UNITS[w] < 10
            )
        return not numeral(prev) and prev.lower_ not in ("a", "an", "of")
    return False


#: the tens a unit word may follow after a hyphen ("twenty-one")
TENS = {w for w, v in UNITS.items() if v >= 20}


def is_compound(w: str) -> bool:
    parts = w.split("-")
    return len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS


def _hanging_run(doc: Doc, i: int, end: int) -> Run | None:
    """A number whose hyphenated noun is shared with a later one: "four-" in "four-, five- and
    six-cylinder engines" (suffix "-")."""
    m = _HANGING_RE.match(doc[i].text)
    if m is None or i + 1 >= end or doc[i + 1].lower_ not in (",", "and", "or", "to"):
        return None
    stem = m.group(1).lower()
    if not (stem[0].isdigit() or stem in UNITS or is_compound(stem)):
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
        or NUMERAL_RE.match(text)
        or LOWER_GLUED_RE.match(text)  # "us$5" in a text without capitals
        or _HANGING_RE.match(text)
        or _SLASH_FRACTION_RE.match(text)
        or is_compound(lower)
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
        if not numeral(doc[i]):
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
        m_last = numeral(doc[j - 1])
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
        if unit_named(surface, rules, attached=True) is not None:
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
        m = numeral(doc[k])
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
