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

from spacy.language import Language
from spacy.tokens import Doc

import claimx.extensions  # noqa: F401  (registers Doc._.claimx_*)
from claimx.components.actors.merging import absorb_person_names, propagate_names
from claimx.components.actors.organizations import find_organizations
from claimx.components.actors.roles import find_norp_groups, find_place_agents, find_unnamed
from claimx.components.actors.titles import attach_titles
from claimx.components.names.people import find_persons, reclaim_surnames
from claimx.components.names.teams import find_teams
from claimx.items import ActorItem
from claimx.lexicon import set_lexicon
from claimx.mentions import person_names, place_index, remove_mentions_at


def find_actors(doc: Doc) -> list[ActorItem]:
    """All actors of a doc, in order of first mention."""
    if doc._.claimx_places is None:
        doc._.claimx_places = []
    pindex = place_index(doc._.claimx_places)
    people = find_persons(doc, pindex)
    moved = reclaim_surnames(doc, people)
    if moved:
        doc._.claimx_places = remove_mentions_at(doc._.claimx_places, moved)
    pindex = place_index(doc._.claimx_places)
    teams = find_teams(doc, people)
    team_chars = {i for a in teams for m in a.mentions for i in range(m.start, m.end)}
    if team_chars:
        people = remove_mentions_at(people, team_chars)
        # a town opening a company's name stays a place, as the places component reads
        # it ("the Florida Highway Patrol"); a club called by its town's name is none
        bodies = {(m.start, m.end) for a in teams if a.key.startswith("body|") for m in a.mentions}
        doc._.claimx_places = remove_mentions_at(doc._.claimx_places, team_chars, bodies)
        pindex = place_index(doc._.claimx_places)
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
    actors_at: dict[int, ActorItem] = {}
    taken: set[int] = set()
    for actor in named:
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    actors_at[t.i] = actor
    for place in doc._.claimx_places:
        for m in place.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                taken.update(t.i for t in span)
    groups = find_norp_groups(doc, taken)
    unnamed = find_unnamed(doc, taken | set(actors_at), actors_at)
    agents = find_place_agents(doc, set(person_names(people)))
    actors = named + groups + unnamed + agents
    actors.sort(key=lambda a: (a.mentions[0].start if a.mentions else 1 << 30, a.name))
    return actors


class ActorFinder:
    """Fill ``doc._.claimx_actors``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_actors = find_actors(doc)
        return doc


@Language.factory(
    "claimx_actors",
    requires=["doc.ents", "token.dep"],
    assigns=["doc._.claimx_actors"],
)
def make_actors(nlp: Language, name: str) -> ActorFinder:
    """Actors from entities, the parse and the gazetteer; add after claimx_places."""
    set_lexicon(nlp)
    return ActorFinder()
