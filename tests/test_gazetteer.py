"""The offline gazetteer: lookups, context, demonyms (no spaCy model needed)."""

from __future__ import annotations

import pytest

from claimx.gazetteer import get_gazetteer, normalize


@pytest.fixture(scope="module")
def gaz():
    return get_gazetteer()


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        pytest.param("Armenia", "country", "AM", id="country"),
        pytest.param("Azerbaijan", "country", "AZ", id="country-az"),
        pytest.param("Baku", "city", "AZ", id="capital-baku"),
        pytest.param("Yerevan", "city", "AM", id="capital-yerevan"),
        pytest.param("Nagorno-Karabakh", "region", "AZ", id="disputed-region"),
        pytest.param("Karabakh", "region", "AZ", id="region-alias"),
        pytest.param("U.S.", "country", "US", id="us-dotted"),
        pytest.param("US", "country", "US", id="us-caps"),
        pytest.param("the United States", "country", "US", id="leading-the"),
        pytest.param("UK", "country", "GB", id="uk"),
        pytest.param("Britain", "country", "GB", id="britain"),
        pytest.param("Ohio", "region", "US", id="us-state"),
        pytest.param("W.Va.", "region", "US", id="ap-state-abbreviation"),
        pytest.param("Scotland", "region", "GB", id="uk-nation"),
        pytest.param("Ontario", "region", "CA", id="province"),
        pytest.param("Kiev", "city", "UA", id="alternate-spelling"),
        pytest.param("St. Petersburg", "city", "RU", id="saint-abbreviation"),
        pytest.param("LONDON", "city", "GB", id="upper-case-dateline"),
        pytest.param("Washington", "city", "US", id="washington-is-the-capital"),
        pytest.param("Europe", "region", None, id="continent"),
        pytest.param("Black Sea", "area", None, id="sea"),
    ],
)
def test_lookup_kind_and_country(gaz, name, kind, country):
    info = gaz.lookup(name)
    assert info is not None
    assert (info.kind, info.country) == (kind, country)


def test_lookup_country_has_geonames_id_and_coordinates(gaz):
    info = gaz.lookup("Armenia")
    assert info.geonames_id == 174982
    assert (info.lat, info.lon) == pytest.approx((40.25, 45.0), abs=0.5)


@pytest.mark.parametrize("name", ["Baku", "Yerevan", "Paris", "Texas"])
def test_lookup_cities_and_states_have_ids_and_coordinates(gaz, name):
    info = gaz.lookup(name)
    assert info.geonames_id is not None and info.lat is not None and info.lon is not None


@pytest.mark.parametrize(
    ("name", "context", "country", "admin1"),
    [
        pytest.param("Paris", (), "FR", None, id="paris-default-france"),
        pytest.param("Paris", ("US", "US-TX"), "US", "TX", id="paris-texas-context"),
        pytest.param("Dublin", (), "IE", None, id="dublin-default-ireland"),
        pytest.param("Dublin", ("US", "US-OH"), "US", "OH", id="dublin-ohio-context"),
        pytest.param("Georgia", (), "GE", None, id="georgia-default-country"),
        pytest.param("Georgia", ("US", "US-GA"), "US", "GA", id="georgia-state-context"),
        pytest.param("London", ("CA",), "CA", None, id="london-ontario-with-canada"),
    ],
)
def test_lookup_context_resolves_ambiguity(gaz, name, context, country, admin1):
    info = gaz.lookup(name, context_countries=context)
    assert info.country == country
    if admin1:
        assert info.admin1 == admin1


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("Spectre", id="not-a-place"),
        pytest.param("us", id="lowercase-pronoun"),
        pytest.param("Miss", id="title-not-mississippi"),
        pytest.param("", id="empty"),
    ],
)
def test_lookup_unknown_is_none(gaz, name):
    assert gaz.lookup(name) is None
    assert not gaz.is_known_place(name)


@pytest.mark.parametrize(
    ("word", "country"),
    [
        pytest.param("Armenian", "AM", id="armenian"),
        pytest.param("Armenians", "AM", id="plural"),
        pytest.param("French", "FR", id="french"),
        pytest.param("Frenchmen", "FR", id="men-plural"),
        pytest.param("Azerbaijani", "AZ", id="azerbaijani"),
        pytest.param("Italian", "IT", id="italian"),
        pytest.param("American", "US", id="american"),
        pytest.param("British", "GB", id="british"),
    ],
)
def test_demonym_resolves_to_country(gaz, word, country):
    info = gaz.demonym(word)
    assert info is not None and info.kind == "country" and info.country == country


@pytest.mark.parametrize("word", ["Armenia", "armenian", "Spectre", "Paris"])
def test_demonym_rejects_non_demonyms(gaz, word):
    assert gaz.demonym(word) is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param("St. Louis", "saint louis", id="saint"),
        pytest.param("Ft. Worth", "fort worth", id="fort"),
        pytest.param("Nagorno-Karabakh", "nagorno karabakh", id="hyphen"),
        pytest.param("the Hague", "hague", id="leading-the"),
        pytest.param("Ağdam", "agdam", id="diacritics"),
    ],
)
def test_normalize(text, key):
    assert normalize(text) == key


@pytest.mark.parametrize(
    ("name", "state", "lat", "lon"),
    [
        pytest.param("Cook County", "IL", 41.8, -87.8, id="county-has-centre"),
        pytest.param("Orleans Parish", "LA", 30.0, -90.0, id="parish-has-centre"),
    ],
)
def test_county_coordinates(gaz, name, state, lat, lon):
    county = next(p for p in gaz.candidates(name) if p.admin1 == state)
    assert (county.lat, county.lon) == pytest.approx((lat, lon), abs=0.6)


def test_readings_best_first(gaz):
    readings = gaz.readings("Paris")
    assert readings[0][1].country == "FR" and len(readings) > 1
    assert [s for s, _ in readings] == sorted((s for s, _ in readings), reverse=True)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Ohio", True, id="state"),
        pytest.param("Columbus", False, id="city"),
        pytest.param("Armenia", False, id="country"),
    ],
)
def test_is_us_state(gaz, name, expected):
    assert gaz.is_us_state(gaz.lookup(name)) is expected
