"""The tuning/checking split of the development sets and the scorer's loose comparisons."""

from __future__ import annotations

import pytest

from claimx.errors import UsageError
from claimx.evaluation import HALVES, half_of, in_half
from claimx.scoring import duration_quantities, norm_unit, score_quantities


def test_half_of_is_fixed_by_the_id():
    assert half_of("ABC19980108.1830.0711") == half_of("ABC19980108.1830.0711")
    assert half_of(17) == half_of("17")


def test_halves_split_a_set_in_two_near_equal_parts():
    gold = [{"id": f"doc{i}"} for i in range(1000)]
    tuning, checking = (in_half(gold, h) for h in HALVES)
    assert len(tuning) + len(checking) == 1000
    assert {g["id"] for g in tuning}.isdisjoint(g["id"] for g in checking)
    assert 400 < len(tuning) < 600


def test_half_does_not_depend_on_file_order():
    gold = [{"id": f"doc{i}"} for i in range(50)]
    assert in_half(gold[::-1], "tuning") == in_half(gold, "tuning")[::-1]


def test_unknown_half_is_a_usage_error():
    with pytest.raises(UsageError):
        in_half([], "dev")


@pytest.mark.parametrize(
    ("ours", "gold"),
    [
        ("CNY", "chinese yuan"),
        ("companies", "company"),
        ("Boxes", "box"),
        ("%", "percent"),
        ("pence", "penny"),
        ("tonnes", "metric ton"),
    ],
)
def test_units_compare_loosely(ours, gold):
    assert norm_unit(ours) == norm_unit(gold)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("P15Y", (15.0, "year")),
        ("PT2H", (2.0, "hour")),
        ("PT30M", (30.0, "minute")),
        ("P3M", (3.0, "month")),
        ("P2W", (2.0, "week")),
    ],
)
def test_one_unit_durations_count_as_quantities(value, expected):
    (q,) = duration_quantities({"dates": [{"type": "duration", "value": value}]})
    assert (q["value"], q["unit"]) == expected


@pytest.mark.parametrize("value", ["PXY", "P1Y6M", "2023-09-30"])
def test_other_dates_are_no_quantities(value):
    assert duration_quantities({"dates": [{"type": "duration", "value": value}]}) == []


def test_range_matches_a_gold_range_marked_exact():
    gold = [{"id": "s", "text": "", "quantities": [{"value": "5-10", "unit": "-", "change": "="}]}]
    pred = [{"id": "s", "quantities": [{"value": None, "low": 5, "high": 10, "bound": "range"}]}]
    assert score_quantities(gold, pred).figures["value_bound"]["f1"] == 1.0


def test_age_matches_year_of_age():
    gold = [
        {
            "id": "s",
            "text": "",
            "quantities": [{"value": "65", "unit": "year of age", "change": "="}],
        }
    ]
    pred = [
        {"id": "s", "quantities": [{"value": 65, "unit": "year", "kind": "age", "bound": "exact"}]}
    ]
    assert score_quantities(gold, pred).figures["value_unit"]["f1"] == 1.0
