"""Read English number expressions: numerals, number words, fractions and vague amounts.

``parse_number("2.5 million") == (2500000, 2500000, 2500000)``;
``parse_number("a few hundred") == (None, 200, 500)``. Pure functions, no model.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

Number = int | float

#: the result of reading a number expression: (value, low, high); value is None when
#: the words name a range rather than one number ("a few hundred", "dozens")
Reading = tuple[Number | None, Number | None, Number | None]

UNITS: dict[str, int] = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

#: multipliers that close a group ("two million three hundred thousand")
SCALES: dict[str, int] = {
    "thousand": 10**3, "k": 10**3,
    "million": 10**6, "mn": 10**6, "mln": 10**6, "mil": 10**6, "m": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "bln": 10**9,
    "trillion": 10**12, "tn": 10**12, "trn": 10**12, "tr": 10**12,
    # the Indian numbering system: a lakh is a hundred thousand, a crore ten million
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
}  # fmt: skip

#: denominators of spoken fractions ("three-quarters", "a third", "two and a half")
FRACTIONS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}  # fmt: skip

#: vague amounts: what the word means as an interval ("a few hundred" = 200 to 500)
VAGUE: dict[str, tuple[int, int]] = {"few": (2, 5), "several": (3, 9), "couple": (2, 3)}

#: plural multipliers name an order of magnitude: "dozens" is 12 to 120, "millions" 1e6 to 1e7
PLURAL_SCALES: dict[str, int] = {
    "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 10**3,
    "millions": 10**6, "billions": 10**9, "trillions": 10**12,
}  # fmt: skip

# Words that only glue a number together: "two hundred and fifty", "tens of thousands".
_GLUE = {"and", "of"}
_ARTICLES = {"a", "an"}
_WORD_RE = re.compile(r"\d+(?:\.\d+)?|\.\d+|[a-z]+")
_DIGITS_RE = re.compile(r"(?:\d+(?:\.\d+)?|\.\d+)")

Interval = tuple[Decimal, Decimal]


def to_number(x: Decimal | float | int) -> Number:
    """A JSON-friendly number: an int when integral, else a float."""
    d = x if isinstance(x, Decimal) else Decimal(str(x))
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def is_number_word(word: str) -> bool:
    """Whether ``word`` (any case) can be part of a spelled-out number."""
    w = word.lower()
    return (
        w in UNITS
        or w == "hundred"
        or w == "dozen"
        or w in SCALES
        and len(w) > 2
        or w in PLURAL_SCALES
        or w in VAGUE
        or w in FRACTIONS
        or _is_compound_word(w)
    )


def _is_compound_word(w: str) -> bool:
    """Hyphenated tens and units: "twenty-five"."""
    parts = w.split("-")
    return len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS


def _scale(iv: Interval, k: Decimal | int) -> Interval:
    return (iv[0] * k, iv[1] * k)


def _add(a: Interval, b: Interval) -> Interval:
    return (a[0] + b[0], a[1] + b[1])


def _words(text: str) -> list[str]:
    text = text.lower().replace(",", "").replace("-", " ").replace("\u2013", " ")
    return _WORD_RE.findall(text)


def parse_number(text: str) -> Reading | None:
    """Read a number expression as (value, low, high); None when it is not a number.

    Exact numbers give value == low == high. Vague amounts give value None and
    the interval the words mean.
    """
    words = _words(text)
    if not words:
        return None
    total: Interval = (Decimal(0), Decimal(0))
    current: Interval | None = None
    seen = False
    vague = False
    pending_article = False
    prev_small = False  # the previous word was a digit/unit word (so "1 2" is not a number)
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if _DIGITS_RE.fullmatch(w) or w in UNITS:
            try:
                n = Decimal(w) if w not in UNITS else Decimal(UNITS[w])
            except InvalidOperation:
                return None
            if current is not None and prev_small:
                # "twenty five" is fine; "5 3" or "twenty thirty" are not one number
                if not (w in UNITS and UNITS[w] < 10 and current[0] % 100 >= 20):
                    return None
            current = _add(current, (n, n)) if current is not None else (n, n)
            seen, prev_small, pending_article = True, True, False
        elif w in _ARTICLES:
            if current is not None or pending_article:
                # "two and a half", "half a million": the article introduces a fraction or scale
                if nxt not in FRACTIONS and nxt not in SCALES and nxt not in ("hundred", "dozen"):
                    return None
                if nxt not in FRACTIONS:
                    continue
            pending_article = True
            prev_small = False
        elif w in VAGUE:
            lo, hi = VAGUE[w]
            current = (Decimal(lo), Decimal(hi))
            seen, vague, prev_small, pending_article = True, True, False, False
        elif w == "hundred" or w == "dozen":
            k = 100 if w == "hundred" else 12
            current = _scale(current, k) if current is not None else (Decimal(k), Decimal(k))
            seen, prev_small, pending_article = True, False, False
        elif w in FRACTIONS:
            den = FRACTIONS[w]
            if pending_article and current is not None:
                # "two and a half" = 2 + 1/2
                current = _add(current, (Decimal(1) / den, Decimal(1) / den))
            elif current is not None:
                current = (current[0] / den, current[1] / den)
            else:
                current = (Decimal(1) / den, Decimal(1) / den)
            seen, prev_small, pending_article = True, False, False
        elif w in PLURAL_SCALES:
            k = PLURAL_SCALES[w]
            if current is None:
                current = (Decimal(k), Decimal(k) * 10)
            else:
                current = _scale(current, k)
            seen, vague, prev_small, pending_article = True, True, False, False
        elif w in SCALES:
            k = SCALES[w]
            base = current if current is not None else (Decimal(1), Decimal(1))
            total = _add(total, _scale(base, k))
            current = None
            seen, prev_small, pending_article = True, False, False
        elif w in _GLUE:
            prev_small = False
            continue
        else:
            return None
    if not seen or pending_article:
        return None
    if current is not None:
        total = _add(total, current)
    lo, hi = total
    if vague or lo != hi:
        return (None, to_number(lo), to_number(hi))
    v = to_number(lo)
    return (v, v, v)
