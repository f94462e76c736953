# claimx — run `make help` for the targets.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEED := seeds/000_70837f9931cd7966.txt
SEED_DATE := 2023-09-30
EVAL_DIR ?= ../shared/eval

.DEFAULT_GOAL := help
.PHONY: help install run test eval bench golden lint format clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'

# constraints.txt pins the whole dependency tree (the pip freeze of a fresh install),
# so every machine gets the same versions as the one the figures were measured on.
$(BIN)/claimx: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test]"
	@touch $@

install: $(BIN)/claimx ## Create the virtual environment and install claimx with its pinned dependencies

run: install ## Print the record of the seed article
	@$(BIN)/claimx extract $(SEED) --date $(SEED_DATE) --pretty

test: install ## Run the test suite
	$(BIN)/python -m pytest -q

eval: install ## Score every development set in $(EVAL_DIR); fail below fixtures/eval_floors.json
	$(BIN)/python scripts/eval_gate.py --eval-dir $(EVAL_DIR)

bench: install ## Speed and memory of claimx vs the bare spaCy model (prints a table)
	$(BIN)/python scripts/bench.py --eval-dir $(EVAL_DIR)

golden: install ## Rewrite fixtures/seed_2023-09-30.json (review the diff before committing)
	$(BIN)/claimx extract $(SEED) --date $(SEED_DATE) --pretty > fixtures/seed_2023-09-30.json

lint: install ## Lint and check formatting
	$(BIN)/ruff check claimx tests
	$(BIN)/ruff format --check claimx tests

format: install ## Format the code
	$(BIN)/ruff format claimx tests
	$(BIN)/ruff check --fix claimx tests

clean: ## Remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
