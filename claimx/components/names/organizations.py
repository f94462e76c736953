"""Organizations from ORG entities: names that name no body dropped, acronyms merged."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimx.acronyms import acronym_of, defined_acronyms
from claimx.extensions import doc_text
from claimx.items import ActorItem
from claimx.lexicon import (
    company_short_name,
    cut_at_break,
    gazetteer,
    is_body_word,
    is_common_word,
    is_demonym,
    is_org_named,
    looks_like_titled_name,
    name_without_article,
    sentence_initial_plural,
    shown_person_names,
    strip_span,
    without_article,
    word_lists,
)
from claimx.lines import doc_datelines
from claimx.mentions import LOCATIVE_WORDS, place_covering, place_of_span
from claimx.records import Place

#: lower-case words that belong to names ("Gazzetta dello Sport", "Ludwig van Beethoven")
NAME_PARTICLES = {"al", "el", "de", "del", "della", "dello", "der", "den", "van", "von", "la", "le"}


def trim_common_words(span: Span) -> Span:
    """A name without common words at its edges: "Interfax news agency" → "Interfax"."""
    doc = span.doc
    start, end = span.start, span.end

    def common(token: Token) -> bool:
        return token.is_alpha and token.is_lower and token.lower_ not in NAME_PARTICLES

    while end - start > 1 and common(doc[end - 1]) or end - start > 1 and doc[end - 1].is_punct:
        end -= 1
    while end - start > 1 and common(doc[start]) and doc[start].whitespace_:
        start += 1
    return doc[start:end]


def not_a_body(span: Span, datelines: list[tuple[int, int]]) -> bool:
    """An ORG entity that names no body: the place of a dateline ("AMSTERDAM 1996-08-30"),
    a headline's topic in capitals ("SOCCER - ...", "IPO FILING"), a table heading
    ("W L PCT GB"), a unit after a number ("1800 GMT", "three RBI"), the department of
    a title ("Education Minister X"), an event ("the UEFA Cup", "the PGA Tour"), a market
    index ("the Nasdaq composite"), or a
    town after its place noun ("the town of Chatelet")."""
    doc = span.doc
    lists = word_lists()
    if any(a < span.end_char and span.start_char < b for a, b in datelines):
        return True
    words = [t for t in span if t.is_alpha]
    line_start = doc_text(doc).rfind("\n", 0, span.start_char) + 1
    line_end = doc_text(doc).find("\n", span.end_char)
    line = doc_text(doc)[line_start : line_end if line_end >= 0 else len(doc_text(doc))]
    if words and not any(c.islower() for c in line):
        if all(is_common_word(t.text) for t in words):
            return True  # every word of a line in capitals is an ordinary word
    if len(span) >= 3 and all(t.is_upper and len(t) <= 3 for t in span):
        return True
    if len(span) == 1 and sentence_initial_plural(span[0]):
        return True
    prev = doc[span.start - 1] if span.start else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev is not None and prev.like_num and len(span) == 1 and span[0].is_upper:
        return True
    if len(words) == 1 and nxt is not None and nxt.lower_ in lists["title_heads"]:
        return True
    if span[-1].lower_ in lists["event_words"] or _names_an_index(span):
        return True
    if prev is not None and prev.lower_ == "of" and span.start > 1:
        prev = doc[span.start - 2]
    return prev is not None and prev.lower_ in lists["place_nouns"]


def _names_an_index(span: Span) -> bool:
    """A name before a market index's word, a number between them or not ("the Nasdaq
    composite", "FTSE 100 index", "the Dow Jones industrial average"): the index's."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].like_num:
        i += 1
    return i < len(doc) and doc[i].lower_ in word_lists()["index_words"]


def _with_own_possessive(span: Span) -> Span:
    """A name with the possessive after it when the possessive owns nothing: a body named
    in the possessive ("Lloyd 's said", "at Moody 's ."), not "Lloyd 's chairman"."""
    doc = span.doc
    j = span.end
    if not len(span) or j >= len(doc) or doc[j].tag_ != "POS":
        return span
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    # what follows owns nothing: a finite verb ("Lloyd 's said"), punctuation or a small word
    if nxt is None or nxt.pos_ in {"AUX", "PUNCT", "ADP", "CCONJ", "SCONJ", "PART"}:
        return doc[span.start : j + 1]
    if nxt.tag_ in {"VBD", "VBZ", "VBP"}:
        return doc[span.start : j + 1]
    return span


def _entity_name(
    ent: Span, pindex: dict[int, Place], datelines: list[tuple[int, int]]
) -> tuple[Span, Span] | None:
    """An ORG entity (or a PERSON one that names an institution) as written, cut at table
    breaks, and its name without the article; None when it is a place, a demonym or names
    no body."""
    if ent.label_ != "ORG" and not is_org_named(ent) and not is_body_word(ent.text):
        return None
    whole = _with_own_possessive(cut_at_break(strip_span(ent)))
    span = name_without_article(whole)
    if not span or place_covering(pindex, span) is not None or is_demonym(span.text):
        return None
    if not_a_body(span, datelines):
        return None
    return whole, span


def _is_unnamed(span: Span) -> bool:
    """No capitalized word but a demonym: "the defence ministry", "Dutch transport ministry"."""
    return not any(t.text[:1].isupper() and not is_demonym(t.text) for t in span)


def _names_a_body(
    span: Span, persons_at: set[int], defined_at: dict[int, Span], shown: set[str]
) -> bool:
    """Whether a trimmed ORG name is an organization's: not a piece of a name its acronym
    defines, not a person's, not a common noun or a title and name."""
    doc = span.doc
    if any(t.i in defined_at and defined_at[t.i] != span for t in span):
        return False
    if any(t.idx in persons_at for t in span):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    cue = nxt is not None and nxt.lower_ in word_lists()["org_after_nouns"]
    if len(span) == 1 and span[0].tag_ in {"NN", "NNS"} and not cue:
        return False  # a common noun the model took for a name ("Women 's singles")
    if looks_like_titled_name(span) or not any(c.isalpha() for c in span.text):
        return False
    return span.text not in shown  # else a person's name the model took for an organization


class _Registry:
    """Organizations by key, in order of creation."""

    def __init__(self) -> None:
        self.by_key: dict[str, ActorItem] = {}
        self.items: list[ActorItem] = []

    def get_or_add(self, key: str, name: str, kind: str = "organization") -> ActorItem:
        actor = self.by_key.get(key)
        if actor is None:
            actor = self.by_key[key] = ActorItem(name=name, kind=kind, key=key)
            self.items.append(actor)
        return actor


def _is_acronym(span: Span) -> bool:
    compact = span.text.replace(".", "")
    return compact.isupper() and 2 <= len(compact) <= 6 and " " not in compact


def _entity_orgs(
    doc: Doc, pindex: dict[int, Place], persons_at: set[int], defined_at: dict[int, Span]
) -> tuple[_Registry, list[Span]]:
    """Organizations (and unnamed institutions) from the entities, and the acronyms among
    them, merged afterwards."""
    orgs = _Registry()
    acronyms: list[Span] = []
    shown = shown_person_names(doc)
    datelines = doc_datelines(doc)
    for ent in doc.ents:
        found = _entity_name(ent, pindex, datelines)
        if found is None:
            continue
        whole, span = found
        if _is_unnamed(span):
            if span[-1].lower_ in word_lists()["institution_nouns"]:
                key = f"role|{span.text.lower()}"
                orgs.get_or_add(key, span.text, "role").add_mention(whole)
            continue
        span = trim_common_words(span)
        if not _names_a_body(span, persons_at, defined_at, shown):
            continue
        if _is_acronym(span):
            acronyms.append(span)
            continue
        name = without_article(span).text
        actor = orgs.get_or_add(name.lower(), name)
        # The mention is the name as written, with its article ("the European Union"),
        # like the other actors' mentions; the name itself goes without it.
        if span.start == whole.start + 1 and whole[0].lower_ == "the":
            span = doc[whole.start : span.end]
        actor.add_mention(span)
    return orgs, acronyms


def _add_definitions(
    orgs: _Registry,
    definitions: list[tuple[Span, Span]],
    pindex: dict[int, Place],
    persons_at: set[int],
) -> None:
    """Names defined with their acronym ("Kurdistan Democratic Party ( KDP )"): both are
    mentions of one organization."""
    for name, short in definitions:
        if place_of_span(pindex, name) is not None or any(
            t.idx in persons_at for t in (*name, *short)
        ):
            continue
        key = name.text.lower()
        if key not in orgs.by_key:
            org_word = any(t.lower_ in word_lists()["org_words"] for t in name)
            if not org_word and short[0].ent_type_ != "ORG" and name.root.ent_type_ != "ORG":
                continue  # a defined term, not a body ("Generally Accepted ... ( GAAP )")
        actor = orgs.get_or_add(key, name.text)
        actor.add_mention(name)
        actor.add_mention(short)
        orgs.by_key.setdefault(short.text.lower(), actor)


def _add_acronyms(orgs: _Registry, acronyms: list[Span]) -> None:
    """Acronyms as the organizations whose initials they are, else organizations."""
    for span in acronyms:
        compact = span.text.replace(".", "")
        actor = orgs.by_key.get(compact.lower())
        if actor is None:
            actor = next((o for o in orgs.items if acronym_of(o.name.split()) == compact), None)
        if actor is None:
            actor = orgs.get_or_add(compact.lower(), span.text)
        actor.add_mention(span)


def find_organizations(
    doc: Doc, pindex: dict[int, Place], persons_at: set[int] | None = None
) -> list[ActorItem]:
    """Organizations from ORG entities, repeated names and acronyms merged; ORG entities
    with no name ("the defence ministry") as unnamed institutions (kind "role")."""
    persons_at = persons_at or set()
    definitions = defined_acronyms(doc)
    # the model splits long names ("London International Financial Futures" | "and Options
    # Exchange"); a name its acronym defines is read whole instead
    defined_at = {t.i: name for name, _ in definitions for t in name}
    orgs, acronyms = _entity_orgs(doc, pindex, persons_at, defined_at)
    _add_definitions(orgs, definitions, pindex, persons_at)
    _add_acronyms(orgs, acronyms)
    for actor in orgs.items:
        actor.mentions.sort(key=lambda m: m.start)
    return orgs.items


def company_places(doc: Doc, orgs: list[ActorItem], places: list[Place]) -> set[int]:
    """Characters of the place mentions that are a company's short name ("Arequipa" after
    "Arequipa Resources Ltd"), unless the words before read as a place ("in Arequipa"):
    the company's, not the town's."""
    shorts = {company_short_name(o.name) for o in orgs if o.kind == "organization"} - {None}
    moved: set[int] = set()
    if not shorts:
        return moved
    for place in places:
        for m in place.mentions:
            if m.text not in shorts:
                continue
            span = doc.char_span(m.start, m.end)
            before = doc[span.start - 1].lower_ if span is not None and span.start else ""
            if span is not None and before not in LOCATIVE_WORDS:
                moved.update(range(m.start, m.end))
    return moved


def company_people(orgs: list[ActorItem], people: list[ActorItem]) -> list[ActorItem]:
    """The people left once a company's short name gives its mentions to the company: a
    one-word "person" that is the first word of a company named in full ("Velora" after
    "Velora Mining Corp"), as the model often reads a company's short name."""
    shorts = {company_short_name(o.name): o for o in orgs if o.kind == "organization"}
    shorts.pop(None, None)
    kept = []
    for person in people:
        org = shorts.get(person.name) if " " not in person.name else None
        if org is None:
            kept.append(person)
            continue
        org.mentions.extend(person.mentions)
        org.mentions.sort(key=lambda m: m.start)
    return kept


#: a news desk's contact line: "-- Helsinki Newsroom +358 ...", "-- Jo Ames , Oslo newsroom
#: +47 ...", "-- U.S. Municipal Desk 212-859-1650"
DESK_LINE_RE = re.compile(
    r"(?m)^--\s+(?:[^,\n]{1,40}\s,\s)?(?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) "
    r"(?P<desk>(?i:newsroom|newsdesk|desk))\b"
)


def desk_lines(doc: Doc) -> list[tuple[Span, bool]]:
    """The desks the contact lines name: a desk written as a name ("Helsinki Newsroom") is
    an organization, the span with True; a desk in lower case ("Oslo newsroom") is a
    desk in a town, the town's span with False."""
    found = []
    for m in DESK_LINE_RE.finditer(doc_text(doc)):
        named = m.group("desk")[0].isupper()
        span = doc.char_span(m.start("name"), m.end("desk" if named else "name"))
        if span is not None:
            found.append((span, named))
    return found


#: a press digest's heading: the paper's name in capitals on a line of its own, its stories
#: in lines that open with a dash below ("AL RAI" / "- Prime Minister ... says ...")
_PAPER_HEADING_RE = re.compile(r"(?m)^(?P<name>[A-Z][A-Z'&.]*(?: [A-Z][A-Z'&.]*){0,4})[ \t]*\n- ")


def digest_papers(doc: Doc) -> list[Span]:
    """The papers a press digest lists, when it lists two or more: a country's name is a
    section of the digest, not a paper ("IRAQ")."""
    found = []
    for m in _PAPER_HEADING_RE.finditer(doc_text(doc)):
        span = doc.char_span(*m.span("name"))
        if span is not None and gazetteer().lookup(span.text) is None:
            found.append(span)
    return found if len(found) >= 2 else []
