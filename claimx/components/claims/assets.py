"""The cue and word tables of the claims rules, the claim item, and the cue lists of
models/claims.json."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

from spacy.tokens import Span, Token

from claimx.items import ActorItem

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


CLAUSE_DEPS = {"ccomp", "xcomp", "parataxis"}


PERSON_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person"}


GROUP_PRONOUNS = {"they", "it", "we", "them"}


FIRST_SECOND_PERSON = {"i", "we", "you"}


#: subjects that speak though they name no actor ("who said", "they believe")
HUMAN_PRONOUNS = {"he", "she", "they", "who"}


RELATIVE_PRONOUNS = {"who", "which", "that"}


OPEN_QUOTES = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb"}


CLOSE_QUOTES = {'"', "\u201d", "\u00bb"}


MIN_QUOTE_WORDS = 4


#: after an object, what still belongs to the content ("of Y", "a Y", "leading")
OBJECT_TAIL_DEPS = {"prep", "oprd", "ccomp", "xcomp", "acomp", "dative"}


#: what says something of an object ("called the plan a disaster", "called it unfair")
PREDICATE_DEPS = {"oprd", "ccomp", "xcomp", "acomp"}


#: prepositions whose object is what a cue verb is about ("complained about X")
CONTENT_PREPS = {"about", "of", "on", "upon", "for", "against", "over", "with", "to"}


#: "remarks on Monday" is no topic
TIME_ENTS = {"DATE", "TIME"}


#: what a speech noun is about ("comments about X", "claims over X", "support for X")
NOUN_PREPS = {"about", "on", "over", "against", "for", "of"}


#: prepositions whose object is the source of a received stance ("support from X")
NOUN_SOURCE_PREPS = {"from", "among"}


#: what "spoke"/"talked" report: a topic, not an addressee ("spoke to reporters")
TOPIC_PREPS = {"about", "of", "on"}


#: what marks a complement clause of a verb outside the cue lists ("learned that X")
CLAUSE_MARKS = {"that", "whether", "if"}


#: what a stance adjective is about ("critical of X", "confident about Y")
STANCE_PREPS = {"of", "about", "on", "toward", "towards", "with", "to", "in"}


#: prepositions whose object is a source ("in X's view", "to her mind"), and their noun lists
SOURCE_PREPS = {"in": "source_in", "to": "source_to"}


DASHES = {"\u2014", "\u2013", "--", "-"}


KIND_ORDER = {"person": 0, "role": 1, "organization": 2, "group": 3}


@dataclass
class ClaimItem:
    """A claim before ids are given; links are the items themselves."""

    start: int
    end: int
    sentence: tuple[int, int]
    kind: str
    cue: str | None = None
    speaker: ActorItem | None = None
    speaker_span: tuple[int, int] | None = None
    cue_i: int | None = None  # token index of the cue, to join a quotation split by it
    cue_span: tuple[int, int] | None = None  # the cue's characters; the cue token's by default
    actors: list[Any] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)
    quantities: list[Any] = field(default_factory=list)
    dates: list[Any] = field(default_factory=list)


@lru_cache(maxsize=1)
def cue_lists() -> dict[str, set[str]]:
    """The cue lemmas in models/claims.json, loaded once."""
    raw = json.loads(files("claimx.models").joinpath("claims.json").read_text("utf-8"))
    return {k: set(v) for k, v in raw.items() if isinstance(v, list) and k != "phrases"}


@lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, str]:
    """Word forms the base model lemmatizes wrongly ("hoped" -> "hop"), from models/claims.json."""
    raw = json.loads(files("claimx.models").joinpath("claims.json").read_text("utf-8"))
    return raw.get("lemma_fixes", {})


def cue_lemma(token: Token) -> str:
    """A token's lemma, lower-cased, with the model's known slips mended."""
    return lemma_fixes().get(token.lower_) or token.lemma_.lower()


#: subjects of "it is hard to say X", "that is not to say X": the writer speaks
EXPLETIVE_SUBJECTS = {"it", "that", "this"}


def reported(
    cue: Token,
    content: tuple[int, int],
    sentence: tuple[int, int],
    speaker: ActorItem | None,
    phrase: Span,
) -> ClaimItem:
    """A reported claim: its content, the cue token and the speaker's phrase."""
    return ClaimItem(
        start=content[0],
        end=content[1],
        sentence=sentence,
        kind="reported",
        cue=cue_lemma(cue),
        cue_i=cue.i,
        speaker=speaker,
        speaker_span=(phrase.start_char, phrase.end_char),
    )
