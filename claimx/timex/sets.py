"""Rules of vague references ("now", "recently") and sets ("every week", "Mondays", "daily")."""

from __future__ import annotations

import re

from claimx.timex.context import _Ctx
from claimx.timex.durations import _vague_number
from claimx.timex.number_words import _unit_key, duration_value, parse_number
from claimx.timex.rules import NOT_A_DATE, Reading, Rule, _words_re, rules_of
from claimx.timex.shapes import EVERY_WORD_RE, PLURAL_WEEKDAY_RE
from claimx.timex.vocabulary import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    SET_WORDS,
    UNIT_RE,
    VAGUE_REFS,
    WEEKDAYS,
)

#: this dimension's rules, in the order tried
RULES: list[Rule] = []
rule = rules_of(RULES)


@rule("age", r".*(?:(?:\s|-)old|-olds?\b.*)")
def _age(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """Ages ("64-year-old", "52 years old") are not dates."""
    return NOT_A_DATE


@rule("vague-ref", _words_re(VAGUE_REFS))
def _vague_ref(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "now", "recently", "the future": PRESENT_REF, PAST_REF, FUTURE_REF."""
    return "date", VAGUE_REFS[m[0]]


@rule("set-word", _words_re(SET_WORDS))
def _set_word(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "daily", "every week", "per annum": one unit's recurrence."""
    return "set", SET_WORDS[m[0]]


@rule("every-other-unit", r"every\s+other\s+" + UNIT_RE)
def _every_other_unit(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "every other week": a recurrence every two units."""
    return "set", duration_value(2, _unit_key(m["unit"]))


@rule("every-n-units", r"(?:every|each)\s+(\w+(?:[\s-]\w+)?)\s+" + UNIT_RE)
def _every_n_units(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "every three years": a recurrence every n units."""
    n = parse_number(m[1])
    if n is None and _vague_number(m[1]):
        return "set", duration_value(None, _unit_key(m["unit"]))  # "every few years": PXY
    return ("set", duration_value(n, _unit_key(m["unit"]))) if n is not None else None


def _every_named(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "every Monday", "each July", "every summer": a recurring named time."""
    w = m[1]
    part = PARTS_OF_DAY.get(m[2] or "", "")
    if w in WEEKDAYS or w + "s" in WEEKDAYS:
        wd = WEEKDAYS.get(w, WEEKDAYS.get(w + "s", 0))
        return "set", f"XXXX-WXX-{wd + 1}" + (f"T{part}" if part else "")
    if w in MONTHS:
        return "set", f"XXXX-{MONTHS[w]:02d}"
    if w in SEASONS:
        return "set", f"XXXX-{SEASONS[w]}"
    if w in ("morning", "afternoon", "evening", "night"):
        return "set", f"XXXX-XX-XXT{PARTS_OF_DAY[w]}"
    if w == "weekend":
        return "set", "XXXX-WXX-WE"
    return None


rule("every-named", EVERY_WORD_RE)(_every_named)


@rule("plural-weekends", r"weekends")
def _plural_weekends(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "on weekends", "weekends": every weekend (a count of them is a length: "two weekends")."""
    return "set", "XXXX-WXX-WE"


@rule("plural-part-of-day", r"(?:the\s+)?(mornings|afternoons|evenings)")
def _plural_part_of_day(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """ "mornings", "in the evenings": every such part of a day."""
    return "set", f"XXXX-XX-XXT{PARTS_OF_DAY[m[1][:-1]]}"


@rule("plural-weekday", PLURAL_WEEKDAY_RE)
def _plural_weekday(m: re.Match[str], ctx: _Ctx) -> Reading | None:
    """A plural weekday with no determiner ("Mondays", "on Fridays") recurs."""
    if m[1] + "day" not in WEEKDAYS:
        return None
    part = PARTS_OF_DAY.get(m[2] or "", "")
    return "set", f"XXXX-WXX-{WEEKDAYS[m[1] + 'day'] + 1}" + (f"T{part}" if part else "")
