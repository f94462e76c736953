"""One unit vocabulary: claimx's own unit table (models/quantities.json) and quantulum3's
unit table (its physical units: surface forms with their plurals, and symbols), with the
grammar of compound units written over it ("tonnes per hectare" is read by the caller;
"mg/L", "km²", "sq yd", "acre-feet", "5,000-square-foot" here).

claimx's table comes first: its names are the record's ("celsius", "pound-mass"), and it
knows which short symbols need the number glued to them. quantulum3's table covers the
rest under quantulum3's names ("hectopascal", "acre foot", "bushel"), which are also the
names the NewsQuant annotation uses. quantulum3 is loaded once, on the first unit claimx's
own table does not know. Imports no component.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib.resources import files
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

#: quantulum3 entities that are no physical unit: counts, money and durations are read by
#: other rules (durations belong to dates)
NON_PHYSICAL = frozenset({"dimensionless", "currency", "time", "unknown"})
#: a power written after a unit ("cm2", "ft³")
POWERS = {"2": "square", "²": "square", "3": "cubic", "³": "cubic"}
#: words before a length that make it an area or a volume ("sq ft", "cubic yards")
POWER_WORDS = {
    "square": "square", "sq": "square", "sq.": "square",
    "cubic": "cubic", "cu": "cubic", "cu.": "cubic",
}  # fmt: skip
#: words after a length that make it an area or a volume ("4 km squared")
POWER_WORDS_AFTER = {"squared": "square", "cubed": "cubic"}
#: a lower-case letter before a capital: a symbol whose case carries meaning ("mM", "dB")
_CASED_SYMBOL_RE = re.compile(r"[a-zµμ][A-Z]")


@dataclass(frozen=True)
class UnitTables:
    """claimx's unit table and what quantulum3's may add to it (see models/quantities.json:
    "units", "unit_symbols", "ambiguous_symbols_need_attachment", "spaced_symbols",
    "powers", "rate_time_abbreviations", "quantulum")."""

    words: dict[str, str]  # lower-case names and spellings -> name
    symbols: dict[str, str]  # symbols as written -> name
    ambiguous: frozenset[str]  # symbols that are a unit only glued to the number
    spaced: frozenset[str]  # ambiguous symbols that are units after a space in this case
    acronyms: frozenset[str]  # spellings that, in capitals, are acronyms and no unit ("GPA")
    powers: frozenset[str]  # names of the lengths a power makes an area or a volume
    rate_times: dict[str, str]  # time units written short after a slash ("/d")
    excluded_words: frozenset[str]  # quantulum3 surfaces that are English words first
    excluded_symbols: frozenset[str]  # quantulum3 symbols that are words or abbreviations
    renamed: tuple[tuple[str, str], ...]  # quantulum3 name -> claimx's name of that unit

    @cached_property
    def quantulum(self) -> _Quantulum:
        """quantulum3's part of the vocabulary, read on first use."""
        known = tuple(sorted({**self.words, **self.symbols}.items()))
        return _quantulum_table(self.excluded_words, self.excluded_symbols, self.renamed, known)


@dataclass(frozen=True)
class _Quantulum:
    words: dict[str, str]
    symbols: dict[str, str]
    lengths: frozenset[str]


@lru_cache(maxsize=1)
def quantity_tables() -> dict[str, Any]:
    """models/quantities.json, read once: the unit vocabulary and the quantity word lists."""
    data: dict[str, Any] = json.loads(
        files("claimx.models").joinpath("quantities.json").read_text("utf-8")
    )
    return data


def unit_words(data: dict[str, Any]) -> dict[str, str]:
    """Lower-case unit names and spellings of claimx's table -> the unit's name."""
    units: dict[str, str] = {}
    for name, surfaces in data["units"].items():
        units[name.lower()] = name
        for s in surfaces:
            units[s.lower()] = name
    return units


@lru_cache(maxsize=1)
def _money_words() -> frozenset[str]:
    data = quantity_tables()
    words = {k for k in data["currency_words"] if " " not in k}
    return frozenset(words | set(data["currency_symbols"]) | set(data["subunit_words"]))


def is_money_word(surface: str) -> bool:
    """Whether a word written after a number names money: a currency ("dollars", "€", "GBP")
    or a currency's subunit ("cents", "pence", "p")."""
    return surface.lower().rstrip(".") in _money_words()


@lru_cache(maxsize=1)
def load_unit_tables() -> UnitTables:
    """The one unit vocabulary, as every component asks it."""
    data = quantity_tables()
    quantulum = data["quantulum"]
    return UnitTables(
        words=unit_words(data),
        symbols=data["unit_symbols"],
        ambiguous=frozenset(data["ambiguous_symbols_need_attachment"]),
        spaced=frozenset(data["spaced_symbols"]),
        acronyms=frozenset(data["acronyms"]),
        powers=frozenset(data["powers"]),
        rate_times=data["rate_time_abbreviations"],
        excluded_words=frozenset(quantulum["excluded_words"]),
        excluded_symbols=frozenset(quantulum["excluded_symbols"]),
        renamed=tuple(sorted(quantulum["renamed"].items())),
    )


def _quantulum(tables: UnitTables) -> _Quantulum:
    return tables.quantulum


@lru_cache(maxsize=4)
def _quantulum_table(
    excluded_words: frozenset[str],
    excluded_symbols: frozenset[str],
    renamed_pairs: tuple[tuple[str, str], ...],
    known_pairs: tuple[tuple[str, str], ...],
) -> _Quantulum:
    """quantulum3's physical units: lower-case surfaces and symbols as written -> name. A
    surface claimx's table knows keeps claimx's reading, if quantulum3 has it among its
    readings ("bp" is a basis point, never a base pair), else none."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*[Cc]lassifier dependencies not installed.*")
        from quantulum3 import load

        units = load.units()
    renamed, known = dict(renamed_pairs), dict(known_pairs)

    def first(found: object, surface: str) -> str | None:
        physical = sorted(
            renamed.get(u.name, u.name)
            for u in found  # type: ignore[attr-defined]
            if u.entity.name not in NON_PHYSICAL
        )
        ours = known.get(surface)
        if ours is not None:
            return ours if ours in physical else None
        return physical[0] if physical else None

    words: dict[str, str] = {}
    for surface, found in units.surfaces_lower.items():
        name = first(found, surface)
        if name is not None and surface not in excluded_words:
            words[surface] = name
    symbols: dict[str, str] = {}
    for symbol, found in units.symbols.items():
        name = first(found, symbol)
        if name is not None and symbol not in excluded_symbols:
            symbols[symbol] = name
    lengths = frozenset(
        renamed.get(u.name, u.name) for u in units.names.values() if u.entity.name == "length"
    )
    return _Quantulum(words, symbols, lengths)


def _own_unit(surface: str, tables: UnitTables, attached: bool) -> str | None:
    """A unit of claimx's own table: a symbol as written, or a name in any case ("KM")."""
    if surface in tables.symbols and (
        attached or surface not in tables.ambiguous or surface in tables.spaced
    ):
        return tables.symbols[surface]
    low = surface.lower()
    if low in tables.words and not _CASED_SYMBOL_RE.search(surface):
        if low in tables.ambiguous and not attached:
            return None
        return tables.words[low]
    return None


def _spaced_symbol_ok(symbol: str, q: _Quantulum) -> bool:
    """Whether a quantulum3 symbol is a unit after a space: one whose case tells it from a
    word ("hPa", "dL", "GeV"), a capitalized one also known in lower case ("BTU"), or a
    lower-case one that is no function word ("nm", "psi")."""
    if not symbol.isascii() and len(symbol) == 1:
        return symbol.isalpha()  # a letter no English word is: "Ω", "Å"
    if not symbol.isalpha():
        return len(symbol) > 1
    if _CASED_SYMBOL_RE.search(symbol) or (symbol[:1].isupper() and symbol[1:].islower()):
        return len(symbol) > 1
    if symbol.isupper():
        return len(symbol) > 2 and symbol.lower() in q.symbols
    return len(symbol) > 1 and symbol not in STOP_WORDS


#: SI prefixes written as symbols before a unit's symbol ("mSv", "µT", "nF", "MΩ")
SI_PREFIXES = {
    "p": "pico", "n": "nano", "µ": "micro", "μ": "micro", "m": "milli",
    "k": "kilo", "M": "mega", "G": "giga", "T": "tera",
}  # fmt: skip
#: unit symbols in lower case that take a prefix ("mbar", "mmol"); the others that do are
#: capitalized, after the person they are named for ("Sv", "T", "F", "Pa")
_LOWER_PREFIXED_BASES = frozenset({"bar", "mol", "cd", "lm", "lx"})
#: what a symbol names after a prefix where alone it names another unit: "F" alone is
#: Fahrenheit in news, "nF" a nanofarad (no temperature scale takes a prefix)
_PREFIXED_BASE_NAMES = {"F": "farad"}
#: prefix and symbol that spell something else: "pH" is acidity, not a picohenry
_NOT_PREFIXED = frozenset({"pH"})


def _si_prefixed(surface: str, tables: UnitTables) -> str | None:
    """A unit's symbol after an SI prefix's, as the prefix grammar writes any of them:
    "mSv" (millisievert), "µT" (microtesla), "nF" (nanofarad), "mbar" (millibar). Letters
    all in capitals are left out: "MA", "GT", "PA" are names and abbreviations first."""
    prefix = SI_PREFIXES.get(surface[:1])
    base = surface[1:]
    if prefix is None or not base or surface in _NOT_PREFIXED:
        return None
    if surface.isupper() and not base.startswith("Ω"):
        return None
    q = _quantulum(tables)
    if base in _LOWER_PREFIXED_BASES:
        name = q.words.get(base) or q.symbols.get(base)
    elif base[:1].isupper() or base[:1] == "Ω":
        name = _PREFIXED_BASE_NAMES.get(base) or q.symbols.get(base) or tables.symbols.get(base)
    else:
        return None
    if name is None or " " in name or "-" in name or name in ("celsius", "fahrenheit"):
        return None
    return prefix + name


def _quantulum_unit(surface: str, tables: UnitTables, attached: bool) -> str | None:
    """A unit of quantulum3's table: a symbol as written, or a surface written in lower case."""
    q = _quantulum(tables)
    name = q.symbols.get(surface)
    single = len(surface) == 1 and surface.isalpha() and not surface.isascii()  # "Ω", "Å"
    if (
        name is not None
        and (len(surface) > 1 or single)
        and (attached or _spaced_symbol_ok(surface, q))
    ):
        return name
    if surface[:1].islower() or not surface[:1].isalpha():
        return q.words.get(surface.lower())
    return None


def _powered(surface: str, tables: UnitTables) -> str | None:
    """A length raised to a power: "cm2", "ft³", "sq yd", "square furlongs", "cubic km"."""
    if len(surface) > 1 and surface[-1] in POWERS:
        base = lookup_unit(surface[:-1], tables, attached=True)
        if base is not None and is_length(base, tables):
            return f"{POWERS[surface[-1]]} {base}"
    rest, _, tail = surface.rpartition(" ")
    if tail.lower() in POWER_WORDS_AFTER and rest:
        base = lookup_unit(rest, tables, attached=True)
        if base is not None and is_length(base, tables):
            return f"{POWER_WORDS_AFTER[tail.lower()]} {base}"  # "km squared", "feet cubed"
    head, _, rest = surface.partition(" ")
    power = POWER_WORDS.get(head.lower())
    if power and rest:
        base = lookup_unit(rest, tables, attached=True)
        if base is not None and is_length(base, tables):
            return f"{power} {base}"
    return None


def is_length(name: str, tables: UnitTables) -> bool:
    """Whether a unit name is a length (one that a power squares or cubes)."""
    return name in tables.powers or name in _quantulum(tables).lengths


def per_unit(num: str, den: str, tables: UnitTables) -> str | None:
    """A unit divided by another, as a slash writes it: "A/cm2", "kg/m3", "bbl/d", "mg/L"."""
    top = lookup_unit(num, tables, attached=True) if num else None
    bottom = tables.rate_times.get(den) or (
        lookup_unit(den, tables, attached=True) if den else None
    )
    if bottom is None and len(den) > 1 and den[-1] in ("2", "²"):
        time = tables.rate_times.get(den[:-1])  # "m/s2", "km/s²": per square second
        bottom = f"square {time}" if time is not None else None
    if top is None or bottom is None or " per " in top or " per " in bottom:
        return None
    return f"{top} per {bottom}"


def _inverse(surface: str, tables: UnitTables) -> str | None:
    """A unit times another to a negative power, as science writes a rate: "m s−1",
    "mg kg-1", "kg m⁻³" (metre per second, milligram per kilogram, kilogram per cubic
    metre)."""
    m = _INVERSE_RE.fullmatch(surface)
    if m is None:
        return None
    power = m["power"].translate(_SUPERSCRIPTS)
    bottom = m["bottom"] if power == "1" else m["bottom"] + power
    return per_unit(m["top"], bottom, tables)


#: "m s−1", "kg m-3", "mmol L⁻¹": a unit, a space, a unit with a minus and a power
_INVERSE_RE = re.compile(r"(?P<top>[^\s/]+) (?P<bottom>[A-Za-zµμ]+)[−\-⁻](?P<power>[123¹²³])")
_SUPERSCRIPTS = str.maketrans("¹²³", "123")
#: "km^2": a power written with a caret
_CARET_POWER_RE = re.compile(r"\^([23])$")


#: a data size or rate written with a prefix letter, its case telling a byte ("B") from a
#: bit ("b"): "MB", "Gb", "kB", "MB/s" (megabyte per second), "Mbps" (megabit per second)
_DATA_UNIT_RE = re.compile(r"(?P<prefix>[kKMGTP])(?P<unit>[Bb])(?P<rate>ps|/s)?")
_DATA_PREFIXES = {"k": "kilo", "K": "kilo", "M": "mega", "G": "giga", "T": "tera", "P": "peta"}


def _data_unit(surface: str) -> str | None:
    """A byte or bit unit written in capitals where case carries meaning ("kb", "mbps" in
    lower case are left to the table)."""
    m = _DATA_UNIT_RE.fullmatch(surface)
    if m is None or surface.islower():
        return None
    name = _DATA_PREFIXES[m["prefix"]] + ("byte" if m["unit"] == "B" else "bit")
    return f"{name} per second" if m["rate"] else name


#: the micro prefix has two code points: the micro sign (U+00B5) that unit tables use, and
#: the Greek letter mu (U+03BC) that many keyboards and fonts give ("μg/m3", "50 μg")
_GREEK_MU, _MICRO_SIGN = "\u03bc", "\u00b5"


def lookup_unit(surface: str, tables: UnitTables, *, attached: bool) -> str | None:
    """The normalized name of a unit as written (``attached``: glued to the number): from
    claimx's table, then quantulum3's; a power of a length ("km²", "km^2", "sq yd"); a
    hyphenated form ("acre-feet", "square-foot"); or a unit per unit ("mg/L", "m s−1").
    A Greek mu reads as the micro sign where it is not known as written."""
    name = _lookup_unit(surface, tables, attached)
    if name is None and _GREEK_MU in surface:
        name = _lookup_unit(surface.replace(_GREEK_MU, _MICRO_SIGN), tables, attached)
    return name


def _lookup_unit(surface: str, tables: UnitTables, attached: bool) -> str | None:
    if not surface or len(surface) > 60 or surface in tables.acronyms:
        return None
    if surface.startswith("° ") and len(surface) > 2:
        surface = "°" + surface[2:]  # "25 ° C": the tokenizer's space after a degree sign
    surface = _CARET_POWER_RE.sub(r"\1", surface)
    name = _data_unit(surface) or _own_unit(surface, tables, attached) or _powered(surface, tables)
    if name is None and " " in surface:
        name = _inverse(surface, tables)
    if name is None and surface.count("/") == 1 and " " not in surface:
        return per_unit(*surface.split("/"), tables)
    if name is None:
        name = _quantulum_unit(surface, tables, attached)
    if name is None and len(surface) > 1:
        name = _si_prefixed(surface, tables)
    if name is None and "-" in surface.strip("-"):
        spaced = surface.replace("-", " ")
        name = _own_unit(spaced, tables, attached) or _powered(spaced, tables)
        name = name or _quantulum_unit(spaced, tables, attached)
    return name
