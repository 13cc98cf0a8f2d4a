"""An act named as the subject of a clause of time or condition frames the main act; it is no
news of its own (events49, events/extract.py with sentence_roles.in_background_clause).

Sentences written here. "will keep its deterrent while the U.S. threat continues": the threat
is the speaker's framing, not an asserted U.S. threat of that day; "Clashes erupted" alone is
still the clause's own act.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

DAY = dt.date(2013, 2, 12)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang will not abandon its nuclear arsenal while the American threat continues.",
        "The North will keep its weapons as long as the U.S. threat remains.",
    ],
)
def test_a_threat_in_a_while_clause_is_not_main(coder, text) -> None:
    rows = [(e.source, e.cameo[:2], e.role) for e in coded_events(coder, text, DAY)]
    assert not any(r[0] == "USA" and r[2] == "main" for r in rows), rows
