"""Ledger31: an act told by a count of days whose action text stops at the count ("began four
days" [of naval drills]) is found by its topic's rules, which read what the count counts from
the sentence (``spans.counted_act``); and drills told by their first day are a span of days
(``data/ledger/act_spans.yaml``), so their second day, told in another report, is the same act.
Before, the first day's telling carried no drill word and was no act of the pledge. Every
sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pledgewatch.ledger import load_pledge, pledge_status_at, rebuild_ledger
from pledgewatch.ledger.spans import counted_act, told_span
from pledgewatch.ledger.topic_actions import load_topic_actions, match_event
from pledgewatch.store import Store, schema
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat
FIRST_DAY = "Freedonia and Ruritania began five days of joint drills off the cape on Monday."


@pytest.mark.parametrize(
    ("action", "sentence", "counted"),
    [
        ("began five days", FIRST_DAY, "joint drills off"),
        ("held three days", "The envoys held three days of talks in Lisbon.", "talks in Lisbon"),
        ("began 4 days", "The fleets began 4 days of exercises.", "exercises"),
        # no count of days at the end of the action text: nothing read
        ("began drills", "The fleets began drills off the cape.", ""),
        ("began five days of drills", "The fleets began five days of drills.", ""),
        # the count not followed by "of": nothing counted
        ("waited five days", "The fleets waited five days before sailing.", ""),
        ("began five days", None, ""),
        (None, FIRST_DAY, ""),
    ],
)
def test_what_a_count_of_days_counts(
    action: str | None, sentence: str | None, counted: str
) -> None:
    assert counted_act(action, sentence) == counted


def _row(action: str, sentence: str) -> dict[str, object]:
    return {
        "cameo": "150",
        "source": "FRDMIL",
        "target": None,
        "action_text": action,
        "evidence": "Freedonia and Ruritania began",
        "sentence_text": sentence,
    }


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        (FIRST_DAY, "exercises_held"),
        ("Freedonia and Ruritania began five days of naval manoeuvres.", "exercises_held"),
        # what is counted is no drill: no act of the topic
        ("Freedonia and Ruritania began five days of mourning.", None),
    ],
)
def test_a_drill_told_by_its_count_of_days_is_an_exercise(sentence: str, rule: str | None) -> None:
    found = match_event(
        _row("began five days", sentence), "military_exercises", "FRD", load_topic_actions()
    )
    assert (found.rule_id if found else None) == rule


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (FIRST_DAY, (0, 4)),
        ("Three days of naval exercises ended off the cape on Friday.", (2, 0)),
        ("The drills continued off the cape for a second day.", (0, 0)),
    ],
)
def test_drills_are_told_as_spans_of_days(sentence: str, span: tuple[int, int]) -> None:
    assert told_span(sentence) == span


def test_the_second_day_told_elsewhere_is_the_first_day_s_act(store: Store) -> None:
    """Freedonia's navy, which said in October it would hold drills with Ruritania, announces
    on Wednesday 22 November 2034 that it will hold them from Sunday; one report tells the
    drills beginning on Sunday, another their second day: one act, dated its first day."""
    navy = C(
        "military_exercises",
        promisor="FRDMIL",
        promisee=None,
        first_party=True,
        formality="official",
        topic_text="drills",
    )
    # an earlier wording tells the pledge's way before the day its drills begin (a wording
    # dated to that day tells it only for later days: linking.way_before)
    add_document(
        store,
        "frd-plan",
        "2034-10-02",
        [
            (
                "Freedonia's navy said it would hold drills with Ruritania this autumn.",
                [commitment_event(navy)],
            )
        ],
    )
    announced = commitment_event(navy)
    announced.date = D("2034-11-26")
    add_document(
        store,
        "frd-announce",
        "2034-11-22",
        [("Freedonia's navy will hold drills with Ruritania from Sunday.", [announced])],
    )
    (first,) = add_document(
        store,
        "frd-first",
        "2034-11-26",
        [
            (
                FIRST_DAY.replace("on Monday", "on Sunday"),
                [E("150", "FRDMIL", None, action_text="began five days")],
            )
        ],
    )
    (second,) = add_document(
        store,
        "frd-second",
        "2034-11-27",
        [
            (
                "Freedonia's navy continued its drills off the cape for a second day.",
                [E("150", "FRDMIL", None, action_text="continued its drills")],
            )
        ],
    )
    rebuild_ledger(store)
    with store.reading() as connection:
        stored = set(
            connection.execute(
                select(schema.action_links.c.event_id).where(
                    schema.action_links.c.pledge_id == "FRD:military_exercises"
                )
            ).scalars()
        )
    assert stored == {first}
    pledge = load_pledge(store, "FRD:military_exercises")
    assert pledge is not None
    (link,) = pledge.links
    assert link.date == D("2034-11-26")
    assert [event for event, _doc, _s, _t in link.also_reported] == [second]
    status = pledge_status_at(pledge, D("2034-12-31"))
    assert (status.status, status.fulfilled_on) == ("fulfilled", D("2034-11-26"))
