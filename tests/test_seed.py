"""The seed article's acceptance points (fixtures/seed_expectations.md says where they come from)."""

from __future__ import annotations

import pytest

TITLE = "Nagorno-Karabakh almost empty as most of population flees to Armenia"


def by_name(items: list[dict], name: str) -> dict:
    found = [i for i in items if i["name"] == name]
    assert len(found) == 1, f"{name!r}: {len(found)} entries in {[i['name'] for i in items]}"
    return found[0]


def place_id(record: dict, name: str) -> str:
    return by_name(record["places"], name)["id"]


def test_seed_title(seed_record):
    assert seed_record["title"] == TITLE
    assert seed_record["reference_date"] == {"value": "2023-09-30", "origin": "cli"}


@pytest.mark.parametrize(
    ("name", "title", "affiliation"),
    [
        pytest.param("Nikol Pashinyan", "Prime Minister", "Armenia", id="pashinyan"),
        pytest.param("Giorgia Meloni", None, "Italy", id="meloni"),
        pytest.param("Artak Beglaryan", "separatist official", None, id="beglaryan"),
    ],
)
def test_seed_people(seed_record, name, title, affiliation):
    actor = by_name(seed_record["actors"], name)
    assert actor["kind"] == "person"
    if title:
        assert any(title in t for t in actor["titles"]), actor["titles"]
    if affiliation:
        assert actor["affiliation"] == place_id(seed_record, affiliation)


def test_seed_european_union_is_one_organization(seed_record):
    eu = [a for a in seed_record["actors"] if any(m["text"] == "EU" for m in a["mentions"])]
    assert len(eu) == 1
    assert eu[0]["kind"] == "organization"
    texts = {m["text"] for m in eu[0]["mentions"]}
    assert {"the European Union", "EU"} <= texts


def test_seed_united_nations(seed_record):
    un = [a for a in seed_record["actors"] if "United Nations" in a["name"]]
    assert len(un) == 1 and un[0]["kind"] == "organization"


@pytest.mark.parametrize(
    "name", ["Armenia", "Yerevan", "Azerbaijan", "Azerbaijani", "Spectre", "Nagorno-Karabakh"]
)
def test_seed_no_false_person(seed_record, name):
    assert not [a for a in seed_record["actors"] if a["kind"] == "person" and a["name"] == name]


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Armenia", "country", "AM"),
        ("Azerbaijan", "country", "AZ"),
        ("Italy", "country", "IT"),
        ("France", "country", "FR"),
        ("Baku", "city", "AZ"),
        ("Yerevan", "city", "AM"),
        ("Nagorno-Karabakh", "region", "AZ"),
    ],
)
def test_seed_places(seed_record, name, kind, country):
    place = by_name(seed_record["places"], name)
    assert (place["kind"], place["country"]) == (kind, country)
    if kind in ("country", "city"):
        assert isinstance(place["geonames_id"], int)
    if kind == "country":
        assert place["lat"] is not None and place["lon"] is not None


def test_seed_places_once_with_all_mentions(seed_record, seed_text):
    names = [p["name"] for p in seed_record["places"]]
    assert len(names) == len(set(names))
    armenia = by_name(seed_record["places"], "Armenia")
    # every standalone "Armenia" in the text (not "Armenian") is a mention
    import re

    expected = {m.start() for m in re.finditer(r"\bArmenia\b(?!n)", seed_text)}
    assert {m["start"] for m in armenia["mentions"]} == expected


def test_seed_hakari_bridge_is_a_facility(seed_record):
    bridge = [p for p in seed_record["places"] if "Hakari Bridge" in p["name"]]
    assert len(bridge) == 1 and bridge[0]["kind"] == "facility"


def _quantity(record, fragment):
    found = [q for q in record["quantities"] if fragment in q["text"]]
    assert found, f"no quantity with {fragment!r}: {[q['text'] for q in record['quantities']]}"
    return found[0]


@pytest.mark.parametrize(
    ("fragment", "value", "bound", "counted"),
    [
        pytest.param("100,417", 100417, "exact", "people", id="100417-people"),
        pytest.param("More than 100,000", 100000, "more_than", "Armenians", id="more-than-100000"),
        pytest.param("120,000", 120000, "approximately", None, id="around-120000"),
        pytest.param(
            "More than 20,000", 20000, "more_than", "vehicles", id="more-than-20000-vehicles"
        ),
        pytest.param("two wars", 2, "exact", "wars", id="two-wars"),
    ],
)
def test_seed_quantities(seed_record, fragment, value, bound, counted):
    q = _quantity(seed_record, fragment)
    assert (q["value"], q["bound"]) == (value, bound)
    if counted:
        assert counted in (q["counted"] or "")
    if fragment == "100,417":
        assert q["kind"] == "count"


def test_seed_vague_quantity(seed_record):
    q = _quantity(seed_record, "a few hundred")
    assert q["value"] is None and q["low"] is not None and q["high"] is not None
    assert q["low"] < q["high"]


@pytest.mark.parametrize("fragment", ["1915", "30 years", "three decades"])
def test_seed_not_quantities(seed_record, fragment):
    assert not [q for q in seed_record["quantities"] if fragment in q["text"]]


def _dates(record, text):
    return [d for d in record["dates"] if d["text"] == text or d["text"].endswith(text)]


@pytest.mark.parametrize(
    ("text", "count", "type_", "value"),
    [
        ("Saturday", 2, "date", "2023-09-30"),
        ("last week", 2, "date", "2023-W38"),
        ("this weekend", 1, "date", "2023-W39-WE"),
        ("1915", 1, "date", "1915"),
        ("30 years", 1, "duration", "P30Y"),
        ("three decades ago", 1, "date", "199"),
    ],
)
def test_seed_dates(seed_record, text, count, type_, value):
    found = _dates(seed_record, text)
    assert len(found) == count, found
    assert {(d["type"], d["value"]) for d in found} == {(type_, value)}


def test_seed_undated_leaves_relative_dates_unresolved(seed_record_undated):
    record = seed_record_undated
    assert record["reference_date"] is None
    for text in ("Saturday", "last week", "this weekend", "three decades ago"):
        for d in _dates(record, text):
            assert d["value"] is None and d["relative"] is True, d
    assert {d["value"] for d in _dates(record, "1915")} == {"1915"}
    assert {d["value"] for d in _dates(record, "30 years")} == {"P30Y"}
    assert "no_reference_date" in [w["code"] for w in record["warnings"]]
