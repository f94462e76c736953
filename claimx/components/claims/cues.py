"""Cues: whether a verb reports and the content it reports (a clause, an object, a
preposition's object), and what makes a cue say nothing (unperformed, no reply, a question)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimx.components.claims.assets import (
    CLOSE_QUOTES,
    CONTENT_PREPS,
    EXPLETIVE_SUBJECTS,
    HUMAN_PRONOUNS,
    OBJECT_TAIL_DEPS,
    PERSON_PRONOUNS,
    PREDICATE_DEPS,
    SUBJECT_DEPS,
    TIME_ENTS,
    TOPIC_PREPS,
    cue_lemma,
    cue_lists,
)
from claimx.components.claims.spans import (
    second_reports,
    subject_of,
    subtree_span,
    verb_of_a_nominal_sentence,
)
from claimx.extensions import doc_text
from claimx.items import ActorItem


def cue_content(verb: Token, lists: dict[str, set[str]]) -> tuple[int, int] | None:
    """The content a reporting verb introduces, as a character span, or None."""
    lemma = cue_lemma(verb)
    if lemma in lists["topic_only"]:
        # "spoke of X", "talked about X"; "spoke to reporters" reports nothing
        return prep_content(verb, TOPIC_PREPS)
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}]
    if lemma in lists["object_needs_predicate"]:
        # "called 911 and police arrived": "call" takes no clause; a ccomp is a misparse
        clauses = [c for c in clauses if c.dep_ == "xcomp"]
    if lemma in lists["aspectual"]:
        # "continued to insist that X": an infinitive that is a cue reports on its own
        clauses = [c for c in clauses if c.dep_ == "ccomp" or not is_cue(c, lists)]
    if not clauses and lemma in lists["speech"]:
        clauses = misattached_clauses(verb, lemma in lists["addressee"]) or indirect_question(
            verb, lemma in lists["asking"]
        )
    if not clauses and lemma in lists["speech"] and is_parenthetical(verb):
        # "Y, X said" and "Y, X said, Z": the parser hangs the reporting clause off Y
        head = verb.head
        exclude = {t.i for t in verb.subtree}
        return subtree_span(head, exclude=exclude)
    # "It is unlikely; her team says she will go on": a clause cut off by ";" or ":"
    # before the subject is the writer's, not the speaker's
    clauses = [c for c in clauses if c.i > verb.i or not _cut_off(c, verb)]
    if clauses and (lemma in lists["speech"] or lemma in lists["object"]):
        # "called on residents to stay": the addressee belongs to the content
        first = min(c.i for c in clauses)
        clauses += [
            c
            for c in verb.children
            if (
                c.dep_ == "prep"
                and c.lower_ in {"on", "upon"}
                and not _names_a_time(c)
                or _urged(c, clauses)
            )
            and verb.i < c.i < first
            and lemma in lists["object"]
        ]
        # "which he says he is doing": a relative word moved out of the clause to the
        # left of the cue is not part of what is said
        spans = [
            subtree_span(c, exclude={t.i for t in c.subtree if t.i < verb.i} | second_reports(c))
            if c.i > verb.i
            else subtree_span(c)
            for c in clauses
        ]
        return min(a for a, _ in spans), max(b for _, b in spans)
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive and any(c.dep_ == "agent" for c in verb.children):
        return subtree_span(passive[0])  # "X was endorsed by Y": Y speaks about X
    objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    predicates = [c for c in verb.rights if c.dep_ == "oprd"]
    if not objects and len(predicates) > 1 and lemma in lists["object_needs_predicate"]:
        # "called both X and Y “crazy”": the parser makes the object a second predicate
        end = subtree_span(predicates[-1])[1]
        end += doc_text(verb.doc)[end : end + 1] in CLOSE_QUOTES  # its closing mark
        return subtree_span(predicates[0])[0], end
    evidence = lemma in lists["evidential"] and is_evidence(subject_of(verb), lists)
    if objects and (
        lemma in lists["object"]
        or lemma in lists["speech"]
        and lemma not in lists["clause_only"]
        or evidence
    ):
        return object_content(verb, objects[0], lists, evidence)
    if lemma in lists["object"]:
        called = _called_for(verb)
        if called is not None:
            return called
    if lemma in lists["speech"]:
        answer = _one_word_answer(verb)
        if answer is not None:
            return answer
    if lemma in lists["no_prep_content"]:
        return None  # "added to her lead", "continued on his way": no topic of speech
    # "complained about X", "responded to X", "agreed with X"
    return prep_content(verb, CONTENT_PREPS)


#: one-word answers a reporting verb can take as all it reports ("said yes", "would not say so")
ANSWER_WORDS = {"yes", "no", "so"}


def _one_word_answer(verb: Token) -> tuple[int, int] | None:
    """ "46 percent said yes", "neither side would say so": the answer right after the verb."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ not in ANSWER_WORDS or nxt.head.i != verb.i:
        return None
    if nxt.i + 1 < len(doc) and not doc[nxt.i + 1].is_punct:
        return None  # "said so many times", "says no one came": not an answer
    return nxt.idx, nxt.idx + len(nxt)


def _names_a_time(prep: Token) -> bool:
    """Whether a preposition's object is a time ("voted on Tuesday to close X"): when the
    cue was said, not the one addressed."""
    return any(c.dep_ == "pobj" and c.ent_type_ in TIME_ENTS for c in prep.children)


def _urged(child: Token, clauses: list[Token]) -> bool:
    """The object of a verb of urging before its infinitive, the one urged to act, who
    belongs to the content ("urged lawmakers to reject X", "asked the court to delay Y")."""
    return child.dep_ == "dobj" and any(c.dep_ == "xcomp" and c.i > child.i for c in clauses)


def object_content(
    verb: Token, obj: Token, lists: dict[str, set[str]], evidence: bool
) -> tuple[int, int] | None:
    """ "accused X of Y", "called X a Y", "denied the claim", "wrote a letter": the object
    and what follows it in the verb's phrase (all of it after "a poll shows")."""
    lemma = cue_lemma(verb)
    if obj.lemma_.lower() in lists["not_content_objects"]:
        return None  # "the bombings claimed 217 lives", "who requested anonymity"
    start, end = subtree_span(obj)
    if evidence:
        # "a poll shows X well ahead of Y": the rest of the verb's phrase
        ends = [subtree_span(r)[1] for r in verb.rights if r.i > obj.i and not r.is_punct]
        return start, max([end, *ends])
    tail = [c for c in verb.rights if c.i > obj.i and c.dep_ in OBJECT_TAIL_DEPS]
    if lemma in lists["asking"] and not tail and _named_person(obj):
        return None  # "asked Admiral Lee", "asked Clinton" alone: who was asked, not what
    if (
        lemma in lists["object_needs_predicate"]
        and not any(c.dep_ in PREDICATE_DEPS or c.dep_ == "prep" and c.lower_ == "as" for c in tail)
        and not _as_in_object(obj)
    ):
        # "called 911", "declined an invitation": nothing is said; but a quotation after
        # the object is what it is called, however the parser hung it ('called X “rigged”')
        return quoted_predicate(verb)
    for child in tail:
        end = max(end, subtree_span(child)[1])
    return start, end


def _as_in_object(obj: Token) -> bool:
    """What a naming verb's object is seen as, hung by the parser inside the object's phrase
    ("portrayed immigrants as criminals", "sees the vote held Sunday as a test"), not in a
    relative clause of it ("a man who served as mayor")."""
    for t in obj.subtree:
        if t.i > obj.i and t.dep_ == "prep" and t.lower_ == "as":
            path = t.head
            while path.i != obj.i and path.dep_ not in {"relcl", "ccomp", "advcl"}:
                path = path.head
            if path.i == obj.i:
                return True
    return False


def _named_person(token: Token) -> bool:
    """A person named or pointed to by a pronoun, not a thing ("asked Clinton", "asked her")."""
    return token.ent_type_ == "PERSON" or token.lower_ in PERSON_PRONOUNS


#: quotation marks that open a quoted word or phrase inside a sentence
OPENING_MARKS = {'"', "\u201c", "''", "``"}


def quoted_predicate(verb: Token) -> tuple[int, int] | None:
    """ "called the system “rigged”", "called X “illegals” and “thugs”": from the verb's
    first word on to the end of a quotation that opens after a noun of its phrase."""
    doc = verb.doc
    words = [t for t in doc[verb.i + 1 : verb.right_edge.i + 1] if not t.is_punct]
    if not words:
        return None
    first = words[0]
    for t in doc[first.i + 1 : verb.right_edge.i + 1]:
        named = doc[t.i - 1].pos_ in {"NOUN", "PROPN", "PRON"}  # not "an invitation to “X”"
        if t.text in OPENING_MARKS and not t.whitespace_ and doc[t.i - 1].whitespace_ and named:
            closing = next(
                (c for c in doc[t.i + 1 : t.sent.end] if c.text in CLOSE_QUOTES | {"''"}),
                None,
            )
            if closing is None:
                return None
            return first.idx, closing.idx + len(closing)
    return None


def _called_for(verb: Token) -> tuple[int, int] | None:
    """ "called on X to Y", "called for X", "called for X to Y" (the parser makes "for" the
    mark of a clause): what follows the preposition, to the end of the verb's phrase; after
    a time, its infinitive ("voted on Tuesday to close X")."""
    after_time = False
    for c in verb.rights:
        objects = [o for o in c.children if o.dep_ in {"pobj", "pcomp"}]
        if c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"} and objects:
            if _names_a_time(c):
                after_time = True  # "voted on Tuesday to close X": when, not what
                continue
            start = subtree_span(objects[0])[0]
        elif c.dep_ == "advcl" and (
            any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            or after_time
            and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
        ):
            start = subtree_span(c, exclude={m.i for m in c.children if m.dep_ == "mark"})[0]
        else:
            continue
        ends = [subtree_span(r)[1] for r in verb.rights if r.i >= c.i and not r.is_punct]
        return start, max(ends)
    return None


def holds_views(subject: Token, speaker: ActorItem | None, lists: dict[str, set[str]]) -> bool:
    """Whether a subject can hold a view: an actor, a person pronoun ("he", "who"), or a
    noun or quantifier for people ("voters", "economists", "many", "no one")."""
    return (
        speaker is not None
        or subject.lower_ in HUMAN_PRONOUNS
        or cue_lemma(subject) in lists["people_nouns"]
        or subject.lower_ in lists["people_nouns"]
    )


def is_evidence(subject: Token | None, lists: dict[str, set[str]]) -> bool:
    """Whether a subject is a document or measurement that shows something ("the poll")."""
    return subject is not None and cue_lemma(subject) in lists["evidence_nouns"]


def prep_content(verb: Token, preps: set[str]) -> tuple[int, int] | None:
    """The object of the verb's first preposition among ``preps`` (not a time, nor the
    medium it went through, "responded on Twitter", nor what is never said: "spoke on
    condition of anonymity")."""
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            objects = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
            if objects and cue_lemma(objects[0]) in cue_lists()["media"]:
                continue
            if objects and objects[0].ent_type_ not in TIME_ENTS:
                if cue_lemma(objects[0]) in cue_lists()["not_content_objects"]:
                    return None
                return subtree_span(objects[0])
    return None


def misattached_clauses(verb: Token, addressee: bool) -> list[Token]:
    """A reporting verb's content clause the parser hung elsewhere: "said after the
    vote he would resign" (an unmarked clause with its own subject as advcl) or, when
    the object is the addressee, "told a meeting of leaders that X" (a relative clause)."""
    for child in verb.rights:
        if (
            child.dep_ == "advcl"
            and child.tag_ not in {"VBG", "VBN"}
            and any(c.dep_ in SUBJECT_DEPS for c in child.children)
            and not any(c.dep_ in {"mark", "advmod"} and c.i < child.i for c in child.children)
        ):
            return [child]
        if child.dep_ == "dobj" and addressee:
            for t in child.subtree:
                if t.dep_ in {"relcl", "acl"} and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in t.children
                ):
                    return [t]
    return []


def indirect_question(verb: Token, asking: bool) -> list[Token]:
    """The question a verb of speech reports, which the parser hung as a clause of condition:
    "wondered whether X", and after a verb of asking and the one asked "asked the governor if
    X" ("would ask for a recount if X" sets a condition)."""
    asked = asking and any(c.dep_ == "dobj" for c in verb.rights)
    marks = {"whether", "if"} if asked else {"whether"}
    return [
        c
        for c in verb.rights
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in marks and m.i == c.left_edge.i for m in c.children)
    ][:1]


def _cut_off(clause: Token, verb: Token) -> bool:
    """Whether ";" or ":" stands between a clause on the left and its verb."""
    doc = verb.doc
    return any(t.text in {";", ":"} for t in doc[clause.right_edge.i + 1 : verb.i])


def is_parenthetical(verb: Token) -> bool:
    """A reporting clause hung off the clause it reports ("Y, X said, Z"), set off from it
    by a mark; "I think the public will respond" is a clause the verb belongs to."""
    start = verb.left_edge.i
    return (
        verb.dep_ in {"parataxis", "advcl", "ccomp"}
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        and verb.head.i != verb.i
        and (verb.head.pos_ in {"VERB", "AUX"})
        and not any(
            c.dep_ in {"ccomp", "xcomp", "dobj"}
            and not (verb.dep_ == "parataxis" and _addressee(c))
            for c in verb.children
        )
        and not (verb.dep_ == "ccomp" and verb.head.i < start and not verb.doc[start - 1].is_punct)
    )


def _addressee(obj: Token) -> bool:
    """The object of a verb of telling, who is told ("Y, she told reporters, Z")."""
    return obj.dep_ == "dobj" and cue_lemma(obj.head) in cue_lists()["addressee"]


def is_cue(verb: Token, lists: dict[str, set[str]]) -> bool:
    """Whether a token is a reporting verb used as one."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ == "acomp":
        return False  # "is opposed to X", "was pleased with Y": a participle used as adjective
    if (
        verb.tag_ == "VBN"
        and (
            verb.dep_ == "amod"
            or verb.dep_ == "acl"
            and not any(c.dep_ == "agent" for c in verb.children)
        )
        and not verb_of_a_nominal_sentence(verb)
    ):
        return False  # "the so-called plan", "a group called X": naming, not saying
    lemma = cue_lemma(verb)
    if lemma not in lists["speech"] and lemma not in lists["object"]:
        return False
    if any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return False  # "wrote down the plate number", "turned down the offer"
    # "the so-called …"
    if verb.i >= 2 and verb.doc[verb.i - 1].text == "-" and verb.doc[verb.i - 2].lower_ == "so":
        return False
    before = verb.doc[verb.i - 1] if verb.i else None
    if (
        verb.tag_ in {"VBN", "VBD"}
        and before is not None
        and (before.lower_ in {"the", "a", "an"} or before.tag_ in {"POS", "PRP$"})
    ):
        return False  # "the convention's pledged delegates": a participle before its noun
    return True


def sent_text(sent: Span) -> str:
    return doc_text(sent.doc)[sent.start_char : sent.end_char]


def stripped(sent: Span) -> tuple[int, int]:
    """A sentence's character span without surrounding whitespace."""
    text = sent_text(sent)
    start = sent.start_char + len(text) - len(text.lstrip())
    return start, sent.start_char + len(text.rstrip())


def reduced_passive(cue: Token) -> bool:
    """ "When asked whether X, she said …": a participle with no subject or auxiliary of its
    own; the one asked is not the one asking."""
    return (
        cue.tag_ == "VBN"
        and cue.dep_ in {"advcl", "conj", "acl"}
        and not any(c.dep_ in SUBJECT_DEPS | {"aux", "auxpass", "agent"} for c in cue.children)
        and not verb_of_a_nominal_sentence(cue)
    )


def unperformed(cue: Token, lists: dict[str, set[str]]) -> bool:
    """An infinitive cue its subject does not perform: the writer's ("it is hard to imagine
    X", "that is not to say X") or what others expect or ask of the subject ("the leaders
    were expected to discuss X", "when asked to condemn X")."""
    if cue.dep_ != "xcomp" or cue.head.i == cue.i:
        return False
    head = cue.head
    subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    if head.lemma_ == "be" and subjects and subjects[0].lower_ in EXPLETIVE_SUBJECTS:
        # "it was to report earnings" names the one who reports; "it is hard to say" does not
        return subjects[0].lower_ != "it" or any(c.dep_ == "acomp" for c in head.children)
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children) or (
        head.tag_ == "VBN" and not subjects
    )
    return passive and cue_lemma(head) in lists["passive_requests"]


def no_reply(cue: Token) -> bool:
    """ "X did not respond to requests for comment": a negated cue with no clause or object
    says nothing."""
    return any(c.dep_ == "neg" for c in cue.children) and not any(
        c.dep_ in {"ccomp", "xcomp", "dobj", "parataxis"} for c in cue.children
    )


def connective(cue: Token, subject: Token, sent: Span) -> bool:
    """A demonstrative and a verb that open a sentence before a comma ("That said, X",
    "This noted, Y"): a connective that concedes, not a report of what "that" said."""
    doc = cue.doc
    return (
        subject.lower_ in {"that", "this"}
        and subject.i == sent.start
        and cue.i == subject.i + 1
        and cue.i + 1 < len(doc)
        and doc[cue.i + 1].text == ","
    )


def asks_whether(cue: Token, subject: Token, sent: Span) -> bool:
    """A question about the cue itself: its auxiliary before its subject ("Did X say …?",
    "Has she ever claimed …?"); "She asked whether …?" and "Why, he said, …?" report."""
    if not sent_text(sent).rstrip().endswith("?"):
        return False
    return any(c.dep_ in {"aux", "auxpass"} and c.i < subject.i for c in cue.children)


def sentence_is_question(sent: Span) -> bool:
    text = sent_text(sent).rstrip()
    return text.endswith("?") and not text.endswith(('?"', "?\u201d"))
