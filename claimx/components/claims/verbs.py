"""The claim at a token: "according to X", a reporting verb with its speaker and content,
or one of the other cues."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimx.components.claims.actors import ActorIndex
from claimx.components.claims.assets import (
    FIRST_SECOND_PERSON,
    RELATIVE_PRONOUNS,
    SOURCE_PREPS,
    SUBJECT_DEPS,
    ClaimItem,
    cue_lemma,
    reported,
)
from claimx.components.claims.cues import (
    asks_whether,
    connective,
    cue_content,
    holds_views,
    is_cue,
    is_evidence,
    is_parenthetical,
    no_reply,
    reduced_passive,
    unperformed,
)
from claimx.components.claims.quotations import in_quote
from claimx.components.claims.spans import (
    WORD_SIGNS,
    speaker_phrase,
    subject_of,
    subtree_span,
    unattached_subject,
)
from claimx.components.claims.stances import (
    adjective_stance,
    clause_stance,
    estimate_claim,
    held_view,
    light_verb_claim,
    nominal_claim,
    phrasal_verb_claim,
    source_prep_claim,
)
from claimx.items import ActorItem


def claim_at(
    token: Token,
    sent: Span,
    lists: dict[str, set[str]],
    index: ActorIndex,
    quotes: list[tuple[int, int]],
) -> ClaimItem | None:
    doc = sent.doc
    sentence = (sent.start_char, sent.end_char)
    if in_quote(token, quotes):
        return None  # "… according to the rules", "in my opinion", "his concerns": its words
    if unperformed(token, lists):
        return None
    if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        return _according_to_claim(token, sent, index)
    if token.dep_ == "prep" and token.lower_ in SOURCE_PREPS:
        return source_prep_claim(token, sent, lists, index)
    if token.pos_ == "NOUN" and _verb_tagged_noun(token, sent, lists):
        return _tagged_noun_claim(token, sent, lists, index)
    if token.pos_ == "NOUN" and cue_lemma(token) in lists["nominal"]:
        return nominal_claim(token, sentence, index)
    phrasal = phrasal_verb_claim(token, sentence, lists, index, quotes)
    if phrasal is not None:
        return phrasal
    if not is_cue(token, lists):
        light = light_verb_claim(token, sentence, lists, index, quotes)
        estimate = estimate_claim(token, sentence, lists, index)
        return light or estimate or _stance_claim(token, sentence, lists, index, quotes)
    return _verb_claim(token, sent, lists, index, quotes)


def _according_to_claim(token: Token, sent: Span, index: ActorIndex) -> ClaimItem | None:
    """'according to X, Y': X speaks, the rest of the sentence is what was said."""
    to = sent.doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if not objects:
        return None
    phrase = speaker_phrase(objects[0])
    exclude = {t.i for t in token.subtree} | {t.i for t in to.subtree} | {token.i, to.i}
    rest = [t for t in sent if t.i not in exclude and not t.is_space]
    while rest and rest[0].is_punct and rest[0].text not in WORD_SIGNS:
        rest.pop(0)
    while rest and rest[-1].is_punct and rest[-1].text not in WORD_SIGNS:
        rest.pop()
    if not rest:
        return None
    return ClaimItem(
        start=rest[0].idx,
        end=rest[-1].idx + len(rest[-1]),
        sentence=(sent.start_char, sent.end_char),
        kind="reported",
        cue="according to",
        cue_span=(token.idx, to.idx + len(to)),
        speaker=index.for_subject(objects[0], phrase),
        speaker_span=(phrase.start_char, phrase.end_char),
    )


def _speaker_and_content(
    token: Token, content: tuple[int, int]
) -> tuple[Token | None, tuple[int, int]]:
    """The cue's speaking subject and its content, an agent of a passive taking its place.

    None when a passive names no agent ("it was reported", "Oz was criticized for …").
    """
    subject = subject_of(token) or unattached_subject(token)
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    if agent is not None and subject is not None and subject.dep_ == "nsubjpass":
        objects = [c for c in agent.children if c.dep_ == "pobj"]
        if objects:
            # "X was criticised by Y": Y speaks, X is the content
            content = subtree_span(subject)
            subject = objects[0]
    if subject is None or subject.dep_ == "nsubjpass" and subject.head.i == token.i:
        return None, content
    return subject, content


def _reports_nothing(
    token: Token,
    subject: Token,
    speaker: ActorItem | None,
    sent: Span,
    lists: dict[str, set[str]],
    quotes: list[tuple[int, int]],
) -> bool:
    """Cues that attribute nothing: inside a quotation, 'I think', questions, 'it shows'."""
    lemma = cue_lemma(token)
    if in_quote(token, quotes) or (
        subject.lower_ in FIRST_SECOND_PERSON and lemma in lists["weak"]
    ):
        return True  # "I think", "we know" and cues inside a quotation are its content
    if asks_whether(token, subject, sent):
        return True  # "Did the minister say …?" asks; it reports nothing
    if connective(token, subject, sent):
        return True  # "That said, X will go": the writer's concession, no one's report
    return lemma in lists["weak"] and (
        subject.lower_ in {"it", "this", "that", "there"}
        or not holds_views(subject, speaker, lists)
        and not any(c.dep_ == "ccomp" for c in token.children)
        and not is_evidence(subject, lists)
    )  # "it shows", "the fact shows that" are no attributions; "records show X" is one


def _statement_speaker(
    token: Token,
    subject: Token,
    speaker: ActorItem | None,
    phrase: Span,
    lists: dict[str, set[str]],
    index: ActorIndex,
) -> tuple[ActorItem | None, Span]:
    """'the ministry's statement said': the owner or issuer of a statement speaks."""
    if not (
        subject.lower_ in {"statement", "report"} or subject.lemma_ in lists["statement_nouns"]
    ):
        return speaker, phrase
    owner = [c for c in subject.children if c.dep_ == "poss"]
    issuer = subject_of(subject.head) if subject.dep_ == "dobj" else None
    if owner:
        return index.for_subject(owner[0], speaker_phrase(owner[0])) or speaker, phrase
    if issuer is not None and token.dep_ == "acl":
        # "the council issued a statement calling for X": the council speaks
        phrase = speaker_phrase(issuer)
        return index.for_subject(issuer, phrase), phrase
    return speaker, phrase


def _verb_claim(
    token: Token,
    sent: Span,
    lists: dict[str, set[str]],
    index: ActorIndex,
    quotes: list[tuple[int, int]],
) -> ClaimItem | None:
    """A reporting verb with a speaking subject and a content ('X said that …')."""
    content = cue_content(token, lists)
    if content is None or reduced_passive(token) or no_reply(token):
        return None
    subject, content = _speaker_and_content(token, content)
    if subject is None:
        return None  # a passive without its agent names no speaker: not an attribution
    phrase = speaker_phrase(subject)
    if (
        phrase.start_char < content[1]
        and content[0] < phrase.end_char
        and not is_parenthetical(token)
    ):
        return None  # the subject is inside the content: a parse gone wrong
    if _describes_speaker(token, subject, lists):
        return None
    speaker = index.for_subject(subject, phrase)
    if _reports_nothing(token, subject, speaker, sent, lists, quotes):
        return None
    speaker, phrase = _statement_speaker(token, subject, speaker, phrase, lists, index)
    return reported(token, content, (sent.start_char, sent.end_char), speaker, phrase)


def _describes_speaker(cue: Token, subject: Token, lists: dict[str, set[str]]) -> bool:
    """A relative clause with an object, no clause, on the subject of another cue describes
    that speaker ("said Ann Lee, who backs the mayor": who she is); "X, who said Y, said Z"
    reports Y."""
    noun = cue.head
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head  # "said Ann Lee, a council member who backs the mayor"
    return (
        cue.dep_ == "relcl"
        and subject.lower_ in RELATIVE_PRONOUNS
        and noun.dep_ in SUBJECT_DEPS
        and noun.head.i != cue.i
        and is_cue(noun.head, lists)
        and not any(c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in cue.children)
    )


def _stance_claim(
    token: Token,
    sentence: tuple[int, int],
    lists: dict[str, set[str]],
    index: ActorIndex,
    quotes: list[tuple[int, int]],
) -> ClaimItem | None:
    """A verb outside the cue lists with a human subject and a "that" clause ("X learned
    that Y"), or a stance adjective ("X is critical of Y", "X is confident that Y")."""
    found = clause_stance(token, lists) or adjective_stance(token, lists)
    if found is None:
        return None
    verb, content = found
    # "the data suggest that": only people and institutions hold views
    return held_view(token, content, sentence, index, quotes, verb=verb)


#: what a sentence may open with before a reporting verb the tagger took for a noun
NOUN_PHRASE_POS = {"PROPN", "NOUN", "DET", "ADJ", "PUNCT", "NUM"}


def _verb_tagged_noun(token: Token, sent: Span, lists: dict[str, set[str]]) -> bool:
    """A reporting verb the tagger took for a noun in a sentence left with no verb of its
    own ("Trump claims he is worth $10 billion", "Many fear X will Y"): the sentence's root
    is a noun, the cue follows the noun phrase that opens it, and a clause follows the cue."""
    lemma = cue_lemma(token)
    if lemma not in lists["speech"] and lemma not in lists["object"] or token.i == sent.start:
        return False
    if sent.root.pos_ not in {"NOUN", "PROPN"} or token.i - sent.start > 6:
        return False
    before = sent.doc[sent.start : token.i]
    return all(t.pos_ in NOUN_PHRASE_POS for t in before) and _clause_after(token) is not None


def _clause_after(token: Token) -> Token | None:
    """The clause right after a mistagged cue, hung on it or on the noun phrase before it."""
    return next(
        (c for c in token.sent if c.dep_ == "ccomp" and c.i > token.i and c.head.i <= token.i),
        None,
    )


def _tagged_noun_claim(
    token: Token, sent: Span, lists: dict[str, set[str]], index: ActorIndex
) -> ClaimItem | None:
    """The claim of a reporting verb tagged as a noun: the noun phrase before it speaks."""
    clause = _clause_after(token)
    words = [t for t in sent.doc[sent.start : token.i] if not t.is_punct]
    if clause is None or not words:
        return None
    phrase = sent.doc[words[0].i : words[-1].i + 1]
    subject = words[-1]
    speaker = index.for_subject(subject, phrase)
    if not holds_views(subject, speaker, lists):
        return None
    content = subtree_span(clause, exclude={t.i for t in clause.subtree if t.i < token.i})
    return reported(token, content, (sent.start_char, sent.end_char), speaker, phrase)
