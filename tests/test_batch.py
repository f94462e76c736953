"""Batch runs: folders, HTML and JSONL inputs, bad input, resume after an interrupt, workers."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.api import chunk_bounds, make_doc
from claimx.batch import expand_paths, resume_keys
from claimx.cli import app

runner = CliRunner()
CLAIMX = [sys.executable, "-m", "claimx"]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
HTML = """<html><head><title>Council approves budget | The Daily</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://news.example.org/council-budget"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<article><h1>Council approves budget</h1>
<p>The city council approved a budget of $5 million on Tuesday, the mayor said.</p>
<p>More than 300 residents attended the meeting in Leeds last week.</p></article>
<footer>Copyright 2024</footer></body></html>"""
PLACES = ["Leeds", "Lyon", "Porto", "Tartu", "Gdansk", "Malmo", "Cork", "Graz"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def lines(stdout: str) -> list[dict]:
    """Every line of stdout parsed as JSON (fails on any line that is not)."""
    return [json.loads(line) for line in stdout.splitlines()]


def article(i: int) -> str:
    """A short synthetic article, different for each i."""
    place, day = PLACES[i % len(PLACES)], DAYS[i % len(DAYS)]
    return (
        f"The mayor of {place} said on {day} that {100 + i} families had left the town.\n\n"
        f"Prices rose {i % 9 + 1}% last month, officials said."
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """200 text files in nested folders plus a JSONL file of 20 lines: 220 articles."""
    root = tmp_path_factory.mktemp("corpus")
    for i in range(200):
        sub = root / f"part{i // 50}"
        sub.mkdir(exist_ok=True)
        (sub / f"a{i:03}.txt").write_text(article(i), encoding="utf-8")
    rows = [{"id": f"j{i}", "text": article(200 + i), "date": "2024-05-10"} for i in range(20)]
    (root / "more.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return root


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> bytes:
    """The uninterrupted run over the corpus (one worker)."""
    out = tmp_path_factory.mktemp("ref") / "out.jsonl"
    result = run("extract", str(corpus), "-o", str(out), "--workers", "1", "--quiet")
    assert result.exit_code == 0, result.stderr
    return out.read_bytes()


# ---------------------------------------------------------------- bad input


def make_bad_corpus(root: Path) -> tuple[list[str], dict[str, str | None]]:
    """Inputs that must each give one record or error record: {source: expected error code}."""
    rng = random.Random(5)
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "blank.txt": b"  \n\t \n",
        "random.bin": bytes([0]) + rng.randbytes(4096),
        "image.png": PNG,
        "bad_utf8.txt": b"The caf\xc3\x28 closed on Monday after 30 years.",
        "latin1.txt": "Le café a fermé lundi à Paris.".encode("latin-1"),
        "utf16.txt": "Germany has denied the report.".encode("utf-16"),
        "malformed.html": b"<html><body><p>The mayor <b>said<div>that 300 people left the town on Monday, officials said.",
        "no_article.html": b'<html><head><title>Home</title><script>var x = 1;</script></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav></body></html>',
        "mixed.jsonl": b'{"id": "g1", "text": "Prices rose 5% in May."}\n{"id": "broken", "text": \n{"id": "nt", "title": "no text here"}\n{"id": "g2", "text": "Rain fell on Friday."}\n',
    }
    for name, data in files.items():
        (root / name).write_bytes(data)
    big = root / "big.txt"
    with big.open("wb") as f:  # 50 MB
        f.write(b"word " * (10 * 1024 * 1024))
    fifo = root / "fifo.txt"  # a FIFO: reading it would block for ever
    os.mkfifo(fifo)
    loops = root / "loops"
    loops.mkdir()
    (loops / "ok.txt").write_text("Prices fell 2% on Monday.")
    (loops / "self").symlink_to(loops, target_is_directory=True)
    (loops / "circle").symlink_to(loops / "circle")
    expected: dict[str, str | None] = {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "random.bin": "binary",
        "image.png": "binary",
        "bad_utf8.txt": None,
        "latin1.txt": None,
        "utf16.txt": None,
        "big.txt": "too_large",
        "fifo.txt": "unreadable",
        "missing.txt": "not_found",
        "mixed.jsonl:2": "bad_json",
        "mixed.jsonl:3": "no_text",
        "loops/ok.txt": None,
    }
    inputs = [*files, "big.txt", "fifo.txt", "missing.txt", "loops"]
    return [str(root / name) for name in inputs], {str(root / k): v for k, v in expected.items()}


def test_bad_input_corpus_gives_one_record_per_input(tmp_path, check_record):
    inputs, expected = make_bad_corpus(tmp_path)
    result = run("extract", *inputs, "--workers", "1")
    assert result.exit_code == 1
    assert "Traceback" not in result.stdout + result.stderr
    records = lines(result.stdout)
    for record in records:
        check_record(record)
    by_source = {}
    for record in records:
        # JSONL records carry the file as source; their errors name the line
        by_source.setdefault(record["source"], []).append(record)
    for source, code in expected.items():
        (record,) = by_source.pop(source) if ":" in source or source in by_source else [None]
        assert record is not None, source
        assert record.get("error", {}).get("code") == code, (source, record)
    jsonl = by_source.pop(str(tmp_path / "mixed.jsonl"))
    assert [r["id"] for r in jsonl] == ["g1", "g2"]
    # the two HTML pages: one record or one error record each, whichever the page gives
    for name in ("malformed.html", "no_article.html"):
        (record,) = by_source.pop(str(tmp_path / name))
    assert record["error"]["code"] == "no_article"
    assert not by_source, by_source
    assert len(records) == 17
    assert "symbolic link loop" in result.stderr
    assert "(too_large)" in result.stderr and "(not_found)" in result.stderr


def test_latin1_and_bad_utf8_are_read_with_a_warning(tmp_path):
    inputs, _ = make_bad_corpus(tmp_path)
    result = run("extract", str(tmp_path / "latin1.txt"), str(tmp_path / "bad_utf8.txt"))
    for record in lines(result.stdout):
        assert [w["code"] for w in record["warnings"]][:1] == ["not_utf8"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Prices rose 5%.")
    path.chmod(0)
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["code"] == "unreadable"


def test_fail_fast_stops_at_the_first_error(tmp_path):
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_text("Prices rose 5% on Monday.")
    result = run("extract", str(tmp_path), "--fail-fast")
    assert result.exit_code == 1
    assert [r["error"]["code"] for r in lines(result.stdout)] == ["empty"]


def test_max_chars_gives_too_large(tmp_path):
    (tmp_path / "a.txt").write_text("Prices rose 5% on Monday. " * 10)
    result = run("extract", str(tmp_path / "a.txt"), "--max-chars", "100")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["code"] == "too_large"


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--resume"], id="resume-without-output"),
        pytest.param(["--workers", "0"], id="zero-workers"),
        pytest.param(["--max-chars", "0"], id="zero-max-chars"),
        pytest.param(["--input-format", "pdf"], id="bad-format"),
        pytest.param(["-o", "/nonexistent-dir/out.jsonl"], id="unwritable-output"),
    ],
)
def test_usage_errors_exit_2(tmp_path, args):
    (tmp_path / "a.txt").write_text("Prices rose 5%.")
    result = run("extract", str(tmp_path / "a.txt"), *args)
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- inputs


def test_txt_html_jsonl_to_one_output_file(tmp_path, check_record):
    (tmp_path / "a.txt").write_text(article(1))
    (tmp_path / "b.html").write_text(HTML)
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": article(2)}) + "\n")
    out = tmp_path / "out.jsonl"
    names = [str(tmp_path / n) for n in ("a.txt", "b.html", "c.jsonl")]
    result = run("extract", *names, "-o", str(out), "--include-text", "--date", "2024-01-02")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    records = lines(out.read_text())
    for record in records:
        check_record(record, record["text"])
    a, b, c = records
    assert a["source"] == names[0] and c["id"] == "c1"
    assert b["source"] == "https://news.example.org/council-budget"
    assert b["title"] == "Council approves budget"
    assert b["reference_date"] == {"value": "2024-03-05", "origin": "input"}
    assert "Home" not in b["text"] and "Copyright" not in b["text"]
    assert any(q["value"] == 5000000 for q in b["quantities"])
    assert "3 done, 0 failed" in result.stderr


def test_html_without_a_date_takes_the_cli_date(tmp_path):
    path = tmp_path / "p.htm"
    path.write_text(
        "<html><body><article><p>The council met on Friday and approved the plan.</p></article></body></html>"
    )
    record = json.loads(run("extract", str(path), "--date", "2024-05-13").stdout)
    assert record["reference_date"] == {"value": "2024-05-13", "origin": "cli"}
    assert record["source"] == str(path)


def test_html_ad_labels_leave_the_text(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(
        "<html><body><article><p>More than 300 people were evacuated on Monday, officials said.</p>"
        '<p>"We have never seen anything like it," said Jane Smith, a resident. Advertisement</p>'
        "<p>Advertisement</p><p>Officials urged residents to stay away from the river.</p>"
        "</article></body></html>"
    )
    record = json.loads(run("extract", str(path), "--include-text").stdout)
    assert "Advertisement" not in record["text"]
    assert any(
        c["kind"] == "quote" and c["speaker"]["text"].startswith("Jane Smith")
        for c in record["claims"]
    )


def test_stdin_jsonl():
    stdin = "".join(json.dumps({"id": f"s{i}", "text": article(i)}) + "\n" for i in range(3))
    result = run("extract", "-", "--input-format", "jsonl", input=stdin)
    assert result.exit_code == 0
    assert [r["id"] for r in lines(result.stdout)] == ["s0", "s1", "s2"]


def test_folder_order_glob_hidden_and_loops(tmp_path):
    for name in ("b.txt", "a.txt", "sub/c.txt", "sub/d.html", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)
    notes: list[str] = []
    found = list(expand_paths([str(tmp_path), "-"], notice=notes.append))
    rel = [os.path.relpath(p, tmp_path) if p != "-" else p for p in found]
    assert rel == ["a.txt", "b.txt", "sub/c.txt", "sub/d.html", "-"]
    assert len(notes) == 1 and "loop" in notes[0]
    only_txt = [os.path.basename(p) for p in expand_paths([str(tmp_path)], "*.txt")]
    assert only_txt == ["a.txt", "b.txt", "c.txt"]


def test_folder_output_pipes_to_jq(corpus, tmp_path):
    """`claimx extract folder/ | jq -c '.quantities[]'`, as a user types it."""
    folder = tmp_path / "few"
    folder.mkdir()
    for i in range(3):
        shutil.copy(corpus / "part0" / f"a{i:03}.txt", folder)
    jq = shutil.which("jq")
    if jq is None:
        pytest.skip("jq is not installed")
    claimx = Path(sys.executable).with_name("claimx")
    shell = f"'{claimx}' extract '{folder}' --quiet | '{jq}' -c '.quantities[]'"
    done = subprocess.run(shell, shell=True, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    quantities = [json.loads(line) for line in done.stdout.splitlines()]
    assert {q["value"] for q in quantities} >= {100, 101, 102}


# ---------------------------------------------------------------- workers and resume


def test_workers_give_byte_identical_output(corpus, reference, tmp_path):
    out = tmp_path / "out.jsonl"
    result = run("extract", str(corpus), "-o", str(out), "--workers", "2", "--quiet")
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes() == reference
    ids = [r["id"] for r in lines(reference.decode())]
    assert len(ids) == 220 and len(set(ids)) == 220


def start(corpus: Path, out: Path, *extra: str) -> subprocess.Popen:
    args = [*CLAIMX, "extract", str(corpus), "-o", str(out), "--workers", "1", *extra]
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["sigint", "sigkill"])
def test_interrupted_run_resumes_to_the_same_lines(corpus, reference, tmp_path, sig):
    out = tmp_path / "out.jsonl"
    proc = start(corpus, out)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 40:
            break
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    partial = out.read_bytes()
    written = partial.count(b"\n")
    assert 40 <= written < 220
    if sig == signal.SIGINT:
        assert proc.returncode == 130
        assert partial.endswith(b"\n") and b"Traceback" not in err
        assert b"interrupted:" in err
        lines(partial.decode())  # only whole lines
    resumed = start(corpus, out, "--resume")
    _, err = resumed.communicate(timeout=180)
    assert resumed.returncode == 0, err.decode()
    assert b"skipped" in err
    final = out.read_bytes().decode().splitlines()
    ids = [json.loads(line)["id"] for line in final]
    assert len(ids) == len(set(ids)) == 220
    assert set(final) == set(reference.decode().splitlines())


def test_resume_keys_drops_a_partial_line_and_error_records(tmp_path):
    out = tmp_path / "out.jsonl"
    good = json.dumps({"schema": "claimx/1", "id": "a", "source": "x.txt"})
    error = json.dumps({"schema": "claimx/1", "id": None, "source": "y", "error": {}})
    out.write_text(f'{good}\n{error}\n{{"schema": "cla')
    assert resume_keys(out) == {("x.txt", "a")}
    assert out.read_text() == good + "\n"
    assert resume_keys(tmp_path / "missing.jsonl") == set()


# ---------------------------------------------------------------- long and odd text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("!" * 1000, id="punctuation-run"),
        pytest.param("(" * 600 + "word" + ")" * 600, id="brackets"),
        pytest.param("a " + "7" * 2000 + " b", id="digit-run"),
        pytest.param("x" * 513 + " y\n" + "z" * 257, id="two-runs"),
    ],
)
def test_make_doc_cuts_long_runs_and_keeps_the_text(nlp_pipeline, text):
    doc = make_doc(nlp_pipeline, text)
    assert doc.text == text
    assert max(len(t) for t in doc) <= 256


def test_chunk_bounds_cover_the_doc_and_cut_at_line_breaks(nlp_pipeline):
    doc = make_doc(nlp_pipeline, ("A paragraph of text here.\n" * 50) + "x " * 300)
    bounds = chunk_bounds(doc, 100)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(end - start <= 100 for start, end in bounds)
    assert "\n" in doc[bounds[0][1] - 1].text_with_ws


def test_long_article_in_chunks_keeps_offsets(monkeypatch, extract):
    """An article over the chunk size goes through the model in pieces; offsets still hold."""
    import claimx.api

    monkeypatch.setattr(claimx.api, "CHUNK_TOKENS", 40)
    text = "\n\n".join(article(i) for i in range(6))
    record = extract(text, date="2024-05-10")  # offsets are checked by the fixture
    assert {q["value"] for q in record["quantities"]} >= {100, 105}
    assert any(p["name"] == "Leeds" for p in record["places"])


@pytest.fixture(scope="module")
def nlp_pipeline():
    from claimx.pipeline import load_pipeline

    return load_pipeline()
