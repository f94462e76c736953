"""Unix manners: `| head` ends claimx quietly, records stream one by one, Ctrl-C and a
killed parent leave no process behind, NO_COLOR is respected."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import pytest

from claimx.api import BATCH_SIZE, Article, batches, extract_many

CLAIMX = [sys.executable, "-m", "claimx"]
PLACES = ["Leeds", "Lyon", "Porto", "Tartu", "Gdansk", "Malmo", "Cork", "Graz"]
SUMMARY_RE = re.compile(r"claimx: \d+ done, \d+ failed, [\d.]+ s, [\d.]+ articles/s\n")


def article(i: int) -> str:
    """A short synthetic article, different for each i."""
    place = PLACES[i % len(PLACES)]
    return (
        f"The mayor of {place} said on Monday that {100 + i} families had left the town.\n\n"
        f"Prices rose {i % 9 + 1}% last month, officials said."
    )


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> Path:
    """A folder of 150 short articles (a name no other process has in its command line)."""
    root = tmp_path_factory.mktemp("unix-news")
    for i in range(150):
        (root / f"a{i:03}.txt").write_text(article(i), encoding="utf-8")
    return root


def processes_with(marker: str) -> list[int]:
    """Ids of the processes whose command line mentions ``marker`` (a /proc scan)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            cmdline = Path("/proc", entry, "cmdline").read_bytes()
        except OSError:
            continue
        if marker.encode() in cmdline:
            found.append(int(entry))
    return found


def none_left(marker: str, wait: float = 10.0) -> bool:
    deadline = time.monotonic() + wait
    while processes_with(marker):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


# ---------------------------------------------------------------- a closed pipe


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
@pytest.mark.parametrize("workers", ["1", "2"])
def test_head_closes_the_pipe_quietly(news, tmp_path, workers):
    err, status = tmp_path / "err", tmp_path / "status"
    command = (
        f"{' '.join(CLAIMX)} extract {news} --workers {workers} 2>{err} | head -1; "
        f"echo ${{PIPESTATUS[0]}} > {status}"
    )
    result = subprocess.run(["bash", "-c", command], capture_output=True, timeout=300)
    (line,) = result.stdout.decode().splitlines()
    assert json.loads(line)["source"].endswith("a000.txt")
    assert int(status.read_text()) in (0, 141)
    assert SUMMARY_RE.fullmatch(err.read_text()), err.read_text()
    assert none_left(str(news)), "a claimx process was left behind"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_head_closes_stdout_and_stderr_together(news, tmp_path):
    status = tmp_path / "status"
    command = (
        f"{' '.join(CLAIMX)} extract {news} --workers 1 2>&1 | head -1; "
        f"echo ${{PIPESTATUS[0]}} > {status}"
    )
    result = subprocess.run(["bash", "-c", command], capture_output=True, timeout=300)
    (line,) = result.stdout.decode().splitlines()
    json.loads(line)
    assert int(status.read_text()) in (0, 141)
    assert none_left(str(news)), "a claimx process was left behind"


# ---------------------------------------------------------------- streaming


def test_batches_start_small_and_reach_the_batch_size():
    sizes = [len(b) for b in batches(range(200), 32)]
    assert sizes == [1, 2, 4, 8, 16, 32, 32, 32, 32, 32, 9]
    assert [len(b) for b in batches(range(5), 1)] == [1, 1, 1, 1, 1]


class CountingReader:
    """Articles handed over one at a time, counting how many have been taken."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.handed = 0

    def __iter__(self):
        for i in range(self.n):
            self.handed += 1
            yield Article(text=article(i), source=f"a{i}", reference_date=None)


@pytest.mark.parametrize("workers", [1, 2])
def test_records_are_yielded_one_by_one(workers):
    reader = CountingReader(3 * BATCH_SIZE)
    records = extract_many(reader, workers=workers)
    try:
        first = next(records)
        # out before the reader handed over the second group of articles
        assert first.source == "a0" and reader.handed <= BATCH_SIZE
        if workers == 1:
            for i, record in enumerate(islice(records, 2 * BATCH_SIZE), 1):
                assert record.source == f"a{i}"
                assert reader.handed <= i + BATCH_SIZE  # never more than a batch ahead
    finally:
        records.close()  # stops the workers


# ---------------------------------------------------------------- Ctrl-C and a killed parent


def start_in_group(news: Path, out: Path) -> subprocess.Popen:
    """claimx with two workers in its own process group, as a shell job is."""
    return subprocess.Popen(
        [*CLAIMX, "extract", str(news), "-o", str(out), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )


def wait_for_lines(out: Path, proc: subprocess.Popen, n: int) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc")
def test_ctrl_c_with_workers_leaves_whole_lines_and_no_process(news, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = start_in_group(news, out)
    wait_for_lines(out, proc, 5)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does: the whole group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err and b"interrupted:" in err
    data = out.read_bytes()
    assert data.endswith(b"\n") and 5 <= data.count(b"\n") < 150
    [json.loads(line) for line in data.splitlines()]  # only whole lines
    assert none_left(str(news)), "a worker was left behind"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_killed_parent_takes_its_workers_along(news, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = start_in_group(news, out)
    wait_for_lines(out, proc, 2)
    proc.kill()
    proc.communicate(timeout=60)
    assert none_left(str(news)), "a worker outlived its parent"


# ---------------------------------------------------------------- NO_COLOR


def color_codes(data: bytes) -> list[str]:
    """The colour parameters of the ANSI SGR sequences in ``data`` (not bold, dim...)."""
    params = [p for seq in re.findall(rb"\x1b\[([0-9;]*)m", data) for p in seq.split(b";")]
    return [p.decode() for p in params if p and (30 <= int(p) <= 49 or 90 <= int(p) <= 107)]


@pytest.mark.parametrize("args", [["extract", "no-such-file.txt"], ["extract", "--bogus"]])
def test_no_color_is_respected(tmp_path, args):
    env = {**os.environ, "FORCE_COLOR": "1"}
    env.pop("NO_COLOR", None)
    colored = subprocess.run([*CLAIMX, *args], capture_output=True, env=env, cwd=tmp_path)
    assert color_codes(colored.stderr)  # the check sees colours when there are some
    plain = subprocess.run(
        [*CLAIMX, *args], capture_output=True, env={**env, "NO_COLOR": "1"}, cwd=tmp_path
    )
    assert plain.returncode == colored.returncode != 0
    assert color_codes(plain.stderr) == []
