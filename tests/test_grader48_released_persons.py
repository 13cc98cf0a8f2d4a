"""The people a demand asks to be freed are not its promisee (grading audit seed 48 #3,
grader48): "Manila called for the immediate release of the Filipino sailors" asks their jailer,
not the sailors, so the sailors are no promisee (``released_persons.yaml``); the subject of a
freeing verb ("urged Beijing to free the sailors") is the one asked and stays. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import graded_commitments

pytestmark = pytest.mark.model

DAY = dt.date(2012, 4, 20)


def _demands(text: str) -> set[tuple[str | None, str | None]]:
    return {(c.promisor, c.promisee) for c in graded_commitments(text, DAY) if c.kind == "demand"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the freed people named by a freeing noun's "of" phrase: no one named is asked
        ("Tokyo demanded the release of the detained fishermen.", {("JPNGOV", None)}),
        ("Kerry called for the release of all detained journalists.", {("USALEG", None)}),
        (
            "Seoul called for the return of the abducted South Korean fishermen.",
            {("KORGOV", None)},
        ),
        # with the freed people no promisee, the holder the story told seized them is asked
        (
            "Russian coast guards detained eleven Japanese fishermen on Monday. Tokyo demanded "
            "the release of the detained fishermen.",
            {("JPNGOV", "RUSMIL")},
        ),
        # the subject of the freeing verb is asked
        (
            "Seoul urged Pyongyang to release the six South Korean fishermen.",
            {("KORGOV", "PRKGOV")},
        ),
        ("Tokyo demanded that Beijing free the Japanese fishermen.", {("JPNGOV", "CHNGOV")}),
    ],
)
def test_the_people_asked_to_be_freed_are_not_the_one_asked(
    text: str, expected: set[tuple[str | None, str | None]]
) -> None:
    assert _demands(text) == expected
