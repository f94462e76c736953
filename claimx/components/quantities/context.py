"""Context around a run of number tokens: the currency, unit, bound and rate written
before or after it."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files

from spacy.tokens import Doc, Span, Token

from claimx.components.quantities.assets import NOUN_POS, Rules, load_rules, numeral
from claimx.extensions import doc_without_capitals
from claimx.gazetteer import get_gazetteer
from claimx.numbers import SCALES
from claimx.patterns import bracketed_aside, preposition_after_object
from claimx.timex.vocabulary import UNIT_ABBREVIATIONS, UNIT_RE
from claimx.units import lookup_unit


def lower_seq(doc: Doc, a: int, b: int) -> tuple[str, ...]:
    return tuple(t.lower_ for t in doc[a:b])


def currency_before(doc: Doc, i: int, lo: int, rules: Rules) -> tuple[str, int] | None:
    """ISO code and first token of a currency sign or code just before token i."""
    if i - 1 < lo:
        return None
    tok = doc[i - 1]
    w = tok.lower_
    if w == "." and i - 2 >= lo and doc[i - 2].whitespace_ == "":
        abbrev = doc[i - 2].lower_ + "."  # "Rs. 200": the tokenizer split the full stop off
        if abbrev in rules.currency_symbols and doc[i - 2].text[:1].isupper():
            return rules.currency_symbols[abbrev], i - 2
    if w == "$" and i - 2 >= lo:
        prev = doc[i - 2].lower_
        ptxt = doc[i - 2].text
        glued = doc[i - 2].whitespace_ == ""
        capitals = ptxt.isupper() or doc_without_capitals(doc)
        if prev in rules.dollar_prefixes and capitals and (glued or len(ptxt) > 1):
            return rules.dollar_prefixes[prev], i - 2
    if tok.text in rules.iso_codes:
        return tok.text, i - 1  # "UGX 200,000"
    if tok.text in rules.currency_signs:
        return rules.currency_signs[tok.text], i - 1  # "Rp 50,000", "₫20,000"
    if w in rules.currency_symbols:
        if w.isalpha() and w.upper() != tok.text and w not in ("rs", "rs.", "rmb"):
            # codes are written in capitals ("USD 5") unless the text has none ("usd 5")
            if not doc_without_capitals(doc):
                return None
        return rules.currency_symbols[w], i - 1
    # "US$" may come split as "US" "$" or glued to letters
    m = re.fullmatch(r"([A-Za-z.]{1,4})\$", tok.text)
    if m and m.group(1).lower() in rules.dollar_prefixes:
        return rules.dollar_prefixes[m.group(1).lower()], i - 1
    return None


#: plurals and English names of currency words, to the word ISO 4217 names use
_CURRENCY_WORD_FORMS = {
    "kroner": ("krone",), "kronor": ("krona",), "kronur": ("krona",), "reais": ("real",),
    "lire": ("lira",), "roubles": ("ruble",), "rouble": ("ruble",),
    "crown": ("krone", "krona", "koruna"), "crowns": ("krone", "krona", "koruna"),
    "kr": ("krone", "krona"), "lei": ("leu",), "soles": ("sol",),
    "riyal": ("rial",), "riyals": ("rial",),
    "colones": ("colon",), "colón": ("colon",),
}  # fmt: skip

#: entity labels that may name a country ("Norway", "Danish")
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})


def currency_of_named_country(doc: Doc, j: int, hi: int) -> tuple[str, int] | None:
    """A currency word many countries' currencies share, in the currency of the one country
    its sentence names that has such a currency: "Denmark will spend 3 billion kroner" (DKK),
    "In Jordan, the permit costs 200 dinars" (JOD), "Chile's exports reached 40 billion
    pesos" (CLP). With no such country, or two, it says nothing."""
    word = doc[j].lower_
    if (
        j >= hi
        or not doc[j].is_alpha
        or word in ("pound", "pounds")
        and not money_pounds(doc, j, hi)
    ):
        return None
    forms = _CURRENCY_WORD_FORMS.get(word) or (word, word.removesuffix("s"))
    forms = tuple(f for f in forms if f in _currency_last_words())
    if not forms:
        return None
    table = _currencies_by_country()
    codes = {
        table[(country, form)]
        for country in _countries_named(doc[j].sent)
        for form in forms
        if (country, form) in table
    }
    return (codes.pop(), j + 1) if len(codes) == 1 else None


@lru_cache(maxsize=1)
def _currency_last_words() -> frozenset[str]:
    """The words currencies are called by: the last word of each ISO 4217 name ("krone",
    "dinar", "peso"), never a country's adjective before it."""
    import pycountry

    return frozenset(c.name.split()[-1].lower() for c in pycountry.currencies)


def _countries_named(sent: Span) -> frozenset[str]:
    """ISO 3166 codes of the countries a sentence names, by name or adjective."""
    gazetteer = get_gazetteer()
    found = set()
    for ent in sent.ents:
        if ent.label_ in _COUNTRY_LABELS:
            text = ent.text.removesuffix("'s").removesuffix("’s").strip()
            place = gazetteer.demonym(text) or gazetteer.lookup(text)
            if place is not None and place.kind == "country" and place.country:
                found.add(place.country)
    return frozenset(found)


@lru_cache(maxsize=1)
def _currencies_by_country() -> dict[tuple[str, str], str]:
    """(ISO 3166 country code, a word of the currency's name) → ISO 4217 code, from the
    convention that a currency code starts with its country's code (KES: Kenya)."""
    import pycountry

    out: dict[tuple[str, str], str] = {}
    for cur in sorted(pycountry.currencies, key=lambda c: c.alpha_3):
        for word in cur.name.lower().split():
            out.setdefault((cur.alpha_3[:2], word), cur.alpha_3)
    return out


@lru_cache(maxsize=256)
def _main_currency(country: str) -> str | None:
    """A country's own currency by the ISO 4217 convention: its code is the country's code
    and the initial of the currency's name (USD: US dollar, INR: Indian rupee)."""
    import pycountry

    codes = [
        c.alpha_3
        for c in pycountry.currencies
        if c.alpha_3[:2] == country and c.name.split()[-1][:1].upper() == c.alpha_3[2]
    ]
    return codes[0] if len(codes) == 1 else None


def _country_before(
    doc: Doc, j: int, subunits: frozenset[str] | set[str], words: int = 1
) -> str | None:
    """The country named by token j (and the next when ``words`` is 2), by its adjective
    ("Canadian", "South African") or, before a subunit, by its name ("US cents")."""
    gazetteer = get_gazetteer()
    place = gazetteer.demonym(doc[j : j + words].text)
    if place is None and words == 1 and doc[j + 1].lower_ in subunits:
        place = gazetteer.lookup(doc[j].text)
    if place is None or place.kind != "country" or not place.country:
        return None
    return place.country


def national_currency(
    doc: Doc, j: int, hi: int, subunits: frozenset[str] | set[str] = frozenset()
) -> tuple[str, int] | None:
    """A currency named by its country's adjective: "Kenyan shillings", "Danish crowns";
    and the subunits of a country's currency: "Canadian cents", "US cents" (counted so)."""
    if j + 1 >= hi or not doc[j].text[:1].isupper():
        return None
    # a demonym of two words first: "South African rand", "Sri Lankan rupees"
    for words in (2, 1) if j + 2 < hi and doc[j + 1].text[:1].isupper() else (1,):
        country = _country_before(doc, j, subunits, words)
        if country is not None:
            return _currency_of(country, doc[j + words].lower_, j + words + 1, subunits)
    return None


def _currency_of(
    country: str, word: str, end: int, subunits: frozenset[str] | set[str]
) -> tuple[str, int] | None:
    """The code of a country's currency named by ``word`` (or its main currency for a
    subunit), with the end token."""
    if word in subunits:
        code = _main_currency(country)
        return (code, end) if code is not None else None
    forms = _CURRENCY_WORD_FORMS.get(word) or (word, word.removesuffix("s"))
    table = _currencies_by_country()
    for form in forms:
        code = table.get((country, form))
        if code is not None:
            return code, end
    return None


#: currency signs that are also written after the amount, as in much of Europe ("15 €")
_SIGNS_AFTER = frozenset("€£¥₹₩₽₺₦₪₱")


#: currency words that are also a verb or an adjective ("won", "real")
_CURRENCY_WORDS_ALSO_WORDS = frozenset({"real", "won", "rand"})
#: a numeral of a large amount: grouped digits or decimals ("5,000", "10.4")
_LARGE_NUMERAL_RE = re.compile(r"\d[,.]\d")


def _names_currency(doc: Doc, j: int, hi: int) -> bool:
    """Whether a currency word that is also another word names the currency: as the parse's
    noun, or right after a scale word or a numeral in groups or decimals with no object after
    it ("1.5 trillion won in profit", "5,000 won a month"; not "in 2019 won the title")."""
    if doc[j].pos_ == "NOUN":
        return True
    prev = doc[j - 1]
    large = prev.lower_ in SCALES or bool(_LARGE_NUMERAL_RE.search(prev.text))
    nxt = doc[j + 1] if j + 1 < hi else None
    return large and (nxt is None or nxt.pos_ not in ("DET", "PRON", "PROPN", "NOUN", "NUM"))


def currency_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """ISO code and end token of a currency word or code right after token j."""
    national = national_currency(doc, j, hi, rules.subunits)
    if national is not None:
        return national
    named = currency_of_named_country(doc, j, hi) if j < hi else None
    if named is not None:
        return named
    for n in (3, 2, 1):
        if j + n > hi:
            continue
        key = lower_seq(doc, j, j + n)
        if key in rules.currency_words:
            if n == 1 and key[0] in _CURRENCY_WORDS_ALSO_WORDS and not _names_currency(doc, j, hi):
                continue
            return rules.currency_words[key], j + n
    tok = doc[j] if j < hi else None
    if tok is not None and tok.text in _SIGNS_AFTER and tok.text in rules.currency_symbols:
        return rules.currency_symbols[tok.text], j + 1  # "15 €", "15€": the sign after
    if tok is not None and tok.text.isupper() and tok.lower_ in rules.currency_symbols:
        if tok.lower_.isalpha() and len(tok.text) == 3:
            return rules.currency_symbols[tok.lower_], j + 1
    if tok is not None and tok.text in rules.iso_codes:
        return tok.text, j + 1  # "2 million VND"
    if tok is not None and tok.text.endswith("=") and tok.text[:-1] in rules.iso_codes:
        return tok.text[:-1], j + 1  # "108.79 JPY=": a wire's code for the currency's rate
    if tok is not None and tok.text in rules.currency_signs:
        return rules.currency_signs[tok.text], j + 1  # "500 zł", "20,000₫"
    if tok is not None and tok.pos_ in NOUN_POS and tok.is_alpha:
        names = _currencies_by_name(rules.currency_name_words_excluded)
        code = names.get(tok.lower_) or names.get(tok.lower_.removesuffix("s"))
        if code is not None:
            return code, j + 1  # "1,500 zlotys", "300 forint"
    return None


@lru_cache(maxsize=1)
def _currencies_by_name(excluded: frozenset[str]) -> dict[str, str]:
    """The last word of an ISO 4217 currency name that no other currency shares → its code."""
    import pycountry

    codes: dict[str, set[str]] = {}
    for cur in pycountry.currencies:
        word = cur.name.split()[-1].lower()
        codes.setdefault(word, set()).add(cur.alpha_3)
    return {
        w: next(iter(c))
        for w, c in codes.items()
        if len(c) == 1 and w.isalpha() and w not in excluded
    }


@lru_cache(maxsize=1)
def _demonyms_by_country() -> dict[str, str]:
    """ISO 3166 country code -> its adjective among models/demonyms.json ("UG" -> "Ugandan",
    "IS" -> "Icelandic"): the longest that names no person ("Icelander", "Dutchman")."""
    data = json.loads(files("claimx.models").joinpath("demonyms.json").read_text("utf-8"))
    out: dict[str, str] = {}
    for word, code in data["demonyms"].items():
        if not word.endswith(("man", "woman", "er")) and len(word) > len(out.get(code, "")):
            out[code] = word
    return out


def currency_name(code: str, rules: Rules) -> str | None:
    """A currency's English name: the rule table's, else one made from ISO 4217."""
    return rules.currency_names.get(code) or _iso_currency_name(code)


@lru_cache(maxsize=256)
def _iso_currency_name(code: str) -> str | None:
    """Its country's demonym and the currency word of its ISO 4217 name ("UGX" -> "Ugandan
    shilling", "VND" -> "Vietnamese dong"), else the ISO 4217 name itself."""
    import pycountry

    cur = pycountry.currencies.get(alpha_3=code)
    if cur is None:
        return None
    words = cur.name.split()
    demonym = _demonyms_by_country().get(code[:2])
    if demonym and len(words) <= 2 and (len(words) == 1 or words[0][:4] == demonym[:4]):
        return f"{demonym} {words[-1].lower()}"
    return str(cur.name)


def unit_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """Normalized unit name and end token of a unit written after token j."""
    if _opens_quotation(doc, j):
        return None  # 'six "GPs"': a quotation mark glued to the word after it is no inch
    best: tuple[str, int] | None = None
    for n in range(min(rules.max_unit_words, hi - j), 0, -1):
        toks = doc[j : j + n]
        # join tokens as written: "km/h" arrives as "km" "/" "h"
        surface = "".join(t.text_with_ws for t in toks).strip()
        name = unit_named(surface, rules, attached=False)
        if name is None and len(surface) > 2 and surface.endswith("-") and toks[-1].whitespace_:
            name = unit_named(surface[:-1], rules, attached=False)  # "287 miles- and"
        if name is None and len(toks[-1].text) > 1 and toks[-1].text.endswith("."):
            # the tokenizer keeps a sentence's full stop on an abbreviation: "per sq m."
            name = unit_named(surface[:-1], rules, attached=False)
        if name is None and n == 1:
            continue
        if name is not None:
            best = (name, j + n)
            break
    if best is None:
        return None
    name, e = best
    # rates: "barrels per day", "$3 a gallon" handled by the caller; "km per hour" here
    if e + 3 < hi and doc[e].text == "-" and doc[e + 1].lower_ in ("a", "an", "per"):
        nxt = doc[e + 3].lower_
        if doc[e + 2].text == "-" and nxt.removesuffix("s") in rules.rate_time_units:
            return f"{name} per {nxt.removesuffix('s')}", e + 4  # "a 52,000 barrel-a-day refinery"
    e = _past_substance(doc, e, hi, rules)
    if e + 2 < hi and doc[e].lower_ == "to" and doc[e + 1].lower_ == "the":
        sub = unit_after(doc, e + 2, min(hi, e + 5), rules)  # "28 miles to the gallon"
        if sub is not None and " per " not in sub[0] and _ratio_base(name, sub[0], rules):
            return f"{name} per {sub[0]}", sub[1]
    if e + 1 < hi and doc[e].lower_ in ("per", "/", "an", "a"):
        sub = unit_after(doc, e + 1, min(hi, e + 4), rules)
        if sub is not None and " per " not in sub[0]:
            return f"{name} per {sub[0]}", sub[1]
        nxt = doc[e + 1].lower_
        if nxt in rules.rate_time_units or nxt.rstrip("s") in rules.rate_time_units:
            return f"{name} per {nxt.rstrip('s') if nxt.endswith('s') else nxt}", e + 2
    return best


def _ratio_base(name: str, base: str, rules: Rules) -> bool:
    """Whether "to the" joins two units of a ratio, as of fuel economy or scale ("miles to
    the gallon", "km to the litre", "1 inch to the mile"); a time after it is an ordinal
    ("3 miles to the second gate"), and a place names no unit ("5 km to the lake")."""
    return name != base and not is_time_unit(base, rules)


def _opens_quotation(doc: Doc, j: int) -> bool:
    """Whether token j is a straight quotation mark opening a quotation: glued to the word
    after it ('six "GPs"'), which a mark for inches or feet never is ('6" wide')."""
    tok = doc[j] if j < len(doc) else None
    if tok is None or tok.text not in ('"', "'") or tok.whitespace_ or j + 1 >= len(doc):
        return False
    return doc[j + 1].is_alpha


def _past_substance(doc: Doc, e: int, hi: int, rules: Rules) -> int:
    """Where a rate may start after a unit: past the substance it measures when a time base
    follows ("barrels of oil per day", "tonnes of CO2 a year"), else at ``e``."""
    if e + 3 >= hi or doc[e].lower_ != "of":
        return e
    k = e + 1
    while k < min(hi, e + 4) and doc[k].pos_ in ("NOUN", "PROPN", "ADJ"):
        k += 1
    if k == e + 1 or k + 1 >= hi or doc[k].lower_ not in ("per", "a", "an"):
        return e
    base = doc[k + 1].lower_
    return k if base.removesuffix("s") in rules.rate_time_units and base != "seconds" else e


def unit_named(surface: str, rules: Rules, *, attached: bool) -> str | None:
    """The normalized name of a unit as written, from the one unit vocabulary."""
    return lookup_unit(surface, rules.unit_tables, attached=attached)


def is_time_unit(word: str, rules: Rules) -> bool:
    w = word.lower().strip(".")
    return w in rules.time_units or w.rstrip("s") in rules.time_units


def is_counted_period(word: str, rules: Rules) -> bool:
    """A time noun of a period that no date reads a length from ("term", "season",
    "semester"): a number of them is counted as any noun is ("served two terms")."""
    w = word.lower()
    if not (w.isalpha() and len(w) > 3 and is_time_unit(w, rules)) or _PART_OF_SECOND_RE.fullmatch(
        w
    ):
        return False  # "5 milliseconds" is a length of time, as "5 seconds" is
    return TIMEX_UNIT_RE.fullmatch(w) is None and w not in UNIT_ABBREVIATIONS


#: parts of a second ("milliseconds"): lengths of time, never a count of periods
_PART_OF_SECOND_RE = re.compile(r"(?:milli|micro|nano)seconds?")

#: the time units of which dates read a duration ("3 days", "two decades")
TIMEX_UNIT_RE = re.compile(UNIT_RE)


def bound_before(doc: Doc, i: int, lo: int, rules: Rules) -> tuple[str, int] | None:
    """Bound and first token of a qualifier phrase ending just before token i."""
    abbreviation = i - 2 >= lo and doc[i - 1].text == "." and not doc[i - 2].whitespace_
    if abbreviation and (doc[i - 2].lower_ + ".",) in rules.bounds_before:
        return rules.bounds_before[(doc[i - 2].lower_ + ".",)], i - 2  # "approx." split in two
    for n in range(rules.max_before, 0, -1):
        if i - n < lo:
            continue
        key = lower_seq(doc, i - n, i)
        if key in rules.bounds_before:
            bound = rules.bounds_before[key]
            if key == ("some",) and i - 2 >= lo and doc[i - 2].lower_ in ("for", "in"):
                continue
            if key[0] == "as" and _compares(doc, i - n, lo):
                return None  # "twice as much as 40": a comparison, not a bound
            if key[0] in PREPOSITION_BOUNDS and _hyphened_modifier(doc, i):
                return None  # "a victory over 10-man Turkey": a preposition, not a bound
            if (
                n == 1
                and key[0] in PREPOSITION_BOUNDS
                and preposition_after_object(doc[i - 1], doc[i])
            ):
                return None  # "scattered 10 hits over 6 innings": when, not how many
            return bound, i - n
    # "just/only/barely" in front of a qualifier do not change it: "just under 296"
    return None


#: bounds that are also prepositions of place or contest ("over", "under")
PREPOSITION_BOUNDS = frozenset({"over", "under", "above", "below"})


def _hyphened_modifier(doc: Doc, i: int) -> bool:
    """Whether the number at token i opens a hyphened modifier ("10-man", "12-point"): a word
    before such a modifier is a preposition of its noun ("a win over 10-man Turkey"), for no
    bound stands before an adjective."""
    j = i + 1
    glued = doc[i].text[:1].isdigit() and not doc[i].whitespace_
    return glued and j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].is_alpha


def _compares(doc: Doc, k: int, lo: int) -> bool:
    """Whether a multiple stands before the "as ... as" starting at token k ("twice", "three
    times", "half")."""
    if k - 1 < lo:
        return False
    prev = doc[k - 1].lower_
    return prev in ("twice", "thrice", "half", "times") or prev.endswith("fold")


def bound_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """Bound and end token of a qualifier right after the quantity ("or more")."""
    for n in (3, 2, 1):
        if j + n > hi:
            continue
        key = lower_seq(doc, j, j + n)
        if key in rules.bounds_after:
            if key == ("+",) and doc[j - 1].whitespace_:
                continue
            return rules.bounds_after[key], j + n
    return None


def rate_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """The base of a rate after token j ("per share", "a gallon", "-a-day") and its end token."""
    if j + 1 >= hi:
        return None
    w = doc[j].lower_
    k = j + 1
    if (
        w == "-"
        and j + 3 < hi
        and doc[j + 1].lower_ in ("a", "an", "per")
        and doc[j + 2].text == "-"
    ):
        w, k = doc[j + 1].lower_, j + 3  # "a 52,000 barrel-a-day refinery"
    if w not in ("per", "a", "an", "/"):
        return None
    base: tuple[str, int] | None = None
    un = unit_after(doc, k, hi, rules)
    short = rules.unit_tables.rate_times.get(doc[k].lower_) if w in ("per", "/") else None
    if un is not None and " per " not in un[0]:
        base = un
    elif short is not None and len(doc[k].text) > 1:
        base = short, k + 1  # "$15/hr", "$40 per wk"
    elif doc[k].lower_ in rules.rate_time_units or (
        doc[k].lower_.endswith("s") and doc[k].lower_[:-1] in rules.rate_time_units and w == "per"
    ):
        base = doc[k].lower_.removesuffix("s") if w == "per" else doc[k].lower_, k + 1
    elif doc[k].pos_ == "NOUN" and doc[k].is_alpha:
        # "a" takes a singular noun ending its phrase ("$3 a gallon", not "$5 a company spokesman")
        single = doc[k].tag_ == "NN" and (k + 1 >= hi or doc[k + 1].pos_ not in NOUN_POS)
        if w in ("per", "/") or single:
            base = doc[k].lemma_.lower(), k + 1
    if base is None or (base[1] < hi and doc[base[1]].lower_ in ("ago", "earlier", "later")):
        return None  # "$5 a year ago" is a date phrase, not a rate
    return base


def _is_code_or_sign(word: str) -> bool:
    return word in _SIGNS_AFTER or (word.isupper() and len(word) == 3)


def money_counted(
    doc: Doc, counted: str | None, unit: str | None, b: int, hi: int, rules: Rules
) -> tuple[str | None, int]:
    """What a money amount counts, and the end token after a rate ("$3 a gallon").

    The text's own currency words are kept ("10.5 million Australian dollars"); an amount
    written with a sign or code only counts the currency's name ("HK$5" -> "Hong Kong dollar")
    so that the record says it in words. A rate counts "<currency> per <base>" in singular,
    unit-like form ("dollar per barrel", "cent per share"), as measure rates are named
    ("mile per hour"); ``unit`` keeps the ISO code, so money still filters by currency.
    """
    sign = counted is not None and (_is_code_or_sign(counted) or counted in rules.currency_signs)
    if sign and unit is not None:
        counted = None  # a code or sign after the number ("110 JPY", "15 €") is not a name
    if counted is None and unit is not None:
        counted = currency_name(unit, rules)
    rate = rate_after(doc, b, hi, rules)
    end = rate[1] if rate is not None else b
    if rate is None:
        rate = _rate_past_brackets(doc, b, hi, rules)  # "9 billion shekels ($2.4 billion) a year"
    if rate is None or counted is None:
        return counted, b
    words = counted.split()
    # singular of the currency words: "cents" -> "cent", "Australian dollars" -> "Australian dollar"
    last = words[-1]
    if b > 0 and doc[b - 1].text == last and doc[b - 1].lemma_:
        last = doc[b - 1].lemma_
    return " ".join([*words[:-1], last]) + f" per {rate[0]}", end


def _rate_past_brackets(doc: Doc, b: int, hi: int, rules: Rules) -> tuple[str, int] | None:
    """The base of a rate written after an amount's conversion in brackets, which it shares
    with the amount: "9 billion shekels ($2.4 billion) a year", "£500 ($640) per month" (from
    the amount, token b is the opening bracket; from the conversion, the closing one)."""
    k = b
    if k < hi and doc[k].text == "(":
        aside = bracketed_aside(doc, k)
        if aside is None or aside[1] >= hi:
            return None
        k = aside[1]
    if k >= hi or doc[k].text != ")":
        return None
    return rate_after(doc, k + 1, hi, rules)


def paid(tok: Token, rules: Rules) -> bool:
    """Whether a word of paying governs an amount's unit word within two steps ("cost me 150
    kn", "bought it for 5,000 pounds")."""
    for _ in range(2):
        tok = tok.head
        if tok.lemma_.lower() in rules.paying_words:
            return True
    return False


def unit_follows(doc: Doc, j: int, hi: int, rules: Rules) -> bool:
    """ "1.2m bbl/d", "3bn tonnes": a unit after a glued letter makes the letter a scale."""
    return j < hi and doc[j - 1].whitespace_ != "" and unit_after(doc, j, hi, rules) is not None


def counts_people(doc: Doc, j: int, hi: int) -> bool:
    """ "1m people": a scale letter before a plural noun is a multiplier, not metres."""
    return j < hi and doc[j].tag_ in ("NNS", "NNPS")


def is_pence(doc: Doc, j: int, hi: int) -> bool:
    """ "68p", "1112 p,": a "p" after a number closing its phrase is pence (not "5 p.m.")."""
    if doc[j].lower_ not in ("p", "p."):
        return False
    if doc[j - 1].whitespace_ == "":
        return True
    return j + 1 >= hi or doc[j + 1].is_punct or doc[j + 1].pos_ in ("ADP", "CCONJ")


def money_pounds(doc: Doc, j: int, hi: int) -> bool:
    """ "pounds" as money: after a spelled scale ("5 million pounds"), where a word of paying
    governs it ("paid 8,400 pounds for", "cost 65 pounds") or an amount of money follows in
    brackets ("2,300 pounds ($2,900)"); but a mass before "of" and a noun of no money ("7.5
    million pounds of thrust", not "2 million pounds of funding")."""
    rules = load_rules()
    prev = doc[j - 1].lower_
    nxt = doc[j + 1].lower_ if j + 1 < hi else ""
    if nxt == "of" and j + 2 < hi:
        words = rules.pounds_of_money_words
        return any(t.lower_ in words for t in doc[j + 2 : min(hi, j + 5)])
    if prev in ("million", "billion", "trillion", "thousand", "m", "bn") or nxt == "sterling":
        return True
    return paid(doc[j], rules) or _money_in_brackets(doc, j + 1, hi, rules)


def _money_in_brackets(doc: Doc, k: int, hi: int, rules: Rules) -> bool:
    """Whether an amount of money in brackets opens at token k: the conversion of an amount
    just before it ("paid 10,925 pounds ($16,935)")."""
    if k + 1 >= hi or doc[k].text != "(":
        return False
    first = doc[k + 1]
    if first.is_currency or first.lower_.rstrip(".") in rules.currency_symbols:
        return True
    return bool((m := numeral(first)) and m.group("cur"))


def percent_after(doc: Doc, j: int, hi: int, rules: Rules) -> tuple[int, str] | None:
    """End token and unit of "percent" or "percentage points" written after token j."""
    for n in (3, 2, 1):
        if j + n <= hi:
            surface = " ".join(t.lower_ for t in doc[j : j + n])
            if surface in rules.percentage_points:
                return j + n, "percentage point"
            if surface in rules.percent and surface != "percentage":
                return j + n, "percent"
    return None
