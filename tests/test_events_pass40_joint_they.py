"""A "they" after coordinated persons is all of them (events40).

"Merkel and Sarkozy said they would ..." left "they" unresolved: a lone person is "he" or
"she", so persons were never "they", even coordinated. Coordinated persons now are, in the
pronoun's own sentence (the coder then reads the conjoined subject whole) and from an earlier
sentence (the other conjuncts come as twins of "they"); a lone person is still no "they".
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2014, 9, 10)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cameron and Hollande said they would send aid to the Kurds.",
            {("GBRGOV", "FRAGOV")},
        ),
        (
            "Putin and Xi said they would sign a gas deal with Mongolia.",
            {("RUSGOV", "CHNGOV")},
        ),
        # from an earlier sentence: each of the two
        (
            "Modi and Sharif met in Kathmandu on Thursday. They agreed to resume talks.",
            {("INDGOV", "PAK")},  # "Sharif" is two Pakistani leaders
        ),
    ],
)
def test_they_after_coordinated_persons_is_each(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    pronoun_sources = {s for s, _, code in found if code[:2] in ("02", "03", "05", "07")}
    for pair in expected:
        assert set(pair) <= pronoun_sources, found


@pytest.mark.model
def test_lone_person_is_still_no_they(coder) -> None:
    found = coded_triples(coder, "Cameron said they would send aid to the Kurds.", DAY)
    assert not any(s == "GBRGOV" and code.startswith("07") for s, _, code in found), found
