"""The rule tables of models/quantities.json, indexed once, and the shape of a numeral token."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from claimx.extensions import doc_without_capitals
from claimx.units import UnitTables, load_unit_tables, quantity_tables

NOUN_POS = {"NOUN", "PROPN"}

#: currency signs that may be glued to the amount, written as they are ("Rp50,000", "Rs.200")
_GLUED_SIGNS = "|".join(
    re.escape(s)
    for s in sorted([*quantity_tables()["currency_signs"], "Rs.", "Rs"], key=len, reverse=True)
)

NUMERAL_RE = re.compile(
    r"^(?P<sub>sub-)?(?P<cur>" + _GLUED_SIGNS + r"|[A-Z]{1,3}\$?|Y=|[$£€¥₹])?"
    r"(?P<sign>[+\-−±]|minus-)?(?P<pre>[~≈]?)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:\.\d{3})*,\d{1,2}(?!\d)|\d+(?:\.\d+)?|\.\d+|(?=[½¼¾⅓⅔⅛]))"
    r"(?P<vulgar>[½¼¾⅓⅔⅛])?(?P<exp>[eE][+\-−]?\d{1,2}(?![\d.,]))?(?P<suf>[A-Za-z°ºµμ²³%″′][A-Za-z°ºµμ²³/.\-23^]*)?(?P<plus>\+)?$"
)

YEAR_RE = re.compile(r"^(1[0-9]|20|21)\d\d$")

# words between a change word and its number: "rose by about 5%"
CHANGE_SKIP = {"by", "about", "nearly", "almost", "around", "roughly", "some"}


@dataclass(frozen=True)
class Ages:
    """The age words of models/quantities.json ("ages")."""

    units: frozenset[str]
    old_words: frozenset[str]
    markers: frozenset[str]
    verbs: frozenset[str]
    subject_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    people_nouns: frozenset[str]
    life_event_verbs: frozenset[str]
    decade_parts: dict[str, tuple[int, int]]
    max: int


@dataclass(frozen=True)
class Rules:
    """The rule tables of models/quantities.json, indexed for lookup."""

    bounds_before: dict[tuple[str, ...], str]
    bounds_after: dict[tuple[str, ...], str]
    percent: set[str]
    percentage_points: set[str]
    currency_symbols: dict[str, str]
    dollar_prefixes: dict[str, str]
    currency_words: dict[tuple[str, ...], str]
    currency_names: dict[str, str]
    glued_currency_prefixes: dict[str, str]
    subunits: set[str]
    time_units: set[str]
    rate_time_units: set[str]
    change_verbs: dict[str, str]
    change_nouns: dict[str, str]
    subject_change_verbs: frozenset[str]  # "rise", "drop": a change of their subject only
    particle_verbs: set[str]
    name_labels: set[str]
    date_labels: set[str]
    label_nouns: set[str]
    street_words: set[str]
    emergency_numbers: frozenset[str]
    service_nouns: frozenset[str]
    route_prefixes: frozenset[str]
    index_names: frozenset[str]  # "the S&P 500", "ftse 100": an index named with a number
    pounds_of_money_words: frozenset[str]  # "pounds of funding" is money, "of thrust" a mass
    difference_units: frozenset[str]  # units of a change only ("basis point"), never a level's
    priced_signs: dict[str, str]  # currency signs that are also unit symbols ("kn", "Ft")
    paying_words: frozenset[str]  # words of paying that make such a sign money ("cost")
    topic_units: dict[str, dict[str, frozenset[str]]]  # "F" beside "capacitor" is a farad
    contest_words: frozenset[str]
    number_idioms: frozenset[str]
    date_words: set[str]
    ages: Ages
    symbols_before_noun: frozenset[str]
    symbols_in_context: frozenset[str]
    symbols_before_extent: frozenset[str]
    temperature_units: frozenset[str]
    month_words: frozenset[str]
    extent_words: frozenset[str]
    numbering_words: frozenset[str]
    currency_name_words_excluded: frozenset[str]
    k_race_words: frozenset[str]  # "a 5K race", "ran a 10K": kilometres
    k_display_words: frozenset[str]  # "4K video": a display standard, no quantity
    iso_codes: frozenset[str]  # ISO 4217 codes that name a currency when written in capitals
    currency_signs: dict[str, str]  # local signs and abbreviations, as written -> ISO code
    rate_bases: tuple[str, ...]  # currencies in the order markets quote them against others
    rate_prepositions: frozenset[str]  # "against", "versus": the other currency of a rate
    earlier_level_words: frozenset[str]  # "up from", "compared with": an earlier level follows
    unit_tables: UnitTables
    max_before: int = 4
    max_unit_words: int = 4


def _phrase_key(text: str) -> tuple[str, ...]:
    return tuple(text.lower().split())


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """Load and index the rule tables once."""
    data = quantity_tables()
    change_verbs = {w: d for d, ws in data["change"].items() for w in ws}
    change_nouns = {w: d for d, ws in data["change_nouns"].items() for w in ws}
    return Rules(
        bounds_before={_phrase_key(k): v for k, v in data["bounds_before"].items()},
        bounds_after={_phrase_key(k): v for k, v in data["bounds_after"].items()},
        percent={w.lower() for w in data["percent_words"]},
        percentage_points={w.lower() for w in data["percentage_point_words"]},
        currency_symbols={k.lower(): v for k, v in data["currency_symbols"].items()},
        dollar_prefixes=data["dollar_prefixes"],
        currency_words={_phrase_key(k): v for k, v in data["currency_words"].items()},
        currency_names=data["currency_names"],
        glued_currency_prefixes=data["glued_currency_prefixes"],
        subunits=set(data["subunit_words"]),
        time_units={w.lower() for w in data["time_units"]},
        rate_time_units=set(data["time_unit_words_for_rates"]),
        change_verbs=change_verbs,
        change_nouns=change_nouns,
        subject_change_verbs=frozenset(data["subject_change_verbs"]),
        particle_verbs=set(data["change_particle_verbs"]),
        name_labels=set(data["name_labels"]),
        date_labels=set(data["date_labels"]),
        label_nouns=set(data["label_nouns"]),
        street_words=set(data["street_words"]),
        emergency_numbers=frozenset(data["emergency_numbers"]),
        service_nouns=frozenset(data["service_nouns"]),
        route_prefixes=frozenset(data["route_prefixes"]),
        index_names=frozenset(data["index_names"]),
        pounds_of_money_words=frozenset(data["pounds_of_money_words"]),
        difference_units=frozenset(data["difference_units"]),
        priced_signs=data["priced_signs"],
        paying_words=frozenset(data["paying_words"]),
        topic_units={
            sym: {unit: frozenset(ws) for unit, ws in units.items()}
            for sym, units in data["topic_units"].items()
        },
        contest_words=frozenset(data["contest_words"]),
        number_idioms=frozenset(data["number_idioms"]),
        date_words=set(data["date_words"]),
        symbols_before_noun=frozenset(data["symbols_before_noun"]),
        symbols_in_context=frozenset(data["symbols_in_context"]),
        symbols_before_extent=frozenset(data["symbols_before_extent"]),
        temperature_units=frozenset(data["temperature_units"]),
        month_words=frozenset(data["month_words"]),
        extent_words=frozenset(data["extent_words"]),
        numbering_words=frozenset(data["numbering_words"]),
        currency_name_words_excluded=frozenset(data["currency_name_words_excluded"]),
        k_race_words=frozenset(data["k_race_words"]),
        k_display_words=frozenset(data["k_display_words"]),
        iso_codes=_iso_codes(frozenset(data["iso_currency_codes_excluded"])),
        currency_signs=data["currency_signs"],
        rate_bases=tuple(data["exchange_rate_bases"]),
        rate_prepositions=frozenset(data["exchange_rate_prepositions"]),
        earlier_level_words=frozenset(data["earlier_level_words"]),
        unit_tables=load_unit_tables(),
        ages=Ages(
            **{k: frozenset(v) for k, v in data["ages"].items() if isinstance(v, list)},
            decade_parts={k: (a, b) for k, (a, b) in data["ages"]["decade_parts"].items()},
            max=data["ages"]["max"],
        ),
    )


#: letters glued before a number, as a text without capitals writes a currency's ("us$5")
LOWER_GLUED_RE = re.compile(r"[a-z]{1,3}(?=\$?\.?\d)")


def numeral(tok: Token) -> re.Match[str] | None:
    """The parts of a numeral token; in a text without capitals, the letters glued before it
    read as the capitals they stand for ("rm1.45", "a$3.5": RM, A$)."""
    m = NUMERAL_RE.match(tok.text)
    if m is None and (glued := LOWER_GLUED_RE.match(tok.text)) and doc_without_capitals(tok.doc):
        m = NUMERAL_RE.match(glued.group().upper() + tok.text[glued.end() :])
    return m


def _iso_codes(excluded: frozenset[str]) -> frozenset[str]:
    """The ISO 4217 currency codes, as written (capitals), but those in ``excluded``."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies) - excluded
