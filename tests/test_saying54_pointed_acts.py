"""Whose acts a saying's subject points at (saying54): acts in general pointed back at ("these
steps", events/anaphoric_acts.py) and a state's own ships or forces in its announcement
(events/announced_forces.py).

Sentences written here, from facts of other countries and years.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2009, 6, 2)


@pytest.mark.model
def test_these_steps_are_the_acts_told_before(coder) -> None:
    text = (
        "Iran will test more missiles. It will also launch a satellite. "
        "These steps will target Israel."
    )
    found = coded_readings(coder, text, DAY)
    assert ("IRN", "ISR", "138", "future") in found, found
    assert not any(r[2].startswith("19") for r in found), found


@pytest.mark.model
def test_steps_of_two_countries_lend_no_doer(coder) -> None:
    text = "Iran tested a missile and Israel bombed a site. These steps will target Syria."
    found = coded_readings(coder, text, DAY)
    assert not any(r[1] == "SYR" and r[0] in ("IRN", "ISR") for r in found), found


@pytest.mark.model
def test_announced_warship_is_the_announcers(coder) -> None:
    text = (
        "Japan announced that the aircraft carrier Kaga will join Philippine ships for joint "
        "drills in the South China Sea."
    )
    found = coded_readings(coder, text, DAY)
    assert ("JPN", "PHL", "062", "future") in found, found


@pytest.mark.model
def test_warships_told_as_done_are_not_the_speakers(coder) -> None:
    found = coded_readings(coder, "Japan said the warships entered its waters.", DAY)
    assert not any(r[0] == "JPN" and r[2] == "150" for r in found), found


@pytest.mark.model
def test_killed_in_the_barrage_by_the_shellers_on_their_day(coder) -> None:
    from pledgewatch.events import DocContext

    text = (
        "Russian artillery shelled the village on Tuesday. "
        "Two Georgian soldiers were killed in the barrage."
    )
    found = coder.code_text(text, DocContext(doc_id="t", date=dt.date(2008, 8, 14))).findings
    killing = [f.event for f in found if f.event.target == "GEOMIL" and f.event.cameo == "190"]
    assert killing, [(f.event.source, f.event.target, f.event.cameo) for f in found]
    assert killing[0].source == "RUSMIL"
    assert killing[0].date == dt.date(2008, 8, 12)


@pytest.mark.model
def test_own_dead_in_the_barrage_are_not_its_target(coder) -> None:
    text = (
        "Russian artillery shelled the village on Tuesday. "
        "Two Russian soldiers were killed in the barrage."
    )
    found = coded_readings(coder, text, DAY)
    assert not any(r[0] == "RUSMIL" and r[1] == "RUSMIL" for r in found), found
