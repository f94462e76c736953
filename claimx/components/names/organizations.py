"""Organizations from ORG entities: names that name no body dropped, acronyms merged."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from claimx.acronyms import acronym_of, defined_acronyms, term_acronyms
from claimx.extensions import doc_ents, doc_text
from claimx.items import ActorItem
from claimx.lexicon import (
    ARTICLES,
    company_short_name,
    cut_at_break,
    gazetteer,
    is_body_word,
    is_common_word,
    is_country,
    is_demonym,
    is_legal_form,
    is_name_word,
    is_org_named,
    looks_like_titled_name,
    name_without_article,
    names_alone,
    plural_of_people,
    sentence_initial_plural,
    shown_person_names,
    strip_span,
    without_article,
    without_date,
    word_lists,
)
from claimx.lines import doc_datelines
from claimx.mentions import LOCATIVE_WORDS, place_covering
from claimx.patterns import joining_hyphen
from claimx.records import Place

#: lower-case words that belong to names ("Gazzetta dello Sport", "Ludwig van Beethoven")
NAME_PARTICLES = {"al", "el", "de", "del", "della", "dello", "der", "den", "van", "von", "la", "le"}


def trim_common_words(span: Span) -> Span:
    """A name without common words at its edges: "Interfax news agency" → "Interfax"."""
    doc = span.doc
    start, end = span.start, span.end

    def common(token: Token) -> bool:
        return token.is_alpha and token.is_lower and token.lower_ not in NAME_PARTICLES

    while end - start > 1 and common(doc[end - 1]) or end - start > 1 and doc[end - 1].is_punct:
        end -= 1
    while end - start > 1 and common(doc[start]) and doc[start].whitespace_:
        start += 1
    return doc[start:end]


def not_a_body(span: Span, datelines: list[tuple[int, int]]) -> bool:
    """An ORG entity that names no body: the place of a dateline ("AMSTERDAM 1996-08-30"),
    a headline's topic in capitals ("SOCCER - ...", "IPO FILING"), a table heading
    ("W L PCT GB"), a unit after a number ("1800 GMT", "three RBI"), the department of
    a title ("Education Minister X"), an event ("the UEFA Cup", "the PGA Tour"), a market
    index ("the Nasdaq composite"), a town after its place noun ("the town of Chatelet",
    "the state of Guerrero") or before one ("Guerrero state"), or a town a distance or a
    direction is measured from ("north of Welikanda", "seven km from Valletta")."""
    doc = span.doc
    lists = word_lists()
    if any(a < span.end_char and span.start_char < b for a, b in datelines):
        return True
    words = [t for t in span if t.is_alpha]
    line_start = doc_text(doc).rfind("\n", 0, span.start_char) + 1
    line_end = doc_text(doc).find("\n", span.end_char)
    line = doc_text(doc)[line_start : line_end if line_end >= 0 else len(doc_text(doc))]
    if words and not any(c.islower() for c in line):
        if all(is_common_word(t.text) for t in words):
            return True  # every word of a line in capitals is an ordinary word
    if len(span) >= 3 and all(t.is_upper and len(t) <= 3 for t in span):
        return True
    if len(span) == 1 and sentence_initial_plural(span[0]):
        return True
    prev = doc[span.start - 1] if span.start else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev is not None and prev.like_num and len(span) == 1 and span[0].is_upper:
        return True
    if nxt is not None and nxt.lower_ in lists["title_heads"]:
        # "Education Minister X", "Legal Affairs Minister X": a portfolio, no body
        if len(words) == 1 or words and all(t.is_title and is_common_word(t.text) for t in words):
            return True
    if span[-1].lower_ in lists["event_words"] or _names_an_index(span):
        return True
    return _placed(span) or _person_of_country(span)


def _person_of_country(span: Span) -> bool:
    """A person the doc shows to be one, with their country after "of" ("Anna Lisowska of
    Poland" beside "the 18-year-old Lisowska"): the person and the country, no body."""
    doc = span.doc
    of = [t.i for t in span if t.lower_ == "of"]
    if len(of) != 1 or not is_country(doc[of[0] + 1 : span.end].text):
        return False
    before = doc[span.start : of[0]]
    if not 2 <= len(before) <= 3 or not all(is_name_word(t) for t in before):
        return False
    return before[-1].text in shown_person_names(doc)


def _placed(span: Span) -> bool:
    """Whether the words around a name show a place: a place noun before it ("the town of
    Chatelet", "the state of Guerrero") or after it ("Guerrero state", "the Sutlej river"),
    a town's name before a facility's noun ("a Limerick jail"), a distance or a direction
    measured from it ("north of Welikanda", "seven km from Valletta")."""
    doc = span.doc
    lists = word_lists()
    prev = doc[span.start - 1] if span.start else None
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in lists["place_nouns"] and nxt.is_lower:
        return True
    if nxt is not None and nxt.lower_ in lists["facility_nouns"] and nxt.is_lower:
        # a town's name before a facility's noun names the facility ("the Aldwick mosque",
        # "a Limerick jail"), where any other name may own it ("a Hamas mosque")
        info = gazetteer().lookup(span.text)
        if info is not None and info.kind in {"city", "region"}:
            return True
    if prev is not None and prev.lower_ in {"of", "from"} and span.start > 1:
        if doc[span.start - 2].lower_ in lists["direction_words"]:
            return True
    if prev is not None and prev.lower_ == "of" and span.start > 1:
        prev = doc[span.start - 2]
    return prev is not None and prev.lower_ in lists["place_nouns"]


def _names_an_index(span: Span) -> bool:
    """A name before a market index's word, a number between them or not ("the Nasdaq
    composite", "FTSE 100 index", "the Dow Jones industrial average"): the index's."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].like_num:
        i += 1
    return i < len(doc) and doc[i].lower_ in word_lists()["index_words"]


def _with_own_possessive(span: Span) -> Span:
    """A name with the possessive after it when the possessive owns nothing: a body named
    in the possessive ("Lloyd 's said", "at Moody 's ."), not "Lloyd 's chairman"."""
    doc = span.doc
    j = span.end
    if not len(span) or j >= len(doc) or doc[j].tag_ != "POS":
        return span
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    # what follows owns nothing: a finite verb ("Lloyd 's said"), punctuation or a small word
    if nxt is None or nxt.pos_ in {"AUX", "PUNCT", "ADP", "CCONJ", "SCONJ", "PART"}:
        return doc[span.start : j + 1]
    if nxt.tag_ in {"VBD", "VBZ", "VBP"}:
        return doc[span.start : j + 1]
    return span


#: a fiscal period the model runs into a company's name in headlines ("Gateway Data
#: Sciences Q2 net rises", "Hoek Loos H1 net")
_PERIOD_RE = re.compile(r"^(?:Q[1-4]|H[12]|[1-4]Q|FY\d{0,4})$")


def _without_period(span: Span) -> Span:
    """A name without the fiscal period or the date after it: "Gateway Data Sciences Q2"
    → "Gateway Data Sciences", "Emnid Aug" before "25" (a table's row) → "Emnid"."""
    doc = span.doc
    end = span.end
    while end - span.start > 1 and _PERIOD_RE.match(doc[end - 1].text):
        end -= 1
    return without_date(doc[span.start : end])


def _entity_name(
    ent: Span, pindex: dict[int, Place], datelines: list[tuple[int, int]]
) -> tuple[Span, Span] | None:
    """An ORG entity (or a PERSON one that names an institution) as written, cut at table
    breaks, and its name without the article; None when it is a place, a demonym or names
    no body."""
    if ent.label_ != "ORG" and not is_org_named(ent) and not is_body_word(ent.text):
        return None
    whole = _with_own_possessive(_without_period(cut_at_break(strip_span(ent))))
    span = name_without_article(whole)
    if not span or place_covering(pindex, span) is not None or is_demonym(span.text):
        return None
    if plural_of_people(span.doc, span.text):
        return None  # "Chechens" beside "Chechen rebels": a people
    if not_a_body(span, datelines):
        return None
    return whole, span


def _is_unnamed(span: Span) -> bool:
    """No capitalized word but a demonym: "the defence ministry", "Dutch transport ministry";
    or an institution's noun capitalized because it opens a sentence, which the doc writes
    in lower case elsewhere ("Police said" beside "clashes with police")."""
    if len(span) == 1 and span[0].is_sent_start:
        word = span[0]
        if word.lower_ in word_lists()["institution_nouns"] and any(
            t.text == word.lower_ for t in span.doc
        ):
            return True
    return not any(t.text[:1].isupper() and not is_demonym(t.text) for t in span)


def _names_a_body(
    span: Span, persons_at: set[int], defined_at: dict[int, Span], shown: set[str]
) -> bool:
    """Whether a trimmed ORG name is an organization's: not a piece of a name its acronym
    defines, not a person's, not a common noun or a title and name."""
    doc = span.doc
    defined = {defined_at[t.i] for t in span if t.i in defined_at}
    # a piece of a longer name its acronym defines is none, but the name with a word before
    # it is ("Welsh National Farmers ' Union ( NFU )")
    if any(
        d != span
        and not (
            d.end == span.end
            and span.start < d.start
            and _demonyms_only(doc[span.start : d.start].text)
        )
        for d in defined
    ):
        return False
    if any(t.idx in persons_at for t in span):
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    cue = nxt is not None and nxt.lower_ in word_lists()["org_after_nouns"]
    if len(span) == 1 and span[0].tag_ in {"NN", "NNS"} and not cue:
        return False  # a common noun the model took for a name ("Women 's singles")
    if looks_like_titled_name(span) or not any(c.isalpha() for c in span.text):
        return False
    return span.text not in shown  # else a person's name the model took for an organization


class _Registry:
    """Organizations by key, in order of creation."""

    def __init__(self) -> None:
        self.by_key: dict[str, ActorItem] = {}
        self.items: list[ActorItem] = []

    def get_or_add(self, key: str, name: str, kind: str = "organization") -> ActorItem:
        actor = self.by_key.get(key)
        if actor is None:
            actor = self.by_key[key] = ActorItem(name=name, kind=kind, key=key)
            self.items.append(actor)
        return actor


def _is_acronym(span: Span) -> bool:
    compact = span.text.replace(".", "")
    return compact.isupper() and 2 <= len(compact) <= 6 and " " not in compact


def _entity_orgs(
    doc: Doc, pindex: dict[int, Place], persons_at: set[int], defined_at: dict[int, Span]
) -> tuple[_Registry, list[Span]]:
    """Organizations (and unnamed institutions) from the entities, and the acronyms among
    them, merged afterwards."""
    orgs = _Registry()
    acronyms: list[Span] = []
    shown = shown_person_names(doc)
    datelines = doc_datelines(doc)
    terms = term_acronyms(doc)
    found_names = [f for f in (_entity_name(e, pindex, datelines) for e in doc_ents(doc)) if f]
    # a body named in the possessive once ("Lloyd 's said") is so named at every use
    # ("Lloyd 's chairman"): the possessive is part of its name
    owned = {span[:-1].text for _, span in found_names if len(span) > 1 and span[-1].tag_ == "POS"}
    # a name the words around one of its uses show to be a place's is no body's anywhere
    placed = {
        strip_span(e).text for e in doc_ents(doc) if e.label_ == "ORG" and _placed(strip_span(e))
    }
    for whole, span in found_names:
        if span.text in placed:
            continue
        if span.text in owned and span.end < len(doc) and doc[span.end].tag_ == "POS":
            whole, span = doc[whole.start : span.end + 1], doc[span.start : span.end + 1]
        if span.text in terms:
            continue  # "dark northern spring ( DNS )": a term, not a body
        if _is_unnamed(span):
            if span[-1].lower_ in word_lists()["institution_nouns"]:
                key = f"role|{span.text.lower()}"
                orgs.get_or_add(key, span.text, "role").add_mention(whole)
            continue
        span = trim_common_words(span)
        if not _names_a_body(span, persons_at, defined_at, shown):
            continue
        if _is_acronym(span):
            acronyms.append(span)
            continue
        name = without_article(span).text
        actor = orgs.get_or_add(name.lower(), name)
        # The mention is the name as written, with its article ("the European Union"),
        # like the other actors' mentions; the name itself goes without it.
        if span.start == whole.start + 1 and whole[0].lower_ == "the":
            span = doc[whole.start : span.end]
        actor.add_mention(span)
    return orgs, acronyms


def _add_definitions(
    orgs: _Registry,
    definitions: list[tuple[Span, Span]],
    pindex: dict[int, Place],
    persons_at: set[int],
) -> None:
    """Names defined with their acronym ("Kurdistan Democratic Party ( KDP )"): both are
    mentions of one organization."""
    for name, short in definitions:
        # a place inside the name is the body's ("Revolutionary Armed Forces of Colombia (
        # FARC )"); a place's name is no body's
        if place_covering(pindex, name) is not None or any(
            t.idx in persons_at for t in (*name, *short)
        ):
            continue
        text = doc_text(name.doc)
        longer = next(
            (
                a
                for a in orgs.items
                for m in a.mentions
                if m.end == name.end_char
                and m.start < name.start_char
                and _demonyms_only(text[m.start : name.start_char])
            ),
            None,
        )
        if longer is not None:
            longer.add_mention(short)  # "Welsh National Farmers ' Union ( NFU )"
            orgs.by_key.setdefault(short.text.lower(), longer)
            continue
        key = name.text.lower()
        if key not in orgs.by_key:
            org_word = any(t.lower_ in word_lists()["org_words"] for t in name)
            if not org_word and short[0].ent_type_ != "ORG" and name.root.ent_type_ != "ORG":
                continue  # a defined term, not a body ("Generally Accepted ... ( GAAP )")
        actor = orgs.get_or_add(key, name.text)
        actor.add_mention(name)
        actor.add_mention(short)
        orgs.by_key.setdefault(short.text.lower(), actor)


def _demonyms_only(text: str) -> bool:
    """Whether words before a name are demonyms, after an article or not ("Welsh", "the
    Welsh"), not a date ("the August ...") or nothing but the article."""
    words = text.split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    return bool(words) and all(is_demonym(w) for w in words)


def _add_acronyms(orgs: _Registry, acronyms: list[Span]) -> None:
    """Acronyms as the organizations whose initials they are, else organizations."""
    for span in acronyms:
        compact = span.text.replace(".", "")
        actor = orgs.by_key.get(compact.lower())
        if actor is None:
            actor = next((o for o in orgs.items if acronym_of(o.name.split()) == compact), None)
        if actor is None:
            actor = orgs.get_or_add(compact.lower(), span.text)
        actor.add_mention(span)


def _add_suffix_names(
    orgs: _Registry, runs: list[Span], pindex: dict[int, Place], persons_at: set[int]
) -> None:
    """Names a legal form or a body's noun ends (``suffix_names``), as organizations, in
    place of the model's reading where it cut the name short ("Power Corp" of "Power Corp
    of Canada", "Mitsubishi Bank" of "Tokyo-Mitsubishi Bank") or ran on ("Marion County
    Board of Education ST"); the model's name stands where it ends there too and only
    common words differ ("Lead Underwriter Bear Stearns & Co Inc"), or where it goes on
    through a small word ("the Bosnian Association for Refugees ..."). A place's name is
    none."""
    for run in runs:
        if any(t.idx in persons_at for t in run) or place_covering(pindex, run) is not None:
            continue
        doc = run.doc
        overlapping = [
            (actor, m)
            for actor in orgs.items
            for m in actor.mentions
            if m.start < run.end_char and run.start_char - 4 < m.end
        ]
        if any(_model_name_stands(run, m.start, m.end) for _, m in overlapping):
            continue
        for actor, m in overlapping:
            actor.mentions.remove(m)
        whole = run
        if run.start > 0 and doc[run.start - 1].lower_ == "the":
            # the name as written, with its article, unless the model read it without
            if not any(m.start == run.start_char for _, m in overlapping):
                whole = doc[run.start - 1 : run.end]
        orgs.get_or_add(run.text.lower(), run.text).add_mention(whole)
    orgs.items[:] = [a for a in orgs.items if a.mentions]


def _model_name_stands(run: Span, start: int, end: int) -> bool:
    """Whether the model's name at ``start:end`` stands against a suffixed name: it is the
    same name, with or without its article; it ends there too and the words it leaves out
    are common words; it goes on through a small word ("for", "of") or a possessive."""
    doc = run.doc
    if end == run.end_char:
        if start >= run.start_char:
            extra = doc.char_span(run.start_char, start, alignment_mode="expand")
            return (
                extra is None
                or all(is_common_word(t.text) and not joining_hyphen(t) for t in extra)
                and not any(joining_hyphen(t) for t in doc[run.start : run.end])
            )
        return True
    if end > run.end_char and start <= run.start_char:
        # "the Bosnian Association for Refugees", "the Court of Appeals' Board on ..."
        after = doc[run.end]
        return after.is_lower or after.tag_ == "POS" or after.text in {"'", "’"}
    return False


def find_organizations(
    doc: Doc,
    pindex: dict[int, Place],
    persons_at: set[int] | None = None,
    suffixed: list[Span] | None = None,
) -> list[ActorItem]:
    """Organizations from ORG entities and from names a legal form or a body's noun ends
    (``suffixed``), repeated names and acronyms merged; ORG entities with no name ("the
    defence ministry") as unnamed institutions (kind "role")."""
    persons_at = persons_at or set()
    definitions = defined_acronyms(doc)
    # the model splits long names ("London International Financial Futures" | "and Options
    # Exchange"); a name its acronym defines is read whole instead
    defined_at = {t.i: name for name, _ in definitions for t in name}
    orgs, acronyms = _entity_orgs(doc, pindex, persons_at, defined_at)
    _add_suffix_names(orgs, suffixed or [], pindex, persons_at)
    _add_definitions(orgs, definitions, pindex, persons_at)
    _add_acronyms(orgs, acronyms)
    _add_agencies(doc, orgs, pindex, persons_at)
    for actor in orgs.items:
        actor.mentions.sort(key=lambda m: m.start)
    return orgs.items


def _add_agencies(
    doc: Doc, orgs: _Registry, pindex: dict[int, Place], persons_at: set[int]
) -> None:
    """News agencies named by a word of their own (``news_agencies``: "Reuters", the wire
    code "RTRS", "Interfax") where the model found no name, as in a headline's slug ("RTRS
    - Tennis - ..."); not a word of a longer name ("Reuters Toronto Bureau", "Stefan
    Reuter") nor one glued to another word ("rebels-Interfax")."""
    agencies = word_lists()["news_agencies"]
    taken = {i for a in orgs.items for m in a.mentions for i in range(m.start, m.end)}
    for token in doc:
        if token.lower_ not in agencies or not token.text[:1].isupper():
            continue
        if token.idx in taken or token.idx in persons_at or token.idx in pindex:
            continue
        before = doc[token.i - 1] if token.i else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if any(t is not None and (is_name_word(t) or joining_hyphen(t)) for t in (before, after)):
            continue
        if before is not None and not before.whitespace_:
            continue
        orgs.get_or_add(token.lower_, token.text).add_mention(doc[token.i : token.i + 1])


def _body_end(token: Token) -> bool:
    """A legal form or a body's head noun ("Bank", "Exchange", "Assn")."""
    return is_legal_form(token) or (
        is_name_word(token) and token.lower_ in word_lists()["body_heads"]
    )


def _name_part(token: Token) -> bool:
    """A word that can stand inside a body's name: a capitalized word that is no function
    word ("The", "At"), an acronym or abbreviation ("CBI", "U.S."), not a month or a day."""
    if token.lower_ in word_lists()["not_team_words"]:
        return False
    if is_name_word(token):
        return not (token.lower_ in STOP_WORDS and token.pos_ != "PROPN")
    compact = token.text.replace(".", "")
    return compact.isalpha() and compact.isupper() and len(compact) <= 6


def _run_start(doc: Doc, i: int) -> int:
    """Where the words of a body's name before token ``i`` begin: capitalized words,
    acronyms, "&", joining hyphens, and "and" between common words ("Securities and
    Exchange Commission", not "Continental and Louis Dreyfus Corp")."""
    start = i
    while start > 0 and i - start < 7:
        token = doc[start - 1]
        if token.text == "&" or joining_hyphen(token):
            start -= 1
        elif token.lower_ == "and":
            after, before = doc[start], doc[start - 2] if start > 1 else None
            if before is None or not _name_part(before) or is_legal_form(before):
                break
            # one name through "and": the model's entity runs on, or common words on both
            # sides where no name begins ("Copper and Brass Servicenter Association")
            same = after.ent_iob_ == "I"
            if not same and (after.ent_iob_ == "B" or not is_common_word(after.text)):
                break
            if not same and not is_common_word(before.text):
                break
            start -= 1
        elif _name_part(token) and token.ent_type_ not in {"DATE", "TIME", "CARDINAL"}:
            start -= 1
        else:
            break
    while start < i and not _name_part(doc[start]):
        start += 1  # no joiner opens a name
    # "the French Interior Ministry": France's Interior Ministry
    if doc[i].lower_ in {"ministry", "department"}:
        while start < i and is_demonym(doc[start].text):
            start += 1
    return start


def _of_tail(doc: Doc, end: int, legal: bool) -> int:
    """The end of "of <name>" after a body's head noun or legal form ("Bank of Pakistan",
    "Ministry of Petroleum and Minerals", "Power Corp of Canada"): capitalized words
    joined by "and" or "&"; not a company's town ("Bestop Inc of Boulder"), nor a person
    who leads the body ("the Awami League of Prime Minister Sheikh Hasina")."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or not is_name_word(doc[end + 1]):
        return end
    if _opens_with_title(doc, end + 1):
        return end
    j = end + 1
    while j < len(doc) and j - end <= 5:
        if is_name_word(doc[j]):
            j += 1
        elif doc[j].lower_ in {"and", "&"} and j + 1 < len(doc) and is_name_word(doc[j + 1]):
            j += 1
        else:
            break
    if legal:
        info = gazetteer().lookup(doc[end + 1 : j].text)
        if info is not None and info.kind == "city":
            return end
    return j


def _opens_with_title(doc: Doc, i: int) -> bool:
    """Whether a person's title begins at token ``i`` ("Prime Minister", "President")."""
    lowers = tuple(t.lower_ for t in doc[i : i + 4])
    return any(lowers[: len(title)] == title for title in word_lists()["titles"])


def suffix_names(doc: Doc) -> list[Span]:
    """Names a legal form or a body's head noun ends ("Orii Corp", "Nomura Securities Co
    Ltd", "Karachi Stock Exchange", "Ministry of Petroleum and Minerals", "Taiwan Flour
    Mills Assn"): a company's or a body's, whatever the model reads in them; not a place
    known by such a name ("Soviet Union", "Gaza Strip and West Bank"), a market index ("the
    American Stock Exchange index"), a player before a nationality ("Derek Mills ( U.S.
    )"), nor in a line in capitals (headlines, tables)."""
    text = doc_text(doc)
    found: list[Span] = []
    for token in doc:
        if not _body_end(token):
            continue
        i = token.i
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and (
            _body_end(nxt) or is_name_word(nxt) or joining_hyphen(nxt) or _numbered(nxt)
        ):
            continue  # the name goes on: "Co Ltd", "Chicago Board Options Exchange", "Inc-owned"
        start = _run_start(doc, i)
        if start == i:
            continue
        span = doc[start : _of_tail(doc, i + 1, is_legal_form(token))]
        line_start = text.rfind("\n", 0, span.start_char) + 1
        line_end = text.find("\n", span.end_char)
        if not any(c.islower() for c in text[line_start : line_end if line_end >= 0 else None]):
            continue
        ands = [t.i for t in span if t.lower_ == "and"]
        if any(gazetteer().lookup(doc[a : span.end].text) is not None for a in [start, *ands]):
            continue
        if _names_an_index(span) or _before_nationality(span):
            continue
        found.append(span)
    # the longest of overlapping names: "London Securities & Derivatives Exchange"
    kept: list[Span] = []
    for span in sorted(found, key=len, reverse=True):
        if not any(k.start < span.end and span.start < k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda k: k.start)


def _numbered(token: Token) -> bool:
    """A number or a Roman numeral after a name: "World Group II", "Group 4"."""
    return token.like_num or (token.is_upper and set(token.text) <= set("IVX"))


def _before_nationality(span: Span) -> bool:
    """Whether a country or a demonym in brackets follows: "Derek Mills ( U.S. )"."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(":
        return False
    close = next((t.i for t in doc[span.end + 1 : span.end + 5] if t.text == ")"), None)
    if close is None:
        return False
    inner = doc[span.end + 1 : close].text
    return is_demonym(inner) or gazetteer().is_known_place(inner)


def company_places(doc: Doc, orgs: list[ActorItem], places: list[Place]) -> set[int]:
    """Characters of the place mentions that are a company's short name ("Arequipa" after
    "Arequipa Resources Ltd"), unless the words before read as a place ("in Arequipa"):
    the company's, not the town's."""
    shorts = {company_short_name(o.name) for o in orgs if o.kind == "organization"} - {None}
    moved: set[int] = set()
    if not shorts:
        return moved
    for place in places:
        for m in place.mentions:
            if m.text not in shorts:
                continue
            span = doc.char_span(m.start, m.end)
            before = doc[span.start - 1].lower_ if span is not None and span.start else ""
            if span is not None and before not in LOCATIVE_WORDS:
                moved.update(range(m.start, m.end))
    return moved


def company_people(doc: Doc, orgs: list[ActorItem], people: list[ActorItem]) -> list[ActorItem]:
    """The people left once a company's short name gives its mentions to the company: a
    one-word "person" that is the first word of a company named in full ("Velora" after
    "Velora Mining Corp"), as the model often reads a company's short name, and the uses
    of that word another "person" was given."""
    alone = names_alone(doc)
    shorts = {company_short_name(o.name, alone): o for o in orgs if o.kind == "organization"}
    shorts.pop(None, None)
    kept = []
    for person in people:
        org = shorts.get(person.name) if " " not in person.name else None
        if org is None:
            # a full name run together with the short name's uses ("Arch Alberta well
            # tests" beside "Arch Petroleum Inc" and "Arch said"): those uses are the
            # company's
            moved = [m for m in person.mentions if m.text in shorts]
            for m in moved:
                person.mentions.remove(m)
                shorts[m.text].mentions.append(m)
                shorts[m.text].mentions.sort(key=lambda m: m.start)
            if person.mentions:
                kept.append(person)
            continue
        org.mentions.extend(person.mentions)
        org.mentions.sort(key=lambda m: m.start)
    return kept


#: a news desk's contact line: "-- Helsinki Newsroom +358 ...", "-- Jo Ames , Oslo newsroom
#: +47 ...", "-- U.S. Municipal Desk 212-859-1650"
DESK_LINE_RE = re.compile(
    r"(?m)^--\s+(?:[^,\n]{1,40}\s,\s)?(?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) "
    r"(?P<desk>(?i:newsroom|newsdesk|desk))\b"
)


def desk_lines(doc: Doc) -> list[tuple[Span, bool]]:
    """The desks the contact lines name: a desk written as a name ("Helsinki Newsroom") is
    an organization, the span with True; a desk in lower case ("Oslo newsroom") is a
    desk in a town, the town's span with False."""
    found = []
    for m in DESK_LINE_RE.finditer(doc_text(doc)):
        named = m.group("desk")[0].isupper()
        span = doc.char_span(m.start("name"), m.end("desk" if named else "name"))
        if span is not None:
            found.append((span, named))
    return found


_HEADING = r"(?P<name>[A-Z][A-Z'&.]*(?: [A-Z][A-Z'&.]*){0,4})[ \t]*"
#: a press digest's heading: the paper's name in capitals on a line of its own, its stories
#: in lines that open with a dash below ("AL RAI" / "- Prime Minister ... says ...", "--
#: ..."), or below a rule of dashes ("---" / "DAILY NEWS" / "Bread and flour prices ...")
_PAPER_HEADING_RES = (
    re.compile(rf"(?m)^{_HEADING}\n--? "),
    re.compile(rf"(?m)^-{{3,}}[ \t]*\n{_HEADING}$"),
)


def digest_papers(doc: Doc) -> list[Span]:
    """The papers a press digest lists, when it lists two or more: a country's name is a
    section of the digest, not a paper ("IRAQ")."""
    found = []
    for m in (m for r in _PAPER_HEADING_RES for m in r.finditer(doc_text(doc))):
        span = doc.char_span(*m.span("name"))
        if span is not None and gazetteer().lookup(span.text) is None:
            found.append(span)
    return found if len(found) >= 2 else []
