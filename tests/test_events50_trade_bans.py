"""Forbidding people from trading or investing is an economic sanction, and the forbidden trade
is no act done (events50, verbs.tsv *.v_from+trade, modality.yaml prohibiting_governors).

Sentences written here. "ban X from investing in Y" is 163, as "banned imports from Y" is, not
the generic ban (172); the investing and importing are negated, not asserted cooperation.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2012, 4, 17)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The new rules ban Canadians from investing in Iran and from importing Iranian oil.",
        "Canada barred its companies from investing in Myanmar.",
        "The European Union prohibited its firms from buying Syrian crude.",
    ],
)
def test_a_trade_ban_is_a_sanction_and_the_trade_is_not_done(coder, text: str) -> None:
    found = coded_readings(coder, text, DAY)
    assert any(code == "163" for _, _, code, _ in found), found
    assert not any(code.startswith("17") for _, _, code, _ in found), found
    trade = [(m) for _, _, code, m in found if code.startswith("06")]
    assert all(m == "negated" for m in trade), found


@pytest.mark.model
def test_a_ban_on_travel_stays_a_movement_restriction(coder) -> None:
    found = coded_readings(
        coder, "The government barred the reporters from leaving the country.", DAY
    )
    assert any(code == "191" for _, _, code, _ in found), found


@pytest.mark.model
def test_an_investment_not_forbidden_stays_asserted(coder) -> None:
    found = coded_readings(coder, "Chinese firms invested heavily in Myanmar.", DAY)
    assert any(code == "061" and m == "asserted" for _, _, code, m in found), found
