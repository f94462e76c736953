"""The seed article's whole record against the reviewed golden file.

fixtures/README.md says where the golden file comes from and how to renew it
(`make golden`, then review the diff before committing).
"""

from __future__ import annotations

import json

from tests.conftest import ROOT, SEED, SEED_DATE

GOLDEN = ROOT / "fixtures" / "seed_2023-09-30.json"


def test_seed_record_matches_golden(extract, seed_text):
    record = extract(seed_text, date=SEED_DATE, source=str(SEED.relative_to(ROOT)))
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for key in golden:
        assert record[key] == golden[key], f"{key} differs from {GOLDEN.name}"
    assert record == golden
