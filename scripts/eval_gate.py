"""`make eval`: score claimx on every development set, both halves, and hold the floors.

Each set in the evaluation folder (default ../shared/eval) is run once through
claimx and scored on its tuning half (read errors there: `claimx eval ...
--half tuning --errors`) and on its checking half (never read: it tells whether
a rule holds beyond the sentences it was written from). The figures go to
fixtures/eval_figures.json and are compared with fixtures/eval_floors.json,
which holds a floor per set, half and figure. Exits 1 when a figure falls below
its floor, 2 when the data is missing. Raising a floor is a one-line change;
lowering one needs a reason in the commit.

`--only` takes set names or tasks (`--only quantities`); `--predictions DIR`
keeps each set's records in DIR/<set>.jsonl and reuses them when they are
there (delete a file to run that set again).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from claimx.evaluation import EVAL_SETS, HALVES, headline, in_half, load_jsonl, predict
from claimx.scoring import SCORERS

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "fixtures" / "eval_floors.json"
FIGURES = ROOT / "fixtures" / "eval_figures.json"


def _predictions(gold_path: Path, keep: Path | None) -> list[dict]:
    """claimx's records for a gold file, from DIR when kept there before."""
    if keep is None:
        return list(predict(gold_path))
    path = keep / gold_path.name
    if not path.exists():
        keep.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".part")
        with tmp.open("w", encoding="utf-8") as f:
            for record in predict(gold_path):
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        tmp.replace(path)
    return load_jsonl(path)


def _wanted(name: str, only: list[str] | None) -> bool:
    return not only or name in only or EVAL_SETS[name] in only


def main() -> int:
    """Score every set on both halves, write the figures, compare with the floors."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--only", action="append", help="a set name or a task (repeatable)")
    parser.add_argument("--predictions", type=Path, help="keep and reuse records in this folder")
    args = parser.parse_args()
    console = Console(stderr=True, width=120)
    if not args.eval_dir.is_dir():
        console.print(f"[red]no evaluation data in {args.eval_dir}[/red]")
        return 2
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    figures = json.loads(FIGURES.read_text(encoding="utf-8")) if FIGURES.exists() else {}
    table = Table(title="claimx on the development sets (tuning | checking half)")
    for col in ("set", "figure", *HALVES, "floors", ""):
        table.add_column(col)
    failed = []
    for name, task in EVAL_SETS.items():
        gold_path = args.eval_dir / f"{name}.jsonl"
        if not _wanted(name, args.only) or not gold_path.exists():
            continue
        start = time.perf_counter()
        gold, pred = load_jsonl(gold_path), _predictions(gold_path, args.predictions)
        got = {h: headline(task, SCORERS[task](in_half(gold, h), pred).figures) for h in HALVES}
        console.print(f"{name}: {time.perf_counter() - start:.1f} s")
        figures[name] = got
        for figure in got[HALVES[0]]:
            values = [got[half][figure] for half in HALVES]
            lows = [floors.get(name, {}).get(half, {}).get(figure) for half in HALVES]
            below = [
                f"{name} {half} {figure} {value} < {floor}"
                for half, value, floor in zip(HALVES, values, lows, strict=True)
                if floor is not None and (value is None or value < floor)
            ]
            failed += below
            table.add_row(
                name,
                figure,
                *(f"{v}" for v in values),
                " | ".join("-" if f is None else f"{f}" for f in lows),
                "[red]BELOW FLOOR[/red]" if below else "ok",
            )
    FIGURES.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    console.print(table)
    for line in failed:
        console.print(f"[red]below floor:[/red] {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
