"""Text patterns shared by the components (numbers before street names, ordinals).
Imports no component."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from claimx.units import quantity_tables


@lru_cache(maxsize=1)
def street_words() -> frozenset[str]:
    """The street words of models/quantities.json ("street", "ave", "rue"), lower case."""
    return frozenset(quantity_tables()["street_words"])


#: a street number's ordinal street name ("8th Ave.", "5th Street")
ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)")


def address_follows(doc: Doc, j: int) -> bool:
    """Whether a street name starts at token j, so a number before it is an address:
    "575 Wilbraham Road", "2301 8th Ave. N.", "1600 Pennsylvania Avenue", "22 Ave Foch"."""
    streets = street_words()
    k = j
    while k < len(doc) and k < j + 4:
        tok = doc[k]
        if tok.lower_.rstrip(".") in streets and tok.text[:1].isupper():
            if k > j:
                return True
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper():
                return True  # "22 Ave Foch", "10 Rue de Rivoli": the street word first
        if not (tok.text[:1].isupper() and tok.is_alpha or ORDINAL_RE.fullmatch(tok.lower_)):
            return False
        k += 1
    return False


#: a results line opening with its ground without "At": "Hove : Sussex 363", "Leicester :
#: Leicestershire beat Somerset" (read only where the gazetteer knows the ground's town: field
#: labels such as "Bowling : Cork 20-4-61-2" open lines the same way)
BARE_VENUE_RE = re.compile(
    r"^[ \t]*(?P<venue>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2}) : "
    r"(?=[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,3} (?:\d|beat\b|drew\b|v\b))",
    re.M,
)
#: a results line opening with its ground: "At Hove : Sussex 300-4", "At The Oval : Surrey
#: 211 ( ... )" (the ground, then a side and its score)
VENUE_RE = re.compile(
    r"^[ \t]*At (?P<venue>(?:The )?[A-Z][\w.\-]*(?: (?:'s|of|[A-Z][\w.\-]*)){0,3}) : "
    r"(?=[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*){0,3} \d)",
    re.M,
)


def joining_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("Anne-Gaelle", "Holtz-Eakin", "front-runner"), split off by
    the tokenizer: no space on either side; a dash between phrases has one."""
    doc = token.doc
    return (
        token.text == "-"
        and not token.whitespace_
        and token.i > 0
        and not doc[token.i - 1].whitespace_
    )


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """Nouns of people a number can give the age of ("children", "boy"), from the ages table
    of models/quantities.json."""
    return frozenset(quantity_tables()["ages"]["people_nouns"])


#: units a young child's age is given in, set off after the name
AGE_LENGTH_UNITS = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
APPOSITION_OPENERS = frozenset({",", "("})
APPOSITION_CLOSERS = frozenset({",", ")", ";", "—", "–", "―", "--"})


def apposed_age_length(doc: Doc, start: int, end: int) -> Token | None:
    """The person whose age a length set off after them gives: "Natalia Skaggs, 8-months,",
    "the boy, 18 months," (an age, not a duration); the name's head token, else None."""
    if start < 2 or end >= len(doc) or end - start not in (2, 3):
        return None
    if doc[start - 1].text not in APPOSITION_OPENERS or doc[end].text not in APPOSITION_CLOSERS:
        return None
    number, unit, name = doc[start], doc[end - 1], doc[start - 2]
    if not number.like_num or unit.lower_ not in AGE_LENGTH_UNITS:
        return None
    if end - start == 3 and doc[start + 1].text != "-":
        return None
    if unit.dep_ != "appos" or unit.head.i != name.i:
        return None
    person = name.ent_type_ == "PERSON" or (name.pos_ == "PROPN" and name.text[:1].isupper())
    return name if person or name.lower_ in people_nouns() else None


@lru_cache(maxsize=1)
def age_nouns() -> frozenset[str]:
    """Nouns whose value is an age ("age", "life expectancy"), from the ages table of
    models/quantities.json."""
    return frozenset(quantity_tables()["ages"]["subject_nouns"])


def predicated_age_length(doc: Doc, start: int, end: int) -> Token | None:
    """The age noun a length completes: "the median age of residents is 38.2 years", "life
    expectancy rose to 81 years" (an age, not a duration); the noun, else None."""
    if end - start != 2 or end > len(doc):
        return None
    number, unit = doc[start], doc[end - 1]
    if not number.like_num or unit.lower_ not in AGE_LENGTH_UNITS:
        return None
    verb = unit.head
    if unit.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head  # "rose to 81 years"
    elif unit.dep_ not in ("attr", "acomp"):
        return None
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return next((c for c in subjects if c.lemma_.lower() in age_nouns()), None)


#: the most tokens an aside in brackets spans ("($2.4 billion)", "(about 1.1 billion euros)")
MAX_ASIDE_TOKENS = 10


def bracketed_aside(doc: Doc, i: int) -> tuple[int, int] | None:
    """The brackets of the short aside token ``i`` opens or closes, as (open, close) token
    indices: an amount's conversion sits between the amount and its rate ("9 billion
    shekels ($2.4 billion) a year")."""
    if doc[i].text == "(":
        ahead = range(i + 1, min(len(doc), i + MAX_ASIDE_TOKENS))
        return next(((i, j) for j in ahead if doc[j].text == ")"), None)
    if doc[i].text == ")":
        back = range(i - 1, max(-1, i - MAX_ASIDE_TOKENS), -1)
        return next(((j, i) for j in back if doc[j].text == "("), None)
    return None


#: dependency labels of a verb's object
OBJECT_DEPS = frozenset({"dobj", "obj"})


def preposition_after_object(tok: Token, num: Token) -> bool:
    """Whether "over" (or "under") at ``tok`` is a preposition of its verb, after the verb's
    object, whose own object is the number ``num`` or the noun it counts, where it tells when
    or where, not how many: "scattered 10 hits over 6 innings", "spreads the cost over 10
    years", "dumped snow over 3 states"; "employs over 500 people", "rose over 10 percent"
    and "17 players over the age of 21" keep their bound."""
    verb = tok.head
    if tok.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX") or verb.i > tok.i:
        return False
    if not (num.like_num or num.is_currency):
        return False  # "over the age of 21": the number is further on, the bound stands
    if not any(c.dep_ == "pobj" and c.i in (num.i, num.head.i) for c in tok.children):
        return False
    return any(c.dep_ in OBJECT_DEPS and c.i < tok.i for c in verb.children)


def verb_above(token: Token, steps: int) -> Token | None:
    """The first verb on the way up the parse from ``token`` (itself included), looking at
    most ``steps`` tokens; None at the root or beyond."""
    t = token
    for _ in range(steps):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None
