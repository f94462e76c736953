"""How many of quantulum3's own test quantities claimx gives the expected unit.

quantulum3 ships its English test sentences (physics, recipes, computing: a genre
of their own, written by others) with the unit each quantity should get. This
script runs claimx on every sentence and counts the quantities whose expected unit
claimx names in `unit` or `counted` (compared as the reference scorer compares
units), or, for time units, reads as a duration in `dates`. Dimensionless
quantities are left out. `--misses` lists the others.

    .venv/bin/python scripts/unit_check.py [--misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from importlib.util import find_spec
from pathlib import Path

import claimx
from claimx.records import to_builtins
from claimx.scoring import norm_unit

SKIP_UNITS = {"dimensionless"}


def test_cases() -> list[dict]:
    """quantulum3's English test cases: each a sentence ("req") and its quantities ("res")."""
    spec = find_spec("quantulum3")
    if spec is None or spec.origin is None:
        raise SystemExit("quantulum3 is not installed")
    base = Path(spec.origin).parent / "_lang" / "en_US" / "tests"
    cases: list[dict] = []
    for name in ("quantities.json", "quantities.ambiguity.json"):
        cases += json.loads((base / name).read_text(encoding="utf-8"))
    return cases


def found(record: dict, text: str, surface: str, unit: str) -> bool:
    """Whether claimx reads the expected unit on the quantity written ``surface``."""
    start = text.find(surface)
    end = start + len(surface)
    hits = [q for q in record["quantities"] if q["start"] < end and start < q["end"]]
    units = {norm_unit(q.get("unit")) for q in hits} | {norm_unit(q.get("counted")) for q in hits}
    durations = [
        d
        for d in record["dates"]
        if d["start"] < end and start < d["end"] and d["type"] == "duration"
    ]
    return norm_unit(unit) in units or bool(durations)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the quantities missed")
    args = parser.parse_args()
    ok = total = 0
    for case in test_cases():
        text = case["req"]
        record = to_builtins(claimx.extract(text))
        for res in case["res"]:
            if res["unit"] in SKIP_UNITS:
                continue
            total += 1
            if found(record, text, res["surface"], res["unit"]):
                ok += 1
            elif args.misses:
                print(f"miss {res['surface']!r}: want {res['unit']!r} | {text[:80]}")
    print(f"expected unit found for {ok} of {total} quantities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
