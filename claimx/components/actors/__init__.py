"""Actors: people, organizations, groups and unnamed role-actors, mentions merged.

The model's PERSON/ORG/NORP entities are the starting point; rules then

- drop entities that are places or demonyms (the model calls "Armenia" a person);
- merge mentions: surnames into full names, acronyms into the names they stand
  for, repeated organization names, "the spokesperson" into the spokesperson
  introduced before;
- read titles ("Prime Minister", "a former separatist official") and
  affiliations (a demonym or a possessive place) around a name;
- find unnamed actors from the parse: role-actors ("a spokesperson for …"),
  institutions ("the Armenian government", "the country's foreign ministry"),
  groups ("ethnic Armenians", "the separatists");
- make a country or city that is the subject of a verb ("Baku has denied …")
  an actor too: an organization (its government) affiliated with the place;
- read clubs and companies from the phrases around a name, whatever the model calls
  it ("Surrey captain", "title rivals Essex", "Cofinec CEO", "the daily Zycie
  Warszawy"), and take every use of that name in the doc with them;
- drop ORG entities that name no body (headline topics in capitals, units, events);
- read people from lists and team sheets, nicknames, and surnames that are also towns.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import claimx.extensions  # noqa: F401  (registers Doc._.claimx_*)
from claimx.components.actors.merging import absorb_person_names, propagate_names
from claimx.components.actors.organizations import find_organizations
from claimx.components.actors.roles import find_norp_groups, find_place_agents, find_unnamed
from claimx.components.actors.titles import attach_titles
from claimx.items import ActorItem, NameSpan
from claimx.lexicon import set_lexicon
from claimx.mentions import person_names, place_index
from claimx.records import Mention


def named_actors(names: list[NameSpan]) -> tuple[list[ActorItem], list[ActorItem]]:
    """The people and the clubs and companies the names component found, with their
    mentions, in its order."""
    people: dict[str, ActorItem] = {}
    teams: dict[str, ActorItem] = {}
    for name in names:
        if name.type == "person":
            registry, kind, key = people, "person", name.entity.partition("|")[2]
        elif name.type in {"team", "organization"}:
            registry, kind, key = teams, "organization", name.entity
        else:
            continue
        actor = registry.get(name.entity)
        if actor is None:
            actor = ActorItem(name=name.name, kind=kind, key=key)
            registry[name.entity] = actor
        actor.mentions.append(Mention(text=name.text, start=name.start, end=name.end))
    return list(people.values()), list(teams.values())


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
    places = doc._.claimx_places or []
    pindex = place_index(places)
    people, teams = named_actors(doc._.claimx_names or [])
    team_chars = {i for a in teams for m in a.mentions for i in range(m.start, m.end)}
    attach_titles(doc, people)
    persons_at = {i for a in people for m in a.mentions for i in range(m.start, m.end)}
    orgs = absorb_person_names(find_organizations(doc, pindex, persons_at | team_chars), people)
    named = people + orgs + teams
    taken_chars = set(pindex)
    for ent in doc.ents:
        # a GPE entity that is no place mention may be a surname ("while Scholz said")
        if ent.label_ not in {"PERSON", "ORG", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "GPE"}:
            taken_chars.update(t.idx for t in ent)
    for actor in named:
        taken_chars.update(i for m in actor.mentions for i in range(m.start, m.end))
    propagate_names(doc, named, taken_chars)
    actors_at: dict[int, ActorItem] = _token_index(doc, named)
    taken = set(_token_index(doc, places))
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
