"""Quotations in the text: where they open and close, within a paragraph."""

from __future__ import annotations

import bisect
import math
import re

from spacy.tokens import Doc, Token

from claimx.components.claims.assets import CLOSE_QUOTES, OPEN_QUOTES
from claimx.extensions import doc_text


def find_quotations(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of quotations, marks included; each stays inside its paragraph. They come in
    the order of the text and never overlap (``quote_at`` relies on it).

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


def closed(doc: Doc, quote: tuple[int, int]) -> bool:
    # an unclosed quotation runs to its line's end and may swallow narration
    text = doc_text(doc)
    return text[quote[1] - 1] in CLOSE_QUOTES or text[quote[1] - 2 : quote[1]] == "''"


CLOSING_RE = re.compile(r"[.,!?]?(?:''|[\"\u201d\u2019])")


def quotation_marks(text: str, start: int, end: int) -> tuple[int, int]:
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


def words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def quote_at(quotes: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The quotation holding character ``at``, by a binary search of the quotations (in
    the order of the text, apart, as ``find_quotations`` gives them), not a scan of all."""
    k = bisect.bisect_right(quotes, (at, math.inf)) - 1
    return quotes[k] if k >= 0 and quotes[k][0] <= at < quotes[k][1] else None


def in_quote(token: Token, quotes: list[tuple[int, int]]) -> bool:
    """Whether a token stands inside a closed quotation (its words are the quotation's)."""
    quote = quote_at(quotes, token.idx)
    return quote is not None and closed(token.doc, quote)
