"""The claims of a Doc, in text order, with statements and links to the items inside."""

from __future__ import annotations

from spacy.tokens import Doc

from claimx.components.claims.actors import ActorIndex
from claimx.components.claims.assets import MIN_QUOTE_WORDS, ClaimItem, cue_lists
from claimx.components.claims.cues import sent_text, sentence_is_question, stripped
from claimx.components.claims.quotations import find_quotations, quotation_marks, words
from claimx.components.claims.quoted import (
    attach_quotes,
    block_quotes,
    drop_nested,
    transcript_lines,
)
from claimx.components.claims.verbs import claim_at
from claimx.extensions import doc_text
from claimx.intervals import Intervals, start_end
from claimx.lines import doc_dateline_prefixes

#: parts of speech no cue, source preposition or cue noun has: skipped before the rules run
NEVER_CUE_POS = frozenset({"PUNCT", "DET", "NUM", "CCONJ", "SPACE", "SYM", "PRON", "PART"})


def find_claims(doc: Doc) -> list[ClaimItem]:
    """All claims of a doc, in text order."""
    lists = cue_lists()
    index = ActorIndex(doc)
    nonbody = [(s, e) for s, e, _ in doc._.claimx_nonbody or ()]
    paragraphs = doc._.claimx_paragraphs or [(0, len(doc_text(doc)))]
    all_quotes = find_quotations(doc_text(doc), paragraphs)
    quotes = [q for q in all_quotes if words(doc_text(doc)[q[0] : q[1]]) >= MIN_QUOTE_WORDS]

    nonbody_lines = Intervals(nonbody, span=lambda line: line)

    def in_nonbody(start: int, end: int) -> bool:
        return bool(nonbody_lines.holding(start, end))

    claims: list[ClaimItem] = []
    for sent in doc.sents:
        if not sent_text(sent).strip() or in_nonbody(*stripped(sent)):
            continue
        for token in sent:
            if token.pos_ in NEVER_CUE_POS:
                continue
            item = claim_at(token, sent, lists, index, quotes)
            if item is not None and not _stranded(doc, item):
                claims.append(item)
    claims.extend(transcript_lines(doc, index, in_nonbody))
    claims = drop_nested(doc, claims)
    claims = attach_quotes(doc, claims, all_quotes, lists, index, in_nonbody)
    claims.extend(block_quotes(doc, claims, lists, index, in_nonbody))
    claims.extend(_statements(doc, claims, in_nonbody))
    claims.sort(key=lambda c: (c.start, c.end))
    datelines = Intervals(doc_dateline_prefixes(doc), span=lambda line: line)
    for c in claims:
        c.start, c.end = quotation_marks(doc_text(doc), c.start, c.end)
        c.start = _after_dateline(datelines, c.start, c.end)
        if c.cue_span is None and c.cue_i is not None:
            cue = doc[c.cue_i]
            c.cue_span = (cue.idx, cue.idx + len(cue))
    _link(doc, claims)
    return claims


def _after_dateline(datelines: Intervals, start: int, end: int) -> int:
    """Where content that opens with a story's dateline begins after it: "MILAN (Reuters) -
    Heavy rain forced …, officials said" says "Heavy rain forced …"."""
    for _, line_end in datelines.holding(start, start + 1):
        if line_end < end:
            return line_end
    return start


def _stranded(doc: Doc, claim: ClaimItem) -> bool:
    """A content that is only an infinitive's "to", its verb left out ("any religion they
    wanted to"): nothing is said."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return span is not None and all(t.is_punct or t.tag_ == "TO" for t in span)


def _statements(doc: Doc, claims: list[ClaimItem], in_nonbody) -> list[ClaimItem]:
    """Body sentences without attribution that carry a quantity or a date."""
    marks = [(q.start, q.end) for q in doc._.claimx_quantities or []]
    marks += [(d.start, d.end) for d in doc._.claimx_dates or []]
    claimed, marked = Intervals(claims), Intervals(marks, span=lambda mark: mark)
    out = []
    for sent in doc.sents:
        s, e = sent.start_char, sent.end_char
        text = sent_text(sent).strip()
        if not text or in_nonbody(*stripped(sent)) or sentence_is_question(sent):
            continue
        if claimed.overlapping(s, e) or not marked.within(s, e):
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


def _mentioned_within(items: list, start: int, end: int, mentions: Intervals) -> list:
    """The items (actors, places) with a mention inside [start, end), in their order."""
    hits = {id(owner) for _, owner in mentions.within(start, end)}
    return [item for item in items if id(item) in hits] if hits else []


def _link(doc: Doc, claims: list[ClaimItem]) -> None:
    """Link each claim to the items inside its content."""
    actors, places = doc._.claimx_actors or [], doc._.claimx_places or []
    quantities, dates = doc._.claimx_quantities or [], doc._.claimx_dates or []
    actor_mentions = _mention_index(actors)
    place_mentions = _mention_index(places)
    quantity_spans, date_spans = Intervals(quantities), Intervals(dates)
    claim_spans = Intervals(claims)
    for c in claims:
        c.actors = [
            a
            for a in _mentioned_within(actors, c.start, c.end, actor_mentions)
            if a is not c.speaker
        ]
        c.places = _mentioned_within(places, c.start, c.end, place_mentions)
        c.quantities = quantity_spans.within(c.start, c.end)
        c.dates = date_spans.within(c.start, c.end)
        if c.kind != "statement":
            # when it was said: "…, the government said on Saturday"
            s, e = c.sentence
            c.dates += [
                d
                for d in date_spans.within(s, e)
                if d not in c.dates and not claim_spans.holding(d.start, d.end)
            ]


def _mention_index(items: list) -> Intervals:
    """Every mention of the items, each with the item it names."""
    return Intervals(
        [(m, item) for item in items for m in item.mentions], span=lambda pair: start_end(pair[0])
    )
