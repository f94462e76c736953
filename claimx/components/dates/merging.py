"""What the dates of a doc tell each other once all are read: a clock time takes the day its
sentence names, and the two weekdays of a range stay in order.
"""

from __future__ import annotations

import re
from datetime import date

import msgspec
from spacy.tokens import Doc

from claimx.components.dates.candidates import WEEKDAY_CAP
from claimx.extensions import doc_text
from claimx.records import Date, Interval

# a time of day that names no day of its own ("10:35 a.m.", "noon", "the morning")
DAYLESS_TIME_RE = re.compile(
    r"(?:(?:the )?(?:early |late )?(?:morning|afternoon|evening|night)"
    r"|\d{1,2}(?::\d{2}){0,2}\s*(?:[ap]\.?m\.?)?|noon|midnight|midday|\d{1,2} o'clock"
    r"|\d{1,2} in the (?:morning|afternoon|evening)|\d{4}(?=\s+\(?(?:[a-z]{2,4}|local time)\)?$))"
    r"(?:\s+\(?(?:[a-z]{2,4}|local time)\)?)?"
)
ISO_DAY_VALUE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: what joins the two ends of a range of days: "Monday to Thursday", "Tuesday-Friday"
DAY_RANGE_JOIN_RE = re.compile(r"\s*(?:to|through|thru|until|till|and|-|–|—)\s*", re.I)


def _ordered_day_ranges(doc: Doc, dates: list[Date], ref: date | None) -> list[Date]:
    """Keep the two weekdays of a range in order: each end read alone by the tense may put
    the end before the start ("lasted from Monday to Thursday" told on a Wednesday); the
    end then moves a week on when the range is ahead, the start a week back when it is past.
    """
    out = list(dates)
    text = doc_text(doc)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (WEEKDAY_CAP.fullmatch(a.text) and WEEKDAY_CAP.fullmatch(b.text)):
            continue
        join = DAY_RANGE_JOIN_RE.fullmatch(text[a.end : b.start])
        if join is None or (join[0].strip() == "and" and not _between_before(text, a.start)):
            continue  # "Monday and Friday" lists two days; "between Monday and Friday" spans
        if not (a.value and b.value and ISO_DAY_VALUE_RE.fullmatch(a.value)):
            continue
        if not ISO_DAY_VALUE_RE.fullmatch(b.value):
            continue
        start, end = date.fromisoformat(a.value), date.fromisoformat(b.value)
        if end >= start or ref is None:
            continue
        if start > ref:
            out[i + 1] = _moved(b, end.toordinal() + 7)
        else:
            out[i] = _moved(a, start.toordinal() - 7)
    return out


def _between_before(text: str, start: int) -> bool:
    return text[max(0, start - 8) : start].strip().lower().endswith("between")


def _moved(d: Date, ordinal: int) -> Date:
    day = date.fromordinal(ordinal).isoformat()
    return msgspec.structs.replace(d, value=day, interval=Interval(start=day, end=day))


def _date_times(doc: Doc, dates: list[Date]) -> list[Date]:
    """Give a clock time that names no day ("at 10:35 a.m.") the day its sentence names.

    "The blast occurred at 10:35 a.m. (0735 GMT) Friday": the time is on that Friday, not on
    the reference day.
    """
    out = list(dates)
    if not doc.has_annotation("SENT_START"):
        return out
    for i, d in enumerate(out):
        if d.type != "time" or not d.value or not DAYLESS_TIME_RE.fullmatch(d.text.lower()):
            continue
        sent = doc.char_span(d.start, d.end, alignment_mode="expand")
        if sent is None:
            continue
        lo, hi = sent.sent.start_char, sent.sent.end_char
        days = [
            o
            for o in out
            if o is not d
            and lo <= o.start < hi
            and o.value
            and ISO_DAY_VALUE_RE.match(o.value)
            and not DAYLESS_TIME_RE.fullmatch(o.text.lower())
        ]
        if not days:
            continue
        day = str(min(days, key=lambda o: abs(o.start - d.start)).value)[:10]
        value = day + d.value[10:]
        interval = Interval(start=day, end=day)
        out[i] = msgspec.structs.replace(d, value=value, interval=interval)
    return out
