# The two front doors: `make run` (install, build the default store on first use, chat) and `make test`.
VENV   ?= .venv
PYTHON ?= python3
BIN     = $(VENV)/bin
export HF_HUB_OFFLINE = 1
export TRANSFORMERS_OFFLINE = 1

.PHONY: run test lint install eval bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test,dev]'
	touch $@

install: $(BIN)/.installed

run: $(BIN)/.installed
	$(BIN)/lessons chat

test: $(BIN)/.installed
	$(BIN)/python -m pytest -q -p no:cacheprovider

# ruff with the rule set in pyproject.toml over everything, and mypy over the engine; zero findings
lint: $(BIN)/.installed
	$(BIN)/ruff check .
	$(BIN)/mypy

eval: $(BIN)/.installed
	$(BIN)/lessons eval

bench: $(BIN)/.installed
	$(BIN)/lessons bench

clean:
	rm -rf $(VENV) build *.egg-info
