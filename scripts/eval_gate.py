"""`make eval`: score claimx on every development set and hold the floors.

Runs each task over its gold file in the evaluation folder (default
../shared/eval), writes the headline figures to fixtures/eval_figures.json and
compares them with fixtures/eval_floors.json. Exits 1 when a figure falls
below its floor, 2 when the data is missing. Raising a floor is a one-line
change in eval_floors.json; lowering one needs a reason in the commit.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from claimx.evaluation import DEV_SETS as SETS
from claimx.evaluation import evaluate, headline

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "fixtures" / "eval_floors.json"
FIGURES = ROOT / "fixtures" / "eval_figures.json"


def main() -> int:
    """Score every set, write the figures, compare with the floors."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--only", choices=sorted(SETS), action="append")
    args = parser.parse_args()
    console = Console(stderr=True)
    if not args.eval_dir.is_dir():
        console.print(f"[red]no evaluation data in {args.eval_dir}[/red]")
        return 2
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    figures = json.loads(FIGURES.read_text(encoding="utf-8")) if FIGURES.exists() else {}
    table = Table(title="claimx on the development sets")
    for col in ("set", "figure", "value", "floor", ""):
        table.add_column(col)
    failed = []
    for task, name in SETS.items():
        if args.only and task not in args.only:
            continue
        start = time.perf_counter()
        score = evaluate(task, args.eval_dir / name)
        elapsed = time.perf_counter() - start
        got = headline(task, score.figures)
        figures[name.removesuffix(".jsonl")] = got
        for figure, value in got.items():
            floor = floors.get(name.removesuffix(".jsonl"), {}).get(figure)
            ok = floor is None or (value is not None and value >= floor)
            if not ok:
                failed.append(f"{name} {figure} {value} < {floor}")
            table.add_row(
                name,
                figure,
                f"{value}",
                "-" if floor is None else f"{floor}",
                "ok" if ok else "[red]BELOW FLOOR[/red]",
            )
        console.print(f"{name}: {elapsed:.1f} s")
    FIGURES.write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    console.print(table)
    for line in failed:
        console.print(f"[red]below floor:[/red] {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
