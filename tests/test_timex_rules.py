"""One-line tests per rule of the date rule table: each names the rule that must read it."""

from __future__ import annotations

from datetime import date

import pytest

from claimx.timex import RULES, normalize, not_a_date

REF = date(2023, 9, 30)  # a Saturday in the third quarter, ISO week 39

# (rule, expression, tense, anchor, type, value)
CASES = [
    ("vague-ref", "nowadays", None, None, "date", "PRESENT_REF"),
    ("vague-ref", "lately", None, None, "date", "PAST_REF"),
    ("vague-ref", "the foreseeable future", None, None, "date", "FUTURE_REF"),
    ("set-word", "nightly", None, None, "set", "P1D"),
    ("set-word", "per annum", None, None, "set", "P1Y"),
    ("set-word", "quarterly", None, None, "set", "P1Q"),
    ("set-word", "every fiscal year", None, None, "set", "P1Y"),
    ("set-word", "each calendar year", None, None, "set", "P1Y"),
    ("set-word", "every school year", None, None, "set", "P1Y"),
    ("every-n-units", "every two weeks", None, None, "set", "P2W"),
    ("every-n-units", "each six months", None, None, "set", "P6M"),
    ("every-n-units", "every few weeks", None, None, "set", "PXW"),
    ("set-word", "biweekly", None, None, "set", "P2W"),
    ("plural-weekends", "on weekends", None, None, "set", "XXXX-WXX-WE"),
    ("plural-part-of-day", "in the evenings", None, None, "set", "XXXX-XX-XXTEV"),
    ("plural-part-of-day", "mornings", None, None, "set", "XXXX-XX-XXTMO"),
    ("every-other-unit", "every other day", None, None, "set", "P2D"),
    ("every-other-unit", "every other year", None, None, "set", "P2Y"),
    ("every-named", "every Thursday", None, None, "set", "XXXX-WXX-4"),
    ("every-named", "each winter", None, None, "set", "XXXX-WI"),
    ("every-named", "every morning", None, None, "set", "XXXX-XX-XXTMO"),
    ("every-named", "every other Tuesday", None, None, "set", "XXXX-WXX-2"),
    ("every-named", "every other summer", None, None, "set", "XXXX-SU"),
    ("plural-weekday", "on Sundays", None, None, "set", "XXXX-WXX-7"),
    ("plural-weekday", "Wednesdays", None, None, "set", "XXXX-WXX-3"),
    ("plural-weekday", "Fridays evenings", None, None, "set", "XXXX-WXX-5TEV"),
    ("tonight", "tonight", None, None, "date", "2023-09-30"),
    ("deictic-day", "yesterday", None, None, "date", "2023-09-29"),
    ("deictic-day", "tomorrow afternoon", None, None, "time", "2023-10-01TAF"),
    ("deictic-part", "this evening", None, None, "time", "2023-09-30TEV"),
    ("deictic-part", "last evening", None, None, "time", "2023-09-29TEV"),
    ("part-of-day", "overnight", None, None, "time", "2023-09-30TNI"),
    ("part-of-day", "the afternoon", None, "2023-09-20", "time", "2023-09-20TAF"),
    ("the-day", "this day", None, None, "date", "2023-09-30"),
    ("earlier-later-in-the-unit", "earlier in the day", "past", "2023-09-25", "date", "2023-09-25"),
    ("earlier-later-in-the-unit", "later in the week", "past", "2023-06-14", "date", "2023-W24"),
    ("earlier-later-in-the-unit", "later in the month", None, "2011-06", "date", "2011-06"),
    ("earlier-later-in-the-unit", "later in the day", None, None, "date", "2023-09-30"),
    ("earlier-later-in-the-unit", "earlier in the week", None, "2011", "date", "2023-W39"),
    ("day-of-month", "the 21st", None, None, "date", "2023-09-21"),
    ("day-of-month", "the 3rd", None, "2023-05", "date", "2023-05-03"),
    ("day-of-month", "the 12th", None, "2021-02-08", "date", "2021-02-12"),
    ("day-of-month", "the 2nd", "future", None, "date", "2023-10-02"),
    ("day-of-month", "the 31st", None, "2023-06", "date", None),
    ("day-of-month", "the 31st", "past", None, "date", "2023-08-31"),
    ("anchored-day", "the following day", None, "2023-09-05", "date", "2023-09-06"),
    ("anchored-day", "the day before", None, None, "date", "2023-09-29"),
    ("anchored-part", "that evening", None, "2023-09-05", "time", "2023-09-05TEV"),
    ("anchored-month-or-season", "that summer", None, "2019-06", "date", "2019-SU"),
    ("anchored-month-or-season", "that same March", None, "1990", "date", "1990-03"),
    ("anchored-month-or-season", "the following spring", None, "2003", "date", "2004-SP"),
    ("anchored-month-or-season", "the following October", None, "2012-11-05", "date", "2013-10"),
    ("anchored-month-or-season", "the following October", None, "2012-04", "date", "2012-10"),
    ("anchored-month-or-season", "the previous winter", None, "2010-05", "date", "2009-WI"),
    ("anchored-month-or-season", "the preceding July", None, "2014-Q3", "date", "2013-07"),
    ("anchored-month-or-season", "that autumn", None, None, "date", None),
    ("anchored-part", "the previous night", None, "2023-09-05", "time", "2023-09-04TNI"),
    ("part-before-after", "the evening before", None, "2023-09-05", "time", "2023-09-04TEV"),
    ("part-before-after", "the morning after", None, "2023-09-05", "time", "2023-09-06TMO"),
    ("part-of-named-day", "the night of June 3", "past", None, "time", "2023-06-03TNI"),
    ("part-of-named-day", "the afternoon of Jan. 9, 2020", None, None, "time", "2020-01-09TAF"),
    ("clock", "7:15 p.m.", None, None, "time", "2023-09-30T19:15"),
    ("clock", "6.15pm", None, None, "time", "2023-09-30T18:15"),
    ("clock", "9.40 a.m.", None, None, "time", "2023-09-30T09:40"),
    ("clock", "midnight Sunday", "future", None, "time", "2023-10-01T24:00"),
    ("clock", "midnight", None, None, "time", "2023-09-30T24:00"),
    ("clock", "seven o'clock", None, None, "time", "2023-09-30T07:00"),
    ("clock", "half past eleven", None, None, "time", "2023-09-30T11:30"),
    ("clock", "a quarter past 3 pm", None, None, "time", "2023-09-30T15:15"),
    ("clock", "quarter to one", None, None, "time", "2023-09-30T12:45"),
    ("clock", "twenty-five minutes to eight", None, None, "time", "2023-09-30T07:35"),
    ("clock", "five past ten Friday", "past", None, "time", "2023-09-29T10:05"),
    ("hour-in-the-part", "8 in the evening", None, None, "time", "2023-09-30T20:00"),
    ("hour-in-the-part", "10 o'clock in the morning", None, None, "time", "2023-09-30T10:00"),
    ("hour-in-the-part", "7:45 in the evening", None, None, "time", "2023-09-30T19:45"),
    ("hour-in-the-part", "11 at night", None, None, "time", "2023-09-30T23:00"),
    ("hour-in-the-part", "2 at night", None, None, "time", "2023-09-30T02:00"),
    ("hour-in-the-part", "12 at night", None, None, "time", "2023-09-30T24:00"),
    ("hour-before-part-of-day", "6 this evening", None, None, "time", "2023-09-30T18:00"),
    ("hour-before-part-of-day", "9 tonight", None, None, "time", "2023-09-30T21:00"),
    ("hour-before-part-of-day", "12 tonight", None, None, "time", "2023-09-30T24:00"),
    ("hour-before-part-of-day", "11 Monday night", "future", None, "time", "2023-10-02T23:00"),
    ("hour-before-part-of-day", "4:20 tomorrow afternoon", None, None, "time", "2023-10-01T16:20"),
    ("hour-before-part-of-day", "5 this morning", None, None, "time", "2023-09-30T05:00"),
    ("hour-before-part-of-day", "8 o'clock tonight", None, None, "time", "2023-09-30T20:00"),
    ("weekday", "Wednesday", "past", None, "date", "2023-09-27"),
    ("weekday", "Wednesday", "future", None, "date", "2023-10-04"),
    ("weekday", "next Thursday", None, None, "date", "2023-10-05"),
    ("weekday", "this Tuesday", None, None, "date", "2023-10-03"),
    ("weekday", "this Tuesday", "past", None, "date", "2023-09-26"),
    ("weekday", "Monday afternoons", None, None, "set", "XXXX-WXX-1TAF"),
    ("weekday", "Saturday mornings", "past", None, "set", "XXXX-WXX-6TMO"),
    ("weekday", "Wednesday evenings", None, None, "set", "XXXX-WXX-3TEV"),
    ("weekday", "Monday afternoon", "past", None, "time", "2023-09-25TAF"),
    ("units-ago", "four months ago", None, None, "date", "2023-05"),
    ("units-ago", "ten years later", None, None, "date", "2033"),
    ("units-ago", "two years earlier", None, "2023-Q1", "date", "2021-Q1"),
    ("units-ago", "three days later", "past", "2023-06-10", "date", "2023-06-13"),
    ("units-ago", "a week before", "past", "2023-06-10", "date", "2023-W22"),
    ("units-ago", "five years later", "past", "1990-04", "date", "1995"),
    ("units-ago", "two days ago", "past", "2023-06-10", "date", "2023-09-28"),
    ("bare-units-ago", "years ago", None, None, "date", "202X"),
    ("this-century", "this century", None, None, "duration", "P100Y"),
    ("relative-unit", "next month", None, None, "date", "2023-10"),
    ("relative-unit", "the previous year", None, "2010-04-02", "date", "2009"),
    ("relative-unit", "the following month", None, "2010-04", "date", "2010-05"),
    ("relative-unit", "the previous quarter", None, "2021-Q1", "date", "2020-Q4"),
    ("relative-unit", "the following year", None, "2019-SU", "date", "2020"),
    ("relative-unit", "the following week", None, "2019", "date", "2023-W40"),
    ("that-unit", "that week", None, "2022-03-09", "date", "2022-W10"),
    ("that-unit", "that month", None, "2021-11-30", "date", "2021-11"),
    ("that-unit", "that year", None, "2004-07", "date", "2004"),
    ("that-unit", "that weekend", None, None, "date", None),
    ("the-weekend", "the weekend", "future", None, "date", "2023-W39-WE"),
    ("the-unit", "the month", None, None, "date", "2023-09"),
    ("the-unit", "the quarter", "past", None, "date", "2023-Q2"),
    ("year-ago-unit", "the prior-year quarter", None, None, "date", "2022-Q2"),
    ("year-ago-unit", "the year-earlier month", None, None, "date", "2022-09"),
    ("year-ago-period", "the year-ago figures", None, "2023-Q2", "date", "2022-Q2"),
    ("year-ago-period", "the comparable period", None, None, "date", "2022"),
    ("year-ago-period", "the year before", "past", "2019", "date", "2018"),
    ("year-ago-period", "the year before", "past", None, "date", "2022"),
    ("year-ago-period", "the year-earlier results", "past", "2019", "date", "2022"),
    ("unit-before-after", "the month before", "past", "2009-03", "date", "2009-02"),
    ("unit-before-after", "the week after", "past", "2010-06-03", "date", "2010-W23"),
    ("unit-before-after", "the quarter before", "past", None, "date", "2023-Q2"),
    ("unit-before-after", "the year after", None, "1995-03", "date", "1996"),
    ("that-quarter", "that quarter", None, "2020-Q4", "date", "2020-Q4"),
    ("that-quarter", "the latest period", None, None, "date", "2023-Q2"),
    ("year-period", "the 2021 quarter", None, "2023-Q2", "date", "2021-Q2"),
    ("relative-ordinal-quarter", "next year's second quarter", None, None, "date", "2024-Q2"),
    ("current-year", "the full year", None, None, "date", "2023"),
    ("current-year", "full-year", None, None, "date", "2023"),
    ("current-year", "a full-year", "past", None, "date", "2023"),
    ("current-year", "the financial year", None, None, "date", "2023"),
    ("relative-unit", "the current financial year", None, None, "date", "2023"),
    ("relative-unit", "month-end", None, None, "date", "2023-09"),
    ("relative-unit", "quarter-end", None, None, "date", "2023-Q3"),
    ("month-day-year", "May 22/96", None, None, "date", "1996-05-22"),
    ("month-day-year", "Jan 4/05", None, None, "date", "2005-01-04"),
    ("recent-units", "recent weeks", None, None, "duration", "PXW"),
    ("recent-units", "recent decades", None, None, "date", "PAST_REF"),
    ("recent-and", "recent days or weeks", None, None, "date", "PAST_REF"),
    ("future-units", "future generations", None, None, "date", "FUTURE_REF"),
    ("month-name", "this March", None, None, "date", "2023-03"),
    ("month-name", "November", "future", None, "date", "2023-11"),
    ("month-name", "August", "future", None, "date", "2024-08"),
    ("month-name", "August", "past", None, "date", "2023-08"),
    ("season", "last summer", None, None, "date", "2022-SU"),
    ("season", "spring 2001", None, None, "date", "2001-SP"),
    ("season", "this spring", "past", None, "date", "2023-SP"),
    ("season", "this summer", "future", None, "date", "2023-SU"),
    ("ordinal-quarter", "the second half", None, None, "date", "2023-H2"),
    ("ordinal-quarter", "the fourth quarter of 2019", None, None, "date", "2019-Q4"),
    ("ordinal-quarter", "the first half of the year", None, None, "date", "2023-H1"),
    ("year-ordinal-quarter", "the 2018 third quarter", None, None, "date", "2018-Q3"),
    ("q-number", "Q2 2015", None, None, "date", "2015-Q2"),
    ("q-number", "H1 2024", None, None, "date", "2024-H1"),
    ("q-number", "3Q19", None, None, "date", "2019-Q3"),
    ("q-number", "Q4 FY22", None, None, "date", "2022-Q4"),
    ("fy-year", "FY2018", None, None, "date", "2018"),
    ("month-short-year", "September 97", None, None, "date", "1997-09"),
    ("month-short-year", "Dec 99", None, None, "date", "1999-12"),
    ("fy-year", "FY 99", None, None, "date", "1999"),
    ("decade-digits", "the 1960s", None, None, "date", "196"),
    ("decade-digits", "the '70s", None, None, "date", "197"),
    ("century-digits", "the 1700s", None, None, "date", "17"),
    ("century-digits", "the 1900s", None, None, "date", "19"),
    ("decade-digits", "the early 2000s", None, None, "date", "200"),
    ("decade-words", "the seventies", None, None, "date", "197"),
    ("ordinal-century", "the 18th century", None, None, "date", "17"),
    ("word-century", "the twenty-first century", None, None, "date", "20"),
    ("duration", "eight months", None, None, "duration", "P8M"),
    ("duration", "the last three weeks", None, None, "duration", "P3W"),
    ("duration", "a decade", None, None, "duration", "P10Y"),
    ("duration", "six straight days", None, None, "duration", "P6D"),
    ("duration", "four consecutive quarters", None, None, "duration", "P4Q"),
    ("duration", "hundreds of years", None, None, "duration", "PXY"),
    ("duration", "dozens of days", None, None, "duration", "PXD"),
    ("duration", "thousands of hours", None, None, "duration", "PTXH"),
    ("duration", "3-1/2 years", None, None, "duration", "P3Y6M"),
    ("duration", "2-1/2 hours", None, None, "duration", "PT2H30M"),
    ("duration", "3 hrs", None, None, "duration", "PT3H"),
    ("duration", "a hundred and fifty days", None, None, "duration", "P150D"),
    ("duration", "1.5 million years", None, None, "duration", "P1500000Y"),
    ("duration", "45 mins.", None, None, "duration", "PT45M"),
    ("duration", "10min", None, None, "duration", "PT10M"),
    ("duration", "2 yrs", None, None, "duration", "P2Y"),
    ("duration", "6 wks", None, None, "duration", "P6W"),
    ("year", "2011", None, None, "date", "2011"),
    ("year", "fiscal 2004", None, None, "date", "2004"),
    ("apostrophe-year", "fiscal '97", None, None, "date", "1997"),
    ("year-two-thousand", "the year two thousand and three", None, None, "date", "2003"),
    ("week-of", "the week of Aug. 14", "past", None, "date", "2023-W33"),
    ("nth-weekday-of-period", "the last Monday of May", None, None, "date", "2023-05-29"),
    ("nth-weekday-of-period", "the second Sunday in June 2021", None, None, "date", "2021-06-13"),
    ("nth-weekday-of-period", "the first Friday of 2024", None, None, "date", "2024-01-05"),
    ("nth-day-of-period", "the third day of August", None, None, "date", "2023-08-03"),
    ("nth-day-of-period", "the last day of February 2024", None, None, "date", "2024-02-29"),
    ("nth-week-of-period", "the last week of September 2014", None, None, "date", "2014-W39"),
    ("nth-week-of-period", "the first week of January 2021", None, None, "date", "2021-W01"),
    ("nth-week-of-period", "the second week in March 2019", None, None, "date", "2019-W11"),
    ("day-beyond-deictic", "the day after tomorrow", None, None, "date", "2023-10-02"),
    ("mid-unit", "midweek", None, None, "date", "2023-W39"),
    ("compound-duration", "3 hours 12 minutes", None, None, "duration", "PT3H12M"),
    ("compound-duration", "41 minutes 7.5 seconds", None, None, "duration", "PT41M7.5S"),
    ("compound-duration", "four years and two months", None, None, "duration", "P4Y2M"),
    ("compound-duration", "two days, 6 hours", None, None, "duration", "P2DT6H"),
    ("all-unit", "all day", None, None, "duration", "P1D"),
    ("all-unit", "all the weekend", None, None, "duration", "P1WE"),
    ("all-unit", "all night long", None, None, "duration", "PTNI"),
    ("all-unit", "the entire year", None, None, "duration", "P1Y"),
    ("all-unit", "the whole day", None, None, "duration", "P1D"),
    ("all-unit", "an entire week", None, None, "duration", "P1W"),
    ("vague-ref", "the other day", None, None, "date", "PAST_REF"),
    ("vague-ref", "a long time ago", None, None, "date", "PAST_REF"),
    ("mid-unit", "mid-month", None, "2011-03", "date", "2011-03"),
    ("mid-unit", "mid-year", None, None, "date", "2023"),
    ("mid-unit", "mid-century", None, None, "date", "20"),
    ("mid-unit", "mid-decade", None, "1994-05", "date", "199"),
    ("ordinal-quarter", "the final quarter of 2012", None, None, "date", "2012-Q4"),
    ("day-beyond-deictic", "the day before yesterday", None, None, "date", "2023-09-28"),
    ("weekday-of-week", "Wednesday of next week", None, None, "date", "2023-10-04"),
    ("weekday-of-week", "Monday of last week", None, None, "date", "2023-09-18"),
    ("spoken-year", "nineteen hundred and sixty", None, None, "date", "1960"),
    ("year-end", "the end of the year", "future", None, "date", "2023"),
    ("holiday", "last Halloween", None, None, "date", "2022-10-31"),
    ("holiday", "next Easter", None, None, "date", "2024-03-31"),
    ("holiday", "Election Day", None, None, "date", "2023-11-07"),
    ("holiday", "Election Day 2020", None, None, "date", "2020-11-03"),
    ("holiday", "Thanksgiving 2021", None, None, "date", "2021-11-25"),
    ("holiday", "Memorial Day 2019", None, None, "date", "2019-05-27"),
    ("holiday", "Labor Day 2024", None, None, "date", "2024-09-02"),
    ("month-day-year", "Feb. 3, 2012", None, None, "date", "2012-02-03"),
    ("month-day-year", "October 2", "future", None, "date", "2023-10-02"),
    ("day-month-year", "the 4th of July 1976", None, None, "date", "1976-07-04"),
    ("month-year", "March of 2008", None, None, "date", "2008-03"),
    ("month-relative-year", "June 3 last year", None, None, "date", "2022-06-03"),
    ("month-relative-year", "April 9 of this year", None, None, "date", "2023-04-09"),
    ("month-relative-year", "November of last year", None, None, "date", "2022-11"),
    ("day-month-relative-year", "the 2nd of August next year", None, None, "date", "2024-08-02"),
    ("month-anchored-year", "September of that year", None, "2011-02", "date", "2011-09"),
    ("month-anchored-year", "March 4 of the previous year", None, "2011", "date", "2010-03-04"),
    ("last-month-day", "last Aug. 2", None, None, "date", "2023-08-02"),
    ("month-word", "the July month", None, None, "date", "2023-07"),
    ("iso-date", "2019-11-05", None, None, "date", "2019-11-05"),
    ("us-numeric-date", "4/15/99", None, None, "date", "1999-04-15"),
    ("us-numeric-date", "25/12/2023", None, None, "date", "2023-12-25"),
    ("units-ago", "a fortnight ago", "past", None, "date", "2023-W37"),
    ("dateparser-absolute", "February 2nd of 2011", None, None, "date", "2011-02-02"),
]


@pytest.mark.parametrize(
    ("rule", "text", "tense", "anchor", "ttype", "value"),
    [pytest.param(*c, id=f"{c[0]}:{c[1]}") for c in CASES],
)
def test_rule_reads(rule, text, tense, anchor, ttype, value):
    tx = normalize(text, REF, tense=tense, anchor=anchor)
    assert tx is not None
    assert (tx.rule, tx.type, tx.value) == (rule, ttype, value)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        pytest.param("age", "a 70-year-old", id="age:hyphen"),
        pytest.param("age", "nine months old", id="age:words"),
        pytest.param("clock", "27:10", id="clock:no-such-hour"),
        pytest.param("ordinal-quarter", "the third period", id="ordinal-quarter:period-is-a-game"),
        pytest.param("month-day-year", "Feb. 30, 2011", id="month-day-year:no-such-day"),
    ],
)
def test_rule_rejects(rule, text):
    assert normalize(text, REF) is None
    assert not_a_date(text, REF) == (rule != "month-day-year")  # Feb. 30 is a date, unread


# rules that read the word before the expression: (rule, word before, expression, value)
AFTER_WORD_CASES = [
    ("one-day-future", "might", "some day", "FUTURE_REF"),
    ("one-day-future", "will", "someday", "FUTURE_REF"),
    ("throughout-the-year", "throughout", "the year", "P1Y"),
    ("weekday", "through", "Friday", "2023-10-06"),
    ("weekday", "until", "Monday", "2023-10-02"),
    ("weekday", "on", "Monday", "2023-09-25"),
]


@pytest.mark.parametrize(
    ("rule", "prev_word", "text", "value"),
    [pytest.param(*c, id=f"{c[0]}:{c[1]}-{c[2]}") for c in AFTER_WORD_CASES],
)
def test_rule_reads_after_word(rule, prev_word, text, value):
    tx = normalize(text, REF, prev_word=prev_word)
    assert tx is not None and (tx.rule, tx.value) == (rule, value)


REJECTING_RULES = {"age", "clock", "ordinal-quarter", "month-day-year"}


def test_every_rule_has_a_test():
    tested = {c[0] for c in CASES} | {c[0] for c in AFTER_WORD_CASES} | REJECTING_RULES
    assert {r.name for r in RULES} <= tested


def test_rule_names_are_unique_per_builder():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


def test_an_ordinal_is_no_fraction_of_a_unit():
    """ "the third consecutive month" counts by ordinal: no "P0.333333M"."""
    tx = normalize("the third consecutive month", REF)
    assert tx is None or not (tx.value or "").startswith("P0.")


@pytest.mark.parametrize("text", ["ten to twelve", "five to six years", "two to three"])
def test_count_to_an_hour_is_no_clock(text):
    """A count "to" a number is as often a range: only "minutes" or "quarter" make it a time."""
    tx = normalize(text, REF)
    assert tx is None or tx.type != "time"
