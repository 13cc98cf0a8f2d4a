"""Pledge statuses after the audit of 2026-11-30: an act in the sentence that first states a
pledge, acts dated to a month, a stop of one kind of aid, and sanctions pledges that go either
way. Every sentence is written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pledgewatch.checklists.evaluate import evaluate_checklist
from pledgewatch.checklists.schema import Checklist
from pledgewatch.ledger import (
    CLAIMED_BY_OTHERS,
    CONTRADICTED,
    FULFILLED,
    PLEDGED,
    ActionLink,
    Mention,
    Pledge,
    load_pledge,
    load_topic_actions,
    match_event,
    pledge_status_at,
    rebuild_ledger,
)
from pledgewatch.ledger.linking import first_statement_sentences, pledge_ways, way_before
from pledgewatch.store import Store
from tests.test_ledger_linking import event
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat
END = D("2013-12-31")


def joint_project_deal(store: Store, day: str = "2013-09-02") -> None:
    """Both Koreas agree to reopen a joint park, in a sentence that recalls its closure."""
    add_document(
        store,
        "deal",
        day,
        [
            (
                "The two Koreas agreed to reopen the Kaesong park, five months after the North"
                " sent its workers home.",
                [
                    commitment_event(C("inter_korean_agreements", promisee="KORGOV")),
                    E("166", "PRKGOV", None, action_text="sent its workers home"),
                ],
            )
        ],
    )


# --- an act told in the sentence that first states a pledge -------------------------------


def test_an_act_recalled_in_the_sentence_that_first_states_a_pledge_does_not_break_it(
    store: Store,
) -> None:
    joint_project_deal(store)
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:inter_korean_agreements")
    assert pledge is not None
    assert pledge.links == ()
    assert pledge_status_at(pledge, END).status == CLAIMED_BY_OTHERS


def test_the_same_act_in_a_later_report_breaks_it(store: Store) -> None:
    joint_project_deal(store)
    add_document(
        store,
        "walkout",
        "2013-11-05",
        [
            (
                "North Korea pulled its workers out of the Kaesong park on Tuesday.",
                [E("166", "PRKGOV", None, action_text="pulled its workers out")],
            )
        ],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:inter_korean_agreements")
    assert pledge is not None
    assert [lk.date for lk in pledge.links] == [D("2013-11-05")]
    assert pledge_status_at(pledge, END).status == CONTRADICTED


def test_a_meeting_in_a_later_sentence_that_speaks_of_the_pledge_again_still_keeps_it(
    store: Store,
) -> None:
    """Only the sentences of the first day are the pledge's backdrop: "officers met to prepare
    higher talks" keeps talks pledged a month before, though it speaks of talks itself."""
    add_document(
        store,
        "offer",
        "2011-01-05",
        [
            (
                "North Korea said it would hold talks with the South.",
                [commitment_event(C("talks", promisee="KORGOV"))],
            )
        ],
    )
    add_document(
        store,
        "officers",
        "2011-02-08",
        [
            (
                "Officers of the two sides met at the border to prepare higher talks.",
                [
                    commitment_event(C("talks", promisee="KORGOV")),
                    E("040", "PRKGOV", "KORGOV", action_text="met"),
                ],
            )
        ],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:talks")
    assert pledge is not None
    assert [lk.date for lk in pledge.links] == [D("2011-02-08")]
    assert first_statement_sentences(pledge) == {"offer:0"}


# --- an act dated to a month ----------------------------------------------------------------


def armistice_breach(store: Store) -> None:
    add_document(
        store,
        "truce",
        "2009-06-01",
        [
            (
                "North Korea said it would respect the truce line.",
                [commitment_event(C("armistice_compliance", promisee="KORGOV"))],
            )
        ],
    )
    add_document(
        store,
        "inquiry",
        "2010-05-20",
        [
            (
                "An inquiry found that a northern torpedo sank the patrol ship in March.",
                [
                    E(
                        "190",
                        "PRKMIL",
                        "KORMIL",
                        action_text="sank the patrol ship",
                        date=D("2010-03-01"),
                        date_precision="month",
                    )
                ],
            )
        ],
    )


def test_a_breach_dated_to_a_month_is_shown_as_that_month(store: Store) -> None:
    armistice_breach(store)
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:armistice_compliance")
    assert pledge is not None
    assert [lk.date_precision for lk in pledge.links] == ["month"]  # kept through the store
    status = pledge_status_at(pledge, END)
    assert status.status == CONTRADICTED
    assert status.contradicted_on == D("2010-03-01")  # for sorting
    assert status.contradicted_on_shown == "2010-03"
    assert "contradicted on 2010-03;" in status.summary + ";"
    assert "2010-03-01" not in status.summary
    decisive = [e for e in status.evidence if e.decides]
    assert [e.when for e in decisive] == ["2010-03"]
    shown = status.to_dict()
    assert shown["contradicted_on_shown"] == "2010-03"
    assert shown["links"][0]["when"] == "2010-03"


def test_a_checklist_names_the_month_of_a_breach(store: Store) -> None:
    armistice_breach(store)
    checklist = Checklist.model_validate(
        {
            "name": "truce",
            "title": "Keep the truce",
            "items": [
                {
                    "id": "truce",
                    "label": "Respect the truce",
                    "promisor": "PRK",
                    "topic": "armistice_compliance",
                    "requires_pledge": {"min_strength": "hedged"},
                },
                {
                    "id": "no_fire",
                    "label": "No fire on the South",
                    "promisor": "PRK",
                    "topic": "armistice_compliance",
                    "requires_pledge": None,
                    "requires_action": True,
                },
            ],
        }
    )
    result = evaluate_checklist(store, checklist, "2011-01-01", save=False)
    for item_id in ("truce", "no_fire"):
        item = result.item(item_id)
        assert item.status == "contradicted"
        assert item.missing[0].startswith("contradicted on 2010-03: An inquiry found")


def test_a_stored_link_without_a_precision_reads_as_a_day() -> None:
    """A ledger built before links kept their precision still loads."""
    stored = {
        "pledge_id": "PRK:t",
        "event_id": "e1",
        "relation": "fulfils",
        "reason": "r",
        "origin": "auto",
        "date": "2012-05-02",
    }
    link = ActionLink.from_dict(stored)
    assert (link.date_precision, link.when) == ("day", "2012-05-02")


# --- the summary on a day when the promisor and others both state a pledge ------------------


def _mention(day: str, first_party: bool, event_id: str) -> Mention:
    return Mention(
        event_id=event_id,
        doc_id="d",
        sentence_id=f"d:{event_id}",
        date=D(day),
        kind="promise",
        strength="firm",
        conditional=False,
        hedged=False,
        first_party=first_party,
        formality="formal" if first_party else "reported",
        promisor="PRKGOV",
        promisee="USAGOV",
        speaker=None if first_party else "USAGOV",
        text="text",
    )


@pytest.mark.parametrize(
    ("outsider_day", "says_first_claimed"),
    [("2012-02-29", False), ("2012-02-28", True)],
)
def test_a_third_party_of_the_same_day_did_not_claim_it_first(
    outsider_day: str, says_first_claimed: bool
) -> None:
    mentions = tuple(
        sorted(
            [_mention(outsider_day, False, "a"), _mention("2012-02-29", True, "b")],
            key=lambda m: (m.date, m.event_id),
        )
    )
    status = pledge_status_at(Pledge("PRK:t", "PRK", "t", "t", mentions), END)
    assert ("first claimed by a third party" in status.summary) is says_first_claimed
    assert "first stated by the promisor itself on 2012-02-29" in status.summary


# --- a stop of one kind of aid ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("ev", "topic", "expected"),
    [
        # the food is named only outside the action text: still food aid, not the general kind
        (
            event(
                "1623",
                "USAGOV",
                "PRKGOV",
                "Washington shelved plans to ship 50,000 tonnes of grain aid to the North.",
                "shelved plans ship",
            ),
            "humanitarian_aid",
            None,
        ),
        (
            event(
                "162",
                "USAGOV",
                "PRKGOV",
                "Washington halted its food aid to the North.",
                "halted food aid",
            ),
            "food_aid",
            "contradicts",
        ),
        # another kind of aid stopped still breaks a general aid pledge
        (
            event(
                "162",
                "USAGOV",
                "PRKGOV",
                "Washington halted its medical aid to the North.",
                "halted medical aid",
            ),
            "humanitarian_aid",
            "contradicts",
        ),
        # a food delivery still keeps it: food is aid delivered
        (
            event(
                "070",
                "USAGOV",
                "PRKGOV",
                "Rice sent by Washington arrived in the North.",
                "arrived",
            ),
            "humanitarian_aid",
            "fulfils",
        ),
    ],
)
def test_a_stop_of_food_aid_is_left_to_food_aid_pledges(
    ev: dict, topic: str, expected: str | None
) -> None:
    found = match_event(ev, topic, "USA", load_topic_actions())
    assert (found.relation if found else None) == expected


def test_flood_relief_delivered_stays_fulfilled_when_food_aid_is_suspended(store: Store) -> None:
    add_document(
        store,
        "relief",
        "2011-08-18",
        [
            (
                "The United States will send relief supplies to flood victims in the North.",
                [
                    commitment_event(
                        C(
                            "humanitarian_aid",
                            promisor="USAGOV",
                            promisee="PRKGOV",
                            first_party=True,
                            formality="formal",
                        )
                    )
                ],
            )
        ],
    )
    add_document(
        store,
        "delivered",
        "2011-09-03",
        [
            (
                "American relief supplies arrived in the flooded province.",
                [E("070", "USAGOV", "PRKGOV", action_text="supplies arrived")],
            )
        ],
    )
    add_document(
        store,
        "suspended",
        "2012-04-13",
        [
            (
                "Washington suspended plans to ship 240,000 tonnes of nutritional aid.",
                [E("1623", "USAGOV", "PRKGOV", action_text="suspended plans ship")],
            )
        ],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "USA:humanitarian_aid@PRK")
    assert pledge is not None
    assert [(lk.date, lk.relation) for lk in pledge.links] == [(D("2011-09-03"), "fulfils")]
    assert pledge_status_at(pledge, END).status == FULFILLED


# --- sanctions pledges go one of two ways -------------------------------------------------------


def sanctions_story(store: Store, wording: str, topic_text: str) -> None:
    add_document(
        store,
        "pledge",
        "2012-05-01",
        [
            (
                wording,
                [
                    commitment_event(
                        C(
                            "sanctions",
                            promisor="USAGOV",
                            promisee=None,
                            first_party=True,
                            formality="official",
                            topic_text=topic_text,
                        )
                    )
                ],
            )
        ],
    )
    add_document(
        store,
        "eased",
        "2012-06-01",
        [
            (
                "Washington lifted its ban on investment in the country.",
                [E("085", "USAGOV", "MMRGOV", action_text="lifted ban on investment")],
            )
        ],
    )
    add_document(
        store,
        "imposed",
        "2012-07-01",
        [
            (
                "Washington imposed new penalties on the country's banks.",
                [E("163", "USAGOV", "MMRGOV", action_text="imposed new penalties")],
            )
        ],
    )


@pytest.mark.parametrize(
    ("wording", "topic_text", "links", "as_of_june", "as_of_july"),
    [
        (
            "The minister said Washington would lift sanctions on the country.",
            "lift sanctions on the country",
            [("2012-06-01", "fulfils"), ("2012-07-01", "contradicts")],
            FULFILLED,
            CONTRADICTED,
        ),
        (
            "The minister said Washington would push for tougher sanctions on the country.",
            "tougher sanctions on the country",
            [("2012-06-01", "contradicts"), ("2012-07-01", "fulfils")],
            CONTRADICTED,
            FULFILLED,
        ),
        # which way? no word says: neither an easing nor a new sanction decides
        (
            "The minister said Washington would look at sanctions on the country.",
            "sanctions",
            [],
            PLEDGED,
            PLEDGED,
        ),
    ],
)
def test_a_sanctions_pledge_is_judged_the_way_its_words_go(
    store: Store,
    wording: str,
    topic_text: str,
    links: list[tuple[str, str]],
    as_of_june: str,
    as_of_july: str,
) -> None:
    sanctions_story(store, wording, topic_text)
    rebuild_ledger(store)
    pledge = load_pledge(store, "USA:sanctions")
    assert pledge is not None
    assert [(lk.date.isoformat(), lk.relation) for lk in pledge.links if lk.date] == links
    assert pledge_status_at(pledge, D("2012-06-15")).status == as_of_june
    assert pledge_status_at(pledge, D("2012-07-15")).status == as_of_july
    if links and links[0][1] == "contradicts":
        assert "reversed: the pledge asks the other way ('tough*')" in pledge.links[0].reason


def test_an_easing_on_the_day_a_sanctions_pledge_is_made_does_not_tell_its_way() -> None:
    """Only wording dated before the event tells the way, and a later wording turns it."""
    topic_map = load_topic_actions()

    def said(day: str, words: str) -> Mention:
        return dataclasses.replace(_mention(day, True, day), topic_text=words)

    mentions = (said("2012-05-17", "sanctions"), said("2013-02-12", "tougher sanctions"))
    pledge = Pledge("USA:sanctions", "USA", "sanctions", "Sanctions", mentions)
    assert way_before(pledge_ways(pledge, topic_map), D("2012-05-17")) is None
    assert way_before(pledge_ways(pledge, topic_map), D("2013-02-12")) is None
    assert way_before(pledge_ways(pledge, topic_map), D("2013-02-13")) == ("reversed", "tough*")
    # words of both ways say neither
    assert topic_map.direction_of("sanctions", "ease some sanctions and keep others") is None
    assert not topic_map.two_way("talks")
