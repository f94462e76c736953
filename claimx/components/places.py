"""Places: the names the names component calls places, one record per real place.

The names component reads the toponyms and resolves them with the gazetteer (see
``claimx.toponyms``) and decides which are places after all ("Inger Miller" is a person,
"Leicestershire 296" a club); this component lists each place once, with all its
mentions, in order of first mention.
"""

from __future__ import annotations

import msgspec
from spacy.language import Language
from spacy.tokens import Doc

import claimx.extensions  # noqa: F401  (registers Doc._.claimx_*)
from claimx.items import NameSpan
from claimx.records import Mention, Place


def places_from_names(names: list[NameSpan]) -> list[Place]:
    """The places of the place spans, each once with its mentions, in the names' order."""
    places: dict[str, Place] = {}
    for name in names:
        if name.type != "place" or name.place is None:
            continue
        place = places.get(name.entity)
        if place is None:
            place = places[name.entity] = msgspec.structs.replace(name.place, mentions=[])
        place.mentions.append(Mention(text=name.text, start=name.start, end=name.end))
    return list(places.values())


def place_for_span(doc: Doc, start_char: int, end_char: int) -> Place | None:
    """The place one of whose mentions overlaps the character span, else None."""
    for place in doc._.claimx_places or ():
        for m in place.mentions:
            if m.start < end_char and start_char < m.end:
                return place
    return None


class PlacesComponent:
    """Sets ``doc._.claimx_places`` (list[claimx.records.Place], ids unset)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_places = places_from_names(doc._.claimx_names or [])
        return doc


@Language.factory(
    "claimx_places",
    default_config={},
    requires=["doc.ents", "doc._.claimx_names"],
    assigns=["doc._.claimx_places"],
)
def make_places(nlp: Language, name: str) -> PlacesComponent:
    """Factory of the places component (add after "claimx_names")."""
    return PlacesComponent(nlp, name)
