"""The items components hand on to later components and the record builder, before ids
are given. Imports no component."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span

from claimx.records import Mention, Place


@dataclass
class ActorItem:
    """An actor before ids are given; ``affiliation`` is a Place or another ActorItem."""

    name: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    affiliation: Place | ActorItem | None = None
    key: str = ""

    def add_mention(self, span: Span | tuple[str, int, int]) -> None:
        """Add a mention unless it is already there."""
        if isinstance(span, Span):
            text, start, end = span.text, span.start_char, span.end_char
        else:
            text, start, end = span
        if not any(m.start == start and m.end == end for m in self.mentions):
            self.mentions.append(Mention(text=text, start=start, end=end))

    def add_title(self, title: str) -> None:
        """Add a title unless an equal one (ignoring case) is there."""
        if title and title.lower() not in {t.lower() for t in self.titles}:
            self.titles.append(title)


#: what a name is, as the names component decides it; "role" is an organization the
#: model found that goes by what it is, not by a name ("the defence ministry")
NAME_TYPES = ("person", "organization", "team", "place", "role")


@dataclass
class NameSpan:
    """A name in the text and what it names, decided once by the names component.

    ``entity`` is shared by the spans that name one thing (one person, one club, one
    place); ``name`` is that thing's name; ``evidence`` what the decision rests on (the
    model's label, the gazetteer entry, a title before the name, how the club was shown
    to be one). A place's span carries its gazetteer reading as a Place without mentions.
    """

    start: int
    end: int
    text: str
    type: str
    entity: str
    name: str
    evidence: dict[str, Any] = field(default_factory=dict)
    place: Place | None = None
