# The two front doors: `make run` (install, build the default store on first use, chat) and `make test`.
VENV   ?= .venv
PYTHON ?= python3
BIN     = $(VENV)/bin
export HF_HUB_OFFLINE = 1
export TRANSFORMERS_OFFLINE = 1

.PHONY: run test lint install eval bench clean

$(BIN)/.installed: pyproject.toml
	@# OCR of scanned PDFs needs Debian's Tesseract with English data (README, "Scanned reports (OCR)")
	@command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx eng || { \
	  SUDO=$$(test "$$(id -u)" -eq 0 || command -v sudo); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	    --no-install-recommends tesseract-ocr tesseract-ocr-eng \
	  || echo 'warning: could not install tesseract-ocr tesseract-ocr-eng: scanned PDFs will be refused'; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test,dev]'
	touch $@

install: $(BIN)/.installed

run: $(BIN)/.installed
	$(BIN)/lessons chat

# one worker per core, at most four (pytest-xdist); a module's tests stay on one worker, so its fixtures are built once
test: $(BIN)/.installed
	$(BIN)/python -m pytest -q -p no:cacheprovider -n auto --maxprocesses 4 --dist loadscope

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
