"""Shared fixtures: the pipeline (loaded once), the seed record, and the record check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_70837f9931cd7966.txt"
SEED_DATE = "2023-09-30"
EVAL_DIR = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def record_schema() -> dict:
    from claimx.records import json_schema

    return json_schema()


@pytest.fixture(scope="session")
def check_record(record_schema):
    """Validate a record (dict) against the schema, and every span's offsets against the text."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(record_schema)

    def check(record: dict, text: str | None = None) -> dict:
        validator.validate(record)
        if text is None or "error" in record:
            return record
        ids = set()
        for key in ("actors", "places", "quantities", "dates", "claims"):
            for item in record[key]:
                assert item["id"] not in ids, f"duplicate id {item['id']}"
                ids.add(item["id"])
                spans = item.get("mentions") or ([item] if "start" in item else [])
                for span in spans:
                    assert text[span["start"] : span["end"]] == span["text"], span
        for actor in record["actors"]:
            assert actor["affiliation"] is None or actor["affiliation"] in ids
        return record

    return check


@pytest.fixture(scope="session")
def extract(check_record):
    """claimx.extract returning the record as a checked dict."""
    import claimx
    from claimx.records import to_builtins

    def run(text: str, **kwargs) -> dict:
        record = to_builtins(claimx.extract(text, **kwargs))
        # the JSON form and the dict agree
        return check_record(json.loads(json.dumps(record)), text)

    return run


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record(extract, seed_text) -> dict:
    return extract(seed_text, date=SEED_DATE, source=str(SEED))


@pytest.fixture(scope="session")
def seed_record_undated(extract, seed_text) -> dict:
    return extract(seed_text, source=str(SEED))
