"""The items components hand on to later components and the record builder, before ids
are given. Imports no component."""

from __future__ import annotations

from dataclasses import dataclass, field

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
