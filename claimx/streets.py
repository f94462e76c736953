"""Street names as place mentions: "lives on Bucknell Drive", "at 319 Main St.", "the 500
block of Taylor Street". Pure functions over a Doc; imports no component.

The small model calls most street names persons or organizations, or nothing. A run of
capitalized words ending in a street word is a street by its shape; words that also end the
names of people and bodies ("Joanne Lane", "United Way", "Superior Court") make a street
only after a house number or "block of". The word lists live in models/places.json
(``street_names``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Doc, Token

from claimx.patterns import ORDINAL_RE

#: at most this many words name a street before its street word
MAX_NAME_WORDS = 4
#: lower-case words that end a street's name going back ("on Main Street", "The Drive")
FUNCTION_WORDS = frozenset(
    "the a an on in at of to from near and or by for with into onto along off past via behind "
    "outside inside between across down up over under his her their our its this that".split()
)


@dataclass(frozen=True, slots=True)
class StreetWords:
    """The street words of models/places.json."""

    named: frozenset[str]
    addressed: frozenset[str]
    directions: frozenset[str]


@lru_cache(maxsize=1)
def street_words() -> StreetWords:
    """The street words, loaded once."""
    data = json.loads(files("claimx.models").joinpath("places.json").read_text("utf-8"))
    lists = data["street_names"]
    return StreetWords(
        frozenset(lists["named"]), frozenset(lists["addressed"]), frozenset(lists["directions"])
    )


def _name_word(tok: Token, words: StreetWords) -> bool:
    text = tok.text
    if text in words.directions or ORDINAL_RE.fullmatch(tok.lower_):
        return True
    if tok.lower_ in FUNCTION_WORDS or not text[:1].isupper():
        return False
    return tok.is_alpha or text.rstrip(".").isalpha() or text.replace("'", "").isalpha()


def _street_word(doc: Doc, i: int, words: StreetWords) -> tuple[str, int] | None:
    """The street word at token i and the token after it ("St" "." read as one)."""
    text = doc[i].text
    if text in words.named or text in words.addressed:
        return text, i + 1
    if i + 1 < len(doc) and doc[i + 1].text == "." and not doc[i].whitespace_:
        if f"{text}." in words.named or f"{text}." in words.addressed:
            return f"{text}.", i + 2
    return None


def _name_start(doc: Doc, i: int, words: StreetWords) -> int:
    """The first token of the name before the street word at i (i when there is none)."""
    first = k = i
    while k > 0 and i - k < MAX_NAME_WORDS:
        prev = doc[k - 1]
        if _name_word(prev, words):
            first = k = k - 1
        elif prev.text in ("-", "&") and k > 1 and _name_word(doc[k - 2], words):
            k -= 1  # "Hyland-Croy Road": the hyphen joins two name words
        else:
            break
    return first


def _addressed(doc: Doc, first: int) -> bool:
    """Whether a house number or "block of" stands before the name at ``first``."""
    if first == 0:
        return False
    prev = doc[first - 1]
    if prev.like_num or (prev.text[:1].isdigit() and any(ch.isdigit() for ch in prev.text)):
        return True  # "1200 E. Broad St.", "44-46 Hungerford St.", "20E Nordland Ave."
    return first > 1 and prev.lower_ == "of" and doc[first - 2].lower_ == "block"


def street_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the street names of a doc, in order."""
    words = street_words()
    out: list[tuple[int, int]] = []
    for i in range(1, len(doc)):
        found = _street_word(doc, i, words)
        if found is None or (out and doc[i].idx < out[-1][1]):
            continue
        word, after = found
        first = _name_start(doc, i, words)
        if first == i:
            continue
        last = after - 1
        if after < len(doc) and doc[after].text in words.directions:
            last, after = after, after + 1  # "Seventh Street Northwest"
        addressed = _addressed(doc, first)
        if word in words.addressed and not addressed:
            continue
        nxt = doc[after] if after < len(doc) else None
        if nxt is not None and nxt.is_alpha and nxt.is_title and not addressed:
            continue  # part of a longer name: "Main Street Pharmacy", "Wall Street Journal"
        if nxt is not None and nxt.like_num:
            continue  # a numbered road named after its county: "Oxford Road 5"
        out.append((doc[first].idx, doc[last].idx + len(doc[last])))
    return out
