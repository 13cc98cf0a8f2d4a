"""No one is its own promisee: a promisee that is the promisor's own country (or the promisor)
is dropped, whatever the kind; a restart of a frozen site read as a refusal bound the North to
itself (grader29, issue 4). Sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.commitments.asked_parties import _no_self_promisee
from pledgewatch.model import Commitment
from tests.test_commitments_grader import _graded

DAY = dt.date(2015, 6, 2)


@pytest.mark.parametrize(
    ("promisor", "promisee", "kept"),
    [
        ("PRK", "PRK", None),
        ("PRKGOV", "PRK", None),
        ("IRNGOV", "IRNGOV", None),
        ("PRK", "USA", "USA"),
        ("KOROPP", "KORGOV", "KORGOV"),  # the opposition asks its own government: kept
    ],
)
def test_self_promisee_is_dropped(promisor, promisee, kept):
    commitment = Commitment(
        kind="refusal",
        strength="refused",
        promisor=promisor,
        promisee=promisee,
        topic="other",
        topic_text="the plant",
    )
    _no_self_promisee(commitment)
    assert commitment.promisee == kept


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Iran said it would resume enrichment at Fordow.",
        "North Korea said it would restart its plutonium reactor at Yongbyon.",
    ],
)
def test_no_graded_commitment_binds_its_promisor_to_itself(text):
    from pledgewatch.commitments.formality import country_of

    graded = _graded(text, DAY)
    assert graded
    for c in graded:
        if c.promisor and c.promisee:
            assert c.promisee != country_of(c.promisor), c
