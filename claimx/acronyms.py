"""Acronyms and the names they stand for: "Kurdistan Democratic Party ( KDP )". Imports no
component."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from claimx.extensions import tokens_at

ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "&", "de", "du", "la"}


OPEN_BRACKET_RE = re.compile(r"\(")


def acronym_of(words: list[str]) -> str:
    """Initials of a name's capitalized words: "European Union" → "EU"."""
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in ACRONYM_SKIP)


ACRONYM_RE = re.compile(r"^[A-Z][A-Z&]{1,6}$")


def initials_match(words: list[str], short: str) -> bool:
    """Whether an acronym stands for a name: its initials ("KDP" for "Kurdistan Democratic
    Party"), or all but one of them in order ("LIFFE" for "London International Financial
    Futures and Options Exchange")."""
    initials = acronym_of(words)
    if initials == short:
        return True
    if len(initials) != len(short) + 1 or initials[0] != short[0]:
        return False
    return any(initials[:i] + initials[i + 1 :] == short for i in range(1, len(initials)))


def _name_before(doc: Doc, end: int, short: str) -> Span | None:
    """The shortest run of capitalized words ending at ``end`` that the acronym stands for."""
    start = end
    while start > 0 and end - start < 10:
        token = doc[start - 1]
        # a possessive inside the name: "Sudan People 's Liberation Army ( SPLA )", "National
        # Farmers ' Union ( NFU )"
        inside = token.lower_ in ACRONYM_SKIP or token.lower_ in {"'s", "’s", "'"}
        if not (token.text[:1].isupper() or inside) or token.is_punct and not inside:
            break
        start -= 1
        if doc[start].text[:1].isupper() and initials_match(
            [t.text for t in doc[start:end]], short
        ):
            return doc[start:end]
    return None


def defined_acronyms(doc: Doc) -> list[tuple[Span, Span]]:
    """Names defined with an acronym in brackets, either way round:
    "Kurdistan Democratic Party ( KDP )", "KDP ( Kurdistan Democratic Party )"."""
    found = []
    for token in (doc[i] for i in tokens_at(doc, OPEN_BRACKET_RE)):
        if token.text != "(" or token.i + 2 >= len(doc):
            continue
        inner = doc[token.i + 1]
        if ACRONYM_RE.match(inner.text) and doc[token.i + 2].text == ")":
            name = _name_before(doc, token.i, inner.text)
            if name is not None:
                found.append((name, doc[token.i + 1 : token.i + 2]))
            continue
        before = doc[token.i - 1] if token.i else None
        if before is None or not ACRONYM_RE.match(before.text):
            continue
        close = next((t.i for t in doc[token.i + 1 : token.i + 12] if t.text == ")"), None)
        if close is not None:
            name = doc[token.i + 1 : close]
            if name[0].text[:1].isupper() and initials_match([t.text for t in name], before.text):
                found.append((name, doc[before.i : before.i + 1]))
    return found


def term_acronyms(doc: Doc) -> set[str]:
    """Acronyms defined by words in lower case: terms, not names ("dark northern spring (
    DNS )", "automated pit trading ( APT )", "floating rate certificate of deposit ( FRCD
    )"), whatever the model reads in them elsewhere."""
    found = set()
    for token in (doc[i] for i in tokens_at(doc, OPEN_BRACKET_RE)):
        if token.text != "(" or token.i + 2 >= len(doc) or doc[token.i + 2].text != ")":
            continue
        short = doc[token.i + 1].text
        if not ACRONYM_RE.match(short):
            continue
        words: list[str] = []
        for prev in reversed(doc[max(0, token.i - 10) : token.i]):
            if not prev.is_alpha or not prev.is_lower:
                break
            words.insert(0, prev.text)
            significant = [w for w in words if w not in ACRONYM_SKIP]
            if "".join(w[0] for w in significant).upper() == short:
                found.add(short)
                break
    return found
