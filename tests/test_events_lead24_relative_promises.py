"""An object noun whose relative clause tells it done by a doer is an act of its own.

"North Korea would break the promise that Pyongyang made" is a breach (128, events52's
break.v+commitment) and names the promise made (030, asserted: events51's relative doers). The
verb's pattern was matched on the noun, which used to absorb it, so the promise was lost once
"break" learnt to code breaches. Sentences written here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2015, 6, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Venezuela would break the promise that Caracas made in April.",
            {("VEN", "?", "128", "hypothetical"), ("VENGOV", "?", "030", "asserted")},
        ),
        (
            "Iran broke the promise that Tehran made last year.",
            {("IRN", "?", "128", "asserted"), ("IRNGOV", "?", "030", "asserted")},
        ),
    ],
)
def test_a_breach_names_the_promise_made(coder, text, expected) -> None:
    found = coded_readings(coder, text, DAY)
    assert expected <= found, found


@pytest.mark.model
def test_a_noun_with_no_doer_of_its_own_stays_absorbed(coder) -> None:
    found = coded_readings(coder, "Venezuela broke its promise.", DAY)
    assert ("VEN", "?", "128", "asserted") in found
    assert not any(code == "030" for _, _, code, _ in found), found
