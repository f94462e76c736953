"""Analysis tables from claimx records: one row per article, item, mention and claim link.

records (JSON Lines) → a staging table in a temporary on-disk DuckDB database, read
once with the record's own types → one SELECT per table (``TABLES``) → Parquet files,
CSV files or one ``.duckdb`` file, each written by DuckDB from the same relation in row
groups. DuckDB streams and spills to the staging folder, so memory stays bounded
(``MEMORY_LIMIT``) however big the input. Error records are counted and left out.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claimx.errors import ClaimxError, InputError, UsageError

FORMATS = ("parquet", "csv", "duckdb")
#: The file a ``--format duckdb`` run writes in the output folder.
DUCKDB_FILE = "claimx.duckdb"
#: DuckDB's working memory while building; past it, DuckDB spills to the staging folder.
MEMORY_LIMIT = "1GB"
#: The longest record line read (bytes); DuckDB's JSON reader buffers twice this per thread.
MAX_RECORD_BYTES = 64 * 1024 * 1024
#: Rows per Parquet row group (DuckDB's default).
ROW_GROUP_SIZE = 122_880

_MENTION = 'STRUCT(text VARCHAR, start INTEGER, "end" INTEGER)[]'
#: The record's fields as DuckDB types (claimx.records); ``text`` and unknown keys are
#: not read.
RECORD_COLUMNS = {
    "schema": "VARCHAR",
    "id": "VARCHAR",
    "source": "VARCHAR",
    "title": "VARCHAR",
    "published": "VARCHAR",
    "reference_date": "STRUCT(value VARCHAR, origin VARCHAR)",
    "actors": "STRUCT(id VARCHAR, name VARCHAR, kind VARCHAR, titles VARCHAR[], "
    f"affiliation VARCHAR, mentions {_MENTION})[]",
    "places": "STRUCT(id VARCHAR, name VARCHAR, kind VARCHAR, country VARCHAR, "
    f"geonames_id BIGINT, lat DOUBLE, lon DOUBLE, mentions {_MENTION})[]",
    "quantities": 'STRUCT(id VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER, '
    "value DOUBLE, low DOUBLE, high DOUBLE, bound VARCHAR, unit VARCHAR, counted VARCHAR, "
    "kind VARCHAR, change VARCHAR)[]",
    "dates": 'STRUCT(id VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER, type VARCHAR, '
    'value VARCHAR, relative BOOLEAN, interval STRUCT(start VARCHAR, "end" VARCHAR), '
    "bound VARCHAR)[]",
    "claims": 'STRUCT(id VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER, '
    'sentence STRUCT(start INTEGER, "end" INTEGER), kind VARCHAR, cue VARCHAR, '
    "cue_start INTEGER, cue_end INTEGER, "
    'speaker STRUCT(actor VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER), '
    "actors VARCHAR[], places VARCHAR[], quantities VARCHAR[], dates VARCHAR[])[]",
    "warnings": "STRUCT(code VARCHAR, message VARCHAR)[]",
    "error": "STRUCT(code VARCHAR, message VARCHAR)",
}

#: The tables, in the order written: name → SELECT over ``articles_in`` (the records
#: that are not error records, in input order). The README documents every column.
TABLES: dict[str, str] = {
    "articles": """
        SELECT id AS article_id, source, title,
               TRY_CAST(published AS DATE) AS published,
               TRY_CAST(reference_date.value AS DATE) AS reference_date,
               reference_date.origin AS reference_date_origin,
               len(actors)::INTEGER AS n_actors, len(places)::INTEGER AS n_places,
               len(quantities)::INTEGER AS n_quantities, len(dates)::INTEGER AS n_dates,
               len(claims)::INTEGER AS n_claims,
               NULLIF(array_to_string([w.code FOR w IN warnings], ','), '') AS warnings
        FROM articles_in""",
    "actors": """
        SELECT article_id, a.id AS actor_id, a.name, a.kind,
               NULLIF(array_to_string(a.titles, '; '), '') AS titles,
               a.affiliation, len(a.mentions)::INTEGER AS n_mentions
        FROM (SELECT id AS article_id, unnest(actors) AS a FROM articles_in)""",
    "places": """
        SELECT article_id, p.id AS place_id, p.name, p.kind, p.country, p.geonames_id,
               p.lat, p.lon, len(p.mentions)::INTEGER AS n_mentions
        FROM (SELECT id AS article_id, unnest(places) AS p FROM articles_in)""",
    "quantities": """
        SELECT article_id, q.id AS quantity_id, q.text, q.start AS span_start,
               q."end" AS span_end, q.value, q.low, q.high, q.bound, q.unit, q.counted,
               q.kind, q.change
        FROM (SELECT id AS article_id, unnest(quantities) AS q FROM articles_in)""",
    "dates": """
        SELECT article_id, d.id AS date_id, d.text, d.start AS span_start,
               d."end" AS span_end, d.type, d.value, d.relative,
               TRY_CAST(d.interval.start AS DATE) AS interval_start,
               TRY_CAST(d.interval."end" AS DATE) AS interval_end, d.bound
        FROM (SELECT id AS article_id, unnest(dates) AS d FROM articles_in)""",
    "claims": """
        SELECT article_id, c.id AS claim_id, c.kind, c.text, c.start AS span_start,
               c."end" AS span_end, c.sentence.start AS sentence_start,
               c.sentence."end" AS sentence_end, c.cue, c.cue_start, c.cue_end,
               c.speaker.actor AS speaker_actor_id, c.speaker.text AS speaker_text,
               c.speaker.start AS speaker_start, c.speaker."end" AS speaker_end
        FROM (SELECT id AS article_id, unnest(claims) AS c FROM articles_in)""",
    "mentions": """
        SELECT article_id, item_id, m.start AS span_start, m."end" AS span_end, m.text
        FROM (
            SELECT article_id, i.id AS item_id, unnest(i.mentions) AS m
            FROM (
                SELECT id AS article_id,
                       unnest(list_concat([{'id': a.id, 'mentions': a.mentions}
                                           FOR a IN actors],
                                          [{'id': p.id, 'mentions': p.mentions}
                                           FOR p IN places])) AS i
                FROM articles_in))""",
    "claim_links": """
        SELECT article_id, claim_id, link.kind AS item_kind, link.id AS item_id
        FROM (
            SELECT article_id, c.id AS claim_id,
                   unnest(list_concat([{'kind': 'actor', 'id': x} FOR x IN c.actors],
                                      [{'kind': 'place', 'id': x} FOR x IN c.places],
                                      [{'kind': 'quantity', 'id': x} FOR x IN c.quantities],
                                      [{'kind': 'date', 'id': x} FOR x IN c.dates])) AS link
            FROM (SELECT id AS article_id, unnest(claims) AS c FROM articles_in))""",
}


@dataclass
class TablesSummary:
    """What a ``write_tables`` run did."""

    articles: int = 0
    errors: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)
    started: float = field(default_factory=time.perf_counter)
    elapsed: float = 0.0

    def line(self) -> str:
        """The one-line summary printed on stderr at the end."""
        parts = [_count(self.articles, "article")]
        if self.errors:
            parts.append(_count(self.errors, "error record") + " left out")
        parts += [f"{name} {n}" for name, n in self.rows.items() if name != "articles"]
        return f"claimx tables: {', '.join(parts)}; {self.elapsed:.1f} s"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def write_tables(
    paths: Iterable[str | Path],
    to: str | Path,
    *,
    fmt: str = "parquet",
    memory_limit: str = MEMORY_LIMIT,
) -> TablesSummary:
    """Write the tables of the records in ``paths`` (JSON Lines files, ``-`` for stdin)
    into the folder ``to``: ``NAME.parquet`` or ``NAME.csv`` per table, or one
    ``claimx.duckdb``. Existing files of the same names are replaced.

    Raises UsageError for a bad ``fmt`` and InputError when an input is missing or
    does not hold claimx records (nothing is written then).
    """
    import duckdb

    if fmt not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}")
    paths = [str(p) for p in paths]
    if not paths:
        raise UsageError("no record files given")
    for path in paths:
        if path != "-" and not os.path.isfile(path):
            raise InputError(f"no such file: {path}", code="not_found")
    out = Path(to)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"cannot create {out}: {err.strerror}") from None
    summary = TablesSummary()
    with tempfile.TemporaryDirectory(prefix=".claimx-tables-", dir=out) as staging:
        con = _connect(staging, memory_limit)
        try:
            _stage(con, [_readable(p, staging) for p in paths], paths, summary)
            if fmt == "duckdb":
                target = out / DUCKDB_FILE
                for stale in (target, target.with_name(target.name + ".wal")):
                    stale.unlink(missing_ok=True)
                con.execute("ATTACH ? AS out", [str(target)])
                summary.files.append(target)
            for name, select in TABLES.items():
                summary.rows[name] = _write(con, name, select, out, fmt, summary)
        except duckdb.Error as err:  # out of memory or disk space, an unwritable file
            raise ClaimxError(f"DuckDB failed: {_first_line(err)}") from None
        finally:
            con.close()
    summary.elapsed = time.perf_counter() - summary.started
    return summary


def _connect(staging: str, memory_limit: str):
    """The staging database: on disk, spilling to the staging folder, rows kept in order."""
    import duckdb

    con = duckdb.connect(os.path.join(staging, "staging.duckdb"))
    con.execute("SET memory_limit = ?", [memory_limit])
    con.execute("SET temp_directory = ?", [os.path.join(staging, "spill")])
    con.execute("SET preserve_insertion_order = true")
    con.execute("SET enable_progress_bar = false")  # stderr is claimx's
    return con


def _readable(path: str, staging: str) -> str:
    """A path DuckDB can read: stdin is copied to the staging folder first."""
    if path != "-":
        return path
    copy = os.path.join(staging, "stdin.jsonl")
    with open(copy, "wb") as f:
        shutil.copyfileobj(sys.stdin.buffer, f)
    return copy


def _stage(con, files: list[str], names: list[str], summary: TablesSummary) -> None:
    """Read every record once into the staging table; check they are claimx records."""
    import duckdb

    columns = "{" + ", ".join(f"'{k}': '{v}'" for k, v in RECORD_COLUMNS.items()) + "}"
    try:
        con.execute(
            "CREATE TABLE records AS SELECT * FROM read_json(?, columns = "
            + columns
            + ", format = 'auto', filename = true, "
            f"maximum_object_size = {MAX_RECORD_BYTES})",
            [files],
        )
    except (duckdb.InvalidInputException, duckdb.ConversionException) as err:
        raise InputError(f"cannot read the records: {_first_line(err)}", code="bad_json") from None
    bad = _one(
        con,
        "SELECT filename FROM records WHERE schema IS DISTINCT FROM 'claimx/1' "
        "OR (error IS NULL AND id IS NULL) LIMIT 1",
    )
    if bad:
        where = names[files.index(bad[0])] if bad[0] in files else bad[0]
        raise InputError(
            f'{where} does not hold claimx records (a line without "schema": "claimx/1" '
            "or without an id)",
            code="bad_json",
        )
    summary.articles, summary.errors = _one(
        con,
        "SELECT count(*) FILTER (WHERE error IS NULL), count(*) FILTER (WHERE error IS NOT NULL) "
        "FROM records",
    )
    con.execute("CREATE VIEW articles_in AS SELECT * FROM records WHERE error IS NULL")


def _write(con, name: str, select: str, out: Path, fmt: str, summary: TablesSummary) -> int:
    """Write one table (into the attached ``out`` database for duckdb); returns its
    number of rows."""
    rel = con.sql(select)
    if fmt == "duckdb":
        rel.to_table(f"out.main.{name}")
        return _one(con, f"SELECT count(*) FROM out.main.{name}")[0]
    target = out / f"{name}.{fmt}"
    if fmt == "parquet":
        rel.write_parquet(str(target), row_group_size=ROW_GROUP_SIZE)
    else:
        rel.write_csv(str(target), header=True)
    summary.files.append(target)
    return _one(con, f"SELECT count(*) FROM ({select})")[0]


def _one(con, sql: str) -> tuple | None:
    """The first row of a query (the whole result is fetched, as DuckDB requires)."""
    rows = con.execute(sql).fetchall()
    return rows[0] if rows else None


def _first_line(err: Exception) -> str:
    return str(err).strip().splitlines()[0][:300]
