"""A headline too short to name its topic takes its body twin's topics (and promisee, when it
names none): "ready to consider moratorium" is the body's moratorium on nuclear tests; a
headline whose body tells another act keeps ``other`` (``commitments.headline_voice``; grading
audit seed 67 #7 and #16, grader43). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model

DAY = dt.date(2025, 9, 30)


def _headline(title: str, body: str) -> list[tuple[str, str | None, str, str | None]]:
    """(kind, promisor, topic, promisee) of each pledge graded in the headline."""
    from pledgewatch.coding import context_for_text, shared_coder

    ctx = context_for_text(DAY, title=title)
    _sentences, events, _flags = shared_coder().code_text(f"{title}\n\n{body}", ctx)
    return [
        (c.kind, c.promisor, c.topic, c.promisee)
        for e in events
        if (c := e.commitment) is not None and c.in_headline and c.kind != "statement"
    ]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Kremlin says Bolivia ready to consider moratorium during talks",
            "Kremlin spokeswoman Maria Ivanova said that in the course of the talks, Bolivia "
            "will be ready to resolve the question of a moratorium on nuclear tests.",
            [("promise", "BOL", "nuclear_test_moratorium", None)],
        ),
        (
            "Bolivia says it is no longer bound by nuclear deal",
            "Bolivia said on Tuesday that it was no longer bound by its agreement with Peru to "
            "suspend nuclear and missile tests.",
            [("refusal", "BOL", "missile_launch_moratorium", "PER")],
        ),
    ],
)
def test_a_headline_takes_its_body_twins_topic(
    title: str, body: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert _headline(title, body) == expected


def test_a_body_of_another_act_lends_no_topic() -> None:
    found = _headline(
        "Bolivia ready to consider proposal",
        "Bolivia will suspend nuclear tests, the ministry said.",
    )
    assert all(topic == "other" for _, _, topic, _ in found)
