"""claimx as a spaCy component: `nlp.add_pipe("claimx")` puts a `Result` on `doc._.claimx`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimx.schema import PipelineInfo


class ClaimxComponent:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        meta = nlp.meta
        self.pipeline = PipelineInfo(
            name=f"{meta.get('lang', 'en')}_{meta.get('name', 'pipeline')}",
            version=str(meta.get("version", "")),
        )
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
