"""The rule machinery, in the manner of Duckling: a :class:`Rule` is a name, a pattern the
cleaned expression must match whole and a builder of the reading; :data:`RULES` holds every
rule in the order tried (the dimensions' rules, listed in :mod:`claimx.timex.table`), and the
first rule that reads an expression wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from claimx.timex.calendar_values import _iso
from claimx.timex.context import _Ctx

Reading = tuple[str, str | None]
# a rule's verdicts that stop the search: the expression is not a date at all ("64-year-old",
# "the third period" of a game), or it is one that cannot be read ("Feb. 30")
NOT_A_DATE: Reading = ("not a date", None)
UNREADABLE: Reading = ("unreadable", None)
Build = Callable[[re.Match[str], "_Ctx"], Reading | None]


@dataclass(frozen=True)
class Rule:
    """One resolution rule: its name, the shape it reads (whole expression) and its builder.

    ``build`` returns a (type, value) reading, None when the expression is not its case after
    all (the next rule is tried), :data:`NOT_A_DATE` or :data:`UNREADABLE`.
    """

    name: str
    pattern: re.Pattern[str]
    build: Build


#: every rule, in the order tried (the first reading wins): the dimensions' own tables,
#: joined once in :mod:`claimx.timex.table`
RULES: list[Rule] = []
Register = Callable[[str, "str | re.Pattern[str]"], Callable[[Build], Build]]


def rules_of(table: list[Rule]) -> Register:
    """The decorator ``rule(name, pattern)`` that registers its builder at the end of ``table``."""

    def rule(name: str, pattern: str | re.Pattern[str]) -> Callable[[Build], Build]:
        compiled = re.compile(pattern) if isinstance(pattern, str) else pattern

        def register(build: Build) -> Build:
            table.append(Rule(name, compiled, build))
            return build

        return register

    return rule


def _words_re(words: Any) -> re.Pattern[str]:
    """A pattern matching exactly one of the words (longest first)."""
    return re.compile("|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)))


def _first_reading(table: list[Rule], s: str, ctx: _Ctx) -> tuple[Reading, str] | None:
    """The reading of the first rule in ``table`` that reads ``s``, with the rule's name."""
    for r in table:
        m = r.pattern.fullmatch(s)
        if m is None:
            continue
        got = r.build(m, ctx)
        if got is NOT_A_DATE:
            ctx.not_a_date = True
            return None
        if got is UNREADABLE:
            return None
        if got is not None:
            return got, r.name
    return None


def _resolve(s: str, ctx: _Ctx) -> Reading | None:
    """(type, value) for a cleaned expression, or None when no rule reads it."""
    got = _first_reading(RULES, s, ctx)
    if got is None:
        return None
    ctx.rule = got[1]
    return got[0]


def _day_or_none(d: date | None) -> Reading:
    return "date", _iso(d) if d else None
