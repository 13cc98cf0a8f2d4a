"""A checklist item counted from a day (``since``) evaluated as of an earlier day: nothing
counts yet, so it is not met and says so, on an action item as on a pledge item, instead of
naming an empty window (``checklists.evaluate``). Every sentence is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgewatch.checklists import MET, NOT_MET, evaluate_checklist
from pledgewatch.store import Store
from tests.test_ledger_story import E, add_document

CHECKLIST = """
title: Ruritania's steps
items:
  - id: meetings
    label: Meetings between Ruritania and Borduria
    promisor: RURGOV
    topic: talks
    requires_pledge: null
    requires_action: true
    since: 2031-06-01
  - id: pledged_talks
    label: Ruritania pledges talks
    promisor: RURGOV
    topic: talks
    requires_pledge: {min_strength: hedged, first_party: false, min_formality: anonymous}
    requires_action: false
    since: 2031-06-01
"""


@pytest.fixture
def checklist(tmp_path: Path) -> Path:
    path = tmp_path / "steps.yaml"
    path.write_text(CHECKLIST, encoding="utf-8")
    return path


def meeting(store: Store, doc: str, day: str) -> None:
    add_document(
        store,
        doc,
        day,
        [
            (
                "Envoys of Ruritania and Borduria met in Vienna on Monday.",
                [E("040", "RURGOV", "BDRGOV", action_text="met")],
            )
        ],
    )


@pytest.mark.parametrize("item", ["meetings", "pledged_talks"])
def test_before_its_first_day_an_item_is_not_counted_yet(
    store: Store, checklist: Path, item: str
) -> None:
    meeting(store, "early-meeting", "2031-05-12")
    got = evaluate_checklist(store, checklist, "2031-05-20", save=False).item(item)
    assert got.status == NOT_MET
    assert got.missing == ("not counted yet: the item counts from 2031-06-01",)
    assert got.evidence == ()


def test_from_its_first_day_the_item_is_judged(store: Store, checklist: Path) -> None:
    meeting(store, "early-meeting", "2031-05-12")
    meeting(store, "later-meeting", "2031-06-09")
    assert evaluate_checklist(store, checklist, "2031-06-10", save=False).item(
        "meetings"
    ).status == (MET)
    got = evaluate_checklist(store, checklist, "2031-06-02", save=False).item("meetings")
    assert got.status == NOT_MET
    assert got.missing == ("no action fulfilling talks by RUR between 2031-06-01 and 2031-06-02",)
