"""Runs over the public development data in ../shared/eval/ (skipped when it is absent)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from tests.conftest import EVAL_DIR

TEMPEVAL = EVAL_DIR / "dates-tempeval3-train.jsonl"
SCORER = EVAL_DIR / "score.py"

pytestmark = pytest.mark.skipif(not TEMPEVAL.exists(), reason="../shared/eval/ is not here")


def test_tempeval_runs_without_errors_and_scores(tmp_path, check_record):
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(app, ["extract", str(TEMPEVAL), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    gold = [json.loads(line) for line in TEMPEVAL.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == [g["id"] for g in gold]
    for record, article in zip(records, gold, strict=True):
        check_record(record, article["text"])
        assert record["reference_date"]["origin"] == "input"
    scored = subprocess.run(
        [sys.executable, str(SCORER), "dates", str(TEMPEVAL), str(out)],
        capture_output=True, text=True, check=True,
    )
    figures = json.loads(scored.stdout)
    assert figures["missing_records"] == 0
    assert 0 < figures["value"]["f1"] <= 1
