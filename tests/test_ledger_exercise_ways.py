"""A military-exercises pledge goes one of two ways, as a sanctions pledge does.

"The allies will hold a large naval exercise" is kept by the exercise held; "will suspend the
spring drills" is broken by it. The way is read in the pledge's own words
(``direction`` of ``military_exercises`` in data/ledger/topic_actions.yaml); while no wording
tells, no exercise keeps or breaks the pledge. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from pledgewatch.ledger.topic_actions import load_topic_actions


@pytest.mark.parametrize(
    ("text", "clause", "expected"),
    [
        (
            "Gates said the allies will hold a large naval exercise off the peninsula.",
            "the allies will hold a large naval exercise off the peninsula",
            ("reversed", "hold"),
        ),
        (
            "Seoul said it would suspend the spring drills with U.S. forces.",
            "it would suspend the spring drills with U.S. forces",
            ("as written", "suspend*"),
        ),
        (
            "The two allies agreed to scale back the summer exercises.",
            "The two allies agreed to scale back the summer exercises",
            ("as written", "scale back"),
        ),
        # no way said: no exercise keeps or breaks it
        ("The exercises were discussed by the ministers.", None, None),
    ],
)
def test_an_exercises_pledge_is_read_the_way_its_words_go(
    text: str, clause: str | None, expected: tuple[str, str] | None
) -> None:
    found = load_topic_actions().direction_of(
        "military_exercises",
        text,
        topic_text="exercise" if "exercise" in text else "drills",
        clause=clause,
    )
    assert found == expected
