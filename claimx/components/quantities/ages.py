"""Ages of people: "aged 45", "a 45-year-old man", "John, 45,", "in her thirties"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimx.components.quantities.assets import NOUN_POS, Rules
from claimx.components.quantities.context import bound_before
from claimx.components.quantities.counted import LIST_JOINERS, noun_phrase
from claimx.components.quantities.draft import Draft, make_quantity
from claimx.components.quantities.runs import Run
from claimx.numbers import UNITS
from claimx.records import Quantity

#: how a bare number relates to the verb whose complement it is ("she is 35", "turned 40")
AGE_COMPLEMENT_DEPS = {"attr", "acomp", "dobj", "npadvmod", "oprd"}


@dataclass(frozen=True)
class AgeContext:
    """What makes a bare number an age: the span's first token, who is that old, the bound."""

    start: int
    counted: str | None
    bound: str | None = None
    of_age_noun: bool = False  # predicated of an age noun ("life expectancy is 73")


def age_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """Unit and end token of an age written after a number at token j: "-year-old",
    " years old", "-month-olds"."""
    k = j + int(j < hi and doc[j].text == "-")
    if k >= hi or doc[k].lower_.removesuffix("s") not in rules.ages.units:
        return None
    unit = doc[k].lower_.removesuffix("s")
    k += 1
    k += int(k < hi and doc[k].text == "-")
    if k < hi and doc[k].lower_ in rules.ages.old_words:
        return unit, k + 1
    return None


def age_described(doc: Doc, old: Token, end: int, hi: int) -> str | None:
    """Whom an age phrase ending in ``old`` describes: "a 65-year-old man" (the noun after it),
    "Smith, 52 years old," (the name it is set off after), "the boy was six years old" (the
    subject)."""
    head = old.head
    if old.dep_ in ("acomp", "attr", "oprd") and head.pos_ in ("AUX", "VERB"):
        # "the boy was six years old": the subject, where a noun names it
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.tag_ in ("WP", "WDT"):
            # "the victim, who was 19 years old": the noun the relative clause follows
            noun = head.head
            subj = noun if head.dep_ == "relcl" and noun.i < subj.i else None
        return noun_phrase(doc, subj, 0) if subj is not None and subj.pos_ in NOUN_POS else None
    if head.i == old.i or head.pos_ not in NOUN_POS:
        return None
    if end <= head.i < min(hi, end + 4):
        return noun_phrase(doc, head, end)
    if head.i < old.i and head.pos_ == "PROPN":
        return noun_phrase(doc, head, 0)
    return None


def age_by_context(doc: Doc, run: Run, a: int, lo: int, rules: Rules) -> AgeContext | None:
    """Whether a bare number (first token of its span ``a``) is an age by its context."""
    marked = _age_marker(doc, a, lo, rules)
    if marked is None and a < run.start and doc[a].lower_ in ("between", "from"):
        inner = _age_marker(doc, run.start, lo, rules)  # "between the ages of 17 and 20"
        marked = AgeContext(a, inner.counted) if inner is not None else None
    if marked is not None:
        return marked
    if not (0 < (run.value or 0) <= rules.ages.max) or run.suffix:
        return None
    if run.end - run.start != 1 or run.currency or run.sign:
        return None
    if not isinstance(run.value, int):
        # "life expectancy was 81.5": an average age may have decimals, a person's age not
        ctx = _predicated_age(doc, run, a, lo, rules)
        return ctx if ctx is not None and ctx.of_age_noun else None
    named = _apposed_name(doc, run, lo)
    if named is not None:
        return AgeContext(a, named)
    return (
        _predicated_age(doc, run, a, lo, rules)
        or _bounded_people_age(doc, run.start, lo, rules)
        or _life_event_age(doc, run, a, rules)
    )


#: a decade as ages are told: "30s", "mid-40s" (the word before may be "early", "mid", "late")
AGE_DECADE_RE = re.compile(
    r"(?:(?P<part>early|mid|late)-)?(?:(?P<n>[1-9]0)'?s|(?P<word>(?:twen|thir|for|fif|six|seven"
    r"|eigh|nine)ties))",
    re.I,
)


def is_age_decade(tok: Token) -> bool:
    """Whether a token is a decade of someone's age: it has a possessive ("in her 30s")."""
    return bool(AGE_DECADE_RE.fullmatch(tok.text)) and any(c.dep_ == "poss" for c in tok.children)


def decade_ages(doc: Doc, sent: Span, rules: Rules) -> list[Quantity]:
    """ "a woman in her early 30s": ages as the range of years of a decade."""
    out: list[Quantity] = []
    if "0s" not in sent.text and "0's" not in sent.text and "ties" not in sent.text.lower():
        return out
    for tok in sent:
        if not (tok.text[:1].isdigit() or "-" in tok.text or tok.lower_.endswith("ties")):
            continue
        m = AGE_DECADE_RE.fullmatch(tok.text)
        if m is None or not is_age_decade(tok):
            continue
        a, part = tok.i, (m.group("part") or "").lower()
        prev = doc[a - 1] if a > sent.start else None
        if not part and prev is not None and prev.lower_ in rules.ages.decade_parts:
            a, part = a - 1, prev.lower_
        lo_off, hi_off = rules.ages.decade_parts[part]
        n = int(m.group("n")) if m.group("n") else UNITS[m.group("word").lower()[:-3] + "y"]
        low, high = n + lo_off, n + hi_off
        run = Run(a, tok.i + 1, None, low, high, digits=True)
        prep = tok.head if tok.dep_ == "pobj" else None
        who = prep.head if prep is not None and prep.head.pos_ in NOUN_POS else None
        counted = noun_phrase(doc, who, sent.start) if who is not None else None
        q = make_quantity(doc, a, tok.i + 1, run, "range", "year", counted, "age", None, low, high)
        out.append(q)
    return out


#: what joins the numbers of a list of ages: those of alternatives, and "and" ("aged 24 and
#: 31", "aged 17, 18 or 19")
_AGE_LIST_JOINERS = LIST_JOINERS | {"and"}


def _age_marker(doc: Doc, a: int, lo: int, rules: Rules) -> AgeContext | None:
    """ "aged 12", "ages 5 to 11", "over the age of 21": a marker word before the number, or
    before the first of a list of numbers it ends ("aged 24 and 31": 31 is an age too)."""
    first = a
    while (
        first - 2 >= lo and doc[first - 1].lower_ in _AGE_LIST_JOINERS and doc[first - 2].like_num
    ):
        first -= 2
    if first != a:
        listed = _age_marker(doc, first, lo, rules)
        return AgeContext(a, listed.counted) if listed is not None else None
    k = a - 1
    if k >= lo and doc[k].lower_ == "of" and k - 1 >= lo:
        k -= 1  # "the age of 21"
        if doc[k].lower_ not in rules.ages.markers:
            return None
        if k - 1 >= lo and doc[k - 1].pos_ == "DET":
            k -= 1
    elif k < lo or doc[k].lower_ not in rules.ages.markers:
        return None
    marker = doc[k] if doc[k].lower_ in rules.ages.markers else doc[k + 1]
    head = marker.head
    counted = None
    if marker.pos_ == "VERB" and head.pos_ in NOUN_POS and head.i < marker.i:
        counted = noun_phrase(doc, head, lo)  # "children aged 12"
    bb = bound_before(doc, k, lo, rules)
    if bb is not None:
        return AgeContext(bb[1], counted, bb[0])
    return AgeContext(k, counted)


def _apposed_name(doc: Doc, run: Run, lo: int) -> str | None:
    """The name a bare number is set off after by commas, brackets or a dash: "Jane Doe, 44,
    said", "Jane Doe, 44 — a nurse"."""
    i, j = run.start, run.end
    if i - 3 >= lo and doc[i - 1].lower_ in ("both", "all", "each") and doc[i - 2].text == ",":
        i -= 1  # "Ann Lee and Bo Kim, both 14,": the age of each
    if (
        i - 2 < lo
        or j >= len(doc)
        or doc[i - 1].text not in (",", "(")
        or doc[j].text not in (",", ")", ";", "—", "–", "―", "--")
    ):
        return None
    name = doc[i - 2]
    apposed = doc[i].dep_ == "appos" and doc[i].head.i == name.i
    if name.ent_type_ == "PERSON" or (
        apposed and (name.pos_ == "PROPN" and name.text[:1].isupper() or name.tag_ == "NN")
    ):
        return noun_phrase(doc, name, lo)  # "Jane Doe, 44,", "her husband, 41,"
    return None


def _predicated_age(doc: Doc, run: Run, a: int, lo: int, rules: Rules) -> AgeContext | None:
    """ "she is 35", "he turned 40", "life expectancy is around 73": a number completing one of
    the age verbs whose subject is a person or an age."""
    num = doc[run.end - 1]
    verb = num.head
    if num.dep_ == "pobj" and verb.lower_ == "to" and _sets_an_age(verb.head, rules):
        return AgeContext(a, None)  # "the retirement age will rise to 67"
    bound_head = verb.dep_ in ("prep", "advmod")
    if num.dep_ == "pobj" and (verb.lower_,) in rules.bounds_before and bound_head:
        num, verb = verb, verb.head  # "is around 73" parsed as a preposition and its object
    if (
        num.dep_ not in AGE_COMPLEMENT_DEPS | {"prep", "advmod"}
        or verb.lemma_.lower() not in rules.ages.verbs
    ):
        verb = _age_verb_before(doc, num, a, lo, rules)
        if verb is None:
            return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.lemma_.lower() in rules.ages.subject_nouns:
        return AgeContext(a, None, of_age_noun=True)
    if subj.lower_ in rules.ages.person_pronouns:
        return AgeContext(a, None)
    if subj.ent_type_ == "PERSON" and subj.pos_ == "PROPN":
        return AgeContext(a, noun_phrase(doc, subj, lo))  # not "Turnout was 67" mis-tagged
    return None


def _age_verb_before(doc: Doc, num: Token, a: int, lo: int, rules: Rules) -> Token | None:
    """The age verb written right before a number the parser hung elsewhere: "life expectancy
    is around 73 raising ..." (the number parsed as punctuation of another clause)."""
    if a - 1 < lo or num.head.pos_ in NOUN_POS or num.head.i == a - 1:
        return None
    verb = doc[a - 1]
    if verb.lemma_.lower() in rules.ages.verbs and verb.pos_ in ("AUX", "VERB"):
        return verb
    return None


def _sets_an_age(verb: Token, rules: Rules) -> bool:
    """Whether a verb moves an age to a number: its subject or object is an age noun ("the
    pension age rises to 67", "raised the voting age to 16")."""
    args = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))
    return verb.pos_ in ("VERB", "AUX") and any(
        c.lemma_.lower() in rules.ages.subject_nouns for c in args
    )


def _bounded_people_age(doc: Doc, a: int, lo: int, rules: Rules) -> AgeContext | None:
    """ "children under 5", "men over 65": a bare number in a bound phrase qualifying people."""
    bb = bound_before(doc, a, lo, rules)
    if bb is None:
        return None
    # the word the bound phrase hangs on: "over" in "men over 65", "young" in "children as
    # young as 8"
    outward = [t.head for t in doc[bb[1] : a] if t.head.i < bb[1]]
    if len(outward) == 1 and outward[0].lower_ in rules.ages.people_nouns:
        return AgeContext(bb[1], noun_phrase(doc, outward[0], lo), bb[0])
    before = doc[bb[1] - 1] if bb[1] > lo else None
    if before is not None and before.lower_ in rules.ages.people_nouns and before.pos_ == "NOUN":
        return AgeContext(bb[1], noun_phrase(doc, before, lo), bb[0])  # misattached phrase
    return None


def _life_event_age(doc: Doc, run: Run, a: int, rules: Rules) -> AgeContext | None:
    """ "died at 83", "retired at 60": a bare number after "at" on a verb of a life's events."""
    num = doc[run.end - 1]
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "at":
        return None
    if prep.head.lemma_.lower() in rules.ages.life_event_verbs:
        return AgeContext(a, None)
    return _fronted_age(doc, prep, a, rules)


def _fronted_age(doc: Doc, prep: Token, a: int, rules: Rules) -> AgeContext | None:
    """ "At 93, she still works": "at" and a number set before a person's clause."""
    if not (prep.is_sent_start and prep.i + 2 < len(doc) and doc[prep.i + 2].text == ","):
        return None
    verb = prep.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i < prep.i:
        return None
    if subj.lower_ in rules.ages.person_pronouns and subj.lower_ != "who":
        return AgeContext(a, None)
    if subj.ent_type_ == "PERSON":
        return AgeContext(a, noun_phrase(doc, subj, prep.i + 3))
    return None


def read_age_context(d: Draft) -> bool:
    """A bare number that is an age by its context: "aged 12", "Jane Doe, 44,", "she is 35"."""
    if d.kind != "count" or d.unit is not None:
        return True
    ctx = age_by_context(d.doc, d.run, d.a, d.lo, d.rules) if d.counted is None else None
    if ctx is None and d.counted is not None:
        ctx = _bounded_age_before_a_verb(d)
        if ctx is not None:
            d.b = d.run.end  # the verb the parser took for a counted noun
    if ctx is not None:
        d.kind, d.unit, d.counted, d.a = "age", "year", ctx.counted, ctx.start
        d.bound = ctx.bound or d.bound
    return True


def _bounded_age_before_a_verb(d: Draft) -> AgeContext | None:
    """ "Men over 40 face higher risk", "children under 12 travel free": a singular word
    right after the number of a people noun's bound phrase is the clause's verb the parser
    took for a noun (a number above one counts a plural), and the number is an age."""
    doc, run = d.doc, d.run
    if d.b != run.end + 1 or doc[run.end].tag_ != "NN" or not (run.value or 0) > 1:
        return None
    return _bounded_people_age(doc, run.start, d.lo, d.rules)


def past_age_marker(doc: Doc, a: int, lo: int, rules: Rules) -> int:
    """Where a range's opener would stand before an age's marker: "between [the ages of] 17
    and 20", "from [age] 5 to 11"; else ``a`` itself."""
    k = a
    if k - 1 >= lo and doc[k - 1].lower_ == "of":
        k -= 1
    if k - 1 >= lo and doc[k - 1].lower_ in rules.ages.markers:
        k -= 1
        if k - 1 >= lo and doc[k - 1].pos_ == "DET":
            k -= 1
        return k
    return a
