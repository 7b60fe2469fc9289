# Everything a trainer, learner or CI needs; each target sets itself up.
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
PIP    := $(PY) -m pip install --quiet --disable-pip-version-check

# JupyterLab refuses to run as root unless told to (containers, CI machines).
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

# The notebook JupyterLab opens first (relative to notebooks/). The server is rooted at
# the repository, so every link between lessons, exercises and solutions works.
# TAAL=nl opens the Dutch edition (notebooks/nl/); START is then relative to that folder.
TAAL     ?= en
START    ?= 00_start_here.ipynb
EDITION  := $(if $(filter nl,$(TAAL)),nl/,)
# The kit's own JupyterLab state, in the venv: a workspace that opens with the file
# browser closed (jupyter-settings/workspace.json; the notebook gets the whole width),
# and, for `make lab PROJECTOR=1`, the projector view's user settings (larger type,
# jupyter-settings/projector/; JupyterLab takes theme font sizes from user settings only).
# The projector view starts from both afresh each time; see docs/projector.md.
LAB_STATE := $(VENV)/share/jupyter/lab
LAB_VIEW  := $(if $(filter-out 0,$(PROJECTOR)),projector,kit)
LAB_ARGS  := --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=. --LabApp.default_url=/lab/tree/notebooks/$(EDITION)$(START) \
             --LabApp.workspaces_dir=$(LAB_STATE)/$(LAB_VIEW)-workspaces \
             $(if $(filter projector,$(LAB_VIEW)),--LabApp.user_settings_dir=$(LAB_STATE)/projector-user-settings) $(ROOT_FLAG)

.PHONY: setup lab test build check-sync clean slides present print-lab-args python-version

setup: python-version $(STAMP)

# The pinned numpy, matplotlib and ipykernel need Python 3.11 or newer.
python-version:
	@python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "The kit needs Python 3.11 or newer; this machine's python3 is $$(python3 --version 2>&1)."; \
	    echo "Install Python 3.11+ or use conda: conda env create -f environment.yml"; exit 1; }

# Re-install when the dependency lists change.
$(STAMP): pyproject.toml constraints.txt jupyter-settings/overrides.json
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) --upgrade pip
	$(PIP) -c constraints.txt -e '.[test]'
	mkdir -p $(VENV)/share/jupyter/lab/settings
	cp jupyter-settings/overrides.json $(VENV)/share/jupyter/lab/settings/
	touch $(STAMP)

## Run the kit: JupyterLab opens at the start notebook; it prints its address and runs
## until you press Ctrl-C. Another start: make lab START=03_diminishing_returns.ipynb
## De Nederlandse editie: make lab TAAL=nl (opens notebooks/nl/00_start_here.ipynb)
## On a projector: make lab PROJECTOR=1 (larger type; docs/projector.md)
lab: setup
ifeq ($(LAB_VIEW),projector)
	rm -rf $(LAB_STATE)/projector-workspaces $(LAB_STATE)/projector-user-settings
	cp -r jupyter-settings/projector $(LAB_STATE)/projector-user-settings
endif
	test -n "$$(ls $(LAB_STATE)/$(LAB_VIEW)-workspaces/default-*.jupyterlab-workspace 2>/dev/null)" || \
	  $(VENV)/bin/jupyter lab workspaces import --LabWorkspaceImportApp.workspaces_dir=$(LAB_STATE)/$(LAB_VIEW)-workspaces \
	    jupyter-settings/workspace.json
	$(VENV)/bin/jupyter lab $(LAB_ARGS)

# The arguments `make lab` gives JupyterLab (the tests start a server with exactly these).
print-lab-args:
	@echo $(LAB_ARGS)

## Run every test: model, checks, build sync, and nbval over notebooks and solutions.
test: setup
	$(VENV)/bin/pytest

## Regenerate notebooks/, exercises/ and solutions/ from content/.
build: setup
	$(PY) tools/build.py

check-sync: setup
	$(PY) tools/build.py --check

## Trainer kit: rebuild the slide decks, handouts, presenter dashboards and the trainer
## guide from the lessons (run `make build` first when a lesson changed: decks reuse its figures).
slides: setup
	$(PY) tools/build_presenter.py
	$(PY) tools/build_slides.py
	$(PY) tools/build_guide.py

## Presenter mode: the slider demos without code (Voila on 127.0.0.1), opens the demo index.
## The Dutch edition: `make present TAAL=nl` (presenter/nl/, "Live demo's").
present: setup
	$(PY) tools/present.py $(if $(TAAL),--language $(TAAL))

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
