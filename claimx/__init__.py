"""claimx: turn English news articles into normalized, checkable JSON records."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "extract_many"]

if TYPE_CHECKING:
    from claimx.api import extract, extract_many


def __getattr__(name: str) -> Any:
    # Keep `import claimx` (and `claimx --version`) free of spaCy's import cost.
    if name in ("extract", "extract_many"):
        from claimx import api

        return getattr(api, name)
    raise AttributeError(name)
