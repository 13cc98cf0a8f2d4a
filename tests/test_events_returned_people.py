"""People sent or handed back across a border are returned (0841), as "repatriated" is.

verbs.tsv send.v_back+people, return.v+people, return.v_to+people, hand.v_back+people; the
sentences are written here from the returns of fishermen and crews between the Koreas.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2011, 3, 27)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target_country"),
    [
        ("South Korea sent 27 North Koreans back across the sea border on Sunday.", "KOR", "PRK"),
        ("South Korea returned four North Korean fishermen to the North on Friday.", "KOR", "PRK"),
        ("South Korea returned four fishermen to North Korea on Friday.", "KOR", "PRK"),
        ("Seoul sent back the crew of a North Korean fishing boat.", "KORGOV", "PRK"),
        ("South Korea handed back three North Korean fishermen at Panmunjom.", "KOR", "PRK"),
    ],
)
def test_people_sent_back_are_returned(coder, text, source, target_country) -> None:
    found = coded_triples(coder, text, DAY)
    assert any(
        s == source and t.startswith(target_country) and code == "0841" for s, t, code in found
    ), found


@pytest.mark.model
def test_returning_to_talks_is_no_return_of_people(coder) -> None:
    assert_coded(
        coded_triples(coder, "Japan returned to the talks on Friday.", DAY),
        ("JPN", "?", "046"),
        ("JPN", "?", "0841"),
    )


@pytest.mark.model
def test_inspectors_sent_back_are_a_visit(coder) -> None:
    """Inspectors are actors too, but sending them back is their visit again, not a return."""
    found = coded_triples(
        coder, "The IAEA said it was ready to send inspectors back to North Korea.", DAY
    )
    assert_coded(found, ("IGOUNOIAE", "PRK", "036"), ("IGOUNOIAE", "PRK", "0353"))
