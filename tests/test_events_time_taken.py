"""A dummy "it" with a span of time: "it could take months to restart the reactor".

The infinitive's act has no doer there; before, it inherited "it", which salience resolved to
the last country named, so an estimate by experts became that country's restart.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2013, 4, 3)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "China urged restraint. Experts said it could take months to restart the reactor.",
            ("CHN", "?", "150"),
        ),
        (
            "Russia asked for calm. Analysts said it would take years to resume enrichment.",
            ("RUS", "?", "150"),
        ),
    ],
)
def test_no_doer_after_a_dummy_it(coder, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in coded_triples(coder, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "take measures to": "it" is the speaker, and keeps the act
        (
            "Pyongyang said it would take measures to restart the reactor.",
            ("PRKGOV", "?", "150"),
        ),
    ],
)
def test_a_real_it_keeps_its_act(coder, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_triples(coder, text, DAY)
