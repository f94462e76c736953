"""The quantity being read around one run of number tokens, and the record made from it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from spacy.tokens import Doc, Span, Token

from claimx.components.quantities.assets import YEAR_RE, Rules
from claimx.components.quantities.runs import Run
from claimx.numbers import Number, to_number
from claimx.records import Quantity


def _text_span(doc: Doc, a: int, b: int) -> tuple[str, int, int]:
    while b - 1 > a and doc[b - 1].is_space:
        b -= 1  # a line break after the unit is no part of the quantity
    start, end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
    # built from the tokens: doc_text(doc) would rebuild the whole text on every call
    text = "".join(t.text_with_ws for t in doc[a:b])[: end - start]
    last = doc[b - 1]
    if len(last.text) > 1 and last.text.endswith("-"):
        text, end = text[:-1], end - 1  # "287 miles- and", "four-, five-": a dangling hyphen
    elif len(last.text) > 1 and last.text.endswith(".") and ends_sentence(last):
        text, end = text[:-1], end - 1  # "cost £4m.": the sentence's full stop on a unit
    return text, start, end


def ends_sentence(tok: Token) -> bool:
    """Whether nothing but closing punctuation and white space follows the token in its
    sentence, or the next word opens one though the parser read on past an abbreviation's
    full stop ("paid £6m. It was a record", "paid £6m. Chelsea paid more")."""
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and (doc[k].is_punct or doc[k].is_space) and not doc[k].is_sent_start:
        k += 1
    if k >= len(doc) or doc[k].is_sent_start is True:
        return True
    nxt = doc[k]
    return k == tok.i + 1 and nxt.text[:1].isupper()


def linked_in_parse(num: Token, noun: Token) -> bool:
    """Whether the parse links a number and a noun: one heads the other, or a number word
    between them does ("2.5 million years")."""
    return num.head.i == noun.i or noun.head.i == num.i or num.head.head.i == noun.i


def head_of(doc: Doc, a: int, b: int) -> Token:
    """The token of [a, b) whose head lies outside it."""
    for t in doc[a:b]:
        if not (a <= t.head.i < b) or t.head.i == t.i:
            return t
    return doc[b - 1]


def is_year_like(run: Run, doc: Doc) -> bool:
    t = doc[run.start]
    return run.end - run.start == 1 and bool(YEAR_RE.match(t.text)) and not run.suffix


def make_quantity(
    doc: Doc,
    a: int,
    b: int,
    run: Run,
    bound: str,
    unit: str | None,
    counted: str | None,
    kind: str,
    change: str | None,
    low: Number | None = None,
    high: Number | None = None,
) -> Quantity:
    text, start, end = _text_span(doc, a, b)
    value = run.value
    if value is None and bound == "exact":
        bound = "approximately"  # "a few hundred", "dozens"
    if bound == "range":
        value = None
    elif low is None and high is None:
        low, high = run.low, run.high
        if value is not None:
            if bound in ("more_than", "at_least"):
                high = None
            elif bound in ("less_than", "at_most"):
                low = None
            elif bound == "approximately":
                low = high = None
    return Quantity(
        id="",
        text=text,
        start=start,
        end=end,
        value=value,
        low=low,
        high=high,
        bound=bound,  # type: ignore[arg-type]
        unit=unit,
        counted=counted,
        kind=kind,  # type: ignore[arg-type]
        change=change,  # type: ignore[arg-type]
    )


@dataclass
class Draft:
    """A quantity being read around one run of number tokens: its token span [a, b) and the
    fields found so far. Each reading step below fills some of them, or rejects the run."""

    doc: Doc
    sent: Span
    lo: int
    hi: int
    rules: Rules
    run: Run
    a: int
    b: int
    last: Token
    suffix: str
    units_from: int  # where a unit after the number may start
    kind: str = "count"
    unit: str | None = None
    counted: str | None = None
    bound: str = "exact"
    bound_before: tuple[str, int] | None = None
    currency_before: tuple[str, int] | None = None
    low: Number | None = None
    high: Number | None = None
    moved: str | None = None
    consumed: int = 0
    date_spans: list[tuple[int, int]] = dataclasses.field(default_factory=list)  # no count inside

    @property
    def first(self) -> Token:
        return self.doc[self.run.start]


def negate(run: Run) -> Run:
    def n(x: Number | None) -> Number | None:
        return None if x is None else -x

    return dataclasses.replace(run, value=n(run.value), low=n(run.high), high=n(run.low))


def scaler(mult: int) -> Callable[[Number | None], Number | None]:
    """Multiply a number (None stays None) exactly, in decimal."""
    return lambda x: None if x is None else to_number(to_decimal(x) * mult)


def rescale(run: Run, mult: int) -> Run:
    s = scaler(mult)
    return dataclasses.replace(run, value=s(run.value), low=s(run.low), high=s(run.high), suffix="")


def to_decimal(x: Number) -> Decimal:
    return Decimal(str(x))
