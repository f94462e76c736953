"""Ranges: two numbers read as one quantity ("5 to 10%", "between 3 and 4 million",
"from 2 to 3") and what keeps two numbers apart."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from claimx.components.quantities.ages import past_age_marker
from claimx.components.quantities.assets import CHANGE_SKIP, NOUN_POS, Rules, numeral
from claimx.components.quantities.context import (
    counts_people,
    currency_before,
    is_time_unit,
    money_pounds,
    percent_after,
    unit_after,
    unit_named,
)
from claimx.components.quantities.draft import Draft, rescale, to_decimal
from claimx.components.quantities.runs import Run
from claimx.numbers import FRACTIONS, SCALES, Number

_RANGE_CONNECTORS = {"to", "-", "–", "—", "through", "and"}

#: verbs whose "from X to Y" gives an old and a new level without saying which way
_LEVEL_CHANGE_VERBS = {"go", "move", "change", "shift"}


#: bounds on one side of a number: a change so bounded opens no range ("rose by more than
#: 200 to 1,500")
ONE_SIDED_BOUNDS = frozenset({"more_than", "at_least", "less_than", "at_most"})


def read_range(d: Draft, later: list[Run]) -> bool:
    """A range closed by a later run: "10-20%", "between 5 and 10", "from 15 to 22 mph"."""
    doc, rules, run = d.doc, d.rules, d.run
    rng = _range_partner(doc, run, _scaled_alike(d, later), d.a, d.lo, rules)
    if rng is None:
        return True
    partner, nxt, opener = rng
    if d.bound in ONE_SIDED_BOUNDS and _changes_to(doc, run, nxt, d.a, rules):
        return True  # "rose by more than 200 to 1,500": a bounded change, then a level
    scale = _trailing_scale(doc, nxt)
    if scale > 1 and nxt.suffix and _letter_scales(d, nxt):
        nxt = rescale(nxt, scale)  # "$5m and $10m", "£5-10m"
    if (
        scale > 1
        and _trailing_scale(doc, run) == 1
        and not run.suffix
        and _shares_scale(doc, run, nxt, scale, rules)
    ):
        run = d.run = rescale(run, scale)  # "$89 to $93 billion", "5 to 10 million"
    elif scale == 1 and _shares_hundred(doc, run, nxt):
        run = d.run = rescale(run, 100)  # "two to three hundred": 200 to 300
    d.low, d.high = run.low, nxt.high
    if nxt.value is not None and run.value is not None and nxt.value < run.value:
        d.low, d.high = nxt.low, run.high  # "from 208 pounds to 193": the interval
    if _negative(doc, run) or _negative(doc, nxt):
        d.low, d.high = _signed_interval(doc, run, nxt)  # "from -5C to 10C"
        run = d.run = dataclasses.replace(run, sign="")
    if opener is not None and doc[opener].lower_ == "from" and _moves_from(doc[opener], rules):
        # "jumped from 240 to 273": the interval moved through, and which way
        d.moved = "down" if d.high == run.high and d.low != d.high else "up"
    if not _read_range_unit(d, run, nxt):
        return False
    if opener is not None and d.bound_before is None:
        d.a = opener
    if d.bound == "approximately":  # "about 14-18 mpg": an approximate range
        d.run = dataclasses.replace(d.run, value=None)
    else:
        d.bound = "range"
    d.units_from = d.b = nxt.end + _repeated_unit(doc, run, nxt)
    tail = unit_after(doc, d.b, d.hi, rules) if d.kind == "measure" else None
    if tail is not None and tail[0] == d.unit:
        d.units_from = d.b = tail[1]  # "from 20 miles per gallon to 29 mpg"
    d.consumed = partner + 1
    d.last = doc[nxt.end - 1]
    return True


def _changes_to(doc: Doc, run: Run, nxt: Run, a: int, rules: Rules) -> bool:
    """Whether a change word ("rose", "a drop") comes before the quantity starting at token a
    (past "by") and "to" joins its number to the next: the change and the level reached."""
    if not any(t.lower_ in ("to", "through") for t in doc[run.end : nxt.start]):
        return False
    k = a - 1 if a > 0 and doc[a - 1].lower_ == "by" else a
    if k < 1:
        return False
    w = doc[k - 1]
    lemma = w.lemma_.lower()
    return w.lower_ in ("up", "down") or lemma in rules.change_verbs or lemma in rules.change_nouns


def _scaled_alike(d: Draft, later: list[Run]) -> list[Run]:
    """The later runs, those with the scale letter glued to the draft's own number scaled as
    it was ("£5m to £10m", "$50k-$70k"), so that the two ends of a range compare."""
    letter = d.suffix.lower().rstrip(".")
    if not letter or d.run.suffix or letter not in SCALES:
        return later
    scale = SCALES[letter]
    return [rescale(r, scale) if r.suffix.lower().rstrip(".") == letter else r for r in later]


def _negative(doc: Doc, run: Run) -> bool:
    """Whether a run is written as a negative number: "-5C", "$-50.8bn", not "COVID-19"."""
    return run.sign == "-" and (doc[run.start].idx == 0 or bool(doc[run.start - 1].whitespace_))


def _signed_interval(doc: Doc, run: Run, nxt: Run) -> tuple[Number | None, Number | None]:
    """The interval between two ends of a range, each with its own sign."""
    ends = [
        -x if _negative(doc, r) else x for r in (run, nxt) for x in (r.low, r.high) if x is not None
    ]
    return (min(ends), max(ends)) if ends else (None, None)


def _read_range_unit(d: Draft, run: Run, nxt: Run) -> bool:
    """The unit or currency a range writes at its second end or between its ends."""
    doc, rules = d.doc, d.rules
    if nxt.suffix and not d.suffix:
        d.suffix = nxt.suffix
        s_low = d.suffix.lower()
        name = unit_named(d.suffix, rules, attached=True)
        if s_low in rules.percent:
            d.kind, d.unit = "percent", "percent"
        elif is_time_unit(s_low, rules):
            return False
        elif name:
            d.kind, d.unit = "measure", name
    if nxt.currency and d.kind == "count":
        d.kind, d.unit = "money", nxt.currency
    gap_cur = [t for t in doc[run.end : nxt.start] if t.lower_ in rules.currency_symbols]
    if gap_cur and d.kind == "count":
        d.kind, d.unit = "money", rules.currency_symbols[gap_cur[0].lower_]
    gap_pct = percent_after(doc, run.end, nxt.start, rules)
    if gap_pct is not None and d.kind == "count":
        d.kind, d.unit = "percent", gap_pct[1]
    gap_unit = unit_after(doc, run.end, nxt.start, rules) if run.end < nxt.start else None
    if gap_unit is not None and d.kind == "count" and not money_pounds(doc, run.end, nxt.start):
        d.kind, d.unit = "measure", gap_unit[0]  # "from 208 pounds to 193", "21 mpg to 23"
    return True


def _letter_scales(d: Draft, nxt: Run) -> bool:
    """Whether the letter glued to a range's second number is a scale: in money, and in a
    count before a plural noun or written as a capital ("5-10m people", "5-10K"), not in a
    measure ("a 5m to 8m wall")."""
    if d.kind == "money":
        return True
    letter = nxt.suffix.rstrip(".")
    return d.kind == "count" and (letter.isupper() or counts_people(d.doc, nxt.end, d.hi))


def _trailing_scale(doc: Doc, run: Run) -> int:
    """The multiplier word closing a run ("million" in "2.5 million"), else 1."""
    last = doc[run.end - 1].lower_
    if run.suffix:
        last = run.suffix.lower().rstrip(".")
    elif (m := numeral(doc[run.end - 1])) is not None and m.group("suf"):
        last = m.group("suf").lower()
    if last in SCALES and (len(last) > 1 or run.suffix):
        return SCALES[last]
    return 1


def _shares_hundred(doc: Doc, run: Run, nxt: Run) -> bool:
    """Whether "hundred" closing a range's second number ("three hundred") also multiplies
    its first, a lone smaller number ("two to three hundred", "5 to 6 hundred")."""
    return (
        nxt.end - nxt.start > 1
        and doc[nxt.end - 1].lower_ == "hundred"
        and run.end - run.start == 1
        and not run.suffix
        and run.value is not None
        and nxt.value is not None
        and 0 < run.value < nxt.value / 100
    )


def _shares_scale(doc: Doc, run: Run, nxt: Run, scale: int, rules: Rules) -> bool:
    """Whether the scale closing a range ("billion") also scales its first number.

    "$89 to $93 billion" and "from 10 to 8 million" share it; "$200 to $4 million" and
    "$750,000 to $1 million" do not: there the first number is larger than the second's
    digits, or is written in full.
    """
    if run.value is None or nxt.value is None:
        return True
    if "," in doc[run.start].text:
        return False
    base = to_decimal(nxt.value) / scale
    if to_decimal(run.value) <= base:
        return True
    gap_sign = any(t.lower_ in rules.currency_symbols for t in doc[run.end : nxt.start])
    return not gap_sign and run.value < 1000


def _range_with(
    doc: Doc, run: Run, nxt: Run, a: int, lo: int, rules: Rules
) -> tuple[Run, int | None] | None:
    """The run closing a range opened by ``run``, and the opening word ("between", "from")."""
    if run.value is None or nxt.value is None or nxt.start - run.end > 10:
        return None
    if _opens_hyphen_range(doc, nxt):
        return None  # "from 24.2 to 33-35 billion": the second end is itself a range
    k = past_age_marker(doc, a, lo, rules)
    opener = k - 1 if k - 1 >= lo and doc[k - 1].lower_ in ("between", "from") else None
    if opener is None and doc[a].lower_ == "between":
        opener = a
    opening = doc[opener].lower_ if opener is not None else ""
    if opener is None and a - 1 >= lo and doc[a - 1].lower_ == "by":
        opening = "by"
    # the unit or currency may repeat on both sides: "1 per cent to 1.5 per cent", "$62 and $68"
    gap = list(doc[run.end : nxt.start])
    if opening == "from":
        gap = _without_time_adjuncts(gap, rules)  # "from $36,040 last night to $34,935"
    if len(gap) > 5:
        return None
    conns = [k for k, t in enumerate(gap) if t.lower_ in _RANGE_CONNECTORS]
    if len(conns) != 1:
        return None
    pre, post = gap[: conns[0]], gap[conns[0] + 1 :]
    conn = gap[conns[0]].lower_
    if pre:
        after = doc[nxt.end : nxt.end + len(pre)]
        same = [t.lower_.strip("-.") for t in pre] == [t.lower_.strip("-.") for t in after]
        if not same and not (opening == "from" and not post and not nxt.suffix):
            return None
        if not same and _units_differ(doc, run, nxt, rules):
            return None  # "from 44 ml to 50 mg": two amounts, each in its own unit
    if post:
        cur = currency_before(doc, run.start, lo, rules)
        before = doc[max(cur[1] if cur else run.start, run.start - len(post)) : run.start]
        if cur is None or [t.lower_ for t in post] != [t.lower_ for t in before]:
            return None
    # "$5-$10" is one range (the first sign its own token), "$5-£10" none
    run_currency = run.currency or (currency_before(doc, run.start, lo, rules) or (None,))[0]
    if not post and (
        nxt.currency
        and nxt.currency != run_currency
        or run.currency
        and nxt.currency != run.currency
    ):
        return None
    if (
        run.suffix
        and nxt.suffix
        and run.suffix.lower().rstrip(".") != nxt.suffix.lower().rstrip(".")
    ):
        return None
    if run.suffix and not nxt.suffix and not pre:
        return None
    if _fraction_then_number(doc, run, nxt):
        return None  # "grew by a fifth to 1.2 million": a share, then a level
    if opening == "by" and (pre or post or conn == "to" and _level_after_by(doc, run, nxt)):
        # "increased by $43.6 billion to $419.2 billion", "grew by 1.5 million to 68 million",
        # "rose by 300 to 4,000": a change and a level ("cut by 5 to 10 percent" is a range)
        return None
    if (
        not opening
        and conn == "to"
        and (pre or post or run.suffix and nxt.suffix)
        and _change_then_level(doc, run, nxt, a, rules)
    ):
        return None
    hyphen = conn in ("-", "–", "—")
    if conn == "and" and opening != "between":
        return None
    if not (hyphen or conn in ("to", "through", "and")):
        return None
    if hyphen and not run.value < nxt.value:
        return None  # "2-0" is a score, "twenty - one" a misspelled number
    if not hyphen and conn != "and" and opening != "from" and not run.value < nxt.value:
        return None
    return nxt, opener


def _units_differ(doc: Doc, run: Run, nxt: Run, rules: Rules) -> bool:
    """Whether the two ends of a would-be range each carry a unit, and not the same one: the
    ends of a range share one unit ("from 208 pounds to 193" does, "from 44 ml to 50 mg" not)."""
    first = unit_after(doc, run.end, nxt.start, rules)
    second = unit_after(doc, nxt.end, min(len(doc), nxt.end + 4), rules)
    return first is not None and second is not None and first[0] != second[0]


def _level_after_by(doc: Doc, run: Run, nxt: Run) -> bool:
    """Whether "by X to Y" is a change and a level: X has a scale word, or Y is ten times X
    or more (a range's ends are of a size)."""
    if _trailing_scale(doc, run) > 1:
        return True
    return run.value is not None and nxt.value is not None and 0 < 10 * run.value <= nxt.value


def _fraction_then_number(doc: Doc, run: Run, nxt: Run) -> bool:
    """Whether a spelled fraction below one ("a fifth", "half") meets a number ten times or
    more its size: no range's ends are so unlike."""
    return (
        doc[run.end - 1].lower_ in FRACTIONS
        and run.value is not None
        and nxt.value is not None
        and run.value < 1
        and nxt.value >= 10
    )


def _change_then_level(doc: Doc, run: Run, nxt: Run, a: int, rules: Rules) -> bool:
    """ "rose 0.5% to 3.2%", "fell 6p to 240p": after a change verb, a unit written at both ends
    of "X to Y" with Y several times X is a change and the level it reached, not a range
    ("could climb 5% to 8%" stays one)."""
    if run.value is None or nxt.value is None or run.value <= 0 or nxt.value < 3 * run.value:
        return False
    k = a - 1
    while k >= 0 and doc[k].lower_ in CHANGE_SKIP:
        k -= 1
    if k < 0:
        return False
    w = doc[k]
    return w.lower_ in ("up", "down") or (
        w.pos_ in ("VERB", "AUX") and w.lemma_.lower() in rules.change_verbs
    )


def _range_partner(
    doc: Doc, run: Run, later: list[Run], a: int, lo: int, rules: Rules
) -> tuple[int, Run, int | None] | None:
    """The run closing a range opened by ``run``: the next one, or one past numbers inside
    dates and times ("from $36,040 at 10.45pm to $34,935"); with its index and opener."""
    for k, r in enumerate(later[:3]):
        rng = _range_with(doc, run, r, a, lo, rules)
        if rng is not None:
            return k, *rng
        if doc[r.start].ent_type_ not in rules.date_labels:
            return None
    return None


def _opens_hyphen_range(doc: Doc, run: Run) -> bool:
    """Whether a hyphen and another number follow the run ("33-35")."""
    k = run.end
    return k + 1 < len(doc) and doc[k].text in ("-", "–") and numeral(doc[k + 1]) is not None


def _without_time_adjuncts(toks: list[Token], rules: Rules) -> list[Token]:
    """Tokens without the dates and times in them, with the prepositions that open those:
    the gap of "from 20 mpg in 2008 to 29 mpg" is "mpg to"."""
    out: list[Token] = []
    for k, t in enumerate(toks):
        dated = t.ent_type_ in rules.date_labels
        opens = t.pos_ == "ADP" and k + 1 < len(toks) and toks[k + 1].ent_type_ in rules.date_labels
        if not (dated or opens):
            out.append(t)
    return out


def _repeated_unit(doc: Doc, run: Run, nxt: Run) -> int:
    """How many tokens after a range's second number repeat the unit written after its first.

    "1 per cent to 1.5 per cent": the range ends after the second "per cent".
    """
    gap = doc[run.end : nxt.start]
    conn = next((k for k, t in enumerate(gap) if t.lower_ in _RANGE_CONNECTORS), 0)
    pre = [t.lower_.strip("-.") for t in gap[:conn]]
    after = [t.lower_.strip("-.") for t in doc[nxt.end : nxt.end + len(pre)]]
    return len(pre) if pre and pre == after else 0


def _moves_from(prep: Token, rules: Rules) -> bool:
    """Whether "from" opens the old level of a change ("rose from", "a drop from")."""
    lemma = prep.head.lemma_.lower()
    if prep.head.pos_ in NOUN_POS:
        return lemma in rules.change_nouns
    return lemma in rules.change_verbs or lemma in _LEVEL_CHANGE_VERBS
