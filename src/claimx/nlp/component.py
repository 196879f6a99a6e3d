"""claimx as a spaCy component: `nlp.add_pipe("claimx")` puts a `Result` on `doc._.claimx`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimx.nlp.pipeline import pipeline_info


class ClaimxComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.pipeline = pipeline_info(nlp)
        register_extension()

    def __call__(self, doc: Doc) -> Doc:
        from claimx.api import extract_doc

        # registered here too: worker processes spawned by nlp.pipe(n_process=...) start bare
        register_extension()
        doc._.claimx = extract_doc(doc, pipeline=self.pipeline)
        return doc


def register_extension() -> None:
    if not Doc.has_extension("claimx"):
        Doc.set_extension("claimx", default=None)


@Language.factory("claimx")
def make_claimx(nlp: Language, name: str) -> ClaimxComponent:
    return ClaimxComponent(nlp, name)
