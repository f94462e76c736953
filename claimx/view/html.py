"""The HTML view: one standalone page per record, drawn with displaCy's span visualizer,
and an index page for a batch.

The pages load nothing (no scripts, fonts or images; a Content-Security-Policy says
so) and everything from the article is escaped: displaCy escapes the words, this
module every label, title, link and table cell it adds.
"""

from __future__ import annotations

import re
from html import escape

from spacy import displacy

from claimx.view.marks import Mark, marks
from claimx.view.tables import Link, Table, counts, plural, tables

#: One colour per layer; displaCy looks a span's colour up by its label.
COLORS = {
    "CLAIM": "#c9c9c9",
    "SPEAKER": "#ff8a80",
    "QUANTITY": "#d3a6f5",
    "ACTOR": "#7aecec",
    "PLACE": "#feca74",
    "DATE": "#9ee29e",
}

# displaCy's span templates, with no whitespace around a word (the words carry the
# text's own spacing, so "Saturday." does not become "Saturday ."), and the start of a
# span showing the item's id, titled with its normalized value.
TPL_SPAN = (
    '<span class="claimx-word" style="display: inline-block; position: relative; '
    'height: {total_height}px;">{text}{span_slices}{span_starts}</span>'
)
TPL_SLICE = (
    '<span style="background: {bg}; top: {top_offset}px; height: 4px; left: -1px; '
    'width: calc(100% + 2px); position: absolute;"></span>'
)
TPL_START = (
    '<span style="background: {bg}; top: {top_offset}px; height: 4px; '
    "border-top-left-radius: 3px; border-bottom-left-radius: 3px; left: -1px; "
    'width: calc(100% + 2px); position: absolute;">'
    '<span class="claimx-span" data-layer="{label.layer}" data-id="{label.item}" '
    'title="{label.tip}" style="background: {bg}; z-index: 10; color: #000; top: -0.5em; '
    "padding: 2px 3px; position: absolute; font-size: 0.6em; font-weight: bold; "
    'line-height: 1; border-radius: 3px; white-space: nowrap">{label.shown}{label.link}</span>'
    "</span>"
)
TEMPLATES = {"span": TPL_SPAN, "slice": TPL_SLICE, "start": TPL_START}

STYLE = """
body { font: 16px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
       max-width: 56rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font-size: 1.5rem; margin-bottom: 0.25rem; }
.meta { color: #555; margin-top: 0; }
.legend span.chip { display: inline-block; padding: 0 0.4em; margin-right: 0.5em;
       border-radius: 3px; font-size: 0.8em; font-weight: bold; }
.article { margin: 1.5rem 0 2rem; }
.article .spans { margin-bottom: 0.5rem; }
.claimx-span a { color: inherit; text-decoration: none; }
.claimx-span a[href^="https"] { font-weight: normal; margin-left: 0.3em; }
tr:target { background: #fff3c4; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1.5rem; font-size: 0.9em; }
caption { text-align: left; font-weight: bold; font-size: 1.1em; padding: 0.3em 0; }
th, td { text-align: left; vertical-align: top; padding: 0.2em 0.5em;
         border-bottom: 1px solid #ddd; }
th { background: #f4f4f4; }
td.error { color: #b00020; }
table.index { font-size: 0.85em; }
td.date { white-space: nowrap; }
td.n { text-align: right; }
.source { color: #777; font-size: 0.85em; word-break: break-all; }
"""
# Inline styles only; nothing else may load (links to GeoNames are plain navigation).
CSP = "default-src 'none'; style-src 'unsafe-inline'"
PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
{body}
</body>
</html>
"""
_WS_RE = re.compile(r"\s+")


class _Label(str):
    """A displaCy span label (the layer: it picks the colour) that also carries what
    the start template shows: displaCy fills its templates with ``str.format``, so
    ``{label.tip}`` reads the attribute. Every attribute is escaped HTML."""

    layer: str
    item: str
    tip: str
    shown: str
    link: str

    @classmethod
    def of(cls, mark: Mark) -> _Label:
        label = cls(mark.layer.upper())
        label.layer = escape(mark.layer)
        label.item = escape(mark.id)
        label.tip = escape(mark.tip)
        # the id links to the item's row in the tables below
        label.shown = f'<a class="item" href="#{_anchor(mark.id)}">{escape(mark.id)}</a>'
        label.link = (
            f' <a href="{escape(mark.link)}" title="{label.tip} on GeoNames">↗</a>'
            if mark.link
            else ""
        )
        return label


def _anchor(item: str) -> str:
    """The HTML id of an item's table row (escaped)."""
    return escape(f"item-{item}")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of the text that holds more than whitespace."""
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            out.append((start, end))
        start = end + 1
    return out


def _line_doc(text: str, start: int, end: int, line_marks: list[Mark], glue: str) -> dict:
    """One line in displaCy's manual span format: its words and its spans (clipped to
    the line) by word index."""
    tokens, offsets = _words(text, start, end, line_marks)
    spans = []
    for mark in line_marks:
        inside = [
            i
            for i, (a, b) in enumerate(offsets)
            if a >= mark.start and b <= mark.end and tokens[i].strip()
        ]
        if inside:
            label = _Label.of(mark)
            spans.append({"start_token": inside[0], "end_token": inside[-1] + 1, "label": label})
    # displaCy puts a space after every word outside the spans: the glue marks where the
    # text has none (`(` before a span), and is taken out with that space afterwards
    for i in range(len(tokens) - 1):
        if tokens[i].strip() and tokens[i + 1].strip() and not _covered(line_marks, *offsets[i]):
            tokens[i] += glue
    return {"text": text[start:end], "tokens": tokens, "spans": spans}


def _words(
    text: str, start: int, end: int, line_marks: list[Mark]
) -> tuple[list[str], list[tuple[int, int]]]:
    """The words of a line and their offsets, cut at whitespace and at every span
    boundary. A space inside all the spans of the word before it joins that word as a
    no-break space, so their underlines run on; other whitespace is an empty word, which
    displaCy draws as a space."""
    cuts = {start, end}
    for mark in line_marks:
        cuts.update(c for c in (mark.start, mark.end) if start < c < end)
    for match in _WS_RE.finditer(text, start, end):
        cuts.update((match.start(), match.end()))
    bounds = sorted(cuts)
    tokens: list[str] = []
    offsets: list[tuple[int, int]] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = text[a:b]
        if not piece.isspace():
            tokens.append(piece)
            offsets.append((a, b))
        elif tokens and tokens[-1].strip() and _runs_on(line_marks, offsets[-1][0], b):
            tokens[-1] += "\u00a0"
        else:
            tokens.append("")
            offsets.append((a, b))
    return tokens, offsets


def _covered(line_marks: list[Mark], start: int, end: int) -> bool:
    return any(m.start <= start and end <= m.end for m in line_marks)


def _runs_on(line_marks: list[Mark], word_start: int, space_end: int) -> bool:
    """Whether the word at ``word_start`` is in some span and every span it is in goes on
    past the whitespace ending at ``space_end``."""
    covering = [m for m in line_marks if m.start <= word_start < m.end]
    return bool(covering) and all(m.end > space_end for m in covering)


def marked_html(record: dict) -> str:
    """The article text with every span drawn by displaCy, one block per line."""
    text = record["text"]
    found = marks(record)
    glue = next(c for c in map(chr, range(0xE000, 0xF900)) if c not in text)  # private use
    docs = []
    for start, end in _lines(text):
        line_marks = [m for m in found if m.start < end and m.end > start]
        docs.append(_line_doc(text, start, end, line_marks, glue))
    options = {"colors": COLORS, "template": TEMPLATES}
    markup = displacy.render(docs, style="span", manual=True, options=options, jupyter=False)
    return markup.replace(glue + " ", "")


def _cell(cell: str | Link) -> str:
    if isinstance(cell, Link):
        return f'<a href="{escape(cell.url)}">{escape(cell.text)}</a>'
    return escape(cell)


def html_table(table: Table) -> str:
    """A layer's table as HTML, every cell escaped."""
    head = "".join(f"<th>{escape(name)}</th>" for name in table.columns)
    keyed = table.columns[0] == "id"  # a row per item: the spans' ids link to it
    rows = "".join(
        (f'<tr id="{_anchor(str(row[0]))}">' if keyed else "<tr>")
        + "".join(f"<td>{_cell(cell)}</td>" for cell in row)
        + "</tr>"
        for row in table.rows
    )
    return (
        f'<table class="{escape(table.key)}"><caption>{escape(table.title)} '
        f"({len(table.rows)})</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
    )


def _legend() -> str:
    chips = "".join(
        f'<span class="chip" style="background: {color}">{escape(label.lower())}</span>'
        for label, color in COLORS.items()
    )
    return (
        f'<p class="legend">{chips} Each span starts with the id of its item in the tables '
        "below (a speaker: of the claim); hover over the id for the value, click it for the "
        "row.</p>"
    )


def _meta(record: dict) -> str:
    ref = record.get("reference_date")
    when = f"reference date {ref['value']} ({ref['origin']})" if ref else "no reference date"
    found = ", ".join(plural(n, key) for key, n in counts(record).items())
    return (
        f"{escape(record['source'])} · id {escape(str(record['id']))} · {escape(when)}<br>{found}"
    )


def _title(record: dict) -> str:
    if record.get("title"):
        return record["title"]
    return record["source"] if record["source"] != "-" else f"record {record['id']}"


def page(record: dict, *, index: str | None = None) -> str:
    """One standalone HTML page for a record (it must hold ``text``); ``index`` links
    back to the batch's index page."""
    title = _title(record)
    back = f'<p><a href="{escape(index)}">← all records</a></p>' if index else ""
    body = (
        f"{back}<header><h1>{escape(title)}</h1>"
        f'<p class="meta">{_meta(record)}</p>{_legend()}</header>'
        f'<section class="article">{marked_html(record)}</section>'
        + "".join(html_table(table) for table in tables(record) if table.rows)
    )
    return PAGE.format(csp=CSP, title=escape(title), style=STYLE, body=body)


def _index_row(n: int, record: dict, href: str | None) -> str:
    blank = "<td></td>" * len(counts({}))
    source = f'<br><span class="source">{escape(record["source"])}</span>'
    if "error" in record:
        error = record["error"]
        message = f"{escape(error['code'])}: {escape(error['message'])}"
        return (
            f"<tr><td>{n}</td><td>-{source}</td><td></td>{blank}"
            f'<td class="error">{message}</td></tr>'
        )
    title = escape(_title(record))
    ref = record.get("reference_date")
    when = record.get("published") or (ref["value"] if ref else "-")
    found = "".join(f'<td class="n">{v}</td>' for v in counts(record).values())
    return (
        f'<tr><td>{n}</td><td><a href="{escape(href or "")}">{title}</a>{source}</td>'
        f'<td class="date">{escape(when)}</td>{found}<td></td></tr>'
    )


def index(entries: list[tuple[dict, str | None]]) -> str:
    """The index page of a batch: one row per record (title linking to its page, date,
    counts per layer) or error record (its error)."""
    head = ["#", "title", "date", *counts({}).keys(), "error"]
    rows = "".join(_index_row(n, record, href) for n, (record, href) in enumerate(entries, 1))
    failed = sum(1 for record, _ in entries if "error" in record)
    body = (
        f"<header><h1>claimx: {plural(len(entries), 'records')}</h1>"
        f'<p class="meta">{len(entries) - failed} shown, {plural(failed, "errors")}</p></header>'
        f'<table class="index"><thead><tr>{"".join(f"<th>{escape(h)}</th>" for h in head)}'
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )
    return PAGE.format(csp=CSP, title="claimx records", style=STYLE, body=body)
