"""claimx show: the terminal view (rich), the HTML pages (displaCy) and a real browser."""

from __future__ import annotations

import io
import json
import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser

import pytest
from rich.console import Console
from typer.testing import CliRunner

from claimx.cli import app
from claimx.view import html as view_html
from claimx.view import marks as view_marks
from claimx.view import terminal
from tests.conftest import SEED, SEED_DATE


@pytest.fixture(scope="module")
def seed(extract) -> dict:
    return extract(SEED.read_text(encoding="utf-8"), date=SEED_DATE, include_text=True)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _values(record: dict) -> list[str]:
    """Every normalized value the views must show, as the record's JSON writes it."""
    out = []
    for p in record["places"]:
        out += [p["name"], p["kind"]]
        out += [view_marks.number(p[k]) for k in ("lat", "lon", "geonames_id") if p[k] is not None]
        out += [p["country"]] if p["country"] else []
    for a in record["actors"]:
        out += [a["name"], a["kind"], *a["titles"]]
    for q in record["quantities"]:
        out += [view_marks.quantity_value(q), q["bound"]]
        out += [q[k] for k in ("unit", "counted", "change") if q[k]]
    for d in record["dates"]:
        out += [d["type"], d["value"] or "-"]
        if d["interval"]:
            out += [d["interval"]["start"], d["interval"]["end"]]
    for c in record["claims"]:
        out += [c["id"], c["kind"], c["cue"] or "-"]
    return out


def _mentions(record: dict) -> list[tuple[str, str, str]]:
    """(layer, id, text) of every mention in the record."""
    out = []
    for key, layer in (("actors", "actor"), ("places", "place")):
        out += [(layer, i["id"], m["text"]) for i in record[key] for m in i["mentions"]]
    for key, layer in (("quantities", "quantity"), ("dates", "date"), ("claims", "claim")):
        out += [(layer, i["id"], i["text"]) for i in record[key]]
    return out


# --- terminal ------------------------------------------------------------------------


def _recorded(record: dict, **kwargs) -> Console:
    console = Console(record=True, width=80, file=io.StringIO(), **kwargs)
    console.print(terminal.view(record))
    return console


def test_terminal_holds_every_mention_and_value(seed):
    text = _flat(_recorded(seed).export_text())
    for layer, item, mention in _mentions(seed):
        assert _flat(mention) in text, (layer, item, mention)
    for value in _values(seed):
        assert _flat(value) in text, value
    for claim in seed["claims"]:
        assert f"[{claim['id']}]" in text  # numbered in the article text


def test_terminal_fits_80_columns(seed):
    lines = _recorded(seed).export_text().splitlines()
    assert max(len(line) for line in lines) <= 80


def test_terminal_marks_layers_with_styles(seed):
    styled = _recorded(seed, force_terminal=True, color_system="standard").export_text(styles=True)
    assert "\x1b[4m" in styled or "\x1b[4;" in styled  # claim contents underlined
    assert re.search(r"\x1b\[[0-9;]*3[2356]m", styled)  # layer colours


def test_terminal_drops_colour_with_no_color(seed, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    out = io.StringIO()
    console = terminal.console(file=out, force_terminal=True)
    console.print(terminal.view(seed))
    styled = out.getvalue()
    assert "\x1b[" in styled  # underline and bold stay
    assert not re.search(r"\x1b\[[0-9;]*(3[0-7]|9[0-7]|38;)", styled)  # no colour


def test_terminal_plain_when_not_a_terminal(seed):
    out = io.StringIO()
    terminal.console(file=out).print(terminal.view(seed))
    assert "\x1b" not in out.getvalue()
    assert max(len(line) for line in out.getvalue().splitlines()) <= 80


def test_terminal_reads_no_markup_from_the_record(extract):
    record = extract(
        "[bold]Anna Smith[/] said on Monday [/red] that 3 people left.", include_text=True
    )
    text = _recorded(record).export_text()
    assert "[bold]Anna Smith[/]" in text and "[/red]" in text


# --- HTML ----------------------------------------------------------------------------


class _Page(HTMLParser):
    """Tags, marked spans (attributes) and the text of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.chars: list[str] = []
        self._in_label = 0  # depth inside a span start's label (its text is not the article's)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "span" and (self._in_label or "claimx-span" in (attrs.get("class") or "")):
            self._in_label += 1

    def handle_endtag(self, tag):
        if tag == "span" and self._in_label:
            self._in_label -= 1

    def handle_data(self, data):
        if not self._in_label:
            self.chars.append(data)

    @property
    def spans(self) -> list[dict]:
        return [a for t, a in self.tags if "claimx-span" in (a.get("class") or "").split()]

    @property
    def text(self) -> str:
        return _flat("".join(self.chars).replace("\u00a0", " "))


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def test_html_one_marked_span_per_mention_titled_with_its_value(seed):
    page = _parse(view_html.page(seed))
    spans = page.spans
    by_item: dict[tuple[str, str], list[dict]] = {}
    for span in spans:
        by_item.setdefault((span["data-layer"], span["data-id"]), []).append(span)
    mentions = _mentions(seed)
    speakers = [c for c in seed["claims"] if c["speaker"] and c["speaker"]["start"] is not None]
    assert len(spans) == len(mentions) + len(speakers)
    for layer, item, _ in mentions:
        assert (layer, item) in by_item
    for d in seed["dates"]:
        (span,) = by_item[("date", d["id"])]
        assert (d["value"] or "unresolved") in span["title"]
    for q in seed["quantities"]:
        (span,) = by_item[("quantity", q["id"])]
        assert view_marks.quantity_value(q) in span["title"] and q["bound"] in span["title"]
    for p in seed["places"]:
        for span in by_item.get(("place", p["id"]), []):
            if p["lat"] is not None:
                assert (
                    f"{view_marks.number(p['lat'])}, {view_marks.number(p['lon'])}" in span["title"]
                )
            if p["country"]:
                assert p["country"] in span["title"]
    links = [a["href"] for t, a in page.tags if t == "a"]
    for p in seed["places"]:
        if p["geonames_id"] is not None:
            assert f"https://www.geonames.org/{p['geonames_id']}" in links


def test_html_page_holds_the_text_and_tables(seed):
    page = _parse(view_html.page(seed))
    for line in seed["text"].splitlines():
        assert _flat(line) in page.text
    for value in _values(seed):
        assert _flat(value) in page.text, value
    captions = [t for t, _ in page.tags if t == "caption"]
    assert len(captions) == 6  # actors, places, quantities, dates, claims, warnings


def test_html_page_is_standalone(seed):
    page = _parse(view_html.page(seed))
    tags = {t for t, _ in page.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}
    for _, attrs in page.tags:
        assert "src" not in attrs
        assert not attrs.get("href", "").startswith("//")
        assert attrs.get("href", "#").startswith(("https://www.geonames.org/", "#", "index.html"))
    csp = [a for t, a in page.tags if t == "meta" and a.get("http-equiv")]
    assert csp and "default-src 'none'" in csp[0]["content"]


HOSTILE = (
    'Mayor Anna <script>alert("x")</script> Smith said on Monday that 5 <b>people</b> '
    'left Paris.\n\nThe "<img src=x onerror=alert(1)>" group said it would stay.'
)


def test_html_escapes_the_article(extract):
    record = extract(HOSTILE, date="2024-03-01", include_text=True)
    page = _parse(view_html.page(record))
    tags = {t for t, _ in page.tags}
    assert not tags & {"script", "img", "b"}
    assert '<script>alert("x")</script>' in page.text
    assert "<img src=x onerror=alert(1)>" in page.text


def test_html_escapes_titles_and_names():
    text = 'Bob "><script>x</script> said so.'
    record = {
        "schema": "claimx/1",
        "id": '"><script>',
        "source": "<script>src</script>",
        "title": "<script>title</script>",
        "published": None,
        "reference_date": None,
        "actors": [
            {
                "id": "A1",
                "name": '"><script>name</script>',
                "kind": "person",
                "titles": ['<i onmouseover="x">'],
                "affiliation": None,
                "mentions": [{"text": text[:3], "start": 0, "end": 3}],
            }
        ],
        "places": [],
        "quantities": [],
        "dates": [],
        "claims": [],
        "warnings": [{"code": "x", "message": "<script>warn</script>"}],
        "text": text,
    }
    page = _parse(view_html.page(record))
    assert {t for t, _ in page.tags}.isdisjoint({"script", "i"})
    (span,) = page.spans
    assert span["title"].startswith('A1 "><script>name</script>')
    index = _parse(view_html.index([(record, "0001-x.html")]))
    assert {t for t, _ in index.tags}.isdisjoint({"script"})


def test_html_keeps_the_text_spacing(seed):
    # words carry their own spacing: no space before punctuation after a span
    page = _parse(view_html.page(seed))
    for d in seed["dates"]:
        after = seed["text"][d["end"] : d["end"] + 1]
        if after in ".,":
            assert f"{d['text']}{after}" in page.text


# --- CLI -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def test_cli_show_prints_the_view(runner):
    result = runner.invoke(app, ["show", str(SEED), "--date", SEED_DATE])
    assert result.exit_code == 0, result.output
    assert "Actors (" in result.stdout and "[C1]" in result.stdout
    assert "\x1b" not in result.stdout


def test_cli_show_html_page(runner, tmp_path):
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["show", str(SEED), "--date", SEED_DATE, "--html", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert str(out) in result.stderr
    assert _parse(out.read_text(encoding="utf-8")).spans


def _records_file(runner, tmp_path, *extra) -> str:
    articles = tmp_path / "articles.jsonl"
    lines = [
        {"id": "one", "text": "Anna Smith said on Monday that 40 people left Paris."},
        {"id": "two", "text": ""},
        {"id": "three/../x", "text": "The mayor of Lyon said prices rose 5% in 2023."},
    ]
    articles.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    records = tmp_path / "records.jsonl"
    result = runner.invoke(
        app, ["extract", str(articles), "-o", str(records), "-q", "--workers", "1", *extra]
    )
    assert result.exit_code == 1  # the empty article
    return str(records)


def test_cli_show_records_folder(runner, tmp_path):
    records = _records_file(runner, tmp_path, "--include-text")
    folder = tmp_path / "out"
    result = runner.invoke(app, ["show", records, "--html", f"{folder}/"])
    assert result.exit_code == 1  # the error record
    assert "empty" in result.stderr
    pages = sorted(p.name for p in folder.iterdir())
    assert pages == ["0001-one.html", "0003-three-x.html", "index.html"]
    index = _parse((folder / "index.html").read_text(encoding="utf-8"))
    assert [a["href"] for t, a in index.tags if t == "a"] == ["0001-one.html", "0003-three-x.html"]
    assert "empty: the article has no text" in index.text
    page = _parse((folder / "0001-one.html").read_text(encoding="utf-8"))
    assert "Anna Smith" in page.text and page.spans


def test_cli_show_records_without_text_is_a_usage_error(runner, tmp_path):
    records = _records_file(runner, tmp_path)
    result = runner.invoke(app, ["show", records, "--html", f"{tmp_path}/out/"])
    assert result.exit_code == 2
    assert "--include-text" in result.stderr and "Traceback" not in result.output


def test_cli_show_many_records_need_a_folder(runner, tmp_path):
    records = _records_file(runner, tmp_path, "--include-text")
    result = runner.invoke(app, ["show", records, "--html", str(tmp_path / "one.html")])
    assert result.exit_code == 2
    assert "folder" in result.stderr


# --- a real browser ------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# Added to a copy of the page (the page itself runs no script): the boxes of the words
# and span starts, read back from the DOM Chromium dumps.
LAYOUT_PROBE = """<script>
const box = e => { const r = e.getBoundingClientRect();
  return [e.dataset.id || "", r.left, r.top, r.right, r.bottom]; };
document.body.dataset.layout = JSON.stringify({
  spans: [...document.querySelectorAll(".claimx-span")].map(box),
  width: document.documentElement.clientWidth,
  scrollWidth: document.documentElement.scrollWidth });
</script>"""


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (Debian package chromium)")
def test_browser_draws_the_spans(seed, tmp_path):
    page = view_html.page(seed)
    probe = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    probe = probe.replace("</body>", LAYOUT_PROBE + "</body>")
    path = tmp_path / "seed.html"
    path.write_text(probe, encoding="utf-8")
    shot = tmp_path / "seed.png"
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1000,1400",
            f"--screenshot={shot}",
            "--dump-dom",
            path.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert _png_size(shot.read_bytes()) == (1000, 1400)
    dom = _parse(result.stdout)
    (layout,) = [a["data-layout"] for t, a in dom.tags if t == "body"]
    layout = json.loads(layout)
    assert len(layout["spans"]) == len(page.split('class="claimx-span"')) - 1 > 0
    assert layout["scrollWidth"] <= layout["width"]  # nothing runs off to the side
    boxes = layout["spans"]
    for _, left, top, right, bottom in boxes:
        assert right > left and bottom > top  # drawn, with a size
        assert 0 <= left and right <= layout["width"]
    # no span start hides another one
    overlaps = [
        (a[0], b[0])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[1] < b[3] - 1 and b[1] < a[3] - 1 and a[2] < b[4] - 1 and b[2] < a[4] - 1
    ]
    assert not overlaps


@pytest.mark.parametrize(
    "content, message",
    [
        pytest.param(
            '{"schema": "claimx/1", "id": "x"}\n', "not a whole claimx record", id="partial"
        ),
        pytest.param(
            '{"schema": "claimx/1", "source": "a", "id": null, "error": {"code": "empty", "message": "m"}}\nnot json\n',
            "not JSON",
            id="bad-line",
        ),
        pytest.param(
            '{"schema": "claimx/1", "source": "a", "id": null, "error": {"code": "empty", "message": "m"}}\n{"text": "Hello there."}\n',
            "item 2 is not a claimx record",
            id="mixed",
        ),
    ],
)
def test_cli_show_bad_records_file_is_a_usage_error(runner, tmp_path, content, message):
    path = tmp_path / "records.jsonl"
    path.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["show", str(path)])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output
