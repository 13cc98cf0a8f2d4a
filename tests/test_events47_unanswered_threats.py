"""A threat held out on an "if" condition it does not answer names no target (events47).

mend22a read ``@unanswered_condition`` for the measures (events/named_targets.py,
events/conditional_threats.py); the threat's own target search
(events/far_targets.py ``condition_subjects``) now reads it too: a partner agreeing or approving
is no one the threat is aimed at. A failure of an act a rival is told to do
(``@failure_verb`` + ``@answered_failure``: "fails to free", "fails to comply") is answered, on
both readings; a body that "fails to act" is not. Sentences written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2017, 6, 12)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        ("Canada threatened sanctions if the European Union agreed to do the same.", "CAN", "1312"),
        ("Norway threatened to impose tariffs if Sweden approved the plan.", "NOR", "1312"),
    ],
)
def test_a_threat_on_a_partners_step_names_no_target(coder, text, source, code) -> None:
    found = coded_triples(coder, text, DAY)
    assert (source, "?", code) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threat on what the rival must do keeps the rival as target
        ("Canada threatened sanctions if Venezuela refused to free the prisoners.", "CAN VEN 1312"),
        ("Canada threatened sanctions if Venezuela fails to free the prisoners.", "CAN VEN 1312"),
        ("Norway threatened to expel diplomats unless Russia apologized.", "NOR RUS 136"),
        # force between states on a rival's failure to comply
        ("Turkey said it could use force if Greece fails to comply.", "TUR GRC 190"),
    ],
)
def test_a_threat_on_a_rivals_act_keeps_its_target(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert tuple(expected.split()) in found, found


@pytest.mark.model
def test_a_bodys_failure_to_act_is_still_unanswered(coder) -> None:
    found = coded_triples(
        coder, "Chile will consider sanctions if the Security Council fails to act.", DAY
    )
    assert ("CHL", "?", "014") in found, found
