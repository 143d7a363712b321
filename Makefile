# Newsroom: `make run` serves the demo site, `make test` runs every test.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT
DEV_SETTINGS := newsroom.settings.dev

.PHONY: run install migrate demo test lint messages screenshots admin-screenshots bench clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py migrate --no-input

demo: migrate
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py seed_demo

## run: install, migrate, load the demo content and serve on http://127.0.0.1:$(PORT)
run: demo
	@echo "Site: http://127.0.0.1:$(PORT)/  Admin: http://127.0.0.1:$(PORT)/admin/ (login admin / newsroom-demo)"
	@echo "Newsroom roles: reporter-en, editor-ru, translator-hy, ... chief, admanager (password newsroom-demo; docs/newsroom.md)"
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/honcho start -p $(PORT)

## test: lint, then the whole suite (browser tests need Debian's chromium)
test: lint
	DJANGO_SETTINGS_MODULE=$(DEV_SETTINGS) $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest

lint: install
	$(VENV)/bin/ruff check newsroom scripts
	$(VENV)/bin/ruff format --check newsroom scripts
	$(VENV)/bin/mypy

## messages: refresh the translation catalogues from the code, then compile them
messages: install
	cd newsroom && ../$(PY) ../manage.py makemessages --all --no-obsolete --no-location -i "*/tests/*" -i "tests/*"
	$(PY) -m newsroom.core.compilemessages

## screenshots: PNGs of home, section and article pages under var/screenshots/
screenshots: demo
	$(PY) scripts/screenshots.py

## admin-screenshots: the admin pictures of docs/newsroom.md, on a scratch demo site, into docs/images/admin/
admin-screenshots: install
	$(PY) scripts/admin_screenshots.py

## bench: seed 100,000 articles in var/bench/, load-test the production server, print a table
bench: install
	@command -v wrk >/dev/null && [ -x /usr/sbin/nginx ] && [ -x /usr/sbin/varnishd ] || \
		(apt-get update -qq && apt-get install -y -qq wrk nginx varnish)
	$(PY) scripts/bench.py

clean:
	rm -rf var/static var/test-media
