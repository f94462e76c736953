"""Names: what each capitalized name of a doc is, decided once.

Every candidate name span (the model's entities, gazetteer hits, capitalized runs,
datelines, list and table items) gets one type: a person, an organization, an
institution known by what it is (``role``), a team or a place; the names that are none
of these get no span. Each span keeps the evidence it rests on. The decisions, in order:

- toponyms: the place mentions the entities and the text show, resolved with the
  gazetteer (``claimx.toponyms``: datelines, grounds opening results lines, "in Berea",
  "Paris, Texas", names glued with hyphens);
- people: PERSON entities, and names a title, an age, a role in apposition, initials, a
  list of people, a nationality in brackets, a scorers' bracket or a nickname show to be
  a person's; a town's name that is the surname in a full name ("Inger Miller") or the
  surname of someone named in full ("Washington" after "MaliVai Washington") is that
  person's (``people``);
- clubs and companies: names in results lines and standings (``standings``), and names a
  phrase shows to be a side or a body ("Surrey captain", "Cofinec CEO"); a club named
  after its town is no place, a company's name keeps the town that opens it (``teams``);
- organizations: ORG entities that name a body, acronyms and the names they stand for, a
  company's short name ("Barrick" after "Barrick Gold Corp"), and the organization labels
  the model gives a person's name (``organizations``); then later uses of every known
  name (``merging``).

The later components build on these answers and never change them: places turns the
place spans into records, actors builds people, organizations and clubs from the rest.
"""

from __future__ import annotations

import msgspec
from spacy.language import Language
from spacy.tokens import Doc

import claimx.extensions  # noqa: F401  (registers Doc._.claimx_*)
from claimx.components.names.events import without_events
from claimx.components.names.labels import without_table_labels
from claimx.components.names.merging import (
    absorb_person_names,
    full_names_of_people,
    propagate_names,
)
from claimx.components.names.organizations import (
    company_people,
    company_places,
    desk_lines,
    digest_papers,
    find_organizations,
    suffix_names,
)
from claimx.components.names.people import find_persons, reclaim_surnames
from claimx.components.names.teams import find_teams
from claimx.extensions import doc_ents
from claimx.gazetteer import Gazetteer, get_gazetteer
from claimx.items import ActorItem, NameSpan
from claimx.lexicon import set_lexicon, title_before
from claimx.mentions import place_index, remove_mentions_at
from claimx.records import Place
from claimx.toponyms import build_places


def _mention_chars(items: list[ActorItem]) -> set[int]:
    return {i for a in items for m in a.mentions for i in range(m.start, m.end)}


def model_label(doc: Doc, start: int, end: int) -> str | None:
    """The label of the model's entity that overlaps a span, if any."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    return next((t.ent_type_ for t in span if t.ent_type_), None)


def place_names(doc: Doc, places: list[Place]) -> list[NameSpan]:
    """One span per place mention, with the gazetteer reading it resolved to."""
    out = []
    for i, place in enumerate(places):
        reading = msgspec.structs.replace(place, mentions=[])
        evidence = {"gazetteer": place.geonames_id, "kind": place.kind}
        for m in place.mentions:
            out.append(
                NameSpan(
                    m.start,
                    m.end,
                    m.text,
                    "place",
                    f"place|{i}",
                    place.name,
                    {"label": model_label(doc, m.start, m.end), **evidence},
                    reading,
                )
            )
    return out


def person_names(doc: Doc, people: list[ActorItem], found: set[tuple[int, int]]) -> list[NameSpan]:
    """One span per mention of a person, with the title before it; a mention not in
    ``found`` was merged in later: a mislabelled or a repeated use of the name."""
    out = []
    for actor in people:
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end)
            title = title_before(span)[0] if span is not None else None
            evidence = {"label": model_label(doc, m.start, m.end)}
            if title is not None:
                evidence["title"] = title.text
            if (m.start, m.end) not in found:
                evidence["merged"] = True
            entity = f"person|{actor.key}"
            out.append(NameSpan(m.start, m.end, m.text, "person", entity, actor.name, evidence))
    return out


def org_names(doc: Doc, orgs: list[ActorItem]) -> list[NameSpan]:
    """One span per mention of an organization, or of an institution known by what it is
    ("the defence ministry": type "role")."""
    out = []
    for actor in orgs:
        kind = "role" if actor.kind == "role" else "organization"
        for m in actor.mentions:
            evidence = {"label": model_label(doc, m.start, m.end)}
            entity = f"org|{actor.key}"
            out.append(NameSpan(m.start, m.end, m.text, kind, entity, actor.name, evidence))
    return out


def team_names(doc: Doc, teams: list[ActorItem]) -> list[NameSpan]:
    """One span per mention of a club ("team|") or a company or newspaper ("body|")."""
    out = []
    for actor in teams:
        kind = "organization" if actor.key.startswith("body|") else "team"
        for m in actor.mentions:
            evidence = {"label": model_label(doc, m.start, m.end)}
            out.append(NameSpan(m.start, m.end, m.text, kind, actor.key, actor.name, evidence))
    return out


def _taken_chars(doc: Doc, places: list[Place], named: list[ActorItem]) -> set[int]:
    """Characters a later use of a name may not take: places, the named actors' mentions
    and entities that are no names of people or bodies."""
    taken = set(place_index(places))
    for ent in doc_ents(doc):
        # a GPE entity that is no place mention may be a surname ("while Scholz said")
        if ent.label_ not in {"PERSON", "ORG", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "GPE"}:
            taken.update(t.idx for t in ent)
    return taken | _mention_chars(named)


def _places_and_people(doc: Doc, gaz: Gazetteer) -> tuple[list[Place], list[ActorItem]]:
    """The toponyms and people, the towns' names that are surnames given to the people."""
    places = build_places(doc, gaz)
    people, surname_chars = find_persons(doc, place_index(places))
    if surname_chars:
        places = remove_mentions_at(places, surname_chars)
    moved = reclaim_surnames(doc, people, places)
    if moved:
        places = remove_mentions_at(places, moved)
    return places, people


def desk_names(
    doc: Doc, orgs: list[ActorItem], places: list[Place], people: list[ActorItem]
) -> tuple[list[ActorItem], list[Place], list[ActorItem]]:
    """The organizations, places and people once the news desks of the contact lines and
    the papers of a press digest are read: a desk named as a body ("Helsinki Newsroom")
    or a paper ("JORDAN TIMES") is one organization, whatever the model reads in it; a
    town's desk ("Oslo newsroom") names the town, no body."""
    desks = desk_lines(doc) + [(span, True) for span in digest_papers(doc)]
    if not desks:
        return orgs, places, people
    chars = {i for span, _ in desks for i in range(span.start_char, span.end_char)}
    orgs = remove_mentions_at(orgs, chars)
    people = remove_mentions_at(people, chars)
    named_chars = {i for span, n in desks if n for i in range(span.start_char, span.end_char)}
    if named_chars:
        places = remove_mentions_at(places, named_chars)
    for span, named in desks:
        if named:
            actor = ActorItem(name=span.text, kind="organization", key=span.text.lower())
            actor.add_mention(span)
            orgs.append(actor)
    return orgs, places, people


def decide_names(doc: Doc, gaz: Gazetteer | None = None) -> list[NameSpan]:
    """The name spans of a doc: places (in the order of their places' first mentions),
    then people, organizations, clubs and companies."""
    places, people = _places_and_people(doc, gaz or get_gazetteer())
    teams = find_teams(doc, people)
    team_chars = _mention_chars(teams)
    if team_chars:
        people = remove_mentions_at(people, team_chars)
        # a town opening a company's name stays a place, as the toponyms read it ("the
        # Florida Highway Patrol"); a club called by its town's name is none
        bodies = {(m.start, m.end) for a in teams if a.key.startswith("body|") for m in a.mentions}
        places = remove_mentions_at(places, team_chars, bodies)
    # a name a legal form or a body's noun ends is a body's, whatever the model reads in it
    suffixed = [s for s in suffix_names(doc) if not any(t.idx in team_chars for t in s)]
    if suffixed:
        people = remove_mentions_at(
            people, {i for s in suffixed for i in range(s.start_char, s.end_char)}
        )
    found = {(m.start, m.end) for a in people for m in a.mentions}
    orgs = find_organizations(
        doc, place_index(places), _mention_chars(people) | team_chars, suffixed
    )
    orgs = full_names_of_people(doc, absorb_person_names(orgs, people), people)
    people = company_people(doc, orgs, people)
    moved = company_places(doc, orgs, places)
    if moved:
        places = remove_mentions_at(places, moved)
    orgs, places, people = desk_names(doc, orgs, places, people)
    named = people + orgs + teams
    propagate_names(doc, named, _taken_chars(doc, places, named))
    spans = (
        place_names(doc, places)
        + person_names(doc, people, found)
        + org_names(doc, orgs)
        + team_names(doc, teams)
    )
    return without_table_labels(doc, without_events(doc, spans))


class NamesComponent:
    """Sets ``doc._.claimx_names`` (list[claimx.items.NameSpan])."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.gazetteer = get_gazetteer()
        set_lexicon(nlp)

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_names = decide_names(doc, self.gazetteer)
        return doc


@Language.factory(
    "claimx_names",
    requires=[
        "doc.ents",
        "token.dep",
        "token.tag",
        "token.pos",
        "token.lemma",
        "token.ent_type",
        "token.ent_iob",
        "token.is_sent_start",
        "doc._.claimx_nonbody",
    ],
    assigns=["doc._.claimx_names"],
)
def make_names(nlp: Language, name: str) -> NamesComponent:
    """What each name is: add after claimx_text, before claimx_places and claimx_actors."""
    return NamesComponent(nlp, name)
