"""Property: claimx.extract on arbitrary text never crashes and keeps its contract."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimx
from claimx.errors import InputError
from claimx.records import to_builtins

#: The only errors extract raises on text, by code.
DOCUMENTED = {"empty", "too_large", "bad_encoding"}

WORDS = st.sampled_from(
    "the The mayor said that on Monday last week 300 5% $2.5bn 1,200 three dozen "
    "people in Paris Germany's minister Nikol Pashinyan \"We will\" ( ) , . - – : ; ' "
    "\n \n\n 2023-09-30 1915 about more than between and 10-20 km £3.4m".split(" ")
)
#: Word salad close to news text, or any text at all.
TEXT = st.one_of(
    st.lists(WORDS, max_size=60).map(" ".join),
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=200),
    # runs longer than the tokenizer guard's cut (256 characters)
    st.text(alphabet="!(.)-1a", min_size=257, max_size=900),
)


@pytest.fixture(scope="module")
def warm() -> None:
    claimx.extract("The pipeline is loaded once before the examples.")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXT, dated=st.booleans())
def test_extract_keeps_its_contract_on_any_text(warm, check_record, text, dated):
    try:
        record = claimx.extract(text, date="2024-02-29" if dated else None)
    except InputError as err:
        assert err.code in DOCUMENTED, err
        return
    data = json.loads(json.dumps(to_builtins(record)))
    check_record(data, text)  # schema, offsets text[start:end] == mention, unique ids


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("", "empty", id="empty"),
        pytest.param(" \n\t ", "empty", id="whitespace"),
        pytest.param("a\ud800b", "bad_encoding", id="lone-surrogate"),
    ],
)
def test_extract_raises_input_error_with_its_code(text, code):
    with pytest.raises(InputError) as info:
        claimx.extract(text)
    assert info.value.code == code


def test_extract_too_large():
    with pytest.raises(InputError) as info:
        claimx.extract("word " * 30, max_chars=100)
    assert info.value.code == "too_large"
