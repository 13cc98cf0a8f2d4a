"""Paying respects, homage or tribute is a symbolic act toward the one honoured (017).

verbs.tsv pay.v+respects; the lead's sixteenth sample, where a condolence delegation's "to pay
respects to the late Kim Jong Il" coded nothing. PETRARCH2 codes PAY RESPECTS, HOMAGE, TRIBUTE
as 017. Sentences written here from the condolence visits of December 2011.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2011, 12, 26)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A South Korean delegation paid its respects to Kim Jong Il in Pyongyang on Monday.",
            ("KORGOV", "PRKELI", "017"),
        ),
        (
            "The Chinese ambassador paid tribute to the late North Korean leader on Tuesday.",
            ("CHNGOV", "PRKELI", "017"),
        ),
        (
            "Russian President Dmitry Medvedev paid homage to Kim Jong Il on Tuesday.",
            ("RUSGOV", "PRKELI", "017"),
        ),
    ],
)
def test_paying_respects_is_a_symbolic_act(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
