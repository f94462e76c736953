"""Runs on a real Dask cluster (a LocalCluster of two worker processes): the same records as
a local run, shard by shard; reruns skip finished shards; a worker killed mid-run loses
and duplicates nothing."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx import distributed
from claimx.cli import app
from tests.warcs import news_page, warc_record, write_warc

runner = CliRunner()
PLACES = ["Leeds", "Lyon", "Porto", "Tartu", "Gdansk", "Malmo", "Cork", "Graz"]


def text(i: int) -> str:
    return (
        f"The mayor of {PLACES[i % len(PLACES)]} said on Monday that {100 + i} families had "
        f"left the town. Prices rose {i % 9 + 1}% last month, officials said."
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """Three text files, a JSONL file of 7 lines (one bad) and a WARC of 5 pages, an image
    and a truncated record: 16 records in 9 shards at --shard-size 3."""
    root = tmp_path_factory.mktemp("dask-corpus")
    for i in range(3):
        (root / f"t{i}.txt").write_text(text(i), encoding="utf-8")
    rows = [
        json.dumps({"id": f"j{i}", "text": text(10 + i), "date": "2024-05-10"}) for i in range(6)
    ]
    rows.insert(4, '{"id": "broken", "text": ')
    (root / "news.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    pages = [
        warc_record(f"https://news.example.org/{i}", news_page(f"Story {i}", text(20 + i)))
        for i in range(5)
    ]
    pages.insert(
        2, warc_record("https://news.example.org/a.png", b"\x89PNG", content_type="image/png")
    )
    cut = warc_record("https://news.example.org/cut", news_page("Cut", text(30)))
    pages.append(cut[: len(cut) // 2])
    write_warc(root / "crawl.warc.gz", pages)
    return [str(root / "t0.txt"), str(root / "t1.txt"), str(root / "t2.txt"),
            str(root / "news.jsonl"), str(root / "crawl.warc.gz")]  # fmt: skip


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield cluster, client


@pytest.fixture(scope="module")
def local_lines(corpus) -> dict[str, bytes]:
    """``claimx extract FILE --workers 1`` of each input, as the bytes of its output file."""
    out = {}
    for path in corpus:
        result = runner.invoke(app, ["extract", path, "--workers", "1", "--quiet"])
        out[path] = result.stdout.encode("utf-8")
    return out


def shard_files(out_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out_dir.iterdir())}


def all_lines(files: dict[str, bytes]) -> list[bytes]:
    return sorted(line for data in files.values() for line in data.splitlines())


def test_plan_names_and_slices(corpus):
    shards = distributed.plan(corpus, shard_size=3)
    assert [s.name for s in shards] == [
        "t0.txt", "t1.txt", "t2.txt", "news.jsonl.00000", "news.jsonl.00001", "news.jsonl.00002",
        "crawl.warc.gz.00000", "crawl.warc.gz.00001", "crawl.warc.gz.00002",
    ]  # fmt: skip
    assert [s.first_line for s in shards if s.fmt == "jsonl"] == [1, 4, 7]


def test_cluster_gives_the_records_of_a_local_run(cluster, corpus, local_lines, tmp_path):
    cluster, _ = cluster
    out = tmp_path / "out"
    summary = distributed.run(corpus, str(out), cluster.scheduler_address, shard_size=3)
    files = shard_files(out)
    assert len(files) == 9
    assert all_lines(files) == all_lines(local_lines)
    # shard by shard: a file's slices, in order, are its local run's bytes
    for path, data in local_lines.items():
        name = Path(path).name
        assert b"".join(v for k, v in files.items() if k.startswith(name)) == data, name
    assert (summary.done, summary.failed, summary.not_html) == (14, 2, 1)


def test_rerun_skips_finished_shards(cluster, corpus, tmp_path):
    cluster, _ = cluster
    out = tmp_path / "out"
    distributed.run(corpus, str(out), cluster.scheduler_address, shard_size=3)
    before = shard_files(out)
    (out / "news.jsonl.00001.jsonl").unlink()
    done: list[str] = []
    summary = distributed.run(
        corpus,
        str(out),
        cluster.scheduler_address,
        shard_size=3,
        on_shard=lambda result: done.append(result.name),
    )
    assert done == ["news.jsonl.00001"]
    assert shard_files(out) == before
    assert summary.skipped == 14 - 2  # lines 4-6: one is broken


def test_cli_dask_writes_shards_and_a_summary(cluster, corpus, local_lines, tmp_path):
    cluster, _ = cluster
    out = tmp_path / "out"
    args = ["extract", *corpus, "--dask", cluster.scheduler_address, "-o", str(out)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1  # the inputs hold bad records
    assert result.stdout == ""
    assert "14 done, 2 failed, 1 skipped (not HTML)" in result.stderr
    assert all_lines(shard_files(out)) == all_lines(local_lines)
    assert len(shard_files(out)) == 5  # no file over the default --shard-size


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--dask", "local:1"], id="no-output-dir"),
        pytest.param(["--dask", "local:x", "-o", "OUT"], id="bad-worker-count"),
        pytest.param(["--dask", "local:1", "-o", "OUT", "--shard-size", "0"], id="zero-shard-size"),
        pytest.param(["--dask", "local:1", "-o", "OUT", "--fail-fast"], id="fail-fast"),
    ],
)
def test_cli_dask_usage_errors_exit_2(corpus, tmp_path, args):
    args = [str(tmp_path / "o") if a == "OUT" else a for a in args]
    result = runner.invoke(app, ["extract", corpus[0], *args])
    assert result.exit_code == 2, result.stderr
    assert "Traceback" not in result.stderr


def test_cli_dask_local_prints_the_dashboard(corpus, local_lines, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", corpus[0], "--dask", "local:1", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "Dask dashboard: http://" in result.stderr
    assert (out / "t0.txt.jsonl").read_bytes() == local_lines[corpus[0]]


def test_fsspec_urls_for_inputs_and_output(cluster, corpus, tmp_path):
    cluster, _ = cluster
    urls = [f"file://{path}" for path in corpus[3:]]  # the JSONL and the WARC file
    local = [runner.invoke(app, ["extract", url, "--workers", "1", "--quiet"]) for url in urls]
    assert all(json.loads(line)["source"] for r in local for line in r.stdout.splitlines())
    distributed.run(urls, f"file://{tmp_path}/out", cluster.scheduler_address, shard_size=3)
    files = shard_files(tmp_path / "out")
    assert len(files) == 6
    assert all_lines(files) == sorted(b"".join(r.stdout_bytes for r in local).splitlines())


def test_missing_url_gives_not_found(tmp_path):
    result = runner.invoke(app, ["extract", f"file://{tmp_path}/missing.jsonl", "--workers", "1"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["code"] == "not_found"


def test_killed_worker_loses_and_duplicates_nothing(cluster, corpus, local_lines, tmp_path):
    cluster, client = cluster
    out = tmp_path / "out"
    killed: list[int] = []

    def kill_a_busy_worker(result) -> None:
        if killed:
            return
        busy = [addr for addr, keys in client.processing().items() if keys]
        if busy:
            pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    distributed.run(
        corpus, str(out), cluster.scheduler_address, shard_size=1, on_shard=kill_a_busy_worker
    )
    assert killed, "no worker was busy to kill"
    assert killed[0] not in client.run(os.getpid).values()  # the nanny started a new one
    files = shard_files(out)
    assert all_lines(files) == all_lines(local_lines)  # every record, once
    assert not [name for name in files if not name.endswith(".jsonl")]  # no temporary file
