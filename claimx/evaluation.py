"""``claimx eval``: run claimx over gold JSONL and score it with claimx.scoring."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
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
        ("content_overlap_p", ("content_overlap", "p")),
        ("content_chars_f1", ("content_chars", "f1")),
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
#: Every set ``make eval`` scores: its name (the file without .jsonl) and task.
EVAL_SETS: dict[str, str] = {
    "dates-tempeval3-train": "dates",
    "quantities-newsquant-dev": "quantities",
    "entities-conll2003-testa": "entities",
    "entities-conll2003-train": "entities",
    "places-lgl": "places",
    "claims-polnear-dev": "claims",
    "claims-polnear-train": "claims",
}
#: Each development set splits into a half to read errors on and a half to check on.
HALVES = ("tuning", "checking")


def half_of(doc_id: object) -> str:
    """The half a gold document belongs to: fixed by a hash of its id, whatever the file order."""
    digest = hashlib.sha256(str(doc_id).encode("utf-8")).digest()
    return HALVES[digest[0] % 2]


def in_half(gold: Iterable[dict[str, Any]], half: str | None) -> list[dict[str, Any]]:
    """The gold documents of one half (all of them for ``None``)."""
    if half is not None and half not in HALVES:
        raise UsageError(f"unknown half {half!r}: choose {' or '.join(HALVES)}")
    return [g for g in gold if half is None or half_of(g["id"]) == half]


def load_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """All JSON objects of a JSON Lines file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(
    gold_path: str | Path, *, model: str | None = None, half: str | None = None
) -> Iterator[dict[str, Any]]:
    """claimx records for the articles of a gold file (ids and date fields as in the file)."""
    from claimx.api import extract_many
    from claimx.io import read_inputs

    articles = read_inputs([str(gold_path)], fmt="jsonl")
    if half is not None:
        articles = (a for a in articles if getattr(a, "id", None) is None or half_of(a.id) == half)
    for record in extract_many(articles, model=model):
        yield to_builtins(record)


def evaluate(
    task: str,
    gold_path: str | Path,
    *,
    predictions: str | Path | None = None,
    model: str | None = None,
    half: str | None = None,
) -> Score:
    """Score claimx (or the given predictions file) on a gold file, or on one half of it."""
    if task not in SCORERS:
        raise UsageError(f"unknown task {task!r}: choose one of {', '.join(TASKS)}")
    gold = in_half(load_jsonl(gold_path), half)
    if predictions:
        pred = load_jsonl(predictions)
    else:
        pred = list(predict(gold_path, model=model, half=half))
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
