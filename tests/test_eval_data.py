"""Runs over the public development data in ../shared/eval/ (skipped when it is absent).

claimx's own figures must equal the reference scorer's on the same predictions,
and the TempEval-3 file must run through the CLI without an error record.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.evaluation import DEV_SETS as SETS
from claimx.evaluation import load_jsonl
from claimx.scoring import SCORERS
from tests.conftest import EVAL_DIR

SCORER = EVAL_DIR / "score.py"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/ is not here")


@pytest.fixture(scope="session")
def predictions(tmp_path_factory):
    """claimx's records for a task's gold file, made once per session through the CLI."""
    cache: dict[str, object] = {}
    folder = tmp_path_factory.mktemp("pred")

    def get(task: str):
        if task not in cache:
            out = folder / f"{task}.jsonl"
            result = CliRunner().invoke(
                app, ["extract", str(EVAL_DIR / SETS[task]), "-o", str(out)]
            )
            cache[task] = (out, result)
        return cache[task]

    return get


def test_tempeval_runs_without_errors(predictions, check_record):
    gold_path = EVAL_DIR / SETS["dates"]
    out, result = predictions("dates")
    assert result.exit_code == 0, result.stderr
    records = load_jsonl(out)
    gold = load_jsonl(gold_path)
    assert [r["id"] for r in records] == [g["id"] for g in gold]
    for record, article in zip(records, gold, strict=True):
        check_record(record, article["text"])
        assert record["reference_date"]["origin"] == "input"


@pytest.mark.parametrize("task", sorted(SETS))
def test_claimx_scores_equal_the_reference_scorer(predictions, task):
    gold_path = EVAL_DIR / SETS[task]
    out, _ = predictions(task)
    reference = subprocess.run(
        [sys.executable, str(SCORER), task, str(gold_path), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    ours = SCORERS[task](load_jsonl(gold_path), load_jsonl(out)).figures
    assert json.loads(json.dumps(ours)) == json.loads(reference.stdout)
    assert json.loads(reference.stdout).get("missing_records", 0) == 0


def test_eval_command_json_equals_reference(predictions):
    gold_path = EVAL_DIR / SETS["quantities"]
    out, _ = predictions("quantities")
    result = CliRunner().invoke(
        app, ["eval", "quantities", str(gold_path), "--predictions", str(out), "--json"]
    )
    reference = subprocess.run(
        [sys.executable, str(SCORER), "quantities", str(gold_path), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout) == json.loads(reference.stdout)


def test_eval_errors_lists_cases_on_stderr(predictions):
    gold_path = EVAL_DIR / SETS["quantities"]
    out, _ = predictions("quantities")
    result = CliRunner().invoke(
        app, ["eval", "quantities", str(gold_path), "--predictions", str(out), "--errors"]
    )
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "miss" in result.stderr or "false_positive" in result.stderr
