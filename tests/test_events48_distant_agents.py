"""A passive's comma-set "by" agent after a long object is the passive's doer (events48).

Sentences written here (events/distant_agents.py): "X was accused of stealing funds, much of
it hidden abroad, by Y" is Y's accusation of X; the small parser hung "by Y" on the last verb,
and the accusation had no accuser. Deadlines ("by Friday") and phrases with two passives
before them stay as parsed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events.distant_agents import restore_distant_agent
from tests.conftest import assert_coded, coded_readings

DAY = dt.date(2004, 6, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Peruvian minister was accused of stealing public money, much of it hidden"
            " abroad, by Chilean officials.",
            ("CHLGOV", "PERGOV", "1121", "asserted"),
        ),
        (  # the parser's root "thought" still makes the accusation a report
            "The Peruvian minister was accused of stealing public money, much of it thought to"
            " have been sent abroad, by Chilean officials.",
            ("CHLGOV", "PERGOV", "1121", "reported"),
        ),
    ],
)
def test_a_distant_agent_accuses(coder, text, expected) -> None:
    assert_coded(coded_readings(coder, text, DAY), expected)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "changed"),
    [
        (
            "The Peruvian minister was accused of stealing public money, much of it hidden"
            " abroad, by Chilean officials.",
            True,
        ),
        # a deadline, not a doer
        ("The Peruvian minister was told to return the money, all of it, by Friday.", False),
        # no comma: the parser's attachment stands
        ("The Peruvian minister was accused by Chilean officials of stealing money.", False),
        # two finite passives: the phrase could be either's
        (
            "The minister was accused after the money was found abroad, by Chilean officials.",
            False,
        ),
    ],
)
def test_the_repair_moves_only_a_final_comma_set_agent(nlp, text, changed) -> None:
    sentence = next(iter(nlp(text).sents))
    accused = next(t for t in sentence if t.lemma_ in ("accuse", "tell"))
    before = any(c.dep_ == "agent" and c.lower_ == "by" for c in accused.children)
    assert restore_distant_agent(sentence) is (changed and not before)
    if changed:
        assert any(c.dep_ == "agent" and c.lower_ == "by" for c in accused.children)
