"""What an adopted resolution does, its adopter does, and sanctions beside a condemnation fall on
the condemned (events49, events/adopted_texts.py, events/condemned_sanctioned.py).

Sentences written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

DAY = dt.date(2013, 1, 23)


def _main(coder, text: str) -> set[tuple[str, str, str]]:
    return {
        (e.source or "?", e.target or "?", e.cameo)
        for e in coded_events(coder, text, DAY)
        if e.role == "main"
    }


@pytest.mark.model
def test_the_resolutions_acts_are_main_and_sanction_the_condemned(coder) -> None:
    found = _main(
        coder,
        "The Security Council adopted a resolution that condemned Iran's missile test and "
        "widened sanctions.",
    )
    assert ("IGOUNO", "IRN", "111") in found, found
    assert ("IGOUNO", "IRN", "163") in found, found


@pytest.mark.model
def test_a_named_target_of_the_sanctions_is_kept(coder) -> None:
    found = _main(
        coder,
        "The Security Council passed a resolution that condemned the test and imposed new "
        "sanctions on Iran.",
    )
    assert ("IGOUNO", "IRN", "163") in found, found


@pytest.mark.model
def test_a_relative_clause_on_a_person_stays_background(coder) -> None:
    found = _main(coder, "The envoy met an official who had condemned Iran's missile test.")
    assert not any(r[2].startswith("11") for r in found), found
