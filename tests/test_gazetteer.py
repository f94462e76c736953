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


@pytest.mark.parametrize(
    ("name", "region", "country"),
    [
        pytest.param("Ont.", "Ontario", "CA", id="province-abbreviation"),
        pytest.param("B.C.", "British Columbia", "CA", id="bc"),
        pytest.param("N.L.", "Newfoundland and Labrador", "CA", id="nl"),
        pytest.param("Calif.", "California", "US", id="ap-state-abbreviation"),
        pytest.param("NSW", "New South Wales", "AU", id="australian-state"),
    ],
)
def test_region_abbreviation_lookup(gaz, name, region, country):
    info = gaz.lookup(name)
    assert (info.name, info.country, info.kind) == (region, country, "region")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        pytest.param("ON", "Ontario", id="canadian-postal-code"),
        pytest.param("Ont.", "Ontario", id="abbreviation"),
        pytest.param("Quebec", "Quebec", id="province-name"),
        pytest.param("TX", "Texas", id="us-postal-code"),
        pytest.param("Scotland", "Scotland", id="uk-nation"),
        pytest.param("Paris", None, id="city-is-no-region"),
    ],
)
def test_region(gaz, text, region):
    info = gaz.region(text)
    assert (info.name if info else None) == region


@pytest.mark.parametrize(
    ("name", "key"),
    [
        pytest.param("Toronto", "CA-08", id="city-in-province"),
        pytest.param("Ontario", "CA-08", id="province-itself"),
        pytest.param("Ohio", "US-OH", id="us-state"),
        pytest.param("Armenia", None, id="country-has-none"),
    ],
)
def test_region_key(gaz, name, key):
    assert gaz.lookup(name).region_key == key


@pytest.mark.parametrize(
    ("name", "context", "country", "admin1"),
    [
        pytest.param("London", ("CA", "CA-08"), "CA", "08", id="london-in-ontario"),
        pytest.param("Hamilton", ("US", "US-OH"), "US", "OH", id="hamilton-in-ohio"),
        pytest.param("Kingston", ("CA", "CA-08"), "CA", "08", id="kingston-ontario"),
    ],
)
def test_lookup_province_context(gaz, name, context, country, admin1):
    info = gaz.lookup(name, context_countries=context)
    assert (info.country, info.admin1) == (country, admin1)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("New Delhi", "New Delhi", id="exact-name-over-alias"),
        pytest.param("Delhi", "Delhi", id="delhi"),
    ],
)
def test_alternate_name_ranks_below_exact_name(gaz, name, expected):
    assert gaz.lookup(name).name == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Ontario", True, id="province"),
        pytest.param("Ohio", True, id="state"),
        pytest.param("Toronto", False, id="city"),
        pytest.param("Cook County", False, id="county"),
    ],
)
def test_is_region(gaz, name, expected):
    assert gaz.is_region(gaz.lookup(name)) is expected


@pytest.mark.parametrize(
    ("written", "other"),
    [
        pytest.param("DeSoto Parish", "De Soto Parish", id="de"),
        pytest.param("Du Page County", "DuPage County", id="du"),
        pytest.param("La Salle County", "LaSalle County", id="la"),
        pytest.param("LeRoy", "Le Roy", id="le"),
        pytest.param("De Witt County", "DeWitt County", id="de-county"),
    ],
)
def test_name_particle_joined_or_apart(gaz, written, other):
    assert normalize(written) == normalize(other)
    assert gaz.lookup(written, context_countries={"US"}) == gaz.lookup(
        other, context_countries={"US"}
    )
    assert gaz.lookup(written, context_countries={"US"}) is not None


@pytest.mark.parametrize(
    ("source", "country"),
    [
        pytest.param("http://www.lfpress.ca/news/local/2009/story.html", "CA", id="ca"),
        pytest.param("https://news.bbc.co.uk/2/hi/uk_news/1.stm", "GB", id="uk-is-gb"),
        pytest.param("http://www.dailystar.com.lb/News/Local-News/1", "LB", id="second-level"),
        pytest.param("https://user@www.ukrinform.ua:8080/news", "UA", id="user-and-port"),
        pytest.param("http://www.parispi.net/articles/1.txt", None, id="generic-net"),
        pytest.param("https://example.com/news", None, id="generic-com"),
        pytest.param("https://weather.tv/storm", None, id="vanity-tv"),
        pytest.param("news/2009/london.ca", None, id="file-path"),
        pytest.param("file:///srv/news/a.ca", None, id="file-url"),
        pytest.param("-", None, id="stdin"),
    ],
)
def test_site_country(gaz, source, country):
    info = gaz.site_country(source)
    assert (info.country if info else None) == country


@pytest.mark.parametrize(
    ("name", "context", "country", "admin1"),
    [
        pytest.param("Sindh", (), "PK", "05", id="province"),
        pytest.param("Punjab", (), "PK", "04", id="most-populous-of-two"),
        pytest.param("Punjab", ("IN",), "IN", "23", id="country-context"),
        pytest.param("Kerala", (), "IN", "13", id="indian-state"),
        pytest.param("Bavaria", (), "DE", "02", id="curated-with-its-code"),
    ],
)
def test_first_level_divisions_are_located_regions(gaz, name, context, country, admin1):
    info = gaz.lookup(name, context_countries=context)
    assert (info.kind, info.country, info.admin1) == ("region", country, admin1)
    assert info.lat is not None and gaz.is_region(info)


def test_division_gives_way_to_its_city(gaz):
    # "Kiev" is the capital, not the oblast around it
    assert gaz.lookup("Kiev").kind == "city"


def test_division_scores_as_a_town_of_a_tenth_of_its_people(gaz):
    # Lesotho's Berea district (85,000 people) is not read before the US towns of that name
    readings = gaz.readings("Berea", context_countries={"US"})
    assert (readings[0][1].kind, readings[0][1].country) == ("city", "US")
    district = next(p for _, p in readings if p.country == "LS")
    assert district.prior < readings[0][1].prior


@pytest.mark.parametrize(
    ("name", "admin1"),
    [
        pytest.param("DeKalb County", "GA", id="most-populous"),
        pytest.param("Madison County", "AL", id="most-populous-madison"),
    ],
)
def test_county_default_is_the_most_populous(gaz, name, admin1):
    assert gaz.lookup(name).admin1 == admin1


@pytest.mark.parametrize(
    "name", ["Bronx County", "Norfolk city", "Baltimore city", "St. Louis city", "Ponce Municipio"]
)
def test_county_written_apart_in_the_place_list_is_located(gaz, name):
    # "Bronx" and "City of Norfolk" in the GeoNames list; a municipio is its admin1 there
    info = gaz.lookup(name)
    assert info is not None and info.lat is not None
