"""The ``Doc._.claimx_*`` extensions the components fill, registered once."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

#: name -> default (lists are created per doc by the components, never shared)
DOC_EXTENSIONS: dict[str, object] = {
    # datetime.date or None: the anchor for relative dates, set before the pipeline runs
    "claimx_reference_date": None,
    # str: where the article came from (a path, "-", or the URL its input gives), set before
    # the pipeline runs
    "claimx_source": None,
    # (start, end) character span of the title line, or None
    "claimx_title": None,
    # [(start, end, reason)] lines that are not article body: boilerplate, headlines, credits
    "claimx_nonbody": None,
    # [(start, end)] paragraph character spans
    "claimx_paragraphs": None,
    "claimx_dates": None,  # list[claimx.records.Date] (ids unset)
    # list[claimx.items.NameSpan]: what each name is (person, organization, team, place)
    "claimx_names": None,
    "claimx_places": None,  # list[claimx.records.Place] (ids unset)
    "claimx_actors": None,  # list[claimx.items.ActorItem]
    # list[claimx.records.Place]: countries the actors are affiliated with that the text
    # names only by a demonym ("Armenian"), without mentions (ids unset)
    "claimx_actor_places": None,
    "claimx_quantities": None,  # list[claimx.records.Quantity] (ids unset)
    "claimx_claims": None,  # list[claimx.components.claims.ClaimItem]
    "claimx_warnings": None,  # list[claimx.records.Warning]
}


def register() -> None:
    """Register every claimx Doc extension; safe to call many times."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("claimx_text")
    if text is None:
        text = doc.user_data["claimx_text"] = doc.text
    return text


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc: spaCy makes a new Span per entity on every access.
    Read only after ``claimx_text``, the last component to set the entities."""
    ents = doc.user_data.get("claimx_ents")
    if ents is None:
        ents = doc.user_data["claimx_ents"] = tuple(doc.ents)
    return ents


def doc_without_capitals(doc: Doc) -> bool:
    """Whether the text has letters and none of them capitals: written all in lower case, so
    that case tells nothing ("usd 450", "us$5": codes and signs written in capitals
    elsewhere). Found once per Doc."""
    caseless = doc.user_data.get("claimx_caseless")
    if caseless is None:
        text = doc_text(doc)
        caseless = not any(c.isupper() for c in text) and any(c.isalpha() for c in text)
        doc.user_data["claimx_caseless"] = caseless
    return caseless


def span_text(span: Span) -> str:
    """``span.text`` as a slice of the cached text, without one Python Token per token."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def token_bounds(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    """Character offsets where the doc's tokens start and end, built once per Doc
    from the token array (no Python Token objects)."""
    bounds = doc.user_data.get("claimx_bounds")
    if bounds is None:
        from spacy.attrs import IDX, LENGTH

        array = doc.to_array([IDX, LENGTH])
        starts = array[:, 0]
        bounds = (frozenset(starts.tolist()), frozenset((starts + array[:, 1]).tolist()))
        doc.user_data["claimx_bounds"] = bounds
    return bounds


def tokens_at(doc: Doc, pattern: re.Pattern[str]) -> list[int]:
    """Indices of the tokens that start where ``pattern`` matches in the text: a scan of
    the text instead of one Python Token object per token."""
    starts = doc.user_data.get("claimx_starts")
    if starts is None:
        from spacy.attrs import IDX

        starts = {int(c): i for i, c in enumerate(doc.to_array([IDX]).tolist())}
        doc.user_data["claimx_starts"] = starts
    return [starts[m.start()] for m in pattern.finditer(doc_text(doc)) if m.start() in starts]


def _token_strings(doc: Doc, attr: str) -> list[str]:
    """The strings of one token attribute (ORTH, LOWER) of every token, built once per Doc
    from the token array (no Python Token objects)."""
    key = f"claimx_{attr}"
    strings = doc.user_data.get(key)
    if strings is None:
        table = doc.vocab.strings
        strings = doc.user_data[key] = [table[h] for h in doc.to_array([attr]).tolist()]
    return strings


def token_texts(doc: Doc) -> list[str]:
    """Every token's text: for scans over many tokens that need only their text."""
    return _token_strings(doc, "ORTH")


def token_lowers(doc: Doc) -> list[str]:
    """Every token's lower-case form: for scans that look for a few words."""
    return _token_strings(doc, "LOWER")


def token_flags(doc: Doc, attr: str) -> list[int]:
    """One spaCy token attribute ("LIKE_NUM", "IS_SENT_START") of every token, built once
    per Doc from the token array (no Python Token objects)."""
    key = f"claimx_{attr}"
    flags = doc.user_data.get(key)
    if flags is None:
        flags = doc.user_data[key] = doc.to_array([attr]).tolist()
    return flags
