"""Clubs and companies a phrase shows ("Surrey captain", "Cofinec CEO", "title rivals
Essex"), and every use of their names in the doc."""

from __future__ import annotations

import re
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from claimx.components.names.standings import (
    RESULTS_LINE_RE,
    TEAM_AFTER_COUNTRY_RE,
    clean_team,
    standings_rows,
    team_candidates,
)
from claimx.extensions import doc_ents, doc_text, token_lowers, token_texts
from claimx.items import ActorItem
from claimx.lexicon import (
    cut_at_break,
    gazetteer,
    is_club_named,
    is_country,
    is_demonym,
    is_legal_form,
    is_name_word,
    is_name_word_text,
    is_region,
    is_strong_place,
    shown_person_names,
    strip_span,
    word_lists,
)
from claimx.lines import in_nonbody
from claimx.mentions import inside_name, nonbody_kind, person_names, venue
from claimx.patterns import joining_hyphen

#: small words inside the name of a body: "Human Rights in China", "La Voix du Nord"
BODY_JOINERS = frozenset({"of", "in", "for", "du", "de", "del", "della", "dello", "der", "des"})


def is_team_name(
    doc: Doc,
    start: int,
    end: int,
    person_forms: set[str],
    strong: bool = False,
    outvoted: bool = False,
) -> bool:
    """Whether a name in a results line can be a club: not a country or home nation
    (national sides are written as places), not a known person, not a month or a heading;
    ``strong`` when a phrase says it is a body ("club Atalanta"), whatever the model says;
    ``outvoted`` when the doc's tables list clubs, whatever the model reads as people,
    and whatever country shares the name of a row of their standings ("Monaco" in a
    table of French clubs)."""
    text = doc_text(doc)[start:end]
    words = text.split()
    lists = word_lists()
    if words[0].lower() in lists["not_team_words"]:
        return False
    # a club's form in the name outweighs the model's reading of it as a person's
    strong = strong or is_club_named(text)
    # a phrase that shows a body outweighs the model's reading of the whole name as a
    # person's ("the daily Zycie Warszawy"), not a person's first or last name alone
    if text.lower() in person_forms and not (strong and len(words) > 1 or outvoted):
        return False
    if text.lower() in lists["national_sides"]:
        return False
    info = gazetteer().lookup(text)
    if info is not None and info.kind == "country" and not _after_competitor(doc, start):
        if not (_beside_club(doc, start) or outvoted and _standings_row(doc, start)):
            return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if _player_with_country(span):
        return False
    # a full name the model calls a person, as in golf leaderboards ("Tom Lehman 68 69")
    if (
        not (strong or outvoted)
        and len(words) > 1
        and all(t.ent_type_ == "PERSON" for t in span if t.is_alpha)
    ):
        return False
    return True


def _after_competitor(doc: Doc, start: int) -> bool:
    """Whether a name follows a competitor and nationality in a results row, where it is
    a team or a make even when a country has the name ("Ann Lee ( Brazil ) Jordan 29")."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else None]
    m = TEAM_AFTER_COUNTRY_RE.match(line)
    return m is not None and line_start + m.start("team") == start


def _standings_row(doc: Doc, start: int) -> bool:
    """Whether a name opens a row of standings: one side to a line, the table's other
    rows tell what kind of side it is."""
    line_start = doc_text(doc).rfind("\n", 0, start) + 1
    line_end = doc_text(doc).find("\n", start)
    line = doc_text(doc)[line_start : line_end if line_end >= 0 else None]
    return any(line_start + s == start for s, _ in standings_rows(line))


def _beside_club(doc: Doc, start: int) -> bool:
    """Whether a name shares a score line with a club's ("Guingamp 2 Monaco 1"): the sides
    of a line are of one kind, so a country's name beside a club's is a club's too; beside
    another country or a home nation it is a national side ("Germany 2 Wales 1")."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else None]
    if not RESULTS_LINE_RE.match(line):
        return False
    others = [line[s:e] for s, e in team_candidates(line) if line_start + s != start]
    return any(
        not (is_country(o) or is_region(o) or o.lower() in word_lists()["national_sides"])
        for o in others
    )


def _player_with_country(span: Span) -> bool:
    """A two- or three-word name followed by a country in brackets ("Jane Doe ( France )"):
    a player in an individual sport, as names_before_nationality reads it."""
    doc = span.doc
    words = [t for t in span if not joining_hyphen(t)]
    if not 2 <= len(span.text.split()) <= 3 or not all(is_name_word(t) for t in words):
        return False
    if any(t.lower_ in word_lists()["org_words"] for t in span):
        return False
    if span.end >= len(doc) or doc[span.end].text != "(":
        return False
    for end in range(span.end + 2, min(span.end + 5, len(doc))):
        if doc[end].text == ")":
            inner = doc[span.end + 1 : end].text
            return gazetteer().is_known_place(inner) or is_demonym(inner)
    return False


def is_sports_story(doc: Doc) -> bool:
    """Whether a doc reports sport: at least two different words only sport uses
    ("innings", "striker", "halftime"); there a town's name is mostly its club's."""
    words = word_lists()["sport_words"]
    return len(words.intersection(token_lowers(doc))) >= 2


def _name_run(doc: Doc, i: int, joiners: frozenset[str] = frozenset({"of"})) -> Span | None:
    """The run of capitalized words around token ``i`` ("Rotor Volgograd"), through a
    joining word ("Republic of Ireland"), without an adjective opening the sentence
    ("Former Wallaby")."""
    if not _run_word(doc[i]):
        return None
    start, end = i, i + 1
    while start > 0 and i - start < 3 and _run_word(doc[start - 1]):
        start -= 1
    while end < len(doc) and end - i < 3 and _run_word(doc[end]):
        end += 1
    if end + 1 < len(doc) and doc[end].lower_ in joiners and _run_word(doc[end + 1]):
        end += 2
        while end < len(doc) and end - i < 6 and _run_word(doc[end]):
            end += 1
    while end - start > 1 and doc[start].pos_ in {"ADJ", "DET", "ADV", "ADP", "PRON", "NUM"}:
        start += 1
    return doc[start:end]


def _run_word(token: Token) -> bool:
    """A capitalized word that can belong to a club's name: no pronoun ("We"), no date."""
    return (
        is_name_word(token)
        and not token.is_stop
        and token.ent_type_ not in {"DATE", "TIME", "CARDINAL", "ORDINAL", "NORP"}
    )


def _placelike(span: Span) -> bool:
    """A name that can be a town's or a county's and so its club's: an English county
    ("Derbyshire"), or a place or organization entity; not a person's name, nor a common
    word opening a sentence ("Travellers"); a sizeable town's name the model reads as a
    person's is the town's, as the people finder reads it ("Kent stepped up a gear")."""
    types = {t.ent_type_ for t in span}
    if span.text.lower().endswith("shire") or is_club_named(span.text):
        return True
    if types == {""}:
        return gazetteer().lookup(span.text) is not None  # "Essex need another 148"
    if types == {"PERSON"} and len(span) == 1:
        return is_strong_place(span.text)
    return types <= {"ORG", "GPE", "LOC", "FAC"} and "" not in types


def prose_team_spans(doc: Doc, people: list[ActorItem]) -> list[tuple[int, int, bool]]:
    """Character spans of clubs that a sentence shows to be a side: a team member after
    the name ("Surrey captain", "Norwich striker") or "club" before it; in a sports story
    also another club noun before it ("title rivals Essex"), the name as the subject of
    a verb ("Kent stepped up a gear"), as the other side ("against Nottinghamshire",
    "beat Yorkshire", "homered for Cleveland"), or owning a player ("Birmingham 's Gary
    Breen"). Names joined by "and" share the evidence ("Essex and Kent both face")."""
    lists = word_lists()
    members = lists["team_member_nouns"]
    sports = is_sports_story(doc)
    found: list[tuple[int, int, bool]] = []
    doc_words = _KnownWords(
        {t.text for t in doc if t.is_lower},
        {a.name for a in people if " " in a.name},
        _person_words(people),
        shown_person_names(doc),
    )

    def add(token: Token, span: Span | None, strong: bool) -> None:
        for conj in [token, *(c for c in token.conjuncts if c.i > token.i)]:
            if conj is not token:
                span = _name_run(doc, conj.i)
            if span is None or not len(span) or _no_club_run(span, strong, doc_words):
                continue
            if strong or _placelike(span) and not is_region(span.text):
                found.append((span.start_char, span.end_char, strong))

    lowers = token_lowers(doc)
    clubs = lists["club_nouns"] if sports else {"club"}
    firsts = _member_nouns(lowers, members)
    for i, lower in enumerate(lowers):
        if not sports and i not in firsts and lower not in clubs:
            continue  # outside sports stories only a team member or "club" is evidence
        token = doc[i]
        if firsts.get(i, 0) > 0:
            # "Surrey captain Chris Lewis", "Derbyshire 's captain", "Kent all-rounder"
            j = firsts[i] - 1
            if doc[j].tag_ == "POS" and j > 0:
                j -= 1
            run = _name_run(doc, j)
            # only a club has a captain: a town's name before one is its club's, and so is
            # any name before a team member who is named ("Wallaby captain Michael Lynagh")
            if run is not None:
                known = gazetteer().lookup(run.text) is not None
                named = token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON"
                add(doc[j], run, strong=(known or named) and not is_country(run.text))
        if (lower == "club" or sports and lower in lists["club_nouns"]) and token.i + 1 < len(doc):
            run = _name_run(doc, token.i + 1)
            if run is not None and run.start == token.i + 1:
                # "title rivals Essex", "Belgian club Standard Liege"
                add(run.root, run, strong=True)
        if not sports or not _run_word(token) or token.dep_ == "conj":
            continue
        head = token.head
        run = _name_run(doc, token.i)
        if token.dep_ in {"nsubj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
            if head.lemma_ != "be" and not any(c.dep_ == "auxpass" for c in head.children):
                add(token, run, strong=False)
        elif token.dep_ == "pobj" and head.lower_ in lists["versus_words"]:
            add(token, run, strong=False)
        elif (
            token.dep_ == "pobj"
            and head.lower_ == "for"
            and (head.head.lemma_ in lists["play_verbs"] or head.head.lower_ in members)
        ):
            add(token, run, strong=False)  # "homered for Cleveland", "a player for Monaco"
        elif token.dep_ == "dobj" and head.lemma_ in lists["play_verbs"]:
            add(token, run, strong=False)
        elif token.dep_ == "poss" and head.ent_type_ == "PERSON":
            if sum(t.ent_type_ == "PERSON" for t in head.subtree) > 1:
                # "Birmingham 's Gary Breen", "Everton 's Duncan Ferguson": a club, whatever
                # the model reads in its name
                add(token, run, strong=True)
    return found


class _KnownWords(NamedTuple):
    """What a doc says of its words: those it writes in lower case, its people's full
    names and their words, and the names it shows to be people's."""

    lower: set[str]
    full_names: set[str]
    person_words: set[str]
    shown: set[str]


def _no_club_run(span: Span, strong: bool, known: _KnownWords) -> bool:
    """Whether a name a sentence shows as a side is no club's: a demonym, a word the doc
    writes in lower case ("Police stormed the halls" beside "battled police"), a person's
    ("Washington" after "MaliVai Washington", "Olsza" after "the 18-year-old Olsza"), an
    event ("the Tennessee Senior Olympics") or a national side ("Republic of Ireland")."""
    doc = span.doc
    if is_demonym(span.text):
        return True
    if not strong and (
        len(span) == 1 and span[0].lower_ in known.lower or span.text in known.shown
    ):
        return True
    if span.text not in known.full_names and any(t.text in known.person_words for t in span):
        return True
    if span[-1].lower_ in word_lists()["event_words"]:
        return True
    of = [t.i for t in span if t.lower_ == "of"]
    return bool(of) and is_country(doc[of[0] + 1 : span.end].text)


#: words that rank a side in a table before "-placed" ("second-placed Stuttgart")
_RANKS = {"last", "bottom", "top"}


def standing_team_spans(doc: Doc) -> list[tuple[int, int, bool]]:
    """Character spans of the clubs a sports story ranks in the table by a word before
    them: "second-placed Stuttgart", "first-place Houston", "last-place Giants"."""
    if not is_sports_story(doc):
        return []
    found: list[tuple[int, int, bool]] = []
    lowers = token_lowers(doc)
    for i in range(2, len(doc) - 1):
        if lowers[i] not in {"place", "placed"} or lowers[i - 1] != "-":
            continue
        rank = doc[i - 2]
        if not (rank.like_num or rank.ent_type_ == "ORDINAL" or rank.lower_ in _RANKS):
            continue
        run = _name_run(doc, i + 1)
        if run is not None and run.start == i + 1 and not is_demonym(run.text):
            found.append((run.start_char, run.end_char, True))
    return found


def bracket_club_spans(doc: Doc, people: list[ActorItem]) -> list[tuple[int, int, bool]]:
    """Character spans of the clubs a sports story names in brackets after a player
    ("Jan Boer ( Lens )", as lists of scorers give them): a town's name or an acronym
    there is the player's club; a country, a home nation or a region is the player's
    nationality."""
    if not is_sports_story(doc):
        return []
    text = doc_text(doc)
    # a full name: a lone word before a town in brackets may be a ground ("Edgbaston")
    ends = {m.end for a in people for m in a.mentions if " " in m.text.strip()}
    found: list[tuple[int, int, bool]] = []
    for end in sorted(ends):
        if not text.startswith(" ( ", end):
            continue
        close = text.find(" )", end + 3, end + 40)
        inner = text[end + 3 : close] if close > 0 else ""
        if not inner or "\n" in inner or not all(_capitalized(w) for w in inner.split()):
            continue
        if _bracket_club(inner):
            found.append((end + 3, close, True))
    return found


def _capitalized(word: str) -> bool:
    """A capitalized word or acronym: "Lens", "PSG", "St.", "Saint-Etienne"."""
    return word[:1].isupper() and word.replace(".", "").replace("-", "").isalpha()


def _bracket_club(inner: str) -> bool:
    """Whether a name in brackets after a player names a club: a town, or an acronym
    that is no place ("PSG"), but no nationality."""
    if inner.lower() in word_lists()["national_sides"] or is_demonym(inner):
        return False
    info = gazetteer().lookup(inner)
    if info is None:
        return inner.isupper() and len(inner) >= 2 and "." not in inner
    return info.kind == "city"


def _member_nouns(lowers: list[str], members: set[str]) -> dict[int, int]:
    """The team members' nouns of a doc, by the index of their last token: the index of
    their first, which differs for the words the tokenizer splits at a hyphen ("all -
    rounder")."""
    found = {i: i for i, lower in enumerate(lowers) if lower in members}
    for i in range(1, len(lowers) - 1):
        if lowers[i] == "-" and f"{lowers[i - 1]}-{lowers[i + 1]}" in members:
            found[i + 1] = i - 1
    return found


def _person_words(people: list[ActorItem]) -> set[str]:
    """The words of people's full names: "Washington" after "MaliVai Washington"."""
    return {w for a in people if " " in a.name for w in a.name.split()}


def _always_org(doc: Doc, span: Span) -> bool:
    """Whether the model tags every use of the span's words in the doc as an organization."""
    texts = token_texts(doc)
    words = texts[span.start : span.end]
    n = len(words)
    return all(
        all(t.ent_type_ == "ORG" for t in doc[i : i + n])
        for i in range(len(doc) - n + 1)
        if texts[i] == words[0] and texts[i : i + n] == words
    )


def org_cue_spans(doc: Doc, people: list[ActorItem]) -> list[tuple[int, int, bool]]:
    """Character spans of names a phrase shows to be a company or a newspaper, whatever
    the model calls them: a body's noun before the name ("mineral water firm Multico",
    "the daily Zycie Warszawy"), one of its people or its shares after it ("Cofinec CEO",
    "Ericsson spokesman", "Jones stock", "Yonhap news agency"), or "-based" before it
    ("Ontario-based Magna")."""
    lists = word_lists()
    before, after = lists["org_before_nouns"], lists["org_after_nouns"]
    person_words = _person_words(people)
    full_names = {a.name for a in people if " " in a.name}
    found: list[tuple[int, int, bool]] = []
    objects = lists["company_object_nouns"]
    cues = before | after | objects | {"based", "general", "chief"}
    for i, lower in enumerate(token_lowers(doc)):
        if lower not in cues:
            continue
        token = doc[i]
        run = None
        based = lower == "based" and token.i > 1 and doc[token.i - 1].text == "-"
        if (lower in before or based) and token.i + 1 < len(doc):
            # "group Human Rights in China": a body's name may run through "in" or "for"
            run = _name_run(doc, token.i + 1, BODY_JOINERS)
            if run is not None and run.start != token.i + 1:
                run = None
        if lower in {"general", "chief"} and token.i + 1 < len(doc):
            lower = f"{lower} {doc[token.i + 1].lower_}"  # "Petofi general manager"
        if lower in objects and token.dep_ == "dobj":
            run = _company_subject(token)  # "Kekkila posted a 6.1 million markka profit"
        news = lower == "agency" and token.i > 1 and doc[token.i - 1].lower_ == "news"
        if news and run is None:
            run = _agency_name(doc, token.i - 2)  # "PAP news agency", "Anatolian news agency"
        elif run is None and lower in after and token.i > 0 and not token.is_sent_start:
            run = _name_run(doc, token.i - 1)
            if run is not None and run.end != token.i:
                run = None
        if run is None:
            continue
        if run.text not in full_names and any(t.text in person_words for t in run):
            continue  # "a Clinton spokesman" after "Hillary Clinton": a person's name
        if _always_org(doc, run):
            continue  # the model knows it already
        if is_demonym(run.text) or is_strong_place(run.text):
            continue  # "Chicago fans", "Iranian newspaper"
        if run[0].ent_type_ == "NORP" and not news:
            continue  # but a news agency is named so ("the Anatolian news agency")
        if nonbody_kind(doc, run) in {"title", "headline"}:
            continue
        found.append((run.start_char, run.end_char, True))
    return found


def _company_subject(obj: Token) -> Span | None:
    """The one-word name that posts, reports or holds what only a business has ("Kekkila
    posted a profit", "Arch reported a loss", "Gencor sold its stake"): the subject of the
    verb whose object the noun is."""
    verb = obj.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not is_name_word(subject) or verb.pos_ != "VERB":
        return None
    if subject.pos_ == "PRON" or subject.is_stop:
        return None  # "It has sales in 38 countries"
    doc = obj.doc
    if any(is_name_word(t) for t in doc[subject.i - 1 : subject.i] if subject.i > 0):
        return None  # "Ann Kekkila": a full name
    if subject.i + 1 < len(doc) and is_name_word(doc[subject.i + 1]):
        return None
    return doc[subject.i : subject.i + 1]


def _agency_name(doc: Doc, last: int) -> Span | None:
    """The name before "news agency" ending at token ``last``: an acronym ("PAP", "RIA")
    or capitalized words ("Anatolian", "Itar-Tass")."""
    token = doc[last]
    if token.is_upper and token.is_alpha and 2 <= len(token) <= 6:
        return doc[last : last + 1]
    if not is_name_word(token):
        return None
    start = last
    while start > 0 and last - start < 3:
        prev = doc[start - 1]
        if not (is_name_word(prev) or joining_hyphen(prev)) or prev.is_sent_start:
            break
        start -= 1
    while not is_name_word(doc[start]):
        start += 1
    return doc[start : last + 1]


def tables_list_clubs(doc: Doc, table: list[tuple[int, int, bool]], person_forms: set[str]) -> bool:
    """Whether the doc's results lines and standings rows list clubs, so that the model's
    reading of a few of their names as people's is outvoted ("Sparta Rotterdam 3 Volendam
    0"): most of their names are clubs' anyway; not where the rows list players ("Pete
    Sampras 6-3 6-4")."""
    text = doc_text(doc)
    clubs, people = set(), set()
    for start, end, strong in table:
        key = clean_team(text[start:end])
        if is_team_name(doc, start, end, person_forms, strong):
            clubs.add(key)
        elif not is_country(key) and is_team_name(doc, start, end, set(), strong, outvoted=True):
            people.add(key)
    people -= clubs
    return len(clubs) >= 4 and len(clubs) > len(people)


def _team_names(
    doc: Doc,
    candidates: list[tuple[int, int, bool]],
    person_forms: set[str],
    outvoted: set[tuple[int, int, bool]],
) -> tuple[dict[str, str], set[tuple[int, int]]]:
    """The clubs' names by key (as first written, not in capitals if it can be), and the
    spans that name them."""
    names: dict[str, str] = {}
    given: set[tuple[int, int]] = set()
    for start, end, strong in candidates:
        # "Benetton of Italy beat Dinamo of Russia": the club, then its country
        cut = doc_text(doc).find(" of ", start, end)
        if cut > 0 and is_country(doc_text(doc)[cut + 4 : end]):
            end = cut
        voted = (start, end, strong) in outvoted
        if is_team_name(doc, start, end, person_forms, strong, voted):
            text = doc_text(doc)[start:end]
            key = clean_team(text)
            given.add((start, end))
            if key not in names or (names[key].isupper() and not text.isupper()):
                names[key] = text
    return names, given


def club_short_names(
    names: dict[str, str], body_keys: set[str], lower_words: set[str]
) -> dict[str, tuple[str, str]]:
    """The short names of clubs named with their town ("Ajax" for "Ajax Amsterdam",
    "Hansa" for "Hansa Rostock"), by key, with the club's key: the words before the
    town, when the doc never writes them in lower case ("standard" beside "Standard
    Liege"), they are no country or region and no other club's short name too
    ("Lokomotiv Moscow", "Lokomotiv Sofia")."""
    found: dict[str, tuple[str, str]] = {}
    shared: set[str] = set()
    for key, text in names.items():
        words = text.split()
        if key in body_keys or len(words) < 2 or text.isupper():
            continue
        short = " ".join(words[:-1])
        if not is_name_word_text(words[0]):
            continue
        if any(w.lower() in lower_words for w in words[:-1]):
            continue
        if gazetteer().lookup(words[-1]) is None or is_country(short) or is_region(short):
            continue
        short_key = clean_team(short)
        if short_key in found:
            shared.add(short_key)
        found[short_key] = (short, key)
    return {k: v for k, v in found.items() if k not in shared}


def find_teams(doc: Doc, people: list[ActorItem]) -> list[ActorItem]:
    """Clubs named in results lines, fixtures and standings, and their other mentions.

    A club named after its town or county ("Leicestershire 296 , Somerset 83") is an
    organization, not a place: the line says who played, not where.
    """
    person_forms = {f.lower() for a in people if len(a.name.split()) > 1 for f in person_names([a])}
    candidates: list[tuple[int, int, bool]] = []
    standings: list[tuple[int, int, bool]] = []
    offset = 0
    for line in doc_text(doc).split("\n"):
        candidates += [(offset + s, offset + e, False) for s, e in team_candidates(line)]
        standings += [(offset + s, offset + e, False) for s, e in standings_rows(line)]
        offset += len(line) + 1
    if len(standings) >= 2:  # one row of figures is not a table
        candidates += standings
    table_keys = {clean_team(doc_text(doc)[s:e]) for s, e, _ in candidates}
    outvoted = set(candidates) if tables_list_clubs(doc, candidates, person_forms) else set()
    prose = prose_team_spans(doc, people)
    bodies = org_cue_spans(doc, people)
    candidates += prose + bodies + bracket_club_spans(doc, people) + standing_team_spans(doc)
    org_words = word_lists()["org_words"]
    # names whose places stay places: companies, and names read from prose only that open
    # with a town ("Louisville Assumption"), as the places component reads them
    body_keys = {
        clean_team(doc_text(doc)[s:e])
        for s, e, _ in candidates
        if (s, e, True) in bodies
        or any(w.lower() in org_words for w in doc_text(doc)[s:e].split())
        or (" " in doc_text(doc)[s:e] and (s, e, False) in prose)
    } - table_keys
    names, given = _team_names(doc, candidates, person_forms, outvoted)
    if not names:
        return []
    aliases = club_short_names(names, body_keys, {t.text for t in doc if t.is_lower})
    names.update({short: text for short, (text, _) in aliases.items()})
    teams: dict[str, ActorItem] = {}
    pattern = re.compile(
        r"(?<![\w'])("
        + "|".join(re.escape(n) for n in sorted(names.values(), key=len, reverse=True))
        + r")(?![\w'])",
        re.IGNORECASE,
    )
    for m in pattern.finditer(doc_text(doc)):
        start, end = m.span()
        if not m.group()[:1].isupper():
            continue  # "Sale 31 Wasps 33" names a club; "the sale of" does not
        # a schedule line in capitals can pass for a dateline ("CHICAGO AT TORONTO")
        nonbody = in_nonbody(doc, start, end) in {"dateline", "byline", "boilerplate"}
        # a team named as a country ("Jordan") is a team only where a results row says so
        if (nonbody or is_country(m.group())) and (start, end) not in given:
            continue
        span = doc.char_span(start, end)
        if span is None or (not span.text.isupper() and inside_name(span)):
            continue
        if venue(span) and not _club_owns(span):
            continue  # "at Kent": the ground; but "in Karlsruhe 's 4-0 demolition"
        if _inside_longer_org(span) or (span.end < len(doc) and is_legal_form(doc[span.end])):
            continue  # part of a longer name ("Ruch SA", "LM Ericsson AB", "Cofinec S.A.")
        key = clean_team(m.group())
        key = aliases[key][1] if key in aliases else key
        actor = teams.get(key)
        if actor is None:
            # a company or a newspaper is no club: "body|" keeps the places in its name
            prefix = "body" if key in body_keys else "team"
            actor = ActorItem(name=names[key], kind="organization", key=f"{prefix}|{key}")
            teams[key] = actor
        if span.start > 0 and doc[span.start - 1].lower_ == "the" and not _modifier(span):
            span = doc[span.start - 1 : span.end]  # the name as written: "the Eagles"
        actor.add_mention(span)
    return list(teams.values())


def _club_owns(span: Span) -> bool:
    """Whether a club's name owns what follows: a result or a player ("Karlsruhe 's 4-0
    demolition"), a team member ("called in Feyenoord midfielder Giovanni van
    Bronckhorst"), whatever preposition stands before it."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and (
        nxt.tag_ == "POS" or nxt.lower_ in word_lists()["team_member_nouns"]
    )


def _modifier(span: Span) -> bool:
    """Whether a name modifies a noun after it, which the article before it belongs to
    ("the Chelsea striker", "the Alpine part-timers")."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "ADJ"} and nxt.is_lower


def _inside_longer_org(span: Span) -> bool:
    """Whether an ORG entity of the model holds the span and more, once cut at table breaks."""
    for ent in doc_ents(span.doc):
        if ent.start <= span.start and span.end <= ent.end and ent.label_ == "ORG":
            whole = cut_at_break(strip_span(ent))
            return whole.start <= span.start and span.end <= whole.end and len(whole) > len(span)
    return False
