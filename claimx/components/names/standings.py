"""Clubs named in results lines, fixtures and standings tables ("Leicestershire 296 ,
Somerset 83")."""

from __future__ import annotations

import re

from claimx.lexicon import MONTH_WORDS
from claimx.patterns import VENUE_RE

#: a capitalized word, but not a function word written in capitals ("BEAT BULGARIA IN WORLD CUP")
_W = r"(?!(?:IN|BY|OF|AS|TO|AT|FOR|AND|ON|THE|WITH|OVER|AFTER|FROM|V|VS)\b)[A-Z][\w'&.\-]*"


#: a team's name in a results line: up to four capitalized words ("Queen of the South",
#: "Heriot 's F.P."), and a one-to-three letter qualifier in brackets ("Rad ( B )")
_TEAM = rf"{_W}(?:(?: ?'s)?(?: of(?: the)?)? {_W}){{0,3}}(?: \( ?[A-Z]{{1,3}} ?\))?"


#: a score: runs, goals or points, or runs-wickets in cricket ("108-3"); not a date or decimal
_SCORE = r"\d{1,3}(?:-\d{1,2})?(?=[\s,]|\.?\s*$)"


_BRACKETS = r"(?:\s*\([^()\n]*\))?"


#: a club's country in brackets between its name and score, as international tournaments
#: give them: "Benetton ( Italy ) 92 Dinamo ( Russia ) 81"
_COUNTRY = r"(?:\s*\(\s*[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}\s*\))?"


#: a side and its score, a second innings after the first one's bowlers ("Durham 114 ( S.
#: Watkin 4-28 ) and 81-3")
_SEGMENT = (
    rf"{_TEAM}{_COUNTRY}\s+{_SCORE}(?:{_BRACKETS}\s+and\s+{_SCORE})?(?:\s+points)?{_BRACKETS}"
)


#: "Leicester : Somerset 83 and 174 ( ... ) , Leicestershire 296 ." / "Pohang 3 Ulsan 2"
RESULTS_LINE_RE = re.compile(
    rf"^(?P<venue>[A-Z][^:\n]{{0,40}}:\s*)?{_SEGMENT}(?:\s*,?\s*{_SEGMENT})+\s*\.?\s*$"
)


TEAM_SCORE_RE = re.compile(rf"(?P<team>{_TEAM})\s+{_SCORE}")

#: a side opening a line or following the brackets of the one before, its score, and
#: the bracket that lists its scorers
TEAM_SCORERS_RE = re.compile(rf"(?:^|(?<=\) ))(?P<team>{_TEAM}) \d{{1,2}} \( [A-Z]")

#: a side that scored none opening such a line, the other side and its scorers after it:
#: "Hamburg 0 VfB Stuttgart 4 ( Balakov 29th , Bobic 47th and"
SCORELESS_SIDE_RE = re.compile(rf"^(?P<team>{_TEAM}) 0 (?={_TEAM} \d{{1,2}} \( [A-Z])")


#: a competitor's team or make after the nationality in a results row: "1. Yuuchi Takeda
#: ( Japan ) Honda 38 minutes 30.054 seconds", "Olaf Ludwig ( Germany ) Telekom 4:12:20",
#: "5. Ivo Mares ( Italy ) Tecnica", "10. Pedro Lamy ( Portugal ) Minardi one lap"
TEAM_AFTER_COUNTRY_RE = re.compile(
    rf"^\s*\d{{1,3}}\. [A-Z][^()\n]*\( ?[A-Z][\w. ]*\) (?P<team>{_TEAM})(?=\s+[\da-z]|\s*$)"
)


_STAT = r"(?:\d{1,4}(?:\.\d)?|\.\d{3}|-|\d/\d)"


#: a standings row: a team and at least three figures ("Haitai 64 2 43 .596 -", "Sydney 21
#: 15 1 5 2067 1687 122.5 62")
STANDINGS_LINE_RE = re.compile(rf"^\s*(?P<team>{_TEAM})(?:\s+{_STAT}){{3,}}\s*$")


#: fixtures: "May 17 v Northampton", "Postponed : Birmingham v Barnsley"
VERSUS_RE = re.compile(rf"(?:(?P<home>{_TEAM})\s+)?\bvs?\.?\s+(?P<away>{_TEAM})(?=\s*[,(.]|\s*$)")


#: a schedule line in capitals: "KANSAS CITY AT DETROIT"
AT_LINE_RE = re.compile(r"^\s*(?P<home>[A-Z][A-Z.' ]+?) AT (?P<away>[A-Z][A-Z.' ]+?)\s*$")


#: "Wigan beat Bradford", "RANGERS BEAT INDIANS", "Red Star ( Yugoslavia ) beat Dinamo"
_BEAT = r"(?:beat|beats|defeated|defeats|thrashed|routed|edged|downed|drew with|overcame)"


BEAT_RE = re.compile(
    rf"(?<![\w'])(?P<home>{_TEAM})(?:\s*\(\s*[A-Z][\w. ]*\))?\s+(?i:{_BEAT})\s+(?:the\s+)?"
    rf"(?P<away>{_TEAM})"
)


def team_candidates(line: str) -> list[tuple[int, int]]:
    """Character spans (within a line) of the team names a results line gives."""
    found: list[tuple[int, int]] = []
    results = RESULTS_LINE_RE.match(line)
    if results:
        start = results.end("venue") if results.group("venue") else 0
        # brackets hold scorers and bowlers ("( P. Simmons 4-38 )"), not teams
        body = re.sub(r"\([^()\n]*\)", lambda m: " " * len(m.group()), line[start:])
        found += [
            (start + m.start("team"), start + m.end("team")) for m in TEAM_SCORE_RE.finditer(body)
        ]
    if not results:
        # "Fortuna Sittard 2 ( Jeffrey 7 , Roest 33 ) Heerenveen 4 ( Korneev": a side, its
        # score and its scorers in brackets, the line going on past its break
        found += [m.span("team") for m in TEAM_SCORERS_RE.finditer(line)]
        scoreless = SCORELESS_SIDE_RE.match(line)
        if scoreless:
            found.append(scoreless.span("team"))
            found += [m.span("team") for m in TEAM_SCORE_RE.finditer(line, scoreless.end())][:1]
    after_country = TEAM_AFTER_COUNTRY_RE.match(line)
    if after_country:
        found.append(after_country.span("team"))
    venue = VENUE_RE.match(line)
    side = TEAM_SCORE_RE.match(line, venue.end()) if venue and not results else None
    if side:
        found.append(side.span("team"))  # "At Hove : Sussex 300-4 ( ... )"
    caps = line.isupper()
    if not caps:
        for m in VERSUS_RE.finditer(line):
            found += [m.span(g) for g in ("home", "away") if m.group(g)]
    at = AT_LINE_RE.match(line) if caps else None
    if at:
        found.append(at.span("home"))  # the other is the ground: "at Milwaukee" is a place
    for m in BEAT_RE.finditer(line):
        found += [m.span("home"), m.span("away")]
    return found


def standings_rows(line: str) -> list[tuple[int, int]]:
    """The name opening a row of figures, without the month of a dated row ("Emnid Aug 25
    41.0 34.0 ...": the pollster's figures of August 25)."""
    m = STANDINGS_LINE_RE.match(line)
    if not m:
        return []
    start, end = m.span("team")
    words = line[start:end].split()
    if len(words) > 1 and words[-1].lower() in MONTH_WORDS:
        end = start + len(" ".join(words[:-1]))
    return [(start, end)]


def clean_team(text: str) -> str:
    return " ".join(text.replace("'s", " 's").split()).lower()
