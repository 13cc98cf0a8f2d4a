"""An organisation a statement is made "at" is where it was made, not whom it was made to
(events51).

Sentences written here (events/event_pairs.py ``a_venue``): "spoke at the United Nations" has no
target; an appeal addressed to the organisation ("appealed to the United Nations", "appealed for
help at the United Nations") keeps it as its target.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2014, 9, 25)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Iranian envoy spoke at the United Nations on Wednesday.",
        "The Cuban foreign minister spoke at the United Nations about the embargo.",
    ],
)
def test_a_statement_at_an_organisation_is_made_there(coder, text) -> None:
    found = coded_triples(coder, text, DAY)
    assert found and not any(t.startswith("IGOUNO") for _, t, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran appealed to the United Nations on Wednesday.", ("IRN", "IGOUNO", "020")),
        ("Iran appealed for help at the United Nations.", ("IRN", "IGOUNO", "023")),
    ],
)
def test_an_appeal_to_an_organisation_keeps_it(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
