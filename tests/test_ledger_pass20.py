"""Pass 20 of the ledger: one act told in two sentences of one report (a headline and its body)
is one link that lists the other telling; an act told in the sentence that opens any episode of
a pledge neither keeps nor breaks it; an act known only to its month counts once the month has
ended. Every sentence is written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pledgewatch.ledger import (
    CLAIMED_BY_OTHERS,
    CONTRADICTED,
    CONTRADICTS,
    FULFILLED,
    FULFILS,
    PLEDGED,
    ActionLink,
    Mention,
    Pledge,
    load_pledge,
    pledge_status_at,
    rebuild_ledger,
    set_link_override,
)
from pledgewatch.ledger.acts import known_by, one_link_per_act, same_act_in_report
from pledgewatch.ledger.linking import actions_for
from pledgewatch.store import Store
from tests.test_ledger_pass19 import launched_in_the_month_of_the_promise
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat

MEETING = "rule talks.fulfils.talks_held: CAMEO 040*"
LAUNCH = "rule missile_launch_moratorium.contradicts.long_range_launch: CAMEO 15*"
TEST = "rule nuclear_test_moratorium.contradicts.nuclear_test: CAMEO 15*"


def told(
    event: str,
    *,
    doc: str = "report",
    day: str = "2011-07-28",
    relation: str = FULFILS,
    reason: str = MEETING,
    cameo: str = "046",
    source: str | None = "USAGOV",
    target: str | None = "PRKGOV",
    origin: str = "auto",
    sentence: str | None = None,
) -> ActionLink:
    """A link of North Korea's talks pledge told by sentence ``event`` of report ``doc``."""
    return ActionLink(
        "PRK:talks",
        f"{doc}:{event}:0",
        relation,
        reason,
        origin,
        D(day),
        doc_id=doc,
        sentence_id=sentence if sentence is not None else f"{doc}:{event}",
        text=f"sentence {event}",
        cameo=cameo,
        source=source,
        target=target,
    )


# --- 1. one act told twice in one report ---------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # a headline and its body sentence: the same meeting, the same parties by country
        (told("0", source="USA", target="PRK"), told("1"), True),
        # the lead and a later sentence, the meeting coded with the parties the other way round
        (told("1"), told("4", source="PRKGOV", target="USAGOV", cameo="040"), True),
        # a telling that names no other party is taken for the one that does
        (told("0", target=None), told("1"), True),
        # a link an analyst added names no rule: the CAMEO family tells the kind of act
        (told("0"), told("1", reason="linked by analyst", origin="manual", cameo="043"), True),
        # two meetings with two countries on one day are two acts
        (told("0"), told("1", target="KORGOV"), False),
        # a launch and a test told in one report on one day are two acts
        (
            told("0", relation=CONTRADICTS, reason=LAUNCH, cameo="150", target=None),
            told("1", relation=CONTRADICTS, reason=TEST, cameo="150", target=None),
            False,
        ),
        # the same meeting in two reports is left to each report
        (told("0"), told("1", doc="another"), False),
        # on two days (a recap dated by its report) it is not taken for the same act
        (told("0"), told("1", day="2011-07-29"), False),
        # a keeping and a breach are two acts
        (told("0"), told("1", relation=CONTRADICTS, reason=MEETING), False),
        # a manual link of another CAMEO family is another act
        (told("0"), told("1", reason="linked by analyst", origin="manual", cameo="164"), False),
        # a row with no sentence (an import) is its own act
        (told("0"), told("1", sentence=""), False),
    ],
)
def test_same_act_in_report(first: ActionLink, second: ActionLink, same: bool) -> None:
    assert same_act_in_report(first, second) is same
    assert same_act_in_report(second, first) is same


def test_a_headline_and_its_body_are_one_link_that_lists_the_other() -> None:
    headline, body = told("0", source="USA", target="PRK"), told("1")
    kept = one_link_per_act([body, headline])
    assert [lk.event_id for lk in kept] == [headline.event_id]
    assert kept[0].also_told == ((body.event_id, body.sentence_id, body.text),)


def test_three_tellings_are_one_link_listing_two() -> None:
    links = [told("0"), told("3"), told("7", target=None)]
    kept = one_link_per_act(links)
    assert len(kept) == 1
    assert [sentence for _e, sentence, _t in kept[0].also_told] == ["report:3", "report:7"]


def test_the_analysts_link_stands_for_the_act_and_lists_the_automatic_one() -> None:
    headline = told("0")
    body = dataclasses.replace(told("1"), origin="confirmed")
    kept = one_link_per_act([headline, body])
    assert [lk.event_id for lk in kept] == [body.event_id]
    assert [event for event, _s, _t in kept[0].also_told] == [headline.event_id]


def test_two_analysts_links_of_one_act_both_stand() -> None:
    first = dataclasses.replace(told("0"), origin="confirmed")
    second = dataclasses.replace(told("1"), origin="manual")
    assert len(one_link_per_act([first, second])) == 2


def test_a_launch_and_a_test_in_one_report_stay_two_links() -> None:
    launch = told("0", relation=CONTRADICTS, reason=LAUNCH, cameo="150", target=None)
    test = told("1", relation=CONTRADICTS, reason=TEST, cameo="150", target=None)
    kept = one_link_per_act([launch, test])
    assert len(kept) == 2 and all(lk.also_told == () for lk in kept)


def test_the_other_telling_survives_the_stored_form() -> None:
    kept = one_link_per_act([told("0"), told("1")])[0]
    assert ActionLink.from_dict(kept.to_dict()) == kept


def talks_told_twice(store: Store) -> list[str]:
    add_document(
        store,
        "offer",
        "2011-07-01",
        [
            (
                "North Korea said it would hold talks with the United States.",
                [commitment_event(C("talks", kind="offer", promisee="USAGOV", first_party=True))],
            )
        ],
    )
    return add_document(
        store,
        "talks",
        "2011-07-28",
        [
            (
                "The American envoy and the North's vice minister sat down for talks in Oslo.",
                [E("046", "USAGOV", "PRKGOV", action_text="sat down for talks")],
            ),
            ("The talks were the first in a year.", []),
        ],
        title="U.S. and North Korea hold talks in Oslo",
        headline_events=[E("046", "USA", "PRK", action_text="hold talks")],
    )


def test_a_report_telling_talks_twice_gives_one_link_and_both_sentences(store: Store) -> None:
    headline, body = talks_told_twice(store)
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:talks")
    assert pledge is not None
    assert [lk.event_id for lk in pledge.links] == [headline]
    assert [event for event, _s, _t in pledge.links[0].also_told] == [body]
    status = pledge_status_at(pledge, D("2011-08-01"))
    assert (status.status, status.fulfilled_on) == (FULFILLED, D("2011-07-28"))
    roles = {e.sentence: (e.role, e.decides) for e in status.evidence}
    assert roles["talks:0"] == ("fulfilling action", True)
    assert roles["talks:1"] == ("fulfilling action, told again", False)
    link = status.to_dict()["links"][0]
    assert [t["sentence"] for t in link["also_told"]] == ["talks:1"]


def test_rejecting_the_act_rejects_its_other_telling(store: Store) -> None:
    headline, _body = talks_told_twice(store)
    rebuild_ledger(store)
    set_link_override(store, "PRK:talks", headline, "reject")
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:talks")
    assert pledge is not None and pledge.links == ()


# --- 2. an act told in the wording that opens any episode ----------------------------------


def said(day: str, sentence: str, *, own: bool = True, refusal: bool = False) -> Mention:
    return Mention(
        event_id=f"m-{sentence}",
        doc_id=sentence.split(":")[0],
        sentence_id=sentence,
        date=D(day),
        kind="refusal" if refusal else "offer",
        strength="refused" if refusal else "firm",
        conditional=False,
        hedged=False,
        first_party=own,
        formality="official" if own else "reported",
        promisor="PRKGOV",
        promisee="USAGOV",
        retraction=refusal,
    )


def done(day: str, relation: str, sentence: str, origin: str = "auto") -> ActionLink:
    return ActionLink(
        "PRK:talks",
        f"{sentence}:9",
        relation,
        "test",
        origin,
        D(day),
        doc_id=sentence.split(":")[0],
        sentence_id=sentence,
    )


def talks(mentions: list[Mention], links: list[ActionLink]) -> Pledge:
    return Pledge(
        "PRK:talks",
        "PRK",
        "talks",
        "Talks",
        tuple(sorted(mentions, key=lambda m: m.date)),
        tuple(sorted(links, key=lambda lk: lk.order)),
    )


BROKEN_THEN_OFFERED = [said("2011-01-05", "a:0"), said("2011-03-22", "c:0")]
WALKOUT = done("2011-02-09", CONTRADICTS, "b:0")


@pytest.mark.parametrize(
    ("link", "status", "since"),
    [
        # "The North, which walked out of the talks, proposed talks again on Tuesday": the
        # walk-out told in the very sentence of the new offer (dated by its report) is its
        # backdrop, not a breach of the offer
        (done("2011-03-22", CONTRADICTS, "c:0"), PLEDGED, D("2011-03-22")),
        # a meeting told in that sentence does not keep it either
        (done("2011-03-22", FULFILS, "c:0"), PLEDGED, D("2011-03-22")),
        # an act told in another sentence of the same day keeps or breaks it
        (done("2011-03-22", CONTRADICTS, "c:1"), CONTRADICTED, D("2011-03-22")),
        # the sentence telling an act on a later day is no opening wording
        (done("2011-03-25", CONTRADICTS, "c:0"), CONTRADICTED, D("2011-03-22")),
        # an analyst's confirmed link is never set aside
        (done("2011-03-22", CONTRADICTS, "c:0", origin="confirmed"), CONTRADICTED, D("2011-03-22")),
    ],
)
def test_an_act_told_in_the_wording_that_reopens_a_pledge(
    link: ActionLink, status: str, since: dt.date
) -> None:
    result = pledge_status_at(talks(BROKEN_THEN_OFFERED, [WALKOUT, link]), D("2011-04-30"))
    assert (result.status, result.since) == (status, since)
    assert (link in result.links) is (status != PLEDGED)


def test_an_act_told_in_the_wording_after_a_retraction() -> None:
    mentions = [
        said("2011-01-05", "a:0"),
        said("2011-02-01", "b:0", refusal=True),
        said("2011-03-22", "c:0"),
    ]
    result = pledge_status_at(
        talks(mentions, [done("2011-03-22", CONTRADICTS, "c:0")]), D("2011-04-30")
    )
    assert (result.status, result.since, result.links) == (PLEDGED, D("2011-03-22"), ())


def test_an_act_told_in_the_first_wording_of_a_claim_is_set_aside_too() -> None:
    """A pledge built by hand (no linking step) reads its first day the same way."""
    mentions = [said("2011-01-05", "a:0", own=False)]
    result = pledge_status_at(
        talks(mentions, [done("2011-01-05", FULFILS, "a:0")]), D("2011-04-30")
    )
    assert (result.status, result.fulfilled_on) == (CLAIMED_BY_OTHERS, None)


# --- 3. an act known only to its month ------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "precision", "as_of", "known"),
    [
        ("2010-03-01", "month", "2010-03-05", False),  # the Cheonan, "in March"
        ("2010-03-01", "month", "2010-03-30", False),
        ("2010-03-01", "month", "2010-03-31", True),
        ("2010-03-01", "month", "2010-04-01", True),
        ("2010-01-01", "year", "2010-12-30", False),
        ("2010-01-01", "year", "2010-12-31", True),
        ("2010-03-08", "week", "2010-03-13", False),
        ("2010-03-08", "week", "2010-03-14", True),
        ("2010-03-26", "day", "2010-03-26", True),
        ("2010-03-26", "day", "2010-03-25", False),
    ],
)
def test_known_by(day: str, precision: str, as_of: str, known: bool) -> None:
    link = dataclasses.replace(
        done(day, CONTRADICTS, "cheonan:0"), date_precision=precision, pledge_id="PRK:armistice"
    )
    assert known_by(link, D(as_of)) is known


def armistice() -> Pledge:
    signed = dataclasses.replace(said("1953-07-27", "signed:0", own=False), date_precision="year")
    sunk = dataclasses.replace(done("2010-03-01", CONTRADICTS, "cheonan:0"), date_precision="month")
    return Pledge(
        "PRK:armistice_compliance",
        "PRK",
        "armistice_compliance",
        "Armistice",
        (signed,),
        (sunk,),
    )


@pytest.mark.parametrize(
    ("as_of", "status", "shown"),
    [
        ("2010-03-05", CLAIMED_BY_OTHERS, None),
        ("2010-03-27", CLAIMED_BY_OTHERS, None),
        ("2010-03-31", CONTRADICTED, "2010-03"),
        ("2010-05-20", CONTRADICTED, "2010-03"),
    ],
)
def test_a_sinking_known_only_to_march_breaks_the_armistice_once_march_is_over(
    as_of: str, status: str, shown: str | None
) -> None:
    result = pledge_status_at(armistice(), D(as_of))
    assert (result.status, result.contradicted_on_shown) == (status, shown)
    assert len(result.links) == (1 if shown else 0)


def test_an_action_only_item_reads_the_month_the_same_way(store: Store) -> None:
    launched_in_the_month_of_the_promise(store)
    inside = actions_for(store, "PRK", "missile_launch_moratorium", until=D("2012-03-20"))
    after = actions_for(store, "PRK", "missile_launch_moratorium", until=D("2012-03-31"))
    assert inside == []
    assert [(lk.relation, lk.when) for lk in after] == [(CONTRADICTS, "2012-03")]
    # an item starting inside the month keeps the act the month may hold (review 19, 1)
    within = actions_for(
        store, "PRK", "missile_launch_moratorium", since=D("2012-03-15"), until=D("2012-03-31")
    )
    assert [(lk.relation, lk.when) for lk in within] == [(CONTRADICTS, "2012-03")]
