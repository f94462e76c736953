"""Toponyms: place mentions read from the NER and the text, resolved with the offline
gazetteer. Imports no component: the names component reads them (and decides which are
places after all), the places component turns them into records.

- GPE, LOC and FAC entities are place mentions; PERSON, ORG and NORP entities whose whole text
  the gazetteer knows as a country, region or city are too (the small model calls "Armenia"
  and "Yerevan" persons and "Nagorno-Karabakh" an organization), a city only where the text
  writes it as a place somewhere: "in Berea", "a Gainesville man", "Winona police", listed
  with places ("Becker, Clay and Douglas counties"); "Jones said" is a man.
- Mention spans follow CoNLL: no leading "the", no possessive "'s", never across a line break.
- Demonyms ("Armenian", "French") are not places; the actors component resolves them.
- A name the document uses as a place is a place at every one of its occurrences, also where
  it opens an organization's name ("Gainesville Police"); a US state or country opening the
  name of a public institution is one too ("the Texas Department of Transportation").
- A town or county opening the name of one of its public bodies or buildings is a mention of
  its own ("the Mansfield Police Department", "Laurel County Sheriff", "Paris City Hall"); a
  place-labelled entity of that shape is cut to the place. So are datelines in capitals
  ("COLUMBUS, Ohio (AP) —", "March 30, 2009 NEWARK --"), legislators' homes ("Sen. Ray
  Miller, D-Columbus") and the state or province after a town ("HAMILTON, Ont.").
- A street's name is a facility mention whatever the model called it ("lives on Bucknell
  Drive", "the 500 block of Taylor Street"; see ``claimx.streets``).
- A part of a known place the gazetteer lacks ("Northeast Georgia", "City of Norfolk") is an
  area located at that place.
- Ambiguous names are resolved with the document's context: the countries, states and
  provinces it names (or that several of its names agree on), "City, State" pairs ("Paris,
  Texas"; "Hamilton, Ont."), and spatial coherence: a reading near the plausible readings of
  the document's other place names (or in their state or province) is preferred. A second
  look lends each name the countries and states the others were read as ("Georgia" the state
  makes "Atlanta" the Georgia city).
- A bare name that opens a longer place name of the document is that place: "Avondale"
  after "Avondale Estates", "DeKalb" after "DeKalb County".
- Each real place is listed once, with all its mentions, in order of first mention.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

import msgspec
from spacy.tokens import Doc, Span

from claimx.embedded import body_places, municipal_names
from claimx.extensions import doc_ents, doc_text, token_bounds, token_texts
from claimx.gazetteer import (
    COUNTY_LEVEL,
    CURATED_PRIOR,
    Gazetteer,
    PlaceInfo,
    get_gazetteer,
    normalize,
)
from claimx.lexicon import (
    CLITICS,
    after_title,
    is_body_word,
    plural_of_people,
    role_after,
    sentence_initial_plural,
    shown_person_names,
    word_lists,
)
from claimx.lines import doc_datelines
from claimx.patterns import BARE_VENUE_RE, VENUE_RE
from claimx.records import Mention, Place, PlaceKind
from claimx.streets import street_spans, street_words

PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: Labels the small model gives place names by mistake; kept only when the gazetteer agrees.
MISLABELS = {"PERSON", "ORG", "NORP", "PRODUCT"}
#: Gazetteer kinds that may overrule a PERSON/ORG/NORP/PRODUCT label ("Saratoga" the car).
RELABEL_KINDS = {"country", "region", "city"}
#: Honorifics that are also verbs or nouns in lower case ("to miss Rochester").
HONORIFICS = {"miss", "dame", "lady", "lord", "sir"}
#: A city overrules a PERSON label only when it is this large: "Lincoln" or "Jackson" are
#: names; an ORG label is overruled by countries and regions only ("Toyota" is a company).
RELABEL_MIN_CITY_POPULATION = 500_000
#: Entity labels whose names may open with a place name of their own ("Gainesville Police").
EMBEDDING_LABELS = {"ORG", "WORK_OF_ART", "FAC"}
#: Head words of public institutions named after their state or country.
INSTITUTION_RE = re.compile(
    r"\b(Department|Dept\.|State|University|College|Supreme|Court|Legislature|Senate|House|"
    r"Assembly|Board|Commission|Division|Office|Bureau|Agency|Service|Services|Association|"
    r"Coalition|Council|Turnpike|Guard|Patrol|Police|Census|Attorney|Lottery|Party|Army|"
    r"Navy|Air Force|Marines?|Embassy|Consulate|Ministry|Parliament|Congress|Republicans?|"
    r"Democrats?|Highway|Authority|Institute|Fund|Program|Network|Federation|Chamber|Bar|"
    r"Library|Museum|Public|Historical|Cabinet|Magistrate|Immigration|Customs|Workforce|"
    r"Government|Military|Forces)\b"
)
#: Entity labels whose names may open with a town or county of their own ("Athens Police" is
#: often tagged PERSON, "Walker County Fair" EVENT).
LEADING_PLACE_LABELS = EMBEDDING_LABELS | {"PERSON", "EVENT"}
#: What follows a town or county in the name of one of its public bodies or services.
LOCAL_BODY_RE = re.compile(
    r"(?:['\u2019]s)?\s+(?:(?:City|Town|Village)\s+Hall|"
    r"(?:(?:City|Town|Township|Village|Borough|County|Parish|Area|Metro|Metropolitan|"
    r"International|Regional|Commonwealth(?:['\u2019]s)?)\s+)?"
    r"(?:Police|Fire|Sheriff|Council|Board|Commission|Commissioners|Superior|Circuit|District|"
    r"Municipal|Public|Community|Regional|Detention|Jail|Hospital|Medical|Health|Chamber|"
    r"Coroner|Library|Parks|Mayor|Manager|Clerk|Attorney|Selectm[ae]n|Planning|Zoning|Housing|"
    r"Schools?|High|Middle|Water|Utilities|Transit|Emergency|EMS|Rescue|Volunteer|Historical|"
    r"Arts|Senior|Fair|Rotary|Lions|Kiwanis|Elks|Government|Recreation|Crimestoppers|Assessor|"
    r"Treasurer|Auditor|Prosecutor|Engineer|Administrator|Courthouse|Sanitation|Airport|Tourism|"
    r"Youth|Humane|Zoo|Museum|Junior|Convention|Church|Christian|Clinic|Veterinary|"
    r"Branch|Seniors?|Food|Film|Science|Education|Foundation|Boys|Girls|Citizens|Veterans|"
    r"Reservoir|Visitors|Civic|Symphony|Theat(?:er|re)|Players|Singers|Choir|Cemetery|"
    r"Shopping))\b"
)
#: Words after a town's name that make a settlement of it, never a person ("Avondale Estates").
SETTLEMENT_WORDS_RE = re.compile(r"\s+(?:Estates|Heights|Hills|Springs|Township|Beach)$")
COUNTY_RE = re.compile(r"\b(?:County|Parish|Borough)$")
#: A place name whose first words are a shorter name for it ("Avondale Estates" is also
#: "Avondale", "DeKalb County" "DeKalb").
SHORT_FORM_RE = re.compile(
    r"^(.+?)\s+(?:County|Parish|Borough|Township|Twp\.?|Estates|Heights|Hills|Springs|Beach)$"
)
#: Words before a name that make it a location rather than a team or company.
LOCATIVE_PREPOSITIONS = {
    "in",
    "at",
    "from",
    "to",
    "near",
    "outside",
    "around",
    "across",
    "into",
    "through",
    "toward",
    "towards",
    "between",
    "inside",
    "within",
    "downtown",
}
#: Lower-case words after a town's name that show it is the town: its people and bodies.
LOCAL_NOUNS = {
    "man",
    "men",
    "woman",
    "women",
    "boy",
    "boys",
    "girl",
    "girls",
    "teen",
    "teens",
    "teenager",
    "resident",
    "residents",
    "native",
    "natives",
    "couple",
    "family",
    "families",
    "police",
    "mayor",
    "officials",
    "city",
    "town",
    "township",
    "village",
    "newsroom",  # a news desk in the town: "-- Oslo newsroom +47 ..."
    "newsdesk",
    "area",
    "county",
    "counties",
    "council",
    "district",
    "neighborhood",
    "neighborhoods",
    "community",
    "communities",
    "businesses",
    "home",
    "homes",
    "apartment",
    "firefighters",
    "officer",
    "officers",
    "pupils",
    "taxpayers",
    "voters",
    "mayoral",
    "citywide",
    "countywide",
    "school",
    "schools",
    "hospital",
    "hospitals",
    "detectives",
    "investigators",
    "councillors",
    "councilors",
    "commissioners",
}
#: Nouns for what is agreed or met on at a place, which takes the town's name: "the Dayton
#: peace treaty", "the Oslo accords", "the Minsk talks".
AGREEMENT_NOUNS = {
    "accord",
    "accords",
    "agreement",
    "agreements",
    "treaty",
    "treaties",
    "protocol",
    "pact",
    "talks",
    "summit",
}

#: Prepositions after which an untagged known town is taken as a place ("in Iowa City").
UNTAGGED_PREPOSITIONS = {"in", "from", "near", "outside"}
#: Towns smaller than this are too often words ("in Congress", Arizona; "of Justice").
UNTAGGED_MIN_POPULATION = 2_000
#: Words joining the names of a list ("Becker, Clay and Douglas").
LIST_WORDS = {",", "and", "or", "&"}
#: Summed shares (see region_shares) a state or province needs to become context, and the
#: share a name must give it to count as one of its voters.
MIN_STATE_VOTES = 0.5
MIN_VOTER_SHARE = 0.05
#: How far (log10 population) a reading may trail a name's best one and still vote.
VOTE_SPREAD = 2.0
#: Words that name a facility, not the town the gazetteer may know by the same name.
FACILITY_WORDS_RE = re.compile(
    r"(?i)\b(bridge|airport|street|st\.|avenue|ave\.|road|rd\.|highway|route|exit|house|hall|"
    r"center|centre|hospital|school|college|university|stadium|arena|park|church|mall|tower|"
    r"building|station|dam|port|base|prison|jail|plaza|square|court|library|museum|hotel)\b"
)
#: What follows a town's name in a name of its own body, service or building, or of what it
#: owns ("Gainesville Police", "Youngstown State University", "Auckland's North Shore").
OWN_BODY_RES = (LOCAL_BODY_RE, INSTITUTION_RE, FACILITY_WORDS_RE, re.compile(r"^\s?['\u2019]s\b"))
#: A facility named only by what it is and whose it is ("City Hall", "Town Park", "County
#: Courthouse"): no name of a place.
GENERIC_FACILITY_RE = re.compile(
    r"(?:City|Town|Village|County|State|Township)\s+(?:Hall|Park|Square|Courthouse|Jail|"
    r"Library|Building|Center|Centre|Pool|Cemetery|Garage|Offices?)"
)
#: Bare compass words and generic nouns the model tags LOC ("the North", "the Gulf").
GENERIC_NAMES = {
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "gulf",
    "city",
    "state",
    "county",
    "downtown",
    "metro",
    "region",
    "area",
}
#: Spatial coherence: a reading gains up to COHERENCE_WEIGHT for each other place name of the
#: document with a reading near it (linearly less with distance, none beyond the radius), or
#: in it (a US state). Local news names places near one another: Alexandria, Brandon and
#: Kensington together are the Minnesota towns, not Egypt's Alexandria.
COHERENCE_WEIGHT = 2.5
COHERENCE_RADIUS_KM = 150.0
#: great-circle kilometres per degree of latitude (Earth radius 6371 km)
KM_PER_DEGREE_LATITUDE = 6371.0 * math.pi / 180
#: A reading of another name supports with weight 10 ** (-gap / SUPPORT_SPREAD), gap being
#: how far its score trails that name's best reading; below MIN_SUPPORT_WEIGHT not at all.
SUPPORT_SPREAD = 5.0
MIN_SUPPORT_WEIGHT = 0.01
#: a name whose second reading weighs less than this is as good as settled on its first
SETTLED_WEIGHT = 0.2
#: A city of this many people is what its name means unless the document is about the state
#: or province of a smaller namesake: a story from the US does not make "Warsaw" Indiana's or
#: "Moscow" Idaho's, one about Texas may make "Paris" the Texas town.
MAJOR_CITY_POPULATION = 1_000_000
#: how much smaller (log10 of the population) a namesake is before it gives way
MAJOR_CITY_MARGIN = 1.0
#: Readings per name considered (best prior first): enough for "Springfield" or "Franklin".
MAX_READINGS = 40
#: LOC entities the gazetteer does not know are natural features: seas, rivers, mountains.
UNKNOWN_KIND_BY_LABEL: dict[str, PlaceKind] = {"FAC": "facility", "LOC": "area", "GPE": "unknown"}

_LEADING_THE_RE = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING_RE = re.compile(r"(?:['’]s?|[\s.,;:!?\"“”)(\[\]-])+$")
_LEADING_RE = re.compile(r"^[\s\"“”'‘(\[-]+")
#: a date or a score the model ran into a place's name ("Argentina 1996-08-27", "Lithuania
#: 2-1", "New Zealand - 23"): place names end before them
_TRAILING_DATE_SCORE_RE = re.compile(
    r"(?:\s+-)?(?:\s+(?:\d{4}-\d{2}-\d{2}|\d{1,3}-\d{1,3}))+(?:\s+\d{1,3})?$|\s+-\s+\d{1,3}$"
)
#: a line without a lower-case letter, and a run of words in capitals on it (no function
#: words: "ENGLAND V PAKISTAN" holds two runs)
_CAPITAL_LINE_RE = re.compile(r"^[^a-z\n]*[A-Z]{2}[^a-z\n]*$", re.M)
_CAPITAL_RUN_RE = re.compile(
    r"\b(?!(?:V|VS|AT|AND|OF|THE|IN|TO|FOR|ON|BY|SAY|SAYS)\b)[A-Z][A-Z'.-]*"
    r"(?: (?!(?:V|VS|AT|AND|OF|THE|IN|TO|FOR|ON|BY|SAY|SAYS)\b)[A-Z][A-Z'.-]*)*"
)
#: words glued on after a name with hyphens ("-super-Mare")
_GLUED_RE = re.compile(r"(?:-[A-Za-z]+){1,4}")
#: A part of a place, or the place with its status spelled out: "North Texas", "South
#: Philadelphia", "Metro Nashville", "City of Norfolk", "Kermanshah province", a township
#: named after its town ("Hamilton Township"), a river after a town on it ("Naugatuck River").
_AREA_RE = re.compile(
    r"^(?:(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Northern|Southern|"
    r"Eastern|Western|Central|Upper|Lower|Greater|Metro|Metropolitan|Downtown|Historic|N\.|S\.|"
    r"E\.|W\.|N\.E\.|N\.W\.|S\.E\.|S\.W\.)\s+(.+)|(?:City|Town|Village|Province|State|"
    r"Commonwealth) of\s+(.+)|(.+?)\s+(?:[Cc]ity|[Pp]rovince|[Tt]own|[Tt]ownship|Twp\.?|River))$"
)
#: A legislator's party and home town or state: ", D-Columbus," "(R-Ocilla)" "DFL-Cook".
_PARTY_DISTRICT_RE = re.compile(
    r"(?:(?<=[(,] )|(?<=\())(?:D|R|I|DFL)-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2}?)"
    r"(?=\s?[,;)]| [-\u2013\u2014\u201c\"])"
)
#: A town in capitals opening a story (see _add_capital_datelines): after a line start, a
#: year or a full stop ("lead"), then a state, an agency or a dash, then the story.
_CAPITAL_DATELINE_RE = re.compile(
    r"(?P<lead>(?:^|(?<=\n)|(?<=\d{4} )|(?<=\d{4}  )|(?<=[.!?] ))[ \t]*)?"
    r"(?<![\w.'’-])(?P<name>[A-Z][A-Z.'’-]*[A-Z](?: [A-Z][A-Z.'’-]*[A-Z]){0,3})"
    r"(?P<state>, *[A-Z][A-Za-z]*\.?(?: ?[A-Z][A-Za-z]*\.?)?)?"
    r"(?P<agency> *\([A-Za-z ]{2,12}\))?"
    r" *(?P<dash>[—–_:”]|-{1,3})? *"
    r"(?=[A-Z][a-z])",
    re.M,
)
#: what follows a speaker's name at the start of a transcript line
_SPEAKER_LABEL_RE = re.compile(r"\s?:\s")
#: ", Texas" / ", Calif." / ", TX" right after a city name.
_STATE_AFTER_RE = re.compile(r"\s*,\s*([A-Z][A-Za-z]*\.?(?:\s?[A-Z][A-Za-z]*\.?){0,2})")


@dataclass(slots=True)
class Candidate:
    """A place mention before resolution."""

    start: int
    end: int
    label: str
    # state or country named right after the mention ("Paris, Texas"), as context keys
    hint: tuple[str, ...] = ()
    # a PERSON/ORG/NORP entity taken as a place on the gazetteer's word
    relabeled: bool = False
    # written as places are: "in Gainesville", "of Berea", "a Camarillo resident", "Becker,
    # Clay and Douglas" (see place_evidence)
    evidence: bool = False
    # settled before resolution: a state's postal code after a party letter ("(R-IN)")
    fixed: PlaceInfo | None = None


def clean_span(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``text[start:end]`` that can be a place mention: split at line breaks,
    without a leading "the", quotes or a trailing possessive."""
    out = []
    pos = start
    for piece in text[start:end].split("\n"):
        s, e = pos, pos + len(piece)
        pos = e + 1
        chunk = text[s:e]
        lead = _LEADING_RE.match(chunk)
        if lead:
            s += lead.end()
        the = _LEADING_THE_RE.match(text[s:e])
        if the:
            s += the.end()
        glued = _TRAILING_DATE_SCORE_RE.search(text[s:e])
        if glued and glued.start() > 0:
            e = s + glued.start()
        trail = _TRAILING_RE.search(text[s:e])
        if trail and trail.start() > 0:
            # keep the period of an abbreviation ("U.S.", "Calif.", "D.C.")
            kept = text[s : s + trail.start()]
            e = s + trail.start()
            if text[e : e + 1] == "." and re.search(r"(?:^|[.\s])[A-Z][a-z]{0,4}$", kept):
                e += 1
        elif trail:
            continue
        if e > s:
            out.append((s, e))
    return out


def accept_entity(gaz: Gazetteer, text: str, label: str) -> bool:
    """Whether an entity of ``label`` with this text is a place mention."""
    if text.lower() in GENERIC_NAMES or not any(ch.isupper() for ch in text):
        return False
    if gaz.is_demonym(text):
        info = gaz.lookup(text)
        if info is None or info.kind not in ("country", "region"):
            return False  # "Canadian" is a people, not the town in Texas
    if label in PLACE_LABELS:
        return True
    if label not in MISLABELS:
        return False
    info = gaz.lookup(text)
    return info is not None and info.kind in RELABEL_KINDS and info.lat is not None


def hint_match(
    gaz: Gazetteer, text: str, end: int, place: str = ""
) -> tuple[tuple[str, ...], tuple[int, int], PlaceInfo] | None:
    """The state, province or country written right after a place ("Dublin, Ohio";
    "Hamilton, Ont."; "Paris, France"): its context keys, its span and its entry.

    Where the name is both a state and a country ("TBILISI, Georgia"), the one that holds a
    place called ``place`` wins.
    """
    match = _STATE_AFTER_RE.match(text, end)
    if not match:
        return None
    # try the longest prefix first: "West Virginia" before "West"
    words = list(re.finditer(r"\S+", match.group(1)))
    for n in range(len(words), 0, -1):
        name = " ".join(w.group() for w in words[:n])
        span = (match.start(1), match.start(1) + words[n - 1].end())
        found: list[tuple[tuple[str, ...], tuple[int, int], PlaceInfo]] = []
        region = gaz.region(name)
        if region is not None and region.country and region.region_key:
            found.append(((region.country, region.region_key), span, region))
        for info in gaz.candidates(name):
            if info.kind == "country" and info.country:
                found.append(((info.country,), span, info))
        if not found and (info := gaz.lookup(name)) is not None:
            if info.kind == "country" and info.country:
                found.append(((info.country,), span, info))  # "U.S.", "UK"
        if found:
            towns = gaz.candidates(place) if place else []
            return next((f for f in found if any(_matches(t, f[0]) for t in towns)), found[0])
    return None


def state_hint(gaz: Gazetteer, text: str, end: int, start: int | None = None) -> tuple[str, ...]:
    """Context keys of a state, province or country written right after the place at
    ``start:end`` ("Dublin, Ohio"; "Hamilton, Ont."; "Paris, France")."""
    found = hint_match(gaz, text, end, text[start:end] if start is not None else "")
    return found[0] if found else ()


def glued_end(doc: Doc, gaz: Gazetteer, start: int, end: int) -> int:
    """Where a place name ends that the model cut at a hyphen ("Weston" of "Weston-super-Mare",
    "Stratford" of "Stratford-upon-Avon"): the end of the longest run of words glued on with
    hyphens that the gazetteer knows with the name, else ``end``."""
    text = doc_text(doc)
    glued = _GLUED_RE.match(text, end)
    if glued is None:
        return end
    ends = token_bounds(doc)[1]
    best = end
    for part in re.finditer(r"-[A-Za-z]+", glued.group()):
        stop = end + part.end()
        if stop in ends and gaz.lookup(text[start:stop]) is not None:
            best = stop
    return best


def find_candidates(doc: Doc, gaz: Gazetteer) -> list[Candidate]:
    """Place mentions from the entities, plus other occurrences of the same names."""
    text = doc_text(doc)
    found: dict[tuple[int, int], Candidate] = {}
    ent_spans: list[tuple[int, int, str]] = []
    for ent in doc_ents(doc):
        ent_spans.append((ent.start_char, ent.end_char, ent.label_))
        if ent.label_ not in PLACE_LABELS and ent.label_ not in MISLABELS:
            continue
        parts = clean_span(text, ent.start_char, ent.end_char)
        for s, e in parts:
            e = glued_end(doc, gaz, s, e)
            surface = text[s:e]
            if len(parts) > 1 and gaz.lookup(surface) is None:
                continue  # "Armenia\n\nMore than 100,000": keep the place, drop the rest
            lead = None if gaz.lookup(surface) else leading_place(doc, gaz, s, e, "FAC")
            if ent.label_ in PLACE_LABELS and lead is not None:
                # "the Henderson County Jail", "Paris City Hall": the place is the town
                found[lead] = Candidate(*lead, "GPE", state_hint(gaz, text, lead[1], lead[0]))
            elif accept_entity(gaz, surface, ent.label_) and not plural_of_people(doc, surface):
                found[(s, e)] = Candidate(
                    s, e, ent.label_, state_hint(gaz, text, e, s), ent.label_ in MISLABELS
                )
    _add_repeats(doc, gaz, found, ent_spans)
    _add_leading_regions(doc, gaz, found)
    _add_body_places(doc, gaz, found)
    _add_datelines(doc, gaz, found)
    _add_venues(doc, gaz, found)
    _add_grounds(doc, gaz, found)
    _add_capital_lines(doc, gaz, found)
    _add_capital_datelines(doc, gaz, found)
    _add_party_districts(doc, gaz, found)
    _add_hint_regions(doc, gaz, found)
    _add_bracketed_countries(doc, gaz, found)
    _add_untagged_towns(doc, gaz, found)
    _add_streets(doc, found)
    _drop_person_names(doc, gaz, found)
    _drop_speaker_labels(doc, found)
    candidates = sorted(found.values(), key=lambda c: c.start)
    places = [(c.start, c.end) for c in candidates if not c.relabeled]
    pending = [c for c in candidates if c.relabeled]
    while pending:
        # a list is as much a list of places as its surest member: "Barrow, Jackson and
        # Madison counties" (until no more names join)
        shown = [
            c
            for c in pending
            if place_evidence(doc, c.start, c.end, places) and not _acts_as_person(doc, c)
        ]
        for cand in shown:
            cand.evidence = True
            places.append((cand.start, cand.end))
        pending = [c for c in pending if not c.evidence]
        if not shown:
            break
    return candidates


def place_evidence(doc: Doc, start: int, end: int, places: list[tuple[int, int]]) -> bool:
    """Whether the name at ``start:end`` is written as places are: after a locative
    preposition ("in Gainesville", "Larry Dunaway of Berea"), before a noun for its people or
    bodies ("a Camarillo resident", "Winona police", "Sligo-based") or for what was agreed
    there ("the Dayton peace treaty", "the Minsk talks"), or listed with places
    (``places``: spans of sure place mentions) as in "Becker, Clay and Douglas counties"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    i, j = span.start, span.end
    prev = doc[i - 1].lower_ if i > 0 else ""
    nxt = doc[j].text if j < len(doc) else ""
    after = doc[j + 1].text if j + 1 < len(doc) else ""
    if _opens_longer_name(doc, j):
        return False  # "married to Wells Fargo board member": the body's, not the town
    if prev in LOCATIVE_PREPOSITIONS:
        return True
    if prev == "of" and nxt not in CLITICS:
        return True  # "the mayor of Sligo"; not "said of Jones' appointment"
    if nxt in LOCAL_NOUNS or (nxt in ("-", "–") and after == "based"):
        return True
    if nxt in AGREEMENT_NOUNS or (nxt.islower() and after in AGREEMENT_NOUNS):
        return True  # "the Dayton peace treaty": where it was agreed
    if LOCAL_BODY_RE.match(doc_text(doc), end):
        return True  # "Gainesville Police Officer Shawn Barnes", "Lancaster City Council"
    ends = {e for _, e in places}
    starts = {s for s, _ in places}
    if prev in LIST_WORDS and i > 1 and doc[i - 2].idx + len(doc[i - 2]) in ends:
        return True
    return nxt in LIST_WORDS and j + 1 < len(doc) and doc[j + 1].idx in starts


def _opens_longer_name(doc: Doc, j: int) -> bool:
    """Whether the name ending before token ``j`` runs on in the model's entity with a word
    that names no body or building of a town ("Wells Fargo", "Ora Media"; not "Youngstown
    State University", "Gainesville Police")."""
    if j >= len(doc) or doc[j].ent_iob_ != "I":
        return False
    ent_end = j
    while ent_end < len(doc) and doc[ent_end].ent_iob_ == "I":
        ent_end += 1
    rest = doc_text(doc)[
        doc[j - 1].idx + len(doc[j - 1]) : doc[ent_end - 1].idx + len(doc[ent_end - 1])
    ]
    return not any(r.search(rest) for r in OWN_BODY_RES)


def _acts_as_person(doc: Doc, cand: Candidate) -> bool:
    """Whether a name the model called a person is written as one right after it, with a
    person's role in apposition ("the daughter of Aung San, the Burmese leader"): a
    preposition before such a name is no sign of a place."""
    if cand.label != "PERSON":
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and role_after(span)


def _drop_speaker_labels(doc: Doc, found: dict[tuple[int, int], Candidate]) -> None:
    # In a transcript a line opens with the speaker's name in capitals and a colon
    # ("WALLACE: Let's start ..."): a person, not the town of that name. A dateline
    # ("NEW DELHI: The government ...") looks the same once; a speaker comes back, or is quoted.
    text = doc_text(doc)
    labels: dict[str, list[tuple[tuple[int, int], bool]]] = {}
    for key, cand in found.items():
        surface = text[cand.start : cand.end]
        if surface.isupper() and _SPEAKER_LABEL_RE.match(text, cand.end):
            before = text[text.rfind("\n", 0, cand.start) + 1 : cand.start]
            if not before.strip(" \t\"“'‘"):
                labels.setdefault(surface, []).append((key, bool(before.strip())))
    for occurrences in labels.values():
        if len(occurrences) > 1 or occurrences[0][1]:
            for key, _ in occurrences:
                del found[key]


def _drop_person_names(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # "Ripley" tagged GPE is the coach Ripley when the document also writes a person whose name
    # ends (or is) that word, as "Diana" is Princess Diana, not Madagascar's Diana region;
    # countries and US states are never surnames here.
    text = doc_text(doc)
    name_parts = set()  # first and last words of multi-word person names
    persons = set()  # single-word PERSON entities
    for name in shown_person_names(doc):
        name_parts.update((name.split()[0], name.split()[-1]))  # "Keith Lamont Scott, 43,"
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            rest = text[ent[0].idx + len(ent[0]) : ent.end_char]
            after = doc[ent.end].idx + len(doc[ent.end]) if ent.end < len(doc) else ent.end_char
            if (
                LOCAL_BODY_RE.match(text[ent[0].idx + len(ent[0]) : after])
                or FACILITY_WORDS_RE.search(rest)
                or _AREA_RE.match(ent.text)
                or SETTLEMENT_WORDS_RE.match(rest)
            ):
                continue  # "Alexandria Police", "Greer Station", "N.W. Rochester": not persons
            name_parts.update((ent[-1].text, ent[0].text))
        elif ent.label_ == "PERSON" and after_title(ent) and not _verb_honorific(ent):
            name_parts.add(ent.text)  # "President Bush", "Mr. Bush": not the town of Būsh
        elif ent.label_ == "PERSON":
            persons.add(ent.text)
    # a name the text writes as a place somewhere stays one ("Knights blanked in Erie" beside
    # "Erie GM Sherwood Bassin", "run in Sochi" beside a headline's "Bogdanov Joins Sochi"),
    # unless the text also names a person by it alone ("Rubio said ... confidence in Rubio")
    shown = {text[c.start : c.end] for c in found.values() if _shown_as_place(doc, c)}
    for key, cand in list(found.items()):
        surface = text[cand.start : cand.end]
        if surface not in name_parts and surface not in persons:
            continue
        info = gaz.lookup(surface)
        if info is None:
            del found[key]
        elif (info.kind == "city" or info.listed) and surface in name_parts - (shown - persons):
            del found[key]


def _shown_as_place(doc: Doc, cand: Candidate) -> bool:
    """Whether a mention the model called a place is written as no person's name is: a
    state after it ("Erie, Pa."), or "in" or "near" before it where it names no one's thing
    ("blanked in Erie"; not "in Ravenel cocaine case", "in Flores' honor"). A name the model
    called a person is no place for it ("confidence in Rubio", "Bush, Florida's former
    governor"), nor is a noun after a name a sign ("Clinton voters", "Sochi voters")."""
    if cand.relabeled:
        return False
    if cand.hint:
        return True
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.text in CLITICS):
        return False
    return prev in ("in", "near", "outside")


def _verb_honorific(ent: Span) -> bool:
    """Whether the word before a name is an honorific written in lower case, a verb ("to miss
    Rochester"): honorifics are capitalized ("Miss Rochester")."""
    prev = ent.doc[ent.start - 1]
    return prev.text[:1].islower() and prev.lower_ in HONORIFICS


def embedded_place(text: str, ent_start: int, start: int, label: str) -> bool:
    """Whether a place name at ``start`` inside an entity is a place mention of its own.

    Local institutions are named after their town or state, and the name still places the
    story there ("Gainesville Police", "the Ohio Department of Development"): a name the
    document already uses as a place counts when it opens an organization's name.
    """
    if label not in EMBEDDING_LABELS:
        return False
    lead = _LEADING_THE_RE.match(text, ent_start)
    return start == (lead.end() if lead else ent_start)


def leading_place(
    doc: Doc, gaz: Gazetteer, start: int, end: int, label: str
) -> tuple[int, int] | None:
    """The span of a place opening the name at ``start:end`` when it names a body or a
    building of that place ("the Ohio Department of Health", "Laurel County Sheriff")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    first = 1 if span[0].lower_ == "the" else 0
    for n in (3, 2, 1):
        if first + n >= len(span):
            continue
        head = span[first : first + n]
        if not head[-1].text[:1].isalnum():
            continue  # "HAMILTON - Police": the name ends before the dash
        info = gaz.lookup(head.text)
        if info is None:
            continue
        rest = doc_text(doc)[head.end_char : end]
        if leads_institution(gaz, head.text, info, rest, label):
            return head.start_char, head.end_char
        return None  # a longer place name wins: "Kansas City Royals"
    return None


def _add_leading_regions(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # A US state or a country opening the name of one of its public institutions is a place
    # mention too ("the Texas Department of State Health Services", "Ohio State University",
    # "the U.S. Census"); teams and companies ("Texas Rangers", "New York Stock Exchange") are
    # not. So is a town or county opening the name of a local body ("the Mansfield Police
    # Department", "Laurel County Sheriff").
    for ent in doc_ents(doc):
        if ent.label_ not in LEADING_PLACE_LABELS:
            continue
        lead = leading_place(doc, gaz, ent.start_char, ent.end_char, ent.label_)
        if lead is not None and not any(
            c.start < lead[1] and lead[0] < c.end for c in found.values()
        ):
            found[lead] = Candidate(*lead, "GPE")


def _add_body_places(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # The place a body serves, inside its name ("the University of Rochester", "Eastern
    # Kentucky University", see claimx.embedded); it stands for a facility the gazetteer
    # does not know ("the Cooper School in Bicester").
    text = doc_text(doc)
    for s, e, ent_start, ent_end in body_places(doc, gaz):
        whole = found.get((ent_start, ent_end))
        if whole is not None and gaz.lookup(text[ent_start:ent_end]) is None:
            del found[(ent_start, ent_end)]
        if not any(c.start < e and s < c.end for c in found.values()):
            found[(s, e)] = Candidate(s, e, "GPE", state_hint(gaz, text, e, s))


def leads_institution(gaz: Gazetteer, name: str, info: PlaceInfo, rest: str, label: str) -> bool:
    """Whether the place ``name`` opening an entity (``rest`` follows it) is a mention of its own.

    States, provinces and countries name their agencies ("Texas Department of Transportation",
    "Ontario Provincial Police"); towns and counties their police, councils and schools
    ("Mansfield Police", "Clarke County Board").
    """
    if info.kind == "country" or (gaz.is_region(info) and gaz.region(name) is info):
        return label in EMBEDDING_LABELS and bool(INSTITUTION_RE.search(rest))
    if info.kind not in ("city", "region") or rest[:1] not in (" ", "\u2019", "'"):
        return False
    # a county names nothing but itself; a town may share its name with a common word
    # ("the Commerce Department", "the Supreme Court")
    return bool(COUNTY_RE.search(name) or LOCAL_BODY_RE.match(rest))


def _add_datelines(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # The model misses most names written in capitals; a dateline is a place by position.
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    for s, e in doc_datelines(doc):
        if s not in starts or e not in ends or gaz.lookup(text[s:e]) is None:
            continue
        # the model's pieces of the name give way to it ("ST" | "JOHN'S" of "ST. JOHN'S")
        inside = [k for k, c in found.items() if s <= c.start and c.end <= e]
        if not any(c.start < e and s < c.end for k, c in found.items() if k not in inside):
            for k in inside:
                del found[k]
            found[(s, e)] = Candidate(s, e, "GPE", state_hint(gaz, text, e, s))


def _add_venues(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # The ground opening a results line is a place by position ("At Hove : Sussex 300-4"):
    # the town of that name, or a ground of its own ("At Lord 's :").
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    bare = [m for m in BARE_VENUE_RE.finditer(text) if _known_ground(gaz, m.group("venue"))]
    for match in [*VENUE_RE.finditer(text), *bare]:
        vs, ve = match.span("venue")
        for s, e in clean_span(text, vs, ve):
            if text[ve - 3 : ve] == " 's":
                e = ve  # the ground's own name: "Lord 's"
            if (s, e) in found:
                found[(s, e)].relabeled = False  # a ground is a place by position
                continue
            if (
                s not in starts
                or e not in ends
                or any(c.start < e and s < c.end for c in found.values())
            ):
                continue
            info = gaz.lookup(text[s:e])
            label = "GPE" if info is not None and info.kind == "city" else "FAC"
            found[(s, e)] = Candidate(s, e, label, state_hint(gaz, text, e, s))


#: a ground named after "at" in a sports story: "at Headingley", "( at Lord 's , London )",
#: "at the Oval ." (the name ends at punctuation, a line break or a preposition)
_GROUND_RE = re.compile(
    r"\b[Aa]t (?:[Tt]he )?(?P<ground>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2}(?: 's)?)"
    r"(?=\s*(?:[,.;:)]|\n|$|on\b|in\b))"
)


def _add_grounds(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # In a sports story a name after "at" that no entity claims is where the match was
    # played ("their match against Yorkshire at Headingley"): a ground, or its town.
    if len(word_lists()["sport_words"].intersection(t.lower_ for t in doc)) < 2:
        return
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    taken = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ not in PLACE_LABELS]
    taken += [(c.start, c.end) for c in found.values()]
    for match in _GROUND_RE.finditer(text):
        s, e = match.span("ground")
        if s not in starts or e not in ends or any(a < e and s < b for a, b in taken):
            continue
        info = gaz.lookup(text[s:e])
        label = "GPE" if info is not None and info.kind == "city" else "FAC"
        found[(s, e)] = Candidate(s, e, label, state_hint(gaz, text, e, s))


def _known_ground(gaz: Gazetteer, name: str) -> bool:
    """A ground the gazetteer knows as a town, spelt as the town is ("Hove"; not a field
    label such as "Bowling" or "Penalties")."""
    info = gaz.lookup(name)
    if info is None or info.kind not in ("city", "region") or info.name != name:
        return False
    return info.kind == "region" or info.population >= UNTAGGED_MIN_POPULATION


def _add_capital_lines(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # The model misses names on lines in capitals ("CRICKET - ENGLAND V PAKISTAN SCOREBOARD",
    # "PHILADELPHIA AT SAN DIEGO"): a run there is a place when the gazetteer knows it as a
    # country, a state or province, or a large city; the longest such run first.
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    for line in _CAPITAL_LINE_RE.finditer(text):
        for run in _CAPITAL_RUN_RE.finditer(text, *line.span()):
            words = list(re.finditer(r"\S+", run.group()))
            for s, e in _sub_runs(run.start(), words):
                if e - s < 4 or s not in starts or e not in ends:
                    continue
                if any(c.start < e and s < c.end for c in found.values()):
                    continue
                info = gaz.lookup(text[s:e])
                if info is not None and _large_place(info) and not gaz.is_demonym(text[s:e]):
                    found[(s, e)] = Candidate(s, e, "GPE", state_hint(gaz, text, e, s))


def _sub_runs(base: int, words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Character spans of the runs of up to four consecutive words, longest first."""
    n = len(words)
    return [
        (base + words[i].start(), base + words[i + length - 1].end())
        for length in range(min(n, 4), 0, -1)
        for i in range(n - length + 1)
    ]


def _large_place(info: PlaceInfo) -> bool:
    """A country, a state or province, or a city of half a million."""
    if info.kind in ("country", "region"):
        return True
    return info.kind == "city" and (info.population or 0) >= RELABEL_MIN_CITY_POPULATION


def _add_hint_regions(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # The state or province after a town is a mention of its own, also where the model missed
    # it in an abbreviation ("HAMILTON, Ont. -", "Dublin, OH").
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    for cand in list(found.values()):
        if not cand.hint:
            continue
        match = hint_match(gaz, text, cand.end, text[cand.start : cand.end])
        if match is None:
            continue
        _, (s, e), info = match
        if s in starts and e in ends and not any(c.start < e and s < c.end for c in found.values()):
            found[(s, e)] = Candidate(s, e, "GPE", fixed=info)


def _add_capital_datelines(
    doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]
) -> None:
    # Datelines the line-start rule misses: after a byline's date ("March 30, 2009 NEWARK --"),
    # with a state but no dash ("SALINA, Kan. Strong winds"), or run into the story
    # ("FALLS VILLAGE—The board"). A known town in capitals, then the story in mixed case.
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    for match in _CAPITAL_DATELINE_RE.finditer(text):
        s, e = match.span("name")
        name = match.group("name")
        marked = match.group("state") or match.group("agency") or match.group("dash")
        if not (marked or match.group("lead")) or s not in starts or e not in ends:
            continue
        info = gaz.lookup(name)
        if info is None or info.kind not in ("city", "region") or gaz.is_demonym(name):
            continue
        if (s, e) in found:
            found[(s, e)].relabeled = False  # a dateline is a place by position
        elif not any(c.start < e and s < c.end for c in found.values()):
            found[(s, e)] = Candidate(s, e, "GPE", state_hint(gaz, text, e, s))


#: a name in brackets on its own: "Dmitri Markov ( Belarus )", "Jane Doe (Chile)"
_BRACKETED_NAME_RE = re.compile(r"\(\s?([A-Z][\w.]*(?: [A-Z][\w.]*){0,2})\s?\)")


def _add_bracketed_countries(
    doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]
) -> None:
    # A country in brackets after a name is the person's or the side's country ("Dmitri
    # Markov ( Belarus ) 5.65"): a place, though the model often leaves it untagged in lists.
    text = doc_text(doc)
    starts, ends = token_bounds(doc)
    for match in _BRACKETED_NAME_RE.finditer(text):
        s, e = match.span(1)
        info = gaz.lookup(match.group(1))
        if info is None or info.kind != "country" or s not in starts or e not in ends:
            continue
        if not any(c.start < e and s < c.end for c in found.values()):
            found[(s, e)] = Candidate(s, e, "GPE")


def _add_untagged_towns(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # Towns the model did not tag at all, where the text writes them as places: "Norb Mages of
    # Lindsay", "in Iowa City", "a Hounslow resident". Only names outside every entity, and
    # never "Department of Justice" (a name before "of") or a university ("at Harvard").
    text = doc_text(doc)
    taken = [(e.start_char, e.end_char) for e in doc_ents(doc)]
    taken += [(c.start, c.end) for c in found.values()]
    texts = token_texts(doc)
    i = 0
    while i < len(doc):
        if not _title_text(texts[i]) or (doc[i].is_sent_start and not _opens_local_body(doc, i)):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and j - i < 3 and _title_text(texts[j]):
            j += 1
        j = _before_local_body(doc, i, j)
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        prev = doc[i - 1].lower_ if i > 0 else ""
        before = doc[i - 2].text if i > 1 else ""
        nxt = doc[j].text if j < len(doc) else ""
        i = j
        if any(a < e and s < b for a, b in taken):
            continue
        if prev in UNTAGGED_PREPOSITIONS:
            pass
        elif prev == "of" and not before[:1].isupper() and nxt not in ("'s", "’s"):
            pass  # "Smith, 23, of Berea"; not "Bank of America"
        elif nxt not in LOCAL_NOUNS and not LOCAL_BODY_RE.match(text, e):
            continue  # "a Hounslow resident", "Tillsonburg Mayor Stephen Molnar"
        info = gaz.lookup(text[s:e])
        if info is None or info.kind not in ("city", "region") or info.lat is None:
            continue
        if info.listed:
            continue  # "in Flores": a surname as often as the Uruguayan department
        if info.name != text[s:e] or info.population < UNTAGGED_MIN_POPULATION:
            continue  # spelt as the town is, not "in God" for Göd in Hungary
        if gaz.is_demonym(text[s:e]):
            continue
        found[(s, e)] = Candidate(s, e, "GPE", state_hint(gaz, text, e, s))


def _add_streets(doc: Doc, found: dict[tuple[int, int], Candidate]) -> None:
    # A street's name is a place mention (a facility) whatever the model called it; a town
    # read inside it gives way ("Wichita" of "Wichita Drive").
    for s, e in street_spans(doc):
        inside = [k for k, c in found.items() if s <= c.start and c.end <= e]
        if any(c.start < e and s < c.end for k, c in found.items() if k not in inside):
            continue
        for k in inside:
            del found[k]
        found[(s, e)] = Candidate(s, e, "FAC")


def _before_local_body(doc: Doc, i: int, j: int) -> int:
    # a run of capitalized words ends before the body it names: "Tillsonburg" of
    # "Tillsonburg Mayor Stephen"
    for k in range(i + 1, j):
        if LOCAL_BODY_RE.match(doc_text(doc), doc[k - 1].idx + len(doc[k - 1])):
            return k
    return j


def _opens_local_body(doc: Doc, i: int) -> bool:
    # a one-word town opening a sentence with one of its bodies: "Tillsonburg Mayor ..."
    return i + 1 < len(doc) and bool(LOCAL_BODY_RE.match(doc_text(doc), doc[i].idx + len(doc[i])))


def _title_text(text: str) -> bool:
    return len(text) > 1 and text[0].isupper() and text[1:].islower() and text.isalpha()


def _add_party_districts(doc: Doc, gaz: Gazetteer, found: dict[tuple[int, int], Candidate]) -> None:
    # A legislator's party and home ("Sen. Ray Miller, D-Columbus"; "Rep. Charles Rangel,
    # D-N.Y."): the place after the party letter is a place mention.
    text = doc_text(doc)
    starts, _ = token_bounds(doc)
    for match in _PARTY_DISTRICT_RE.finditer(text):
        s, e = match.span(1)
        name = match.group(1)
        state = None if gaz.lookup(name) is not None else gaz.us_state(name)
        if state is None and gaz.lookup(name) is None and county_base(gaz, name) is None:
            continue
        if s in starts and not any(c.start < e and s < c.end for c in found.values()):
            found[(s, e)] = Candidate(s, e, "GPE", state_hint(gaz, text, e, s), fixed=state)


def _add_repeats(
    doc: Doc,
    gaz: Gazetteer,
    found: dict[tuple[int, int], Candidate],
    ents: list[tuple[int, int, str]],
) -> None:
    # A name used as a place once is a place wherever else the document writes it, whatever
    # label (or none) the model gave it there; names inside a longer entity are left alone.
    text = doc_text(doc)
    names: dict[str, str] = {}
    relabeled: dict[str, bool] = {}
    for c in found.values():
        surface = text[c.start : c.end]
        if c.label != "FAC" and gaz.lookup(surface) is not None:
            names[surface] = c.label
            # a name the model never tagged a place stays on probation at every occurrence
            relabeled[surface] = relabeled.get(surface, True) and c.relabeled
    if not names:
        return
    starts, ends = token_bounds(doc)
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    for match in pattern.finditer(text):
        s, e = match.span()
        if (s, e) in found or s not in starts or e not in ends:
            continue
        inside = [(a, b, lab) for a, b, lab in ents if a <= s and e <= b and (a, b) != (s, e)]
        if inside and not all(embedded_place(text, a, s, lab) for a, _, lab in inside):
            continue  # part of a longer name: "New York Times"
        if any(c.start < e and s < c.end for c in found.values()):
            continue
        surface = match.group()
        found[(s, e)] = Candidate(
            s, e, names[surface], state_hint(gaz, text, e, s), relabeled[surface]
        )


def region_shares(readings: list[tuple[float, PlaceInfo]]) -> dict[str, float]:
    """A name's vote for the states or provinces it may lie in ("US-TX": 0.25), split evenly
    between the regions of its plausible readings: those within VOTE_SPREAD of the best one.
    "Toronto" does not vote for Ohio, where a village of that name lies."""
    if not readings:
        return {}
    best = readings[0][0]
    keys = {
        place.region_key
        for score, place in readings
        if place.region_key is not None and score >= best - VOTE_SPREAD
    }
    return {key: 1.0 / len(keys) for key in keys}


def document_context(doc: Doc, gaz: Gazetteer, candidates: Iterable[Candidate]) -> set[str]:
    """Countries and states or provinces the document is about, as context keys ("US",
    "US-OH", "CA-08").

    Countries named unambiguously count at once; a state counts when it is named as a state,
    or when several of the document's place names are likely read in it (Gainesville, Cooke
    County and Denton agree on Texas).
    """
    context: set[str] = set()
    votes: dict[str, float] = {}
    voters: dict[str, int] = {}
    seen: set[str] = set()
    for cand in candidates:
        context.update(cand.hint)
        surface = doc_text(doc)[cand.start : cand.end]
        if surface in seen:
            continue
        seen.add(surface)
        readings = gaz.readings(surface)[:MAX_READINGS]
        if not readings:
            continue
        info = readings[0][1]
        if info.kind == "country" and info.country:
            context.add(info.country)
        elif info.country and info.region_key and gaz.region(surface) is info:
            context.update((info.country, info.region_key))
        elif len(readings) <= 1 and info.country:
            context.add(info.country)
        for key, share in region_shares(readings).items():
            votes[key] = votes.get(key, 0.0) + share
            if share >= MIN_VOTER_SHARE:
                voters[key] = voters.get(key, 0) + 1
    if votes:
        # the one state most of the names agree on: several names, clearly ahead of the rest
        # (beside those named: "Toronto, Ontario" in a story from Ohio's towns)
        ranked = sorted(votes.items(), key=lambda kv: (kv[0] in context, -kv[1], kv[0]))
        state, score = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 and ranked[1][0] not in context else 0.0
        if voters.get(state, 0) >= 2 and score >= MIN_STATE_VOTES and score > runner_up:
            context.update((state.split("-", 1)[0], state))
    return context


def distance_km(a: PlaceInfo, b: PlaceInfo) -> float:
    """Great-circle distance between two located places."""
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def closeness(gaz: Gazetteer, a: PlaceInfo, b: PlaceInfo) -> float:
    """How strongly two readings support each other: 1 for the same spot or a town and its
    state or province, falling to 0 at COHERENCE_RADIUS_KM; countries and continents are too
    large to."""
    if a.kind == "country" or b.kind == "country" or a.country is None or b.country is None:
        return 0.0
    a_region, b_region = gaz.is_region(a), gaz.is_region(b)
    if a_region or b_region:
        if a_region and b_region:
            return 0.0
        return 1.0 if a.region_key == b.region_key else 0.0
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return 0.0
    if abs(a.lat - b.lat) * KM_PER_DEGREE_LATITUDE >= COHERENCE_RADIUS_KM:
        return 0.0  # farther apart north to south alone than the radius
    return max(0.0, 1.0 - distance_km(a, b) / COHERENCE_RADIUS_KM)


def coherent_readings(
    gaz: Gazetteer, readings: dict[str, list[tuple[float, PlaceInfo]]]
) -> dict[str, PlaceInfo]:
    """For each name, its best reading once the document's other names vote for nearby ones.

    ``readings`` maps each distinct place name to its scored readings, best first. A reading of
    another name supports in proportion to how plausible it is for that name: "Toronto" backs
    Ontario's towns, hardly the Ohio village of that name.
    """
    plausible: dict[str, list[tuple[float, PlaceInfo]]] = {}
    for name, options in readings.items():
        if options:
            best = options[0][0]
            weighted = [(10 ** ((score - best) / SUPPORT_SPREAD), p) for score, p in options]
            plausible[name] = [(w, p) for w, p in weighted if w >= MIN_SUPPORT_WEIGHT]
    # one name supports once, however many ways it is written ("Norman", "Norman, Okla.")
    # nor twice as a name and its abbreviation, both read as one place ("Louisiana", "La.")
    bases: dict[str, list[tuple[float, PlaceInfo]]] = {}
    settled: dict[tuple, str] = {}
    for name, opts in plausible.items():
        base = normalize(name.split("\t")[0])
        if len(opts) == 1 or opts[1][0] < SETTLED_WEIGHT:
            base = settled.setdefault(opts[0][1].key, base)
        bases.setdefault(base, []).extend(opts)
    out: dict[str, PlaceInfo] = {}
    for name, options in readings.items():
        if len(options) <= 1:
            if options:
                out[name] = options[0][1]
            continue
        own = normalize(name.split("\t")[0])
        others = [opts for base, opts in bases.items() if base != own]

        def total(scored: tuple[float, PlaceInfo], others=others) -> float:
            support = sum(max(w * closeness(gaz, scored[1], s) for w, s in opts) for opts in others)
            return scored[0] + COHERENCE_WEIGHT * support

        out[name] = max(options, key=total)[1]  # max keeps the first (best prior) of equals
    return out


def lent_context(gaz: Gazetteer, info: PlaceInfo) -> set[str]:
    """The context keys a resolved name gives the others: a country its code, a state or
    province its country and its own key."""
    if info.kind == "country" and info.country:
        return {info.country}
    if gaz.is_region(info) and info.country and info.region_key:
        return {info.country, info.region_key}
    return set()


def county_states(
    gaz: Gazetteer,
    readings: dict[str, list[tuple[float, PlaceInfo]]],
    chosen: dict[str, PlaceInfo],
) -> dict[str, set[str]]:
    """The states that the document's counties lend the other names, where the county's
    reading is settled: its name is unambiguous, or the other names moved it off its first
    reading ("Douglas County" read in Minnesota beside Alexandria makes "Albany" Minnesota's).
    A county left at the first of equally likely readings lends nothing."""
    out: dict[str, set[str]] = {}
    for name, info in chosen.items():
        options = readings.get(name) or []
        if info.level != COUNTY_LEVEL or info.region_key is None or not options:
            continue
        tied = len(options) > 1 and options[1][0] >= options[0][0]
        if not tied or options[0][1] is not info:
            out[name] = {info.region_key}
    return out


def area_base(gaz: Gazetteer, surface: str) -> str | None:
    """The known place an unknown name is a part of ("Northeast Georgia" -> "Georgia",
    "City of Norfolk" -> "Norfolk"), else None."""
    match = _AREA_RE.match(surface)
    if match is None or gaz.lookup(surface) is not None:
        return None
    base = next(group for group in match.groups() if group)
    return base if gaz.lookup(base) is not None else None


def county_base(gaz: Gazetteer, surface: str) -> str | None:
    """The county an unknown bare name stands for ("D-McDowell" -> "McDowell County"),
    else None."""
    if gaz.lookup(surface) is not None or not surface[:1].isupper():
        return None
    county = f"{surface} County"
    return county if gaz.lookup(county) is not None else None


def resolve(
    gaz: Gazetteer, surface: str, hint: tuple[str, ...], context: set[str]
) -> PlaceInfo | None:
    """The gazetteer entry for a mention: a "City, State" hint first, then the document."""
    if hint:
        hinted = [p for p in gaz.candidates(surface) if _matches(p, hint)]
        if hinted:
            return (
                gaz.lookup(surface, context_countries=(*context, *hint))
                if len(hinted) > 1
                else hinted[0]
            )
    return gaz.lookup(surface, context_countries=context)


def _matches(place: PlaceInfo, hint: tuple[str, ...]) -> bool:
    # "Hamilton, Ont." is the Hamilton in Ontario; "Hamilton, Canada" any Canadian one
    if place.region_key and any("-" in key for key in hint):
        return place.region_key in hint
    return place.country in hint


def keep_relabeled(
    cand: Candidate, info: PlaceInfo | None, surface: str = "", countries: Iterable[str] = ()
) -> bool:
    """Whether a PERSON/ORG/NORP entity stays a place once it is resolved.

    Countries and regions always do, but for a county read from a bare name ("Johnson") and
    a province known only from the lists of every country's divisions ("Brittany"), which
    do where the text writes them as places ("in Brittany") or, a province, where the story
    is in its country (``countries``: those of the names the model called places), unless
    the model called it an organization: "Punjab" in a story from Pakistan, not the Cuban
    paper "Granma". A city does when the text writes it as a place ("in Gainesville", "a
    Gainesville man", "Gainesville, Texas"), or when a PERSON entity names a large city
    ("Yerevan"); "Toyota" (ORG) is the company, "Jones said" the man.
    """
    if not cand.relabeled:
        return True
    if info is None:
        return False
    if info.level == COUNTY_LEVEL and not COUNTY_RE.search(surface):
        return cand.evidence or bool(cand.hint)
    if info.listed:
        in_country = info.country in countries and cand.label != "ORG"
        return cand.evidence or bool(cand.hint) or in_country
    if info.kind != "city":
        return True
    if cand.label == "PERSON" and info.population >= RELABEL_MIN_CITY_POPULATION:
        return True
    # people, teams and companies are named after towns: ask for a place-like context too
    return cand.evidence or bool(cand.hint)


def _readings(
    doc: Doc, gaz: Gazetteer, candidates: list[Candidate], context: set[str]
) -> dict[str, list[tuple[float, PlaceInfo]]]:
    """Each distinct name's scored readings; a "City, State" mention or a fixed one is
    settled as it is (keyed apart from the bare name)."""
    readings: dict[str, list[tuple[float, PlaceInfo]]] = {}
    for cand in candidates:
        surface = doc_text(doc)[cand.start : cand.end]
        if cand.fixed is not None:
            readings[f"{surface}\tfixed"] = [(0.0, cand.fixed)]
        elif cand.hint:
            info = resolve(gaz, surface, cand.hint, context)
            # a "City, State" mention is settled: it supports its neighbours as it is
            readings[f"{surface}\t{cand.hint}"] = [(0.0, info)] if info else []
        elif surface not in readings:
            readings[surface] = name_readings(gaz, surface, context)
    return readings


def name_readings(gaz: Gazetteer, surface: str, context: set[str]) -> list[tuple[float, PlaceInfo]]:
    """A bare name's scored readings, best first (see area_base and county_base); where
    none lies in a state the document is about, the county of that name there is one too
    ("Raleigh" and "Hardy" in a story from West Virginia; "Kanawha City" is in Kanawha
    County there)."""
    base = area_base(gaz, surface) or surface
    name = county_base(gaz, base) if base == surface else None
    readings = gaz.readings(name or base, context_countries=context)[:MAX_READINGS]
    readings = _major_city_readings(readings, context)
    if name or COUNTY_RE.search(base) or any(p.region_key in context for _, p in readings):
        return readings
    counties = [
        (score, p)
        for score, p in gaz.readings(f"{base} County", context_countries=context)
        if p.level == COUNTY_LEVEL and p.region_key in context
    ]
    if not counties:
        return readings
    return sorted(readings + counties, key=lambda sp: (-sp[0], -sp[1].population, sp[1].name))


def _major_city_readings(
    readings: list[tuple[float, PlaceInfo]], context: set[str]
) -> list[tuple[float, PlaceInfo]]:
    """Without the towns far smaller than a major city of their name (see
    MAJOR_CITY_POPULATION) in a country the document names: "Warsaw" beside Poland is not
    the Ohio village. A namesake stays where the story is about its state or province, the
    one of its country the document names ("London" in a story from Ontario), or the
    namesake lies in the city's own country ("Houston" in a story from Mississippi); a story
    naming Ohio among five states is not about Ohio."""
    majors = [
        p
        for _, p in readings
        if p.kind == "city" and p.population >= MAJOR_CITY_POPULATION and p.country in context
    ]
    if not majors:
        return readings
    major = max(majors, key=lambda p: p.prior)
    return [
        (score, p)
        for score, p in readings
        if p.kind != "city"
        or p.prior > major.prior - MAJOR_CITY_MARGIN
        or _story_state(p, context)
        and (p.country == major.country or _sole_state(p, context))
    ]


def _story_state(place: PlaceInfo, context: set[str]) -> bool:
    return place.region_key is not None and place.region_key in context


def _sole_state(place: PlaceInfo, context: set[str]) -> bool:
    """Whether the place's state or province is the only one of its country in context."""
    prefix = f"{place.country}-"
    return sum(key.startswith(prefix) for key in context) == 1


def choose_readings(
    doc: Doc, gaz: Gazetteer, candidates: list[Candidate], context: set[str]
) -> dict[str, PlaceInfo]:
    """The reading of each name, the document's names read together (see
    coherent_readings), with a second look once the others lent their context."""
    towns = municipal_names(doc_text(doc), [(c.start, c.end) for c in candidates])
    towns |= _address_towns(doc, candidates)
    readings = _keep_towns(_readings(doc, gaz, candidates, context), towns)
    chosen = coherent_readings(gaz, readings)
    # A second look: the countries and states the other names turned out to be are context
    # too ("Georgia" read as the state makes "Atlanta" the Georgia city, not the Texas town).
    lent = {name: lent_context(gaz, info) for name, info in chosen.items()}
    lent.update(county_states(gaz, readings, chosen))
    if not any(lent.values()):
        return chosen
    for name in readings:
        if "\t" in name:
            continue
        others = set().union(*(keys for other, keys in lent.items() if other != name))
        if others - context:
            readings[name] = name_readings(gaz, name, context | others)
    return _as_hinted(coherent_readings(gaz, _keep_towns(readings, towns)))


def _as_hinted(chosen: dict[str, PlaceInfo]) -> dict[str, PlaceInfo]:
    """The readings with a bare name read as the place the document names with its state
    or country ("in Richmond" after "Richmond, Va."), where it names one such place."""
    hinted: dict[str, set[PlaceInfo]] = {}
    for name, info in chosen.items():
        base, _, hint = name.partition("\t")
        if hint and hint != "fixed":
            hinted.setdefault(base, set()).add(info)
    out = dict(chosen)
    for base, infos in hinted.items():
        if base in out and len(infos) == 1:
            out[base] = next(iter(infos))
    return out


#: the end of a street address before its town: "508 Cumberland St., Lebanon"
_ADDRESS_END_RE = re.compile(
    r"\d[^,\n]{0,40}\b(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Boulevard|Blvd\.|Lane|"
    r"Ln\.|Way|Court|Ct\.|Place|Pl\.)\s*,\s*$"
)


def _address_towns(doc: Doc, candidates: list[Candidate]) -> set[str]:
    """Names written after a street address, which are towns' ("1199 N. Poplar St., Paris")."""
    text = doc_text(doc)
    return {
        text[c.start : c.end]
        for c in candidates
        if _ADDRESS_END_RE.search(text, max(0, c.start - 60), c.start)
    }


def short_forms(gaz: Gazetteer, chosen: dict[str, PlaceInfo]) -> dict[str, PlaceInfo]:
    """The readings with a bare name read as the longer place it opens where the document
    names that place in full: "Avondale" after "Avondale Estates", "DeKalb" after "DeKalb
    County". A name that is a country or a state keeps its own reading ("Kansas"), as does
    one news means by default ("Washington" beside "Washington County")."""
    full = {name.split("\t")[0]: info for name, info in chosen.items()}
    out = dict(chosen)
    for name, info in full.items():
        match = SHORT_FORM_RE.match(name)
        if match is None or info.lat is None:
            continue
        own = chosen.get(match.group(1))
        if (
            own is None
            or (own.kind == "city" or own.level == COUNTY_LEVEL)
            and own.prior < CURATED_PRIOR
        ):
            out[match.group(1)] = info
    return out


def _keep_towns(
    readings: dict[str, list[tuple[float, PlaceInfo]]], towns: set[str]
) -> dict[str, list[tuple[float, PlaceInfo]]]:
    """Without the country readings of names written as towns ("the Jordan middle school"),
    where a town of that name is known."""
    for name in towns & readings.keys():
        local = [(score, p) for score, p in readings[name] if p.kind != "country"]
        if local:
            readings[name] = local
    return readings


def place_record(
    gaz: Gazetteer, cand: Candidate, info: PlaceInfo | None, surface: str
) -> tuple[tuple[object, ...], Place]:
    """The place (without mentions) a resolved mention names, and its key: mentions with
    one key are one place."""
    if cand.label == "FAC" and FACILITY_WORDS_RE.search(surface) and not COUNTY_RE.search(surface):
        info = None  # "the Hakari Bridge", "White House": not the town of that name
    if info is not None and area_base(gaz, surface):
        # "Northeast Georgia", "South Philadelphia": an area of a known place, located there
        return ("area", surface.lower(), info.key), Place(
            id="",
            name=surface,
            kind="area",
            country=info.country,
            geonames_id=None,
            lat=info.lat,
            lon=info.lon,
            mentions=[],
        )
    if info is not None:
        return info.key, Place(
            id="",
            name=info.name,
            kind=info.kind,
            country=info.country,
            geonames_id=info.geonames_id,
            lat=info.lat,
            lon=info.lon,
            mentions=[],
        )
    kind = UNKNOWN_KIND_BY_LABEL.get(cand.label, "unknown")
    return ("text", kind, surface.lower()), Place(
        id="",
        name=surface,
        kind=kind,
        country=None,
        geonames_id=None,
        lat=None,
        lon=None,
        mentions=[],
    )


def _own_places(
    doc: Doc, candidates: list[Candidate], infos: list[PlaceInfo | None]
) -> dict[str, PlaceInfo]:
    """The located places the document names by themselves, by their text."""
    text = doc_text(doc)
    return {
        text[c.start : c.end]: info
        for c, info in zip(candidates, infos, strict=True)
        if info is not None and info.lat is not None and c.label != "FAC"
    }


def located_by_name(place: Place, surface: str, own: dict[str, PlaceInfo]) -> Place:
    """An unknown place named after a place the document names by itself lies there: "the
    Dublin Art Stroll" beside "Dublin", "the Best Western DeKalb Inn" beside "DeKalb". Not a
    street: "Chesterton Road" runs through Cambridge, far from any Chesterton."""
    words = list(re.finditer(r"\S+", surface))
    streets = street_words()
    tail = [w.group() for w in words if w.group() not in streets.directions]
    if tail and (tail[-1] in streets.named or tail[-1] in streets.addressed):
        return place
    n = len(words)
    for length in range(n - 1, 0, -1):
        for i in range(n - length + 1):
            name = surface[words[i].start() : words[i + length - 1].end()]
            info = own.get(name)
            if info is not None:
                return msgspec.structs.replace(
                    place, country=info.country, lat=info.lat, lon=info.lon
                )
    return place


def _unknown_words(
    doc: Doc, candidates: list[Candidate], infos: list[PlaceInfo | None]
) -> set[str]:
    """One-word names the model calls places that the gazetteer does not know and the text
    never writes as places ("Petrova said", "a lease with Titan"): no places. A name shown
    as one at any occurrence ("the village of Prisi") is one at all."""
    text = doc_text(doc)
    words: set[str] = set()
    shown: set[str] = set()
    for cand, info in zip(candidates, infos, strict=True):
        surface = text[cand.start : cand.end]
        if info is not None or cand.label != "GPE" or not _title_text(surface):
            continue
        words.add(surface)
        if surface not in shown and _written_as_place(doc, cand):
            shown.add(surface)
    return words - shown


def _opening_plural(doc: Doc, cand: Candidate) -> bool:
    """Whether a mention is one plural common noun capitalized only where it opens a
    sentence (see claimx.lexicon.sentence_initial_plural)."""
    span = doc.char_span(cand.start, cand.end)
    return span is not None and len(span) == 1 and sentence_initial_plural(span[0])


def _written_as_place(doc: Doc, cand: Candidate) -> bool:
    """Whether the text writes a mention as a place: a state after it ("Union, N.J."), a
    locative word before it or a local noun after it (see place_evidence)."""
    return bool(cand.hint) or cand.evidence or place_evidence(doc, cand.start, cand.end, [])


def _function_word(doc: Doc, cand: Candidate) -> bool:
    """Whether a mention is one function word ("Over", "Many", "Both") capitalized in a
    title or at a sentence start, with no state after it: never a place name in news."""
    span = doc.char_span(cand.start, cand.end)
    if span is None or len(span) != 1 or span[0].text.isupper():
        return False  # "US", "IN": written in capitals, the country or the state
    return span[0].is_stop and not cand.hint


def _body_word_place(doc: Doc, cand: Candidate, info: PlaceInfo | None, context: set[str]) -> bool:
    """Whether a one-word name for a body ("Union", "Congress") is the town: a state after
    it ("Union, N.J."), or written as a place where the model took it for one or in a story
    from the town's state ("the fair in Union" beside New Jersey); "Republicans in Congress"
    (an organization to the model) is the body, not Congress, Arizona."""
    if cand.hint or (not cand.relabeled and _written_as_place(doc, cand)):
        return True  # the model took it for a place too
    in_state = info is not None and info.region_key is not None and info.region_key in context
    return in_state and _written_as_place(doc, cand)


def build_places(doc: Doc, gaz: Gazetteer | None = None) -> list[Place]:
    """Every place of the document once, with all its mentions, in order of first mention."""
    gaz = gaz or get_gazetteer()
    candidates = find_candidates(doc, gaz)
    # names only the gazetteer calls places vote apart: they name a state only among themselves
    sure = document_context(doc, gaz, [c for c in candidates if not c.relabeled])
    site = gaz.site_country(doc._.claimx_source)
    if site is not None and site.country:
        sure.add(site.country)  # a story on a ".ca" site is likely Canada's ("London")
    context = sure | document_context(doc, gaz, [c for c in candidates if c.relabeled])
    chosen = short_forms(gaz, choose_readings(doc, gaz, candidates, context))
    infos: list[PlaceInfo | None] = []
    kept: set[str] = set()  # names that are places at one occurrence are at every one
    for cand in candidates:
        surface = doc_text(doc)[cand.start : cand.end]
        if cand.fixed is not None:
            info = cand.fixed
        elif cand.hint:
            info = resolve(gaz, surface, cand.hint, context)
        else:
            info = chosen.get(surface)
        infos.append(info)
        if cand.label != "FAC" and keep_relabeled(cand, info, surface, sure):
            kept.add(surface)  # a facility's name does not vouch for the word elsewhere
    unknown = _unknown_words(doc, candidates, infos)
    own = _own_places(doc, candidates, infos)
    places: dict[tuple[object, ...], Place] = {}
    for cand, info in zip(candidates, infos, strict=True):
        surface = doc_text(doc)[cand.start : cand.end]
        if cand.relabeled and surface not in kept or surface in unknown:
            continue
        if is_body_word(surface) and not _body_word_place(doc, cand, info, context):
            continue  # "Congress passed the bill": the body, not the town of that name
        if _function_word(doc, cand):
            continue  # "Stealth Over Health", "“Many schools": not the towns of Over, Many
        if info is None and _opening_plural(doc, cand):
            continue  # "Shells had smashed roofs": a common noun opening a sentence
        if info is None and GENERIC_FACILITY_RE.fullmatch(surface):
            continue  # "at City Hall": a kind of building, no name
        key, place = place_record(gaz, cand, info, surface)
        if info is None:
            place = located_by_name(place, surface, own)
        mention = Mention(text=surface, start=cand.start, end=cand.end)
        places.setdefault(key, place).mentions.append(mention)
    return list(places.values())
