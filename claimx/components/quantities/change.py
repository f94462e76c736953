"""Change: whether a quantity is the extent of a change verb or noun ("rose 5%", "a 5%
drop") and which way."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx.components.quantities.assets import CHANGE_SKIP, Rules, numeral
from claimx.components.quantities.context import lower_seq
from claimx.units import is_money_word

#: dependency labels that make a quantity the object/extent of a change verb
CHANGE_ARG_DEPS = {"dobj", "npadvmod", "advmod", "attr", "oprd", "obj", "nsubj", "acomp", "conj"}


def _moves(verb: Token, rules: Rules) -> bool:
    """Whether a verb's particle "up"/"down" says where a number went ("went up", "closed down")."""
    lemma = verb.lemma_.lower()
    return lemma in rules.particle_verbs or lemma in rules.change_verbs


def _imperative(verb: Token) -> bool:
    """An instruction opening its sentence ("Add 2 cups of flour"): no change is stated."""
    return (
        verb.tag_ == "VB"
        and verb.i == verb.sent.start
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)
    )


def _past_bound(doc: Doc, a: int, rules: Rules) -> int:
    """The first token after a bound that opens a quantity ("over $6 million": "$")."""
    for n in (3, 2, 1):
        if a + n < len(doc) and lower_seq(doc, a, a + n) in rules.bounds_before:
            return a + n
    return a


def _raises_funds(doc: Doc, verb: Token, a: int, b: int, rules: Rules) -> bool:
    """ "raised $5 million", "raised 20 million euros": an amount of money as the object of
    "raise" is what was gathered ("raised prices by $5" and "raised rates 0.25 points" are
    changes)."""
    if verb.lemma_.lower() != "raise" or any(t.lower_ == "by" for t in doc[verb.i + 1 : a]):
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False  # "fees were raised $5": what was raised is the subject, a price
    first = doc[_past_bound(doc, a, rules)]
    if first.is_currency or first.lower_.rstrip(".") in rules.currency_symbols:
        return True
    if (m := numeral(first)) and m.group("cur"):
        return True
    return any(is_money_word(t.text) and not _is_subunit(t, rules) for t in doc[first.i + 1 : b])


def _is_subunit(tok: Token, rules: Rules) -> bool:
    return tok.lower_.rstrip(".") in rules.subunits


#: words that make an amount one added to another, between a change word and its number:
#: "rose a further 3%", "cut another 500 jobs", "fell an additional 2 points"
ADDED_AMOUNT_WORDS = frozenset({"further", "additional", "extra", "another"})


def _adds(doc: Doc, k: int) -> bool:
    """Whether token k is an added-amount word or the article before one ("a further")."""
    w = doc[k].lower_
    if w in ("a", "an"):
        return k + 1 < len(doc) and doc[k + 1].lower_ in ADDED_AMOUNT_WORDS
    return w in ADDED_AMOUNT_WORDS


def _amount_of_something(doc: Doc, verb: Token, a: int, b: int, rules: Rules) -> bool:
    """ "dropped 8 inches of rain", "climbed 300 metres of ice": a measured amount of
    something as the object of a verb that changes only its subject is what the verb moves
    (let fall, go up), no change ("fell 5% of its value" is still one)."""
    if verb.lemma_.lower() not in rules.subject_change_verbs or b + 1 >= len(doc):
        return False
    if doc[b].lower_ != "of" or doc[b + 1].like_num:
        return False
    unit = doc[b - 1]
    return unit.pos_ == "NOUN" and unit.lower_ not in rules.percent and unit.i >= a


def change_of(doc: Doc, a: int, b: int, head: Token, rules: Rules) -> str | None:
    """'up' / 'down' when the quantity in tokens [a, b) states a change."""
    # "up 9.4 per cent", "down 3%", "NASDAQ decrease by 1"
    k = a - 1
    while k >= 0 and (doc[k].lower_ in CHANGE_SKIP or _adds(doc, k)):
        k -= 1
    if k >= 0:
        w = doc[k]
        if w.lower_ in ("up", "down") and (w.pos_ in ("ADV", "ADP", "ADJ") or w.dep_ == "advmod"):
            if w.dep_ != "prt" or _moves(w.head, rules):
                return w.lower_
            return None  # a phrasal verb: "gave up 517 yards", "picked up 12 suspects"
        # "the lower 48 states": an adjective after a determiner describes, it tells no change
        attributive = w.pos_ == "ADJ" and k > 0 and doc[k - 1].pos_ == "DET"
        if w.pos_ in ("VERB", "NOUN", "AUX", "ADJ", "ADV") and doc[a - 1].lower_ != "to":
            if attributive:
                return None
            d = rules.change_verbs.get(w.lemma_.lower()) or rules.change_verbs.get(w.lower_)
            if d and _raises_funds(doc, w, a, b, rules):
                return None  # "the charity raised £20,000": money gathered, not a rise
            if d and _amount_of_something(doc, w, a, b, rules):
                return None
            if d and w.pos_ != "NOUN" and not _imperative(w):
                return d
    # "0.68 percent lower", "5% higher"
    if b < len(doc) and doc[b].lower_ in ("lower", "higher"):
        return "down" if doc[b].lower_ == "lower" else "up"
    # the parse: the quantity is the extent of a change verb, or "by" it
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ == "by" and not (a > 0 and doc[a - 1].lower_ == "to"):
        # ("fell by a third to 400 tonnes": what follows "to" is the level reached)
        verb = gov.head
        lemma = verb.lemma_.lower()
        d = rules.change_verbs.get(lemma) or rules.change_nouns.get(lemma)
        if d:
            return d
    if head.dep_ == "pobj" and gov.lower_ == "of" and gov.head.pos_ == "NOUN":
        d = rules.change_nouns.get(gov.head.lemma_.lower())
        if d and gov.head.i < a:
            return d
    if head.dep_ in CHANGE_ARG_DEPS and gov.pos_ in ("VERB", "AUX") and gov.i < a:
        d = rules.change_verbs.get(gov.lemma_.lower())
        if d and not _imperative(gov) and not _raises_funds(doc, gov, a, b, rules):
            return None if _amount_of_something(doc, gov, a, b, rules) else d
    # "a 3 percent drop", "a 5% increase"
    if head.dep_ in ("nummod", "compound", "amod", "npadvmod", "nmod") and gov.i >= b:
        d = rules.change_nouns.get(gov.lemma_.lower())
        if d and gov.i - b <= 2:
            return d
    return None
