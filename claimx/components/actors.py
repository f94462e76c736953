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

import re
from bisect import bisect_right
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import claimx.extensions  # noqa: F401  (registers Doc._.claimx_*)
from claimx.extensions import doc_text, token_bounds, token_lowers, tokens_at
from claimx.items import ActorItem
from claimx.lexicon import (
    after_title,
    gazetteer,
    is_name_word,
    looks_like_titled_name,
    shown_person_names,
    strip_span,
    title_before,
    word_lists,
)
from claimx.lines import doc_datelines, in_nonbody
from claimx.patterns import street_words
from claimx.records import Place

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
MODIFIER_DEPS = {"det", "amod", "compound", "poss", "case", "nmod", "npadvmod", "advmod"}
ARTICLES = {"a", "an", "the"}
ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "&", "de", "du", "la"}
AGENT_PLACE_KINDS = {"country", "city"}
#: group nouns too vague to be an actor with only "the" in front ("the people")
VAGUE_GROUP_NOUNS = {"people", "population", "community", "communities", "families", "victims"}
INITIAL_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")
#: where an initial may start in the text, to find candidates without a token scan
INITIAL_START_RE = re.compile(r"(?<![\w.])[A-Z]\.")
OPEN_BRACKET_RE = re.compile(r"\(")
#: tokens that never occur inside an organization's name as the model finds it in tables
#: and headlines ("Romania - Cosmin Contra", "Scott Draper ( Australia")
BREAK_TOKENS = {"(", ")", "-", "--", ":", ";", "|", "/"}
#: words before a place that show it is one: "in Washington", "from Jordan"
LOCATIVE_WORDS = {
    "in", "at", "from", "to", "near", "into", "outside", "across", "toward", "towards",
    "via", "through", "around", "throughout", "inside", "within", "of",
}  # fmt: skip
#: small words inside the name of a body: "Human Rights in China", "La Voix du Nord"
BODY_JOINERS = frozenset({"of", "in", "for", "du", "de", "del", "della", "dello", "der", "des"})


# ------------------------------------------------------------------ helpers


def without_article(span: Span) -> Span:
    """The span without a leading article."""
    if len(span) > 1 and span[0].lower_ in ARTICLES:
        return span[1:]
    return span


def name_without_article(span: Span) -> Span:
    """A name without a leading "the": names are written without it ("the Federal Reserve"
    → "Federal Reserve", as "the EU" → "EU"), unless a capital "The" inside a sentence
    shows it belongs to the name ("in The Hague", "told The Economist")."""
    if len(span) < 2 or span[0].lower_ != "the":
        return span
    first = span[0]
    if first.text == "The" and not first.is_sent_start and not _after_line_break(first):
        return span
    return span[1:]


def _after_line_break(token: Token) -> bool:
    """Whether a token opens a line (headlines and tables have no sentence starts)."""
    return token.i == 0 or "\n" in token.doc[token.i - 1].whitespace_ + token.doc[token.i - 1].text


def place_index(places: list[Place]) -> dict[int, Place]:
    """Map every character offset inside a place mention to its place."""
    index: dict[int, Place] = {}
    for place in places:
        for m in place.mentions:
            for i in range(m.start, m.end):
                index[i] = place
    return index


def place_of_span(index: dict[int, Place], span: Span) -> Place | None:
    """The place a span overlaps, if any."""
    for i in range(span.start_char, span.end_char):
        if i in index:
            return index[i]
    return None


def place_covering(index: dict[int, Place], span: Span) -> Place | None:
    """The place whose mentions cover the whole span ("Armenia"), not only a part of it
    ("Rochester" in "the Rochester Fire Department")."""
    text = doc_text(span.doc)
    inside = [index.get(i) for i in range(span.start_char, span.end_char) if not text[i].isspace()]
    if inside and all(p is not None and p is inside[0] for p in inside):
        return inside[0]
    return None


def place_for_country(doc: Doc, code: str, fallback: Any = None) -> Place | None:
    """The doc's place for an ISO country code; added without mentions when absent."""
    places: list[Place] = doc._.claimx_places
    for place in places:
        if place.kind == "country" and place.country == code:
            return place
    if fallback is None:
        return None
    place = Place(
        id="",
        name=fallback.name,
        kind="country",
        country=code,
        geonames_id=fallback.geonames_id,
        lat=fallback.lat,
        lon=fallback.lon,
        mentions=[],
    )
    places.append(place)
    return place


def demonym_place(doc: Doc, word: str) -> Place | None:
    """The place a demonym ("Armenian", "Armenians") names, as a place of the doc."""
    info = gazetteer().demonym(word)
    if info is None or not info.country:
        return None
    return place_for_country(doc, info.country, info)


def is_demonym(text: str) -> bool:
    """Whether the text is a demonym ("Azerbaijani", "French")."""
    return gazetteer().demonym(text) is not None


def acronym_of(words: list[str]) -> str:
    """Initials of a name's capitalized words: "European Union" → "EU"."""
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in ACRONYM_SKIP)


def noun_phrase(token: Token) -> Span:
    """The noun phrase headed by ``token``: its modifiers and prepositional objects,
    without relative clauses, appositions or anything after a comma."""
    doc = token.doc
    left = token.i
    for child in token.lefts:
        if child.dep_ in MODIFIER_DEPS or child.dep_ == "nummod":
            left = min(left, child.left_edge.i)
    right = token.i
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in {"for", "of", "to", "at", "in", "with"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                right = max(right, max(_np_right(o) for o in objects))
        elif child.dep_ in {"compound", "amod"}:
            right = max(right, child.right_edge.i)
        else:
            break
    return doc[left : right + 1]


def _np_right(token: Token) -> int:
    right = token.i
    for child in token.rights:
        if child.dep_ in {"compound", "appos", "prep"} and not child.is_punct:
            if child.dep_ == "appos":
                continue
            right = max(right, child.right_edge.i)
        elif child.dep_ == "punct":
            break
    return right


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


# ------------------------------------------------------------------ finders


def appositive_title(span: Span) -> Span | None:
    """A role noun phrase in apposition to a name ("a former separatist official, X")."""
    root = span.root
    candidates = []
    if root.dep_ == "appos":
        candidates.append(root.head)
    candidates.extend(c for c in root.children if c.dep_ == "appos")
    roles = word_lists()["role_nouns"] | {t[-1] for t in word_lists()["titles"]}
    for cand in candidates:
        if cand.pos_ == "NOUN" and cand.lower_ in roles:
            phrase = noun_phrase(cand)
            phrase = without_article(phrase)
            if phrase.start <= root.i < phrase.end:
                continue
            return phrase
    return None


def _line_kind(doc: Doc, span: Span) -> str | None:
    return in_nonbody(doc, span.start_char, span.end_char)


def is_org_named(ent: Span) -> bool:
    """A PERSON entity that is an institution named after someone: "The George W. Bush
    Presidential Center", "the Bill and Melinda Gates Foundation"."""
    words = [t for t in ent if not t.is_punct]
    return (
        ent.label_ == "PERSON"
        and len(words) >= 2
        and words[-1].text[:1].isupper()
        and words[-1].lower_ in word_lists()["org_head_words"]
    )


def looks_like_person_name(span: Span) -> bool:
    """Two or three capitalized words, none an organization word, place or demonym."""
    org_words = word_lists()["org_words"]
    words = [t for t in span if not _joining_hyphen(t)]
    return (
        2 <= len(span.text.split()) <= 3
        and all(is_name_word(t) and t.lower_ not in org_words for t in words)
        and not any(is_demonym(t.text) or is_strong_place(t.text) for t in span)
    )


def without_demonym(span: Span) -> Span:
    """A name without a nationality in front ("Chilean Marcelo Rios" → "Marcelo Rios")."""
    if len(span) >= 3 and span[0].text[:1].isupper() and is_demonym(span[0].text):
        rest = span[1:]
        if looks_like_person_name(rest):
            return rest
    return span


def without_role_word(span: Span) -> Span:
    """A name without a role word the model ran into it at a sentence start ("Broker
    Khurshid Alam", "Fullback Andre Joubert")."""
    lists = word_lists()
    if len(span) >= 3 and span[0].lower_ in lists["person_nouns"] | lists["role_nouns"]:
        rest = span[1:]
        if looks_like_person_name(rest):
            return rest
    return span


def initial_names(doc: Doc) -> list[Span]:
    """Names written with initials ("A. Smith", "J.R. Ewing"): always a person."""
    spans = []
    for start in tokens_at(doc, INITIAL_START_RE):
        if start and INITIAL_RE.match(doc[start - 1].text):
            continue  # inside a run of initials, handled from its first one
        i = start
        while i < len(doc) and INITIAL_RE.match(doc[i].text):
            i += 1
        initials = doc[start:i]
        if (
            i > start
            and i < len(doc)
            and is_name_word(doc[i])
            and not any(t.ent_type_ in {"GPE", "NORP", "LOC"} for t in initials)
            and not gazetteer().is_known_place(initials.text)
        ):
            before = doc[start - 1] if start else None
            after = doc[i + 1] if i + 1 < len(doc) else None
            if after is not None and after.text[:1].isupper():
                if after.lower_.rstrip(".") in street_words():
                    continue  # "618 E. Main Street": an address
            if before is None or not is_name_word(before):
                if doc[i].lower_ not in word_lists()["org_words"]:
                    spans.append(doc[start : i + 1])
    return spans


def _joining_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("Anne-Gaelle"), split off by the tokenizer."""
    doc = token.doc
    return (
        token.text == "-"
        and not token.whitespace_
        and token.i > 0
        and not doc[token.i - 1].whitespace_
    )


def names_before_nationality(doc: Doc, pindex: dict[int, Place]) -> list[Span]:
    """A name followed by a country in brackets ("Jane Doe ( France )"): a person."""
    spans = []
    for token in (doc[i] for i in tokens_at(doc, OPEN_BRACKET_RE)):
        if token.text != "(" or token.i < 2 or token.i + 2 >= len(doc):
            continue
        inner, close = doc[token.i + 1], doc[token.i + 2]
        if close.text != ")" or not (inner.idx in pindex or is_demonym(inner.text)):
            continue
        start = token.i
        while (
            start > 0
            and token.i - start < 5
            and (is_name_word(doc[start - 1]) or _joining_hyphen(doc[start - 1]))
        ):
            start -= 1
        while start < token.i and not is_name_word(doc[start]):
            start += 1
        span = doc[start : token.i]
        if looks_like_person_name(span) and place_of_span(pindex, span) is None:
            spans.append(span)
    return spans


#: tokens that end one item of a list or table row
LIST_BREAKS = {",", ";", ":", "(", ")", "-", "--", "|", "/", "and", "&", "."}


def list_items(doc: Doc, start: int, end: int) -> list[Span]:
    """The items of a list between ``start`` and ``end`` (token indices): the runs between
    commas, brackets, spaced dashes, "and" and numbers ("5 - Laurent Blanc , 8 - ...")."""
    items = []
    i = start
    for j in range(start, end + 1):
        if j == end or doc[j].lower_ in LIST_BREAKS or doc[j].like_num or "\n" in doc[j].text:
            if j == end or not _joining_hyphen(doc[j]):
                if j > i:
                    items.append(doc[i:j])
                i = j + 1
    return items


def list_names(doc: Doc, pindex: dict[int, Place]) -> list[Span]:
    """Full names in a list whose other names are people's: a list holds one kind of thing
    ("Ian Healy ( captain ) , Michael Bevan , Damien Fleming", a team sheet, scorers),
    so the names the model missed there are people's too."""
    found = []
    lowers = token_lowers(doc)
    for line_start, line_end in _line_token_ranges(doc):
        if sum(w in LIST_BREAKS for w in lowers[line_start:line_end]) < 2:
            continue  # fewer than three items, whatever the numbers
        items = list_items(doc, line_start, line_end)
        if len(items) < 3:
            continue
        names = [it for it in items if looks_like_person_name(it)]
        people = [it for it in names if all(t.ent_type_ == "PERSON" for t in it)]
        numbered = [it for it in names if _after_shirt_number(it)]
        if len(numbered) < 3 and (len(people) < 2 or 4 * len(people) < len(names)):
            continue
        for item in names:
            if place_of_span(pindex, item) is None or item in people:
                found.append(item)
    return found


#: quotes and brackets around a nickname inside a name
NICKNAME_MARKS = {'"': '"', "“": "”", "'": "'", "(": ")"}


def nickname_names(doc: Doc) -> list[Span]:
    """Names with a nickname in quotes or brackets between the given name and the surname:
    'Roberto " Hands of Stone " Duran', "James Leander ( Leo ) Nichols"."""
    spans = []
    for i, lower in enumerate(token_lowers(doc)):
        if lower not in NICKNAME_MARKS:
            continue
        token = doc[i]
        close = NICKNAME_MARKS.get(token.text)
        if close is None or token.i == 0 or not is_name_word(doc[token.i - 1]):
            continue
        end = next((t.i for t in doc[token.i + 1 : token.i + 6] if t.text == close), None)
        if end is None or end == token.i + 1 or end + 1 >= len(doc):
            continue
        inner = doc[token.i + 1 : end]
        if not all(t.text[:1].isupper() or t.lower_ in {"of", "the"} for t in inner):
            continue
        if gazetteer().is_known_place(inner.text) or is_demonym(inner.text):
            continue  # "Olaf Ludwig ( Germany ) Telekom": a nationality, then the team
        if not is_name_word(doc[end + 1]):
            continue
        start = token.i - 1
        while start > 0 and token.i - start < 3 and is_name_word(doc[start - 1]):
            start -= 1
        if doc[start].ent_type_ == "PERSON" or doc[end + 1].ent_type_ == "PERSON":
            spans.append(doc[start : end + 2])
    return spans


def _after_shirt_number(span: Span) -> bool:
    """Whether a name follows a number and a dash, as on a team sheet ("5 - Laurent Blanc")."""
    doc = span.doc
    return span.start > 1 and doc[span.start - 1].text == "-" and doc[span.start - 2].like_num


NEWLINE_RE = re.compile("\n")


def _line_token_ranges(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of each line of the text."""
    # a token ends its line when a line break lies between its start and the next token's:
    # found from the token start offsets, without a Python Token object per token
    starts = sorted(token_bounds(doc)[0])
    breaks = NEWLINE_RE.finditer(doc_text(doc))
    enders = sorted({bisect_right(starts, m.start()) - 1 for m in breaks})
    ranges = []
    start = 0
    for i in enders:
        if i >= start:
            ranges.append((start, i + 1))
            start = i + 1
    if start < len(doc):
        ranges.append((start, len(doc)))
    return ranges


def person_spans(doc: Doc, pindex: dict[int, Place] | None = None) -> list[Span]:
    """PERSON entities, ORG/GPE ones that follow a person's title or a nationality,
    and names written with initials or followed by a country in brackets."""
    pindex = pindex if pindex is not None else {}
    shown = shown_person_names(doc)
    spans = []
    for ent in doc.ents:
        span = strip_span(ent)
        if ent.label_ == "PERSON":
            span = name_piece(span, pindex)
        if not len(span):
            continue
        named = without_role_word(without_demonym(span))
        if is_org_named(ent):
            continue
        if ent.label_ == "PERSON" or (
            ent.label_ in {"ORG", "GPE", "NORP"}
            and (looks_like_titled_name(span) or named is not span or span.text in shown)
        ):
            spans.append(named)
    spans.extend(initial_names(doc))
    spans.extend(names_before_nationality(doc, pindex))
    spans.extend(list_names(doc, pindex))
    spans.extend(nickname_names(doc))
    # a dateline opening the story is a place, whatever the model says ("DANIELSVILLE -")
    datelines = doc_datelines(doc)
    spans = [s for s in spans if not any(a < s.end_char and s.start_char < b for a, b in datelines)]
    # keep the longest of overlapping spans
    spans.sort(key=lambda s: (s.start, -len(s)))
    kept: list[Span] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def is_strong_place(text: str) -> bool:
    """A country, region or sizeable city: never a person's name on its own."""
    info = gazetteer().lookup(text)
    if info is None:
        return False
    return info.kind in {"country", "region"} or (info.population or 0) >= 100_000


def find_persons(doc: Doc, pindex: dict[int, Place]) -> list[ActorItem]:
    """People from PERSON entities: places and demonyms dropped, surnames merged."""
    people: list[ActorItem] = []
    by_surname: dict[str, ActorItem] = {}
    by_name: dict[str, ActorItem] = {}
    pending: list[Span] = []
    acronyms = {short.text for _, short in defined_acronyms(doc)}
    surname_places: set[int] = set()
    for span in person_spans(doc, pindex):
        if span.text in acronyms:
            continue
        if place_of_span(pindex, span) is not None:
            if not _place_as_surname(pindex, span):
                continue
            surname_places.update(range(span.start_char, span.end_char))
        text = span.text
        if is_demonym(text) or any(c.isdigit() for c in text) or not text[:1].isupper():
            continue
        if len(span) == 1 or all(t.is_punct or len(t) == 1 for t in span[1:]):
            pending.append(span)
            continue
        if is_strong_place(text):
            continue
        actor = by_name.get(text)
        if actor is None:
            actor = ActorItem(name=text, kind="person", key=text)
            by_name[text] = actor
            people.append(actor)
        actor.add_mention(span)
        by_surname[span[-1].text] = actor
        by_surname.setdefault(span[0].text, actor)
    for span in pending:
        actor = by_surname.get(span.text) or by_name.get(span.text)
        if actor is None:
            # A lone capitalised word in a headline is rarely a person ("Spectre of …").
            if _line_kind(doc, span) in {"title", "headline"}:
                continue
            if is_strong_place(span.text) and not after_title(span):
                continue  # but "President Bush" is a person, whatever towns share the name
            actor = ActorItem(name=span.text, kind="person", key=span.text)
            by_name[span.text] = actor
            people.append(actor)
        actor.add_mention(span)
    for actor in people:
        actor.mentions.sort(key=lambda m: m.start)
    if surname_places:
        doc._.claimx_places = remove_mentions_at(doc._.claimx_places, surname_places)
    return people


def _place_as_surname(pindex: dict[int, Place], span: Span) -> bool:
    """Whether the only place inside a full name is its last word, a surname that is also
    a town's name ('Roberto " Hands of Stone " Duran', "Inger Miller")."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or not is_name_word(span[0]) or span[0].idx in pindex:
        return False
    if is_common_word(span[0].text):
        return False  # "Historic Dublin": a word, not a given name, before the place
    last = span[-1]
    inside = [t for t in span if t.idx in pindex]
    return inside == [last] and is_name_word(last) and not _is_country(last.text)


def cut_at_break(span: Span) -> Span:
    """The part of an entity before a bracket, a spaced dash or a number: the model runs
    names together in tables and headlines ("Hizbollah ( Party of God", "Haitai 2 Samsung 0")."""
    doc = span.doc
    for token in span:
        spaced = token.whitespace_ or (token.i > 0 and doc[token.i - 1].whitespace_)
        if (token.text in BREAK_TOKENS and (spaced or token.text in "()")) or token.like_num:
            return strip_span(doc[span.start : token.i])
    return span


def name_piece(span: Span, pindex: dict[int, Place]) -> Span:
    """A person entity run together with a place in a table ("Sri Lanka - Arjuna Ranatunga"):
    the first piece between brackets, spaced dashes and numbers that is not a place."""
    doc = span.doc
    pieces: list[Span] = []
    start = span.start
    for token in span:
        spaced = token.whitespace_ or (token.i > 0 and doc[token.i - 1].whitespace_)
        if (token.text in BREAK_TOKENS and (spaced or token.text in "()")) or token.like_num:
            pieces.append(doc[start : token.i])
            start = token.i + 1
    if start == span.start:
        return span
    pieces.append(doc[start : span.end])
    for piece in pieces:
        piece = strip_span(piece)
        if len(piece) and place_of_span(pindex, piece) is None:
            return piece
    return doc[span.start : span.start]


# ------------------------------------------------------------------ sports teams

#: a capitalized word, but not a function word written in capitals ("BEAT BULGARIA IN WORLD CUP")
_W = r"(?!(?:IN|BY|OF|AS|TO|AT|FOR|AND|ON|THE|WITH|OVER|AFTER|FROM|V|VS)\b)[A-Z][\w'&.\-]*"
#: a team's name in a results line: up to four capitalized words ("Queen of South",
#: "Heriot 's F.P."), and a one-to-three letter qualifier in brackets ("Rad ( B )")
_TEAM = rf"{_W}(?:(?: ?'s)?(?: of)? {_W}){{0,3}}(?: \( ?[A-Z]{{1,3}} ?\))?"
#: a score: runs, goals or points, or runs-wickets in cricket ("108-3"); not a date or decimal
_SCORE = r"\d{1,3}(?:-\d{1,2})?(?=[\s,]|\.?\s*$)"
_BRACKETS = r"(?:\s*\([^()\n]*\))?"
_SEGMENT = rf"{_TEAM}\s+{_SCORE}(?:\s+and\s+{_SCORE})?(?:\s+points)?{_BRACKETS}"
#: "Leicester : Somerset 83 and 174 ( ... ) , Leicestershire 296 ." / "Pohang 3 Ulsan 2"
RESULTS_LINE_RE = re.compile(
    rf"^(?P<venue>[A-Z][^:\n]{{0,40}}:\s*)?{_SEGMENT}(?:\s*,?\s*{_SEGMENT})+\s*\.?\s*$"
)
TEAM_SCORE_RE = re.compile(rf"(?P<team>{_TEAM})\s+{_SCORE}")
_STAT = r"(?:\d{1,3}|\.\d{3}|-|\d/\d)"
#: a standings row: a team and at least three figures ("Haitai 64 2 43 .596 -")
STANDINGS_LINE_RE = re.compile(rf"^\s*(?P<team>{_TEAM})(?:\s+{_STAT}){{3,}}\s*$")
#: fixtures: "May 17 v Northampton", "Postponed : Birmingham v Barnsley"
VERSUS_RE = re.compile(rf"(?:(?P<home>{_TEAM})\s+)?\bvs?\.?\s+(?P<away>{_TEAM})(?=\s*[,(.]|\s*$)")
#: a schedule line in capitals: "KANSAS CITY AT DETROIT"
AT_LINE_RE = re.compile(r"^\s*(?P<home>[A-Z][A-Z.' ]+?) AT (?P<away>[A-Z][A-Z.' ]+?)\s*$")
#: "Wigan beat Bradford", "RANGERS BEAT INDIANS", "Red Star ( Yugoslavia ) beat Dinamo"
_BEAT = r"(?:beat|beats|defeated|defeats|thrashed|routed|edged|downed|drew with|overcame)"
BEAT_RE = re.compile(
    rf"(?<![\w'])(?P<home>{_TEAM})(?:\s*\(\s*[A-Z][\w. ]*\))?\s+(?i:{_BEAT})\s+(?:the\s+)?"
    rf"(?P<away>{_TEAM})"
)


def _team_candidates(line: str) -> list[tuple[int, int]]:
    """Character spans (within a line) of the team names a results line gives."""
    found: list[tuple[int, int]] = []
    results = RESULTS_LINE_RE.match(line)
    if results:
        start = results.end("venue") if results.group("venue") else 0
        # brackets hold scorers and bowlers ("( P. Simmons 4-38 )"), not teams
        body = re.sub(r"\([^()\n]*\)", lambda m: " " * len(m.group()), line[start:])
        found += [
            (start + m.start("team"), start + m.end("team")) for m in TEAM_SCORE_RE.finditer(body)
        ]
    caps = line.isupper()
    if not caps:
        for m in VERSUS_RE.finditer(line):
            found += [m.span(g) for g in ("home", "away") if m.group(g)]
    at = AT_LINE_RE.match(line) if caps else None
    if at:
        found.append(at.span("home"))  # the other is the ground: "at Milwaukee" is a place
    for m in BEAT_RE.finditer(line):
        found += [m.span("home"), m.span("away")]
    return found


def _standings_rows(line: str) -> list[tuple[int, int]]:
    m = STANDINGS_LINE_RE.match(line)
    return [m.span("team")] if m else []


def _clean_team(text: str) -> str:
    return " ".join(text.replace("'s", " 's").split()).lower()


def is_team_name(
    doc: Doc, start: int, end: int, person_forms: set[str], strong: bool = False
) -> bool:
    """Whether a name in a results line can be a club: not a country or home nation
    (national sides are written as places), not a known person, not a month or a heading;
    ``strong`` when a phrase says it is a body ("club Atalanta"), whatever the model says."""
    text = doc_text(doc)[start:end]
    words = text.split()
    lists = word_lists()
    if words[0].lower() in lists["not_team_words"]:
        return False
    # a phrase that shows a body outweighs the model's reading of the whole name as a
    # person's ("the daily Zycie Warszawy"), not a person's first or last name alone
    if text.lower() in person_forms and not (strong and len(words) > 1):
        return False
    if text.lower() in lists["national_sides"]:
        return False
    info = gazetteer().lookup(text)
    if info is not None and info.kind == "country":
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if _player_with_country(span):
        return False
    # a full name the model calls a person, as in golf leaderboards ("Tom Lehman 68 69")
    if not strong and len(words) > 1 and all(t.ent_type_ == "PERSON" for t in span if t.is_alpha):
        return False
    return True


def _player_with_country(span: Span) -> bool:
    """A two- or three-word name followed by a country in brackets ("Jane Doe ( France )"):
    a player in an individual sport, as names_before_nationality reads it."""
    doc = span.doc
    words = [t for t in span if not _joining_hyphen(t)]
    if not 2 <= len(span.text.split()) <= 3 or not all(is_name_word(t) for t in words):
        return False
    if any(t.lower_ in word_lists()["org_words"] for t in span):
        return False
    if span.end >= len(doc) or doc[span.end].text != "(":
        return False
    for end in range(span.end + 2, min(span.end + 5, len(doc))):
        if doc[end].text == ")":
            inner = doc[span.end + 1 : end].text
            return gazetteer().is_known_place(inner) or is_demonym(inner)
    return False


def is_sports_story(doc: Doc) -> bool:
    """Whether a doc reports sport: at least two different words only sport uses
    ("innings", "striker", "halftime"); there a town's name is mostly its club's."""
    words = word_lists()["sport_words"]
    return len(words.intersection(token_lowers(doc))) >= 2


def _name_run(doc: Doc, i: int, joiners: frozenset[str] = frozenset({"of"})) -> Span | None:
    """The run of capitalized words around token ``i`` ("Rotor Volgograd"), through a
    joining word ("Republic of Ireland"), without an adjective opening the sentence
    ("Former Wallaby")."""
    if not _run_word(doc[i]):
        return None
    start, end = i, i + 1
    while start > 0 and i - start < 3 and _run_word(doc[start - 1]):
        start -= 1
    while end < len(doc) and end - i < 3 and _run_word(doc[end]):
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ in joiners and _run_word(doc[end + 1]):
        end += 2
        while end < len(doc) and end - i < 6 and _run_word(doc[end]):
            end += 1
    while end - start > 1 and doc[start].pos_ in {"ADJ", "DET", "ADV", "ADP", "PRON", "NUM"}:
        start += 1
    return doc[start:end]


def _run_word(token: Token) -> bool:
    """A capitalized word that can belong to a club's name: no pronoun ("We"), no date."""
    return (
        is_name_word(token)
        and not token.is_stop
        and token.ent_type_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL", "NORP"}
    )


def _placelike(span: Span) -> bool:
    """A name that can be a town's or a county's and so its club's: an English county
    ("Derbyshire"), or a place or organization entity; not a person's name, nor a common
    word opening a sentence ("Travellers")."""
    types = {t.ent_type_ for t in span}
    if span.text.lower().endswith("shire"):
        return True
    if types == {""}:
        return gazetteer().lookup(span.text) is not None  # "Essex need another 148"
    return types <= {"ORG", "GPE", "LOC", "FAC"} and "" not in types


def prose_team_spans(doc: Doc, people: list[ActorItem]) -> list[tuple[int, int, bool]]:
    """Character spans of clubs that a sentence shows to be a side: a team member after
    the name ("Surrey captain", "Norwich striker") or "club" before it; in a sports story
    also another club noun before it ("title rivals Essex"), the name as the subject of
    a verb ("Kent stepped up a gear"), as the other side ("against Nottinghamshire",
    "beat Yorkshire", "homered for Cleveland"), or owning a player ("Birmingham 's Gary
    Breen"). Names joined by "and" share the evidence ("Essex and Kent both face")."""
    lists = word_lists()
    members = lists["team_member_nouns"]
    sports = is_sports_story(doc)
    found: list[tuple[int, int, bool]] = []
    person_words = _person_words(people)
    full_names = {a.name for a in people if " " in a.name}

    def add(token: Token, span: Span | None, strong: bool) -> None:
        for conj in [token, *(c for c in token.conjuncts if c.i > token.i)]:
            if conj is not token:
                span = _name_run(doc, conj.i)
            if span is None or not len(span) or is_demonym(span.text):
                continue
            if span.text not in full_names and any(t.text in person_words for t in span):
                continue  # "Rodney Eyles", "Washington" after "MaliVai Washington"
            if span[-1].lower_ in lists["event_words"]:
                continue  # "the Tennessee Senior Olympics": an event
            of = [t.i for t in span if t.lower_ == "of"]
            if of and _is_country(doc[of[0] + 1 : span.end].text):
                continue  # "Republic of Ireland": a national side
            if strong or _placelike(span) and not _is_region(span.text):
                found.append((span.start_char, span.end_char, strong))

    for token in doc:
        lower = token.lower_
        if lower in members and token.i > 0:
            # "Surrey captain Chris Lewis", "Derbyshire 's captain"
            j = token.i - 1
            if doc[j].tag_ == "POS" and j > 0:
                j -= 1
            run = _name_run(doc, j)
            # only a club has a captain: a town's name before one is its club's, and so is
            # any name before a team member who is named ("Wallaby captain Michael Lynagh")
            if run is not None:
                known = gazetteer().lookup(run.text) is not None
                named = token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON"
                add(doc[j], run, strong=(known or named) and not _is_country(run.text))
        if (lower == "club" or sports and lower in lists["club_nouns"]) and token.i + 1 < len(doc):
            run = _name_run(doc, token.i + 1)
            if run is not None and run.start == token.i + 1:
                # "title rivals Essex", "Belgian club Standard Liege"
                add(run.root, run, strong=True)
        if not sports or not _run_word(token) or token.dep_ == "conj":
            continue
        head = token.head
        run = _name_run(doc, token.i)
        if token.dep_ in {"nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
            if head.lemma_ != "be" and not any(c.dep_ == "auxpass" for c in head.children):
                add(token, run, strong=False)
        elif token.dep_ == "pobj" and head.lower_ in lists["versus_words"]:
            add(token, run, strong=False)
        elif (
            token.dep_ == "pobj"
            and head.lower_ == "for"
            and head.head.lemma_ in lists["play_verbs"]
        ):
            add(token, run, strong=False)
        elif token.dep_ == "dobj" and head.lemma_ in lists["play_verbs"]:
            add(token, run, strong=False)
        elif token.dep_ == "poss" and head.ent_type_ == "PERSON":
            if sum(t.ent_type_ == "PERSON" for t in head.subtree) > 1:
                add(token, run, strong=False)  # "Birmingham 's Gary Breen"
    return found


def _is_region(text: str) -> bool:
    """A state or province: its name stands for the place or its people, rarely a club
    ("Kentucky has an outstanding reputation")."""
    info = gazetteer().lookup(text)
    return info is not None and info.kind == "region"


def _is_country(text: str) -> bool:
    """Whether the gazetteer reads the text as a country."""
    info = gazetteer().lookup(text)
    return info is not None and info.kind == "country"


def _person_words(people: list[ActorItem]) -> set[str]:
    """The words of people's full names: "Washington" after "MaliVai Washington"."""
    return {w for a in people if " " in a.name for w in a.name.split()}


def _always_org(doc: Doc, span: Span) -> bool:
    """Whether the model tags every use of the span's words in the doc as an organization."""
    words = [t.text for t in span]
    n = len(words)
    return all(
        all(t.ent_type_ == "ORG" for t in doc[i : i + n])
        for i in range(len(doc) - n + 1)
        if doc[i].text == words[0] and [t.text for t in doc[i : i + n]] == words
    )


def org_cue_spans(doc: Doc, people: list[ActorItem]) -> list[tuple[int, int, bool]]:
    """Character spans of names a phrase shows to be a company or a newspaper, whatever
    the model calls them: a body's noun before the name ("mineral water firm Multico",
    "the daily Zycie Warszawy"), one of its people or its shares after it ("Cofinec CEO",
    "Ericsson spokesman", "Jones stock", "Yonhap news agency"), or "-based" before it
    ("Ontario-based Magna")."""
    lists = word_lists()
    before, after = lists["org_before_nouns"], lists["org_after_nouns"]
    person_words = _person_words(people)
    full_names = {a.name for a in people if " " in a.name}
    found: list[tuple[int, int, bool]] = []
    cues = before | after | {"based", "general", "chief"}
    for i, lower in enumerate(token_lowers(doc)):
        if lower not in cues:
            continue
        token = doc[i]
        run = None
        based = lower == "based" and token.i > 1 and doc[token.i - 1].text == "-"
        if (lower in before or based) and token.i + 1 < len(doc):
            # "group Human Rights in China": a body's name may run through "in" or "for"
            run = _name_run(doc, token.i + 1, BODY_JOINERS)
            if run is not None and run.start != token.i + 1:
                run = None
        if lower in {"general", "chief"} and token.i + 1 < len(doc):
            lower = f"{lower} {doc[token.i + 1].lower_}"  # "Petofi general manager"
        if run is None and lower in after and token.i > 0 and not token.is_sent_start:
            run = _name_run(doc, token.i - 1)
            if run is not None and run.end != token.i:
                run = None
        if run is None:
            continue
        if run.text not in full_names and any(t.text in person_words for t in run):
            continue  # "a Clinton spokesman" after "Hillary Clinton": a person's name
        if _always_org(doc, run):
            continue  # the model knows it already
        if is_demonym(run.text) or is_strong_place(run.text) or run[0].ent_type_ == "NORP":
            continue  # "Chicago fans", "Iranian newspaper"
        if _line_kind(doc, run) in {"title", "headline"}:
            continue
        found.append((run.start_char, run.end_char, True))
    return found


def find_teams(doc: Doc, people: list[ActorItem]) -> list[ActorItem]:
    """Clubs named in results lines, fixtures and standings, and their other mentions.

    A club named after its town or county ("Leicestershire 296 , Somerset 83") is an
    organization, not a place: the line says who played, not where.
    """
    person_forms = {f.lower() for a in people if len(a.name.split()) > 1 for f in person_names([a])}
    candidates: list[tuple[int, int, bool]] = []
    standings: list[tuple[int, int, bool]] = []
    offset = 0
    for line in doc_text(doc).split("\n"):
        candidates += [(offset + s, offset + e, False) for s, e in _team_candidates(line)]
        standings += [(offset + s, offset + e, False) for s, e in _standings_rows(line)]
        offset += len(line) + 1
    if len(standings) >= 2:  # one row of figures is not a table
        candidates += standings
    table_keys = {_clean_team(doc_text(doc)[s:e]) for s, e, _ in candidates}
    prose = prose_team_spans(doc, people)
    bodies = org_cue_spans(doc, people)
    candidates += prose + bodies
    org_words = word_lists()["org_words"]
    # names whose places stay places: companies, and names read from prose only that open
    # with a town ("Louisville Assumption"), as the places component reads them
    body_keys = {
        _clean_team(doc_text(doc)[s:e])
        for s, e, _ in candidates
        if (s, e, True) in bodies
        or any(w.lower() in org_words for w in doc_text(doc)[s:e].split())
        or (" " in doc_text(doc)[s:e] and (s, e, False) in prose)
    } - table_keys
    names: dict[str, str] = {}
    given: set[tuple[int, int]] = set()
    for start, end, strong in candidates:
        # "Benetton of Italy beat Dinamo of Russia": the club, then its country
        cut = doc_text(doc).find(" of ", start, end)
        if cut > 0 and gazetteer().lookup(doc_text(doc)[cut + 4 : end]) is not None:
            end = cut
        if is_team_name(doc, start, end, person_forms, strong):
            text = doc_text(doc)[start:end]
            key = _clean_team(text)
            given.add((start, end))
            if key not in names or (names[key].isupper() and not text.isupper()):
                names[key] = text
    if not names:
        return []
    teams: dict[str, ActorItem] = {}
    pattern = re.compile(
        r"(?<![\w'])("
        + "|".join(re.escape(n) for n in sorted(names.values(), key=len, reverse=True))
        + r")(?![\w'])",
        re.IGNORECASE,
    )
    for m in pattern.finditer(doc_text(doc)):
        start, end = m.span()
        if not m.group()[:1].isupper():
            continue  # "Sale 31 Wasps 33" names a club; "the sale of" does not
        # a schedule line in capitals can pass for a dateline ("CHICAGO AT TORONTO")
        nonbody = in_nonbody(doc, start, end) in {"dateline", "byline", "boilerplate"}
        if nonbody and (start, end) not in given:
            continue
        span = doc.char_span(start, end)
        if span is None or _venue(span) or (not span.text.isupper() and _inside_name(span)):
            continue
        if _inside_longer_org(span):
            continue  # part of a longer name the model found ("Ruch SA", "LM Ericsson AB")
        key = _clean_team(m.group())
        actor = teams.get(key)
        if actor is None:
            # a company or a newspaper is no club: "body|" keeps the places in its name
            prefix = "body" if key in body_keys else "team"
            actor = ActorItem(name=names[key], kind="organization", key=f"{prefix}|{key}")
            teams[key] = actor
        if span.start > 0 and doc[span.start - 1].lower_ == "the" and not _modifier(span):
            span = doc[span.start - 1 : span.end]  # the name as written: "the Eagles"
        actor.add_mention(span)
    return list(teams.values())


def _modifier(span: Span) -> bool:
    """Whether a name modifies a noun after it, which the article before it belongs to
    ("the Chelsea striker", "the Alpine part-timers")."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "ADJ"} and nxt.is_lower


def _inside_longer_org(span: Span) -> bool:
    """Whether an ORG entity of the model holds the span and more, once cut at table breaks."""
    for ent in span.doc.ents:
        if ent.start <= span.start and span.end <= ent.end and ent.label_ == "ORG":
            whole = cut_at_break(strip_span(ent))
            return whole.start <= span.start and span.end <= whole.end and len(whole) > len(span)
    return False


def _venue(span: Span) -> bool:
    """A place name after "at" or "in", or before a venue colon ("At Hove :"): the ground."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return (before is not None and before.lower_ in {"at", "in"}) or (
        after is not None
        and after.text == ":"
        and (before is None or before.lower_ == "at" or "\n" in before.whitespace_)
    )


def remove_mentions_at(
    items: list[Any], chars: set[int], keep_inside: set[tuple[int, int]] | None = None
) -> list[Any]:
    """Drop mentions overlapping the given characters, and the items left without any;
    but keep those strictly inside one of the ``keep_inside`` spans."""
    keep_inside = keep_inside or set()

    def inside(m: Any) -> bool:
        return any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in keep_inside)

    kept = []
    for item in items:
        before = len(item.mentions)
        item.mentions[:] = [
            m
            for m in item.mentions
            if not any(i in chars for i in range(m.start, m.end)) or inside(m)
        ]
        if item.mentions or before == 0:
            kept.append(item)
    return kept


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


ACRONYM_RE = re.compile(r"^[A-Z][A-Z&]{1,6}$")


def initials_match(words: list[str], short: str) -> bool:
    """Whether an acronym stands for a name: its initials ("KDP" for "Kurdistan Democratic
    Party"), or all but one of them in order ("LIFFE" for "London International Financial
    Futures and Options Exchange")."""
    initials = acronym_of(words)
    if initials == short:
        return True
    if len(initials) != len(short) + 1 or initials[0] != short[0]:
        return False
    return any(initials[:i] + initials[i + 1 :] == short for i in range(1, len(initials)))


def _name_before(doc: Doc, end: int, short: str) -> Span | None:
    """The shortest run of capitalized words ending at ``end`` that the acronym stands for."""
    start = end
    while start > 0 and end - start < 10:
        token = doc[start - 1]
        if not (token.text[:1].isupper() or token.lower_ in ACRONYM_SKIP) or token.is_punct:
            break
        start -= 1
        if doc[start].text[:1].isupper() and initials_match(
            [t.text for t in doc[start:end]], short
        ):
            return doc[start:end]
    return None


def defined_acronyms(doc: Doc) -> list[tuple[Span, Span]]:
    """Names defined with an acronym in brackets, either way round:
    "Kurdistan Democratic Party ( KDP )", "KDP ( Kurdistan Democratic Party )"."""
    found = []
    for token in (doc[i] for i in tokens_at(doc, OPEN_BRACKET_RE)):
        if token.text != "(" or token.i + 2 >= len(doc):
            continue
        inner = doc[token.i + 1]
        if ACRONYM_RE.match(inner.text) and doc[token.i + 2].text == ")":
            name = _name_before(doc, token.i, inner.text)
            if name is not None:
                found.append((name, doc[token.i + 1 : token.i + 2]))
            continue
        before = doc[token.i - 1] if token.i else None
        if before is None or not ACRONYM_RE.match(before.text):
            continue
        close = next((t.i for t in doc[token.i + 1 : token.i + 12] if t.text == ")"), None)
        if close is not None:
            name = doc[token.i + 1 : close]
            if name[0].text[:1].isupper() and initials_match([t.text for t in name], before.text):
                found.append((name, doc[before.i : before.i + 1]))
    return found


#: a lexicon of common English words, read from the pipeline's lemmatizer tables when the
#: component is made; empty without them (the rules that need it then stay silent)
_LEXICON: set[str] = set()
_NOUNS: set[str] = set()
_PLURALS: set[str] = set()


def set_lexicon(nlp: Language) -> None:
    """Read the common English words (nouns, verbs, adjectives, adverbs and their
    inflected forms) from the pipeline's lemmatizer, if it has lookup tables."""
    if _LEXICON or "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    exceptions = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
    for pos in ("noun", "verb", "adj", "adv"):
        _LEXICON.update(index.get(pos, []))
        _LEXICON.update(exceptions.get(pos, {}).keys())
    _NOUNS.update(index.get("noun", []))
    _PLURALS.update(exceptions.get("noun", {}).keys())


def is_plural_noun(word: str) -> bool:
    """Whether a word is the plural of a common English noun ("women", "automakers")."""
    lower = word.lower()
    if lower in _PLURALS:
        return True
    return lower.endswith("s") and lower[:-1] in _NOUNS and lower not in _NOUNS


def is_common_word(word: str) -> bool:
    """Whether a word is a common English word ("soccer", "filing"), whatever its case."""
    return word.lower() in _LEXICON


def not_a_body(span: Span, datelines: list[tuple[int, int]]) -> bool:
    """An ORG entity that names no body: the place of a dateline ("AMSTERDAM 1996-08-30"),
    a headline's topic in capitals ("SOCCER - ...", "IPO FILING"), a table heading
    ("W L PCT GB"), a unit after a number ("1800 GMT", "three RBI"), the department of
    a title ("Education Minister X"), an event ("the UEFA Cup", "the PGA Tour"), or a
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
    if len(span) == 1 and _sentence_initial_plural(span[0]):
        return True
    prev = doc[span.start - 1] if span.start else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev is not None and prev.like_num and len(span) == 1 and span[0].is_upper:
        return True
    if len(words) == 1 and nxt is not None and nxt.lower_ in lists["title_heads"]:
        return True
    if span[-1].lower_ in lists["event_words"]:
        return True
    if prev is not None and prev.lower_ == "of" and span.start > 1:
        prev = doc[span.start - 2]
    return prev is not None and prev.lower_ in lists["place_nouns"]


def _sentence_initial_plural(token: Token) -> bool:
    """A plural common noun capitalized only because it opens a sentence or a line
    ("Women 's 100 metres", "Automakers petitioned"), never written with a capital inside
    a sentence: no name (unlike "Ford", which is also a word)."""
    if not (token.is_sent_start or _after_line_break(token)) or not token.is_title:
        return False
    if not is_plural_noun(token.text):
        return False
    return not any(
        t.text == token.text and not (t.is_sent_start or _after_line_break(t))
        for t in token.doc
        if t.i != token.i
    )


def find_organizations(
    doc: Doc, pindex: dict[int, Place], persons_at: set[int] | None = None
) -> list[ActorItem]:
    """Organizations from ORG entities, repeated names and acronyms merged."""
    orgs: list[ActorItem] = []
    by_key: dict[str, ActorItem] = {}
    acronyms: list[Span] = []
    persons_at = persons_at or set()
    definitions = defined_acronyms(doc)
    # the model splits long names ("London International Financial Futures" | "and Options
    # Exchange"); a name its acronym defines is read whole instead
    defined_at = {t.i: name for name, _ in definitions for t in name}
    shown = shown_person_names(doc)
    datelines = doc_datelines(doc)
    for ent in doc.ents:
        if ent.label_ != "ORG" and not is_org_named(ent):
            continue
        whole = cut_at_break(strip_span(ent))
        span = name_without_article(whole)
        if not span or place_covering(pindex, span) is not None or is_demonym(span.text):
            continue
        if not_a_body(span, datelines):
            continue
        if not any(t.text[:1].isupper() and not is_demonym(t.text) for t in span):
            # "the defence ministry", "Dutch transport ministry": an unnamed institution
            if span[-1].lower_ in word_lists()["institution_nouns"]:
                key = f"role|{span.text.lower()}"
                actor = by_key.get(key)
                if actor is None:
                    actor = ActorItem(name=span.text, kind="role", key=key)
                    by_key[key] = actor
                    orgs.append(actor)
                actor.add_mention(whole)
            continue
        span = trim_common_words(span)
        if any(t.i in defined_at and defined_at[t.i] != span for t in span):
            continue
        if any(t.idx in persons_at for t in span):
            continue
        nxt = doc[span.end] if span.end < len(doc) else None
        cue = nxt is not None and nxt.lower_ in word_lists()["org_after_nouns"]
        if len(span) == 1 and span[0].tag_ in {"NN", "NNS"} and not cue:
            continue  # a common noun the model took for a name ("Women 's singles")
        if looks_like_titled_name(span) or not any(c.isalpha() for c in span.text):
            continue
        if span.text in shown:
            continue  # a person's name the model took for an organization
        key = without_article(span).text.lower()
        compact = span.text.replace(".", "")
        if compact.isupper() and 2 <= len(compact) <= 6 and " " not in compact:
            acronyms.append(span)
            continue
        actor = by_key.get(key)
        if actor is None:
            actor = ActorItem(name=without_article(span).text, kind="organization", key=key)
            by_key[key] = actor
            orgs.append(actor)
        # The mention is the name as written, with its article ("the European Union"),
        # like the other actors' mentions; the name itself goes without it.
        if span.start == whole.start + 1 and whole[0].lower_ == "the":
            span = doc[whole.start : span.end]
        actor.add_mention(span)
    for name, short in definitions:
        if place_of_span(pindex, name) is not None or any(
            t.idx in persons_at for t in (*name, *short)
        ):
            continue
        key = name.text.lower()
        actor = by_key.get(key)
        if actor is None:
            org_word = any(t.lower_ in word_lists()["org_words"] for t in name)
            if not org_word and short[0].ent_type_ != "ORG" and name.root.ent_type_ != "ORG":
                continue  # a defined term, not a body ("Generally Accepted ... ( GAAP )")
            actor = ActorItem(name=name.text, kind="organization", key=key)
            by_key[key] = actor
            orgs.append(actor)
        actor.add_mention(name)
        actor.add_mention(short)
        by_key.setdefault(short.text.lower(), actor)
    for span in acronyms:
        compact = span.text.replace(".", "")
        actor = by_key.get(compact.lower())
        if actor is None:
            for org in orgs:
                if acronym_of(org.name.split()) == compact:
                    actor = org
                    break
        if actor is None:
            actor = ActorItem(name=span.text, kind="organization", key=compact.lower())
            by_key[compact.lower()] = actor
            orgs.append(actor)
        actor.add_mention(span)
    for actor in orgs:
        actor.mentions.sort(key=lambda m: m.start)
    return orgs


def person_names(people: list[ActorItem]) -> dict[str, ActorItem]:
    """Each person's full name and its first and last word, unless two people share it."""
    index: dict[str, ActorItem | None] = {}
    for actor in people:
        words = actor.name.split()
        forms = {actor.name} | ({words[0], words[-1]} if len(words) > 1 else set())
        for form in forms:
            if len(form) < 2 or not form[:1].isupper():
                continue
            index[form] = actor if index.get(form, actor) is actor else None
    return {form: actor for form, actor in index.items() if actor is not None}


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
        for form in forms:
            if not form[:1].isupper():
                continue
            variants = {form, form.upper()} if any(c.islower() for c in form) else {form}
            for variant in variants:
                key = tuple(variant.split())
                index[key] = actor if index.get(key, actor) is actor else None
    return {key: actor for key, actor in index.items() if actor is not None}


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
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.idx in taken_chars or not token.text[:1].isupper():
            i += 1
            continue
        match = None
        for n in range(min(longest, len(doc) - i), 0, -1):
            key = tuple(t.text for t in doc[i : i + n])
            if key in forms:
                match = (n, forms[key])
                break
        if match is None:
            i += 1
            continue
        n, actor = match
        span = doc[i : i + n]
        before = doc[i - 1].lower_ if i else ""
        if (
            _inside_name(span)
            or (actor.key.startswith("team|") and _venue(span))
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


def _inside_name(span: Span) -> bool:
    """Whether a span continues a longer capitalized name ("Washington" in "Washington Post")."""
    if span.text.isupper():
        return False  # a line in capitals: every neighbour is capitalized
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(
        t is not None
        and t.text[:1].isupper()
        and t.is_alpha
        and not t.text.isupper()
        and not (t is before and t.is_sent_start)
        and not (t is after and t.is_sent_start)
        for t in (before, after)
    )


def _affiliation_from_modifiers(doc: Doc, phrase: Span, exclude: Token) -> Place | None:
    """A demonym or possessive place inside a phrase ("Armenian", "Italy's", "the country's")."""
    pindex = place_index(doc._.claimx_places)
    for token in phrase:
        if token == exclude:
            continue
        if token.text[:1].isupper():
            place = demonym_place(doc, token.text)
            if place is not None:
                return place
        place = pindex.get(token.idx)
        if place is not None:
            return place
        if token.lower_ == "country" and any(c.tag_ == "POS" for c in token.children):
            return last_country_before(doc, phrase.start_char)
    return None


def last_country_before(doc: Doc, offset: int) -> Place | None:
    """The country mentioned last before an offset ("the country's foreign ministry")."""
    best: tuple[int, Place] | None = None
    for place in doc._.claimx_places:
        if place.kind != "country":
            continue
        for m in place.mentions:
            if m.end <= offset and (best is None or m.start > best[0]):
                best = (m.start, place)
    return best[1] if best else None


def find_unnamed(doc: Doc, taken: set[int], actors_at: dict[int, ActorItem]) -> list[ActorItem]:
    """Role-actors, institutions and groups found in the parse."""
    lists = word_lists()
    found: list[ActorItem] = []
    roles: dict[str, ActorItem] = {}
    institutions: dict[str, ActorItem] = {}
    groups: dict[str, ActorItem] = {}
    nouns = lists["institution_nouns"] | lists["role_nouns"] | lists["group_nouns"]
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
        if lower in lists["institution_nouns"] and (dets or has_demonym):
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
        if _line_kind(doc, phrase) in {"title", "headline", "boilerplate"}:
            continue
        affiliation: Place | ActorItem | None = None
        for t in phrase:
            if t.i in actors_at and t.i != token.i:
                affiliation = actors_at[t.i]
                break
        place = _affiliation_from_modifiers(doc, phrase, token)
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
    """Plural demonyms as groups: "ethnic Armenians", "Armenians"."""
    groups: dict[str, ActorItem] = {}
    for ent in doc.ents:
        if ent.label_ not in {"NORP", "PERSON"}:
            continue
        root = ent.root
        if root.tag_ not in {"NNPS", "NNS"} or root.i in taken:
            continue
        place = demonym_place(doc, root.text)
        if place is None:
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
    for place in doc._.claimx_places:
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


def attach_titles(doc: Doc, people: list[ActorItem]) -> None:
    """Titles and affiliations read around each person's mentions."""
    for actor in people:
        for m in actor.mentions:
            span = doc.char_span(m.start, m.end)
            if span is None:
                continue
            title, before = title_before(span)
            if title is not None:
                actor.add_title(title.text)
                if actor.affiliation is None and before is not None:
                    actor.affiliation = _place_for_span(doc, before)
            appos = appositive_title(span) if title is None else None
            if appos is not None:
                actor.add_title(appos.text)
                if actor.affiliation is None:
                    actor.affiliation = _affiliation_from_modifiers(doc, appos, appos.root)


def _place_for_span(doc: Doc, span: Span) -> Place | None:
    place = place_of_span(place_index(doc._.claimx_places), span)
    return place if place is not None else demonym_place(doc, span.text)


def reclaim_surnames(doc: Doc, people: list[ActorItem]) -> set[int]:
    """Move place mentions that are the surname of a person named in full in the body to
    that person ("Washington" after "MaliVai Washington", "Duran" after "Roberto Duran"),
    unless the words around it read as a place ("in Washington", "Duran , Ecuador") or
    the place is a country. Returns the characters moved."""
    surnames: dict[str, ActorItem | None] = {}
    for actor in people:
        words = actor.name.split()
        in_body = any(
            in_nonbody(doc, m.start, m.end) is None and len(m.text.split()) > 1
            for m in actor.mentions
        )  # not only in a headline or a byline
        if in_body and len(words) > 1 and len(words[-1]) > 2 and is_name_word_text(words[-1]):
            key = words[-1]
            surnames[key] = actor if surnames.get(key, actor) is actor else None
    moved: set[int] = set()
    if not surnames:
        return moved
    pindex = place_index(doc._.claimx_places)
    for place in doc._.claimx_places:
        if place.kind == "country":
            continue  # a title run into a name ("Rethinking Egypt-US relations")
        for m in place.mentions:
            actor = surnames.get(m.text)
            if actor is None or any(p.start <= m.start < p.end for p in actor.mentions):
                continue
            span = doc.char_span(m.start, m.end)
            if span is None or in_nonbody(doc, m.start, m.end) is not None:
                continue
            before = doc[span.start - 1] if span.start else None
            if before is not None and before.lower_ in LOCATIVE_WORDS or _inside_name(span):
                continue  # "in Washington", "Dublin City Council"
            after = doc[span.end + 1] if span.end + 1 < len(doc) else None
            if after is not None and doc[span.end].text == "," and after.idx in pindex:
                continue
            actor.add_mention(span)
            moved.update(range(m.start, m.end))
    for actor in people:
        actor.mentions.sort(key=lambda m: m.start)
    return moved


def is_name_word_text(text: str) -> bool:
    """A capitalized word with lower-case letters ("Washington", not "USA")."""
    return text[:1].isupper() and any(c.islower() for c in text) and text.isalpha()


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
