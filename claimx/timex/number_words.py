"""Numbers said in words or digits, and the TIMEX3 duration a count of units makes."""

from __future__ import annotations

import re

from claimx.numbers import parse_number as read_number
from claimx.timex.vocabulary import SMALL_NUMBERS, UNITS

DECIMAL_RE = re.compile(r"\d+(\.\d+)?")
MIXED_FRACTION_RE = re.compile(r"(\d+)\s+(\d)/(\d)")


def parse_number(s: str) -> float | None:
    """A number written in digits or words ("30", "thirty-five", "a", "1 1/2"), else None: the
    words a time expression counts with ("a", "a couple of", "half a"), then the one number
    grammar of claimx.numbers."""
    s = s.strip().lower().replace(",", "")
    if not s:
        return None
    if DECIMAL_RE.fullmatch(s):
        return float(s)
    if m := MIXED_FRACTION_RE.fullmatch(s):
        return int(m[1]) + int(m[2]) / int(m[3])
    if s in SMALL_NUMBERS:
        return float(SMALL_NUMBERS[s])
    if s in ("half", "a half", "half a", "half an"):
        return 0.5
    reading = read_number(s)
    if reading is None or reading[0] is None:
        return None  # vague ("several") or no number
    value = float(reading[0])
    if value != int(value) and not any(c.isdigit() for c in s) and "half" not in s:
        return None  # "the third month" counts by ordinal, not by a fraction
    return value


def _fmt_number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration for n units ("X" when n is vague): 30 years -> P30Y, 2 hours -> PT2H."""
    letter, is_time, _ = UNITS[unit]
    if unit == "decade":
        # TimeBank writes decades in years: "two decades" P20Y, "decades" PXY
        return f"P{_fmt_number(10 * n)}Y" if n is not None else "PXY"
    if unit == "weekend":
        return "P2D" if n in (None, 1) else f"P{_fmt_number(2 * n)}D"
    if unit == "fortnight":
        return f"P{_fmt_number(2 * n)}W" if n is not None else "PXW"
    if n is None:
        amount = "X"
    elif n != int(n):
        # fractions go to the next smaller unit where one exists: 5 1/2 hours -> PT5H30M
        whole, frac = int(n), n - int(n)
        if unit == "hour":
            return f"PT{whole}H{round(frac * 60)}M" if whole else f"PT{round(frac * 60)}M"
        if unit == "minute":
            return f"PT{whole}M{round(frac * 60)}S" if whole else f"PT{round(frac * 60)}S"
        if unit == "year":
            return f"P{whole}Y{round(frac * 12)}M" if whole else f"P{round(frac * 12)}M"
        if unit == "day":
            return f"P{whole}DT{round(frac * 24)}H" if whole else f"PT{round(frac * 24)}H"
        amount = f"{n:g}"
    else:
        amount = str(int(n))
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _unit_key(word: str) -> str:
    w = word.lower()
    if w in ("centuries",):
        return "century"
    if w in ("millennia",):
        return "millennium"
    if w.endswith("s") and w[:-1] in UNITS:
        return w[:-1]
    return w
