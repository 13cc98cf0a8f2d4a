"""Promise detection in passages (``contains_commitment``), as the PromiseEval benchmark uses it."""

from __future__ import annotations

import pytest

from pledgewatch.commitments.standalone import contains_commitment

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a commitment trigger or a phrase of organisational commitment
        ("The company will halve its landfill waste by 2030.", True),
        ("Our goal is to source all cotton responsibly.", True),
        # an organisation speaking for itself about its present practice or its record
        ("We track the water use of every dye house in our supply chain.", True),
        ("We have built a mentoring scheme for first-year engineers.", True),
        ("We are expanding the clinic network to rural districts.", True),
        # a past narrative, or a third party's practice, is no commitment
        ("We launched the recycling scheme in 2019.", False),
        ("The regulator publishes the audit results every spring.", False),
        ("Rainfall in the region was below average last year.", False),
    ],
)
def test_contains_commitment(nlp, text, expected):
    assert contains_commitment(nlp(text)) is expected
