"""Names of events and competitions: no person, organization or place.

A name whose head noun is an event's ("the Australian Open", "Davis Cup", "Commonwealth
Games", "Monaco Grand Prix") names a competition, whatever the model or the gazetteer
reads in it. "League" and "Division" name a competition only in a sports story ("the
American League"); elsewhere a league is a body ("the Arab League").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimx.components.names.teams import is_sports_story
from claimx.extensions import doc_text
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


#: the capitalized word right after a span
NEXT_WORD_RE = re.compile(r"[ \t]*([A-Z][A-Za-z]*)\b")


def _head_word(text: str, after: str) -> str:
    """The span's head noun: its last word, or the capitalized word after it when that
    names an event (the span is then a piece of the event's name: "EASTERN DIVISION")."""
    nxt = NEXT_WORD_RE.match(after)
    if nxt and nxt.group(1).lower() in EVENT_NOUNS | SPORT_EVENT_NOUNS:
        return nxt.group(1).lower()
    words = text.split()
    return words[-1].lower().strip(".,") if len(words) > 1 else ""


def without_events(doc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """The name spans but those of events and competitions (of two words or more) and
    the names opening one ("Davis" in "Davis Cup")."""
    text = doc_text(doc)  # built once: doc.text joins every token again on each call
    heads = [_head_word(s.text, text[s.end : s.end + 20]) for s in spans]
    if not any(h in EVENT_NOUNS or h in SPORT_EVENT_NOUNS for h in heads):
        return spans
    nouns = EVENT_NOUNS | SPORT_EVENT_NOUNS if is_sports_story(doc) else EVENT_NOUNS
    return [s for s, head in zip(spans, heads, strict=True) if head not in nouns]
