"""Pledges with a deadline: "will hold the talks later this month", "within 30 days", "by the
end of the year" name the last day the act is due (``ledger.deadlines``); a deadline the
promisor named that passes with no act lapses the pledge, traced to the words that named it
(``ledger.status``). Every sentence is written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pledgewatch.ledger import (
    CLAIMED_BY_OTHERS,
    FULFILLED,
    FULFILS,
    LAPSED,
    PLEDGED,
    ActionLink,
    Mention,
    Pledge,
    load_pledge,
    pledge_status_at,
    rebuild_ledger,
)
from pledgewatch.ledger.deadlines import read_deadline
from pledgewatch.ledger.records import AFTER_LAPSE
from pledgewatch.store import Store
from tests.builders import deadline_mention
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat
SAID = "2031-04-09"  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "day", "text"),
    [
        ("Ruritania will resume the talks later this month.", "2031-04-30", "later this month"),
        ("The envoys will meet later this week, the ministry said.", "2031-04-13", None),
        ("It will reopen the border crossing within 30 days.", "2031-05-09", "within 30 days"),
        ("It will free the fishermen within two weeks.", "2031-04-27", None),
        ("The reactor will be shut by the end of the year.", "2031-12-31", None),
        ("The reactor will be shut before the end of next month.", "2031-05-31", None),
        ("Borduria proposed talks in Vienna early next month.", "2031-05-31", "early next month"),
        ("The two sides will sign the accord next year.", "2032-12-31", None),
        ("The troops will leave by March.", "2032-03-31", "by March"),  # March is past: next one
        ("The troops will leave by June.", "2031-06-30", None),
        # no deadline: a past "this week", a verb "may", no time named
        ("Ruritania agreed this week to resume the talks.", None, None),
        ("Officials said the talks may by may resume.", None, None),
        ("Ruritania will resume the talks without preconditions.", None, None),
    ],
)
def test_read_deadline(sentence: str, day: str | None, text: str | None) -> None:
    found = read_deadline(None, sentence, D(SAID))
    assert (found.day if found else None) == (D(day) if day else None)
    if text is not None:
        assert found is not None and found.text == text


def test_a_deadline_said_on_the_last_day_of_its_week_is_the_next_week() -> None:
    found = read_deadline(None, "The envoys will meet later this week.", D("2031-04-13"))
    assert found is not None and found.day == D("2031-04-20")  # said on a Sunday


def test_the_graders_phrase_comes_before_the_sentence() -> None:
    found = read_deadline("by the end of the year", "They will meet next week.", D(SAID))
    assert found is not None and found.day == D("2031-12-31")


def test_no_report_day_no_deadline() -> None:
    assert read_deadline(None, "They will meet later this month.", None) is None


# --- the status ----------------------------------------------------------------------------


def words(
    event: str,
    day: str,
    *,
    deadline: str | None = "2031-04-30",
    grace: int = 31,
    first_party: bool = True,
) -> Mention:
    """Ruritania's pledge to hold talks, due by ``deadline`` ("later this month")."""
    return deadline_mention(
        event,
        day,
        promisor="RURGOV",
        promisee="BDRGOV",
        text="Ruritania will hold talks with Borduria later this month",
        deadline=deadline,
        grace=grace,
        first_party=first_party,
    )


def meeting(event: str, day: str) -> ActionLink:
    return ActionLink(
        "RUR:talks",
        event,
        FULFILS,
        "rule talks.fulfils.talks_held: CAMEO 040*",
        "auto",
        D(day),
        doc_id=event.split(":")[0],
        sentence_id=":".join(event.split(":")[:2]),
        text="The envoys of Ruritania and Borduria met",
        source="RUR",
        target="BDR",
    )


def pledge(*mentions: Mention, links: tuple[ActionLink, ...] = ()) -> Pledge:
    return Pledge("RUR:talks", "RUR", "talks", "Talks", tuple(mentions), links)


PROMISE = words("promise:1:0", SAID)


def test_before_its_deadline_the_pledge_stands() -> None:
    assert pledge_status_at(pledge(PROMISE), D("2031-04-30")).status == PLEDGED


def test_a_deadline_passed_with_no_act_lapses_it_traced_to_its_words() -> None:
    status = pledge_status_at(pledge(PROMISE), D("2031-05-01"))
    assert status.status == LAPSED
    assert status.deadline == D("2031-04-30")
    assert "lapsed after its deadline 2031-04-30 ('later this month'" in status.summary
    (deciding,) = [e for e in status.evidence if e.decides]
    assert deciding.sentence == PROMISE.sentence_id
    assert "due by 2031-04-30: 'later this month'" in deciding.role
    assert status.to_dict()["deadline"] == "2031-04-30"


def test_an_act_by_the_deadline_keeps_it() -> None:
    status = pledge_status_at(pledge(PROMISE, links=(meeting("met:1:0", "2031-04-30"),)), D(END))
    assert status.status == FULFILLED
    assert "after its deadline" not in status.summary


END = "2031-12-31"


def test_an_act_within_the_grace_keeps_it_late() -> None:
    status = pledge_status_at(pledge(PROMISE, links=(meeting("met:1:0", "2031-05-20"),)), D(END))
    assert status.status == FULFILLED
    assert "fulfilled on 2031-05-20, after its deadline 2031-04-30" in status.summary
    assert pledge_status_at(pledge(PROMISE), D("2031-05-19")).status == LAPSED


def test_an_act_long_after_the_deadline_does_not_keep_it() -> None:
    late = meeting("next-year:1:0", "2032-04-10")
    status = pledge_status_at(pledge(PROMISE, links=(late,)), D("2032-12-31"))
    assert status.status == LAPSED
    assert status.fulfilled_on is None
    assert late in status.links  # shown, not deciding


def test_an_act_before_the_words_does_not_meet_their_deadline() -> None:
    earlier = meeting("march:1:0", "2031-03-02")
    status = pledge_status_at(pledge(PROMISE, links=(earlier,)), D("2031-05-02"))
    assert status.status == LAPSED


def test_a_deadline_named_by_others_lapses_nothing() -> None:
    claim = words("reporter:1:0", SAID, first_party=False)
    assert pledge_status_at(pledge(claim), D(END)).status == CLAIMED_BY_OTHERS
    own_without_date = words("own:1:0", "2031-04-10", deadline=None)
    assert pledge_status_at(pledge(claim, own_without_date), D(END)).status == PLEDGED


def test_a_later_deadline_of_the_promisor_replaces_the_earlier() -> None:
    postponed = words("postponed:1:0", "2031-04-25", deadline="2031-05-31")
    assert pledge_status_at(pledge(PROMISE, postponed), D("2031-05-15")).status == PLEDGED
    assert pledge_status_at(pledge(PROMISE, postponed), D("2031-06-01")).status == LAPSED


def test_the_promisors_words_after_the_lapse_open_a_new_episode() -> None:
    again = words("again:1:0", "2031-06-10", deadline="2031-06-30")
    kept = meeting("met:1:0", "2031-06-20")
    status = pledge_status_at(pledge(PROMISE, again, links=(kept,)), D(END))
    assert status.status == FULFILLED
    assert [e.status for e in status.episodes] == [LAPSED, FULFILLED]
    assert status.episodes[0].reopened_by == AFTER_LAPSE


def test_others_recalling_a_lapsed_pledge_do_not_revive_it() -> None:
    recalled = words("recap:1:0", "2031-06-10", deadline=None, first_party=False)
    assert pledge_status_at(pledge(PROMISE, recalled), D(END)).status == LAPSED


def test_a_recalled_deadline_already_past_when_said_sets_none() -> None:
    recap = dataclasses.replace(PROMISE, date=D("2031-06-10"))
    assert pledge_status_at(pledge(recap), D(END)).status == PLEDGED


def test_the_deadline_survives_the_stored_form() -> None:
    again = Mention.from_dict(PROMISE.to_dict())
    assert (again.deadline, again.deadline_text, again.deadline_grace) == (
        D("2031-04-30"),
        "later this month",
        31,
    )


# --- read from the store ---------------------------------------------------------------------


def test_the_ledger_reads_the_deadline_in_the_sentence_and_lapses_the_pledge(
    store: Store,
) -> None:
    own = C("talks", promisor="PRKGOV", promisee="KORGOV", first_party=True, formality="official")
    add_document(
        store,
        "offer",
        "2031-04-09",
        [
            (
                "North Korea said it would hold talks with the South later this month.",
                [commitment_event(own)],
            )
        ],
    )
    add_document(
        store,
        "refusal",
        "2031-04-10",
        [
            (
                "South Korea said it would not hold talks next week.",
                [
                    commitment_event(
                        C(
                            "talks",
                            kind="refusal",
                            strength="refused",
                            promisor="KORGOV",
                            promisee="PRKGOV",
                            first_party=True,
                        )
                    )
                ],
            ),
            ("The two sides' liaison officers spoke by telephone.", [E("020", "PRKGOV")]),
        ],
    )
    rebuild_ledger(store)
    north = load_pledge(store, "PRK:talks")
    assert north is not None
    (mention,) = north.mentions
    assert (mention.deadline, mention.deadline_text) == (D("2031-04-30"), "later this month")
    assert pledge_status_at(north, D("2031-05-01")).status == LAPSED
    south = load_pledge(store, "KOR:talks")
    assert south is not None
    assert all(m.deadline is None for m in south.mentions)  # a refusal names no deadline
