"""Reading number expressions: digits, words, fractions, vague amounts."""

from __future__ import annotations

import pytest

from claimx.numbers import is_number_word, parse_number, to_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("two", (2, 2, 2), id="word"),
        pytest.param("Twelve", (12, 12, 12), id="capitalized-word"),
        pytest.param("twenty-five", (25, 25, 25), id="hyphenated-tens"),
        pytest.param("one hundred twenty", (120, 120, 120), id="hundreds"),
        pytest.param("2 lakh crore", (2 * 10**12,) * 3, id="scale-of-a-scale"),
        pytest.param("1.5 thousand crore", (15 * 10**9,) * 3, id="decimal-scale-of-a-scale"),
        pytest.param("a thousand billion", (10**12,) * 3, id="thousand-billion"),
        pytest.param("one million two hundred thousand", (1200000,) * 3, id="groups-add"),
        pytest.param("two hundred and fifty", (250, 250, 250), id="hundreds-and"),
        pytest.param("100,417", (100417, 100417, 100417), id="thousands-separator"),
        pytest.param("0.68", (0.68, 0.68, 0.68), id="decimal"),
        pytest.param("2.5 million", (2500000, 2500000, 2500000), id="digits-scale-word"),
        pytest.param("15bn", (15_000_000_000, 15_000_000_000, 15_000_000_000), id="bn"),
        pytest.param("3.4m", (3400000, 3400000, 3400000), id="m-glued"),
        pytest.param("a million", (1000000, 1000000, 1000000), id="a-million"),
        pytest.param("half a million", (500000, 500000, 500000), id="half-a-million"),
        pytest.param("two and a half", (2.5, 2.5, 2.5), id="and-a-half"),
        pytest.param("three-quarters", (0.75, 0.75, 0.75), id="three-quarters"),
        pytest.param("a dozen", (12, 12, 12), id="a-dozen"),
        pytest.param("a few hundred", (None, 200, 500), id="a-few-hundred"),
        pytest.param("several thousand", (None, 3000, 9000), id="several-thousand"),
        pytest.param("dozens", (None, 12, 120), id="dozens"),
        pytest.param("hundreds of thousands", (None, 100000, 1000000), id="hundreds-of-thousands"),
        pytest.param("tens of millions", (None, 10**7, 10**8), id="tens-of-millions"),
    ],
)
def test_parse_number_reads(text: str, expected: tuple) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("a", id="article-alone"),
        pytest.param("5 3", id="two-numerals"),
        pytest.param("twenty thirty", id="two-tens"),
        pytest.param("people", id="not-a-number"),
        pytest.param("10-20", id="range-is-not-one-number"),
    ],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("x", "expected"),
    [
        pytest.param(2500000.0, 2500000, id="integral-float-to-int"),
        pytest.param(0.5, 0.5, id="fraction-stays-float"),
    ],
)
def test_to_number_json_friendly(x: float, expected: int | float) -> None:
    out = to_number(x)
    assert out == expected and type(out) is type(expected)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("seven", True, id="unit"),
        pytest.param("million", True, id="scale"),
        pytest.param("thousands", True, id="plural-scale"),
        pytest.param("forty-two", True, id="compound"),
        pytest.param("first", False, id="ordinal"),
        pytest.param("m", False, id="short-abbreviation"),
    ],
)
def test_is_number_word(word: str, expected: bool) -> None:
    assert is_number_word(word) is expected
