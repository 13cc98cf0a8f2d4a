"""The owner of a compound object the parser tags a verb is the target (events50,
events/attachments.py restore_compound_noun).

Sentences written here. "dismisses the North's talks offer as a ploy": the parser may make
"offer" the object and still tag it a verb; the possessive then hung on "talks" was lost, and
the rejection had no target. A "talks offer" is an offer of talks (036, nouns.tsv
offer.n+talks): its rejection is 125, as that of an "offer of talks" is, not 127.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2014, 2, 11)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Seoul dismisses North's talks offer as propaganda", "PRK"),
        ("Seoul dismisses the North's talks offer as propaganda", "PRK"),
        ("Tokyo dismisses Beijing's talks offer as propaganda", "CHNGOV"),
    ],
)
def test_the_offers_owner_is_the_target(coder, text: str, target: str) -> None:
    found = coded_triples(coder, text, DAY)
    assert any(tgt == target and code == "125" for _, tgt, code in found), found
