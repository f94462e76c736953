"""Mentions merged across actors: a person's name the model called an organization, later
uses of a known name."""

from __future__ import annotations

from spacy.tokens import Doc

from claimx.components.names.people import looks_like_person_name
from claimx.extensions import token_texts
from claimx.items import ActorItem
from claimx.lexicon import (
    ARTICLES,
    company_short_name,
    gazetteer,
    is_name_word_text,
    word_lists,
)
from claimx.mentions import LOCATIVE_WORDS, inside_name, person_names, venue


def absorb_person_names(orgs: list[ActorItem], people: list[ActorItem]) -> list[ActorItem]:
    """Move organization mentions that are a person's name ("Tarango" after "Jeff Tarango")
    to that person: the model labels a name differently from one sentence to the next."""
    names = person_names(people)
    kept = []
    for org in orgs:
        for m in list(org.mentions):
            person = names.get(m.text)
            if person is not None:
                person.mentions.append(m)
                org.mentions.remove(m)
        if org.mentions:
            kept.append(org)
    for actor in people:
        actor.mentions.sort(key=lambda m: m.start)
    return kept


def full_names_of_people(
    doc: Doc, orgs: list[ActorItem], people: list[ActorItem]
) -> list[ActorItem]:
    """The organizations left once full names go to their people: a name the model read as
    a body whose surname names a person alone elsewhere in the text ("Jean-Claude Juncker"
    beside "Juncker said") is that person's full name, and becomes the person's name."""
    alone = {p.name: p for p in people if " " not in p.name}
    kept = []
    for org in orgs:
        words = org.name.split()
        person = alone.get(words[-1]) if org.kind == "organization" and len(words) > 1 else None
        spans = [doc.char_span(m.start, m.end) for m in org.mentions]
        if person is None or not all(s is not None and looks_like_person_name(s) for s in spans):
            kept.append(org)
            continue
        person.name = org.name
        person.mentions.extend(org.mentions)
        person.mentions.sort(key=lambda m: m.start)
    return kept


def name_forms(actors: list[ActorItem]) -> dict[tuple[str, ...], ActorItem]:
    """Token sequences that name an actor again later: full names, surnames, acronyms,
    and their upper-case forms (headlines and tables in capitals)."""
    index: dict[tuple[str, ...], ActorItem | None] = {}
    for actor in actors:
        forms = {m.text for m in actor.mentions} | {actor.name}
        if actor.kind == "person":
            words = actor.name.split()
            if len(words) > 1 and len(words[-1]) > 2:
                forms.add(words[-1])
        else:
            forms = {without_article_text(f) for f in forms}
            short = company_short_name(actor.name) if actor.kind == "organization" else None
            if short:
                forms.add(short)  # "Barrick" after "Barrick Gold Corp"
        for form in forms:
            if not form[:1].isupper():
                continue
            variants = {form, form.upper()} if any(c.islower() for c in form) else {form}
            for variant in variants:
                key = tuple(variant.split())
                index[key] = actor if index.get(key, actor) is actor else None
    _add_nicknames(index, actors)
    return {key: actor for key, actor in index.items() if actor is not None}


def _add_nicknames(index: dict[tuple[str, ...], ActorItem | None], actors: list[ActorItem]) -> None:
    """Clubs' nicknames ("Orioles" after "the Baltimore Orioles"), in mixed case and in
    capitals, where no actor is named so itself."""
    nicknames: dict[tuple[str, ...], ActorItem | None] = {}
    for actor in actors:
        nickname = club_nickname(without_article_text(actor.name))
        if actor.kind != "organization" or nickname is None:
            continue
        for variant in (nickname, nickname.upper()):
            key = tuple(variant.split())
            nicknames[key] = actor if nicknames.get(key, actor) is actor else None
    for key, actor in nicknames.items():
        index.setdefault(key, actor)


def club_nickname(name: str) -> str | None:
    """The nickname a club named "<town> <nickname>" goes by ("Orioles" for "Baltimore
    Orioles", "Red Sox" for "Boston Red Sox"): the capitalized plural after a town's
    name, not a body's word ("New York Times")."""
    words = name.split()
    for cut in range(min(len(words) - 1, 3), 0, -1):  # the longest town: "Kansas City"
        rest = words[cut:]
        if len(rest) > 2 or gazetteer().lookup(" ".join(words[:cut])) is None:
            continue
        last = rest[-1]
        if not all(is_name_word_text(w) for w in rest) or not last.endswith(("s", "x")):
            continue
        if any(w.lower() in word_lists()["org_words"] for w in rest):
            continue
        return " ".join(rest)
    return None


def without_article_text(text: str) -> str:
    """Text without a leading article."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in ARTICLES else text


def propagate_names(doc: Doc, actors: list[ActorItem], taken_chars: set[int]) -> None:
    """Add later (or earlier) uses of a known name that the model missed or mislabelled."""
    forms = name_forms(actors)
    if not forms:
        return
    longest = max(len(k) for k in forms)
    texts = token_texts(doc)
    i = 0
    while i < len(doc):
        match = None
        if texts[i][:1].isupper():
            for n in range(min(longest, len(doc) - i), 0, -1):
                key = tuple(texts[i : i + n])
                if key in forms:
                    match = (n, forms[key])
                    break
        if match is None or doc[i].idx in taken_chars:
            i += 1
            continue
        token = doc[i]
        n, actor = match
        span = doc[i : i + n]
        before = doc[i - 1].lower_ if i else ""
        if (
            inside_name(span)
            or (actor.key.startswith("team|") and venue(span))
            or (actor.kind == "person" and before in LOCATIVE_WORDS)
            or any(t.idx in taken_chars for t in span)
            or (n == 1 and token.is_stop)
        ):
            i += 1
            continue
        actor.add_mention(span)
        taken_chars.update(t.idx for t in span)
        i += n
    for actor in actors:
        actor.mentions.sort(key=lambda m: m.start)
