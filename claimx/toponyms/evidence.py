"""How the text writes a name: as a place ("in Berea", "a Camarillo resident"), as the
opening of a body's name ("Gainesville Police"), as a person or a common word."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimx.extensions import doc_text
from claimx.gazetteer import Gazetteer, PlaceInfo
from claimx.lexicon import CLITICS, role_after, sentence_initial_plural, word_lists
from claimx.toponyms.assets import (
    _LEADING_THE_RE,
    AGREEMENT_NOUNS,
    COUNTY_RE,
    EMBEDDING_LABELS,
    HONORIFICS,
    INSTITUTION_RE,
    LIST_WORDS,
    LOCAL_BODY_RE,
    LOCAL_NOUNS,
    LOCATIVE_PREPOSITIONS,
    OWN_BODY_RES,
)
from claimx.toponyms.spans import Candidate


def place_evidence(doc: Doc, start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """Whether the name at ``start:end`` is written as places are: after a locative
    preposition ("in Gainesville", "Larry Dunaway of Berea"), before a noun for its people or
    bodies ("a Camarillo resident", "Winona police", "Sligo-based") or for what was agreed
    there ("the Dayton peace treaty", "the Minsk talks"), after a noun for a kind of place
    ("the capital Skopje", "the town of Zvornik"), or listed with places (``places``: spans
    of sure place mentions) as in "Becker, Clay and Douglas counties"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    i, j = span.start, span.end
    prev = doc[i - 1].lower_ if i > 0 else ""
    nxt = doc[j].text if j < len(doc) else ""
    after = doc[j + 1].text if j + 1 < len(doc) else ""
    if _opens_longer_name(doc, j):
        return False  # "married to Wells Fargo board member": the body's, not the town
    if prev in LOCATIVE_PREPOSITIONS:
        return True
    if prev == "of" and nxt not in CLITICS:
        return True  # "the mayor of Sligo"; not "said of Jones' appointment"
    if nxt in LOCAL_NOUNS or (nxt in ("-", "–") and after == "based"):
        return True
    if nxt in AGREEMENT_NOUNS or (nxt.islower() and after in AGREEMENT_NOUNS):
        return True  # "the Dayton peace treaty": where it was agreed
    if LOCAL_BODY_RE.match(doc_text(doc), end):
        return True  # "Gainesville Police Officer Shawn Barnes", "Lancaster City Council"
    if _after_place_noun(span):
        return True
    ends = {e for _, e in places}
    starts = {s for s, _ in places}
    if prev in LIST_WORDS and i > 1 and doc[i - 2].idx + len(doc[i - 2]) in ends:
        return True
    return nxt in LIST_WORDS and j + 1 < len(doc) and doc[j + 1].idx in starts


#: dependencies of a name that is the subject of a clause: "the city Bush visited"
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def _after_place_noun(span: Span) -> bool:
    """Whether a name follows a lower-case noun for a kind of place, or its "of": "the
    capital Skopje", "the eastern city of Turnhout", "the towns of Rousse and Ruse"; not a
    name opening a relative clause after the noun ("the city Bush visited")."""
    doc, i = span.doc, span.start
    nouns = word_lists()["place_nouns"]
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.lower_ == "of" and i > 1:
        before = doc[i - 2]
    if before is None or not before.is_lower or before.lower_ not in nouns:
        return False
    return span.root.dep_ not in _SUBJECT_DEPS or doc[i - 1].lower_ == "of"


def _opens_longer_name(doc: Doc, j: int) -> bool:
    """Whether the name ending before token ``j`` runs on in the model's entity with a word
    that names no body or building of a town ("Wells Fargo", "Ora Media"; not "Youngstown
    State University", "Gainesville Police")."""
    if j >= len(doc) or doc[j].ent_iob_ != "I":
        return False
    ent_end = j
    while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
        ent_end += 1
    rest = doc_text(doc)[
        doc[j - 1].idx + len(doc[j - 1]) : doc[ent_end - 1].idx + len(doc[ent_end - 1])
    ]
    return not any(r.search(rest) for r in OWN_BODY_RES)


def _acts_as_person(doc: Doc, cand: Candidate) -> bool:
    """Whether a name the model called a person is written as one right after it, with a
    person's role in apposition ("the daughter of Aung San, the Burmese leader"): a
    preposition before such a name is no sign of a place."""
    if cand.label != "PERSON":
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and role_after(span)


def _shown_as_place(doc: Doc, cand: Candidate) -> bool:
    """Whether a mention the model called a place is written as no person's name is: a
    state after it ("Erie, Pa."), or "in" or "near" before it where it names no one's thing
    ("blanked in Erie"; not "in Ravenel cocaine case", "in Flores' honor"). A name the model
    called a person is no place for it ("confidence in Rubio", "Bush, Florida's former
    governor"), nor is a noun after a name a sign ("Clinton voters", "Sochi voters")."""
    if cand.relabeled:
        return False
    if cand.hint:
        return True
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text in CLITICS):
        return False
    return prev in ("in", "near", "outside")


def _verb_honorific(ent: Span) -> bool:
    """Whether the word before a name is an honorific written in lower case, a verb ("to miss
    Rochester"): honorifics are capitalized ("Miss Rochester")."""
    prev = ent.doc[ent.start - 1]
    return prev.text[:1].islower() and prev.lower_ in HONORIFICS


def embedded_place(text: str, ent_start: int, start: int, label: str) -> bool:
    """Whether a place name at ``start`` inside an entity is a place mention of its own.

    Local institutions are named after their town or state, and the name still places the
    story there ("Gainesville Police", "the Ohio Department of Development"): a name the
    document already uses as a place counts when it opens an organization's name.
    """
    if label not in EMBEDDING_LABELS:
        return False
    lead = _LEADING_THE_RE.match(text, ent_start)
    return start == (lead.end() if lead else ent_start)


def leading_place(
    doc: Doc, gaz: Gazetteer, start: int, end: int, label: str
) -> tuple[int, int] | None:
    """The span of a place opening the name at ``start:end`` when it names a body or a
    building of that place ("the Ohio Department of Health", "Laurel County Sheriff")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    first = 1 if span[0].lower_ == "the" else 0
    for n in (3, 2, 1):
        if first + n >= len(span):
            continue
        head = span[first : first + n]
        if not head[-1].text[:1].isalnum():
            continue  # "HAMILTON - Police": the name ends before the dash
        info = gaz.lookup(head.text)
        if info is None:
            continue
        rest = doc_text(doc)[head.end_char : end]
        if leads_institution(gaz, head.text, info, rest, label):
            return head.start_char, head.end_char
        return None  # a longer place name wins: "Kansas City Royals"
    return None


def leads_institution(gaz: Gazetteer, name: str, info: PlaceInfo, rest: str, label: str) -> bool:
    """Whether the place ``name`` opening an entity (``rest`` follows it) is a mention of its own.

    States, provinces and countries name their agencies ("Texas Department of Transportation",
    "Ontario Provincial Police"); towns and counties their police, councils and schools
    ("Mansfield Police", "Clarke County Board").
    """
    if info.kind == "country" or (gaz.is_region(info) and gaz.region(name) is info):
        return label in EMBEDDING_LABELS and bool(INSTITUTION_RE.search(rest))
    if info.kind not in ("city", "region") or rest[:1] not in (" ", "\u2019", "'"):
        return False
    # a county names nothing but itself; a town may share its name with a common word
    # ("the Commerce Department", "the Supreme Court")
    return bool(COUNTY_RE.search(name) or LOCAL_BODY_RE.match(rest))


def _title_text(text: str) -> bool:
    return len(text) > 1 and text[0].isupper() and text[1:].islower() and text.isalpha()


def _opening_plural(doc: Doc, cand: Candidate) -> bool:
    """Whether a mention is one plural common noun capitalized only where it opens a
    sentence (see claimx.lexicon.sentence_initial_plural)."""
    span = doc.char_span(cand.start, cand.end)
    return span is not None and len(span) == 1 and sentence_initial_plural(span[0])


def _written_as_place(doc: Doc, cand: Candidate) -> bool:
    """Whether the text writes a mention as a place: a state after it ("Union, N.J."), a
    locative word before it or a local noun after it (see place_evidence)."""
    return bool(cand.hint) or cand.evidence or place_evidence(doc, cand.start, cand.end, [])


def _function_word(doc: Doc, cand: Candidate) -> bool:
    """Whether a mention is one function word ("Over", "Many", "Both") capitalized in a
    title or at a sentence start, with no state after it: never a place name in news."""
    span = doc.char_span(cand.start, cand.end)
    if span is None or len(span) != 1 or span[0].text.isupper():
        return False  # "US", "IN": written in capitals, the country or the state
    return span[0].is_stop and not cand.hint


#: the tagger's adjectives: "Olympic champion", "Arab culture"
_ADJECTIVE_TAGS = {"JJ", "JJR", "JJS"}


def _adjective(doc: Doc, cand: Candidate) -> bool:
    """Whether a mention is one word the tagger reads as an adjective of the noun after it
    ("the Olympic champion", "in Arab culture"), with no state after it, where the model
    did not call it a town, a region or a body and the noun names none of a place's
    people, bodies or kinds of place: a town's name before a noun is a proper noun ("a
    Winona man", "the Dayton treaty"), and the tagger takes a few for adjectives ("the
    Tskhinvali region", "a Nepal man"). Words in capitals are left alone: headlines are
    read poorly."""
    span = doc.char_span(cand.start, cand.end)
    if span is None or len(span) != 1 or cand.hint or not span[0].is_title:
        return False
    if cand.label in ("GPE", "LOC", "ORG"):
        return False  # a company named after its town is the organizations' to read
    word, head = span[0], span[0].head
    if word.tag_ not in _ADJECTIVE_TAGS or word.dep_ != "amod" or head.i != word.i + 1:
        return False
    # "a Nepal man", "Dalian port officials": a place's people, bodies and kind of place
    return head.lower_ not in LOCAL_NOUNS and head.lower_ not in word_lists()["place_nouns"]


def _body_word_place(doc: Doc, cand: Candidate, info: PlaceInfo | None, context: set[str]) -> bool:
    """Whether a one-word name for a body ("Union", "Congress") is the town: a state after
    it ("Union, N.J."), or written as a place where the model took it for one or in a story
    from the town's state ("the fair in Union" beside New Jersey); "Republicans in Congress"
    (an organization to the model) is the body, not Congress, Arizona."""
    if cand.hint or (not cand.relabeled and _written_as_place(doc, cand)):
        return True  # the model took it for a place too
    in_state = info is not None and info.region_key is not None and info.region_key in context
    return in_state and _written_as_place(doc, cand)
