"""The rule table: every dimension's rules, in the order they are tried (the first reading
wins), as Duckling lists its rules. The month/day/year shapes come last."""

from __future__ import annotations

from claimx.timex import calendar_dates, days, months, positions, relative, sets, years
from claimx.timex.rules import RULES

RULES.extend(
    [
        *sets.RULES,  # vague references and sets
        *days.RULES,  # days and parts of days
        *relative.RULES,  # counted and relative units
        *months.RULES,  # months, seasons, quarters
        *years.RULES,  # decades, centuries, years
        *positions.RULES,  # positions inside a named month or year
        *calendar_dates.CALENDAR_RULES,  # calendar dates
    ]
)
