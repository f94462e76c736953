"""The actors of a Doc, looked up by a speaking subject."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimx.components.claims.assets import (
    GROUP_PRONOUNS,
    KIND_ORDER,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
)
from claimx.components.claims.spans import speaker_phrase
from claimx.intervals import Intervals
from claimx.items import ActorItem


class ActorIndex:
    """Find the actor behind a subject: by its head word, apposition or pronoun."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.mentions: list[tuple[int, int, ActorItem]] = sorted(
            ((m.start, m.end, a) for a in doc._.claimx_actors or [] for m in a.mentions),
            key=lambda x: (x[0], -x[1]),
        )
        self._spans = Intervals(self.mentions, span=lambda x: (x[0], x[1]))

    def at(self, start: int, end: int) -> list[tuple[int, int, ActorItem]]:
        """Actors with a mention inside [start, end)."""
        return self._spans.within(start, end)

    def for_subject(self, subject: Token, phrase: Span) -> ActorItem | None:
        """The actor a subject names."""
        inside = self.at(phrase.start_char, phrase.end_char)
        head = subject.idx
        holding = [x for x in inside if x[0] <= head < x[1]]
        if holding:
            return max(holding, key=lambda x: x[1] - x[0])[2]
        for child in subject.children:
            if child.dep_ == "appos":
                hits = [x for x in inside if x[0] <= child.idx < x[1]]
                if hits:
                    return hits[0][2]
        if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
            # "Mrs. Clinton, who said …": the noun the relative clause belongs to
            noun = subject.head.head
            return self.for_subject(noun, speaker_phrase(noun))
        if subject.dep_ == "appos" or subject.pos_ == "PRON":
            return self.antecedent(subject)
        if inside:
            return min(inside, key=lambda x: KIND_ORDER.get(x[2].kind, 9))[2]
        if subject.pos_ == "PROPN":
            return self.by_surname(subject.text)
        return None

    def by_surname(self, word: str) -> ActorItem | None:
        """The person whose name ends with ``word`` ("Gorka said" after "Sebastian Gorka"),
        when exactly one does."""
        people = {
            id(a): a
            for _, _, a in self.mentions
            if a.kind == "person" and a.name.split()[-1].lower() == word.lower()
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def antecedent(self, pronoun: Token) -> ActorItem | None:
        """The latest actor before a pronoun that fits it (a person for he/she)."""
        lower = pronoun.lower_
        want_person = lower in PERSON_PRONOUNS
        if not want_person and lower not in GROUP_PRONOUNS:
            return None
        best: tuple[int, ActorItem] | None = None
        for s, _, actor in self.mentions:
            if s >= pronoun.idx:
                break
            if want_person != (actor.kind in {"person", "role"}):
                continue
            if lower == "it" and actor.kind not in {"organization"}:
                continue
            best = (s, actor)
        return best[1] if best else None
