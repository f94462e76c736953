"""Build the claimx pipeline once: the base spaCy model plus the claimx components."""

from __future__ import annotations

import json
import os
from functools import lru_cache
from importlib.resources import files
from typing import Any

from claimx.errors import ModelNotFoundError

MODEL_ENV = "CLAIMX_MODEL"


@lru_cache(maxsize=1)
def pipeline_definition() -> dict[str, Any]:
    """models/pipeline.json: the default base model and the component order."""
    return json.loads(files("claimx.models").joinpath("pipeline.json").read_text("utf-8"))


def default_model() -> str:
    """The base model: $CLAIMX_MODEL, else the pinned default."""
    return os.environ.get(MODEL_ENV) or pipeline_definition()["base"]


def _register_components() -> None:
    # Importing the modules registers their factories (entry points do the
    # same for spacy.load of a saved pipeline).
    from claimx.components import (  # noqa: F401
        actors,
        claims,
        dates,
        names,
        places,
        quantities,
        text,
    )


#: An en or em dash between digits joins the two ends of a range ("3–4 km", "1999–2003",
#: "March 3–5"), as a hyphen does; spaCy's English infixes split only the hyphen there.
DASH_BETWEEN_DIGITS = r"(?<=[0-9])[–—](?=[0-9])"
#: A dash between one amount and the next, where a sign, a percent or a short unit ends the
#: first or a currency sign opens the second ("5%-6%", "$5-$10", "3km-5km", "£5m-£7m"): the
#: tokenizer left each such range one token, and no quantity was read from it.
DASHES_BETWEEN_AMOUNTS = (
    r"(?<=[0-9%])[-–—](?=[$£€¥]?[0-9])",
    r"(?<=[0-9][A-DF-Za-df-z])[-–—](?=[$£€¥]?[0-9])",  # not "2.5e-3"
    r"(?<=[0-9][A-Za-z]{2})[-–—](?=[$£€¥]?[0-9])",
)


def _split_dashed_numbers(nlp: Any) -> None:
    """Tokenize "3–4" as "3", "–", "4", the way the tokenizer already splits "3-4", and split
    the dash of "5%-6%", "$5-$10" and "3km-5km" the same way."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or ())
    extra = [DASH_BETWEEN_DIGITS, *DASHES_BETWEEN_AMOUNTS]
    if any(rule not in infixes for rule in extra):
        infixes.extend(rule for rule in extra if rule not in infixes)
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Any:
    """The spaCy Language with claimx components; loaded once per model name."""
    import spacy

    name = model or default_model()
    _register_components()
    try:
        nlp = spacy.load(name)
    except OSError as err:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed (install its package, "
            f"or choose another with --model or ${MODEL_ENV})"
        ) from err
    _split_dashed_numbers(nlp)
    for spec in pipeline_definition()["components"]:
        factory = spec["factory"]
        if spec.get("first"):
            nlp.add_pipe(factory, first=True)
        else:
            nlp.add_pipe(factory)
    return nlp
