"""Names of events and competitions: no person, organization or place.

A name whose head noun is an event's ("the Australian Open", "Davis Cup", "Commonwealth
Games", "Monaco Grand Prix") names a competition, whatever the model or the gazetteer
reads in it. "League" and "Division" name a competition only in a sports story ("the
American League"); elsewhere a league is a body ("the Arab League").
"""

from __future__ import annotations

from spacy.tokens import Doc

from claimx.components.names.teams import is_sports_story
from claimx.items import NameSpan

#: head nouns of the names of events and competitions
EVENT_NOUNS = frozenset(
    {
        "bowl",
        "championship",
        "championships",
        "classic",
        "cup",
        "games",
        "olympics",
        "open",
        "prix",
        "rally",
        "series",
        "slam",
        "tournament",
        "trophy",
    }
)

#: head nouns that name a competition in a sports story, a body elsewhere
SPORT_EVENT_NOUNS = frozenset({"league", "division"})


def _head_word(text: str) -> str:
    words = text.split()
    return words[-1].lower().strip(".,") if len(words) > 1 else ""


def without_events(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """The name spans but those of events and competitions (of two words or more)."""
    heads = [_head_word(s.text) for s in spans]
    if not any(h in EVENT_NOUNS or h in SPORT_EVENT_NOUNS for h in heads):
        return spans
    nouns = EVENT_NOUNS | SPORT_EVENT_NOUNS if is_sports_story(doc) else EVENT_NOUNS
    return [s for s, head in zip(spans, heads, strict=True) if head not in nouns]
