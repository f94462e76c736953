"""The walk through a doc's candidates in order, carrying the last date named (the anchor
that "that week", "a year earlier" resolve against) and the last quarter named.
"""

from __future__ import annotations

import re
from datetime import date

import msgspec
from spacy.tokens import Doc

from claimx.components.dates.building import _make_date
from claimx.components.dates.candidates import MONTH_DAY_RE, _token_spans, _year_dates
from claimx.components.dates.joining import _is_street_number, _readable_part, _shared_units, _split
from claimx.components.dates.merging import _date_times, _ordered_day_ranges
from claimx.components.dates.spans import _extend, _trim
from claimx.records import Date

# expressions resolved from an earlier one never become the anchor themselves
# ("the 1988 quarter" is the comparison with the quarter just named, not a new one)
ANAPHORIC_RE = re.compile(
    r"\b(?:ago|earlier|before|previous|prior|year-ago|year-earlier|\d{4}\s+(?:period|quarter)"
    r"|later|after|that|same|following|the\s+next)\b",
    re.I,
)
# a reporting period of several months or a year: what follows compares with it, not with
# the quarter named before ("in the first nine months ... a year earlier")
PERIOD_RESET_RE = re.compile(r"^P(?:[4-9]|1[0-2])M$|^P1Y$")
# a quarter or half named outright ("the third quarter", "Q3"), not one read off an anchor
NAMED_QUARTER_RE = re.compile(
    r"\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?(?:quarter|half)"
    r"|q[1-4])\b",
    re.I,
)


# one unit with an article: a rate after a quantity ("$5 a week"), else a length ("within a week")
def _cover(doc: Doc, items: list[Date], covered: list[bool]) -> None:
    for item in items:
        span = doc.char_span(item.start, item.end, alignment_mode="expand")
        for i in range(span.start, span.end) if span is not None else ():
            covered[i] = True


def find_dates(doc: Doc, ref: date | None) -> list[Date]:
    """Every date/time expression in the doc, normalized against the reference date."""
    out: list[Date] = []
    covered = [False] * len(doc)
    out.extend(_year_dates(doc, ref))
    _cover(doc, out, covered)
    in_year_span = covered.copy()  # a candidate that takes in a span of years is read as it
    anchor: str | None = None
    quarter: str | None = None  # the last quarter or half named: "the quarter" goes back to it
    for s0, e0 in _token_spans(doc):
        if all(covered[s0:e0]) or any(in_year_span[s0:e0]):
            continue
        s1, e1 = _extend(doc, s0, e0)
        s1, e1 = _trim(doc, s1, e1)
        if s1 >= e1:
            continue
        month_text: str | None = None  # "April" of "April 24 and 25", for the bare "25"
        pieces = _split(doc, s1, e1, ref)
        shared_units = _shared_units(doc, pieces)
        range_bound: str | None = None  # "about 10 to 12 years": the bound of both ends
        for s, e in pieces:
            read_as = shared_units.get((s, e))  # "seven" of "seven to 10 years"
            opens_range, bound_of_range, range_bound = read_as is not None, range_bound, None
            s, e = _trim(doc, s, e)
            if s >= e or all(covered[s:e]):
                continue
            if month_text and e - s == 1 and re.fullmatch(r"\d{1,2}", doc[s].text):
                read_as = f"{month_text} {doc[s].text}{_year_suffix(doc, e1)}"
            if read_as is None:
                s, e = _readable_part(doc, s, e, ref)
            if _is_street_number(doc, s, e):
                continue  # "2301 8th Ave. N.", "1600 Pennsylvania Avenue": an address
            month_m = MONTH_DAY_RE.match(doc[s:e].text)
            month_text = month_m[1] if month_m else None
            item = _make_date(doc[s:e], ref, anchor, read_as, quarter)
            if item is None:
                continue
            if opens_range and item.type == "duration":
                range_bound = item.bound
            elif bound_of_range and item.type == "duration" and item.bound is None:
                item = msgspec.structs.replace(item, bound=bound_of_range)
            for i in range(s, e):
                covered[i] = True
            out.append(item)
            if (
                item.type == "date"
                and item.value
                and re.match(r"\d{4}", item.value)
                and not ANAPHORIC_RE.search(item.text)
                and not (s > 0 and doc[s - 1].lower_ in ("ended", "ending"))
            ):
                # "the quarter ended Sept. 30": the date closes the quarter, which stays the
                # topic
                anchor = item.value
                if re.fullmatch(r"\d{4}-[QH][1-4]", item.value) and NAMED_QUARTER_RE.search(
                    item.text
                ):
                    quarter = item.value
            if item.type == "duration" and item.value and PERIOD_RESET_RE.match(item.value):
                quarter = None
                if anchor and re.fullmatch(r"\d{4}-[QH][1-4]", anchor):
                    anchor = anchor[:4]
    out.sort(key=lambda d: (d.start, d.end))
    return _ordered_day_ranges(doc, _date_times(doc, out), ref)


def _year_suffix(doc: Doc, end: int) -> str:
    """ ", 1999" when the span that was split ends with a year."""
    last = doc[end - 1].text if end > 0 else ""
    return f", {last}" if re.fullmatch(r"1\d{3}|20\d{2}", last) else ""
