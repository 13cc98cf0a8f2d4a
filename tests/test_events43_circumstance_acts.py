"""An earlier act named as another's circumstance is asserted and has no day (events43).

Sentences written here (events/circumstance_acts.py, modality.yaml
``circumstance_prepositions``, ``unmade_modifiers``): "urged restraint after the shelling of X"
does not make the shelling recommended, and "on Tuesday asked ... over the seizure of its
boat" does not date the seizure Tuesday. An indefinite or planned act is no earlier one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

DAY = dt.date(2012, 5, 10)


def _by_code(coder, text: str) -> dict[str, tuple[str, dt.date | None]]:
    return {e.cameo: (e.modality, e.date) for e in coded_events(coder, text, DAY)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code", "modality", "date"),
    [
        (
            "Russia urged Armenia to show restraint after the shelling of Yerevan by Azerbaijan.",
            "194",
            "asserted",
            None,
        ),
        (
            "Japan on Tuesday asked the Security Council to take action against China over the "
            "seizure of its fishing boat.",
            "1711",
            "asserted",
            None,
        ),
        (  # the appeal keeps its own day
            "Japan on Tuesday asked the Security Council to take action against China over the "
            "seizure of its fishing boat.",
            "020",
            "asserted",
            dt.date(2012, 5, 8),
        ),
    ],
)
def test_a_circumstance_act_is_earlier(coder, text, code, modality, date) -> None:
    found = _by_code(coder, text)
    assert code in found, found
    assert found[code] == (modality, date), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russia urged Armenia to show restraint after any shelling of Yerevan by Azerbaijan.",
        "Russia urged Armenia to show restraint after the planned shelling of Yerevan by "
        "Azerbaijan.",
    ],
)
def test_an_indefinite_or_planned_act_is_no_circumstance(coder, text) -> None:
    found = _by_code(coder, text)
    assert found.get("194", ("", None))[0] != "asserted", found
