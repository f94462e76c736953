"""The command line: stdout carries only JSON records, messages go to stderr, exit codes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimx.cli import app
from tests.conftest import SEED, SEED_DATE

runner = CliRunner()


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_extract_seed_prints_one_json_object(check_record, seed_text):
    result = run("extract", str(SEED), "--date", SEED_DATE)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    check_record(record, seed_text)
    assert record["title"].startswith("Nagorno-Karabakh almost empty")
    assert record["source"] == str(SEED)


def test_extract_is_deterministic():
    first = run("extract", str(SEED), "--date", SEED_DATE)
    second = run("extract", str(SEED), "--date", SEED_DATE)
    assert first.stdout == second.stdout


def test_pretty_is_the_same_record():
    plain = run("extract", str(SEED), "--date", SEED_DATE)
    pretty = run("extract", str(SEED), "--date", SEED_DATE, "--pretty")
    assert "\n  " in pretty.stdout
    assert json.loads(plain.stdout) == json.loads(pretty.stdout)


def test_stdin_text():
    result = run("extract", "-", "--date", "2024-05-02", input="Prices rose 5% on Monday.")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"] == "-"
    assert record["dates"][0]["value"] == "2024-04-29"


def test_jsonl_keeps_ids_and_reads_date_fields(tmp_path, check_record):
    lines = [
        {"id": "a", "text": "The council met on Friday.", "dct": "2024-05-10"},
        {"id": 7, "text": "The council met on Friday.", "published": "2024-05-17T09:00:00Z"},
        {"id": "c", "text": "The council met on Friday."},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = run("extract", str(path))
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == ["a", "7", "c"]
    for record in records:
        check_record(record)
    assert records[0]["reference_date"] == {"value": "2024-05-10", "origin": "input"}
    assert records[0]["dates"][0]["value"] == "2024-05-10"
    assert records[1]["dates"][0]["value"] == "2024-05-17"
    assert records[2]["reference_date"] is None
    assert records[2]["dates"][0]["value"] is None
    assert [w["code"] for w in records[2]["warnings"]] == ["no_reference_date"]


def test_jsonl_date_field_option(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": "It rained on Friday.", "when": "2024-05-10"}) + "\n"
    )
    result = run("extract", str(path), "--date-field", "when")
    assert jsonl(result.stdout)[0]["reference_date"]["value"] == "2024-05-10"


def test_bad_jsonl_line_gives_an_error_record_and_the_rest_goes_on(tmp_path, check_record):
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "ok1", "text": "A text."}\n{not json\n{"id": "nt"}\n{"id": "ok2", "text": "B."}\n'
    )
    result = run("extract", str(path))
    assert result.exit_code == 1
    records = jsonl(result.stdout)
    for record in records:
        check_record(record)
    assert [r.get("id") for r in records] == ["ok1", None, "nt", "ok2"]
    assert [r["error"]["code"] for r in records if "error" in r] == ["bad_json", "no_text"]
    assert "bad_json" in result.stderr


@pytest.mark.parametrize(
    ("content", "ids", "errors"),
    [
        pytest.param('{\n "id": "one",\n "text": "It rose 5%."\n}\n', ["one"], [], id="object"),
        pytest.param('[{"id": "a", "text": "A."},\n {"id": "b"},\n 5]', ["a", "b", None], ["no_text", "bad_json"], id="array"),
        pytest.param('{"id": "l1", "text": "A."}\n{"id": "l2", "text": "B."}\n', ["l1", "l2"], [], id="json-lines"),
        pytest.param('{\n "id": "x",\n "text": "A.",,\n}\n', [None], ["bad_json"], id="broken-document"),
        pytest.param("  \n", [None], ["empty"], id="empty-file"),
    ],
)  # fmt: skip
def test_json_document(tmp_path, check_record, content, ids, errors):
    path = tmp_path / "in.json"
    path.write_text(content)
    result = run("extract", str(path))
    assert result.exit_code == (1 if errors else 0)
    records = jsonl(result.stdout)
    for record in records:
        check_record(record)
    assert [r.get("id") for r in records] == ids
    assert [r["error"]["code"] for r in records if "error" in r] == errors
    if errors == ["bad_json"]:
        assert "line 3" in records[0]["error"]["message"]  # one error naming the place


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a"}', "no 'text' field"),
        ('{"id": "a", "text": 5}', "'text' is a number, not a string"),
        ('{"id": "a", "text": ["A.", "B."]}', "'text' is an array, not a string"),
        ('{"id": "a", "text": {"body": "A."}}', "'text' is an object, not a string"),
        ('{"id": "a", "text": true}', "'text' is a boolean, not a string"),
    ],
)  # fmt: skip
def test_a_text_that_is_not_a_string_is_named(tmp_path, line, message):
    path = tmp_path / "in.jsonl"
    path.write_text(line + "\n")
    result = run("extract", str(path))
    assert result.exit_code == 1
    (record,) = jsonl(result.stdout)
    assert record["error"] == {"code": "no_text", "message": f"line 1: {message}"}


def test_missing_file_gives_an_error_record_and_exit_1(tmp_path, check_record):
    good = tmp_path / "good.txt"
    good.write_text("The mayor said on Monday that 300 people had left.")
    result = run("extract", str(tmp_path / "missing.txt"), str(good))
    assert result.exit_code == 1
    records = jsonl(result.stdout)
    assert records[0]["error"]["code"] == "not_found"
    assert records[1]["source"] == str(good)
    for record in records:
        check_record(record)
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("content", "code"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\t\n", "empty", id="whitespace"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="png"),
    ],
)
def test_unprocessable_files(tmp_path, content, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["code"] == code


def test_latin1_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le café a fermé.".encode("latin-1"))
    record = json.loads(run("extract", str(path)).stdout)
    assert "not_utf8" in [w["code"] for w in record["warnings"]]


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Germany has denied the report.".encode("utf-16"))
    record = json.loads(run("extract", str(path)).stdout)
    assert "error" not in record and record["places"][0]["name"] == "Germany"


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["extract", str(SEED), "--date", "30/09/2023x"], id="bad-date"),
        pytest.param(["extract", str(SEED), "--input-format", "pdf"], id="bad-format"),
        pytest.param(["extract", str(SEED), "--model", "no_such_model_xyz"], id="unknown-model"),
    ],
)
def test_usage_errors_exit_2_without_traceback(args):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_output_option_writes_the_file(tmp_path):
    out = tmp_path / "out.jsonl"
    result = run("extract", str(SEED), "--date", SEED_DATE, "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text())["id"]


def test_schema_command_prints_the_schema(record_schema):
    result = run("schema")
    assert json.loads(result.stdout) == record_schema


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.stdout.startswith("claimx ")


def test_summary_line_on_stderr_and_quiet_turns_it_off(tmp_path):
    (tmp_path / "a.txt").write_text("Prices rose 5% on Monday.")
    (tmp_path / "b.txt").write_text("")
    result = run("extract", str(tmp_path))
    assert result.exit_code == 1
    assert len(jsonl(result.stdout)) == 2
    assert "claimx: 1 done, 1 failed" in result.stderr
    quiet = run("extract", str(tmp_path), "--quiet")
    assert "done" not in quiet.stderr and quiet.stdout == result.stdout


def test_folder_gives_json_lines_even_with_pretty(tmp_path):
    (tmp_path / "a.txt").write_text("Prices rose 5% on Monday.")
    result = run("extract", str(tmp_path), "--pretty")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    json.loads(result.stdout)


def test_long_messages_stay_on_one_line(tmp_path):
    path = tmp_path / ("x" * 120 + ".txt")
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert any(str(path) in line and "(not_found)" in line for line in result.stderr.splitlines())
