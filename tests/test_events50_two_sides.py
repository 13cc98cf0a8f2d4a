"""Both sides of a meeting: a bare "two Koreas" is each of the pair, and a name joined by "and"
to the next is its conjunct (events50, actors/pairs.py, events/joined_names.py).

Sentences written here. "Envoys of two Koreas meet in Bali" is a meeting of PRK's and KOR's
envoys, not Indonesia's; "President X and Chinese President Y met" has both as subjects (the
parser read the first name as a modifier of the second).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2014, 10, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Nuclear envoys of two Koreas meet in Jakarta",
        "Nuclear envoys of the two Koreas met in Jakarta on Friday.",
    ],
)
def test_a_pair_name_is_both_countries(coder, text: str) -> None:
    found = coded_triples(coder, text, DAY)
    assert ("PRKGOV", "KORGOV", "040") in found, found
    assert ("KORGOV", "PRKGOV", "040") in found, found
    assert not any(src.startswith("IDN") for src, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "South Korean President Park Geun-hye and Chinese President Xi Jinping met on "
            "Thursday.",
            {("KORGOV", "CHNGOV", "040"), ("CHNGOV", "KORGOV", "040")},
        ),
        (
            "President Park Geun-hye and Chinese President Xi Jinping agreed on Thursday to "
            "expand trade.",
            {("KORGOV", "?", "036"), ("CHNGOV", "?", "036")},
        ),
    ],
)
def test_a_name_joined_by_and_is_a_conjunct(coder, text: str, rows: set) -> None:
    found = coded_triples(coder, text, DAY)
    assert {(s, t, c[:2]) for s, t, c in rows} <= {(s, t, c[:2]) for s, t, c in found}, found


@pytest.mark.model
def test_a_country_name_with_and_stays_one_name(coder) -> None:
    found = coded_triples(coder, "Trinidad and Tobago President Anthony Carmona met Obama.", DAY)
    assert any(src.startswith("TTO") for src, _, _ in found), found
