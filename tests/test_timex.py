"""TIMEX3 normalization rules (no model): one expression per line, TimeML conventions."""

from __future__ import annotations

from datetime import date

import pytest

from claimx.timex import interval_of, normalize, parse_number, split_bound

REF = date(2023, 9, 30)  # a Saturday, ISO week 39


@pytest.mark.parametrize(
    ("text", "tense", "ttype", "value"),
    [
        # weekdays: past -> on or before the reference, future -> on or after
        pytest.param("Saturday", "past", "date", "2023-09-30", id="weekday-same-day-past"),
        pytest.param("Saturday", None, "date", "2023-09-30", id="weekday-same-day-no-tense"),
        pytest.param("Saturday", "future", "date", "2023-09-30", id="weekday-same-day-future"),
        pytest.param("Tuesday", "past", "date", "2023-09-26", id="weekday-past"),
        pytest.param("Tuesday", "future", "date", "2023-10-03", id="weekday-future"),
        pytest.param("Tuesday", None, "date", "2023-09-26", id="weekday-no-tense-looks-back"),
        pytest.param("last Saturday", None, "date", "2023-09-23", id="last-weekday-same-day"),
        pytest.param("next Monday", None, "date", "2023-10-02", id="next-weekday"),
        pytest.param("on Friday.", "past", "date", "2023-09-29", id="weekday-with-punct"),
        # weeks, weekends, months, years
        pytest.param("last week", "past", "date", "2023-W38", id="last-week"),
        pytest.param("this week", None, "date", "2023-W39", id="this-week"),
        pytest.param("next week", None, "date", "2023-W40", id="next-week"),
        pytest.param("earlier this week", None, "date", "2023-W39", id="earlier-this-week"),
        pytest.param("this weekend", "future", "date", "2023-W39-WE", id="this-weekend"),
        pytest.param("last weekend", None, "date", "2023-W38-WE", id="last-weekend"),
        pytest.param("last month", None, "date", "2023-08", id="last-month"),
        pytest.param("this month", None, "date", "2023-09", id="this-month"),
        pytest.param("next year", None, "date", "2024", id="next-year"),
        pytest.param("last year's", None, "date", "2022", id="last-year-possessive"),
        pytest.param("the previous day", None, "date", "2023-09-29", id="previous-day"),
        pytest.param("the following week", None, "date", "2023-W40", id="following-week"),
        pytest.param("the same day", None, "date", "2023-09-30", id="same-day"),
        pytest.param("yesterday", None, "date", "2023-09-29", id="yesterday"),
        pytest.param("tomorrow", None, "date", "2023-10-01", id="tomorrow"),
        pytest.param("today", None, "date", "2023-09-30", id="today"),
        # "ago": the calendar unit that many steps back
        pytest.param("three days ago", None, "date", "2023-09-27", id="days-ago"),
        pytest.param("two weeks ago", None, "date", "2023-W37", id="weeks-ago"),
        pytest.param("a month ago", None, "date", "2023-08", id="month-ago"),
        pytest.param("five years ago", None, "date", "2018", id="years-ago"),
        pytest.param("three decades ago", None, "date", "199", id="decades-ago"),
        pytest.param("two years later", None, "date", "2025", id="years-later"),
        pytest.param("a few years ago", None, "date", "202X", id="vague-years-ago"),
        # absolute dates
        pytest.param("1915", None, "date", "1915", id="year"),
        pytest.param("fiscal 1989", None, "date", "1989", id="fiscal-year"),
        pytest.param("September 2023", None, "date", "2023-09", id="month-year"),
        pytest.param("June 30, 1990", None, "date", "1990-06-30", id="month-day-year"),
        pytest.param("30 September 2023", None, "date", "2023-09-30", id="day-month-year"),
        pytest.param("Sept. 12", None, "date", "2023-09-12", id="month-day-abbrev"),
        pytest.param("Nov. 25", "past", "date", "2022-11-25", id="month-day-past-far"),
        pytest.param("Oct. 5", None, "date", "2023-10-05", id="month-day-nearest"),
        pytest.param("January", "future", "date", "2024-01", id="month-future"),
        pytest.param("August", "past", "date", "2023-08", id="month-past"),
        pytest.param("early September", None, "date", "2023-09", id="early-month"),
        pytest.param("last October", None, "date", "2022-10", id="last-month-name"),
        pytest.param("last June", None, "date", "2023-06", id="last-month-name-this-year"),
        pytest.param("last August", None, "date", "2022-08", id="last-month-name-just-past"),
        pytest.param("2023-09-30", None, "date", "2023-09-30", id="iso-date"),
        pytest.param("9/30/2023", None, "date", "2023-09-30", id="us-numeric-date"),
        pytest.param("nineteen ninety-six", None, "date", "1996", id="spoken-year"),
        pytest.param("Christmas", "future", "date", "2023-12-25", id="holiday-fixed"),
        pytest.param("Thanksgiving Day", "past", "date", "2022-11-24", id="holiday-computed"),
        pytest.param("Christmas week", "future", "date", "2023-W52", id="holiday-week"),
        pytest.param("Thanksgiving weekend", "past", "date", "2022-W47-WE", id="holiday-weekend"),
        # the end of a period keeps the period's value (TIMEX3 mod END)
        pytest.param("year-end", "future", "date", "2023", id="year-end-is-the-year"),
        pytest.param("the end of the year", None, "date", "2023", id="end-of-year-is-the-year"),
        pytest.param("year-end", "past", "date", "2022", id="year-end-past-is-last-year"),
        # quarters, halves, seasons, decades, centuries
        pytest.param("the third quarter", None, "date", "2023-Q3", id="quarter"),
        pytest.param("third-quarter", None, "date", "2023-Q3", id="quarter-adjective"),
        pytest.param("the fourth quarter", "past", "date", "2022-Q4", id="quarter-later-past"),
        pytest.param("the first quarter of 1990", None, "date", "1990-Q1", id="quarter-of-year"),
        pytest.param("the first half", None, "date", "2023-H1", id="half"),
        pytest.param("last quarter", None, "date", "2023-Q2", id="last-quarter"),
        pytest.param("summer", "past", "date", "2023-SU", id="season"),
        pytest.param("the winter of 1994", None, "date", "1994-WI", id="season-of-year"),
        pytest.param("next spring", None, "date", "2024-SP", id="next-season"),
        pytest.param("the 1990s", None, "date", "199", id="decade"),
        pytest.param("the late 1970s", None, "date", "197", id="late-decade"),
        pytest.param("the mid-1990s", None, "date", "199", id="mid-decade"),
        pytest.param("the '80s", None, "date", "198", id="decade-apostrophe"),
        pytest.param("the nineties", None, "date", "199", id="decade-words"),
        pytest.param("the 20th century", None, "date", "19", id="century"),
        pytest.param("the nineteenth century", None, "date", "18", id="century-words"),
        # times and parts of day
        pytest.param("2 p.m.", None, "time", "2023-09-30T14:00", id="clock-pm"),
        pytest.param("10:35 a.m.", None, "time", "2023-09-30T10:35", id="clock-minutes"),
        pytest.param("noon", None, "time", "2023-09-30T12:00", id="noon"),
        pytest.param("9 a.m. Tuesday", "past", "time", "2023-09-26T09:00", id="clock-weekday"),
        pytest.param("5 p.m. EST Oct. 9", None, "time", "2023-10-09T17:00", id="clock-zone-date"),
        pytest.param("this morning", None, "time", "2023-09-30TMO", id="this-morning"),
        pytest.param("last night", None, "time", "2023-09-29TNI", id="last-night"),
        # this news gold gives a weekday's morning or night the day's value; evenings keep theirs
        pytest.param("Saturday morning", "past", "date", "2023-09-30", id="weekday-morning"),
        pytest.param("Friday night", "past", "date", "2023-09-29", id="weekday-night"),
        pytest.param("Friday evening", "past", "time", "2023-09-29TEV", id="weekday-evening"),
        pytest.param(
            "yesterday afternoon", None, "time", "2023-09-29TAF", id="yesterday-afternoon"
        ),
        # vague references
        pytest.param("now", None, "date", "PRESENT_REF", id="now"),
        pytest.param("currently", None, "date", "PRESENT_REF", id="currently"),
        pytest.param("recently", None, "date", "PAST_REF", id="recently"),
        pytest.param("former", None, "date", "PAST_REF", id="former"),
        pytest.param("the past", None, "date", "PAST_REF", id="the-past"),
        pytest.param("the future", None, "date", "FUTURE_REF", id="the-future"),
        pytest.param("the near future", None, "date", "FUTURE_REF", id="near-future"),
        pytest.param("recent years", None, "date", "PAST_REF", id="recent-years"),
        pytest.param("recent months", None, "duration", "PXM", id="recent-months"),
        pytest.param("recent weeks and months", None, "date", "PAST_REF", id="recent-and"),
        pytest.param("this century", None, "duration", "P100Y", id="this-century"),
        # durations
        pytest.param("30 years", None, "duration", "P30Y", id="years"),
        pytest.param("about 30 years", None, "duration", "P30Y", id="about-years"),
        pytest.param("three decades", None, "duration", "P30Y", id="decades-in-years"),
        pytest.param("two hours", None, "duration", "PT2H", id="hours"),
        pytest.param("five-hour", None, "duration", "PT5H", id="hyphen-adjective"),
        pytest.param("10-day", None, "duration", "P10D", id="hyphen-days"),
        pytest.param("a week", None, "set", "P1W", id="a-week-is-a-rate"),
        pytest.param("one week", None, "duration", "P1W", id="one-week"),
        pytest.param("the past two months", None, "duration", "P2M", id="past-n-months"),
        pytest.param("the first nine months", None, "duration", "P9M", id="first-n-months"),
        pytest.param("at least 72 hours", None, "duration", "PT72H", id="at-least-hours"),
        pytest.param("5 1/2 hours", None, "duration", "PT5H30M", id="fraction-hours"),
        pytest.param("4 ½ years", None, "duration", "P4Y6M", id="vulgar-half-years"),
        pytest.param("3¼ hours", None, "duration", "PT3H15M", id="vulgar-quarter-hours-unspaced"),
        pytest.param("1 ¾ days", None, "duration", "P1DT18H", id="vulgar-three-quarters-days"),
        pytest.param("a minute and a half", None, "duration", "PT1M30S", id="and-a-half"),
        pytest.param("twenty-five years", None, "duration", "P25Y", id="compound-number"),
        pytest.param("several years", None, "duration", "PXY", id="vague-years"),
        pytest.param("the next few days", None, "duration", "PXD", id="next-few-days"),
        pytest.param("weeks", None, "duration", "PXW", id="bare-plural"),
        pytest.param("decades-long", None, "duration", "PXY", id="decades-long"),
        pytest.param("a two-year period", None, "duration", "P2Y", id="n-year-period"),
        pytest.param("the year-earlier six months", None, "duration", "P6M", id="year-ago-n"),
        # sets
        pytest.param("daily", None, "set", "P1D", id="daily"),
        pytest.param("every day", None, "set", "P1D", id="every-day"),
        pytest.param("weekly", None, "set", "P1W", id="weekly"),
        pytest.param("annually", None, "set", "P1Y", id="annually"),
        pytest.param("every Monday", None, "set", "XXXX-WXX-1", id="every-monday"),
        pytest.param("Tuesday nights", None, "set", "XXXX-WXX-2TNI", id="plural-weekday-night"),
        pytest.param("each July", None, "set", "XXXX-07", id="each-month"),
        pytest.param("every summer", None, "set", "XXXX-SU", id="every-season"),
        pytest.param("every three years", None, "set", "P3Y", id="every-n-years"),
    ],
)
def test_normalize_value(text, tense, ttype, value):
    tx = normalize(text, REF, tense=tense)
    assert tx is not None
    assert (tx.type, tx.value) == (ttype, value)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        pytest.param("Saturday", "2023-09-30", "2023-09-30", id="day"),
        pytest.param("last week", "2023-09-18", "2023-09-24", id="week"),
        pytest.param("this weekend", "2023-09-30", "2023-10-01", id="weekend"),
        pytest.param("last month", "2023-08-01", "2023-08-31", id="month"),
        pytest.param("the third quarter", "2023-07-01", "2023-09-30", id="quarter"),
        pytest.param("1915", "1915-01-01", "1915-12-31", id="year"),
        pytest.param("three decades ago", "1990-01-01", "1999-12-31", id="decade"),
        pytest.param("the 20th century", "1900-01-01", "1999-12-31", id="century"),
        pytest.param("last winter", "2022-12-01", "2023-02-28", id="winter-spans-new-year"),
        pytest.param("2 p.m.", "2023-09-30", "2023-09-30", id="time-covers-its-day"),
    ],
)
def test_normalize_interval(text, start, end):
    tx = normalize(text, REF, tense="past")
    assert tx is not None and tx.interval == (start, end)


@pytest.mark.parametrize(
    "text",
    ["30 years", "daily", "now", "recently", "PT2H-not-a-date"],
    ids=["duration", "set", "present-ref", "past-ref", "garbage"],
)
def test_normalize_no_interval(text):
    tx = normalize(text, REF)
    assert tx is None or tx.interval is None


@pytest.mark.parametrize(
    ("text", "relative", "value"),
    [
        pytest.param("Saturday", True, None, id="weekday"),
        pytest.param("last week", True, None, id="last-week"),
        pytest.param("this weekend", True, None, id="weekend"),
        pytest.param("three decades ago", True, None, id="decades-ago"),
        pytest.param("the third quarter", True, None, id="quarter"),
        pytest.param("10:35 a.m.", True, None, id="clock-time"),
        pytest.param("1915", False, "1915", id="year"),
        pytest.param("September 2023", False, "2023-09", id="month-year"),
        pytest.param("June 30, 1990", False, "1990-06-30", id="full-date"),
        pytest.param("about 30 years", False, "P30Y", id="duration"),
        pytest.param("the 1990s", False, "199", id="decade"),
        pytest.param("now", False, "PRESENT_REF", id="now"),
    ],
)
def test_normalize_without_reference(text, relative, value):
    tx = normalize(text, None)
    assert tx is not None
    assert (tx.relative, tx.value) == (relative, value)


@pytest.mark.parametrize(
    ("text", "prev", "bound"),
    [
        pytest.param("about 30 years", None, "approximately", id="about-inside"),
        pytest.param("30 years", "about", "approximately", id="about-before"),
        pytest.param("nearly two weeks", None, "approximately", id="nearly"),
        pytest.param("more than four decades ago", None, "more_than", id="more-than"),
        pytest.param("at least 72 hours", None, "at_least", id="at-least"),
        pytest.param("less than an hour", None, "less_than", id="less-than"),
        pytest.param("30 years", None, None, id="exact"),
        pytest.param("last week", "since", None, id="preposition-no-bound"),
    ],
)
def test_normalize_bound(text, prev, bound):
    tx = normalize(text, REF, prev_word=prev)
    assert tx is not None and tx.bound == bound


@pytest.mark.parametrize(
    "text",
    ["64-year-old", "52 years old", "44", "80486", "Olympic", ""],
    ids=["age-hyphen", "age-words", "bare-number", "chip-number", "name", "empty"],
)
def test_normalize_rejects_non_dates(text):
    assert normalize(text, REF) is None


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        pytest.param("a year earlier", "2023-Q3", "2022-Q3", id="year-earlier-after-quarter"),
        pytest.param("a year earlier", "2023-05-01", "2022", id="year-earlier-after-day"),
        pytest.param("the year-ago quarter", None, "2022-Q2", id="year-ago-quarter"),
        pytest.param("last year's quarter", None, "2022-Q2", id="last-years-quarter"),
        pytest.param("the quarter a year ago", "2023-Q3", "2022-Q3", id="quarter-a-year-ago"),
        pytest.param("that quarter", "2021-Q1", "2021-Q1", id="that-quarter"),
        pytest.param("that year", "1998-06", "1998", id="that-year"),
        pytest.param("that day", "2023-09-12", "2023-09-12", id="that-day-after-day"),
        pytest.param("that day", "2023-09", "2023-09-30", id="that-day-after-month"),
        pytest.param("that same day", "2022-10", "2022-10-XX", id="that-day-after-a-past-month"),
        pytest.param("the next day", "2016", "2016-XX-XX", id="next-day-after-a-past-year"),
        pytest.param("that night", "2019-03", "2019-03-XXTNI", id="that-night-after-a-past-month"),
        pytest.param("the next day", "2023-09-12", "2023-09-13", id="next-day-after-day"),
        pytest.param("the previous Friday", "2023-09-22", "2023-09-15", id="previous-weekday-after-day"),
        pytest.param("last Friday", "2023-09-12", "2023-09-29", id="last-weekday-is-deictic"),
        pytest.param("the next morning", "2023-09-12", "2023-09-13TMO", id="next-morning-after-day"),
        pytest.param("that night", "2023-09-12", "2023-09-12TNI", id="that-night-after-day"),
        pytest.param("the morning", "2023-09-12", "2023-09-12TMO", id="the-morning-is-the-named-day"),
        pytest.param("this morning", "2023-09-12", "2023-09-30TMO", id="this-morning-is-deictic"),
        pytest.param("the following year", "1995-05-22", "1996", id="following-year-after-day"),
        pytest.param("the previous month", "2023-03", "2023-02", id="previous-month-after-month"),
        pytest.param("the following week", "1995", "2023-W40", id="following-week-needs-a-day"),
        pytest.param("next year", "1995-05-22", "2024", id="next-year-is-deictic"),
    ],
)  # fmt: skip
def test_normalize_anaphora(text, anchor, value):
    tx = normalize(text, REF, tense="past", anchor=anchor)
    assert tx is not None and tx.value == value


@pytest.mark.parametrize(
    ("text", "anchor", "quarter", "value"),
    [
        pytest.param("the quarter", "2023-09-30", "2023-Q1", "2023-Q1", id="the-quarter-remembered"),
        pytest.param("the 2022 period", "2023-10", "2023-Q1", "2022-Q1", id="year-period-remembered"),
        pytest.param("the latest period", "2023-09-30", "2023-Q2", "2023-Q2", id="latest-period-remembered"),
        pytest.param("a year earlier", "2023-09-30", "2023-Q2", "2022", id="year-earlier-needs-last-date"),
    ],
)  # fmt: skip
def test_normalize_remembered_quarter(text, anchor, quarter, value):
    tx = normalize(text, REF, tense="past", anchor=anchor, quarter=quarter)
    assert tx is not None and tx.value == value


@pytest.mark.parametrize(
    ("text", "prev_word", "ttype", "value"),
    [
        pytest.param("one day", "will", "date", "FUTURE_REF", id="will-one-day"),
        pytest.param("some day", "could", "date", "FUTURE_REF", id="could-some-day"),
        pytest.param("one day", "for", "duration", "P1D", id="for-one-day"),
    ],
)
def test_normalize_after_word(text, prev_word, ttype, value):
    tx = normalize(text, REF, prev_word=prev_word)
    assert tx is not None and (tx.type, tx.value) == (ttype, value)


def test_normalize_never_reads_the_clock():
    a = normalize("Saturday", date(2001, 1, 6))
    b = normalize("Saturday", date(2010, 1, 9))
    assert a is not None and b is not None
    assert (a.value, b.value) == ("2001-01-06", "2010-01-09")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("30", 30),
        ("thirty", 30),
        ("thirty-five", 35),
        ("a", 1),
        ("a dozen", 12),
        ("a couple of", 2),
        ("two thousand", 2000),
        ("a hundred", 100),
        ("1 1/2", 1.5),
        ("several", None),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_split_bound_keeps_prepositions():
    assert split_bound("over the weekend") == ("over the weekend", None)
    assert split_bound("over two weeks") == ("two weeks", "more_than")


@pytest.mark.parametrize(
    ("value", "interval"),
    [
        ("2023-W39-WE", ("2023-09-30", "2023-10-01")),
        ("2023-Q4", ("2023-10-01", "2023-12-31")),
        ("2024-02", ("2024-02-01", "2024-02-29")),
        ("2023-09-30T14:00", ("2023-09-30", "2023-09-30")),
        ("P30Y", None),
        ("XXXX-WXX-1", None),
        (None, None),
    ],
)
def test_interval_of(value, interval):
    assert interval_of(value) == interval


@pytest.mark.parametrize("text", ["5 minutes 2 hours", "a second straight year", "one day a week"])
def test_compound_length_needs_falling_units(text):
    tx = normalize(text, REF)
    assert tx is None or tx.rule != "compound-duration"
