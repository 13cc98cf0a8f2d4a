"""The act an apology, compensation or responsibility is for is named, not told (events45,
events/circumstance_acts.py ``redressed_act``, modality.yaml ``redress_words``).

Sentences written here. "demanded that Ankara apologize for the downing of the jet": the
downing happened before, so it is no main event of the story's day, whatever the demand's
modality: it is "mentioned", asserted (reported when framed) and undated. The demand keeps its
own role and day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_events

DAY = dt.date(1996, 2, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Athens demanded that Ankara apologize for the downing of the Greek jet.",
        "Hanoi demanded that Beijing pay compensation for the sinking of its fishing boat.",
        "Lima said Quito must take responsibility for the shelling of the Peruvian border post.",
        "Tokyo demanded an apology for the attack on its embassy.",
    ],
)
def test_redressed_attack_is_mentioned_and_undated(coder, text) -> None:
    events = coded_events(coder, text, DAY)
    attacks = [e for e in events if e.cameo[:2] in ("18", "19", "20")]
    assert attacks, [(e.cameo, e.role) for e in events]
    for event in attacks:
        assert event.role == "mentioned", (event.cameo, event.role, event.why)
        assert event.date is None, (event.cameo, event.date)
        assert event.modality in ("asserted", "reported"), event.modality


@pytest.mark.model
def test_the_demand_keeps_its_day(coder) -> None:
    events = coded_events(
        coder, "Athens demanded that Ankara apologize for the downing of the Greek jet.", DAY
    )
    demands = [e for e in events if e.cameo.startswith("10")]
    assert demands and all(e.role == "main" and e.date == DAY for e in demands), demands


@pytest.mark.model
def test_an_act_not_redressed_stays_main(coder) -> None:
    events = coded_events(coder, "Turkish jets shelled the border post on Friday.", DAY)
    assert any(e.cameo.startswith("19") and e.role == "main" for e in events), events
