"""Numbers that are no quantity: inside names, labels and list markers, dates and times,
scores and tallies."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimx.components.quantities.assets import NOUN_POS, YEAR_RE, Rules, load_rules
from claimx.components.quantities.context import is_counted_period, is_time_unit
from claimx.components.quantities.draft import Draft, is_year_like
from claimx.components.quantities.runs import DECIMAL_COMMA_IN_RE, Run, after_by
from claimx.extensions import doc_ents
from claimx.gazetteer import get_gazetteer
from claimx.numbers import FRACTIONS, is_number_word
from claimx.patterns import address_follows

#: digits grouped in thousands ("50,000", "1,250.5"): an amount, never a model number
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
#: a model code: capitals and digits ("A380", "B2", "MiG29")
_MODEL_CODE_RE = re.compile(r"[A-Z][A-Za-z]*\d+[A-Za-z]*")
#: names joined by an ampersand: "S&P 500", "AT&T"
_AMP_NAME_RE = re.compile(r"[A-Z][A-Za-z]*&[A-Z][A-Za-z]*")


def overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < b and a < e for s, e in spans)


def _ent_of(doc: Doc, i: int) -> Span | None:
    """The entity covering token i, found from the IOB tags (no scan of doc.ents)."""
    if not doc[i].ent_iob_ or doc[i].ent_iob_ == "O":
        return None
    a = i
    while a > 0 and doc[a].ent_iob_ == "I":
        a -= 1
    b = i + 1
    while b < len(doc) and doc[b].ent_iob_ == "I":
        b += 1
    return doc[a:b]


def _named_number(tok: Token) -> bool:
    """A number right after a capitalized name: "737" in "Boeing 737-800"."""
    return (
        tok.like_num
        and tok.i > 0
        and tok.doc[tok.i - 1].pos_ == "PROPN"
        and (tok.doc[tok.i - 1].text[:1].isupper())
    )


def _in_name(doc: Doc, run: Run, rules: Rules) -> bool:
    """Numbers that are part of a name: "Boeing 737", "Group of 20", "iPhone 11"."""
    first, last = doc[run.start], doc[run.end - 1]
    for t in doc[run.start : run.end]:
        if t.ent_type_ in rules.name_labels and t.ent_iob_:
            ent = _ent_of(doc, t.i)
            # an entity running across a paragraph break is a tagging error, not a name
            if (
                ent is not None
                and "\n" not in ent.text
                and any(
                    u.is_alpha and not is_number_word(u.lower_) and not (run.start <= u.i < run.end)
                    for u in ent
                )
            ):
                return True
    if first.i > 0:
        prev = doc[first.i - 1]
        if (
            not _GROUPED_RE.fullmatch(first.text)  # "KSh 50,000": grouped digits name nothing
            and prev.pos_ in ("PROPN", "NOUN")
            and any(c.isupper() for c in prev.text)
            and (prev.is_alpha or _AMP_NAME_RE.fullmatch(prev.text))
            and prev.whitespace_ in (" ", "")
            and prev.lower_ not in load_rules().currency_symbols
            and prev.lower_ not in load_rules().dollar_prefixes
            and prev.text not in load_rules().iso_codes
            and prev.text not in load_rules().currency_signs
        ):
            return True
        # "Group of 20", "Formula One"
        if prev.lower_ == "of" and first.i > 1 and doc[first.i - 2].pos_ == "PROPN":
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if nxt is None or nxt.pos_ not in NOUN_POS:
                return True
        if prev.text in ("-", "#", "No.", "no.", "No", "nr.") and prev.whitespace_ == "":
            code = doc[first.i - 2] if first.i > 1 else None
            # "F-16", "A380-800": a number hyphened to a word or a model code
            if (
                code is not None
                and code.whitespace_ == ""
                and (code.is_alpha or _MODEL_CODE_RE.fullmatch(code.text) or _named_number(code))
            ):
                return True
        if prev.text in ("#",):
            return True
    if last.i + 1 < len(doc):
        nxt = doc[last.i + 1]
        # "10-K", "5-Series": a number glued to a capitalized word by a hyphen
        if nxt.text == "-" and last.whitespace_ == "" and last.i + 2 < len(doc):
            after = doc[last.i + 2]
            if after.text[:1].isupper() and after.is_alpha and nxt.whitespace_ == "":
                return True
    return False


def not_excluded(d: Draft) -> bool:
    return not _excluded(d)


def hyphened_compound(doc: Doc, i: int) -> str:
    """The words hyphened to token i and to each other, lower-cased ("one-on-one")."""
    k = i
    while k + 2 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_:
        k += 2
    return "".join(t.text for t in doc[i : k + 1]).lower()


_TALLY_END_RE = re.compile(r"to-(\d+)")


def _hyphened_tally(doc: Doc, run: Run) -> bool:
    """ "ruled 5-to-4": a tally written with hyphens (the tokenizer leaves "to-4" whole)."""
    j = run.end
    if j + 1 >= len(doc) or doc[j].text != "-" or run.value is None:
        return False
    m = _TALLY_END_RE.fullmatch(doc[j + 1].text)
    return m is not None and run.value >= int(m[1])


def _excluded(d: Draft) -> bool:
    """Bare counts that are dates, names, labels, years or pronoun-like "one"."""
    doc, run, rules, blocked = d.doc, d.run, d.rules, d.date_spans
    if run.sign == "-" and run.start > 0 and doc[run.start - 1].is_alpha:
        if any(c.isupper() for c in doc[run.start - 1].text):
            return True  # "COVID -19"
    if d.kind != "count":
        return False
    # a unit-bearing number is not a date: only bare counts give way to date spans, and the
    # extent of a change is a share ("fell by a quarter")
    if overlaps(doc[run.start].idx, d.last.idx + len(d.last.text), blocked) and not (
        _undated_periods(d)
    ):
        share = d.counted is not None and not is_time_unit(d.counted.split()[-1], rules)
        fraction = any(t.lower_ in FRACTIONS for t in doc[run.start : run.end])
        if not (fraction and (after_by(doc, run.start) or share)):
            return True  # "a quarter of the staff" is a share, "a quarter" alone a time
    if _in_name(doc, run, rules) or _is_label(doc, run, rules, d.counted):
        return True
    if d.counted is None and _listed_day(doc, run, rules):
        return True
    if d.counted is None and _rating_after_name(doc, run, d.sent.start):
        return True
    if DECIMAL_COMMA_IN_RE.search(doc[run.start].text) and not _names_a_noun(d.counted):
        return True  # "won 3,2": a bare pair of figures; a decimal comma needs its unit
    if hyphened_compound(doc, run.start) in rules.number_idioms or _hyphened_tally(doc, run):
        return True
    if is_year_like(run, doc) and (d.counted is None or _prev_is_date_prep(doc, run.start)):
        return True
    if not run.digits and doc[run.start].ent_type_ in rules.name_labels:
        return True  # "Formula One", "Big Ten"
    # "the one", "one of them": a lone "one" is a pronoun ("one third" is a number)
    return doc[run.start].lower_ == "one" and run.end - run.start == 1 and d.counted is None


def _undated_periods(d: Draft) -> bool:
    """A number of periods no date reads ("two seasons"), though the model tags it a date:
    no year, and no date of the dates component with a value over it."""
    counted = (d.counted or "").split()
    if not counted or not is_counted_period(counted[-1], d.rules) or is_year_like(d.run, d.doc):
        return False
    t = d.doc[d.run.start]
    dates = [(x.start, x.end) for x in d.doc._.claimx_dates or [] if x.value is not None]
    return not overlaps(t.idx, t.idx + len(t.text), dates)


def _names_a_noun(counted: str | None) -> bool:
    return counted is not None and any(c.isalpha() for c in counted)


def _rating_after_name(doc: Doc, run: Run, lo: int) -> bool:
    """Whether a number out of ten follows a person's name and a colon that open the
    sentence: a player's rating ("Ander Herrera: 4 Started ...", "Saka: 8.5 - Ran the show";
    not "Attendance: 2,000")."""
    colon = run.start - 1
    if colon - 1 < lo or doc[colon].text != ":" or not 0 <= (run.value or -1) <= 10:
        return False
    return all(t.ent_type_ == "PERSON" and t.pos_ == "PROPN" for t in doc[lo:colon])


def _listed_day(doc: Doc, run: Run, rules: Rules) -> bool:
    """Whether a bare number is a day listed after a month's ("May 7, 8 and 9", "July 4-5")."""
    if not (run.digits and isinstance(run.value, int) and 1 <= run.value <= 31):
        return False
    head = _list_head(doc, run.start)
    month = doc[head - 1].text.rstrip(".") if head > 0 else ""
    return head < run.start and month in rules.month_words


#: what joins the numbers of a list or a range of labels ("4, 5, and 7", "1 through 7")
_LIST_JOINS = frozenset({",", "and", "or", "through", "to", "-", "–"})


def _list_head(doc: Doc, i: int) -> int:
    """The first number of a list of bare numbers that token i ends: "54, 56, 83 and 400"."""
    while True:
        k = i - 1
        while k >= i - 2 and k >= 0 and doc[k].lower_ in _LIST_JOINS:
            k -= 1
        if k == i - 1 or k < 0 or not doc[k].like_num:
            return i
        i = k


def _list_marker(doc: Doc, run: Run) -> bool:
    """Whether a bare number opens a line or follows a colon or semicolon, a full stop or bracket
    closes it and a capital follows: "1. Frankie Fredericks", "2) Reduce waste", "...; 4. Good
    team member" number the items of a list."""
    before = doc[run.start - 1].text if run.start > 0 else "\n"
    opens_item = "\n" in before or before in (";", ":")
    closer = doc[run.end].text if run.end < len(doc) else ""
    nxt = doc[run.end + 1] if run.end + 1 < len(doc) else None
    item = nxt is not None and nxt.text[:1].isupper()
    return opens_item and item and run.end - run.start == 1 and closer in (".", ")")


def _is_label(doc: Doc, run: Run, rules: Rules, counted: str | None = None) -> bool:
    """Numbers used as labels or addresses: "category 4", "Unit 3", "575 Wilbraham Road",
    "Route 9", "U.S. 54, 56 and 83"."""
    k = _list_head(doc, run.start) - 1 if counted is None else run.start - 1
    if k > 0 and doc[k].text == "." and doc[k - 1].whitespace_ == "" and len(doc[k - 1]) <= 4:
        k -= 1  # "ext. 6086": an abbreviation whose full stop the tokenizer split off
    if k >= 0 and (
        doc[k].lower_.rstrip(".") in rules.label_nouns
        or (doc[k].tag_ == "NNS" and doc[k].lemma_.lower() in rules.label_nouns)
    ):
        # "the top three seeds" counts seeds; "ranked top 10" is a rank
        return not (doc[k].lower_ == "top" and counted is not None)
    if k >= 0 and doc[k].text in rules.route_prefixes and counted is None and run.digits:
        return True
    if k >= 0 and run.digits and _names_an_index(doc[k], counted, rules):
        return True  # "the sp 500", "the ftse 100 index": the number names a market index
    if k >= 0 and counted is None and run.digits and _state_abbreviation(doc, k):
        return True  # "W.Va. 61", "S.C. 6": a state's highway
    if _list_marker(doc, run):
        return True  # "1. Frankie Fredericks": the number of an item in a list
    k = run.end
    if k + 1 < len(doc) and doc[k].lower_ == "block" and doc[k + 1].lower_ == "of":
        return True  # "the 3800 block of Silkwood Trail": an address
    if run.start > 0 and doc[run.start - 1].lemma_.lower() in ("call", "dial") and run.digits:
        return True  # "called 911", "dial 999": a phone number
    if doc[run.start].text in rules.emergency_numbers and k < len(doc):
        if doc[k].lower_ in rules.service_nouns:
            return True  # "a 911 caller", "the 999 call": the number dialled ("112 calls" counts)
    return address_follows(doc, k)


def _names_an_index(tok: Token, counted: str | None, rules: Rules) -> bool:
    """Whether a number after ``tok`` names a stock market index: "S&P 500", "the sp 500",
    "S&P/ASX 200", "the ftse 100 index" (not "the FTSE 100 points up": a count of points)."""
    if counted is not None and counted.split()[-1].lower() not in ("index", "indices", "indexes"):
        return False
    return any(part in rules.index_names for part in tok.lower_.split("/"))


def _state_abbreviation(doc: Doc, k: int) -> bool:
    """Whether token k is a US state's abbreviation with its full stop ("W.Va.", "Ga.", "S.C.";
    the tokenizer may split the stop off)."""
    text = doc[k].text
    if not doc[k].whitespace_ and k + 1 < len(doc) and doc[k + 1].text == ".":
        text += "."
    return text.endswith(".") and get_gazetteer().us_state(text) is not None


def _prev_is_date_prep(doc: Doc, i: int) -> bool:
    return i > 0 and doc[i - 1].lower_ in ("in", "since", "by", "until", "till", "from", "of")


def _datey(ent: Span, rules: Rules) -> bool:
    """Whether a DATE/TIME entity has anything of a date ("2483805 while" has not)."""
    for t in ent:
        w = t.lower_
        if w in rules.date_words or is_time_unit(w, rules) or YEAR_RE.match(t.text):
            return True
        if any(c in t.text for c in ":/") or re.fullmatch(r"\d{2,4}s|'\d\ds", t.text):
            return True
        if re.search(r"(?:year|month|week|day|hour|minute|decade)", w):
            return True
    return False


def blocked_spans(doc: Doc, rules: Rules) -> list[tuple[int, int]]:
    """Character spans numbers inside of which are not quantities: dates and times."""
    dates = [(d.start, d.end) for d in doc._.claimx_dates or []]
    spans = [
        (e.start_char, e.end_char)
        for e in doc_ents(doc)
        if e.label_ in rules.date_labels
        and _datey(e, rules)
        and not _year_the_dates_refused(e, dates)
        and not _number_before_a_date(e, dates)
    ]
    return spans + dates


def _year_the_dates_refused(ent: Span, dates: list[tuple[int, int]]) -> bool:
    """A lone year-like number the model tags a date but the dates component, which decides
    what is a year, read as none ("hired 2000 officers")."""
    if len(ent) != 1 or not YEAR_RE.fullmatch(ent.text) or ent.doc._.claimx_dates is None:
        return False
    return not overlaps(ent.start_char, ent.end_char, dates)


def _number_before_a_date(ent: Span, dates: list[tuple[int, int]]) -> bool:
    """A number the model tags a date with the day after it, which the dates component read
    without the number: "was 52 yesterday", "closed at 30-5/8 Friday" (a count, a price)."""
    if len(ent) < 2 or not ent[0].like_num:
        return False
    rest = ent[1].idx
    return any(s <= rest and ent.end_char <= e and ent.start_char < s for s, e in dates)
