"""An exchange of technology or intelligence goes both ways: "North Korea and Iran exchanged
missile technology" is PRK -> IRN and IRN -> PRK; what it is "on" is its topic, no party.

verbs.tsv exchange.v+expertise and exchange.v+intelligence (flags sym, about); the lead's
fifteenth sample. Sentences written here from reports on North Korea's arms trade, 2010-2012.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2011, 5, 14)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "a", "b", "code"),
    [
        (
            "North Korea and Syria regularly exchanged nuclear technology, the report said.",
            "PRK",
            "SYR",
            "060",
        ),
        (
            "North Korea exchanged missile technology with Iran, the panel said.",
            "PRK",
            "IRN",
            "060",
        ),
        (
            "Japan and South Korea exchanged intelligence on the North's missile launch.",
            "JPN",
            "KOR",
            "064",
        ),
    ],
)
def test_an_exchange_goes_both_ways(coder, text, a, b, code) -> None:
    found = coded_triples(coder, text, DAY)
    assert (a, b, code) in found, found
    assert (b, a, code) in found, found


@pytest.mark.model
def test_the_topic_of_an_exchange_is_no_party(coder) -> None:
    found = coded_triples(
        coder, "Japan and South Korea exchanged intelligence on North Korea on Tuesday.", DAY
    )
    assert not any(t == "PRK" and c == "064" for _, t, c in found), found
