"""Word lists and the shapes of names, shared by the components: titles and honorifics,
name words, and the names a title or an age shows to be a person's. Imports no component."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimx.extensions import doc_ents, doc_text, token_lowers

#: the possessive or "is" clitic, with either apostrophe
CLITICS = {"'s", "’s", "'", "’"}


@lru_cache(maxsize=1)
def word_lists() -> dict[str, Any]:
    """The word lists in models/actors.json, loaded once."""
    raw = json.loads(files("claimx.models").joinpath("actors.json").read_text("utf-8"))
    titles = [tuple(t.split()) for t in raw["titles"]]
    return {
        "titles": sorted(set(titles), key=len, reverse=True),
        "honorifics": set(raw["honorifics"]),
        "role_nouns": set(raw["role_nouns"]),
        "institution_nouns": {n for n in raw["institution_nouns"] if " " not in n},
        "group_nouns": set(raw["group_nouns"]),
        "speech_verbs": set(raw["speech_verbs"]),
        "org_words": set(raw["org_words"]),
        "state_action_verbs": set(raw["state_action_verbs"]),
        "national_sides": set(raw["national_sides"]),
        "not_team_words": set(raw["not_team_words"]),
        "person_nouns": set(raw["person_nouns"]),
        "org_head_words": set(raw["org_head_words"]),
        "body_heads": set(raw["body_heads"]),
        "company_object_nouns": set(raw["company_object_nouns"]),
        "direction_words": set(raw["direction_words"]),
        "sport_words": set(raw["sport_words"]),
        "team_member_nouns": set(raw["team_member_nouns"]),
        "club_nouns": set(raw["club_nouns"]),
        "club_forms_before": set(raw["club_forms_before"]),
        "club_forms_after": set(raw["club_forms_after"]),
        "versus_words": set(raw["versus_words"]),
        "play_verbs": set(raw["play_verbs"]),
        "org_before_nouns": set(raw["org_before_nouns"]),
        "org_after_nouns": set(raw["org_after_nouns"]),
        "title_heads": set(raw["title_heads"]),
        "event_words": set(raw["event_words"]),
        "index_words": set(raw["index_words"]),
        "place_nouns": set(raw["place_nouns"]),
        "facility_nouns": set(raw["facility_nouns"]),
        "news_agencies": set(raw["news_agencies"]),
    }


def gazetteer() -> Any:
    from claimx.gazetteer import get_gazetteer

    return get_gazetteer()


def strip_span(span: Span) -> Span:
    """Drop leading honorifics, trailing possessive 's and edge punctuation."""
    honorifics = word_lists()["honorifics"]
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in honorifics or doc[start].is_punct):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].lower_ in CLITICS  # "Donald Trump’s not about that", mis-tagged
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
    ):
        end -= 1
    return doc[start:end]


@lru_cache(maxsize=1)
def _titles_by_last_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for title in word_lists()["titles"]:
        index.setdefault(title[-1], []).append(title)
    return {word: tuple(titles) for word, titles in index.items()}


def titles_ending_in(word: str) -> tuple[tuple[str, ...], ...]:
    """The titles (as lower-case word tuples) whose last word is ``word``, in list order."""
    return _titles_by_last_word().get(word, ())


def title_before(span: Span) -> tuple[Span | None, Span | None]:
    """A title right before a name, and the demonym/possessive place before it.

    "Armenian Prime Minister Nikol Pashinyan" → ("Prime Minister", "Armenian");
    "Italy's prime minister Giorgia Meloni" → ("prime minister", "Italy").
    """
    doc = span.doc
    if span.start == 0:
        return None, None
    lowers = token_lowers(doc)[max(0, span.start - 6) : span.start]
    for title in titles_ending_in(lowers[-1]):
        n = len(title)
        if n <= len(lowers) and tuple(lowers[len(lowers) - n :]) == title:
            start = span.start - n
            if start > 0 and doc[start - 1].lower_ == "former":
                start -= 1
            title_span = doc[start : span.start]
            before = None
            if start > 0:
                prev = doc[start - 1]
                if prev.tag_ == "POS" and start > 1:
                    before = doc[start - 2 : start - 1]
                elif prev.ent_type_ in {"NORP", "GPE"} or prev.pos_ in {"ADJ", "PROPN"}:
                    before = doc[start - 1 : start]
            return title_span, before
    return None, None


def _name_shaped(span: Span) -> bool:
    """Two or three capitalized words, none of them an organization word ("Lester Holt",
    "MaliVai Washington")."""
    words = [t for t in span if not t.is_punct]
    return (
        2 <= len(words) <= 3
        and all(is_name_word(t) for t in words)
        and not any(t.lower_ in word_lists()["org_words"] for t in words)
    )


def looks_like_titled_name(span: Span) -> bool:
    """An ORG/GPE entity that is a person's name after a title ("Chancellor Olaf Scholz")."""
    return _name_shaped(span) and title_before(span)[0] is not None


#: an age written as a modifier: "18-year-old"
AGE_WORD_RE = re.compile(r"\b\d{1,3}-year-old\s+$")


def _age_before(span: Span) -> bool:
    """ "the 18-year-old Olsza ,": an age before a name that modifies no noun after it
    ("a 22-year-old Winona man" is a man from Winona)."""
    doc = span.doc
    if not AGE_WORD_RE.search(doc_text(doc)[max(0, span.start_char - 16) : span.start_char]):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is None or not (nxt.is_alpha and nxt.pos_ in {"NOUN", "PROPN", "ADJ"})


def _one_name_word(span: Span) -> bool:
    """One capitalized word that can be a surname: no acronym, no body's word, no place."""
    return (
        len(span) == 1
        and is_name_word(span[0])
        and span[0].lower_ not in word_lists()["org_words"]
        and not is_strong_place(span.text)
        and not is_demonym(span.text)
    )


def _age_after(span: Span) -> bool:
    """ ", 43," or ", a 43-year-old" right after a name: only people have ages."""
    doc = span.doc
    nxt = doc[span.end : span.end + 4]
    if len(nxt) < 2 or nxt[0].text != ",":
        return False
    if nxt[1].like_num and len(nxt) > 2 and nxt[2].text in {",", ")"}:
        return 0 < float(nxt[1].text) < 120 if nxt[1].text.isdigit() else False
    return (
        nxt[1].lower_ in ("a", "an")
        and len(nxt) > 2
        and nxt[2].like_num
        and "-year-old" in (doc[span.end + 2 : span.end + 6].text.replace(" ", ""))
    )


@lru_cache(maxsize=1)
def person_roles() -> frozenset[str]:
    """Nouns naming a person's role or a person ("lawyer", "spokeswoman", "daughter")."""
    return frozenset(word_lists()["role_nouns"] | word_lists()["person_nouns"])


def role_after(span: Span, roles: frozenset[str] | None = None) -> bool:
    """A role in apposition right after a name: ", a lawyer", ", the spokeswoman": the
    first noun after the article is a person's role (one of ``roles``, by default
    person_roles())."""
    roles = person_roles() if roles is None else roles
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an", "the"}:
        return False
    for token in doc[i + 2 : i + 6]:
        if token.pos_ in {"NOUN", "PROPN"} or token.tag_ == "POS" or token.is_punct:
            return token.lower_ in roles and token.pos_ == "NOUN"
    return False


def shown_person_names(doc: Doc) -> set[str]:
    """Names the model tagged as organizations that one of their mentions shows to be a
    person's: after a title or a role ("moderator Lester Holt"), with an age ("Keith
    Lamont Scott, 43,") or a role in apposition ("Fowler , a lawyer"); with the surnames
    of those names. Read once per Doc: places and
    actors both ask (the entities do not change between them)."""
    cached = doc.user_data.get("claimx_shown_persons")
    if cached is not None:
        return cached
    roles = person_roles()
    names: set[str] = set()
    for ent in doc_ents(doc):
        if ent.label_ not in {"ORG", "GPE", "NORP"}:
            continue
        span = strip_span(ent)
        if not len(span):
            continue
        prev = doc[span.start - 1].lower_ if span.start > 0 else ""
        if _name_shaped(span):
            if title_before(span)[0] is not None or prev in roles or _age_after(span):
                names.add(span.text)
        elif _one_name_word(span) and (
            _age_after(span)
            or _age_before(span)
            or prev in word_lists()["person_nouns"]
            or title_before(span)[0] is not None
        ):
            names.add(span.text)  # "Meri , 67 ,", "12th seed Maleeva", "the 18-year-old Olsza"
        if len(span) <= 3 and all(is_name_word(t) for t in span) and role_after(span, roles):
            names.add(span.text)
    names |= {n.split()[-1] for n in names}
    doc.user_data["claimx_shown_persons"] = names
    return names


def is_name_word(token: Token) -> bool:
    """A capitalized word that can be part of a person's name ("Smith", "O'Brien", "Anne-Marie")."""
    text = token.text
    return (
        len(text) > 1
        and text[:1].isupper()
        and any(c.islower() for c in text)
        and text.replace("-", "").replace("'", "").isalpha()
    )


def after_title(span: Span) -> bool:
    """Whether an honorific or a title's last word comes right before ("Mr. X", "President X")."""
    if span.start == 0:
        return False
    word = span.doc[span.start - 1].lower_
    return word in word_lists()["honorifics"] or bool(titles_ending_in(word))


ARTICLES = {"a", "an", "the"}


#: tokens that never occur inside an organization's name as the model finds it in tables
#: and headlines ("Romania - Cosmin Contra", "Scott Draper ( Australia")
BREAK_TOKENS = {"(", ")", "-", "--", ":", ";", "|", "/"}


def without_article(span: Span) -> Span:
    """The span without a leading article."""
    if len(span) > 1 and span[0].lower_ in ARTICLES:
        return span[1:]
    return span


def name_without_article(span: Span) -> Span:
    """A name without a leading "the": names are written without it ("the Federal Reserve"
    → "Federal Reserve", as "the EU" → "EU"), unless a capital "The" inside a sentence
    shows it belongs to the name ("in The Hague", "told The Economist")."""
    if len(span) < 2 or span[0].lower_ != "the":
        return span
    first = span[0]
    if first.text == "The" and not first.is_sent_start and not after_line_break(first):
        return span
    return span[1:]


def after_line_break(token: Token) -> bool:
    """Whether a token opens a line (headlines and tables have no sentence starts)."""
    return token.i == 0 or "\n" in token.doc[token.i - 1].whitespace_ + token.doc[token.i - 1].text


def is_demonym(text: str) -> bool:
    """Whether the text is a demonym ("Azerbaijani", "French")."""
    return gazetteer().demonym(text) is not None


def is_org_named(ent: Span) -> bool:
    """A PERSON entity that is an institution named after someone or a company with its
    legal form: "The George W. Bush Presidential Center", "the Bill and Melinda Gates
    Foundation", "Cofano S.A.", "Lemke AG"."""
    words = [t for t in ent if not t.is_punct]
    if ent.label_ != "PERSON" or len(words) < 2 or not words[-1].text[:1].isupper():
        return False
    last = words[-1].text
    if last.lower() in word_lists()["org_head_words"]:
        return True
    # a legal form as companies write it ("S.A.", "AG", "Inc"), not a name's word ("Sa")
    written = "." in last or last.isupper() or last in {"Inc", "Corp", "Ltd", "Plc", "GmbH"}
    return written and last.lower().replace(".", "") in LEGAL_FORMS


def is_strong_place(text: str) -> bool:
    """A country, region or sizeable city: never a person's name on its own."""
    info = gazetteer().lookup(text)
    if info is None:
        return False
    return info.kind in {"country", "region"} or (info.population or 0) >= 100_000


def cut_at_break(span: Span) -> Span:
    """The part of an entity before a bracket, a spaced dash or a number: the model runs
    names together in tables and headlines ("Hizbollah ( Party of God", "Haitai 2 Samsung 0")."""
    doc = span.doc
    for token in span:
        spaced = token.whitespace_ or (token.i > 0 and doc[token.i - 1].whitespace_)
        if (token.text in BREAK_TOKENS and (spaced or token.text in "()")) or token.like_num:
            return strip_span(doc[span.start : token.i])
    return span


def is_region(text: str) -> bool:
    """A state or province: its name stands for the place or its people, rarely a club
    ("Kentucky has an outstanding reputation")."""
    info = gazetteer().lookup(text)
    return info is not None and info.kind == "region"


def is_country(text: str) -> bool:
    """Whether the gazetteer reads the text as a country."""
    info = gazetteer().lookup(text)
    return info is not None and info.kind == "country"


#: a lexicon of common English words, read from the pipeline's lemmatizer tables when the
#: component is made; empty without them (the rules that need it then stay silent)
_LEXICON: set[str] = set()


_NOUNS: set[str] = set()


_PLURALS: set[str] = set()
_ADJECTIVES: set[str] = set()


def set_lexicon(nlp: Language) -> None:
    """Read the common English words (nouns, verbs, adjectives, adverbs and their
    inflected forms) from the pipeline's lemmatizer, if it has lookup tables."""
    if _LEXICON or "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    exceptions = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
    for pos in ("noun", "verb", "adj", "adv"):
        _LEXICON.update(index.get(pos, []))
        _LEXICON.update(exceptions.get(pos, {}).keys())
    _NOUNS.update(index.get("noun", []))
    _ADJECTIVES.update(index.get("adj", []))
    _PLURALS.update(exceptions.get("noun", {}).keys())


#: plurals the lemmatizer's exception table may lack
IRREGULAR_PLURALS = frozenset({"men", "women", "children", "people", "teeth", "feet", "mice"})


def is_plural_noun(word: str) -> bool:
    """Whether a word is the plural of a common English noun ("women", "automakers")."""
    lower = word.lower()
    if lower in _PLURALS or lower in IRREGULAR_PLURALS:
        return True
    return lower.endswith("s") and lower[:-1] in _NOUNS and lower not in _NOUNS


def sentence_initial_plural(token: Token) -> bool:
    """A plural common noun capitalized only because it opens a sentence or a line
    ("Women 's 100 metres", "Automakers petitioned"), never written with a capital inside
    a sentence: no name (unlike "Ford", which is also a word)."""
    if not (token.is_sent_start or after_line_break(token)) or not token.is_title:
        return False
    if not is_plural_noun(token.text):
        return False
    return not any(
        t.text == token.text and not (t.is_sent_start or after_line_break(t))
        for t in token.doc
        if t.i != token.i
    )


def plural_of_people(doc: Doc, text: str) -> bool:
    """A one-word plural that names a people, as the doc's own words show: its singular
    is a demonym or a word the model reads as a nationality in the doc ("Chechens"
    beside "Chechen rebels"); no body and no place, unless a place has the name
    ("Philippines" beside "Philippine troops")."""
    if " " in text or len(text) < 5 or not text.endswith("s") or not text[:1].isupper():
        return False
    stem = text[:-1]
    if gazetteer().lookup(text) is not None:
        return False
    return is_demonym(stem) or stem in _nationality_words(doc)


def _nationality_words(doc: Doc) -> frozenset[str]:
    """The words the model tags as nationalities (NORP) in a Doc, found once per Doc."""
    found = doc.user_data.get("claimx_nationality_words")
    if found is None:
        found = frozenset(t.text for t in doc if t.ent_type_ == "NORP")
        doc.user_data["claimx_nationality_words"] = found
    return found


def is_common_word(word: str) -> bool:
    """Whether a word is a common English word ("soccer", "filing"), whatever its case."""
    return word.lower() in _LEXICON


def is_name_word_text(text: str) -> bool:
    """A capitalized word with lower-case letters ("Washington", not "USA")."""
    return text[:1].isupper() and any(c.islower() for c in text) and text.isalpha()


#: the legal form ending a company's name ("Barrick Gold Corp", "Arequipa Resources Ltd")
LEGAL_FORMS = frozenset(
    {
        "corp",
        "inc",
        "ltd",
        "plc",
        "llc",
        "limited",
        "ag",
        "sa",
        "nv",
        "bv",
        "ab",
        "spa",
        "gmbh",
        "co",
        "corporation",
        "oy",
        "oyj",
        "asa",
        "bhd",
        "pty",
        "ltda",
        "sarl",
        "srl",
    }
)  # fmt: skip  (compared without dots: "S.A.", "N.V.")


#: month names and their abbreviations: "Aug", "June"
MONTH_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)


def without_date(span: Span) -> Span:
    """A name without the month the model ran into it before a day's number: "Emnid Aug"
    of "Emnid Aug 25 41.0 34.0" (a pollster's row of figures) → "Emnid"."""
    doc = span.doc
    end = span.end
    if end - span.start > 1 and end < len(doc) and doc[end].like_num:
        if doc[end - 1].lower_ in MONTH_WORDS:
            end -= 1
    return doc[span.start : end]


#: legal forms as companies write them, where the word could be a name's ("Sa", "Ab")
_WRITTEN_FORMS = {
    "Inc",
    "Corp",
    "Ltd",
    "Plc",
    "Co",
    "GmbH",
    "Corporation",
    "Limited",
    "Oy",
    "Oyj",
    "Bhd",
    "Pty",
    "Ltda",
}


def is_legal_form(token: Token) -> bool:
    """A company's legal form as written: "Inc", "Corp.", "S.A.", "AB", "Co"."""
    text = token.text
    written = "." in text or text.isupper() or text.rstrip(".") in _WRITTEN_FORMS
    return written and text.lower().replace(".", "") in LEGAL_FORMS


def company_short_name(name: str, named_alone: frozenset[str] = frozenset()) -> str | None:
    """The word a company is called by after its full name ("Barrick" for "Barrick Gold
    Corp"): the first word of a name that ends with a legal form, unless it is a function
    word, an adjective, a demonym, a country or a state ("General" of "General Motors
    Corp"); an adjective the doc uses as a name on its own (``named_alone``: "Arch said"
    beside "Arch Petroleum Inc") is the company's too."""
    words = name.split()
    if len(words) < 2 or words[-1].lower().replace(".", "") not in LEGAL_FORMS:
        return None
    first = words[0]
    lower = first.lower()
    if not is_name_word_text(first) or len(first) < 3 or is_demonym(first):
        return None
    if lower in _ADJECTIVES and first in named_alone:
        return first
    if lower in STOP_WORDS or lower in _ADJECTIVES or is_country(first) or is_region(first):
        return None  # "Kansas Electric Cooperatives Inc." is not called "Kansas"
    return first


def names_alone(doc: Doc) -> frozenset[str]:
    """One-word names the model finds inside sentences, not opening one ("Arch said")."""
    return frozenset(
        e.text
        for e in doc_ents(doc)
        if len(e) == 1 and e.label_ in {"PERSON", "ORG"} and not e[0].is_sent_start
    )


def is_club_named(text: str) -> bool:
    """Whether a name has the form of a sports club's: a club's word before or after its
    town's name ("Atletico Madrid", "Hansa Rostock", "Manchester United", "Raith
    Rovers"), as a legal form marks a company's."""
    words = text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    lists = word_lists()
    return words[0].lower() in lists["club_forms_before"] or (
        words[-1].lower() in lists["club_forms_after"]
    )


def is_body_word(text: str) -> bool:
    """A name that is one word for a kind of body ("Congress", "Parliament", "Senate"):
    the body, never a person or the small town of that name."""
    return " " not in text and text[:1].isupper() and text.lower() in word_lists()["org_words"]
