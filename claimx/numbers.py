"""Read English number expressions: numerals, number words, fractions and vague amounts.

``parse_number("2.5 million") == (2500000, 2500000, 2500000)``;
``parse_number("a few hundred") == (None, 200, 500)``. Pure functions, no model.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
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
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
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


@dataclass
class _Reading:
    """The state of reading a number left to right: closed groups, the open one, flags."""

    total: Interval = (Decimal(0), Decimal(0))
    current: Interval | None = None
    seen: bool = False
    vague: bool = False
    pending_article: bool = False
    prev_small: bool = False  # the previous word was a digit/unit word ("1 2" is no number)
    last_scale: int = 0  # the scale word that closed the last group ("lakh" of "2 lakh crore")

    def took(self, current: Interval | None, *, vague: bool = False) -> bool:
        """A number word was read: it leaves ``current`` open."""
        self.current, self.seen, self.vague = current, True, self.vague or vague
        self.prev_small = self.pending_article = False
        return True


def _digit_or_unit(st: _Reading, w: str, nxt: str | None) -> bool:
    try:
        n = Decimal(w) if w not in UNITS else Decimal(UNITS[w])
    except InvalidOperation:
        return False
    if st.current is not None and st.prev_small:
        # "twenty five" is fine; "5 3" or "twenty thirty" are not one number
        if not (w in UNITS and UNITS[w] < 10 and st.current[0] % 100 >= 20):
            return False
    st.took(_add(st.current, (n, n)) if st.current is not None else (n, n))
    st.prev_small = True
    return True


def _article(st: _Reading, w: str, nxt: str | None) -> bool:
    if st.current is not None or st.pending_article:
        # "two and a half", "half a million": the article introduces a fraction or scale
        if nxt not in FRACTIONS and nxt not in SCALES and nxt not in ("hundred", "dozen"):
            return False
        if nxt not in FRACTIONS:
            return True
    st.pending_article, st.prev_small = True, False
    return True


def _vague(st: _Reading, w: str, nxt: str | None) -> bool:
    lo, hi = VAGUE[w]
    return st.took((Decimal(lo), Decimal(hi)), vague=True)


def _hundred_or_dozen(st: _Reading, w: str, nxt: str | None) -> bool:
    k = 100 if w == "hundred" else 12
    return st.took(_scale(st.current, k) if st.current is not None else (Decimal(k), Decimal(k)))


def _fraction(st: _Reading, w: str, nxt: str | None) -> bool:
    den = FRACTIONS[w]
    part = Decimal(1) / den
    if st.pending_article and st.current is not None:
        return st.took(_add(st.current, (part, part)))  # "two and a half" = 2 + 1/2
    if st.current is not None:
        return st.took((st.current[0] / den, st.current[1] / den))
    return st.took((part, part))


def _plural_scale(st: _Reading, w: str, nxt: str | None) -> bool:
    k = PLURAL_SCALES[w]
    iv = (Decimal(k), Decimal(k) * 10) if st.current is None else _scale(st.current, k)
    return st.took(iv, vague=True)


def _scale_word(st: _Reading, w: str, nxt: str | None) -> bool:
    k = SCALES[w]
    if st.current is None and 0 < st.last_scale < k:
        # a larger scale right after a smaller one multiplies it: "2 lakh crore" is 2 x 10^12,
        # "a thousand billion" 10^12
        st.total = _scale(st.total, k)
    else:
        base = st.current if st.current is not None else (Decimal(1), Decimal(1))
        st.total = _add(st.total, _scale(base, k))
    st.last_scale = k
    return st.took(None)


def _glue(st: _Reading, w: str, nxt: str | None) -> bool:
    st.prev_small = False
    return True


#: what each kind of word does to the reading, in the order the kinds are tried
_STEPS: list[tuple[Callable[[str], bool], Callable[[_Reading, str, str | None], bool]]] = [
    (lambda w: bool(_DIGITS_RE.fullmatch(w)) or w in UNITS, _digit_or_unit),
    (lambda w: w in _ARTICLES, _article),
    (lambda w: w in VAGUE, _vague),
    (lambda w: w in ("hundred", "dozen"), _hundred_or_dozen),
    (lambda w: w in FRACTIONS, _fraction),
    (lambda w: w in PLURAL_SCALES, _plural_scale),
    (lambda w: w in SCALES, _scale_word),
    (lambda w: w in _GLUE, _glue),
]


def parse_number(text: str) -> Reading | None:
    """Read a number expression as (value, low, high); None when it is not a number.

    Exact numbers give value == low == high. Vague amounts give value None and
    the interval the words mean.
    """
    words = _words(text)
    st = _Reading()
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        step = next((step for kind, step in _STEPS if kind(w)), None)
        if step is None or not step(st, w, nxt):
            return None
    if not st.seen or st.pending_article:
        return None
    lo, hi = _add(st.total, st.current) if st.current is not None else st.total
    if st.vague or lo != hi:
        return (None, to_number(lo), to_number(hi))
    v = to_number(lo)
    return (v, v, v)
