"""Claims: who said what, from the dependency parse.

- ``reported``: a reporting verb (models/claims.json) with its content — a
  clause ("the ministry said [that] …"), an object and its preposition phrase
  ("accused Azerbaijan of …", "denied the claim"), a preposition's object
  ("complained about X"), or the subject of a passive with an agent ("X was
  endorsed by Y") — or "according to X", or a speech, decision or intention noun
  with an owner ("Trump's claim that X", "the court's decision to Y") or received
  from a source ("X drew criticism from Y"), or any verb with a person or
  institution as subject and a "that" clause ("X learned that Y"), a verb of will
  or a directive with its infinitive ("X aims to Y", "X ordered Z to Y"), a phrasal
  verb of speech or attitude ("X railed against Y"), an estimate ("X put Y at $4
  billion"), a stance adjective ("X is wary of Y", "X is eager to Y"), or a source
  in a preposition phrase ("in X's view, Y", "in the latest X poll, Y"); people
  named by a common noun ("many economists") hold views as actors do;
- ``quote``: the content is a quotation in quotation marks (straight, curly,
  mixed or doubled apostrophes, possibly several sentences; a quotation never
  runs past its paragraph; "“A,” she said. “B.”" is one), a transcript turn, or
  the paragraph after "X added:"; beside a quotation, verbs of reading out and
  manners of speaking are cues too ("“…,” the sign read", "she elaborated");
- ``statement``: a body sentence with no attribution that carries a quantity or
  a date.

The speaker is the reporting verb's subject, mapped to an actor: the actor whose
mention holds the subject's head word, else a named person in apposition, else
(for pronouns) the latest fitting actor before the cue. A cue inside another
claim's content and governed by its cue is part of that content, not a claim of
its own (one claim per reported content). Headlines, bylines, credits and
boilerplate produce no claims.

The package reads one concern a module, each importing only those listed before it:

- ``assets``: the cue and word tables, the claim item and the cue lists of models/claims.json;
- ``quotations``: quotations in the text, where they open and close;
- ``spans``: a subtree's characters, a speaker's phrase and a verb's subject;
- ``actors``: the actors of a Doc, looked up by a speaking subject;
- ``cues``: whether a verb reports, and what it reports;
- ``stances``: light and phrasal verbs, estimates, held views, stances, sources and speech nouns;
- ``verbs``: the claim at a token ("according to X", a reporting verb, or the cues above);
- ``quoted``: transcript turns, quotations attached to their cues, block quotes, nested claims;
- ``building``: the claims of a Doc, with statements and links.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

import claimx.extensions  # noqa: F401  (registers Doc._.claimx_*)
from claimx.components.claims.assets import ClaimItem, cue_lists
from claimx.components.claims.building import find_claims
from claimx.components.claims.quotations import find_quotations

__all__ = ["ClaimFinder", "ClaimItem", "cue_lists", "find_claims", "find_quotations", "make_claims"]


class ClaimFinder:
    """Fill ``doc._.claimx_claims``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_claims = find_claims(doc)
        return doc


@Language.factory(
    "claimx_claims",
    requires=[
        "doc.ents",
        "doc.sents",
        "token.dep",
        "token.tag",
        "token.pos",
        "token.lemma",
        "token.ent_type",
        "doc._.claimx_nonbody",
        "doc._.claimx_paragraphs",
        "doc._.claimx_dates",
        "doc._.claimx_places",
        "doc._.claimx_actors",
        "doc._.claimx_quantities",
    ],
    assigns=["doc._.claimx_claims"],
)
def make_claims(nlp: Language, name: str) -> ClaimFinder:
    """Claims with speakers and links; add last."""
    return ClaimFinder()
