"""claimx: who said what, who is who, and who stands for what in English news.

`claimx.extract(text)` is the library entry point; the CLI only wraps it. Importing claimx is cheap:
spaCy is loaded on first use, so `claimx --version` does not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from claimx.api import extract, extract_doc, extract_many
    from claimx.schema import Result

__all__ = ["__version__", "extract", "extract_doc", "extract_many", "Result"]


def __getattr__(name: str) -> Any:
    if name in ("extract", "extract_doc", "extract_many"):
        from claimx import api as _mod

        return getattr(_mod, name)
    if name == "Result":
        from claimx.schema import Result

        return Result
    raise AttributeError(name)
