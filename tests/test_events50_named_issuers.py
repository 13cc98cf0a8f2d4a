"""A text issued "in the name of" or "on behalf of" its issuers is theirs (events50,
events/named_issuers.py, a parse repair).

Sentences written here. The issuers are the statement's sources, and a later member of their
list is no target of the issuing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2016, 5, 9)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The statement was issued in the name of the Cuban government, the ruling party and "
        "other organizations.",
        "The statement was issued on behalf of the Cuban government.",
    ],
)
def test_the_issuers_are_the_source(coder, text: str) -> None:
    found = coded_triples(coder, text, DAY)
    assert ("CUBGOV", "?", "010") in found, found
    assert not any(src == "?" for src, _, _ in found), found


@pytest.mark.model
def test_no_text_no_issuer(coder) -> None:
    found = coded_triples(coder, "The attack was carried out in the name of the people.", DAY)
    assert not any(code == "010" for _, _, code in found), found
