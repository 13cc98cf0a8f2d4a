"""A joint economic undertaking is economic cooperation (061): "China and North Korea launched
the joint development of two economic zones", as joint drills are military cooperation.

nouns.tsv development.n+joint, project.n+joint; the lead's fifteenth sample, where the launch
coded nothing. Partners named together as the subject stay without a target, as with joint
drills (a light verb does not make its complement's act symmetric: measured, the development
sets code "X and Y renewed negotiations" with no target). Sentences written here from the
Rason and Hwanggumpyong zones of 2010-2012.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2011, 6, 8)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China and North Korea on Wednesday launched the joint development of two islands "
            "in the Yalu River.",
            {("CHN", "?", "061"), ("PRK", "?", "061")},
        ),
        (
            "China and North Korea started a joint mining project in Musan on Monday.",
            {("CHN", "?", "061"), ("PRK", "?", "061")},
        ),
        (
            "China agreed on Tuesday to the joint development of two islands with North Korea.",
            {("CHN", "PRK", "0311")},
        ),
    ],
)
def test_a_joint_undertaking_is_economic_cooperation(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected <= found, found


@pytest.mark.model
def test_a_development_that_is_not_joint_is_no_cooperation(coder) -> None:
    found = coded_triples(
        coder, "North Korea announced the development of a new missile on Tuesday.", DAY
    )
    assert not any(c.startswith("06") for _, _, c in found), found
