# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint validate screens bench mutate dist dist-windows clean translations check-wheel

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "FamilySafe needs Python 3.11 or newer")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	@touch $(STAMP)

# The Spanish interface: translations/*.ts (the source) compiled to assets/translations/*.qm.
translations: $(STAMP)
	@scripts/i18n.sh build >/dev/null

run: $(STAMP) translations
	@scripts/ensure-qt-libs.sh $(PY) desktop
	$(PY) -m familysafe

test: $(STAMP) translations
	@scripts/ensure-qt-libs.sh $(PY) offscreen
	@# Bytecode is kept (a shell that sets PYTHONDONTWRITEBYTECODE recompiles every module on every run).
	QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE= $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# The built wheel on its own, in a fresh venv outside the source tree (CI runs this after the tests).
check-wheel: $(STAMP) translations
	scripts/check-wheel.sh $(PY)

validate: $(STAMP)
	$(VENV)/bin/familysafe-cli content validate

screens: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m familysafe.tools.screens build/screens

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

# Mutation score (mutmut) of the core rules, the export, the packs and the erase and autosave
# use-cases: a benchmark that prints the score and the surviving mutants, never part of `make test`.
# SCOPE=focus (default, ~15 min on 2 cores), content, core, exporting, packs or all: scripts/mutate.py.
mutate: $(STAMP)
	$(PY) -m pip install -q -e ".[test,mutate]"
	SCOPE=$(SCOPE) QT_QPA_PLATFORM=offscreen $(PY) scripts/mutate.py

# The frozen app: dist/FamilySafe/ (FamilySafe + familysafe-cli) and, on Linux, its .tar.gz.
# Windows and macOS installers are built by .github/workflows/release.yml; see packaging/README.md.
dist: $(STAMP) translations
	$(PY) -m pip install -q -r packaging/requirements.txt
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/familysafe.spec
	$(PY) packaging/check_bundle.py dist/FamilySafe
	@if [ "$$(uname -s)" = Linux ]; then $(PY) packaging/linux/make_tarball.py --dist dist; fi

# The Windows x64 bundle and installer, built and smoke-tested on Linux under Wine: dist-windows/
# (packaging/windows/build_under_wine.sh; cached under build/wine/).
dist-windows: translations
	packaging/windows/build_under_wine.sh

clean:
	rm -rf $(VENV) build dist dist-windows mutants .pytest_cache .mypy_cache .ruff_cache
