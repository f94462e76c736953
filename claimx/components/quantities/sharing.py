"""Sharing between quantities of a sentence: a unit, currency, scale or change said once
for several numbers ("rose 5% to 10%", "$3 and 4 million")."""

from __future__ import annotations

import re

import msgspec
from spacy.tokens import Doc, Token

from claimx.components.quantities.assets import Rules, load_rules
from claimx.components.quantities.draft import scaler
from claimx.extensions import doc_text
from claimx.numbers import SCALES
from claimx.patterns import verb_above
from claimx.records import Quantity


def share_context(doc: Doc, out: list[Quantity], rules: Rules) -> list[Quantity]:
    """Bare numbers that take their unit or change from a neighbouring quantity.

    "from about 14-18 mpg to 24": the level after "from X to" is in X's unit; "280 million of
    the 1.5 billion shekels": a part is in the whole's currency; "Ross were down 2.3%,
    Burlington by 2.6%": an elided change verb still governs "by".
    """
    text = doc_text(doc)
    for k, q in enumerate(out):
        bare = q.kind == "count" and q.unit is None and q.counted is None
        prev = out[k - 1] if k else None
        nxt = out[k + 1] if k + 1 < len(out) else None
        before = text[max(0, q.start - 6) : q.start].lower()
        if bare and prev is not None and prev.kind in ("money", "measure", "percent"):
            gap = text[prev.end : q.start].strip().lower()
            opened = text[max(0, prev.start - 5) : prev.start].lower().endswith("from ")
            if gap == "to" and (opened or prev.text.lower().startswith("from ")):
                out[k] = msgspec.structs.replace(
                    q, kind=prev.kind, unit=prev.unit, counted=prev.counted
                )
                continue
        if bare and nxt is not None and (nxt.kind != "count" or nxt.counted is not None):
            gap = text[q.end : nxt.start].strip().lower()
            opened = text[max(0, q.start - 5) : q.start].lower().endswith("from ")
            if gap == "to" and opened:
                # "slowed from 4.8 to 4.7 percent": the old level is in the new one's unit
                out[k] = _in_unit_of(q, nxt)
                continue
        if bare and prev is not None and _old_level_after(doc, prev, q):
            # "rose to 4.3 billion euros from 5.1 billion": the old level is in the new one's unit
            out[k] = _in_unit_of(q, prev)
            continue
        if bare and prev is not None and _compared_level(doc, prev, q, rules):
            out[k] = _in_unit_of(q, prev)
            continue
        if bare and nxt is not None and (nxt.kind in ("money", "measure") or nxt.counted):
            gap = text[q.end : nxt.start].strip().lower()
            if gap in ("of", "of the", "of its", "of their"):
                out[k] = msgspec.structs.replace(
                    q, kind=nxt.kind, unit=nxt.unit, counted=nxt.counted
                )
                continue
        if prev is not None and before.endswith(" by "):
            out[k] = _after_elided_verb(doc, q, prev, bare)
    return out


#: "to" right before a new level: "fell to 1.2 million"
_TO_BEFORE_RE = re.compile(r"\bto\s+$", re.I)

#: words that may open the old level after the new one: "to 3.1% from 3.4", ", up from 298"
_FROM_RE = re.compile(r"(?:\b(?:up|down)\s+)?\bfrom\s+$", re.I)

#: what may not stand between a new level and its old one: another clause or sentence
_CLAUSE_BREAK_RE = re.compile(r"[.;:!?]\s|\b(?:while|but|whereas|and)\b")


def _old_level_after(doc: Doc, new: Quantity, q: Quantity) -> bool:
    """Whether ``q`` is the old level of a move whose new level ``new`` names the unit: "to X
    unit ... from Y", both the objects of prepositions of one verb ("fell to 1.2 million
    units from 1.5 million", "eased to 3.1 percent in May from 3.4 in April")."""
    if new.kind == "age" or not (new.unit or new.counted) or new.bound == "range":
        return False
    text = doc_text(doc)
    if not _TO_BEFORE_RE.search(text[max(0, new.start - 4) : new.start]):
        return False
    gap = text[new.end : q.start]
    m = _FROM_RE.search(gap)
    if m is None or _CLAUSE_BREAK_RE.search(gap[: m.start()]) or len(gap.split()) > 8:
        return False
    verb = _clause_verb(doc, q)
    if verb is None or verb != _clause_verb(doc, new):
        return False
    return _parallel(_in_unit_of(q, new), new)


def _compared_level(doc: Doc, new: Quantity, q: Quantity, rules: Rules) -> bool:
    """Whether ``q`` is the earlier level ``new`` is compared with, in its unit: "820 million
    euros, up from 640 million", "6.2 percent in March, compared with 5.9 in February"."""
    if new.kind == "age" or not (new.unit or new.counted) or new.bound == "range":
        return False
    if q.start - new.end < 3:
        return False  # no room for a word between them
    gap = doc.char_span(new.end, q.start, alignment_mode="expand")
    if gap is None:
        return False
    words = [t for t in gap if not t.is_punct]
    for n in (2, 1):
        opener = " ".join(t.lower_ for t in words[len(words) - n :])
        if len(words) >= n and opener in rules.earlier_level_words:
            # what stands before the opener may only say when the first level was
            when = [t for t in words[: len(words) - n] if t.pos_ != "ADP" and t.pos_ != "DET"]
            if all(t.ent_type_ in rules.date_labels for t in when):
                return _parallel(_in_unit_of(q, new), new)
    return False


def _after_elided_verb(doc: Doc, q: Quantity, prev: Quantity, bare: bool) -> Quantity:
    """ "Ross was down 2.3%, Burlington by 2.6%", "exports grew by 4 percent, imports by 3":
    the list item after a comma, with no verb of its own, is a change like the one before
    it, in its unit when it names none."""
    between = doc.char_span(prev.end, q.start, alignment_mode="expand")
    if between is None or "," not in between.text or any(t.pos_ == "VERB" for t in between):
        return q
    if q.change is None and prev.change:
        q = msgspec.structs.replace(q, change=prev.change)
    if bare and prev.kind != "age" and (prev.unit or prev.counted) and _parallel(q, prev):
        q = msgspec.structs.replace(q, kind=prev.kind, unit=prev.unit, counted=prev.counted)
    return q


#: what may stand between the items of a list of numbers
_LIST_GAPS = {",", "and", "or", ", and", ", or"}

#: what joins numbers that share the unit written last: the sides of a size, of one size with
#: each other ("3 x 4 m", "12 by 15 feet"; not "4 x 400 m"), and a value and its margin
#: ("12.5 ± 0.3 kg")
_SIZE_GAPS = {"x", "×", "by"}

_MARGIN_GAPS = {"±", "+/-", "+/−"}


def share_change_unit(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """A bare level a change reached is in the change's unit or noun: "fell 500 points to
    58,000" (points), "dropped 10 degrees to 50" (degrees), "shed 156.65 points ... to end at
    20,553.16"; not a percentage's or money's ("rose 5% to 300", "rose 18 sen to 2.05")."""
    for k, q in enumerate(out):
        if not (q.kind == "count" and q.unit is None and q.counted is None) or q.change:
            continue
        slot = _pobj_slot(doc, q)
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if slot is None or span is None or span.root.head.lower_ not in ("to", "at"):
            continue
        for other in out:
            if other.change is None or other.kind not in ("count", "measure"):
                continue
            if not (other.unit or other.counted) or other.bound == "range":
                continue
            if other.unit in load_rules().difference_units:
                continue  # "down 11 bps at 93.94": a price, not basis points
            verb = _clause_verb(doc, other)
            if verb is not None and verb in (slot, slot.head):
                out[k] = msgspec.structs.replace(
                    q, kind=other.kind, unit=other.unit, counted=other.counted
                )
                break
    return out


def _clause_verb(doc: Doc, q: Quantity) -> Token | None:
    """The verb a quantity's phrase hangs on ("fell" in "fell 500 points"), within two steps."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return verb_above(span.root.head, 3) if span is not None else None


def share_list_unit(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """Bare numbers listed before one with a unit or noun, of one size with it, are in that
    unit: "1.2 million, 1.5 million and 2 million visitors", "4, 6 or 8 cylinders"; so are
    the sides of a size ("3 x 4 m") and a value before its margin ("12.5 ± 0.3 kg")."""
    text = doc_text(doc)
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        bare = q.kind == "count" and q.unit is None and q.counted is None
        if not bare or q.bound == "range" or nxt.kind == "age" or not (nxt.unit or nxt.counted):
            continue
        gap = " ".join(text[q.end : nxt.start].split())
        size = gap.lower() in _SIZE_GAPS and _parallel(q, nxt) or gap in _MARGIN_GAPS
        if gap in _LIST_GAPS and not _parallel(q, nxt):
            q = _with_shared_multiplier(q, nxt)  # "two or three hundred", "3 or 4 million"
        if gap in _LIST_GAPS and _parallel(q, nxt) or size and nxt.kind == "measure":
            out[k] = msgspec.structs.replace(q, kind=nxt.kind, unit=nxt.unit, counted=nxt.counted)
    return out


#: what joins a change to the same change said another way: "rose $1.20, or 1.5%"
_ALTERNATIVE_GAPS = {", or", "or"}


def share_alternative_change(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """A change said again another way is the same change: "rose $1.20, or 1.5%" (one in
    brackets is shared where the quantity is read)."""
    text = doc_text(doc)
    for k in range(1, len(out)):
        prev, q = out[k - 1], out[k]
        if prev.change is None or q.change is not None or q.kind == "age":
            continue
        if " ".join(text[prev.end : q.start].split()) in _ALTERNATIVE_GAPS:
            out[k] = msgspec.structs.replace(q, change=prev.change)
    return out


def share_currency_with_subunits(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """Cents and pence are of the one currency their sentence names: "fell 4 cents to
    $12.35" (USD); with no currency or two, the unit stays unknown, and a conversion in
    brackets after a subunit's amount is in another currency ("470 pence ($7.43)")."""
    text = doc_text(doc)
    conversions = {
        k + 1
        for k, q in enumerate(out[:-1])
        if q.kind == "money" and q.unit is None and text[q.end : out[k + 1].start].strip() == "("
    }
    currencies = {
        q.unit for k, q in enumerate(out) if q.kind == "money" and q.unit and k not in conversions
    }
    if len(currencies) != 1:
        return out
    [code] = currencies
    return [
        msgspec.structs.replace(q, unit=code) if q.kind == "money" and q.unit is None else q
        for q in out
    ]


def _full_stop_between(doc: Doc, q: Quantity, other: Quantity) -> bool:
    """Whether a full stop and a capital stand between two quantities: a sentence break the
    parser missed ("at $1.1396 EUR=. The dollar index was up at 96.088" shares no unit)."""
    a, b = sorted((q, other), key=lambda x: x.start)
    return SENTENCE_BREAK_RE.search(doc_text(doc), a.end, b.start) is not None


#: a full stop, then a capital: where a sentence ends whatever the parser says
SENTENCE_BREAK_RE = re.compile(r"\.\s+[A-Z]")


def _pobj_slot(doc: Doc, q: Quantity) -> Token | None:
    """The head of the clause in which a quantity is the object of a preposition ("ended
    down 1% at 1,463.78 points": "ended"), else None: its verb, or a word coordinated with
    another clause's."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.pos_ != "ADP":
        return None
    verb = span.root.head.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "conj":
            return (
                verb  # a verb, or a head coordinated with one ("... but the Nasdaq decrease by 1")
            )
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _parallel(q: Quantity, other: Quantity) -> bool:
    """Whether two numbers are of one size (within a factor of ten), as parallel ones are."""
    a, b = q.value, other.value
    if a is None or b is None or a <= 0 or b <= 0:
        return False
    return max(a, b) / min(a, b) <= 10


def share_parallel_unit(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """A bare number in a clause parallel to one with a unit takes that unit: "the DAX rose by
    2 percent but the Nasdaq fell by 1", "ended at 1,463.78 points, while the other ended at
    1,334.20": both the object of a preposition, each in its own clause, of one size."""
    for k, q in enumerate(out):
        if not (q.kind == "count" and q.unit is None and q.counted is None) or q.bound == "range":
            continue
        slot = _pobj_slot(doc, q)
        if slot is None:
            continue
        for other in sorted(out[:k] + out[k + 1 :], key=lambda o: abs(o.start - q.start)):
            if other.kind == "age" or not (other.unit or other.counted):
                continue
            theirs = _pobj_slot(doc, other)
            if theirs is None or theirs.i == slot.i:
                continue
            if _parallel(q, other) and not _full_stop_between(doc, q, other):
                out[k] = msgspec.structs.replace(
                    q, kind=other.kind, unit=other.unit, counted=other.counted
                )
                break
    return out


_GLUED_M_RE = re.compile(r"\d[mM]$")

_SCALE_M_RE = re.compile(r"\d[mM]\b")


def share_scale_letter(out: list[Quantity]) -> list[Quantity]:
    """A glued "m" means what it meant earlier in the sentence: after "1.5m people", "up from
    1.2m" is 1.2 million too, not metres."""
    scaled: Quantity | None = None
    for k, q in enumerate(out):
        if _GLUED_M_RE.search(q.text) and q.unit == "metre" and scaled is not None:
            q = _rescale_quantity(q, SCALES["m"])
            out[k] = msgspec.structs.replace(
                q, kind=scaled.kind, unit=scaled.unit, counted=scaled.counted
            )
        elif q.kind != "measure" and _SCALE_M_RE.search(q.text):
            scaled = q  # "1.5m people", "£3.4m"
    return out


#: words that multiply the number they close ("three hundred", "4 million")
_MULTIPLIERS = {"hundred": 100, **{w: n for w, n in SCALES.items() if len(w) > 2}}


def _with_shared_multiplier(q: Quantity, nxt: Quantity) -> Quantity:
    """A lone number listed before one its multiplier closes, in that multiplier when it is
    then smaller: "two or three hundred" (200), "3 or 4 million users" (3 million), "about
    two or three hundred" (a bound's words before the number)."""
    words = nxt.text.lower().split()
    last = next((w for w in words if w in _MULTIPLIERS), None)
    lone = len(q.text.split()) == 1 or q.bound != "exact"
    if last is None or q.value is None or nxt.value is None or not lone:
        return q
    if any(w in _MULTIPLIERS for w in q.text.lower().split()) or not q.text[:1].isalnum():
        return q
    scaled = _rescale_quantity(q, _MULTIPLIERS[last])
    return scaled if 0 < (scaled.value or 0) < nxt.value else q


def _in_unit_of(q: Quantity, new: Quantity) -> Quantity:
    """The old level of "from 24.2 to 33 billion euros", in the unit and scale of the new one."""
    scale = next((SCALES[w] for w in new.text.lower().split() if w in SCALES and len(w) > 2), 1)
    base = new.value if new.value is not None else new.low
    if scale > 1 and q.value is not None and base is not None and "," not in q.text:
        if base / scale / 10 <= q.value <= base / scale * 10:
            q = _rescale_quantity(q, scale)
    return msgspec.structs.replace(q, kind=new.kind, unit=new.unit, counted=new.counted)


def _rescale_quantity(q: Quantity, mult: int) -> Quantity:
    s = scaler(mult)
    return msgspec.structs.replace(q, value=s(q.value), low=s(q.low), high=s(q.high))
