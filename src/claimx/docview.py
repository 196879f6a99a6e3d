"""What every stage reads from the parsed document, computed once per document.

`Doc.text` builds the text anew on every access, a Python `Token` object per token; on news-sized
documents four such rebuilds cost as much as all of claimx's rules. `extract_doc` shares one copy
with the stages for the time of one extraction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TEXT = "claimx.text"


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
