"""A temporal phrase closed by a passive reporting verb is a clause of the main act (events43).

Sentences written here (events/temporal_passives.py): "X sealed its border after the killing of
Y was announced" is X's act, asserted; the small parser made "announced" the root and the act
its reported content. The repair is also checked on the parse itself, and it leaves a reporting
verb with a subject of its own alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.events.temporal_passives import restore_temporal_passive
from tests.conftest import coded_readings

DAY = dt.date(2012, 11, 16)
REPORTING = frozenset({"announce", "confirm", "report", "say"})
TEMPORAL = frozenset({"after", "before", "since", "following"})


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Egypt sealed its border after the killing of Ahmed Jabari was announced.",
            ("EGY", "?", "191", "asserted"),
            ("EGY", "?", "191", "reported"),
        ),
        (  # a reporting verb with its own subject still frames its content
            "Cairo announced that Egypt sealed its border.",
            ("EGY", "?", "191", "reported"),
            ("EGY", "?", "191", "asserted"),
        ),
    ],
)
def test_an_act_before_a_passive_announcement_is_asserted(coder, text, expected, absent) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("Egypt sealed its border after the killing of Ahmed Jabari was announced.", True),
        # the phrase does not run up to the auxiliary: not the shape
        ("Egypt sealed its border after the killing, it was announced.", False),
        ("Egypt said it sealed its border after the killing.", False),
    ],
)
def test_the_repair_rehangs_only_the_misread_shape(nlp, text, changed) -> None:
    doc = nlp(text)
    sentence = next(iter(doc.sents))
    misread = any(t.dep_ == "ROOT" and t.lemma_ == "announce" for t in sentence)
    assert restore_temporal_passive(sentence, REPORTING, TEMPORAL) is (changed and misread)
    if changed and misread:
        root = next(t for t in sentence if t.dep_ == "ROOT")
        assert root.lemma_ == "seal"
        announced = next(t for t in sentence if t.lemma_ == "announce")
        assert announced.dep_ == "advcl" and announced.head.i == root.i
        assert any(c.dep_ == "mark" and c.lower_ == "after" for c in announced.children)
        assert any(c.dep_ == "nsubjpass" and c.lower_ == "killing" for c in announced.children)
