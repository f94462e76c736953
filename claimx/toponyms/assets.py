"""The word tables and patterns the toponyms are read with."""

from __future__ import annotations

import math
import re

from claimx.records import PlaceKind

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
#: a line of names and figures: no word opens in lower case ("Togo 1 Congo 0"), and a run of
#: capitalized words on it
_NAMES_LINE_RE = re.compile(r"^(?![^\n]*(?<![\w'’.-])[a-z])[^\n]*[A-Z][a-z][^\n]*$", re.M)
_TITLE_RUN_RE = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+(?: [A-Z][a-z]+)*(?![\w'’-])")
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
