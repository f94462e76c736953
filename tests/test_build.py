"""The record builder: warnings for what could not be resolved."""

from __future__ import annotations

import pytest


def _warnings(record: dict) -> dict[str, str]:
    return {w["code"]: w["message"] for w in record["warnings"]}


def test_unresolved_places_and_dates_are_named(extract):
    text = "The fair opened at the Grand View Memorial Park on Election Day. It ran through the holiday season."
    record = extract(text, date="2016-11-01")
    warnings = _warnings(record)
    place = next(p for p in record["places"] if p["lat"] is None)
    assert f"{place['id']} 'Grand View Memorial Park'" in warnings["unresolved_places"]
    for d in record["dates"]:
        assert (d["value"] is None) == (f"{d['id']} {d['text']!r}" in warnings["unresolved_dates"])


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Officials in Paris said 300 people left on Monday.", id="resolved"),
        pytest.param("Nothing was found.", id="nothing-to-resolve"),
    ],
)
def test_no_warning_when_everything_resolves(extract, text):
    assert extract(text, date="2024-03-04")["warnings"] == []


def test_relative_dates_without_anchor_warn_once(extract):
    warnings = _warnings(extract("The mayor spoke on Saturday."))
    assert list(warnings) == ["no_reference_date"]
