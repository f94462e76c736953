"""Spans from the parse: a subtree's characters, a speaker's phrase and a verb's subject."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimx.components.claims.assets import (
    CLOSE_QUOTES,
    DASHES,
    EXPLETIVE_SUBJECTS,
    FIRST_SECOND_PERSON,
    HUMAN_PRONOUNS,
    OPEN_QUOTES,
    SUBJECT_DEPS,
    cue_lemma,
    cue_lists,
)
from claimx.intervals import Intervals
from claimx.patterns import joining_hyphen


def subtree_span(token: Token, *, exclude: set[int] | None = None) -> tuple[int, int]:
    """Character span of a token's subtree, trimmed of edge punctuation and conjunctions;
    a leading "that" stays (what was said is "that X", as PARC and PolNeAR mark it)."""
    tokens = [t for t in token.subtree if not exclude or t.i not in exclude]
    if not tokens:
        return token.idx, token.idx + len(token)
    i, j = 0, len(tokens) - 1
    while i < j and (
        tokens[i].is_punct
        and tokens[i].text not in OPEN_QUOTES.keys() | WORD_SIGNS
        or tokens[i].is_space
        or tokens[i].dep_ == "cc"
    ):
        i += 1
    while j > i and (
        tokens[j].is_space
        or tokens[j].is_punct
        and tokens[j].text not in CLOSE_QUOTES | WORD_SIGNS
        or tokens[j].dep_ == "cc"
    ):
        j -= 1
    first, last = tokens[i], tokens[j]
    return first.idx, last.idx + len(last)


#: signs glued to a word that belong to it: "22%", "#FeelTheBern", "@realDonaldTrump"
WORD_SIGNS = {"%", "#", "@"}


def speaker_phrase(subject: Token) -> Span:
    """The subject's noun phrase without relative clauses; for a relative "that", the noun
    phrase it stands for ("comments that compared X": "comments"; "who" stays itself, as
    PolNeAR marks it)."""
    doc = subject.doc
    if (
        subject.lower_ == "that"
        and subject.tag_ == "WDT"
        and subject.head.dep_ == "relcl"
        and subject.head.head.pos_ in {"NOUN", "PROPN"}
    ):
        return speaker_phrase(subject.head.head)
    left = subject.left_edge.i
    right = subject.i
    for child in subject.rights:
        if child.dep_ in {"relcl", "acl"} or (child.is_punct and child.text != "'"):
            if child.dep_ in {"relcl", "acl"}:
                break
            if child.text == ")" and all(t.is_punct for t in doc[right + 1 : child.i]):
                right = child.i  # "Sen. Ann Lee (D-Vt.)": the bracket closes
            continue
        right = max(right, child.right_edge.i)
    while right > left and (
        doc[right].is_space
        or doc[right].is_punct
        and not (doc[right].text == ")" and any(t.text == "(" for t in doc[left:right]))
    ):
        right -= 1
    # "WASHINGTON (AP) — Donald Trump said": a dateline before a dash is not the speaker
    cuts = [
        t.i
        for t in doc[left : subject.i]
        if t.text in DASHES and not joining_hyphen(t) or "\n" in t.text
    ]
    if cuts:
        left = cuts[-1] + 1
    return doc[left : right + 1]


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, inherited through conjunction and open complements."""
    seen = 0
    while verb is not None and seen < 4:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return _likeliest_subject(verb, subjects)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
            clause = _set_off_participle(verb) or _occasion_of(verb.head)
            if clause is None:
                return verb.head  # "a statement calling for X", "a tweet attacking Y"
            verb = clause  # "X made an attempt to Y, writing that Z": X writes
            seen += 1
            continue
        if _second_report(verb):
            verb = verb.head.head  # "X said A and said B": B's "said" hangs off A's verb
            seen += 1
            continue
        controller = _object_before_infinitive(verb)
        if controller is not None:
            return controller  # "the poll led many voters to wonder": the voters wonder
        if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        if _adjective_of(verb) and seen:
            verb = verb.head  # "X was quick to embrace Y", "X is right to note that Y"
            seen += 1
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
            verb = verb.head.head  # "was criticized for saying …": the one criticized said it
            seen += 1
            continue
        return subject_after_quotation(verb)
    return None


def subject_after_quotation(verb: Token) -> Token | None:
    """The subject a verb of speech right after a quotation puts after itself, which the
    parser took for its object ("“…,” added another Ohio Republican", "“…,” wrote one
    reader", "“…!” read one")."""
    doc = verb.doc
    before = [t for t in doc[max(0, verb.i - 2) : verb.i] if not t.is_space]
    lists = cue_lists()
    if (
        not before
        or before[-1].text not in CLOSE_QUOTES | {"''"}
        or verb.tag_ not in {"VBD", "VBZ", "VBP"}
        or cue_lemma(verb) not in lists["speech"] | lists["quotation_verbs"]
    ):
        return None
    objects = [c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "NUM"}]
    return objects[0] if objects and _can_speak(objects[0]) else None


def _object_before_infinitive(verb: Token) -> Token | None:
    """The object of a verb of causing or moving someone to act, which the infinitive after
    it is said of ("prompted many to wonder", "led some allies to worry", "forced the senator
    to admit"); "used a crude term to describe X" is the subject's doing."""
    head = verb.head
    if (
        verb.dep_ != "xcomp"
        or head.i > verb.i
        or cue_lemma(head) not in cue_lists()["object_control"]
        or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    ):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    return objects[0] if objects and objects[0].pos_ in {"NOUN", "PROPN", "PRON"} else None


def _set_off_participle(verb: Token) -> Token | None:
    """The verb of the clause a participle set off by a comma after an object hangs from
    ("X made an attempt to Y, writing that Z", "X trashed Y on a show, calling it Z"): the
    parse hangs it on the object, but it tells what the clause's subject did."""
    noun = verb.head
    if verb.i < 1 or verb.doc[verb.i - 1].text != "," or noun.dep_ in SUBJECT_DEPS | {"appos"}:
        return None
    clause = noun
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        if clause.dep_ in SUBJECT_DEPS:
            return None
        clause = clause.head
    return clause if clause.pos_ in {"VERB", "AUX"} and clause.i < verb.i else None


#: entity types of names that can speak or publish
SPEAKING_ENTS = {"PERSON", "ORG", "NORP", "GPE"}


def _occasion_of(noun: Token) -> Token | None:
    """The verb whose object or place is a noun that cannot speak, a participle on which tells
    what that verb's subject did there ("opened a rally blasting X", "had a strong moment
    denouncing Y", "was heard on a microphone telling Z"): that verb, whose subject speaks;
    not a person, a name, a document or a record ("a statement calling for X")."""
    if (
        _can_speak(noun)
        or cue_lemma(noun) in cue_lists()["statement_nouns"] | cue_lists()["evidence_nouns"]
        or noun.dep_ not in {"dobj", "pobj"}
    ):
        return None
    head, steps = noun.head, 0
    while head.pos_ not in {"VERB", "AUX"} and head.dep_ in {"prep", "pobj", "dobj"} and steps < 4:
        head, steps = head.head, steps + 1  # "spent most of the hearing praising X"
    if head.pos_ not in {"VERB", "AUX"} or head.i > noun.i:
        return None
    subject = subject_of(head)
    return head if subject is not None and _can_speak(subject) else None


def _can_speak(token: Token) -> bool:
    """A person, a name, a people noun or a person's pronoun: someone who can speak."""
    return (
        token.ent_type_ in SPEAKING_ENTS
        or token.pos_ == "PROPN"
        or token.lower_ in HUMAN_PRONOUNS
        or token.lower_ in FIRST_SECOND_PERSON
        or cue_lemma(token) in cue_lists()["people_nouns"]
        or _in_actor_mention(token)
    )


def _in_actor_mention(token: Token) -> bool:
    """Whether a token lies inside a mention of one of the Doc's actors ("groups", "the board")."""
    doc = token.doc
    mentions = doc.user_data.get("claimx_actor_mentions")
    if mentions is None:
        spans = [(m.start, m.end) for a in doc._.claimx_actors or () for m in a.mentions]
        mentions = doc.user_data["claimx_actor_mentions"] = Intervals(spans, span=lambda s: s)
    return bool(mentions.holding(token.idx, token.idx + 1))


#: adjectives of degree, likelihood and leave whose infinitive no one is said to do ("too
#: young to vote", "not enough to win", "sure to spur a fight", "free to disclose them")
DEGREE_WORDS = {"too", "enough", "sure", "bound", "certain", "free", "able", "unable", "eligible"}


def _adjective_of(adjective: Token) -> bool:
    """An adjective after a copula whose subject is the one its infinitive's action is
    said of ("X was quick to embrace Y"); not an empty "it" ("it is worth noting that Y"),
    nor a degree ("too young to vote") or a likelihood ("sure to spur Y")."""
    return (
        adjective.dep_ == "acomp"
        and adjective.pos_ == "ADJ"
        and adjective.head.i != adjective.i
        and adjective.lower_ not in DEGREE_WORDS
        and not any(c.lower_ in DEGREE_WORDS for c in adjective.children)
        and not any(
            c.dep_ in SUBJECT_DEPS and c.lower_ in EXPLETIVE_SUBJECTS
            for c in adjective.head.children
        )
    )


def _likeliest_subject(verb: Token, subjects: list[Token]) -> Token:
    """Of a verb's subjects (two are a misparse), the one before it, nearest, that no
    quotation mark parts from it ("“A, the B,” said C": C; "X called on Y to go": X)."""
    if len(subjects) == 1:
        return subjects[0]
    doc = verb.doc
    unquoted = [
        c
        for c in subjects
        if not any(t.text in CLOSE_QUOTES or t.text == "''" for t in doc[c.i : verb.i])
    ]
    left = [c for c in unquoted if c.i < verb.i]
    return (
        max(left, key=lambda c: c.i)
        if left
        else min(unquoted or subjects, key=lambda c: abs(c.i - verb.i))
    )


def _second_report(verb: Token) -> bool:
    """ "He said A had failed and said B", "she said A, adding B": the second reporting verb,
    without a subject of its own, parsed as a conjunct or participle of the first one's
    clause; it is the first one's."""
    lists = cue_lists()
    outer = verb.head.head
    before = [t.text for t in verb.doc[max(0, verb.i - 2) : verb.i] if t.text not in CLOSE_QUOTES]
    participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and before[-1:] == [","]
    return (
        (verb.dep_ == "conj" or participle)
        and verb.head.dep_ == "ccomp"
        and cue_lemma(verb) in lists["speech"]
        and outer.i != verb.head.i
        and cue_lemma(outer) in lists["speech"]
        and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def second_reports(clause: Token) -> set[int]:
    """The tokens of reporting verbs hung off a clause that are its reporter's conjuncts."""
    return {t.i for c in clause.children if _second_report(c) for t in c.subtree}


#: what the parser hangs a noun as when it leaves a verb's subject before it unattached
#: ("…, the campaign chief, Paul Manafort, bluntly suggested": an apposition of a noun before)
OBJECT_DEPS = {"pobj", "dobj", "poss", "compound", "npadvmod", "attr"}


def unattached_subject(verb: Token) -> Token | None:
    """A finite verb's subject the parser attached elsewhere: the noun just before the verb
    (past adverbs, commas, an age set off by commas, a bracket), when the verb has no
    subject of its own and that noun is no object ("In an interview with hosts A and B, the
    candidate stated that X": the candidate, an apposition of B)."""
    doc = verb.doc
    if verb_of_a_nominal_sentence(verb):
        return verb.head
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in SUBJECT_DEPS | {"expl", "aux", "auxpass"} for c in verb.children
    ):
        return None
    i = verb.i - 1
    start = verb.sent.start
    while i > start:
        t = doc[i]
        if t.text == "," or t.pos_ == "ADV" and t.head.i == verb.i:
            i -= 1
        elif t.like_num and doc[i - 1].text == ",":
            i -= 2  # "Lazar, 44, said": an age
        elif t.text == ")":
            opening = [o.i for o in doc[start:i] if o.text == "("]
            if not opening:
                return None
            i = opening[-1] - 1
        else:
            break
    noun = doc[i]
    if i < start or noun.pos_ not in {"NOUN", "PROPN"} or noun.dep_ in OBJECT_DEPS:
        return None
    return noun


def verb_of_a_nominal_sentence(verb: Token) -> bool:
    """A past form after an apposition's closing comma that the parser hung as a reduced
    relative on the noun it took for the root of a sentence with no verb of its own
    ("Beruff, a Scott ally, called X “strong.”", "Two analysts, A and B, found in 2014 that
    X"): the sentence's verb, with that noun its subject; "a group called X opened Y" has its
    own verb."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBN", "VBD"}
        and head.i == verb.sent.root.i
        and head.i < verb.i
        and head.pos_ in {"NOUN", "PROPN"}
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in {"agent", "aux", "auxpass"} for c in verb.children)
    )
