"""WARC input: HTML responses through the HTML reader, other records skipped, broken records
give one error record each, slices and --resume."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.api import Article
from claimx.cli import app
from claimx.io import input_format, read_inputs
from claimx.records import ErrorRecord
from claimx.warc import read_warc, record_offsets
from tests.warcs import news_page, warc_record, write_warc

runner = CliRunner()
DATED = news_page(
    "Council approves budget",
    "The city council of Leeds approved a budget of $5 million on Tuesday, the mayor said.\n"
    "More than 300 residents attended the meeting last week, officials said.",
    date="2024-03-05T10:00:00Z",
    url="https://news.example.org/canonical-budget",
)
UNDATED = news_page(
    "Floods close roads",
    "Heavy rain closed 12 roads in Cork on Friday, the county council said.\n"
    "Forecasters expect another 40 millimetres of rain over the weekend.",
)
GOOD = [
    (
        "https://news.example.org/budget",
        "2024-03-05",
        "<urn:uuid:00000000-0000-0000-0000-000000000001>",
    ),
    (
        "https://news.example.org/floods",
        "2023-11-20",
        "<urn:uuid:00000000-0000-0000-0000-000000000003>",
    ),
]


def records_of(broken: str) -> tuple[list[bytes], bytes, int]:
    """warcinfo, a request and its HTML response, an image, an undated page; one broken
    record in the middle or at the end."""
    budget, floods = GOOD
    records = [
        warc_record("", b"software: test\r\n", record_type="warcinfo"),
        warc_record(budget[0], b"", record_type="request"),
        warc_record(budget[0], DATED, record_id=budget[2]),
        warc_record("https://news.example.org/logo.png", b"\x89PNG\r\n", content_type="image/png"),
        warc_record(floods[0], UNDATED, record_id=floods[2], date="2023-11-20T08:00:00Z"),
    ]
    bad = gzip.compress(warc_record("https://news.example.org/cut", DATED), mtime=0)
    half = bad[: len(bad) // 2]
    return records, half, {"middle": 3, "end": len(records)}[broken]


def make_warc(path: Path, broken: str) -> Path:
    records, half, at = records_of(broken)
    members = [gzip.compress(r, mtime=0) for r in records]
    members.insert(at, half)
    path.write_bytes(b"".join(members))
    return path


def run(*args: str):
    return runner.invoke(app, ["extract", *args, "--workers", "1"])


def parse(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.mark.parametrize("broken", ["middle", "end"])
def test_warc_gives_pages_one_error_and_counts(tmp_path, check_record, broken):
    path = make_warc(tmp_path / "news.warc.gz", broken)
    result = run(str(path))
    assert result.exit_code == 1, result.stderr
    records = parse(result.stdout)
    for record in records:
        check_record(record)
    good = [r for r in records if "error" not in r]
    errors = [r for r in records if "error" in r]
    assert [(r["source"], r["reference_date"]["value"], r["id"]) for r in good] == GOOD
    assert all(r["reference_date"]["origin"] == "input" for r in good)
    assert good[0]["title"] == "Council approves budget"
    assert any(p["name"] == "Leeds" for p in good[0]["places"])
    (error,) = errors
    assert error["error"]["code"] == "bad_warc"
    assert "2 done, 1 failed, 1 skipped (not HTML)" in result.stderr
    assert "Traceback" not in result.stderr


def test_truncated_last_record_names_the_record(tmp_path):
    path = make_warc(tmp_path / "news.warc.gz", "end")
    (*_, error) = read_warc(str(path))
    assert isinstance(error, ErrorRecord)
    assert error.source == "https://news.example.org/cut"
    assert error.id is not None and "truncated" in error.error.message


def test_uncompressed_warc_and_input_format_option(tmp_path):
    records, _, _ = records_of("end")
    plain = write_warc(tmp_path / "news.warc", records, compress=False)
    odd_name = write_warc(tmp_path / "crawl.dat", records)
    ids = [
        [a.id for a in read_inputs([str(p)], fmt=fmt) if isinstance(a, Article)]
        for p, fmt in ((plain, "auto"), (odd_name, "warc"))
    ]
    assert ids == [[g[2] for g in GOOD]] * 2


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("a.warc", "warc"),
        ("CC-NEWS-20240101.warc.gz", "warc"),
        ("A.WARC.GZ", "warc"),
        ("a.gz", "txt"),
    ],
)
def test_input_format_by_name(name, fmt):
    assert input_format(name, "auto") == fmt


def test_charset_from_the_http_header(tmp_path):
    page = news_page(
        "Café closes", "The café in Lyon closed on Monday after 30 years, its owner said."
    )
    body = page.decode("utf-8").encode("cp1252")
    path = write_warc(
        tmp_path / "a.warc.gz",
        [
            warc_record(
                "https://x.example/cafe", body, content_type="text/html; charset=windows-1252"
            )
        ],
    )
    (article,) = read_warc(str(path))
    assert "The café in Lyon closed" in article.text


def test_slices_cover_every_record_once(tmp_path):
    records, half, _ = records_of("middle")
    pages = [
        warc_record(
            f"https://x.example/{i}",
            news_page(f"Story {i}", f"Story number {i} was read by 300 people in Graz on Monday."),
        )
        for i in range(7)
    ]
    path = tmp_path / "big.warc.gz"
    path.write_bytes(b"".join(gzip.compress(r, mtime=0) for r in records + pages) + half)
    whole = list(read_warc(str(path)))
    offsets = record_offsets(str(path), 3)
    assert len(offsets) == 4 and offsets[0] == 0
    bounds = zip(offsets, [*offsets[1:], None], strict=True)
    sliced = [
        item for start, stop in bounds for item in read_warc(str(path), start=start, stop=stop)
    ]
    key = lambda item: (item.source, item.id)  # noqa: E731
    assert [key(x) for x in sliced] == [key(x) for x in whole]
    assert len(whole) == 2 + 7 + 1


def test_resume_skips_records_by_id(tmp_path):
    path = make_warc(tmp_path / "news.warc.gz", "middle")
    out = tmp_path / "out.jsonl"
    first = run(str(path), "-o", str(out))
    full = out.read_bytes()
    out.write_bytes(full.splitlines(keepends=True)[0])
    again = run(str(path), "-o", str(out), "--resume")
    assert first.exit_code == again.exit_code == 1
    assert out.read_bytes() == full
    assert "1 skipped (already in the output)" in again.stderr
