"""Items with character spans, looked up by where they lie. Imports nothing of claimx.

A component asks "which claims hold this cue?" or "which mentions lie inside this
content?" once per token or item. A scan of every item for each question makes a long
document cost the square of its length; ``Intervals`` answers by a binary search over
the items' starts, bounded by the longest span.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


def start_end(item) -> tuple[int, int]:
    """The span of an item with ``start`` and ``end`` attributes."""
    return item.start, item.end


class Intervals(Generic[T]):
    """Items with half-open character spans ``[start, end)``; every answer lists the items
    in the order they were given."""

    def __init__(
        self, items: Iterable[T], span: Callable[[T], tuple[int, int]] = start_end
    ) -> None:
        rows = sorted(
            ((*span(item), pos, item) for pos, item in enumerate(items)),
            key=lambda row: (row[0], row[2]),
        )
        self._rows = rows
        self._starts = [row[0] for row in rows]
        self._longest = max((e - s for s, e, _, _ in rows), default=0)

    def _near(self, a: int, b: int) -> list[tuple[int, int, int, T]]:
        """Rows that may overlap [a, b]: starting at most the longest span before a."""
        lo = bisect.bisect_left(self._starts, a - self._longest)
        hi = bisect.bisect_right(self._starts, b)
        return self._rows[lo:hi]

    @staticmethod
    def _items(rows: list[tuple[int, int, int, T]]) -> list[T]:
        return [row[3] for row in sorted(rows, key=lambda row: row[2])]

    def overlapping(self, a: int, b: int) -> list[T]:
        """Items sharing a character with [a, b)."""
        return self._items([r for r in self._near(a, b) if r[0] < b and a < r[1]])

    def within(self, a: int, b: int) -> list[T]:
        """Items lying wholly inside [a, b)."""
        return self._items([r for r in self._near(a, b) if a <= r[0] and r[1] <= b])

    def holding(self, a: int, b: int) -> list[T]:
        """Items whose span holds all of [a, b) (a character: ``holding(i, i + 1)``)."""
        return self._items([r for r in self._near(a, b) if r[0] <= a and b <= r[1]])
