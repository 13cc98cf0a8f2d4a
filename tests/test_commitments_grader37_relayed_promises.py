"""A promise relayed by the one it was made to ("X said that Y had promised her it would ..."):
the speaker is X, who says so, not Y (whose "promised" the reporting chain reads as its
innermost level), and the promisee is X, the person the object pronoun stands for
(``commitments.relayed_promises``, ``relayed_promises.yaml``; grading audit, seed 62 #6). A
promise verb with no level above keeps its own subject as speaker. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.builders import promises_of

pytestmark = pytest.mark.model

DAY = dt.date(2031, 4, 9)


def _promise(text: str) -> tuple[str | None, str | None, str | None]:
    """(promisor, promisee, speaker) of the one promise of ``text``."""
    found = promises_of(text, DAY)
    assert len(found) == 1, found
    c = found[0]
    return c.promisor, c.promisee, c.speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Former Peruvian minister Ana Ruiz said on Tuesday that Bolivia had promised her it "
            "would let U.N. inspectors return.",
            ("BOL", "PERELI", "PERELI"),
        ),
        (
            "The Peruvian envoy said Chile promised him that it would free the fishermen.",
            ("CHL", "---AGR", "PERGOV"),  # the fishermen are the act's own target, as before
        ),
        # a named hearer stays as it was read; the speaker is who says so
        (
            "Peru said Bolivia had promised Chile it would let inspectors return.",
            ("BOL", "CHL", "PER"),
        ),
    ],
)
def test_the_one_who_relays_the_promise_speaks(text: str, expected: tuple) -> None:
    assert _promise(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia promised Peru it would free the fishermen.", ("BOL", "---AGR", "BOL")),
        # a country says so: "him" cannot stand for it
        (
            "Peru said Bolivia had promised him it would let inspectors return.",
            ("BOL", None, "PER"),
        ),
    ],
)
def test_no_level_above_or_no_person_keeps_the_reading(text: str, expected: tuple) -> None:
    assert _promise(text) == expected
