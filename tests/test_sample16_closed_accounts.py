"""A bank closing a party's accounts cuts it off as freezing them does: a sanction (163).

verbs.tsv close.v+account, shut.v+account; the lead's sixteenth sample, where "the Bank of China
said it had closed the account of North Korea's main foreign exchange bank" coded only the
saying. PETRARCH2 codes FREEZE {BANK ACCOUNT} as 163. Sentences written here from the Chinese
banks' steps of May 2013.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2013, 5, 7)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China Construction Bank closed the accounts of North Korea's Foreign Trade Bank "
            "on Tuesday.",
            ("CHNBUS", "PRKBUS", "163", "asserted"),
        ),
        (
            "The Bank of China said on Tuesday it had shut the account of a North Korean bank.",
            ("CHNBUS", "PRKBUS", "163", "reported"),
        ),
    ],
)
def test_closing_a_partys_accounts_is_a_sanction(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected in found, found
