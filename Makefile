# Two commands set everything up on a fresh machine (see README.md):
#   make sample   install into .venv, then register and collect the bundled sample consultation
#   make test     run the test suite on SQLite, then on PostgreSQL when HOERING_TEST_DATABASE
#                 names a server (postgresql://user@host:port/postgres; .ci/run starts one)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE_ARCHIVE ?= .sample-archive
HOERING := $(BIN)/hoering --archive $(SAMPLE_ARCHIVE)

.PHONY: install sample test lint bench locale

$(BIN)/hoering: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

install: $(BIN)/hoering

sample: install
	$(HOERING) new aktivering --config corpus/hoering.toml
	$(HOERING) collect aktivering corpus/responses
	$(HOERING) note aktivering -o $(SAMPLE_ARCHIVE)/overblik.docx
	$(HOERING) note aktivering -o $(SAMPLE_ARCHIVE)/overblik.html
	$(HOERING) status aktivering

test: install
	env -u HOERING_TEST_DATABASE HOERING_TEST_BACKEND=sqlite $(BIN)/pytest
	@if [ -n "$$HOERING_TEST_DATABASE" ]; then \
		echo "== the test suite again, on PostgreSQL =="; $(BIN)/pytest; \
	elif [ "$$CI" = true ]; then \
		echo "CI: HOERING_TEST_DATABASE is not set: the suite must run on PostgreSQL too" >&2; exit 1; \
	fi

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python -m bench

# Click's Danish messages: compile the .po into the .mo beside it (both are committed).
locale: install
	$(BIN)/python -c "from babel.messages import mofile, pofile; \
	p = 'hoering/locale/da/LC_MESSAGES/hoering'; \
	mofile.write_mo(open(p + '.mo', 'wb'), pofile.read_po(open(p + '.po', 'rb')))"
