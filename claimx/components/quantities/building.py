"""Building quantities: each run of a sentence read into a quantity, ratios and scores,
then the quantities of a Doc."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from decimal import Decimal

import msgspec
from spacy.tokens import Doc, Span

from claimx.components.quantities.ages import decade_ages, read_age_context
from claimx.components.quantities.amounts import (
    read_after_number,
    read_bound_after,
    read_bound_before,
    read_currency_before,
    read_exchange_rate,
    read_glued_suffix,
    read_sign,
)
from claimx.components.quantities.assets import Rules, load_rules, numeral
from claimx.components.quantities.change import change_of
from claimx.components.quantities.context import bound_before, is_time_unit, unit_after
from claimx.components.quantities.counted import counted_after, read_counted, read_share_of
from claimx.components.quantities.draft import Draft, head_of, make_quantity
from claimx.components.quantities.exclusions import blocked_spans, not_excluded, overlaps
from claimx.components.quantities.ranges import read_range
from claimx.components.quantities.runs import Run, find_runs, is_compound
from claimx.components.quantities.sharing import (
    share_alternative_change,
    share_change_unit,
    share_context,
    share_currency_with_subunits,
    share_list_unit,
    share_parallel_unit,
    share_scale_letter,
)
from claimx.extensions import span_text, token_lowers
from claimx.intervals import Intervals
from claimx.lines import doc_table_rows
from claimx.numbers import UNITS, is_number_word, to_number
from claimx.records import Quantity

#: a digit or a vulgar fraction: a sentence without one needs a number word to hold a number
_DIGIT_RE = re.compile(r"[\d½¼¾⅓⅔⅛]")

_PHONE_RE = re.compile(
    # a country code and maybe a short area code ("+353 1"), an exchange in brackets, groups
    r"(?<![\w.,])(?:\+\d{1,3}[ .-]?(?:\d{1,4}[ .-])?)?(?:\(\d{2,5}\)[ .-]?)?"
    r"\d{2,5}(?:[ .-]\d{2,5}){1,4}(?!\w|,\d)"
    # a trunk prefix and a long subscriber number: "0800-555111", "020 79460958"
    r"|(?<![\w.,])0\d{2,4}[ .-]\d{5,8}(?!\w|,\d)"
)


def _score_pairs(doc: Doc, runs: list[Run], rules: Rules) -> list[tuple[Run, Run]]:
    """Pairs of numbers that are a score, not quantities: "2-0", "89-89" written with a
    hyphen, or "5 to 3" said of a contest or a ratio ("won, 5 to 3", "voted 51 to 49", "a 3
    to 1 margin")."""
    pairs = []
    hyphened: list[tuple[Run, Run]] = []
    for r1, r2 in zip(runs, runs[1:], strict=False):
        if not (r1.digits and r2.digits and r1.value is not None and r2.value is not None):
            continue
        if r2.start != r1.end + 1:
            continue
        joint = doc[r1.end]
        glued = not doc[r1.end - 1].whitespace_ and not joint.whitespace_
        hyphen = joint.text in ("-", "–") and glued
        if joint.text in ("-", "–"):
            hyphened.append((r1, r2))  # "6- 4" and "6 - 3" too, amid other set scores
        if r1.value < r2.value:
            continue
        after = doc[r2.end].lemma_.lower() if r2.end < len(doc) else ""
        contest = _said_of_a_contest(doc, r1.start, rules) or after in rules.contest_words
        if hyphen or (joint.lower_ == "to" and contest):
            pairs.append((r1, r2))
    return pairs + _set_scores(doc, hyphened, pairs)


def _set_scores(
    doc: Doc, hyphened: list[tuple[Run, Run]], scores: list[tuple[Run, Run]]
) -> list[tuple[Run, Run]]:
    """Hyphened pairs in a row, one of them falling ("6 - 4", a score: a range rises), are
    the scores of sets or periods ("6-7 (1-7) 6-3 6-4"): the rising ones too, not ranges."""
    chains: list[list[tuple[Run, Run]]] = []
    for pair in hyphened:
        if chains and all(t.text in "()" for t in doc[chains[-1][-1][1].end : pair[0].start]):
            chains[-1].append(pair)
        else:
            chains.append([pair])
    out = []
    for chain in chains:
        if len(chain) > 1 and any((a.value or 0) >= (b.value or 0) for a, b in chain):
            out += [pair for pair in chain if pair not in scores]
    return out


def _said_of_a_contest(doc: Doc, i: int, rules: Rules) -> bool:
    """Whether the verb or noun just before token i, or the word it hangs on, is one of a
    contest ("won, 5 to 3", "a vote of 7 to 2", "beat the Jets 24 to 17")."""
    if doc[i].head.lemma_.lower() in rules.contest_words:
        return True
    for tok in reversed(doc[max(0, i - 4) : i]):
        if tok.is_punct or tok.lower_ in ("by", "of", "a", "an", "the"):
            continue
        return tok.lemma_.lower() in rules.contest_words
    return False


def quantities_in_sentence(
    doc: Doc, sent: Span, blocked: list[tuple[int, int]], rules: Rules
) -> list[Quantity]:
    """The quantities of one sentence, skipping char spans in ``blocked`` (dates, names)."""
    lo, hi = sent.start, sent.end
    runs = find_runs(doc, lo, hi)
    out: list[Quantity] = []
    phone_spans = [
        (m.start() + sent.start_char, m.end() + sent.start_char)
        for m in _PHONE_RE.finditer(sent.text)
        if _looks_like_phone(m.group())
    ]
    scores = {r.start for pair in _score_pairs(doc, runs, rules) for r in pair}
    runs = [r for r in runs if r.start not in scores]
    used_until = lo
    k = 0
    while k < len(runs):
        run = runs[k]
        k += 1
        if run.start < used_until:
            continue
        ratio = _ratio(doc, run, runs[k], lo, hi, rules) if k < len(runs) else None
        if ratio is not None:
            out.append(ratio[0])
            used_until, k = ratio[1], k + 1
            continue
        q = _quantity_for_run(doc, sent, run, runs[k:], lo, hi, blocked, phone_spans, rules)
        if q is None:
            continue
        quantity, end_tok, consumed = q
        k += consumed
        used_until = end_tok
        if out and _is_conversion(sent.text, sent.start_char, out[-1], quantity):
            # "just under 296 hp (224 kW)": a conversion in brackets shares bound and change
            prev = out[-1]
            if quantity.bound == "exact" and prev.bound not in ("exact", "range"):
                quantity = _with_bound(quantity, prev.bound)
            if quantity.change is None:
                quantity.change = prev.change
        out.append(quantity)
    out = share_scale_letter(share_context(doc, out, rules))
    out = share_list_unit(doc, share_parallel_unit(doc, share_change_unit(doc, out)))
    out = share_currency_with_subunits(doc, share_alternative_change(doc, out))
    return out + decade_ages(doc, sent, rules)


def _ratio(
    doc: Doc, run: Run, nxt: Run, lo: int, hi: int, rules: Rules
) -> tuple[Quantity, int] | None:
    """ "one in five adults", "3 out of 4 doctors": a share, as the fraction it names."""
    gap = [t.lower_ for t in doc[run.end : nxt.start]]
    if gap not in (["in"], ["out", "of"]):
        return None
    prep = doc[run.end]
    x, y = run.value, nxt.value
    if not run.start <= prep.head.i < run.end and prep.head.i != nxt.end - 1 and x != 1:
        return None  # "rose 5 in 6 markets": "in" belongs to the verb; "one in five" is a share
    if not (isinstance(x, int) and isinstance(y, int) and 0 < x < y <= 1000):
        return None
    if nxt.suffix or run.suffix or run.currency or nxt.currency:
        return None
    span = counted_after(doc, nxt.end - 1, nxt.end, hi)
    if nxt.end < hi and is_time_unit(doc[nxt.end].text, rules):
        return None  # "5 in 10 minutes"
    a, bound = run.start, "exact"
    bb = bound_before(doc, a, lo, rules)
    if bb is not None:
        bound, a = bb
    b = span[1] if span is not None else nxt.end
    share = to_number(Decimal(x) / Decimal(y))  # as a spelled fraction reads ("a third")
    share_run = dataclasses.replace(run, value=share, low=share, high=share)
    counted = doc[span[0] : span[1]].text if span is not None else None
    return make_quantity(doc, a, b, share_run, bound, None, counted, "count", None), b


def _is_conversion(sent_text: str, offset: int, prev: Quantity, q: Quantity) -> bool:
    between = sent_text[prev.end - offset : q.start - offset].strip()
    return between in ("(", "/", "or") and q.kind == prev.kind or between == "("


def _with_bound(q: Quantity, bound: str) -> Quantity:
    """A copy of ``q`` with the bound (and its implied interval) of another quantity."""
    low = q.value if bound in ("more_than", "at_least") else None
    high = q.value if bound in ("less_than", "at_most") else None
    return msgspec.structs.replace(q, bound=bound, low=low, high=high)


def _looks_like_phone(s: str) -> bool:
    digits = sum(c.isdigit() for c in s)
    groups = re.split(r"[ .\-()+]+", s.strip("()+ "))
    if digits < 7 or "," in s:
        return False
    # a trunk prefix ("0800 5551112") or an exchange: "(020)", "+44", "555-123-4567"
    return "(" in s or s[:1] in "+0" or len([g for g in groups if g]) >= 3 or "-" in s


def _quantity_for_run(
    doc: Doc,
    sent: Span,
    run: Run,
    later: list[Run],
    lo: int,
    hi: int,
    blocked: list[tuple[int, int]],
    phones: list[tuple[int, int]],
    rules: Rules,
) -> tuple[Quantity, int, int] | None:
    """The quantity read around one run, its end token and how many later runs it used."""
    first, last = doc[run.start], doc[run.end - 1]
    if overlaps(first.idx, last.idx + len(last.text), phones):
        return None
    if run.digits and re.fullmatch(r"0\d{3,}", first.text):  # ids and codes with a leading zero
        return None
    if run.suffix == "-":
        return _hanging_quantity(doc, run, hi, rules)
    d = Draft(
        doc, sent, lo, hi, rules, run, run.start, run.end, last, run.suffix, run.end,
        date_spans=blocked,
    )  # fmt: skip
    steps: tuple[Callable[[Draft], bool], ...] = (
        read_glued_suffix,
        read_currency_before,
        read_bound_before,
        lambda d: read_range(d, later),
        read_after_number,
        read_counted,
        read_share_of,
        read_age_context,
        read_exchange_rate,
        read_bound_after,
        not_excluded,
    )
    if not all(step(d) for step in steps):
        return None
    read_sign(d)
    change = change_of(doc, d.a, d.b, head_of(doc, d.run.start, d.b), rules) or d.moved
    if change is None and d.run.sign == "+" and d.kind in ("percent", "money"):
        change = "up"
    q = make_quantity(
        doc, d.a, d.b, d.run, d.bound, d.unit, d.counted, d.kind, change, d.low, d.high
    )  # fmt: skip
    return q, d.b, d.consumed


def _hanging_quantity(
    doc: Doc, run: Run, hi: int, rules: Rules
) -> tuple[Quantity, int, int] | None:
    """ "four-" in "four-, five- and six-cylinder": the noun after the last hyphen is shared."""
    for k in range(run.end, min(hi - 1, run.end + 8)):
        t = doc[k]
        if t.text == "-" and t.whitespace_ == "" and doc[k + 1].is_alpha:
            prev = doc[k - 1]
            if not (numeral(prev) or prev.lower_ in UNITS or is_compound(prev.lower_)):
                return None
            noun = doc[k + 1]
            if is_time_unit(noun.text, rules):
                return None  # "two- and three-year terms" are durations
            un = unit_after(doc, k + 1, hi, rules)
            if un is not None:
                q = make_quantity(
                    doc, run.start, run.end, run, "exact", un[0], None, "measure", None
                )
            else:
                q = make_quantity(
                    doc, run.start, run.end, run, "exact", None, noun.text, "count", None
                )
            return q, run.end, 0
        if t.is_alpha and t.lower_ not in ("and", "or", "to") and not is_number_word(t.lower_):
            return None
    return None


def _without_table_cells(doc: Doc, found: list[Quantity]) -> list[Quantity]:
    """Bare numbers in a row of figures are cells of a table whose columns the text does not
    name ("Lech Poznan 7 5 0 2 12 9 15"): no quantity can be read from them. Money, shares
    and measures in such rows stay."""
    rows = doc_table_rows(doc)
    if not rows:
        return found

    def cell(q: Quantity) -> bool:
        bare = q.kind == "count" and q.unit is None and q.counted is None
        return bare and any(s <= q.start and q.end <= e for s, e in rows)

    return [q for q in found if not cell(q)]


def _abbreviation_before(doc: Doc, i: int, rules: Rules) -> bool:
    """Whether token i is the period of a qualifier's abbreviation split off by the tokenizer
    ("approx." before a number), which no sentence ends at."""
    word = doc[i - 1] if i > 0 else None
    return (
        word is not None
        and doc[i].text == "."
        and not word.whitespace_
        and (word.lower_ + ".",) in rules.bounds_before
    )


def _joined_after_abbreviations(doc: Doc, sents: list[Span], rules: Rules) -> list[Span]:
    """Sentences with the break after a qualifier's abbreviation undone when a number opens
    the next one ("approx. 200 workers"): the model reads the abbreviation's period as an end."""
    out: list[Span] = []
    for sent in sents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == sent.start
            and _abbreviation_before(doc, prev.end - 1, rules)
            and (doc[sent.start].like_num or doc[sent.start].text[:1] in "$£€¥")
        ):
            out[-1] = doc[prev.start : sent.end]
        else:
            out.append(sent)
    return out


def find_quantities(doc: Doc, rules: Rules | None = None) -> list[Quantity]:
    """All quantities of a parsed Doc in order of appearance."""
    rules = rules or load_rules()
    blocked = Intervals(blocked_spans(doc, rules), span=lambda pair: pair)
    out: list[Quantity] = []
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    sents = _joined_after_abbreviations(doc, sents, rules)
    lowers = token_lowers(doc)
    for sent in sents:
        text = span_text(sent)
        low = text.lower()
        if (
            _DIGIT_RE.search(text) is None
            and "fold" not in low
            and "ties" not in low  # "in his twenties"
            and not any(is_number_word(w) for w in lowers[sent.start : sent.end])
        ):
            continue
        local = blocked.overlapping(sent.start_char, sent.end_char)  # a sentence reads its own
        out.extend(quantities_in_sentence(doc, sent, local, rules))
    out = _without_table_cells(doc, out)
    out.sort(key=lambda q: (q.start, q.end))
    return out
