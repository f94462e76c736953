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
    for spec in pipeline_definition()["components"]:
        factory = spec["factory"]
        if spec.get("first"):
            nlp.add_pipe(factory, first=True)
        else:
            nlp.add_pipe(factory)
    return nlp
