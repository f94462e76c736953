"""The noun a number counts: from the parse, from a partitive ("two of the victims") or
from an elided noun, and a rate per counted noun."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx.components.quantities.assets import NOUN_POS, Rules
from claimx.components.quantities.context import (
    currency_after,
    is_counted_period,
    is_time_unit,
    rate_after,
    unit_named,
)
from claimx.components.quantities.draft import Draft, linked_in_parse
from claimx.numbers import UNITS

#: dependency labels through which a number modifies the noun it counts
COUNT_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod", "det", "appos"}

#: pieces of a noun phrase between a number and its head noun
NP_INNER_POS = {"ADJ", "NOUN", "PROPN", "VERB", "ADV", "NUM", "PUNCT", "PART"}


def count_rate(doc: Doc, ca: int, cb: int, b: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """A count per something ("3,000 tests per day", "40 patients a week"): what is counted,
    named in singular as rates of money and measures are ("test per day"), and the end token."""
    rate = rate_after(doc, b, hi, rules)
    if rate is None or (doc[b].lower_ in ("a", "an") and rate[0] not in rules.rate_time_units):
        return None  # "5 people a spokesman said": only a time follows "a" in a count's rate
    head = doc[cb - 1]
    words = [*(t.text for t in doc[ca : cb - 1]), head.lemma_ if head.tag_ == "NNS" else head.text]
    return " ".join(words) + f" per {rate[0]}", rate[1]


def counted_after(doc: Doc, run_last: int, j: int, hi: int) -> tuple[int, int] | None:
    """Token span [a, b) of the noun phrase the number counts, starting at or after j."""
    span = _counted_span(doc, run_last, j, hi)
    return _without_verb_taken_for_noun(doc, span) if span is not None else None


def _without_verb_taken_for_noun(doc: Doc, span: tuple[int, int]) -> tuple[int, int]:
    """A counted phrase without the clause's verb that the model tags a singular noun (the
    sentence's root, or in a sentence left with no verb) after the plural noun it makes its
    modifier: "two in five teens vape daily", "half of drivers speed" (teens, drivers)."""
    a, b = span
    last = doc[b - 1]
    verbless = last.dep_ == "ROOT" or not any(t.pos_ in ("VERB", "AUX") for t in last.sent)
    if b - a >= 2 and verbless and last.tag_ == "NN":
        plural = doc[b - 2]
        if plural.tag_ == "NNS" and plural.dep_ == "compound" and plural.head.i == last.i:
            return a, b - 1
    return span


def _counted_span(doc: Doc, run_last: int, j: int, hi: int) -> tuple[int, int] | None:
    if j < hi and not any(c.isalnum() for c in doc[j].text):
        return None  # a sign is no noun: "2 × 3 metres", "12.5 ± 0.3 kg"
    num = doc[run_last]
    head = _shared_head(num.head, j, min(hi, j + 6))
    # the parse: the number modifies a noun to its right
    if (
        num.dep_ in COUNT_DEPS
        and head.pos_ in NOUN_POS
        and j <= head.i < min(hi, j + 6)
        and all(
            t.pos_ in NP_INNER_POS
            and (t.dep_ != "punct" or _glued_hyphen(t))
            or _joins_modifiers(t)
            or (t.dep_ == "cc" and head.i != num.head.i)
            for t in doc[j : head.i]
        )
    ):
        return j, _extend_compound(doc, head.i, hi) + 1
    # a quantmod chain ("2.2 billion users": 2.2 -> billion -> users)
    for t in doc[j : min(hi, j + 4)]:
        if t.pos_ not in NP_INNER_POS or t.dep_ == "punct":
            break
        if t.pos_ in NOUN_POS and t.i >= j and any(c.i <= run_last for c in t.lefts):
            return j, _extend_compound(doc, t.i, hi) + 1
    # "one of the best speakers", "millions of Americans"
    if j < hi and doc[j].lower_ == "of":
        k = j + 1
        while k < hi and doc[k].pos_ in ("DET", "PRON") and doc[k].dep_ in ("det", "poss"):
            k += 1
        a = k
        while k < hi and (
            doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "VERB")
            and (doc[k].pos_ != "VERB" or doc[k].tag_ in ("VBN", "VBG") and doc[k].dep_ == "amod")
            or _joins_modifiers(doc[k])
            or _glued_hyphen(doc[k])  # "hundreds of shovel-wielding volunteers"
            or doc[k].tag_ == "POS"
            and k > a  # "half of Donald Trump's supporters"
        ):
            last = k + 1 >= hi or (
                doc[k + 1].pos_ not in NOUN_POS
                and not _joins_modifiers(doc[k + 1])
                and not _glued_hyphen(doc[k + 1])
                and doc[k + 1].tag_ != "POS"
            )
            if doc[k].pos_ in NOUN_POS and last:
                return a, k + 1
            k += 1
        return None
    # a linear fallback when the parse attaches the number elsewhere
    k = j
    while k < min(hi, j + 4) and doc[k].pos_ in ("ADJ", "NOUN", "PROPN") and doc[k].dep_ != "punct":
        if doc[k].pos_ == "NOUN" and (k + 1 >= hi or doc[k + 1].pos_ != "NOUN"):
            if doc[k].tag_ == "NNS" or doc[k].head.i != run_last:
                return j, k + 1
            return None
        k += 1
    return None


def _shared_head(head: Token, j: int, end: int) -> Token:
    """The noun a number counts when the noun it hangs on only modifies a later one across a
    coordination of modifiers: "400,000 Ford and Lincoln vehicles" (Ford modifies vehicles),
    "12 rifle and pistol magazines" (rifle is parsed as conjoined with magazines)."""
    if head.pos_ not in NOUN_POS or head.i < j:
        return head
    later = head.head if head.dep_ in ("nmod", "compound") else None
    if later is None and head.tag_ in ("NN", "NNP"):
        later = next((c for c in head.rights if c.dep_ == "conj" and c.tag_ in PLURALS), None)
    if later is None or not (head.i < later.i < end) or later.pos_ not in NOUN_POS:
        return head
    between = head.doc[head.i + 1 : later.i]
    if [t.dep_ for t in between].count("cc") != 1 or any(
        c.like_num or c.tag_ == "CD" for c in later.lefts
    ):
        return head  # "3 tanks and 40 trucks": each noun has its own number
    if all(t.dep_ == "cc" or t.dep_ in MODIFIER_DEPS and t.pos_ in NOUN_MOD_POS for t in between):
        return later
    return head


#: how the words of a coordination of modifiers hang on their noun, and what they may be
MODIFIER_DEPS = {"compound", "amod", "nmod", "conj"}
NOUN_MOD_POS = {"ADJ", "NOUN", "PROPN"}


#: the tags of plural nouns
PLURALS = {"NNS", "NNPS"}


def _joins_modifiers(t: Token) -> bool:
    """A conjunction between two modifiers of a later noun ("motel and hotel rooms")."""
    mod = t.head
    return (
        t.dep_ == "cc"
        and mod.dep_ in ("nmod", "compound", "amod")
        and mod.head.i > t.i
        and mod.head.pos_ in NOUN_POS
    )


def _glued_hyphen(t: Token) -> bool:
    """A hyphen inside a word ("first-team")."""
    return t.text == "-" and t.whitespace_ == "" and t.i > 0 and t.doc[t.i - 1].whitespace_ == ""


def _extend_compound(doc: Doc, h: int, hi: int) -> int:
    """Noun-noun compounds whose head is to the right ("lightning strikes")."""
    while h + 1 < hi and doc[h].dep_ == "compound" and doc[h].head.i == h + 1:
        h += 1
    return h


#: modifiers written before a noun that are part of what it names ("Jane Doe", "British woman")
NOUN_MOD_DEPS = {"compound", "amod", "nmod", "flat"}


def noun_phrase(doc: Doc, head: Token, first: int) -> str:
    """A noun with the compound and adjective modifiers written right before it, from token
    ``first`` on: "Jane Doe", "British striker"."""
    a = head.i
    while (
        a - 1 >= first and doc[a - 1].dep_ in NOUN_MOD_DEPS and a - 1 < doc[a - 1].head.i <= head.i
    ):
        a -= 1
    return doc[a : head.i + 1].text


def _date_apart(d: Draft, span: tuple[int, int]) -> bool:
    """Whether the time noun after the number ends a date the number is no part of: "cut by
    a third last year" (a share, then when), not "three years" (a duration)."""
    doc, number = d.doc, d.last
    start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])
    return any(s < end and start < e and not s <= number.idx < e for s, e in d.date_spans)


def _head_in_date(d: Draft, span: tuple[int, int]) -> bool:
    """Whether the head noun after the number lies in a date the number is no part of:
    "38,000 last season", "60 today" (not "one third-quarter goal": the date only
    modifies the goal)."""
    head, number = d.doc[span[1] - 1].idx, d.last.idx
    return any(s <= head < e and not s <= number < e for s, e in d.date_spans)


def read_counted(d: Draft) -> bool:
    """The noun phrase a bare count counts ("100,417 people"); rejects durations, numbers in
    product names ("787 Dreamliner") and lone pronoun-like number words ("the two met")."""
    if not (d.kind == "count" and d.counted is None):
        return True
    doc, run, last, rules = d.doc, d.run, d.last, d.rules
    span = counted_after(doc, last.i, max(d.b, d.units_from), d.hi)
    noun = doc[span[1] - 1].text if span is not None else ""
    if span is not None and is_time_unit(noun, rules) and not is_counted_period(noun, rules):
        if linked_in_parse(last, doc[span[1] - 1]) and not _date_apart(d, span):
            return False  # durations belong to dates
        span = None  # "turn 40 next month": the time noun is not what the number counts
    if span is not None and _head_in_date(d, span):
        span = None  # "38,000 last season", "60 today": a date says when, not what is counted
    if span is None:
        w = doc[run.start].lower_
        lone = w in UNITS and run.end - run.start == 1 and not run.digits
        d.counted = _elided_counted(doc, last, d.lo)
        if d.counted is None and run.end - run.start == 1:
            d.counted = _partitive_counted(doc, d.b, d.hi)  # "two of the five judges"
        # a lone small number word is a pronoun ("the two met") unless a bound makes it an
        # amount ("as young as five", "more than three")
        return (
            d.counted is not None
            or d.bound != "exact"
            or not (lone and (w in ("one", "zero") or (run.value or 0) < 10))
            or _listed_with_number(doc, run.end, d.hi)
        )
    ca, cb = span
    head, first_counted = doc[cb - 1], doc[ca]
    if cb - ca == 1 and head.lemma_.lower() in rules.change_nouns and head.tag_ != "NNS":
        return (
            True  # "a twofold increase": the noun says the number is a change ("2 losses" counts)
        )
    # grouped digits are a count, not a model number: "63,150 Model 3s"
    # and spelled-out numbers are never model numbers: "four FA Cup finals"
    if (
        "," not in d.first.text
        and run.digits
        and first_counted.tag_ == "NNP"
        and first_counted.text[:1].isupper()
        and (first_counted.ent_type_ not in ("NORP",))
        and not (head.tag_ == "NNS" and head.is_lower)  # "14 Grand Slam titles" counts titles
    ):
        return False  # "11 Pro", "787 Dreamliner": a number inside a product name
    d.counted = doc[ca:cb].text
    d.b = max(d.b, cb)
    # a unit after modifiers: "517 rushing yards", "two US fluid ounces"; or after "of":
    # "millions of dollars", "hundreds of thousands of gallons"
    partitive = doc[run.end].lower_ == "of" and cb - ca == 1
    measured = unit_named(head.text, rules, attached=False) if cb - ca > 1 or partitive else None
    money = currency_after(doc, ca, cb, rules) if partitive else None
    if money is not None:
        d.kind, d.unit = "money", money[0]
    elif measured is not None and head.lower_ not in ("pound", "pounds"):
        d.kind, d.unit = "measure", measured
    else:
        d.counted, d.b = count_rate(doc, ca, cb, d.b, d.hi, rules) or (d.counted, d.b)
    return True


#: what joins the numbers of a list of alternatives: "four or five", "two, three or four"
LIST_JOINERS = frozenset({"or", ","})


def _listed_with_number(doc: Doc, j: int, hi: int) -> bool:
    """Whether a number word is followed by "or" or a comma and another number: one of a list
    of alternatives ("four or five birds", "two or three hundred people"), no pronoun."""
    return j + 1 < hi and doc[j].lower_ in LIST_JOINERS and doc[j + 1].like_num


def read_share_of(d: Draft) -> bool:
    """What a percentage is a share of: "40 percent of eligible voters" (counted "eligible
    voters"); the quantity's text stays the percentage."""
    if d.kind != "percent" or d.counted is not None or d.b >= d.hi:
        return True
    of = d.doc[d.b]
    if of.lower_ != "of":
        return True
    whole = next((c for c in of.children if c.dep_ == "pobj" and c.i < d.hi), None)
    if whole is not None and whole.pos_ in NOUN_POS and not whole.like_num:
        d.counted = noun_phrase(d.doc, whole, d.b + 1)
    return True


def _partitive_counted(doc: Doc, j: int, hi: int) -> str | None:
    """What a number counts that is a part of a counted whole after it: "two of the five
    judges", "3 of its 20 stores", "5 of its last 6 games" (judges, stores, games)."""
    if j + 2 >= hi or doc[j].lower_ != "of":
        return None
    k = j + 1
    while k < hi and (
        doc[k].pos_ in ("DET", "PRON") and doc[k].dep_ in ("det", "poss") or doc[k].pos_ == "ADJ"
    ):
        k += 1
    if k >= hi or not (doc[k].like_num and doc[k].pos_ == "NUM"):
        return None
    span = counted_after(doc, k, k + 1, hi)
    return doc[span[0] : span[1]].text if span is not None else None


def _partitive_before(verb: Token, num: Token, lo: int) -> Token | None:
    """The noun of an "of"/"among" phrase set before the clause whose subject the number is:
    "Of the 200 passengers, 12 were hurt" (passengers)."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "among") and lo <= c.i < num.i:
            noun = next((g for g in c.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ == "NOUN":
                return noun
    return None


def _elided_counted(doc: Doc, num: Token, lo: int) -> str | None:
    """What a bare number that is a verb's subject counts: the whole set before its clause
    ("Of the 200 passengers, 12 were hurt"), or what the clause coordinated with it names
    for its own number ("three people died and two were hurt": two people)."""
    if num.dep_ not in ("nsubj", "nsubjpass") or num.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = num.head
    whole = _partitive_before(verb, num, lo)
    if whole is not None:
        return noun_phrase(doc, whole, lo)
    partners = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        partners.append(verb.head)
    for other in partners:
        subj = next((c for c in other.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.i < lo:
            continue
        if any(c.dep_ == "nummod" and c.like_num for c in subj.children):
            return noun_phrase(doc, subj, lo)
    return None
