"""`claimx tables`: the records as Parquet, CSV and DuckDB tables, read back with DuckDB
and Python's csv module."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from claimx.cli import app
from claimx.errors import InputError
from claimx.tables import DUCKDB_FILE, TABLES, write_tables

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
ITEMS = ("actors", "places", "quantities", "dates", "claims")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    """claimx's records of a mixed batch: text files, a JSONL file with a bad line, an
    empty file and a missing one (so error records are among them)."""
    root = tmp_path_factory.mktemp("mixed")
    (root / "a.txt").write_text(
        'The mayor of Leeds said on Monday that 120 families had left. "We will rebuild '
        'the bridge, whatever it costs," she said.\n\nPrices rose 4% last month.',
        encoding="utf-8",
    )
    (root / "b.txt").write_text(
        "Officials in Lyon said about 3,000 people marched on Saturday, 12 March 2022.",
        encoding="utf-8",
    )
    (root / "empty.txt").write_text("", encoding="utf-8")
    rows = [
        {"id": "j1", "text": "The company said it would cut 200 jobs in Porto by 2025."},
        {"id": "j2", "text": "Nobody said anything.", "date": "2024-05-10"},
    ]
    (root / "more.jsonl").write_text(
        json.dumps(rows[0]) + "\nnot json\n" + json.dumps(rows[1]) + "\n", encoding="utf-8"
    )
    out = root / "records.jsonl"
    files = [str(root / n) for n in ("a.txt", "b.txt", "empty.txt", "more.jsonl", "gone.txt")]
    result = runner.invoke(app, ["extract", *files, "-o", str(out), "--workers", "1", "-q"])
    assert result.exit_code == 1  # some error records
    return out


@pytest.fixture(scope="module")
def records_file(seed_record, mixed, tmp_path_factory) -> Path:
    """The seed's record followed by the mixed batch's."""
    path = tmp_path_factory.mktemp("records") / "records.jsonl"
    path.write_text(json.dumps(seed_record) + "\n" + mixed.read_text(encoding="utf-8"))
    return path


def read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def expected_keys(records: list[dict]) -> dict[str, Counter]:
    """What each table must hold, from the JSON: (article id, item id[, more]) per row."""
    good = [r for r in records if "error" not in r]
    keys: dict[str, Counter] = {"articles": Counter(r["id"] for r in good)}
    for kind in ITEMS:
        keys[kind] = Counter((r["id"], item["id"]) for r in good for item in r[kind])
    keys["mentions"] = Counter(
        (r["id"], item["id"], m["start"], m["end"])
        for r in good
        for item in r["actors"] + r["places"]
        for m in item["mentions"]
    )
    keys["claim_links"] = Counter(
        (r["id"], c["id"], kind[:-1] if kind != "quantities" else "quantity", x)
        for r in good
        for c in r["claims"]
        for kind in ("actors", "places", "quantities", "dates")
        for x in c[kind]
    )
    return keys


KEY_COLUMNS = {
    "articles": "article_id",
    "actors": "article_id, actor_id",
    "places": "article_id, place_id",
    "quantities": "article_id, quantity_id",
    "dates": "article_id, date_id",
    "claims": "article_id, claim_id",
    "mentions": "article_id, item_id, span_start, span_end",
    "claim_links": "article_id, claim_id, item_kind, item_id",
}


def source_of(fmt: str, out: Path, name: str) -> str:
    """The SQL source of one table written in ``fmt``."""
    if fmt == "duckdb":
        return f"db.main.{name}"
    return f"read_{fmt}('{out / f'{name}.{fmt}'}')"


@pytest.fixture(scope="module", params=["parquet", "csv", "duckdb"])
def written(request, records_file, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"tables-{request.param}")
    summary = write_tables([records_file], out, fmt=request.param)
    con = duckdb.connect()
    if request.param == "duckdb":
        con.execute("ATTACH ? AS db (READ_ONLY)", [str(out / DUCKDB_FILE)])
    return request.param, out, summary, con


def test_tables_hold_exactly_the_items_of_the_records(written, records_file):
    fmt, out, summary, con = written
    records = read_records(records_file)
    expected = expected_keys(records)
    assert summary.errors == sum("error" in r for r in records) >= 3
    assert summary.articles == len(records) - summary.errors
    for name, keys in expected.items():
        rows = con.execute(f"SELECT {KEY_COLUMNS[name]} FROM {source_of(fmt, out, name)}")
        got = Counter(row[0] if len(row) == 1 else tuple(row) for row in rows.fetchall())
        assert got == keys, name
        assert summary.rows[name] == sum(keys.values())
    assert sum(expected["claims"].values()) > 0 and sum(expected["claim_links"].values()) > 0


def test_tables_columns_are_the_documented_schema(written):
    fmt, out, _, con = written
    documented = readme_schema()
    assert list(documented) == list(TABLES)
    for name, columns in documented.items():
        described = con.execute(f"DESCRIBE SELECT * FROM {source_of(fmt, out, name)}").fetchall()
        got = [(row[0], row[1]) for row in described]
        if fmt == "csv":  # CSV has no types: only the names are checked
            assert [c for c, _ in got] == [c for c, _ in columns], name
        else:
            assert got == columns, name


def readme_schema() -> dict[str, list[tuple[str, str]]]:
    """The README's tables schema: ``| table | column | type | ... |`` rows."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("### The tables", 1)[1].split("\n## ", 1)[0]
    schema: dict[str, list[tuple[str, str]]] = {}
    table = None
    for line in section.splitlines():
        m = re.match(r"\|\s*(?:`(\w+)`)?\s*\|\s*`(\w+)`\s*\|\s*([A-Z]+)\s*\|", line)
        if m:
            table = m[1] or table
            schema.setdefault(table, []).append((m[2], m[3]))
    return schema


def test_typed_columns_keep_the_values(written, seed_record):
    fmt, out, _, con = written
    if fmt == "csv":
        pytest.skip("CSV has no types")
    dates = con.execute(
        f"SELECT date_id, interval_start, interval_end, relative FROM {source_of(fmt, out, 'dates')}"
        " WHERE article_id = ?",
        [seed_record["id"]],
    ).fetchall()
    by_id = {d["id"]: d for d in seed_record["dates"]}
    for date_id, start, end, relative in dates:
        interval = by_id[date_id]["interval"]
        assert (start, end) == (
            (dt.date.fromisoformat(interval["start"]), dt.date.fromisoformat(interval["end"]))
            if interval
            else (None, None)
        )
        assert relative is by_id[date_id]["relative"]
    (published,) = con.execute(
        f"SELECT published FROM {source_of(fmt, out, 'articles')} WHERE article_id = ?",
        [seed_record["id"]],
    ).fetchall()[0]
    assert published == dt.date.fromisoformat(seed_record["published"])
    values = dict(
        con.execute(
            f"SELECT quantity_id, value FROM {source_of(fmt, out, 'quantities')} "
            "WHERE article_id = ?",
            [seed_record["id"]],
        ).fetchall()
    )
    assert values == {q["id"]: q["value"] for q in seed_record["quantities"]}


def test_claims_joined_to_actors_give_the_seed_speakers(tmp_path, seed_record):
    records = tmp_path / "seed.jsonl"
    records.write_text(json.dumps(seed_record) + "\n")
    write_tables([records], tmp_path / "out", fmt="parquet")
    names = {a["id"]: a["name"] for a in seed_record["actors"]}
    expected = Counter(
        names[c["speaker"]["actor"]]
        for c in seed_record["claims"]
        if c["speaker"] and c["speaker"]["actor"]
    )
    assert expected  # the seed has attributed claims
    query = """
        SELECT a.name, count(*) FROM read_parquet(?) c
        JOIN read_parquet(?) a ON a.article_id = c.article_id AND a.actor_id = c.speaker_actor_id
        GROUP BY a.name"""
    files = [str(tmp_path / "out" / f"{t}.parquet") for t in ("claims", "actors")]
    assert dict(duckdb.connect().execute(query, files).fetchall()) == dict(expected)


def test_csv_opens_with_python_csv_and_keeps_the_text(tmp_path, records_file):
    write_tables([records_file], tmp_path, fmt="csv")
    records = [r for r in read_records(records_file) if "error" not in r]
    with open(tmp_path / "claims.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["article_id"], r["claim_id"], r["text"]) for r in rows] == [
        (rec["id"], c["id"], c["text"]) for rec in records for c in rec["claims"]
    ]
    assert any("," in r["text"] or '"' in r["text"] for r in rows)  # quoting was needed
    with open(tmp_path / "articles.csv", newline="", encoding="utf-8") as f:
        articles = list(csv.DictReader(f))
    assert [a["title"] for a in articles] == [r["title"] or "" for r in records]


def test_stdin_and_the_cli(tmp_path, records_file):
    data = records_file.read_text(encoding="utf-8")
    result = runner.invoke(
        app, ["tables", "-", "--to", str(tmp_path), "--format", "duckdb"], input=data
    )
    assert result.exit_code == 0, result.stderr
    assert re.fullmatch(
        r"claimx tables: \d+ articles, \d+ error records left out, .*s\n", result.stderr
    )
    con = duckdb.connect(str(tmp_path / DUCKDB_FILE), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchall()[0][0] > 1


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "no such file"),
        ("The mayor said so.\nAnd more.\n", "cannot read the records"),
        ('{"id": "x", "text": "an article, not a record"}\n', "does not hold claimx records"),
        ('{"schema": "claimx/1", "id": "x", "actors": "none"}\n', "cannot read the records"),
    ],
    ids=["missing", "not-json", "articles", "bad-type"],
)
def test_bad_input_gives_a_clear_error(tmp_path, content, message):
    path = tmp_path / "in.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        write_tables([path], tmp_path / "out")
    result = runner.invoke(app, ["tables", str(path), "--to", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not list((tmp_path / "out").glob("*.parquet"))  # nothing half-written


def test_unknown_format_is_a_usage_error(tmp_path, records_file):
    result = runner.invoke(
        app, ["tables", str(records_file), "--to", str(tmp_path), "--format", "xls"]
    )
    assert result.exit_code == 2 and "--format" in result.stderr
