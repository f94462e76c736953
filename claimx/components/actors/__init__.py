"""Actors: people, organizations, clubs, groups and unnamed role-actors.

The names component has decided what each name is (``doc._.claimx_names``); actors
builds on those answers and changes no other component's output:

- people, organizations and clubs come from the names' person, organization, role and
  team spans, one actor per entity (``named_actors``);
- titles ("Prime Minister", "a former separatist official") and affiliations (a demonym
  or a possessive place) are read around each person (``titles``); a country named only
  by a demonym ("Armenian") becomes a place of the actors' own
  (``doc._.claimx_actor_places``);
- unnamed actors come from the parse (``roles``): role-actors ("a spokesperson for …"),
  institutions ("the Armenian government", "the country's foreign ministry"), groups
  ("ethnic Armenians", "the separatists"), and a country or city that is the subject of
  a statement ("Baku has denied …") as its government.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import claimx.extensions  # noqa: F401  (registers Doc._.claimx_*)
from claimx.components.actors.roles import find_norp_groups, find_place_agents, find_unnamed
from claimx.components.actors.titles import attach_titles
from claimx.items import ActorItem, NameSpan
from claimx.lexicon import set_lexicon
from claimx.mentions import person_names
from claimx.records import Mention

#: which list of actors the names component's entity keys go to, and as what kind
_ENTITY_LISTS = {"person": 0, "org": 1, "team": 2, "body": 2}


def named_actors(names: list[NameSpan]) -> tuple[list[ActorItem], ...]:
    """The people, organizations, and clubs and companies the names component found,
    with their mentions, in its order."""
    lists: tuple[dict[str, ActorItem], ...] = ({}, {}, {})
    for name in names:
        prefix, _, key = name.entity.partition("|")
        which = _ENTITY_LISTS.get(prefix)
        if which is None:
            continue
        registry = lists[which]
        actor = registry.get(name.entity)
        if actor is None:
            kind = {"person": "person", "role": "role"}.get(name.type, "organization")
            key = name.entity if which == 2 else key
            actor = registry[name.entity] = ActorItem(name=name.name, kind=kind, key=key)
        actor.mentions.append(Mention(text=name.text, start=name.start, end=name.end))
    return tuple(list(registry.values()) for registry in lists)


def _token_index(doc: Doc, items: list[Any]) -> dict[int, Any]:
    """Token index -> the item one of whose mentions covers the token."""
    index: dict[int, Any] = {}
    for item in items:
        for m in item.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    index[t.i] = item
    return index


def find_actors(doc: Doc) -> list[ActorItem]:
    """All actors of a doc, in order of first mention."""
    names = doc._.claimx_names or []
    people, orgs, teams = named_actors(names)
    # titles are read where a person was found, not where the name was merged in later
    found = {(n.start, n.end) for n in names if n.type == "person" and "merged" not in n.evidence}
    attach_titles(doc, people, found)
    named = people + orgs + teams
    actors_at: dict[int, ActorItem] = _token_index(doc, named)
    taken = set(_token_index(doc, doc._.claimx_places or []))
    groups = find_norp_groups(doc, taken)
    unnamed = find_unnamed(doc, taken | set(actors_at), actors_at)
    agents = find_place_agents(doc, set(person_names(people)))
    actors = named + groups + unnamed + agents
    actors.sort(key=lambda a: (a.mentions[0].start if a.mentions else 1 << 30, a.name))
    return actors


class ActorFinder:
    """Fill ``doc._.claimx_actors``."""

    def __call__(self, doc: Doc) -> Doc:
        # places the actors are affiliated with that the text names only by a demonym
        # ("Armenian"): the actors' own, beside the places component's
        doc._.claimx_actor_places = []
        doc._.claimx_actors = find_actors(doc)
        return doc


@Language.factory(
    "claimx_actors",
    requires=[
        "doc.ents",
        "token.dep",
        "token.tag",
        "token.pos",
        "token.lemma",
        "token.ent_type",
        "token.is_sent_start",
        "doc._.claimx_nonbody",
        "doc._.claimx_names",
        "doc._.claimx_places",
    ],
    assigns=["doc._.claimx_actors", "doc._.claimx_actor_places"],
)
def make_actors(nlp: Language, name: str) -> ActorFinder:
    """Actors from the names, entities, the parse and the gazetteer; add after claimx_places."""
    set_lexicon(nlp)
    return ActorFinder()
