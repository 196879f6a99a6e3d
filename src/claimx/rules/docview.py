"""What every stage reads from the parsed document, computed once per document.

`Doc.text` builds the text anew on every access, a Python `Token` object per token; on news-sized
documents four such rebuilds cost as much as all of claimx's rules. `extract_doc` shares one copy
of the text, and of its quoted regions, with the stages for the time of one extraction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from claimx.rules.quotemarks import Region

_TEXT = "claimx.text"
_REGIONS = "claimx.regions"


def text_of(doc: Doc) -> str:
    """The document's text: the shared copy while claimx runs over it, else `Doc.text`."""
    text = doc.user_data.get(_TEXT)
    return text if isinstance(text, str) else doc.text


def share_text(doc: Doc) -> str:
    text = doc.text
    doc.user_data[_TEXT] = text
    return text


def unshare_text(doc: Doc) -> None:
    doc.user_data.pop(_TEXT, None)
    doc.user_data.pop(_REGIONS, None)


def regions_of(doc: Doc, single: bool = True) -> tuple[Region, ...]:
    """The quoted regions of the document's text, found once per extraction and mode."""
    from claimx.rules.quotemarks import find_regions

    cached = doc.user_data.setdefault(_REGIONS, {}) if _TEXT in doc.user_data else {}
    found = cached.get(single)
    if found is None:
        found = cached[single] = tuple(find_regions(text_of(doc), single=single))
    return found


def words_where(doc: Doc, keep: Callable[[str, str], bool]) -> list[int]:
    """Indices of the tokens whose (lower-cased lemma, lower-cased form) pass `keep`, asked
    once per distinct pair.

    Read from the document's arrays: a stage that looks for its cue words visits those tokens
    only, instead of making a `Token` object for every token of the document.
    """
    from spacy.attrs import LEMMA, LOWER

    if not len(doc):
        return []
    strings = doc.vocab.strings
    verdicts: dict[int, bool] = {}
    out = []
    for i, (lemma_id, lower_id) in enumerate(doc.to_array([LEMMA, LOWER]).tolist()):
        key = (lemma_id << 64) | lower_id
        hit = verdicts.get(key)
        if hit is None:
            hit = verdicts[key] = keep(strings[lemma_id].lower(), strings[lower_id])
        if hit:
            out.append(i)
    return out
