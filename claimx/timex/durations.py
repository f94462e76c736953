"""Lengths of time: a count and a unit ("three years", "a few weeks", "two to three hours")."""

from __future__ import annotations

import re

from claimx.timex.number_words import _unit_key, duration_value, parse_number
from claimx.timex.vocabulary import UNIT_RE, VAGUE_NUMBERS


def _vague_number(num: str) -> bool:
    """An unspecific amount: "several", "a few", "the past few"."""
    return num in VAGUE_NUMBERS or num.endswith(" few") or num in ("several-", "few-")


DURATION_LEAD_RE = re.compile(
    r"^(?:the\s+)?(?:(?:past|last|next|first|final|coming|following|previous|preceding|"
    r"latest|remaining|recent|early|initial|ensuing|subsequent|same|year-earlier|year-ago|"
    r"comparable|corresponding)\s+)+"
)
LEADING_THE_RE = re.compile(r"^the\s+")
DURATION_TAIL_RE = re.compile(r"\s+(?:ahead|or so|to come|running|straight|in a row|long|in all)$")
MORE_RE = re.compile(r"\s+more\b")
# "ten straight days", "five consecutive years": the adjective does not change the length
INNER_ADJECTIVE_RE = re.compile(
    r"\s(?:straight|consecutive|successive|full|long|whole|entire|extra|additional|more|further)"
    r"(?=\s)"
)
ADDITIONAL_RE = re.compile(r"^(an?|one)\s+(?:additional|extra|further|more)\s+")
ARTICLE_HYPHEN_RE = re.compile(r"^(?:a|an)\s+(?:fairly\s+|very\s+)?(\w+-)")
N_UNITS_RE = re.compile(r"(?P<num>.+?)[\s-]+" + UNIT_RE + r"(?:[\s-]+(?:long|period|span))?")
RANGE_NUM_RE = re.compile(r"(?:\w+\s+)?(?:to|or|-)\s+\w+")
TO_OR_RE = re.compile(r"\bto\b|\bor\b")
BARE_UNIT_RE = re.compile(UNIT_RE + r"(?:[\s-]+long)?")
UNIT_AND_A_HALF_RE = re.compile(r"(?:a|an|one)\s+" + UNIT_RE + r"\s+and\s+a\s+half")
N_UNIT_PERIOD_RE = re.compile(r"(?:a|an)\s+(?:\w+\s+)?(?:\w+-)?(?P<u>\w+)\s+period")


AND_RANGE_RE = re.compile(r"(.+?)\s+and\s+(.+)")


def _and_range(num: str) -> bool:
    """ "(between) 10 and 20": two bounds, the lower first; "a hundred and twenty" and "two
    and a half" are one number."""
    m = AND_RANGE_RE.fullmatch(num)
    if m is None or m[2].startswith("a "):
        return False
    low, high = parse_number(m[1]), parse_number(m[2])
    return low is not None and high is not None and low < high


def _duration(s: str) -> str | None:
    """TIMEX3 duration value for a cleaned expression, or None."""
    s2 = DURATION_LEAD_RE.sub("", s)
    lead_the = s2 != s or s.startswith("the ")
    s2 = LEADING_THE_RE.sub("", s2)
    s2 = DURATION_TAIL_RE.sub("", s2)
    s2 = MORE_RE.sub("", s2)
    s2 = INNER_ADJECTIVE_RE.sub("", s2)
    s2 = ADDITIONAL_RE.sub(r"\1 ", s2)
    s2 = ARTICLE_HYPHEN_RE.sub(r"\1", s2)
    if m := N_UNITS_RE.fullmatch(s2):
        unit = _unit_key(m["unit"])
        num = m["num"]
        if RANGE_NUM_RE.fullmatch(num) or TO_OR_RE.search(num) or _and_range(num):
            return duration_value(None, unit)
        if _vague_number(num):
            return duration_value(None, unit)
        n = parse_number(num)
        if n is None or (n >= 1000 and not m["unit"].endswith("s")):
            return None  # "the 1988 quarter" is a year, not 1988 quarters
        return duration_value(n, unit)
    if m := BARE_UNIT_RE.fullmatch(s2):
        unit = _unit_key(m["unit"])
        if m["unit"].endswith("s") or m["unit"] in ("centuries", "millennia"):
            return duration_value(None, unit)
        if m[0].endswith("long"):
            return duration_value(1, unit)  # "day-long": one unit's length
        if lead_the or unit in ("day",):
            return None
        return duration_value(1, unit)
    if m := UNIT_AND_A_HALF_RE.fullmatch(s2):
        return duration_value(1.5, _unit_key(m["unit"]))
    if m := N_UNIT_PERIOD_RE.fullmatch(s2):
        return None
    if s2 in ("a while", "some time", "a long time", "a long while", "long", "ages"):
        return "PXX"
    return None
