"""The positions stage: what each actor supports or opposes.

Not implemented yet (issue 5): the stage exists so the flow and the output contract are complete.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.schema import Position, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimx.actors import Actors


def find_positions(doc: Doc, actors: Actors, quotes: list[Quote]) -> list[Position]:
    return []
