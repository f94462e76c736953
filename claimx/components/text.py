"""Text structure: paragraphs, the title, and lines that are not article body.

Two components:

- ``claimx_paragraphs`` runs before the parser and starts a sentence after every
  line break, so no sentence (and, with ``claimx_text``, no entity) spans lines.
- ``claimx_text`` runs after the NER: it cuts entities at line breaks and trims
  whitespace from their edges, finds the title, and marks the lines that are not
  article body (boilerplate, headlines inside the body, bylines, credit lines).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

import claimx.extensions  # noqa: F401  (registers Doc._.claimx_*)
from claimx.extensions import doc_text

#: parts of speech a name never ends on when written in lower case ("on", "the", "and")
TRAILING_FUNCTION_POS = {"ADP", "DET", "CCONJ", "SCONJ"}
#: entity labels that are names (a date may end on one: "the day before")
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART"}
#: Lines from aggregators and CMS templates, not the article.
BOILERPLATE_RE = re.compile(
    r"(?i)\b(this article was (added|submitted|posted) by|is not responsible for the content"
    r"|all rights reserved|cookies? policy|share this (article|story))\b"
)
#: Calls to action, which body sentences also use ("urged voters to sign up for early
#: voting"): boilerplate only on a short line of their own or opening one.
CALL_TO_ACTION_RE = re.compile(
    r"(?i)^\W*(click here|sign up for|subscribe (to|now)|follow us on|read more\b"
    r"|advertisement\W*$)"
)
MAX_CALL_TO_ACTION_WORDS = 12
#: A note from the editors about the article, not part of it ("Editor's note: …").
EDITORS_NOTE_RE = re.compile(r"(?i)^\W*editors?['\u2019]?s? note\s*:")
#: Credit lines: "(with newswires)", "(Reuters)", "Reporting by …", "Editing by …".
CREDIT_RE = re.compile(
    r"(?i)^\s*(\((with|additional reporting|reporting|writing|editing)\b[^)]*\)"
    r"|\([A-Z][\w .&-]{1,40}\)\s*$"
    r"|(additional )?(reporting|writing|editing|compiled) by\b.*"
    r"|(copyright|©).*)\s*$"
)
#: Datelines: "NAIROBI, Kenya (AP) _", "LONDON 1996-08-30", "WASHINGTON (Reuters) -".
DATELINE_RE = re.compile(
    r"^\s*[A-Z][A-Z.' -]{1,40}(,\s*[A-Za-z.' -]{2,30})?\s*(\([A-Za-z .-]{1,20}\))?"
    r"\s*[-_\u2013\u2014]*\s*(\d{4}-\d{2}-\d{2})?\s*$"
)
BYLINE_RE = re.compile(r"^\s*By\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}(\s*(,|and)\s+.*)?\s*$")
#: A body line ends like a sentence; headlines and subheadings don't.
SENTENCE_END_RE = re.compile(r"[.!?:;…\"'”’)\]]\s*$")
MAX_HEADLINE_WORDS = 25


def iter_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every non-blank line, stripped of surrounding whitespace."""
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + (len(line) - len(line.lstrip()))
        yield start, start + len(stripped)


def line_kind(line: str) -> str | None:
    """Why a line is not body text ("boilerplate", "credit", "byline", "headline"), else None."""
    if BOILERPLATE_RE.search(line):
        return "boilerplate"
    if CALL_TO_ACTION_RE.match(line) and len(line.split()) <= MAX_CALL_TO_ACTION_WORDS:
        return "boilerplate"
    if EDITORS_NOTE_RE.match(line):
        return "boilerplate"
    if CREDIT_RE.match(line):
        return "credit"
    if BYLINE_RE.match(line):
        return "byline"
    if DATELINE_RE.match(line) and any(w.isupper() and len(w) > 1 for w in line.split()):
        return "dateline"
    if not SENTENCE_END_RE.search(line) and len(line.split()) <= MAX_HEADLINE_WORDS:
        return "headline"
    return None


def find_structure(
    text: str,
) -> tuple[tuple[int, int] | None, list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The title span, the non-body lines and the paragraphs of an article's text.

    The title is the first non-boilerplate line when it reads like a headline; a
    single-line text (a sentence, a tweet) has no title.
    """
    lines = list(iter_lines(text))
    nonbody: list[tuple[int, int, str]] = []
    title: tuple[int, int] | None = None
    for i, (start, end) in enumerate(lines):
        kind = line_kind(text[start:end])
        if kind == "headline" and title is None and len(lines) > 1:
            title = (start, end)
            kind = "title"
        elif kind is None and title is None and not nonbody and i == 0 and len(lines) > 1:
            # A first line that ends in a full stop may still be a headline
            # ("Stealth Over Health: … Bad Optics.") when it is short and titled.
            words = text[start:end].split()
            capitalised = sum(w[:1].isupper() for w in words)
            if len(words) <= MAX_HEADLINE_WORDS and capitalised >= 0.6 * len(words):
                title = (start, end)
                kind = "title"
        if kind is not None:
            nonbody.append((start, end, kind))
    paragraphs = [
        (m.start(), m.end()) for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", text, re.S)
    ]
    return title, nonbody, paragraphs


def _breaks_line(doc: Doc, i: int) -> bool:
    token = doc[i]
    return "\n" in token.text or "\n" in token.whitespace_


def split_entities(doc: Doc) -> None:
    """Trim whitespace off entity edges and cut entities at line breaks."""
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        pieces: list[tuple[int, int]] = []
        start = ent.start
        for i in range(ent.start, ent.end):
            if doc[i].is_space or (i < ent.end - 1 and _breaks_line(doc, i)):
                end = i if doc[i].is_space else i + 1
                if end > start:
                    pieces.append((start, end))
                start = i + 1
        if start < ent.end:
            pieces.append((start, ent.end))
        if ent.label_ in NAME_LABELS:
            pieces = [_without_trailing_function_words(doc, s, e) for s, e in pieces]
        pieces = [(s, e) for s, e in pieces if e > s]
        if pieces != [(ent.start, ent.end)]:
            changed = True
        for s, e in pieces:
            ents.append(Span(doc, s, e, label=_piece_label(doc[s:e], ent.label_)))
    if changed:
        doc.set_ents(ents)


def _without_trailing_function_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    # The model sometimes ends a name on the preposition after it ("the Grand View
    # Memorial Park on"); a name never ends on a lower-case function word.
    while end - start > 1 and doc[end - 1].pos_ in TRAILING_FUNCTION_POS and doc[end - 1].is_lower:
        end -= 1
    return start, end


def _piece_label(piece: Span, label: str) -> str:
    # A fragment cut off a name by a line break is often a bare number
    # ("Armenia\n\nMore than 100,000" tagged as one ORG).
    if (
        label not in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")
        and any(t.like_num for t in piece)
        and not any(t.pos_ == "PROPN" for t in piece)
    ):
        return "CARDINAL"
    return label


class ParagraphSentencizer:
    """Start a sentence after every line break (the parser keeps preset starts)."""

    def __call__(self, doc: Doc) -> Doc:
        for i in range(1, len(doc)):
            if _breaks_line(doc, i - 1) and not doc[i].is_space:
                doc[i].is_sent_start = True
        return doc


class TextStructure:
    """Find the title and non-body lines; clean entity edges."""

    def __call__(self, doc: Doc) -> Doc:
        title, nonbody, paragraphs = find_structure(doc_text(doc))
        doc._.claimx_title = title
        doc._.claimx_nonbody = nonbody
        doc._.claimx_paragraphs = paragraphs
        split_entities(doc)
        boiler = [(s, e) for s, e, kind in nonbody if kind == "boilerplate"]
        if boiler:
            doc.set_ents([e for e in doc.ents if not any(s <= e.start_char < x for s, x in boiler)])
        return doc


@Language.factory("claimx_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphSentencizer:
    """Sentence starts at line breaks; add before the parser."""
    return ParagraphSentencizer()


@Language.factory(
    "claimx_text",
    # the entities cut at line breaks and boilerplate lines, before any claimx component
    # reads them
    requires=["doc.ents", "token.pos", "token.is_sent_start"],
    assigns=["doc._.claimx_title", "doc._.claimx_nonbody", "doc._.claimx_paragraphs", "doc.ents"],
)
def make_text(nlp: Language, name: str) -> TextStructure:
    """Title, non-body lines and entity clean-up; add after the NER."""
    return TextStructure()
