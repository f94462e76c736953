"""Unnamed actors from the parse: role-actors, institutions, groups, and places acting as
their governments."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx.components.actors.titles import affiliation_from_modifiers, demonym_place, noun_phrase
from claimx.extensions import doc_ents
from claimx.items import ActorItem
from claimx.lexicon import is_demonym, without_article, word_lists
from claimx.lines import in_nonbody
from claimx.mentions import nonbody_kind, place_index
from claimx.records import Place

AGENT_PLACE_KINDS = {"country", "city"}


#: group nouns too vague to be an actor with only "the" in front ("the people")
VAGUE_GROUP_NOUNS = {"people", "population", "community", "communities", "families", "victims"}


def is_agent(token: Token) -> bool:
    """Whether a token is the subject of an active verb (or conjoined with one)."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.dep_ != "nsubj":
        return False
    return token.head.pos_ in {"VERB", "AUX"} and token.head.lemma_ != "be"


def is_state_act(token: Token) -> bool:
    """Whether a subject's verb is a statement or an official act ("denied", "expelled"):
    what a government does, not a team ("Canada beat Panama") or a city ("Wuhan consumes")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    lists = word_lists()
    return token.head.lemma_ in lists["speech_verbs"] | lists["state_action_verbs"]


def find_unnamed(doc: Doc, taken: set[int], actors_at: dict[int, ActorItem]) -> list[ActorItem]:
    """Role-actors, institutions and groups found in the parse."""
    lists = word_lists()
    found: list[ActorItem] = []
    roles: dict[str, ActorItem] = {}
    institutions: dict[str, ActorItem] = {}
    groups: dict[str, ActorItem] = {}
    nouns = lists["institution_nouns"] | lists["role_nouns"] | lists["group_nouns"]
    pindex = place_index(doc._.claimx_places or [])
    for token in doc:
        if token.i in taken or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        lower = token.lower_
        if lower not in nouns:
            continue  # cheap test first: most tokens are no actor nouns
        dets = {c.lower_ for c in token.children if c.dep_ in {"det", "poss"}}
        has_demonym = any(
            c.dep_ in {"amod", "compound"} and (c.ent_type_ == "NORP" or is_demonym(c.text))
            for c in token.children
        )
        if any(c.dep_ == "nummod" for c in token.children):
            continue  # "100,417 people" is a quantity
        if (
            any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)
            or (token.dep_ == "appos" and token.head.ent_type_ == "PERSON")
            or token.head.ent_type_ == "PERSON"
            and token.dep_ == "compound"
        ):
            continue  # a title of a named person
        if token.dep_ == "poss":
            continue  # "the Italian prime minister's office": the office is the actor
        if lower in lists["institution_nouns"] and (
            dets or has_demonym or is_agent(token) and is_state_act(token)
        ):  # "police said", "authorities denied": a bare institution speaking
            kind, registry = "role", institutions
        elif lower in lists["role_nouns"] and token.tag_ in {"NN", "NNS"} and dets:
            kind, registry = "role", roles
        elif (
            lower in lists["group_nouns"]
            and token.tag_ == "NNS"
            and (has_demonym or ("the" in dets and lower not in VAGUE_GROUP_NOUNS))
        ):
            kind, registry = "group", groups
        else:
            continue
        phrase = noun_phrase(token)
        if token.ent_type_ or any(t.ent_type_ in {"ORG"} for t in phrase if t.i <= token.i):
            continue
        if nonbody_kind(doc, phrase) in {"title", "headline", "boilerplate"}:
            continue
        affiliation: Place | ActorItem | None = None
        for t in phrase:
            if t.i in actors_at and t.i != token.i:
                affiliation = actors_at[t.i]
                break
        place = affiliation_from_modifiers(doc, phrase, token, pindex)
        if affiliation is None:
            affiliation = place
        anchor = place or _place_of_actor(affiliation)
        if registry is roles:
            # "the spokesperson" is the spokesperson introduced before
            key = lower
            actor = roles.get(key) if "the" in dets or "this" in dets else None
        else:
            key = f"{token.lemma_.lower()}|{anchor.name if anchor else ''}"
            actor = registry.get(key)
            if actor is None and anchor is None and "the" in dets:
                actor = next((a for k, a in registry.items() if k.startswith(lower + "|")), None)
        if actor is None:
            name = without_article(phrase).text
            actor = ActorItem(name=name, kind=kind, affiliation=affiliation, key=key)
            registry[key] = actor
            found.append(actor)
        actor.add_mention(phrase)
        for t in phrase:
            taken.add(t.i)
    return found


def _place_of_actor(item: Place | ActorItem | None) -> Place | None:
    if isinstance(item, ActorItem):
        return item.affiliation if isinstance(item.affiliation, Place) else None
    return item


def find_norp_groups(doc: Doc, taken: set[int]) -> list[ActorItem]:
    """Plural demonyms and other plural nationalities, religions and parties as groups:
    "ethnic Armenians" (affiliated with Armenia), "Republicans", "Catholics"."""
    groups: dict[str, ActorItem] = {}
    for ent in doc_ents(doc):
        if ent.label_ not in {"NORP", "PERSON"}:
            continue
        root = ent.root
        if root.tag_ not in {"NNPS", "NNS"} or root.i in taken:
            continue
        place = demonym_place(doc, root.text)
        if place is None and ent.label_ != "NORP":
            continue
        start = ent.start
        while start > 0 and doc[start - 1].dep_ == "amod" and doc[start - 1].head == root:
            start -= 1
        span = doc[start : ent.end]
        key = span.text.lower()
        actor = groups.get(key)
        if actor is None:
            actor = ActorItem(name=span.text, kind="group", affiliation=place, key=key)
            groups[key] = actor
        actor.add_mention(span)
        taken.update(range(span.start, span.end))
    return list(groups.values())


def find_place_agents(doc: Doc, person_forms: set[str] | None = None) -> list[ActorItem]:
    """Countries and cities acting as subjects ("Baku has denied …") as organizations;
    not a place name that is also the name of a person in the doc."""
    agents: list[ActorItem] = []
    person_forms = person_forms or set()
    for place in doc._.claimx_places or []:
        if place.kind not in AGENT_PLACE_KINDS:
            continue
        actor = None
        for m in place.mentions:
            if m.text in person_forms:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or not is_agent(span.root) or not is_state_act(span.root):
                continue
            if in_nonbody(doc, m.start, m.end) is not None:
                continue
            if actor is None:
                actor = ActorItem(
                    name=place.name,
                    kind="organization",
                    affiliation=place,
                    key=f"place|{place.name}",
                )
                agents.append(actor)
            actor.add_mention((m.text, m.start, m.end))
    return agents
