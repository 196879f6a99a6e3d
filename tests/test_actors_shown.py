"""The later stages read the actors as plain tuples (`views_of`), the output as validated models
(`models_of`): both are built from the store, so both must say the same thing."""

from __future__ import annotations

from pathlib import Path

from claimx.actors import find_actors
from claimx.actors.shown import models_of, views_of
from claimx.rules.docview import share_text, unshare_text
from tests.helpers import construction_examples

SEED = Path(__file__).resolve().parents[1] / "seeds" / "coalition-of-the-willing.txt"


def test_views_say_what_the_output_models_say(nlp) -> None:
    texts = construction_examples("actors") + [SEED.read_text(encoding="utf-8")]
    compared = 0
    for text in texts:
        doc = nlp(text)
        share_text(doc, text)
        try:
            actors = find_actors(doc)
            actors.settle()
            views, models = views_of(actors), models_of(actors)
        finally:
            unshare_text(doc)
        assert [v.id for v in views] == [m.id for m in models]
        for view, model in zip(views, models, strict=True):
            assert (view.name, view.kind, view.titles) == (model.name, model.kind, model.titles)
            assert [tuple(m) for m in view.mentions] == [
                (m.start, m.end, m.text, m.form) for m in model.mentions
            ]
            assert all(m.text == view.mentions[k].text for k, m in enumerate(model.mentions))
            compared += len(view.mentions)
    assert compared > 100
