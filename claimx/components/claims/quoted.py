"""Claims from quotations: transcript turns, quotations attached to a cue or speaker, block
quotes after "X added:", and nested claims dropped."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from claimx.components.claims.actors import ActorIndex
from claimx.components.claims.assets import (
    CLAUSE_DEPS,
    DASHES,
    MIN_QUOTE_WORDS,
    SUBJECT_DEPS,
    ClaimItem,
    cue_lemma,
    cue_lists,
)
from claimx.components.claims.cues import cue_content, is_cue
from claimx.components.claims.quotations import quote_at, words
from claimx.components.claims.spans import speaker_phrase, subject_of
from claimx.extensions import doc_text
from claimx.intervals import Intervals
from claimx.items import ActorItem
from claimx.patterns import joining_hyphen

TRANSCRIPT_RE = re.compile(
    # a turn may open with a quotation mark when the whole transcript is quoted
    r"^[\"\u201c]?(?P<name>(?:[A-Z][A-Z.'\u2019-]+)(?: [A-Z][A-Z.'\u2019-]+){0,3}):"
    r"\s+(?P<content>\S.*)$"
)


DASH_SPEAKER_RE = re.compile(
    r"\s*(?P<dash>[\u2015\u2014\u2013-]+)\s*"
    r"(?P<name>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4})"
)


def transcript_lines(doc: Doc, index: ActorIndex, in_nonbody) -> list[ClaimItem]:
    """Transcript turns ("WALLACE: But, Governor …") as quotes of the named speaker."""
    out = []
    for start, end in doc._.claimx_paragraphs or ():
        text = doc_text(doc)[start:end]
        m = TRANSCRIPT_RE.match(text)
        if m is None or in_nonbody(start, end) or len(m.group("name")) < 2:
            continue
        s = start + m.start("content")
        name_span = (start + m.start("name"), start + m.end("name"))
        out.append(
            ClaimItem(
                start=s,
                end=end,
                sentence=(start, end),
                kind="quote",
                cue=":",
                cue_span=(name_span[1], name_span[1] + 1),
                speaker=_actor_named(index, *name_span),
                speaker_span=name_span,
            )
        )
    return out


def _actor_named(index: ActorIndex, start: int, end: int) -> ActorItem | None:
    """The actor mentioned at a span, or a person whose surname is the span's last word."""
    hits = index.at(start, end)
    if hits:
        return hits[0][2]
    word = doc_text(index.doc)[start:end].split()[-1].lower()
    for _, _, actor in index.mentions:
        if actor.kind == "person" and actor.name.split()[-1].lower() == word:
            return actor
    return None


def _reports(doc: Doc, claim: ClaimItem, cue: Token) -> bool:
    """Whether a cue is part of what ``claim`` reports: inside its content and governed
    by its cue (or inside a transcript turn or an "according to" sentence)."""
    if not claim.start <= cue.idx < claim.end:
        return False
    return claim.cue_i is None or doc[claim.cue_i].is_ancestor(cue)


def drop_nested(doc: Doc, claims: list[ClaimItem]) -> list[ClaimItem]:
    # A claim inside another with the same speaker adds nothing ("said he would
    # promise …"); nor does one whose cue is part of another's content ("X said Y
    # accused Z of …" is X's claim: one claim per reported content).
    spans = Intervals(claims)
    kept = []
    for c in claims:
        holders = [o for o in spans.holding(c.start, c.end) if o is not c]
        if any(o.speaker is c.speaker and (o.start, o.end) != (c.start, c.end) for o in holders):
            continue
        same = [o for o in holders if (o.start, o.end) == (c.start, c.end)]
        if same and any(claims.index(o) < claims.index(c) for o in same):
            continue
        if c.cue_i is not None and any(
            _reports(doc, o, doc[c.cue_i])
            for o in spans.holding(doc[c.cue_i].idx, doc[c.cue_i].idx + 1)
            if o is not c
        ):
            continue
        kept.append(c)
    return kept


def _full_stop(name: str) -> int:
    """1 when a signed name ends with the sentence's full stop ("Carla Sanchez."), not an
    abbreviation's ("John Smith Jr.", "Christina N.")."""
    last = name.rsplit(" ", 1)[-1]
    return int(last.endswith(".") and len(last) > 2 and last not in ("Jr.", "Sr.", "St."))


def attach_quotes(doc, claims, quotes, lists, index, in_nonbody) -> list[ClaimItem]:
    """Mark claims whose content is a quotation; add quotations with a nearby cue."""
    for q_start, q_end in quotes:
        if in_nonbody(q_start, q_end):
            continue
        covering = [c for c in claims if c.start < q_end and q_start < c.end]
        if covering:
            _mark_quoted(covering, q_start, q_end)
            continue
        if words(doc_text(doc)[q_start:q_end]) < MIN_QUOTE_WORDS and not _short_turn(
            doc, q_start, q_end
        ):
            continue  # scare quotes: 'interference', "reintegrate"
        # a quotation whose cue the parse did not link: look in its sentences
        span = doc.char_span(q_start, q_end, alignment_mode="expand")
        if span is None:
            continue
        cue = _quote_cue(_around_quote(doc, span, q_start, q_end), quotes, lists, q_start)
        if cue is None:
            quote = (q_start, q_end)
            introduced = _colon_quote(doc, span, quote, quotes, index) or _noun_tagged_cue(
                doc, span, quote, lists, index
            )
            if introduced is not None:
                claims.append(introduced)
                continue
            _uncued_quote(doc, claims, span, q_start, q_end, index)
            continue
        joined = next((c for c in claims if c.cue_i == cue.i), None)
        if joined is not None:
            # “We will stay,” she said, “until the water goes down.”
            joined.start, joined.end = min(joined.start, q_start), max(joined.end, q_end)
            continue
        subject = _quote_speaker(cue, q_start, q_end)
        phrase = speaker_phrase(subject)
        claims.append(
            ClaimItem(
                start=q_start,
                end=q_end,
                sentence=(span[0].sent.start_char, max(span[-1].sent.end_char, cue.sent.end_char)),
                kind="quote",
                cue=cue_lemma(cue),
                cue_i=cue.i,
                speaker=index.for_subject(subject, phrase),
                speaker_span=(phrase.start_char, phrase.end_char),
            )
        )
    return claims


def _quote_speaker(cue: Token, q_start: int, q_end: int) -> Token:
    """The subject of a quotation's cue; when the parse hangs the cue on a verb inside the
    quotation ("X seemed ready, telling the crowd, “Some people get carried away”"), the
    nearest subject before the cue outside it: X, not "Some people"."""
    subject = subject_of(cue)
    if subject is None or not q_start <= subject.idx < q_end:
        return subject
    before = (
        t
        for t in reversed(cue.doc[cue.sent.start : cue.i])
        if t.dep_ in SUBJECT_DEPS and not q_start <= t.idx < q_end and t.head.i < cue.i
    )
    return next(before, subject)


#: subjects of a clause before a colon that name no one ("Wait, it gets better:")
EMPTY_SUBJECTS = {"it", "there", "here", "this", "that", "what", "which", "i", "we", "you"}


def _colon_quote(
    doc: Doc,
    span: Span,
    quote: tuple[int, int],
    quotes: list[tuple[int, int]],
    index: ActorIndex,
) -> ClaimItem | None:
    """A quotation right after a colon is said by the subject of the clause before the colon
    ("X had one message: “…”", "X tweeted in response: “…”", "Stated Stone: “…”") or by
    a name that stands alone there ("Clinton: “…”", "Rep. Ann Lee (D-Vt.): “…”"); not when
    that clause is itself quoted ('“Met to close,” by Ann Lee: “…”': a title and its byline)."""
    q_start, q_end = quote
    text = doc_text(doc)
    before = text[:q_start].rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if colon is None:
        return None
    end = colon.start  # the colon's token index
    start = doc[end].sent.start
    for t in doc[start:end]:
        if "\n" in t.text or t.text in DASHES and not joining_hyphen(t):
            start = t.i + 1  # the clause starts its line, or follows a dash ("TITLE - Ann Lee:")
    clause = [t for t in doc[start:end] if not t.is_space]
    heads = [t for t in clause if t.head.i == t.i or not start <= t.head.i < end]
    if not clause or len(heads) != 1 or quote_at(quotes, heads[0].idx) is not None:
        return None
    sentence = (doc[start].idx, span[-1].sent.end_char)
    # the verb with a subject nearest the colon: "She got upset, so I changed my answer:"
    head, subject = clause[-1], None
    while True:
        found = subject_of(head) if head.pos_ in {"VERB", "AUX"} else None
        if found is not None and start <= found.i < end or head.i == heads[0].i:
            subject = found if found is not None and start <= found.i < end else None
            break
        head = head.head
    if subject is None and head.pos_ in {"VERB", "AUX"}:
        return None
    if subject is not None:
        if subject.lower_ in EMPTY_SUBJECTS or subject.dep_ == "nsubjpass":
            return None
        phrase = speaker_phrase(subject)
        return ClaimItem(
            start=q_start,
            end=q_end,
            sentence=sentence,
            kind="quote",
            cue=head.lower_,  # as written, as a phrase cue is: "had one message:", "went on:"
            cue_i=head.i,
            speaker=index.for_subject(subject, phrase),
            speaker_span=(phrase.start_char, phrase.end_char),
        )
    name = [t for t in clause if not t.is_punct]
    inside = [t for t in clause if not _bracketed(t, clause)]
    if (
        head.pos_ != "PROPN"
        or len(name) > 8
        or any(t.pos_ != "PROPN" and not t.is_punct for t in inside)
    ):
        return None
    last = [t for t in inside if not t.is_punct][-1]
    phrase = doc[clause[0].i : max(t.i for t in clause if t.text != ":") + 1]
    return ClaimItem(
        start=q_start,
        end=q_end,
        sentence=sentence,
        kind="quote",
        cue=":",
        cue_span=(doc[end].idx, doc[end].idx + 1),
        speaker=index.for_subject(last, phrase),
        speaker_span=(phrase.start_char, phrase.end_char),
    )


#: what may stand between a quotation and a verb that ends its sentence: a noun phrase
NOUN_PHRASE_POS = {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADP"}


def _noun_tagged_cue(
    doc: Doc,
    span: Span,
    quote: tuple[int, int],
    lists: dict[str, set[str]],
    index: ActorIndex,
) -> ClaimItem | None:
    """ "“…,” the email read.", "“…,” the group states.": a verb of speech that ends the
    sentence right after a quotation and a noun phrase, which the parser took for a noun
    of a compound or left without a subject; the noun phrase is its subject."""
    q_start, q_end = quote
    sent = span[-1].sent
    words = [t for t in doc[span.end : sent.end] if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    if not 2 <= len(words) <= 8 or doc_text(doc)[q_end : words[0].idx].strip() not in {"", ","}:
        return None
    cue, phrase = words[-1], doc[words[0].i : words[-1].i]
    lemma = cue_lemma(cue)
    if (
        subject_of(cue) is not None
        or lemma not in lists["speech"] | lists["quotation_verbs"]
        or any(t.pos_ not in NOUN_PHRASE_POS and not joining_hyphen(t) for t in phrase)
        or phrase[0].pos_ == "ADP"
        or phrase[-1].pos_ not in {"NOUN", "PROPN", "PRON", "ADJ"}
    ):
        return None
    return ClaimItem(
        start=q_start,
        end=q_end,
        sentence=(span[0].sent.start_char, sent.end_char),
        kind="quote",
        cue=lemma,
        cue_i=cue.i,
        speaker=index.for_subject(phrase[-1], phrase),
        speaker_span=(phrase.start_char, phrase.end_char),
    )


def _bracketed(token: Token, tokens: list[Token]) -> bool:
    """Whether a token stands inside brackets among ``tokens`` ("(R-S.C.)")."""
    opened = [t.i for t in tokens if t.text == "(" and t.i < token.i]
    closed = [t.i for t in tokens if t.text == ")" and t.i < token.i]
    return len(opened) > len(closed) or token.text in {"(", ")"}


def _short_turn(doc: Doc, q_start: int, q_end: int) -> bool:
    """ "“Not even one,” he said": a short quotation that opens its sentence and ends in
    ",", "!" or "?" inside its marks is something said, not a scare quote."""
    text = doc_text(doc)
    inner = text[q_start:q_end].rstrip("\"\u201d\u00bb'").rstrip()
    if not inner or inner[-1] not in ",!?.":
        return False
    span = doc.char_span(q_start, q_end, alignment_mode="expand")
    if span is None:
        return False
    before = text[span[0].sent.start_char : q_start]
    if not before.strip() or before.rstrip().endswith(":"):
        return True
    # "she shook her head and said, ''No.''": right after its cue and a comma
    prev = [t for t in span.doc[max(0, span.start - 3) : span.start] if not t.is_space]
    return (
        len(prev) >= 2
        and prev[-1].text in {",", ":"}
        and cue_lemma(prev[-2]) in cue_lists()["speech"]
        and prev[-2].pos_ == "VERB"
    )


def _mark_quoted(covering: list[ClaimItem], q_start: int, q_end: int) -> None:
    """Reported claims that are mostly one quotation become quotes of all of it."""
    for c in covering:
        if q_end - q_start >= 0.8 * (c.end - c.start) and c.kind == "reported":
            c.kind = "quote"
            c.start, c.end = min(c.start, q_start), max(c.end, q_end)


def _around_quote(doc: Doc, span: Span, q_start: int, q_end: int) -> list[Token]:
    """Where a quotation's cue may stand: its sentences outside it, a line ending in ':'
    before, a short sentence after."""
    sents = {t.sent.start for t in span}
    first_sent = span[0].sent
    nearby = [
        t
        for t in doc[first_sent.start : min(len(doc), span[-1].sent.end)]
        if not (q_start <= t.idx < q_end)
    ]
    if first_sent.start > 0:
        prev = doc[first_sent.start - 1].sent
        if prev.text.rstrip().endswith(":"):
            nearby.extend(prev)
    if span[-1].sent.end < len(doc):
        nxt = doc[span[-1].sent.end].sent
        if len(nxt) <= 8 and nxt.start not in sents:
            nearby.extend(nxt)
        elif nxt.start not in sents and doc_text(doc)[q_end : nxt.start_char] in {"", " "}:
            # “Is it over?” Mr. Lee asked, adding …: the sentence the quotation's mark ends
            # goes on with its cue, its first verb; not "“…” Later, he said, X was …", nor
            # "“…” To which she said, “…”"
            verbs = [t for t in nxt if t.pos_ in {"VERB", "AUX"}]
            if (
                verbs
                and verbs[0].dep_ == "ROOT"
                and not any(c.dep_ in CLAUSE_DEPS and c.i > verbs[0].i for c in verbs[0].children)
            ):
                nearby.append(verbs[0])
    return nearby


def _quote_cue(
    nearby: list[Token], quotes: list[tuple[int, int]], lists: dict[str, set[str]], at: int
) -> Token | None:
    """The speech verb with a subject nearest to a quotation (at character ``at``); beside a
    quotation, verbs that only there report words count too ("“…,” the email read")."""
    found = [
        t
        for t in nearby
        if quote_at(quotes, t.idx) is None
        and (
            is_cue(t, lists)
            and cue_lemma(t) in lists["speech"]
            or t.pos_ == "VERB"
            and cue_lemma(t) in lists["quotation_verbs"]
        )
        and subject_of(t) is not None
    ]
    return min(found, key=lambda t: abs(t.idx - at), default=None)


def _uncued_quote(
    doc: Doc, claims: list[ClaimItem], span: Span, q_start: int, q_end: int, index: ActorIndex
) -> None:
    """A quotation with no cue: signed with a dash, or the next part of the one before."""
    m = DASH_SPEAKER_RE.match(doc_text(doc), q_end)
    if m is not None:
        # a quotation signed with a dash: "…" ― Hillary Clinton
        name_span = (m.start("name"), m.end("name") - _full_stop(m.group("name")))
        claims.append(
            ClaimItem(
                start=q_start,
                end=q_end,
                sentence=(span[0].sent.start_char, m.end()),
                kind="quote",
                cue="\u2015",
                cue_span=(m.start("dash"), m.end("dash")),
                speaker=_actor_named(index, *name_span),
                speaker_span=name_span,
            )
        )
        return
    before = _quote_just_before(doc, claims, q_start)
    if before is not None:
        # “We will stay,” she said. “The water will go down.”: one quotation
        before.end = q_end
        before.sentence = (before.sentence[0], span[-1].sent.end_char)


def block_quotes(
    doc: Doc,
    claims: list[ClaimItem],
    lists: dict[str, set[str]],
    index: ActorIndex,
    in_nonbody: Callable[[int, int], bool],
) -> list[ClaimItem]:
    """A paragraph introduced by "X added:" at the end of the one before: X's words."""
    text = doc_text(doc)
    paragraphs = doc._.claimx_paragraphs or []
    out = []
    for (p_start, p_end), (n_start, n_end) in zip(paragraphs, paragraphs[1:], strict=False):
        if not text[p_start:p_end].rstrip().endswith(":") or in_nonbody(n_start, n_end):
            continue
        if any(c.start < n_end and n_start < c.end for c in claims):
            continue
        span = doc.char_span(p_start, p_end, alignment_mode="expand")
        if span is None:
            continue
        last = span[-1].sent
        cue = next(
            (
                t
                for t in last
                if is_cue(t, lists)
                and cue_lemma(t) in lists["speech"]
                and subject_of(t) is not None
                and cue_content(t, lists) is None  # "X suggested that …:" has its own
            ),
            None,
        )
        body = text[n_start:n_end].strip()
        if cue is None or not body:
            continue
        subject = subject_of(cue)
        phrase = speaker_phrase(subject)
        start = n_start + text[n_start:n_end].index(body[0])
        out.append(
            ClaimItem(
                start=start,
                end=start + len(body),
                sentence=(start, start + len(body)),
                kind="quote",
                cue=cue_lemma(cue),
                cue_i=cue.i,
                speaker=index.for_subject(subject, phrase),
                speaker_span=(phrase.start_char, phrase.end_char),
            )
        )
    return out


def _quote_just_before(doc: Doc, claims: list[ClaimItem], start: int) -> ClaimItem | None:
    """A quotation's claim in the sentence just before ``start`` (or ending the paragraph
    before it)."""
    text = doc_text(doc)
    for c in claims:
        if c.kind == "quote" and c.speaker_span is not None and c.sentence[1] <= start:
            gap = text[max(c.end, c.sentence[1]) : start]
            if not gap.strip():
                return c  # or the paragraph before: news style resumes a quotation there
    return None
