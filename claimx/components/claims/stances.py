"""Claims cued by other than a reporting verb: light and phrasal verbs, estimates, held
views, stance adjectives and clauses, source prepositions and speech nouns."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimx.components.claims.actors import ActorIndex
from claimx.components.claims.assets import (
    CLAUSE_MARKS,
    FIRST_SECOND_PERSON,
    NOUN_PREPS,
    NOUN_SOURCE_PREPS,
    OBJECT_TAIL_DEPS,
    SOURCE_PREPS,
    STANCE_PREPS,
    SUBJECT_DEPS,
    TIME_ENTS,
    ClaimItem,
    cue_lemma,
    cue_lists,
    reported,
)
from claimx.components.claims.cues import holds_views, is_cue
from claimx.components.claims.quotations import in_quote
from claimx.components.claims.spans import speaker_phrase, subject_of, subtree_span
from claimx.extensions import doc_text

LIGHT_WORD_DEPS = {"dobj", "oprd", "ccomp", "acomp", "attr"}


LIGHT_PREPS = {"with", "at", "on", "against", "about", "over", "for", "to", "in"}


def light_verb_word(verb: Token, lists: dict[str, set[str]]) -> Token | None:
    """The noun or adjective that makes a light verb a cue: "made clear", "took aim"."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = cue_lemma(verb)
    for c in verb.children:
        if c.dep_ in LIGHT_WORD_DEPS and f"{lemma} {cue_lemma(c)}" in lists["light_verbs"]:
            return c
    return None


def light_verb_content(verb: Token, word: Token) -> tuple[int, int] | None:
    """What a light-verb cue reports: a clause after its word ("made clear that X",
    "made the point that X") or its preposition's object ("took aim at X")."""
    heads = [word, verb]
    for head in heads:
        for c in head.children:
            if c.i > word.i and c.dep_ in {"ccomp", "advcl", "acl"} and c.pos_ in {"VERB", "AUX"}:
                if any(
                    d.dep_ == "mark" and d.lower_ in CLAUSE_MARKS or d.dep_ in SUBJECT_DEPS
                    for d in c.children
                ):
                    return subtree_span(c)
    for head in heads:
        for c in head.children:
            if c.i > word.i and c.dep_ == "prep" and c.lower_ in LIGHT_PREPS:
                objects = [o for o in c.children if o.dep_ in {"pobj", "pcomp"}]
                if objects and objects[0].ent_type_ not in TIME_ENTS:
                    return subtree_span(objects[0])
    return None


def light_verb_claim(
    token: Token,
    sentence: tuple[int, int],
    lists: dict[str, set[str]],
    index: ActorIndex,
    quotes: list[tuple[int, int]],
) -> ClaimItem | None:
    """A light verb and its word as one cue ("X made clear that Y", "X took aim at Y")."""
    word = light_verb_word(token, lists)
    content = light_verb_content(token, word) if word is not None else None
    if word is None or content is None:
        return None
    # the phrase as written ("made it clear"), as its span highlights it: no verb's lemma
    span = (min(token.idx, word.idx), max(token.idx + len(token), word.idx + len(word)))
    cue = doc_text(token.doc)[span[0] : span[1]].lower()
    return _phrase_claim(token, content, sentence, index, quotes, cue, span)


def phrasal_verb_content(
    verb: Token, lists: dict[str, set[str]]
) -> tuple[str, tuple[int, int]] | None:
    """A verb and its particle or preposition that together make a cue, with what they
    report: the preposition's object ("railed against X", "lashed out at X") or, after a
    particle alone, the verb's object ("called out X for Y", "played down X")."""
    if verb.pos_ != "VERB":
        return None
    lemma = cue_lemma(verb)
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    for prep in verb.rights:
        objects = [o for o in prep.children if o.dep_ in {"pobj", "pcomp"}]
        phrase = " ".join([lemma, *particles, prep.lower_])
        if prep.dep_ == "prep" and objects and phrase in lists["phrasal_verbs"]:
            if objects[0].ent_type_ not in TIME_ENTS:
                return phrase, subtree_span(objects[0])
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    phrase = " ".join([lemma, *particles])
    if particles and objects and phrase in lists["phrasal_verbs"]:
        start, end = subtree_span(objects[0])
        for child in verb.rights:
            if child.i > objects[0].i and child.dep_ in OBJECT_TAIL_DEPS:
                end = max(end, subtree_span(child)[1])
        return phrase, (start, end)
    return None


def phrasal_verb_claim(
    token: Token,
    sentence: tuple[int, int],
    lists: dict[str, set[str]],
    index: ActorIndex,
    quotes: list[tuple[int, int]],
) -> ClaimItem | None:
    """A phrasal verb of speech or attitude ("X railed against Y", "X called out Y")."""
    found = phrasal_verb_content(token, lists)
    if found is None:
        return None
    phrase, content = found
    return _phrase_claim(token, content, sentence, index, quotes, phrase)


def _phrase_claim(
    token: Token,
    content: tuple[int, int],
    sentence: tuple[int, int],
    index: ActorIndex,
    quotes: list[tuple[int, int]],
    cue: str,
    cue_span: tuple[int, int] | None = None,
) -> ClaimItem | None:
    """The claim of a cue of several words (a light verb and its word, a verb and its
    particle or preposition), named by the whole phrase; held by the verb's subject when
    that is a person or institution ("the ruling made clear that X" reports nothing)."""
    claim = held_view(token, content, sentence, index, quotes)
    if claim is not None:
        claim.cue = cue
        claim.cue_span = cue_span
    return claim


def held_view(
    token: Token,
    content: tuple[int, int],
    sentence: tuple[int, int],
    index: ActorIndex,
    quotes: list[tuple[int, int]],
    verb: Token | None = None,
) -> ClaimItem | None:
    """The claim of a cue's subject (or its ``verb``'s: the copula of an adjective) when it
    is a person or institution that holds a view (not "I", not a passive's patient, not a
    thing) and stands outside the content."""
    subject = subject_of(verb if verb is not None else token)
    if subject is None or subject.dep_ == "nsubjpass" or subject.lower_ in FIRST_SECOND_PERSON:
        return None
    phrase = speaker_phrase(subject)
    if phrase.start_char < content[1] and content[0] < phrase.end_char:
        return None
    speaker = index.for_subject(subject, phrase)
    if not holds_views(subject, speaker, cue_lists()) or in_quote(token, quotes):
        return None
    return reported(token, content, sentence, speaker, phrase)


def estimate_content(verb: Token, lists: dict[str, set[str]]) -> tuple[int, int] | None:
    """ "put his net worth at $4 billion", "pegged turnout at 60 percent": a verb of placing
    with an object and "at" a number is an estimate; the object and the figure are its content."""
    if verb.pos_ != "VERB" or cue_lemma(verb) not in lists["estimate_verbs"]:
        return None
    objects = [c for c in verb.rights if c.dep_ == "dobj"]
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ == "at" and objects and prep.i > objects[0].i:
            if any(
                t.like_num or t.ent_type_ in {"MONEY", "PERCENT", "CARDINAL"} for t in prep.subtree
            ):
                return subtree_span(objects[0])[0], subtree_span(prep)[1]
    return None


def estimate_claim(
    token: Token, sentence: tuple[int, int], lists: dict[str, set[str]], index: ActorIndex
) -> ClaimItem | None:
    """An estimate and who made it: "Forbes put his net worth at $4 billion", "initial
    estimates put the total at 55,000"."""
    content = estimate_content(token, lists)
    subject = subject_of(token) if content is not None else None
    if subject is None or subject.dep_ == "nsubjpass" or subject.lower_ in {"it", "this", "that"}:
        return None
    phrase = speaker_phrase(subject)
    return reported(token, content, sentence, index.for_subject(subject, phrase), phrase)


def clause_stance(token: Token, lists: dict[str, set[str]]) -> tuple[Token, tuple[int, int]] | None:
    """A verb and its complement clause, marked ("that", "whether") or with its own subject."""
    if token.pos_ != "VERB" or cue_lemma(token) in lists["not_cues"] or _extraposes(token):
        return None
    for c in token.children:
        if (
            c.dep_ == "ccomp"
            and c.i > token.i
            and c.pos_ in {"VERB", "AUX"}
            and any(
                d.dep_ == "mark" and d.lower_ in CLAUSE_MARKS or d.dep_ in SUBJECT_DEPS
                for d in c.children
            )
        ):
            return token, subtree_span(c)
        if c.dep_ == "xcomp" and c.i > token.i and _is_infinitive(c):
            if cue_lemma(token) in lists["volition_verbs"]:
                # "X aims to Y", "X ordered the troops to leave": the will, or the order, is X's
                objects = [o for o in token.children if o.dep_ == "dobj" and token.i < o.i < c.i]
                start = subtree_span(objects[0])[0] if objects else subtree_span(c)[0]
                return token, (start, subtree_span(c)[1])
    return None


def _extraposes(verb: Token) -> bool:
    """ "It remains unclear whether X", "it became clear that X", "it is assumed that X": an
    empty "it" stands for the clause, which no one is said to hold."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return (
        bool(subjects)
        and subjects[0].lower_ == "it"
        and (
            subjects[0].dep_ == "nsubjpass"
            or any(c.dep_ in {"acomp", "oprd"} and c.pos_ == "ADJ" for c in verb.children)
        )
    )


def adjective_stance(
    token: Token, lists: dict[str, set[str]]
) -> tuple[Token, tuple[int, int]] | None:
    """A stance adjective after a copula and what it is about: its clause or "of"/"about" X."""
    if token.dep_ != "acomp" or not {token.lower_, cue_lemma(token)} & lists["stance_adjectives"]:
        return None
    for c in token.children:
        if c.dep_ == "ccomp" or c.dep_ == "xcomp" and _wills(token, c, lists):
            return token.head, subtree_span(c)  # "X is confident that Y", "X is eager to Y"
        if c.dep_ == "prep" and c.lower_ in STANCE_PREPS:
            objects = [o for o in c.children if o.dep_ in {"pobj", "pcomp"}]
            if objects:
                return token.head, subtree_span(objects[0])
    return None


def _wills(adjective: Token, verb: Token, lists: dict[str, set[str]]) -> bool:
    """An adjective of will with its infinitive ("eager to sign"); "sure to win" and
    "likely to win" are no one's view."""
    return cue_lemma(adjective) in lists["volition_adjectives"] and _is_infinitive(verb)


def _is_infinitive(verb: Token) -> bool:
    """A verb with "to" before it: "eager to sign", "her promise to cut taxes"."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def source_prep_claim(
    prep: Token, sent: Span, lists: dict[str, set[str]], index: ActorIndex
) -> ClaimItem | None:
    """ "In X's view, Y", "in the latest X poll, Y", "to her mind, Y": a source in a
    preposition phrase; views and minds need their owner, who is the speaker."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return None
    noun = objects[0]
    lemma = cue_lemma(noun)
    if lemma not in lists[SOURCE_PREPS[prep.lower_]]:
        return None
    owner = [c for c in noun.children if c.dep_ == "poss"]
    if lemma in lists["owned_sources"]:
        if not owner:
            return None
        source = owner[0]
        phrase = source.doc[source.left_edge.i : source.i + 1]
    else:
        source = noun
        phrase = speaker_phrase(noun)
    head = prep.head
    while head.pos_ not in {"VERB", "AUX"} and head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
    if prep.i > head.i and prep.doc[prep.i - 1].text != ",":
        return None  # "leads in the polls": a source stands before its clause or between commas
    if is_cue(head, lists) or any(is_cue(t, lists) for t in head.children):
        return None  # "said in an interview": the verb's own claim
    content = subtree_span(head, exclude={t.i for t in prep.subtree} | {prep.i})
    if content[1] <= content[0]:
        return None
    return ClaimItem(
        start=content[0],
        end=content[1],
        sentence=(sent.start_char, sent.end_char),
        kind="reported",
        cue=prep.lower_,
        cue_i=prep.i,
        speaker=index.for_subject(source, phrase),
        speaker_span=(phrase.start_char, phrase.end_char),
    )


def noun_content(noun: Token) -> tuple[int, int] | None:
    """What a speech noun reports: its "that" clause ("the claim that X"), its infinitive
    ("her promise to cut taxes") or "about X"."""
    for child in noun.rights:
        # a complement clause, not a relative one: "that" is its marker, not its subject
        if child.dep_ in {"acl", "relcl"} and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children
        ):
            return subtree_span(child)
        if child.dep_ == "acl" and _is_infinitive(child):
            return subtree_span(child)
        if child.dep_ == "prep" and child.lower_ in NOUN_PREPS:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            if objects and objects[0].ent_type_ not in TIME_ENTS:
                return subtree_span(objects[0])
    return None


def received_stance(
    noun: Token, lists: dict[str, set[str]]
) -> tuple[tuple[int, int], tuple[Span, Token]] | None:
    """ "X drew criticism from Y over Z", "X won support among Y": a stance noun received
    from a source; the source holds it, about what the noun names or else about X."""
    verb = noun.head
    if noun.dep_ != "dobj" or cue_lemma(verb) not in lists["receiving_verbs"]:
        return None
    for prep in [*noun.rights, *(c for c in verb.rights if c.i > noun.i)]:
        sources = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.dep_ != "prep" or prep.lower_ not in NOUN_SOURCE_PREPS or not sources:
            continue
        content = noun_content(noun)
        subject = subject_of(verb)
        if content is None and subject is not None:
            phrase = speaker_phrase(subject)
            content = (phrase.start_char, phrase.end_char)
        return (content, (speaker_phrase(sources[0]), sources[0])) if content else None
    return None


def noun_owner(noun: Token) -> tuple[Span, Token] | None:
    """Who a speech noun belongs to, as a phrase and its head: "Trump's claim", "a Times
    report", "X voiced support for Y", "X issued a warning that Y"."""
    doc = noun.doc
    subject = subject_of(noun.head) if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
    if subject is not None and subject.dep_ == "nsubjpass":
        subject = None
    for child in noun.children:
        if child.dep_ == "poss":
            if child.pos_ == "PRON" and subject is not None and subject.pos_ != "PRON":
                # "the president renewed his pledge to X": the pronoun is the subject's
                return speaker_phrase(subject), subject
            return doc[child.left_edge.i : child.i + 1], child
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names:
        return doc[names[0].left_edge.i : names[-1].i + 1], names[-1]
    if subject is not None:
        return speaker_phrase(subject), subject
    return None


def nominal_claim(noun: Token, sentence: tuple[int, int], index: ActorIndex) -> ClaimItem | None:
    """A claim reported by a noun with an owner: "Trump's claim that X"."""
    received = received_stance(noun, cue_lists())
    content, owned = received if received is not None else (noun_content(noun), noun_owner(noun))
    if content is None or owned is None:
        return None
    owner, head = owned
    if owner.start_char < content[1] and content[0] < owner.end_char:
        return None
    speaker = index.for_subject(head, owner)
    if head.dep_ in SUBJECT_DEPS and not holds_views(head, speaker, cue_lists()):
        return None  # "the bill has support for X": only people and institutions hold views
    return reported(noun, content, sentence, speaker, owner)
