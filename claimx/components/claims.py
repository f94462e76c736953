"""Claims: who said what, from the dependency parse.

- ``reported``: a reporting verb (models/claims.json) with its content — a
  clause ("the ministry said [that] …"), an object and its preposition phrase
  ("accused Azerbaijan of …", "denied the claim"), a preposition's object
  ("complained about X"), or the subject of a passive with an agent ("X was
  endorsed by Y") — or "according to X", or a speech, decision or intention noun
  with an owner ("Trump's claim that X", "the court's decision to Y") or received
  from a source ("X drew criticism from Y"), or any verb with a person or
  institution as subject and a "that" clause ("X learned that Y"), a verb of will
  or a directive with its infinitive ("X aims to Y", "X ordered Z to Y"), a phrasal
  verb of speech or attitude ("X railed against Y"), an estimate ("X put Y at $4
  billion"), a stance adjective ("X is wary of Y", "X is eager to Y"), or a source
  in a preposition phrase ("in X's view, Y", "in the latest X poll, Y"); people
  named by a common noun ("many economists") hold views as actors do;
- ``quote``: the content is a quotation in quotation marks (straight, curly,
  mixed or doubled apostrophes, possibly several sentences; a quotation never
  runs past its paragraph; "“A,” she said. “B.”" is one), a transcript turn, or
  the paragraph after "X added:"; beside a quotation, verbs of reading out and
  manners of speaking are cues too ("“…,” the sign read", "she elaborated");
- ``statement``: a body sentence with no attribution that carries a quantity or
  a date.

The speaker is the reporting verb's subject, mapped to an actor: the actor whose
mention holds the subject's head word, else a named person in apposition, else
(for pronouns) the latest fitting actor before the cue. A cue inside another
claim's content and governed by its cue is part of that content, not a claim of
its own (one claim per reported content). Headlines, bylines, credits and
boilerplate produce no claims.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import claimx.extensions  # noqa: F401  (registers Doc._.claimx_*)
from claimx.extensions import doc_text
from claimx.items import ActorItem
from claimx.patterns import joining_hyphen

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
CLAUSE_DEPS = {"ccomp", "xcomp", "parataxis"}
PERSON_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person"}
GROUP_PRONOUNS = {"they", "it", "we", "them"}
FIRST_SECOND_PERSON = {"i", "we", "you"}
#: subjects that speak though they name no actor ("who said", "they believe")
HUMAN_PRONOUNS = {"he", "she", "they", "who"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
OPEN_QUOTES = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb"}
CLOSE_QUOTES = {'"', "\u201d", "\u00bb"}
MIN_QUOTE_WORDS = 4
#: after an object, what still belongs to the content ("of Y", "a Y", "leading")
OBJECT_TAIL_DEPS = {"prep", "oprd", "ccomp", "xcomp", "acomp", "dative"}
#: what says something of an object ("called the plan a disaster", "called it unfair")
PREDICATE_DEPS = {"oprd", "ccomp", "xcomp", "acomp"}
#: prepositions whose object is what a cue verb is about ("complained about X")
CONTENT_PREPS = {"about", "of", "on", "upon", "for", "against", "over", "with", "to"}
#: "remarks on Monday" is no topic
TIME_ENTS = {"DATE", "TIME"}
#: what a speech noun is about ("comments about X", "claims over X", "support for X")
NOUN_PREPS = {"about", "on", "over", "against", "for", "of"}
#: prepositions whose object is the source of a received stance ("support from X")
NOUN_SOURCE_PREPS = {"from", "among"}
#: what "spoke"/"talked" report: a topic, not an addressee ("spoke to reporters")
TOPIC_PREPS = {"about", "of", "on"}
#: what marks a complement clause of a verb outside the cue lists ("learned that X")
CLAUSE_MARKS = {"that", "whether", "if"}
#: what a stance adjective is about ("critical of X", "confident about Y")
STANCE_PREPS = {"of", "about", "on", "toward", "towards", "with", "to", "in"}
#: prepositions whose object is a source ("in X's view", "to her mind"), and their noun lists
SOURCE_PREPS = {"in": "source_in", "to": "source_to"}
DASHES = {"\u2014", "\u2013", "--", "-"}
KIND_ORDER = {"person": 0, "role": 1, "organization": 2, "group": 3}


@dataclass
class ClaimItem:
    """A claim before ids are given; links are the items themselves."""

    start: int
    end: int
    sentence: tuple[int, int]
    kind: str
    cue: str | None = None
    speaker: ActorItem | None = None
    speaker_span: tuple[int, int] | None = None
    cue_i: int | None = None  # token index of the cue, to join a quotation split by it
    cue_span: tuple[int, int] | None = None  # the cue's characters; the cue token's by default
    actors: list[Any] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)
    quantities: list[Any] = field(default_factory=list)
    dates: list[Any] = field(default_factory=list)


@lru_cache(maxsize=1)
def cue_lists() -> dict[str, set[str]]:
    """The cue lemmas in models/claims.json, loaded once."""
    raw = json.loads(files("claimx.models").joinpath("claims.json").read_text("utf-8"))
    return {k: set(v) for k, v in raw.items() if isinstance(v, list) and k != "phrases"}


@lru_cache(maxsize=1)
def lemma_fixes() -> dict[str, str]:
    """Word forms the base model lemmatizes wrongly ("hoped" -> "hop"), from models/claims.json."""
    raw = json.loads(files("claimx.models").joinpath("claims.json").read_text("utf-8"))
    return raw.get("lemma_fixes", {})


def cue_lemma(token: Token) -> str:
    """A token's lemma, lower-cased, with the model's known slips mended."""
    return lemma_fixes().get(token.lower_) or token.lemma_.lower()


# ------------------------------------------------------------------ quotations


def find_quotations(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of quotations, marks included; each stays inside its paragraph.

    An unclosed quotation ends at the end of its line (news style: a quotation
    running over paragraphs reopens its mark in each one). A closing curly mark
    that starts a line or follows a space before a letter opens one (a common typo).
    Two apostrophes ('') are a straight double mark, as in some newspaper archives.
    """
    original = text
    text = text.replace("''", '"\x00')  # same length: offsets stay those of the text
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        i = p_start
        while i < p_end:
            c = text[i]
            if c in OPEN_QUOTES and (c != '"' or _opens(text, i)):
                closer = OPEN_QUOTES[c]
            elif c == "\u201d" and _opens(text, i) and text[i + 1 : i + 2].isalpha():
                closer = c
            else:
                i += 1
                continue
            j = _closer(text, closer, i + 1, p_end)
            if j != -1 and _reopens(text, c, i, j):
                j = -1  # another quotation opens first: this one was never closed
            if j == -1:
                line_end = text.find("\n", i, p_end)
                end = p_end if line_end == -1 else line_end
            else:
                end = j + 1
                if original[j : j + 2] == "''":
                    end += 1
            spans.append((i, end))
            i = end
    return spans


def _closer(text: str, closer: str, start: int, end: int) -> int:
    """Where a quotation closes: its own mark, or the other style's (a common mix-up)."""
    found = [text.find(closer, start, end)]
    if closer == '"':
        found.append(text.find("\u201d", start, end))
    elif closer == "\u201d":
        k = text.find('"', start, end)
        found.append(k if k == -1 or not _opens(text, k) else -1)
    return min((k for k in found if k != -1), default=-1)


def _reopens(text: str, mark: str, i: int, j: int) -> bool:
    """Whether a new quotation opens between the mark at i and its would-be closer at j."""
    if mark == '"':
        return _opens(text, j) and text[j + 1 : j + 2].isalnum()
    return any(text.find(m, i + 1, j) != -1 for m in OPEN_QUOTES if m != '"')


def _opens(text: str, i: int) -> bool:
    # A straight quote opens at the start, after a space or an opening bracket.
    return i == 0 or text[i - 1] in " \t\n([{-\u2014:"


def _closed(doc: Doc, quote: tuple[int, int]) -> bool:
    # an unclosed quotation runs to its line's end and may swallow narration
    text = doc_text(doc)
    return text[quote[1] - 1] in CLOSE_QUOTES or text[quote[1] - 2 : quote[1]] == "''"


CLOSING_RE = re.compile(r"[.,!?]?(?:''|[\"\u201d\u2019])")


def _quotation_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A content that opens a quotation and stops just before its closing mark ends after
    the mark (and the stop or comma inside it): 'said X was “in sight.”'; one that closes
    a quotation opened just before it starts at the mark."""
    inner = text[start:end]
    opens = inner.count("\u201c") - inner.count("\u201d")
    straight = inner.count('"') % 2 == 1 or inner.count("''") % 2 == 1
    m = CLOSING_RE.match(text, end)
    if m is not None and (opens > 0 or straight):
        return start, m.end()
    before = text[max(0, start - 2) : start]
    if opens < 0 and before.endswith("\u201c") or straight and before.endswith('"'):
        return start - 1, end
    if straight and before == "''":
        return start - 2, end
    return start, end


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


# ------------------------------------------------------------------ spans


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
            clause = _set_off_participle(verb)
            if clause is None:
                return verb.head  # "a statement calling for X", "a tweet attacking Y"
            verb = clause  # "X made an attempt to Y, writing that Z": X writes
            seen += 1
            continue
        if _second_report(verb):
            verb = verb.head.head  # "X said A and said B": B's "said" hangs off A's verb
            seen += 1
            continue
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
        return None
    return None


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


def _second_reports(clause: Token) -> set[int]:
    """The tokens of reporting verbs hung off a clause that are its reporter's conjuncts."""
    return {t.i for c in clause.children if _second_report(c) for t in c.subtree}


# ------------------------------------------------------------------ actors


class ActorIndex:
    """Find the actor behind a subject: by its head word, apposition or pronoun."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.mentions: list[tuple[int, int, ActorItem]] = sorted(
            ((m.start, m.end, a) for a in doc._.claimx_actors or [] for m in a.mentions),
            key=lambda x: (x[0], -x[1]),
        )

    def at(self, start: int, end: int) -> list[tuple[int, int, ActorItem]]:
        """Actors with a mention inside [start, end)."""
        return [(s, e, a) for s, e, a in self.mentions if start <= s and e <= end]

    def for_subject(self, subject: Token, phrase: Span) -> ActorItem | None:
        """The actor a subject names."""
        inside = self.at(phrase.start_char, phrase.end_char)
        head = subject.idx
        holding = [x for x in inside if x[0] <= head < x[1]]
        if holding:
            return max(holding, key=lambda x: x[1] - x[0])[2]
        for child in subject.children:
            if child.dep_ == "appos":
                hits = [x for x in inside if x[0] <= child.idx < x[1]]
                if hits:
                    return hits[0][2]
        if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
            # "Mrs. Clinton, who said …": the noun the relative clause belongs to
            noun = subject.head.head
            return self.for_subject(noun, speaker_phrase(noun))
        if subject.dep_ == "appos" or subject.pos_ == "PRON":
            return self.antecedent(subject)
        if inside:
            return min(inside, key=lambda x: KIND_ORDER.get(x[2].kind, 9))[2]
        if subject.pos_ == "PROPN":
            return self.by_surname(subject.text)
        return None

    def by_surname(self, word: str) -> ActorItem | None:
        """The person whose name ends with ``word`` ("Gorka said" after "Sebastian Gorka"),
        when exactly one does."""
        people = {
            id(a): a
            for _, _, a in self.mentions
            if a.kind == "person" and a.name.split()[-1].lower() == word.lower()
        }
        return next(iter(people.values())) if len(people) == 1 else None

    def antecedent(self, pronoun: Token) -> ActorItem | None:
        """The latest actor before a pronoun that fits it (a person for he/she)."""
        lower = pronoun.lower_
        want_person = lower in PERSON_PRONOUNS
        if not want_person and lower not in GROUP_PRONOUNS:
            return None
        best: tuple[int, ActorItem] | None = None
        for s, _, actor in self.mentions:
            if s >= pronoun.idx:
                break
            if want_person != (actor.kind in {"person", "role"}):
                continue
            if lower == "it" and actor.kind not in {"organization"}:
                continue
            best = (s, actor)
        return best[1] if best else None


# ------------------------------------------------------------------ cues


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
    if not clauses and lemma in lists["speech"]:
        clauses = misattached_clauses(verb, lemma in lists["addressee"])
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
            if (c.dep_ == "prep" and c.lower_ in {"on", "upon"} or _urged(c, clauses))
            and verb.i < c.i < first
            and lemma in lists["object"]
        ]
        # "which he says he is doing": a relative word moved out of the clause to the
        # left of the cue is not part of what is said
        spans = [
            subtree_span(c, exclude={t.i for t in c.subtree if t.i < verb.i} | _second_reports(c))
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
    if lemma in lists["object_needs_predicate"] and not any(
        c.dep_ in PREDICATE_DEPS or c.dep_ == "prep" and c.lower_ == "as" for c in tail
    ):
        # "called 911", "declined an invitation": nothing is said; but a quotation after
        # the object is what it is called, however the parser hung it ('called X “rigged”')
        return quoted_predicate(verb)
    for child in tail:
        end = max(end, subtree_span(child)[1])
    return start, end


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
    mark of a clause): what follows the preposition, to the end of the verb's phrase."""
    for c in verb.rights:
        objects = [o for o in c.children if o.dep_ in {"pobj", "pcomp"}]
        if c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"} and objects:
            start = subtree_span(objects[0])[0]
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
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
    if verb.tag_ == "VBN" and (
        verb.dep_ == "amod"
        or verb.dep_ == "acl"
        and not any(c.dep_ == "agent" for c in verb.children)
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


def _sent_text(sent: Span) -> str:
    return doc_text(sent.doc)[sent.start_char : sent.end_char]


def _stripped(sent: Span) -> tuple[int, int]:
    """A sentence's character span without surrounding whitespace."""
    text = _sent_text(sent)
    start = sent.start_char + len(text) - len(text.lstrip())
    return start, sent.start_char + len(text.rstrip())


def _reduced_passive(cue: Token) -> bool:
    """ "When asked whether X, she said …": a participle with no subject or auxiliary of its
    own; the one asked is not the one asking."""
    return (
        cue.tag_ == "VBN"
        and cue.dep_ in {"advcl", "conj", "acl"}
        and not any(c.dep_ in SUBJECT_DEPS | {"aux", "auxpass", "agent"} for c in cue.children)
    )


#: subjects of "it is hard to say X", "that is not to say X": the writer speaks
EXPLETIVE_SUBJECTS = {"it", "that", "this"}


def _unperformed(cue: Token, lists: dict[str, set[str]]) -> bool:
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


def _no_reply(cue: Token) -> bool:
    """ "X did not respond to requests for comment": a negated cue with no clause or object
    says nothing."""
    return any(c.dep_ == "neg" for c in cue.children) and not any(
        c.dep_ in {"ccomp", "xcomp", "dobj", "parataxis"} for c in cue.children
    )


def _connective(cue: Token, subject: Token, sent: Span) -> bool:
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


def _asks_whether(cue: Token, subject: Token, sent: Span) -> bool:
    """A question about the cue itself: its auxiliary before its subject ("Did X say …?",
    "Has she ever claimed …?"); "She asked whether …?" and "Why, he said, …?" report."""
    if not _sent_text(sent).rstrip().endswith("?"):
        return False
    return any(c.dep_ in {"aux", "auxpass"} and c.i < subject.i for c in cue.children)


def _sentence_is_question(sent: Span) -> bool:
    text = _sent_text(sent).rstrip()
    return text.endswith("?") and not text.endswith(('?"', "?\u201d"))


# ------------------------------------------------------------------ main


#: parts of speech no cue, source preposition or cue noun has: skipped before the rules run
NEVER_CUE_POS = frozenset({"PUNCT", "DET", "NUM", "CCONJ", "SPACE", "SYM", "PRON", "PART"})


def find_claims(doc: Doc) -> list[ClaimItem]:
    """All claims of a doc, in text order."""
    lists = cue_lists()
    index = ActorIndex(doc)
    nonbody = [(s, e) for s, e, _ in doc._.claimx_nonbody or ()]
    paragraphs = doc._.claimx_paragraphs or [(0, len(doc_text(doc)))]
    all_quotes = find_quotations(doc_text(doc), paragraphs)
    quotes = [q for q in all_quotes if _words(doc_text(doc)[q[0] : q[1]]) >= MIN_QUOTE_WORDS]

    def in_nonbody(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in nonbody)

    claims: list[ClaimItem] = []
    for sent in doc.sents:
        if not _sent_text(sent).strip() or in_nonbody(*_stripped(sent)):
            continue
        for token in sent:
            if token.pos_ in NEVER_CUE_POS:
                continue
            item = _claim_at(token, sent, lists, index, quotes)
            if item is not None and not _stranded(doc, item):
                claims.append(item)
    claims.extend(_transcript_lines(doc, index, in_nonbody))
    claims = _drop_nested(doc, claims)
    claims = _attach_quotes(doc, claims, all_quotes, lists, index, in_nonbody)
    claims.extend(_block_quotes(doc, claims, lists, index, in_nonbody))
    claims.extend(_statements(doc, claims, in_nonbody))
    claims.sort(key=lambda c: (c.start, c.end))
    for c in claims:
        c.start, c.end = _quotation_marks(doc_text(doc), c.start, c.end)
        if c.cue_span is None and c.cue_i is not None:
            cue = doc[c.cue_i]
            c.cue_span = (cue.idx, cue.idx + len(cue))
    _link(doc, claims)
    return claims


def _stranded(doc: Doc, claim: ClaimItem) -> bool:
    """A content that is only an infinitive's "to", its verb left out ("any religion they
    wanted to"): nothing is said."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return span is not None and all(t.is_punct or t.tag_ == "TO" for t in span)


def _claim_at(
    token: Token,
    sent: Span,
    lists: dict[str, set[str]],
    index: ActorIndex,
    quotes: list[tuple[int, int]],
) -> ClaimItem | None:
    doc = sent.doc
    sentence = (sent.start_char, sent.end_char)
    if _in_quote(token, quotes):
        return None  # "… according to the rules", "in my opinion", "his concerns": its words
    if _unperformed(token, lists):
        return None
    if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        return _according_to_claim(token, sent, index)
    if token.dep_ == "prep" and token.lower_ in SOURCE_PREPS:
        return _source_prep_claim(token, sent, lists, index)
    if token.pos_ == "NOUN" and cue_lemma(token) in lists["nominal"]:
        return _nominal_claim(token, sentence, index)
    phrasal = _phrasal_verb_claim(token, sentence, lists, index, quotes)
    if phrasal is not None:
        return phrasal
    if not is_cue(token, lists):
        light = _light_verb_claim(token, sentence, lists, index, quotes)
        estimate = _estimate_claim(token, sentence, lists, index)
        return light or estimate or _stance_claim(token, sentence, lists, index, quotes)
    return _verb_claim(token, sent, lists, index, quotes)


def _in_quote(token: Token, quotes: list[tuple[int, int]]) -> bool:
    """Whether a token stands inside a closed quotation (its words are the quotation's)."""
    return any(q[0] <= token.idx < q[1] and _closed(token.doc, q) for q in quotes)


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
    subject = subject_of(token)
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
    if any(q[0] <= token.idx < q[1] and _closed(sent.doc, q) for q in quotes) or (
        subject.lower_ in FIRST_SECOND_PERSON and lemma in lists["weak"]
    ):
        return True  # "I think", "we know" and cues inside a quotation are its content
    if _asks_whether(token, subject, sent):
        return True  # "Did the minister say …?" asks; it reports nothing
    if _connective(token, subject, sent):
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
    if content is None or _reduced_passive(token) or _no_reply(token):
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
    return _reported(token, content, (sent.start_char, sent.end_char), speaker, phrase)


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


def _reported(
    cue: Token,
    content: tuple[int, int],
    sentence: tuple[int, int],
    speaker: ActorItem | None,
    phrase: Span,
) -> ClaimItem:
    """A reported claim: its content, the cue token and the speaker's phrase."""
    return ClaimItem(
        start=content[0],
        end=content[1],
        sentence=sentence,
        kind="reported",
        cue=cue_lemma(cue),
        cue_i=cue.i,
        speaker=speaker,
        speaker_span=(phrase.start_char, phrase.end_char),
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
    found = _clause_stance(token, lists) or _adjective_stance(token, lists)
    if found is None:
        return None
    verb, content = found
    # "the data suggest that": only people and institutions hold views
    return _held_view(token, content, sentence, index, quotes, verb=verb)


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


def _light_verb_claim(
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


def _phrasal_verb_claim(
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
    claim = _held_view(token, content, sentence, index, quotes)
    if claim is not None:
        claim.cue = cue
        claim.cue_span = cue_span
    return claim


def _held_view(
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
    if not holds_views(subject, speaker, cue_lists()) or _in_quote(token, quotes):
        return None
    return _reported(token, content, sentence, speaker, phrase)


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


def _estimate_claim(
    token: Token, sentence: tuple[int, int], lists: dict[str, set[str]], index: ActorIndex
) -> ClaimItem | None:
    """An estimate and who made it: "Forbes put his net worth at $4 billion", "initial
    estimates put the total at 55,000"."""
    content = estimate_content(token, lists)
    subject = subject_of(token) if content is not None else None
    if subject is None or subject.dep_ == "nsubjpass" or subject.lower_ in {"it", "this", "that"}:
        return None
    phrase = speaker_phrase(subject)
    return _reported(token, content, sentence, index.for_subject(subject, phrase), phrase)


def _clause_stance(
    token: Token, lists: dict[str, set[str]]
) -> tuple[Token, tuple[int, int]] | None:
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


def _adjective_stance(
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


def _source_prep_claim(
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


def _nominal_claim(noun: Token, sentence: tuple[int, int], index: ActorIndex) -> ClaimItem | None:
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
    return ClaimItem(
        start=content[0],
        end=content[1],
        sentence=sentence,
        kind="reported",
        cue=cue_lemma(noun),
        cue_i=noun.i,
        speaker=speaker,
        speaker_span=(owner.start_char, owner.end_char),
    )


TRANSCRIPT_RE = re.compile(
    # a turn may open with a quotation mark when the whole transcript is quoted
    r"^[\"\u201c]?(?P<name>(?:[A-Z][A-Z.'\u2019-]+)(?: [A-Z][A-Z.'\u2019-]+){0,3}):"
    r"\s+(?P<content>\S.*)$"
)
DASH_SPEAKER_RE = re.compile(
    r"\s*(?P<dash>[\u2015\u2014\u2013-]+)\s*"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4})"
)


def _transcript_lines(doc: Doc, index: ActorIndex, in_nonbody) -> list[ClaimItem]:
    """Transcript turns ("WALLACE: But, Governor …") as quotes of the named speaker."""
    out = []
    for start, end in doc._.claimx_paragraphs or ():
        text = doc_text(doc)[start:end]
        m = TRANSCRIPT_RE.match(text)
        if m is None or in_nonbody(start, end) or len(m.group("name")) < 2:
            continue
        s = start + m.start("content")
        name_span = (start + m.start("name"), start + m.end("name"))
        out.append(
            ClaimItem(
                start=s,
                end=end,
                sentence=(start, end),
                kind="quote",
                cue=":",
                cue_span=(name_span[1], name_span[1] + 1),
                speaker=_actor_named(index, *name_span),
                speaker_span=name_span,
            )
        )
    return out


def _actor_named(index: ActorIndex, start: int, end: int) -> ActorItem | None:
    """The actor mentioned at a span, or a person whose surname is the span's last word."""
    hits = index.at(start, end)
    if hits:
        return hits[0][2]
    word = doc_text(index.doc)[start:end].split()[-1].lower()
    for _, _, actor in index.mentions:
        if actor.kind == "person" and actor.name.split()[-1].lower() == word:
            return actor
    return None


def _reports(doc: Doc, claim: ClaimItem, cue: Token) -> bool:
    """Whether a cue is part of what ``claim`` reports: inside its content and governed
    by its cue (or inside a transcript turn or an "according to" sentence)."""
    if not claim.start <= cue.idx < claim.end:
        return False
    return claim.cue_i is None or doc[claim.cue_i].is_ancestor(cue)


def _drop_nested(doc: Doc, claims: list[ClaimItem]) -> list[ClaimItem]:
    # A claim inside another with the same speaker adds nothing ("said he would
    # promise …"); nor does one whose cue is part of another's content ("X said Y
    # accused Z of …" is X's claim: one claim per reported content).
    kept = []
    for c in claims:
        if any(
            o is not c
            and o.start <= c.start
            and c.end <= o.end
            and o.speaker is c.speaker
            and (o.start, o.end) != (c.start, c.end)
            for o in claims
        ):
            continue
        if any(
            o is not c
            and (o.start, o.end) == (c.start, c.end)
            and claims.index(o) < claims.index(c)
            for o in claims
        ):
            continue
        if c.cue_i is not None and any(
            _reports(doc, o, doc[c.cue_i]) for o in claims if o is not c
        ):
            continue
        kept.append(c)
    return kept


def _full_stop(name: str) -> int:
    """1 when a signed name ends with the sentence's full stop ("Carla Sanchez."), not an
    abbreviation's ("John Smith Jr.", "Christina N.")."""
    last = name.rsplit(" ", 1)[-1]
    return int(last.endswith(".") and len(last) > 2 and last not in ("Jr.", "Sr.", "St."))


def _attach_quotes(doc, claims, quotes, lists, index, in_nonbody) -> list[ClaimItem]:
    """Mark claims whose content is a quotation; add quotations with a nearby cue."""
    for q_start, q_end in quotes:
        if in_nonbody(q_start, q_end):
            continue
        covering = [c for c in claims if c.start < q_end and q_start < c.end]
        if covering:
            _mark_quoted(covering, q_start, q_end)
            continue
        if _words(doc_text(doc)[q_start:q_end]) < MIN_QUOTE_WORDS and not _short_turn(
            doc, q_start, q_end
        ):
            continue  # scare quotes: 'interference', "reintegrate"
        # a quotation whose cue the parse did not link: look in its sentences
        span = doc.char_span(q_start, q_end, alignment_mode="expand")
        if span is None:
            continue
        cue = _quote_cue(_around_quote(doc, span, q_start, q_end), quotes, lists, q_start)
        if cue is None:
            introduced = _colon_quote(doc, span, (q_start, q_end), quotes, index)
            if introduced is not None:
                claims.append(introduced)
                continue
            _uncued_quote(doc, claims, span, q_start, q_end, index)
            continue
        joined = next((c for c in claims if c.cue_i == cue.i), None)
        if joined is not None:
            # “We will stay,” she said, “until the water goes down.”
            joined.start, joined.end = min(joined.start, q_start), max(joined.end, q_end)
            continue
        subject = _quote_speaker(cue, q_start, q_end)
        phrase = speaker_phrase(subject)
        claims.append(
            ClaimItem(
                start=q_start,
                end=q_end,
                sentence=(span[0].sent.start_char, max(span[-1].sent.end_char, cue.sent.end_char)),
                kind="quote",
                cue=cue_lemma(cue),
                cue_i=cue.i,
                speaker=index.for_subject(subject, phrase),
                speaker_span=(phrase.start_char, phrase.end_char),
            )
        )
    return claims


def _quote_speaker(cue: Token, q_start: int, q_end: int) -> Token:
    """The subject of a quotation's cue; when the parse hangs the cue on a verb inside the
    quotation ("X seemed ready, telling the crowd, “Some people get carried away”"), the
    nearest subject before the cue outside it: X, not "Some people"."""
    subject = subject_of(cue)
    if subject is None or not q_start <= subject.idx < q_end:
        return subject
    before = (
        t
        for t in reversed(cue.doc[cue.sent.start : cue.i])
        if t.dep_ in SUBJECT_DEPS and not q_start <= t.idx < q_end and t.head.i < cue.i
    )
    return next(before, subject)


#: subjects of a clause before a colon that name no one ("Wait, it gets better:")
EMPTY_SUBJECTS = {"it", "there", "here", "this", "that", "what", "which", "i", "we", "you"}


def _colon_quote(
    doc: Doc,
    span: Span,
    quote: tuple[int, int],
    quotes: list[tuple[int, int]],
    index: ActorIndex,
) -> ClaimItem | None:
    """A quotation right after a colon is said by the subject of the clause before the colon
    ("X had one message: “…”", "X tweeted in response: “…”", "Stated Stone: “…”") or by
    a name that stands alone there ("Clinton: “…”", "Rep. Ann Lee (D-Vt.): “…”"); not when
    that clause is itself quoted ('“Met to close,” by Ann Lee: “…”': a title and its byline)."""
    q_start, q_end = quote
    text = doc_text(doc)
    before = text[:q_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    end = colon.start  # the colon's token index
    start = doc[end].sent.start
    for t in doc[start:end]:
        if "\n" in t.text or t.text in DASHES and not joining_hyphen(t):
            start = t.i + 1  # the clause starts its line, or follows a dash ("TITLE - Ann Lee:")
    clause = [t for t in doc[start:end] if not t.is_space]
    heads = [t for t in clause if t.head.i == t.i or not start <= t.head.i < end]
    if not clause or len(heads) != 1 or any(a <= heads[0].idx < b for a, b in quotes):
        return None
    sentence = (doc[start].idx, span[-1].sent.end_char)
    # the verb with a subject nearest the colon: "She got upset, so I changed my answer:"
    head, subject = clause[-1], None
    while True:
        found = subject_of(head) if head.pos_ in {"VERB", "AUX"} else None
        if found is not None and start <= found.i < end or head.i == heads[0].i:
            subject = found if found is not None and start <= found.i < end else None
            break
        head = head.head
    if subject is None and head.pos_ in {"VERB", "AUX"}:
        return None
    if subject is not None:
        if subject.lower_ in EMPTY_SUBJECTS or subject.dep_ == "nsubjpass":
            return None
        phrase = speaker_phrase(subject)
        return ClaimItem(
            start=q_start,
            end=q_end,
            sentence=sentence,
            kind="quote",
            cue=head.lower_,  # as written, as a phrase cue is: "had one message:", "went on:"
            cue_i=head.i,
            speaker=index.for_subject(subject, phrase),
            speaker_span=(phrase.start_char, phrase.end_char),
        )
    name = [t for t in clause if not t.is_punct]
    inside = [t for t in clause if not _bracketed(t, clause)]
    if (
        head.pos_ != "PROPN"
        or len(name) > 8
        or any(t.pos_ != "PROPN" and not t.is_punct for t in inside)
    ):
        return None
    last = [t for t in inside if not t.is_punct][-1]
    phrase = doc[clause[0].i : max(t.i for t in clause if t.text != ":") + 1]
    return ClaimItem(
        start=q_start,
        end=q_end,
        sentence=sentence,
        kind="quote",
        cue=":",
        cue_span=(doc[end].idx, doc[end].idx + 1),
        speaker=index.for_subject(last, phrase),
        speaker_span=(phrase.start_char, phrase.end_char),
    )


def _bracketed(token: Token, tokens: list[Token]) -> bool:
    """Whether a token stands inside brackets among ``tokens`` ("(R-S.C.)")."""
    opened = [t.i for t in tokens if t.text == "(" and t.i < token.i]
    closed = [t.i for t in tokens if t.text == ")" and t.i < token.i]
    return len(opened) > len(closed) or token.text in {"(", ")"}


def _short_turn(doc: Doc, q_start: int, q_end: int) -> bool:
    """ "“Not even one,” he said": a short quotation that opens its sentence and ends in
    ",", "!" or "?" inside its marks is something said, not a scare quote."""
    text = doc_text(doc)
    inner = text[q_start:q_end].rstrip("\"\u201d\u00bb'").rstrip()
    if not inner or inner[-1] not in ",!?.":
        return False
    span = doc.char_span(q_start, q_end, alignment_mode="expand")
    if span is None:
        return False
    before = text[span[0].sent.start_char : q_start]
    if not before.strip() or before.rstrip().endswith(":"):
        return True
    # "she shook her head and said, ''No.''": right after its cue and a comma
    prev = [t for t in span.doc[max(0, span.start - 3) : span.start] if not t.is_space]
    return (
        len(prev) >= 2
        and prev[-1].text in {",", ":"}
        and cue_lemma(prev[-2]) in cue_lists()["speech"]
        and prev[-2].pos_ == "VERB"
    )


def _mark_quoted(covering: list[ClaimItem], q_start: int, q_end: int) -> None:
    """Reported claims that are mostly one quotation become quotes of all of it."""
    for c in covering:
        if q_end - q_start >= 0.8 * (c.end - c.start) and c.kind == "reported":
            c.kind = "quote"
            c.start, c.end = min(c.start, q_start), max(c.end, q_end)


def _around_quote(doc: Doc, span: Span, q_start: int, q_end: int) -> list[Token]:
    """Where a quotation's cue may stand: its sentences outside it, a line ending in ':'
    before, a short sentence after."""
    sents = {t.sent.start for t in span}
    first_sent = span[0].sent
    nearby = [
        t
        for t in doc[first_sent.start : min(len(doc), span[-1].sent.end)]
        if not (q_start <= t.idx < q_end)
    ]
    if first_sent.start > 0:
        prev = doc[first_sent.start - 1].sent
        if prev.text.rstrip().endswith(":"):
            nearby.extend(prev)
    if span[-1].sent.end < len(doc):
        nxt = doc[span[-1].sent.end].sent
        if len(nxt) <= 8 and nxt.start not in sents:
            nearby.extend(nxt)
        elif nxt.start not in sents and doc_text(doc)[q_end : nxt.start_char] in {"", " "}:
            # “Is it over?” Mr. Lee asked, adding …: the sentence the quotation's mark ends
            # goes on with its cue, its first verb; not "“…” Later, he said, X was …", nor
            # "“…” To which she said, “…”"
            verbs = [t for t in nxt if t.pos_ in {"VERB", "AUX"}]
            if (
                verbs
                and verbs[0].dep_ == "ROOT"
                and not any(c.dep_ in CLAUSE_DEPS and c.i > verbs[0].i for c in verbs[0].children)
            ):
                nearby.append(verbs[0])
    return nearby


def _quote_cue(
    nearby: list[Token], quotes: list[tuple[int, int]], lists: dict[str, set[str]], at: int
) -> Token | None:
    """The speech verb with a subject nearest to a quotation (at character ``at``); beside a
    quotation, verbs that only there report words count too ("“…,” the email read")."""
    found = [
        t
        for t in nearby
        if not any(a <= t.idx < b for a, b in quotes)
        and (
            is_cue(t, lists)
            and cue_lemma(t) in lists["speech"]
            or t.pos_ == "VERB"
            and cue_lemma(t) in lists["quotation_verbs"]
        )
        and subject_of(t) is not None
    ]
    return min(found, key=lambda t: abs(t.idx - at), default=None)


def _uncued_quote(
    doc: Doc, claims: list[ClaimItem], span: Span, q_start: int, q_end: int, index: ActorIndex
) -> None:
    """A quotation with no cue: signed with a dash, or the next part of the one before."""
    m = DASH_SPEAKER_RE.match(doc_text(doc), q_end)
    if m is not None:
        # a quotation signed with a dash: "…" ― Hillary Clinton
        name_span = (m.start("name"), m.end("name") - _full_stop(m.group("name")))
        claims.append(
            ClaimItem(
                start=q_start,
                end=q_end,
                sentence=(span[0].sent.start_char, m.end()),
                kind="quote",
                cue="\u2015",
                cue_span=(m.start("dash"), m.end("dash")),
                speaker=_actor_named(index, *name_span),
                speaker_span=name_span,
            )
        )
        return
    before = _quote_just_before(doc, claims, q_start)
    if before is not None:
        # “We will stay,” she said. “The water will go down.”: one quotation
        before.end = q_end
        before.sentence = (before.sentence[0], span[-1].sent.end_char)


def _block_quotes(
    doc: Doc,
    claims: list[ClaimItem],
    lists: dict[str, set[str]],
    index: ActorIndex,
    in_nonbody: Callable[[int, int], bool],
) -> list[ClaimItem]:
    """A paragraph introduced by "X added:" at the end of the one before: X's words."""
    text = doc_text(doc)
    paragraphs = doc._.claimx_paragraphs or []
    out = []
    for (p_start, p_end), (n_start, n_end) in zip(paragraphs, paragraphs[1:], strict=False):
        if not text[p_start:p_end].rstrip().endswith(":") or in_nonbody(n_start, n_end):
            continue
        if any(c.start < n_end and n_start < c.end for c in claims):
            continue
        span = doc.char_span(p_start, p_end, alignment_mode="expand")
        if span is None:
            continue
        last = span[-1].sent
        cue = next(
            (
                t
                for t in last
                if is_cue(t, lists)
                and cue_lemma(t) in lists["speech"]
                and subject_of(t) is not None
                and cue_content(t, lists) is None  # "X suggested that …:" has its own
            ),
            None,
        )
        body = text[n_start:n_end].strip()
        if cue is None or not body:
            continue
        subject = subject_of(cue)
        phrase = speaker_phrase(subject)
        start = n_start + text[n_start:n_end].index(body[0])
        out.append(
            ClaimItem(
                start=start,
                end=start + len(body),
                sentence=(start, start + len(body)),
                kind="quote",
                cue=cue_lemma(cue),
                cue_i=cue.i,
                speaker=index.for_subject(subject, phrase),
                speaker_span=(phrase.start_char, phrase.end_char),
            )
        )
    return out


def _quote_just_before(doc: Doc, claims: list[ClaimItem], start: int) -> ClaimItem | None:
    """A quotation's claim in the sentence just before ``start`` (or ending the paragraph
    before it)."""
    text = doc_text(doc)
    for c in claims:
        if c.kind == "quote" and c.speaker_span is not None and c.sentence[1] <= start:
            gap = text[max(c.end, c.sentence[1]) : start]
            if not gap.strip():
                return c  # or the paragraph before: news style resumes a quotation there
    return None


def _statements(doc: Doc, claims: list[ClaimItem], in_nonbody) -> list[ClaimItem]:
    """Body sentences without attribution that carry a quantity or a date."""
    marks = [(q.start, q.end) for q in doc._.claimx_quantities or []]
    marks += [(d.start, d.end) for d in doc._.claimx_dates or []]
    out = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        text = _sent_text(sent).strip()
        if not text or in_nonbody(*_stripped(sent)) or _sentence_is_question(sent):
            continue
        if any(c.start < e and s < c.end for c in claims):
            continue
        if not any(s <= a and b <= e for a, b in marks):
            continue
        tokens = [t for t in sent if not t.is_space]
        out.append(
            ClaimItem(
                start=tokens[0].idx,
                end=tokens[-1].idx + len(tokens[-1]),
                sentence=(s, e),
                kind="statement",
            )
        )
    return out


def _link(doc: Doc, claims: list[ClaimItem]) -> None:
    """Link each claim to the items inside its content."""
    for c in claims:
        c.actors = [
            a
            for a in doc._.claimx_actors or []
            if a is not c.speaker and any(c.start <= m.start and m.end <= c.end for m in a.mentions)
        ]
        c.places = [
            p
            for p in doc._.claimx_places or []
            if any(c.start <= m.start and m.end <= c.end for m in p.mentions)
        ]
        c.quantities = [
            q for q in doc._.claimx_quantities or [] if c.start <= q.start and q.end <= c.end
        ]
        c.dates = [d for d in doc._.claimx_dates or [] if c.start <= d.start and d.end <= c.end]
        if c.kind != "statement":
            # when it was said: "…, the government said on Saturday"
            s, e = c.sentence
            c.dates += [
                d
                for d in doc._.claimx_dates or []
                if s <= d.start
                and d.end <= e
                and d not in c.dates
                and not any(o.start <= d.start and d.end <= o.end for o in claims)
            ]


class ClaimFinder:
    """Fill ``doc._.claimx_claims``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_claims = find_claims(doc)
        return doc


@Language.factory(
    "claimx_claims",
    requires=["token.dep", "doc._.claimx_actors"],
    assigns=["doc._.claimx_claims"],
)
def make_claims(nlp: Language, name: str) -> ClaimFinder:
    """Claims with speakers and links; add last."""
    return ClaimFinder()
