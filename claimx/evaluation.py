"""``claimx eval``: run claimx over gold JSONL and score it with claimx.scoring."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimx.errors import UsageError
from claimx.records import to_builtins
from claimx.scoring import SCORERS, Score

#: The figures each task is judged by: (name, path into the figures).
HEADLINE: dict[str, list[tuple[str, tuple[str, ...]]]] = {
    "dates": [
        ("relaxed_span_f1", ("relaxed", "f1")),
        ("strict_span_f1", ("strict", "f1")),
        ("type_f1", ("type", "f1")),
        ("value_f1", ("value", "f1")),
    ],
    "quantities": [
        ("value_f1", ("value", "f1")),
        ("value_unit_f1", ("value_unit", "f1")),
        ("value_bound_f1", ("value_bound", "f1")),
    ],
    "entities": [
        ("PER_f1", ("PER", "f1")),
        ("ORG_f1", ("ORG", "f1")),
        ("LOC_f1", ("LOC", "f1")),
        ("micro_f1", ("micro", "f1")),
    ],
    "places": [("mention_f1", ("mentions", "f1")), ("within_161km", ("within_161km",))],
    "claims": [
        ("content_overlap_f1", ("content_overlap", "f1")),
        ("speaker_accuracy", ("speaker_accuracy_on_matched",)),
        ("cue_accuracy", ("cue_accuracy_on_matched",)),
    ],
}
TASKS = tuple(SCORERS)
#: The public development set of each task, as named in the evaluation folder.
DEV_SETS = {
    "dates": "dates-tempeval3-train.jsonl",
    "quantities": "quantities-newsquant-dev.jsonl",
    "entities": "entities-conll2003-testa.jsonl",
    "places": "places-lgl.jsonl",
    "claims": "claims-polnear-dev.jsonl",
}


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """All JSON objects of a JSON Lines file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(gold_path: str | Path, *, model: str | None = None) -> Iterator[dict[str, Any]]:
    """claimx records for every article of a gold file (ids and date fields as in the file)."""
    from claimx.api import extract_many
    from claimx.io import read_inputs

    articles = read_inputs([str(gold_path)], fmt="jsonl")
    for record in extract_many(articles, model=model):
        yield to_builtins(record)


def evaluate(
    task: str,
    gold_path: str | Path,
    *,
    predictions: str | Path | None = None,
    model: str | None = None,
) -> Score:
    """Score claimx (or the given predictions file) on a gold file."""
    if task not in SCORERS:
        raise UsageError(f"unknown task {task!r}: choose one of {', '.join(TASKS)}")
    gold = load_jsonl(gold_path)
    pred = load_jsonl(predictions) if predictions else list(predict(gold_path, model=model))
    return SCORERS[task](gold, pred)


def headline(task: str, figures: dict[str, Any]) -> dict[str, float | None]:
    """The task's headline figures, flat: {"value_f1": 0.81, …}."""
    out: dict[str, float | None] = {}
    for name, path in HEADLINE[task]:
        value: Any = figures
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        out[name] = value
    return out
