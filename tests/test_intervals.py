"""Intervals answer as a scan of every span would, in the order the items were given."""

import random

import pytest

from claimx.intervals import Intervals


def _spans(seed: int) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    spans = []
    for _ in range(200):
        start = rng.randrange(0, 1000)
        spans.append((start, start + rng.choice([0, 1, 3, 10, 40, 300])))
    return spans


@pytest.mark.parametrize("seed", range(5))
def test_answers_as_a_scan_does(seed):
    spans = _spans(seed)
    index = Intervals(spans, span=lambda s: s)
    rng = random.Random(seed + 100)
    for _ in range(300):
        a = rng.randrange(-20, 1100)
        b = a + rng.choice([0, 1, 5, 50, 400])
        assert index.overlapping(a, b) == [(s, e) for s, e in spans if s < b and a < e]
        assert index.within(a, b) == [(s, e) for s, e in spans if a <= s and e <= b]
        assert index.holding(a, b) == [(s, e) for s, e in spans if s <= a and b <= e]


@pytest.mark.parametrize(
    ("spans", "query", "holding"),
    [
        ([], (3, 4), []),
        ([(0, 10), (2, 5), (2, 5)], (3, 4), [(0, 10), (2, 5), (2, 5)]),
        ([(5, 9), (0, 3)], (1, 2), [(0, 3)]),
        ([(0, 100), (50, 51)], (99, 100), [(0, 100)]),
    ],
)  # fmt: skip
def test_holding_keeps_the_given_order_and_repeats(spans, query, holding):
    assert Intervals(spans, span=lambda s: s).holding(*query) == holding
