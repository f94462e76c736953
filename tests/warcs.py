"""Build small WARC files for tests and the bench: one gzip member per record, as Common
Crawl writes them, from pages given as (URI, HTML) pairs."""

from __future__ import annotations

import gzip
import html
import uuid
from collections.abc import Iterable
from pathlib import Path


def warc_record(
    uri: str,
    body: bytes,
    *,
    content_type: str = "text/html; charset=utf-8",
    date: str = "2024-03-05T10:00:00Z",
    record_id: str | None = None,
    record_type: str = "response",
) -> bytes:
    """One uncompressed WARC/1.1 record; a response wraps ``body`` in an HTTP response."""
    if record_type == "response":
        block = (
            f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        block_type = "application/http; msgtype=response"
    elif record_type == "request":
        block = f"GET {uri} HTTP/1.1\r\nHost: example\r\n\r\n".encode()
        block_type = "application/http; msgtype=request"
    else:
        block, block_type = body, "application/warc-fields"
    record_id = record_id or f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri + record_type)}>"
    head = (
        f"WARC/1.1\r\nWARC-Type: {record_type}\r\nWARC-Record-ID: {record_id}\r\n"
        f"WARC-Date: {date}\r\nWARC-Target-URI: {uri}\r\nContent-Type: {block_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def write_warc(path: Path, records: Iterable[bytes], *, compress: bool = True) -> Path:
    """Write records, each its own gzip member when ``compress``."""
    with open(path, "wb") as f:
        for record in records:
            f.write(gzip.compress(record, mtime=0) if compress else record)
    return path


def news_page(title: str, text: str, *, date: str | None = None, url: str = "") -> bytes:
    """A news page around an article's text: head, menus, paragraphs, related links, footer."""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    canonical = f'<link rel="canonical" href="{html.escape(url)}">' if url else ""
    paras = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n") if p.strip())
    menu = " | ".join(f'<a href="/{s.lower()}">{s}</a>' for s in ("World", "Business", "Sport"))
    return (
        f"<!DOCTYPE html><html><head><title>{html.escape(title)} | The Daily</title>{meta}"
        f"{canonical}<script>window.dataLayer = [];</script></head><body>"
        f"<header><nav>{menu}</nav></header><main><article><h1>{html.escape(title)}</h1>"
        f"{paras}</article><aside><h2>Related</h2><ul><li><a href='/a'>More news</a></li>"
        f"</ul></aside></main><footer>Copyright The Daily. All rights reserved.</footer>"
        f"</body></html>"
    ).encode()
