"""A port call is a ship's visit to a port, no appeal: "calls" with "port" among its modifiers
is no event of its own (nouns.tsv call.n+port, calls.n+port), as a trade war is no fighting.

The lead's sixteenth sample, where "a ban on port calls by North Korean ships" coded an appeal
(020) by North Korea. The ban itself is still coded. Sentences written here from Japan's
sanctions on North Korea, renewed every one or two years since 2006.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2013, 4, 5)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Japan banned port calls by North Korean ships on Friday.", ("JPN", "PRK", "172")),
        (
            "Japan on Friday renewed its sanctions on North Korea, including a ban on port "
            "calls by North Korean vessels.",
            ("JPN", "PRK", "163"),
        ),
    ],
)
def test_a_port_call_is_no_appeal(coder, text, kept) -> None:
    found = coded_triples(coder, text, DAY)
    assert kept in found, found
    assert not any(c.startswith("02") for _, _, c in found), found


@pytest.mark.model
def test_calls_by_a_party_are_still_appeals(coder) -> None:
    # the appeal folds into the rejection: rejecting a call for talks (125)
    found = coded_triples(coder, "Japan rejected calls by North Korea for talks on Friday.", DAY)
    assert ("JPN", "PRK", "125") in found, found
