"""Reading around a draft: the unit, currency, scale, percent and sign glued to or written
beside a number, the bound before or after it, and exchange rates."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from claimx.components.quantities.ages import age_after, age_described
from claimx.components.quantities.assets import Rules
from claimx.components.quantities.context import (
    bound_after,
    bound_before,
    counts_people,
    currency_after,
    currency_before,
    currency_name,
    is_counted_period,
    is_pence,
    is_time_unit,
    lower_seq,
    money_counted,
    money_pounds,
    paid,
    percent_after,
    unit_after,
    unit_follows,
    unit_named,
)
from claimx.components.quantities.counted import counted_after, noun_phrase
from claimx.components.quantities.draft import Draft, ends_sentence, negate, rescale
from claimx.components.quantities.exclusions import hyphened_compound
from claimx.numbers import FRACTIONS, SCALES
from claimx.patterns import apposed_age_length, predicated_age_length
from claimx.units import is_length


def read_glued_suffix(d: Draft) -> bool:
    """What is glued to the numeral: "5.5kWh", "1.38pc", "3.4m", "10.45pm" (no quantity)."""
    if not d.suffix:
        return True
    rules, s_low = d.rules, d.suffix.lower().rstrip(".")
    if s_low in rules.percent:
        d.kind, d.unit = "percent", "percent"
    elif s_low in rules.percentage_points:
        d.kind, d.unit = "percent", "percentage point"  # "0.5pp", "2ppt"
    elif is_time_unit(s_low, rules) or s_low in ("am", "pm", "a.m", "p.m"):
        return False
    elif s_low == "p":
        d.kind, d.counted = "money", "pence"  # "118.5p": share prices as London quotes them
    elif s_low == "fold" or d.suffix.rstrip(".") in ("x", "X"):
        pass  # "threefold", "1.5x faster": a multiple, counted like a bare number
    elif d.suffix in ("K", "k") and not _money(d) and _k_beside(d, rules.k_display_words):
        return False  # "4K video": a display standard's name
    elif d.suffix in ("K", "k") and not _money(d) and _k_beside(d, rules.k_race_words):
        d.kind, d.unit = "measure", "kilometre"  # "a 5K race", "ran a 10K"
    elif d.suffix in ("M", "B", "K", "Bn", "BN", "Mn", "MN"):
        d.run = rescale(d.run, SCALES[s_low])  # capital M is never metres
    elif s_low in ("m", "b", "k") or d.suffix.rstrip(".") == "T":
        return _read_scale_letter(d, s_low)
    else:
        return _read_glued_unit(d)
    return True


def _money(d: Draft) -> bool:
    """Whether a currency is glued to the draft's number or written before or after it
    ("$20k", "20k euros")."""
    doc, a, b, lo, hi, rules = d.doc, d.a, d.b, d.lo, d.hi, d.rules
    return bool(
        d.run.currency or currency_before(doc, a, lo, rules) or currency_after(doc, b, hi, rules)
    )


def _k_beside(d: Draft, words: frozenset[str]) -> bool:
    """Whether the word after a number with a glued K, or a verb just before it, is one of
    ``words`` ("a 5K race", "ran a 10K", "4K video")."""
    doc = d.doc
    after = doc[d.b].lower_ if d.b < d.hi else ""
    before = [t.lower_ for t in doc[max(d.lo, d.a - 2) : d.a] if t.pos_ in ("VERB", "AUX")]
    return after in words or any(w in words for w in before)


def _read_scale_letter(d: Draft, s_low: str) -> bool:
    """ "£3.4m", "$5bn", "$2.1T" and "1m people" are scales; "a 5m wall" is metres, "a 3T
    scanner" teslas."""
    doc, b, hi, rules = d.doc, d.b, d.hi, d.rules
    money = _money(d)
    if s_low == "t" and not money:
        return _read_glued_unit(d)
    if money or s_low == "k" or counts_people(doc, b, hi) or unit_follows(doc, b, hi, rules):
        d.run = rescale(d.run, SCALES["tn" if s_low == "t" else s_low])
    elif s_low == "m":
        d.kind, d.unit = "measure", "metre"
    else:
        return False
    return True


def _read_glued_unit(d: Draft) -> bool:
    """A unit glued to the numeral ("5.5kWh", "100km/hr"); other letters are codes ("5G")."""
    doc, b, hi, rules, suffix = d.doc, d.b, d.hi, d.rules, d.suffix
    name = unit_named(suffix.rstrip(".-"), rules, attached=True)
    if name is None:
        return False  # "5G", "4K", "B2B": codes, not quantities
    d.kind, d.unit = "measure", name
    if b + 1 < hi and doc[b].lower_ in ("/", "per") and doc[b - 1].whitespace_ == "":
        per = unit_after(doc, b + 1, hi, rules)  # "100km/hr"
        nxt = doc[b + 1].lower_
        if per is not None:
            d.unit, d.b = f"{name} per {per[0]}", per[1]
        elif nxt.rstrip("s") in rules.rate_time_units or nxt in ("h", "hr"):
            full = {"h": "hour", "hr": "hour"}.get(nxt, nxt.rstrip("s"))
            d.unit, d.b = f"{name} per {full}", b + 2
    return True


def read_currency_before(d: Draft) -> bool:
    """A currency sign or code before the number ("$", "US$", "£", "USD") or glued to it."""
    cur = currency_before(d.doc, d.a, d.lo, d.rules)
    d.currency_before = cur
    if d.run.currency and d.kind == "count":
        d.kind, d.unit = "money", d.run.currency
        if cur is not None and d.doc[d.a - 1].text == "$":
            d.a -= 1
        d.currency_before = None
    elif cur is not None and d.kind == "count":
        d.kind, d.unit = "money", cur[0]
        d.a = cur[1]
    return True


def read_bound_before(d: Draft) -> bool:
    """A qualifier before the number ("more than", "about", "~45", "sub-7")."""
    bb = bound_before(d.doc, d.a, d.lo, d.rules)
    if d.run.value is None:
        bb = None  # "a few hundred" is its own interval; an outer "at most" is not folded in
    d.bound_before = bb
    if bb is not None:
        d.bound, d.a = bb
    elif d.run.approx_prefix:
        d.bound = "approximately"
    elif d.run.below:
        d.bound = "less_than"
    return True


def _past_fraction_article(d: Draft, j: int) -> int:
    """Where the unit of a fraction starts: past "a" in "half a mile", "of a" in "a quarter
    of a tonne", when a unit follows there."""
    doc, hi = d.doc, d.hi
    if d.last.lower_ not in FRACTIONS or d.kind != "count":
        return j
    k = j + 1 if j < hi and doc[j].lower_ == "of" else j
    if k < hi and doc[k].lower_ in ("a", "an") and k + 1 < hi:
        nxt = doc[k + 1]
        if unit_after(doc, k + 1, hi, d.rules) or percent_after(doc, k + 1, hi, d.rules):
            return k + 1
        if nxt.lower_ in ("point", "percentage"):
            return k + 1
    return j


def read_after_number(d: Draft) -> bool:
    """What follows the number: an age, percent, currency word, unit; a time unit rejects."""
    doc, j, hi, rules = d.doc, d.units_from, d.hi, d.rules
    j = d.units_from = _past_fraction_article(d, j)
    age = age_after(doc, j, hi, rules) if d.kind == "count" else None
    k = j + int(j < hi and doc[j].text == "-")
    length = d.kind == "count" and k < hi  # a count whose unit may make it an age
    child = apposed_age_length(doc, d.run.start, k + 1) if length else None
    of_age = predicated_age_length(doc, d.run.start, k + 1) if length else None
    if age is not None:
        d.kind, (d.unit, d.b) = "age", age  # "a 65-year-old man", "52 years old"
        d.counted = age_described(doc, doc[d.b - 1], d.b, hi)
    elif child is not None:
        # "Natalia Skaggs, 8-months,": an age given as a length after the name
        d.kind, d.unit, d.b = "age", doc[k].lower_.removesuffix("s"), k + 1
        d.counted = noun_phrase(doc, child, d.lo)
    elif of_age is not None:
        # "the median age of residents is 38.2 years": the age noun's value, in its unit
        d.kind, d.unit, d.b = "age", doc[k].lower_.removesuffix("s"), k + 1
    elif d.kind == "count" and j < hi:
        if not _read_word_after(d, j):
            return False
    elif d.kind == "money" and j < hi:
        # "$5 million dollars" repeats the currency; "$3 a gallon" is a rate
        ca = currency_after(doc, j, hi, rules)
        if ca is not None:
            d.b = ca[1]
    if d.kind == "money" and d.b < hi and doc[d.b].lower_ in ("sterling",):
        d.b += 1
    if d.kind == "money":
        counted = d.counted
        d.counted, d.b = money_counted(doc, counted, d.unit, d.b, hi, rules)
        if d.units_from > d.run.end and " per " not in (d.counted or ""):
            # "from $350 per kg to $680 per kg": the rate written after the first end
            d.counted = money_counted(doc, counted, d.unit, d.run.end, hi, rules)[0]
    return not (d.kind == "measure" and d.unit and is_time_unit(d.unit, rules))


def _read_word_after(d: Draft, j: int) -> bool:
    """A bare number's percent, currency, subunit, unit or hyphenated noun at token j."""
    doc, hi, rules = d.doc, d.hi, d.rules
    pw = percent_after(doc, j, hi, rules)
    ca = currency_after(doc, j, hi, rules) if pw is None else None
    if pw is not None:
        d.kind, (d.b, d.unit) = "percent", pw
    elif ca is not None:
        e = ca[1] + 1 if ca[1] < hi and doc[ca[1]].lower_ in rules.subunits else ca[1]
        d.kind, d.unit, d.counted, d.b = "money", ca[0], doc[j:e].text.rstrip("="), e
    elif doc[j].lower_ in rules.subunits and not doc[j].lower_ == "p" or is_pence(doc, j, hi):
        word = doc[j].text.rstrip(".")
        # a subunit's symbol counts it in words, as a currency's sign counts the currency
        d.kind, d.counted, d.b = "money", "pence" if word.lower() == "p" else word, j + 1
    elif (
        is_time_unit(doc[j].text, rules)
        and doc[j].lower_ not in ("s", "h", "st")
        and not is_counted_period(doc[j].text, rules)
    ):
        return False
    elif (
        doc[j].text == "-"
        and j + 1 < hi
        and is_time_unit(doc[j + 1].text, rules)
        and not is_counted_period(doc[j + 1].text, rules)
    ):
        return False  # "five-year", "10-day"
    elif doc[j].text == "-" and doc[j - 1].whitespace_ == "":
        _read_hyphenated(d, j)
    else:
        _read_unit_word(d, j)
    return True


def _read_hyphenated(d: Draft, j: int) -> None:
    """ "a 6.1-inch display" (a unit), "a three-point shot" (what is counted)."""
    doc, hi = d.doc, d.hi
    glued_bound = d.rules.bounds_after.get((doc[j + 1].lower_,)) if j + 1 < hi else None
    if glued_bound is not None and doc[j].whitespace_ == "" and doc[j + 1].is_alpha:
        d.b = j + 2  # "10,000-plus fans", "50-odd rooms": the noun after still counts
        d.bound = glued_bound if d.bound == "exact" else d.bound
        return
    hyph = unit_after(doc, j + 1, hi, d.rules) or _height_after(doc, j + 1, hi, d.rules)
    if hyph is not None:
        d.kind, d.unit, d.b = "measure", hyph[0], hyph[1]
    elif j + 1 < hi and not doc[j].whitespace_ and (pc := _hyphened_percent(doc, j + 1, d.rules)):
        d.kind, d.unit, d.b = "percent", "percent", pc  # "a 5-percent rise", "a 10-per-cent cut"
    elif doc[j].whitespace_ == "" and j + 1 < hi and doc[j + 1].lower_ in d.rules.numbering_words:
        d.b = j + 2  # "a 5,000-strong crowd": the noun after counts
    elif doc[j].whitespace_ == "" and j + 1 < hi and doc[j + 1].is_alpha and doc[j + 1].is_lower:
        d.counted, d.b = doc[j + 1].text, j + 2  # "a three-point shot", "a 25-man squad"
    else:
        _read_unit_word(d, j)


_HEIGHT_RE = re.compile(r"(?P<unit>[a-z]+)-\d{1,2}")


def _height_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """A length and the smaller units after it in one token, as heights are written ("a
    6-foot-2 guard": the tokenizer keeps "foot-2" whole); the quantity is the larger unit's."""
    m = _HEIGHT_RE.fullmatch(doc[j].text) if j < hi else None
    name = unit_named(m["unit"], rules, attached=False) if m else None
    return (name, j + 1) if name and is_length(name, rules.unit_tables) else None


def _hyphened_percent(doc: Doc, j: int, rules: Rules) -> int:
    """The end token of a percent word hyphened on at token j ("5-percent", "10-per-cent"),
    or 0."""
    compound = hyphened_compound(doc, j)
    return j + 1 + 2 * compound.count("-") if compound in rules.percent else 0


def _read_unit_word(d: Draft, j: int) -> None:
    """A unit written after the number, from the unit vocabulary."""
    doc, hi, rules = d.doc, d.hi, d.rules
    other = _unit_by_topic(d, j)
    if other is not None:
        d.kind, d.unit, d.b = "measure", other, j + 1  # "the capacitor stored 2.5 F": farad
        return
    priced = _priced_sign(doc, j, rules)
    if priced is not None:
        d.kind, d.unit, d.b = "money", priced, j + 1  # "cost me 150 kn": Croatian kuna
        d.counted = currency_name(priced, rules)
        return
    un = unit_after(doc, j, hi, rules)
    pounds = doc[j].lower_ in ("pounds", "pound")
    if un is not None and not (pounds and d.currency_before is None and money_pounds(doc, j, hi)):
        d.kind, d.unit, d.b = "measure", un[0], un[1]
        return
    if pounds:
        d.kind, d.unit, d.counted, d.b = "money", "GBP", doc[j].text, j + 1
        return
    if _symbol_before_noun(doc, j, hi, rules):
        d.kind, d.unit, d.b = (
            "measure",
            rules.unit_tables.symbols[doc[j].text],
            j + 1,
        )  # "a 3 nm chip"
        return
    if _symbol_in_context(d, j):
        name = unit_named(_symbol_text(doc[j]), rules, attached=True)
        d.kind, d.unit, d.b = "measure", name, j + 1  # "200 g of butter", "fell 50 bp."


def _unit_by_topic(d: Draft, j: int) -> str | None:
    """The other unit a symbol names where its sentence speaks of that unit's topic: "F" is
    a farad beside a capacitor or a voltage ("the capacitor stored 2.5 F"), else Fahrenheit."""
    for unit, words in d.rules.topic_units.get(_symbol_text(d.doc[j]), {}).items():
        if any(t.lemma_.lower() in words for t in d.sent):
            return unit
    return None


def _priced_sign(doc: Doc, j: int, rules: Rules) -> str | None:
    """The currency of a sign that is also a unit's symbol ("kn" knots, "Ft" feet), where a
    word of paying governs the amount: "the ticket cost me 150 kn" (HRK), "paid 2000 Ft for"
    (HUF); "sailed at 12 kn" stays knots."""
    code = rules.priced_signs.get(doc[j].text)
    return code if code is not None and paid(doc[j], rules) else None


def _symbol_text(tok: Token) -> str:
    """A token as a symbol: without the sentence's full stop the tokenizer keeps on a single
    letter ("weighs 5 g.", "holds 40 L." end their sentences)."""
    text = tok.text
    if len(text) == 2 and text[1] == "." and text[0].isalpha() and ends_sentence(tok):
        return text[0]
    return text


def _symbol_in_context(d: Draft, j: int) -> bool:
    """An ambiguous short symbol after digits that the words after it show to be a unit:
    "200 g of butter", "a wall 3 m high", "330 m tall", "rates fell 50 bp.", "3 to 4 L of
    wine" (not "5 m people", "50 BP stations")."""
    doc, hi, rules = d.doc, d.hi, d.rules
    if d.run.digits and j == d.units_from and doc[j].text in rules.symbols_before_extent:
        return _closing_extent(doc, j + 1, hi, rules) or _after_a_length(doc, d.run.start, rules)
    if not d.run.digits or _symbol_text(doc[j]) not in rules.symbols_in_context:
        return False
    if j != d.units_from:
        return False
    if j + 1 >= hi or doc[j + 1].is_punct and doc[j + 1].text not in ("-", "/"):
        return True
    nxt = doc[j + 1]
    return nxt.pos_ in ("ADP", "CCONJ") or nxt.lower_ in rules.extent_words


def _closing_extent(doc: Doc, k: int, hi: int, rules: Rules) -> bool:
    """Whether token k is an extent word closing its phrase ("2 in thick.", "6 in long and"),
    not one opening a noun phrase ("2 in high school", "3 in deep water")."""
    if k >= hi or doc[k].lower_ not in rules.extent_words:
        return False
    nxt = doc[k + 1] if k + 1 < hi else None
    return nxt is None or nxt.pos_ in ("CCONJ", "ADP") or nxt.is_punct and nxt.text != "-"


def _after_a_length(doc: Doc, i: int, rules: Rules) -> bool:
    """Whether token i follows a length's unit: the smaller unit of a height or a length
    ("6 ft 2 in", "5 feet 11 in")."""
    if i == 0:
        return False
    name = unit_named(doc[i - 1].text, rules, attached=False)
    return name is not None and is_length(name, rules.unit_tables)


def _symbol_before_noun(doc: Doc, j: int, hi: int, rules: Rules) -> bool:
    """An ambiguous unit symbol at token j that modifies the noun after it ("3 nm process")."""
    sym = doc[j].text
    return (
        sym in rules.symbols_before_noun
        and sym in rules.unit_tables.symbols
        and j + 1 < hi
        and doc[j + 1].pos_ == "NOUN"
        and doc[j].head.i == j + 1
    )


def read_exchange_rate(d: Draft) -> bool:
    """A bare number a currency moved to against another is a rate in the quote currency:
    "the dollar eased against the yen to 108.79" (yen), "the rupee weakened to 83.2 against
    the dollar" (rupees), "the euro rose versus the dollar to 1.12" (dollars)."""
    if d.kind != "count" or d.counted is not None or d.unit is not None or d.run.currency:
        return True
    num = d.doc[d.run.end - 1]
    if num.dep_ != "pobj" or num.head.lower_ not in ("to", "at"):
        return True
    verb = num.head.head
    against = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in d.rules.rate_prepositions),
        None,
    )
    other = next((c for c in against.children if c.dep_ == "pobj"), None) if against else None
    subj = _clause_subject(verb)
    if other is None or subj is None:
        return True
    pair = (_currency_named(d.doc, subj, d.rules), _currency_named(d.doc, other, d.rules))
    quote = _quote_currency(pair, d.rules)
    if quote is not None:
        base = pair[1] if quote == pair[0] else pair[0]
        d.kind, d.unit = "money", quote
        d.counted = f"{currency_name(quote, d.rules)} per {currency_name(base, d.rules)}"
    return True


def _clause_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is coordinated with or hangs on as a participle
    ("the dollar rose ... and fell", "the dollar was mixed, easing")."""
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("conj", "advcl", "xcomp") or verb.head == verb:
            return subj
        verb = verb.head
    return None


def _currency_named(doc: Doc, noun: Token, rules: Rules) -> str | None:
    """The ISO code of the currency a noun and its modifiers name: "the yen", "the Swiss
    franc", "the US dollar"."""
    a = noun.left_edge.i
    while a < noun.i and doc[a].pos_ == "DET":
        a += 1
    found = currency_after(doc, a, noun.i + 1, rules)
    return found[0] if found is not None and found[1] == noun.i + 1 else None


def _quote_currency(pair: tuple[str | None, str | None], rules: Rules) -> str | None:
    """Of two currencies, the one a rate between them is quoted in: the later in the markets'
    order of bases ("EUR", "GBP", ..., "USD", ..., "JPY"), an unlisted one after all those."""
    a, b = pair
    if a is None or b is None or a == b:
        return None
    order = {code: i for i, code in enumerate(rules.rate_bases)}
    rank_a, rank_b = order.get(a, len(order)), order.get(b, len(order))
    if rank_a == rank_b:
        return None
    return a if rank_a > rank_b else b


def read_bound_after(d: Draft) -> bool:
    """A qualifier after the quantity ("or more", "100+"); the noun after one that stands
    between the number and its noun is still what it counts ("500 or so staff")."""
    ba = bound_after(d.doc, d.b, d.hi, d.rules)
    if ba is not None and d.bound == "exact":
        d.bound, d.b = ba
        if d.kind == "count" and d.counted is None and d.unit is None:
            span = counted_after(d.doc, d.last.i, d.b, d.hi)
            if span is not None and not is_time_unit(d.doc[span[1] - 1].text, d.rules):
                d.counted, d.b = d.doc[span[0] : span[1]].text, span[1]
    elif d.run.plus and d.bound == "exact":
        d.bound = "more_than"
    return True


def read_sign(d: Draft) -> None:
    """A negative number: "minus 387 Fahrenheit", "$-50.8bn", "-15C"."""
    doc, run, a, lo, rules = d.doc, d.run, d.a, d.lo, d.rules
    negative = run.sign == "-" and (doc[run.start].idx == 0 or doc[run.start - 1].whitespace_)
    negative = negative or (run.sign == "-" and d.currency_before is not None)
    if a - 1 >= lo and doc[a - 1].lower_ == "minus" and not _plus_or_minus(doc, a - 1, lo):
        negative, d.a = True, a - 1
        bb = bound_before(doc, d.a, lo, rules) if d.bound == "exact" else None
        if bb is not None:
            d.bound, d.a = bb  # "about minus 387 Fahrenheit"
    below = _past_zero(doc, d.b, d.hi) if d.unit in rules.temperature_units else None
    if below is not None:
        negative = negative != below[0]  # "5 degrees below zero" is -5, "-5C above zero" too
        d.b = below[1]
    if negative:
        d.run = negate(run)
        low, high = d.low, d.high
        d.low, d.high = (-high if high is not None else None), (-low if low is not None else None)


def _past_zero(doc: Doc, b: int, hi: int) -> tuple[bool, int] | None:
    """A temperature's side of zero written after it, "below zero" (True) or "above zero",
    and the token after it."""
    if b + 1 < hi and doc[b + 1].lower_ == "zero" and doc[b].lower_ in ("below", "above"):
        return doc[b].lower_ == "below", b + 2
    return None


def _plus_or_minus(doc: Doc, minus: int, lo: int) -> bool:
    """Whether "minus" closes "plus or minus": a margin either way ("plus or minus 3 points"),
    not a negative number."""
    return minus - 2 >= lo and lower_seq(doc, minus - 2, minus) == ("plus", "or")
