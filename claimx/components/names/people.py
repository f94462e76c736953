"""People's names: PERSON entities and the names a title, an age, a list, initials or a
nickname show to be a person's; surnames that are also towns."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc, Span

from claimx.acronyms import OPEN_BRACKET_RE, defined_acronyms
from claimx.extensions import (
    doc_ents,
    doc_text,
    span_text,
    token_bounds,
    token_flags,
    token_lowers,
    token_texts,
    tokens_at,
)
from claimx.items import ActorItem
from claimx.lexicon import (
    BREAK_TOKENS,
    after_title,
    gazetteer,
    is_body_word,
    is_common_word,
    is_country,
    is_demonym,
    is_name_word,
    is_name_word_text,
    is_org_named,
    is_strong_place,
    looks_like_titled_name,
    plural_of_people,
    shown_person_names,
    strip_span,
    without_date,
    word_lists,
)
from claimx.lines import doc_datelines, in_nonbody
from claimx.mentions import (
    LOCATIVE_WORDS,
    inside_name,
    nonbody_kind,
    place_covering,
    place_index,
    place_of_span,
)
from claimx.patterns import joining_hyphen, street_words
from claimx.records import Place

INITIAL_RE = re.compile(r"^(?:[A-Z]\.){1,3}$")


#: where an initial may start in the text, to find candidates without a token scan
INITIAL_START_RE = re.compile(r"(?<![\w.])[A-Z]\.")


def looks_like_person_name(span: Span, surname_place: bool = False) -> bool:
    """Two or three capitalized words, none an organization word, place or demonym; with
    ``surname_place`` the last may be a town's name ("Greg Norman", "Hal Sutton") when the
    whole is no known place."""
    if not 2 <= len(span_text(span).split()) <= 3:
        return False
    org_words = word_lists()["org_words"]
    words = [t for t in span if not joining_hyphen(t)]
    checked = span[:-1] if surname_place else span
    return (
        all(is_name_word(t) and t.lower_ not in org_words for t in words)
        and not any(is_demonym(t.text) or is_strong_place(t.text) for t in checked)
        and not (
            surname_place and (is_demonym(span[-1].text) or gazetteer().is_known_place(span.text))
        )
    )


def without_demonym(span: Span) -> Span:
    """A name without a nationality in front ("Chilean Marcelo Rios" → "Marcelo Rios")."""
    if len(span) >= 3 and span[0].text[:1].isupper() and is_demonym(span[0].text):
        rest = span[1:]
        if looks_like_person_name(rest):
            return rest
    return span


def without_role_word(span: Span) -> Span:
    """A name without a role word the model ran into it at a sentence start ("Broker
    Khurshid Alam", "Fullback Andre Joubert")."""
    lists = word_lists()
    if len(span) >= 3 and span[0].lower_ in lists["person_nouns"] | lists["role_nouns"]:
        rest = span[1:]
        if looks_like_person_name(rest):
            return rest
    return span


def without_title(span: Span) -> Span:
    """A person's name without a one-word title the model ran into it ("Queen Noor" →
    "Noor", "Sergeant Dave Pearson" → "Dave Pearson"): the title is the actor's, read
    before the name, not part of it; not where the rest is a common word or a body's
    ("King County", "General Motors")."""
    if len(span) < 2 or not span[0].text[:1].isupper() or span[0].lower_ not in _one_word_titles():
        return span
    rest = span[1:]
    if looks_like_person_name(rest):
        return rest
    word = rest[0]
    alone = len(rest) == 1 and is_name_word(word) and not is_common_word(word.text)
    return rest if alone and word.lower_ not in word_lists()["org_words"] else span


@lru_cache(maxsize=1)
def _one_word_titles() -> frozenset[str]:
    return frozenset(title[0] for title in word_lists()["titles"] if len(title) == 1)


def _initials_of_a_name(initials: Span) -> bool:
    """Whether initials open a person's name: several may be a place ("U.S.", "U.K.") or a
    body ("U.N."); one letter never is, whatever the model or a short gazetteer entry say
    ("D. Cox"), but an abbreviated compass word before a place is none ("S. Korea")."""
    if len(initials) == 1 and len(initials.text) == 2:
        after = initials.doc[initials.end]
        return not is_strong_place(after.text)
    if any(t.ent_type_ in {"GPE", "NORP", "LOC"} for t in initials):
        return False
    if initials[0].ent_type_ == "ORG" and (_long_org(initials) or _used_alone(initials)):
        return False  # a body's acronym: "U.N. Security Council", "U.N. officials"
    return not gazetteer().is_known_place(initials.text)


def _long_org(initials: Span) -> bool:
    """Whether the model's organization runs two words or more past the initials: a
    body's name ("U.N. Security Council"), longer than a given name and surname."""
    doc = initials.doc
    end, words = initials.end, 0
    while end < len(doc) and doc[end].ent_type_ == "ORG" and doc[end].ent_iob_ == "I":
        words += doc[end].text[:1].isupper()
        end += 1
    return words >= 2


def _used_alone(initials: Span) -> bool:
    """Whether the doc writes the initials somewhere with no name after them ("U.N.
    officials", "the U.N. ."): an acronym, not a person's initials ("J.S. Bach")."""
    doc = initials.doc
    for i in tokens_at(doc, re.compile(re.escape(initials.text))):
        if doc[i : i + len(initials)].text != initials.text:
            continue
        after = doc[i + len(initials)] if i + len(initials) < len(doc) else None
        if after is None or not after.text[:1].isupper():
            return True
    return False


def _title_openers() -> set[str]:
    """The first words of titles: "secretary", "president", "prime"."""
    return {title[0] for title in word_lists()["titles"]}


def initial_names(doc: Doc) -> list[Span]:
    """Names written with initials ("A. Smith", "J.R. Ewing"): always a person."""
    spans = []
    for start in tokens_at(doc, INITIAL_START_RE):
        if start and INITIAL_RE.match(doc[start - 1].text):
            continue  # inside a run of initials, handled from its first one
        i = start
        while i < len(doc) and INITIAL_RE.match(doc[i].text):
            i += 1
        initials = doc[start:i]
        if i > start and i < len(doc) and is_name_word(doc[i]) and _initials_of_a_name(initials):
            before = doc[start - 1] if start else None
            after = doc[i + 1] if i + 1 < len(doc) else None
            if after is not None and after.text[:1].isupper():
                if after.lower_.rstrip(".") in street_words():
                    continue  # "618 E. Main Street": an address
            if before is None or not is_name_word(before):
                # a body's word is no surname, nor a title after a body's initials ("U.N.
                # Secretary-General"; but "B.B. King")
                titled = initials[0].ent_type_ == "ORG" and doc[i].lower_ in _title_openers()
                if doc[i].lower_ not in word_lists()["org_words"] and not titled:
                    spans.append(doc[start : i + 1])
    return spans


def names_before_nationality(doc: Doc, pindex: dict[int, Place]) -> list[Span]:
    """A name followed by a country in brackets ("Jane Doe ( France )"): a person."""
    spans = []
    for token in (doc[i] for i in tokens_at(doc, OPEN_BRACKET_RE)):
        if token.text != "(" or token.i < 2 or token.i + 2 >= len(doc):
            continue
        inner, close = doc[token.i + 1], doc[token.i + 2]
        if close.text != ")" or not (inner.idx in pindex or is_demonym(inner.text)):
            continue
        start = token.i
        while (
            start > 0
            and token.i - start < 5
            and (is_name_word(doc[start - 1]) or joining_hyphen(doc[start - 1]))
        ):
            start -= 1
        while start < token.i and not is_name_word(doc[start]):
            start += 1
        span = doc[start : token.i]
        # a name before a country in brackets is a person's, even where the surname is
        # also a town's ("Greg Norman ( Australia )")
        if looks_like_person_name(span, surname_place=True) and (
            place_of_span(pindex, span) is None
            or _place_as_surname(pindex, span)
            or _label_only_place(pindex, span)
        ):
            spans.append(span)
    return spans


#: tokens that end one item of a list or table row
LIST_BREAKS = {",", ";", ":", "(", ")", "-", "--", "|", "/", "and", "&", "."}


def list_items(doc: Doc, start: int, end: int) -> list[Span]:
    """The items of a list between ``start`` and ``end`` (token indices): the runs between
    commas, brackets, spaced dashes, "and" and numbers ("5 - Laurent Blanc , 8 - ...")."""
    items = []
    texts, lowers, nums = token_texts(doc), token_lowers(doc), token_flags(doc, "LIKE_NUM")
    i = start
    for j in range(start, end + 1):
        if j == end or lowers[j] in LIST_BREAKS or "\n" in texts[j] or nums[j]:
            if j == end or lowers[j] != "-" or not joining_hyphen(doc[j]):
                if j > i:
                    items.append(doc[i:j])
                i = j + 1
    return items


def list_names(doc: Doc, pindex: dict[int, Place]) -> list[Span]:
    """Full names in a list whose other names are people's: a list holds one kind of thing
    ("Ian Healy ( captain ) , Michael Bevan , Damien Fleming", a team sheet, scorers),
    so the names the model missed there are people's too."""
    found = []
    lowers = token_lowers(doc)
    for line_start, line_end in _line_token_ranges(doc):
        if sum(w in LIST_BREAKS for w in lowers[line_start:line_end]) < 2:
            continue  # fewer than three items, whatever the numbers
        items = list_items(doc, line_start, line_end)
        if len(items) < 3:
            continue
        names = [it for it in items if looks_like_person_name(it)]
        people = [it for it in names if all(t.ent_type_ == "PERSON" for t in it)]
        numbered = [it for it in names if _after_shirt_number(it)]
        if len(numbered) < 3 and (len(people) < 2 or 4 * len(people) < len(names)):
            continue
        for item in names:
            placed = place_of_span(pindex, item) is not None
            if not placed or item in people or _label_only_place(pindex, item):
                found.append(item)
    return found


#: quotes and brackets around a nickname inside a name
NICKNAME_MARKS = {'"': '"', "“": "”", "'": "'", "(": ")"}


def nickname_names(doc: Doc) -> list[Span]:
    """Names with a nickname in quotes or brackets between the given name and the surname:
    'Roberto " Hands of Stone " Duran', "James Leander ( Leo ) Nichols"."""
    spans = []
    for i, lower in enumerate(token_lowers(doc)):
        if lower not in NICKNAME_MARKS:
            continue
        token = doc[i]
        close = NICKNAME_MARKS.get(token.text)
        if close is None or token.i == 0 or not is_name_word(doc[token.i - 1]):
            continue
        end = next((t.i for t in doc[token.i + 1 : token.i + 6] if t.text == close), None)
        if end is None or end == token.i + 1 or end + 1 >= len(doc):
            continue
        inner = doc[token.i + 1 : end]
        if not all(t.text[:1].isupper() or t.lower_ in {"of", "the"} for t in inner):
            continue
        if gazetteer().is_known_place(inner.text) or is_demonym(inner.text):
            continue  # "Olaf Ludwig ( Germany ) Telekom": a nationality, then the team
        if not is_name_word(doc[end + 1]):
            continue
        start = token.i - 1
        while start > 0 and token.i - start < 3 and is_name_word(doc[start - 1]):
            start -= 1
        if doc[start].ent_type_ == "PERSON" or doc[end + 1].ent_type_ == "PERSON":
            spans.append(doc[start : end + 2])
    return spans


def _after_shirt_number(span: Span) -> bool:
    """Whether a name follows a number and a dash, as on a team sheet ("5 - Laurent Blanc")."""
    doc = span.doc
    return span.start > 1 and doc[span.start - 1].text == "-" and doc[span.start - 2].like_num


NEWLINE_RE = re.compile("\n")


def _line_token_ranges(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indices of each line of the text."""
    # a token ends its line when a line break lies between its start and the next token's:
    # found from the token start offsets, without a Python Token object per token
    starts = sorted(token_bounds(doc)[0])
    breaks = NEWLINE_RE.finditer(doc_text(doc))
    enders = sorted({bisect_right(starts, m.start()) - 1 for m in breaks})
    ranges = []
    start = 0
    for i in enders:
        if i >= start:
            ranges.append((start, i + 1))
            start = i + 1
    if start < len(doc):
        ranges.append((start, len(doc)))
    return ranges


#: a side's score and the scorers in brackets after it, over line breaks: "Heerenveen 4 (
#: Korneev 15 , Hansma 24 , Wouden 70 , 90 )", "Bayer Leverkusen 2 ( Sergio 25th )"
SCORERS_RE = re.compile(r"[A-Z][\w'.-]* \d{1,2} \((?P<inner>[^()]{3,300})\)")
#: one scorer: a name and the minute ("Van Hintum 69th", "Roest 33")
SCORER_RE = re.compile(
    r"(?:^|(?<=[,;(] )|(?<=\n))(?P<name>[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){0,2})"
    r"\s+\d{1,3}(?:st|nd|rd|th)?\b"
)


def scorer_names(doc: Doc) -> list[Span]:
    """The scorers listed in brackets after a side's score in a results line: people."""
    text = doc_text(doc)
    spans = []
    for match in SCORERS_RE.finditer(text):
        for scorer in SCORER_RE.finditer(text, match.start("inner"), match.end("inner")):
            start, end = scorer.span("name")
            span = doc.char_span(start, end)
            if span is None or is_strong_place(span.text) or is_demonym(span.text):
                continue
            if any(t.ent_type_ in {"ORG", "GPE", "LOC"} for t in span):
                continue  # "( Rotterdam 2 )": a side, not a scorer
            spans.append(span)
    return spans


#: a name and the minute of a goal in brackets: "Marc Degryse ( 13th )", "Joe-Max Moore ( 3rd
#: minute , 88th on penalty kick )"
MINUTE_NAME_RE = re.compile(
    r"(?<![\w'])(?P<name>[A-Z][a-z][\w'-]*(?: (?:de |van |der )?[A-Z][a-z][\w'-]*){0,2})"
    r" \( ?\d{1,3}(?:st|nd|rd|th)\b"
)


def minute_names(doc: Doc) -> list[Span]:
    """Names followed by a minute in brackets, as scorers are listed: people."""
    spans = []
    for match in MINUTE_NAME_RE.finditer(doc_text(doc)):
        span = doc.char_span(*match.span("name"))
        if span is None or is_strong_place(span.text) or is_demonym(span.text):
            continue
        spans.append(span)
    return spans


#: a player's name in a cricket scorecard: "Saeed Anwar", "Inzamam-ul-Haq", "de Silva"
_CARD_NAME = r"(?:(?:de|van|den|du|le|la) )?[A-Z][\w'.-]*(?: (?:de |van |den )?[A-Z][\w'.-]*){0,2}"
#: the fielder or bowler a dismissal names: "c Croft b Cork 176", "st Stewart b Croft 40",
#: "lbw b Mullally 12", "c and b Kumble 4"
DISMISSAL_RE = re.compile(rf"(?<![\w'])(?:c|st|b)\s+(?P<name>{_CARD_NAME})(?=\s+(?:b\s|\d))")
#: the batsman opening a scorecard row: "Saeed Anwar c Croft", "Salim Malik not out 100"
BATSMAN_RE = re.compile(
    rf"^(?P<name>{_CARD_NAME})\s+(?:c|b|st|lbw|run out|not out|retired hurt)\s+\S", re.M
)
#: a bowler's figures, overs-maidens-runs-wickets: "Lewis 12-1-76-0", "Cork 14.3-4-45-1"
BOWLING_RE = re.compile(
    rf"(?P<name>{_CARD_NAME})\s+\d{{1,2}}(?:\.\d)?-\d{{1,2}}-\d{{1,3}}-\d{{1,2}}\b"
)


def scorecard_names(doc: Doc) -> list[Span]:
    """The players a cricket scorecard names: batsmen opening its rows, the fielders and
    bowlers of their dismissals and the bowlers before their figures: people, whatever
    towns share the name ("c Croft b Cork 176"). Only where the doc has dismissals."""
    text = doc_text(doc)
    dismissals = list(DISMISSAL_RE.finditer(text))
    if len(dismissals) < 2:
        return []
    spans = []
    for match in [*dismissals, *BATSMAN_RE.finditer(text), *BOWLING_RE.finditer(text)]:
        span = doc.char_span(*match.span("name"))
        if span is None or is_demonym(span.text) or is_country(span.text):
            continue
        spans.append(span)
    return spans


def person_spans(doc: Doc, pindex: dict[int, Place] | None = None) -> list[Span]:
    """PERSON entities, ORG/GPE ones that follow a person's title or a nationality,
    and names written with initials or followed by a country or a minute in brackets."""
    pindex = pindex if pindex is not None else {}
    shown = shown_person_names(doc)
    spans = []
    for ent in doc_ents(doc):
        span = without_date(strip_span(ent))
        if ent.label_ == "PERSON":
            span = without_title(name_piece(span, pindex))
        if not len(span):
            continue
        named = without_role_word(without_demonym(span))
        if is_org_named(ent) or is_body_word(span.text):
            continue
        if ent.label_ == "PERSON" or (
            ent.label_ in {"ORG", "GPE", "NORP"}
            and (
                looks_like_titled_name(span)
                or named is not span
                or span.text in shown
                or _byline(span)
            )
        ):
            spans.append(named)
    spans.extend(initial_names(doc))
    spans.extend(names_before_nationality(doc, pindex))
    spans.extend(list_names(doc, pindex))
    spans.extend(scorer_names(doc))
    spans.extend(minute_names(doc))
    spans.extend(nickname_names(doc))
    # a scorecard's rows say where its names end, whatever the model ran together
    # ("M. Azharuddin st Kaluwitharana")
    card = scorecard_names(doc)
    card_tokens = {i for span in card for i in range(span.start, span.end)}
    spans = [s for s in spans if not card_tokens.intersection(range(s.start, s.end))] + card
    # a dateline opening the story is a place, whatever the model says ("DANIELSVILLE -")
    datelines = doc_datelines(doc)
    spans = [s for s in spans if not any(a < s.end_char and s.start_char < b for a, b in datelines)]
    # keep the longest of overlapping spans
    spans.sort(key=lambda s: (s.start, -len(s)))
    kept: list[Span] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def _byline(span: Span) -> bool:
    """Whether a name fills its line just above the dateline: the writer's ("Ann Lee" /
    "BERLIN 1996-08-30"), whatever the model reads in it."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    if line_end < 0 or text[line_start:line_end].strip() != span.text:
        return False
    if not looks_like_person_name(span):
        return False
    return any(start == line_end + 1 for start, _ in doc_datelines(span.doc))


def _capitals_in_prose(doc: Doc, span: Span) -> bool:
    """A lone word in capitals on a line written in lower case is an acronym, no person's
    name ("analysts polled by LSEG", "a report by the IEA"); in a headline or a table in
    capitals ("HUBER AND MALEEVA FALL"), or after a title, names are written so."""
    text = span.text
    if len(span) != 1 or not (text.isalpha() and text.isupper() and 1 < len(text) <= 6):
        return False
    if after_title(span):
        return False  # "Mr. KIM": a surname some papers write in capitals
    whole = doc_text(doc)
    start = whole.rfind("\n", 0, span.start_char) + 1
    end = whole.find("\n", span.end_char)
    return any(c.islower() for c in whole[start : end if end >= 0 else None])


def find_persons(doc: Doc, pindex: dict[int, Place]) -> tuple[list[ActorItem], set[int]]:
    """People from PERSON entities: places and demonyms dropped, surnames merged; with the
    characters of the places that are the surnames in full names ("Inger Miller")."""
    people: list[ActorItem] = []
    by_surname: dict[str, ActorItem] = {}
    by_name: dict[str, ActorItem] = {}
    pending: list[Span] = []
    acronyms = {short.text for _, short in defined_acronyms(doc)}
    surname_places: set[int] = set()
    # a scorecard's players are people whatever towns share their names ("b Cork 176")
    card = {(s.start, s.end) for s in scorecard_names(doc)}
    for span in person_spans(doc, pindex):
        if span.text in acronyms or _capitals_in_prose(doc, span):
            continue
        if place_of_span(pindex, span) is not None:
            if (
                not _place_as_surname(pindex, span)
                and not _label_only_place(pindex, span)
                and (span.start, span.end) not in card
            ):
                continue
            surname_places.update(range(span.start_char, span.end_char))
        text = span.text
        if is_demonym(text) or plural_of_people(doc, text) or any(c.isdigit() for c in text):
            continue
        if not text[:1].isupper() and (span.start, span.end) not in card:
            continue  # but a scorecard's "de Silva" is a name
        hyphened_surname = " " not in text and text in by_surname  # "Holtz-Eakin"
        if len(span) == 1 or hyphened_surname or all(t.is_punct or len(t) == 1 for t in span[1:]):
            pending.append(span)
            continue
        if is_strong_place(text):
            continue
        actor = by_name.get(text) or _same_but_middle(span, people)
        if actor is None:
            actor = ActorItem(name=text, kind="person", key=text)
            people.append(actor)
        by_name[text] = actor
        actor.add_mention(span)
        words = text.split()  # a hyphenated surname is one word: "Douglas Holtz-Eakin"
        by_surname[words[-1]] = actor
        by_surname.setdefault(words[0], actor)
    scorers = {(s.start, s.end) for s in scorer_names(doc)} | card if pending else set()
    for span in pending:
        actor = by_surname.get(span.text) or by_name.get(span.text)
        if actor is None:
            # A lone capitalised word in a headline is rarely a person ("Spectre of …"),
            # unless a results line lists it as a scorer
            headline = nonbody_kind(doc, span) in {"title", "headline"}
            if headline and (span.start, span.end) not in scorers:
                continue
            if (
                is_strong_place(span.text)
                and not after_title(span)
                and (span.start, span.end) not in card
            ):
                continue  # but "President Bush" is a person, whatever towns share the name
            actor = ActorItem(name=span.text, kind="person", key=span.text)
            by_name[span.text] = actor
            people.append(actor)
        actor.add_mention(span)
    for actor in people:
        actor.mentions.sort(key=lambda m: m.start)
    return people, surname_places


def _same_but_middle(span: Span, people: list[ActorItem]) -> ActorItem | None:
    """The person already named with the same given name and surname, where one of the two
    names has middle names or initials and the other none ("Loretta E. Lynch" after "Loretta
    Lynch"); two different middles ("George H.W. Bush", "George W. Bush") are two people."""
    words = span.text.split()
    for actor in people:
        other = actor.name.split()
        if len(other) < 2 or (other[0], other[-1]) != (words[0], words[-1]):
            continue
        if min(len(other), len(words)) == 2 and len(other) != len(words):
            return actor
    return None


def _place_as_surname(pindex: dict[int, Place], span: Span) -> bool:
    """Whether the only place inside a full name is its last word, a surname that is also
    a town's name ('Roberto " Hands of Stone " Duran', "Inger Miller")."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or not is_name_word(span[0]) or span[0].idx in pindex:
        return False
    if is_common_word(span[0].text):
        return False  # "Historic Dublin": a word, not a given name, before the place
    last = span[-1]
    inside = [t for t in span if t.idx in pindex]
    return inside == [last] and is_name_word(last) and not is_country(last.text)


def _label_only_place(pindex: dict[int, Place], span: Span) -> bool:
    """Whether a name of several words is a place only by the model's label: one place
    covers it, and the gazetteer knows no place of its name ("7. Mika Salo ( Finland )",
    "international model Agnieszka Kotlarska"); where the text shows a person, the person
    wins. A known place stays one ("Paris ( France )"), and so do a street ("Joanne
    Lane", "Wichita Drive"), read from its street word, and an abbreviation ("W. Va")."""
    place = place_covering(pindex, span)
    if len(span) < 2 or place is None or place.geonames_id is not None or place.lat is not None:
        return False
    return not any(t.text.endswith(".") or t.lower_ in street_words() for t in span)


def name_piece(span: Span, pindex: dict[int, Place]) -> Span:
    """A person entity run together with a place in a table ("Sri Lanka - Arjuna Ranatunga"):
    the first piece between brackets, spaced dashes and numbers that is not a place."""
    doc = span.doc
    pieces: list[Span] = []
    start = span.start
    for token in span:
        spaced = token.whitespace_ or (token.i > 0 and doc[token.i - 1].whitespace_)
        if (token.text in BREAK_TOKENS and (spaced or token.text in "()")) or token.like_num:
            pieces.append(doc[start : token.i])
            start = token.i + 1
    if start == span.start:
        return span
    pieces.append(doc[start : span.end])
    for piece in pieces:
        piece = strip_span(piece)
        if len(piece) and place_of_span(pindex, piece) is None:
            return piece
    return doc[span.start : span.start]


def reclaim_surnames(doc: Doc, people: list[ActorItem], places: list[Place]) -> set[int]:
    """Move place mentions that are the surname of a person named in full in the body to
    that person ("Washington" after "MaliVai Washington", "Duran" after "Roberto Duran"),
    unless the words around it read as a place ("in Washington", "Duran , Ecuador") or
    the place is a country. Returns the characters moved."""
    surnames: dict[str, ActorItem | None] = {}
    for actor in people:
        words = actor.name.split()
        in_body = any(
            in_nonbody(doc, m.start, m.end) is None and len(m.text.split()) > 1
            for m in actor.mentions
        )  # not only in a headline or a byline
        if in_body and len(words) > 1 and len(words[-1]) > 2 and is_name_word_text(words[-1]):
            key = words[-1]
            surnames[key] = actor if surnames.get(key, actor) is actor else None
    moved: set[int] = set()
    if not surnames:
        return moved
    pindex = place_index(places)
    for place in places:
        if place.kind == "country":
            continue  # a title run into a name ("Rethinking Egypt-US relations")
        for m in place.mentions:
            actor = surnames.get(m.text)
            if actor is None or any(p.start <= m.start < p.end for p in actor.mentions):
                continue
            span = doc.char_span(m.start, m.end)
            if span is None or in_nonbody(doc, m.start, m.end) is not None:
                continue
            before = doc[span.start - 1] if span.start else None
            if before is not None and before.lower_ in LOCATIVE_WORDS or inside_name(span):
                continue  # "in Washington", "Dublin City Council"
            after = doc[span.end + 1] if span.end + 1 < len(doc) else None
            if after is not None and doc[span.end].text == "," and after.idx in pindex:
                continue
            actor.add_mention(span)
            moved.update(range(m.start, m.end))
    for actor in people:
        actor.mentions.sort(key=lambda m: m.start)
    return moved
