"""Text patterns shared by the components (numbers before street names, ordinals).
Imports no component."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Doc, Token


@lru_cache(maxsize=1)
def street_words() -> frozenset[str]:
    """The street words of models/quantities.json ("street", "ave", "rue"), lower case."""
    data = json.loads(files("claimx.models").joinpath("quantities.json").read_text("utf-8"))
    return frozenset(data["street_words"])


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
