"""Quantities: counts, money, percentages and measures with their bounds and changes.

Rules over the parsed Doc find number expressions (digits and words), read them with
``claimx.numbers``, and attach the qualifier before them ("more than", "about"), the
currency or unit around them, the noun they count (from the dependency parse) and
whether they state a change ("rose 5%"). Units come from one vocabulary (claimx.units:
the rule tables' units, then quantulum3's). Dates, durations, times, ordinals and numbers inside
names are left to the other components.

The package reads one concern a module, each importing only those listed before it:

- ``assets``: the rule tables of models/quantities.json and the shape of a numeral token;
- ``context``: the currency, unit, bound and rate written around a number;
- ``runs``: runs of number tokens ("2.5 million", "twenty-five", "3 1/2") and their values;
- ``draft``: the quantity being read around a run, and the record made from it;
- ``counted``: the noun a number counts, from the parse;
- ``change``: whether a quantity states a change ("rose 5%") and which way;
- ``exclusions``: numbers that are no quantity (names, labels, dates, scores, lists);
- ``ages``: ages of people ("aged 45", "in her thirties");
- ``ranges``: two numbers that make one range ("5 to 10%", "between 3 and 4");
- ``amounts``: the unit, currency, scale, bound and sign read around a draft;
- ``sharing``: a unit, currency or change one quantity shares with its neighbours;
- ``building``: the quantities of a sentence and of a Doc.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

import claimx.extensions  # noqa: F401  (registers the Doc extensions)
from claimx.components.quantities.assets import Rules, load_rules
from claimx.components.quantities.building import find_quantities

__all__ = ["QuantitiesComponent", "Rules", "find_quantities", "load_rules", "make_quantities"]


class QuantitiesComponent:
    """Fill ``doc._.claimx_quantities`` with the quantities of the Doc."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.rules = load_rules()

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_quantities = find_quantities(doc, self.rules)
        return doc


@Language.factory(
    "claimx_quantities",
    default_config={},
    requires=[
        "doc.ents",
        "doc.sents",
        "token.dep",
        "token.tag",
        "token.pos",
        "token.lemma",
        "token.ent_type",
        "token.ent_iob",
        "token.is_sent_start",
        "doc._.claimx_nonbody",
        "doc._.claimx_dates",
    ],
    assigns=["doc._.claimx_quantities"],
)
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """The claimx quantities component."""
    return QuantitiesComponent(nlp, name)
