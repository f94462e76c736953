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

The package reads one concern a module, each importing only those listed before it:

- ``assets``: the word tables and patterns;
- ``spans``: a mention before resolution (``Candidate``), its clean span, the state written
  after it, the known place a part or a bare county name stands for;
- ``evidence``: how the text writes a name: as a place, as the opening of a body's name, as
  a person or a common word;
- ``additions``: mentions the entities miss, read from the text (repeats, datelines,
  grounds, lines in capitals, legislators' homes, untagged towns, streets);
- ``candidates``: the place mentions of a document;
- ``context``: the countries and states or provinces a document is about;
- ``readings``: the reading of each name (spatial coherence, a second look, short forms);
- ``building``: the place records, each real place once with all its mentions.
"""

from __future__ import annotations

from claimx.toponyms.assets import LOCAL_BODY_RE, SETTLEMENT_WORDS_RE
from claimx.toponyms.building import build_places, located_by_name
from claimx.toponyms.context import county_states, region_shares
from claimx.toponyms.evidence import embedded_place, place_evidence
from claimx.toponyms.readings import coherent_readings, keep_relabeled, name_readings, short_forms
from claimx.toponyms.spans import Candidate, accept_entity, area_base, clean_span, county_base

__all__ = [
    "Candidate",
    "LOCAL_BODY_RE",
    "SETTLEMENT_WORDS_RE",
    "accept_entity",
    "area_base",
    "build_places",
    "clean_span",
    "coherent_readings",
    "county_base",
    "county_states",
    "embedded_place",
    "keep_relabeled",
    "located_by_name",
    "name_readings",
    "place_evidence",
    "region_shares",
    "short_forms",
]
