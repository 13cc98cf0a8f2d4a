"""What a demand is about is not whom it asks: "demanded an apology over X" (events42).

Sentences written here (events/demand_topics.py): an actor of the demander's own side in the
"over"/"about" topic of a demand, an appeal or a complaint (its own ship, its own soldiers) is
no target; the one asked, when named ("from Israel"), is. A complaint is aimed at what it is
about, its own side's institution too; only the wronged nested in its topic, or a named ship of
its own, is dropped (mend21b).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_triples
from tests.test_events42_helpers import story_triples

DAY = dt.date(2010, 6, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Turkey demanded an apology over the deaths of Turkish soldiers.",
            ("TUR", "?", "102"),
            ("TUR", "TURMIL", "102"),
        ),
        (
            "Turkey demanded an apology from Israel over the raid on the Turkish ship.",
            ("TUR", "ISR", "102"),
            None,
        ),
        (
            "Ankara demanded an apology over the killing of Turkish activists.",
            ("TURGOV", "?", "102"),
            ("TURGOV", "TUROPP", "102"),
        ),
    ],
)
def test_the_topic_of_a_demand_is_not_the_one_asked(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
def test_a_headline_demand_over_its_own_ship(coder) -> None:
    found = story_triples(
        coder,
        "Turkey recalled its ambassador from Israel on Tuesday.",
        DAY,
        title="Ankara demands apology over killing of Turkish activists",
    )
    assert not any(
        target.startswith("TUR") and code.startswith("10") for _, target, code in found
    ), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Netanyahu complained about the Israeli Supreme Court on Monday.",
            ("ISRGOV", "ISRJUD", "110"),
            ("ISRGOV", "?", "110"),
        ),
        (
            "Putin complained about the Russian parliament on Friday.",
            ("RUSGOV", "RUSLEG", "110"),
            ("RUSGOV", "?", "110"),
        ),
        (  # the wronged nested in the topic noun stays dropped
            "Ankara complained over the killing of Turkish activists.",
            ("TURGOV", "?", "110"),
            ("TURGOV", "TUROPP", "110"),
        ),
        (  # a named ship of its own is the wronged too
            "Seoul complained over the Cheonan.",
            ("KORGOV", "?", "110"),
            ("KORGOV", "KORMIL", "110"),
        ),
    ],
)
def test_a_complaint_about_its_own_institution_keeps_it(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)
