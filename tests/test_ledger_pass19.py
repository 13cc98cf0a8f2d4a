"""Pass 19 of the ledger: a pledge made again after a breach opens a new episode; one act told
in one sentence is one link; an act known only to its month is not read as before a pledge of
that month; a rebuild reads the story meetings of the reports that need them only. Every
sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.checklists.evaluate import evaluate_checklist
from pledgewatch.checklists.schema import Checklist
from pledgewatch.ledger import (
    CLAIMED_BY_OTHERS,
    CONTRADICTED,
    CONTRADICTS,
    FULFILLED,
    FULFILS,
    PLEDGED,
    RETRACTED,
    ActionLink,
    Mention,
    Pledge,
    load_pledge,
    pledge_status_at,
    rebuild_ledger,
    set_link_override,
)
from pledgewatch.ledger.acts import may_follow, one_link_per_act, placed_day
from pledgewatch.ledger.evidence import period_end
from pledgewatch.ledger.grouping import _wants_story, read_story_meetings
from pledgewatch.ledger.records import AFTER_BREACH, AFTER_RETRACTION
from pledgewatch.ledger.topic_actions import load_topic_actions
from pledgewatch.store import Store
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat


def said(
    day: str,
    *,
    own: bool = True,
    refusal: bool = False,
    precision: str = "day",
    name: str | None = None,
) -> Mention:
    """A wording of North Korea's talks pledge on ``day``: its own (``own``) or a reporter's."""
    return Mention(
        event_id=name or f"m-{day}-{own}-{refusal}",
        doc_id=f"doc-{day}",
        sentence_id=f"doc-{day}:0",
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
        date_precision=precision,
    )


def act(
    day: str,
    relation: str,
    *,
    precision: str = "day",
    name: str | None = None,
    sentence: str | None = None,
    origin: str = "auto",
) -> ActionLink:
    return ActionLink(
        "PRK:talks",
        name or f"{relation}-{day}",
        relation,
        "test",
        origin,
        D(day),
        sentence_id=sentence if sentence is not None else f"act-{day}:0",
        date_precision=precision,
    )


def talks(mentions: list[Mention], links: list[ActionLink], *, one_off: bool = False) -> Pledge:
    ordered = tuple(sorted(mentions, key=lambda m: m.date))
    return Pledge(
        "PRK:talks",
        "PRK",
        "talks",
        "Talks",
        ordered,
        tuple(sorted(links, key=lambda lk: lk.order)),
        one_off=one_off,
    )


# --- 1. a pledge made again after a breach ------------------------------------------------


@pytest.mark.parametrize(
    ("mentions", "links", "as_of", "expected", "since"),
    [
        # offered, postponed by the promisor, offered again: pledged again from the new offer
        (
            [said("2013-05-24"), said("2013-06-16")],
            [act("2013-06-11", CONTRADICTS)],
            "2013-06-20",
            PLEDGED,
            "2013-06-16",
        ),
        # ... and read before the new offer, still broken
        (
            [said("2013-05-24"), said("2013-06-16")],
            [act("2013-06-11", CONTRADICTS)],
            "2013-06-12",
            CONTRADICTED,
            "2013-05-24",
        ),
        # a meeting after the new offer keeps the new pledge
        (
            [said("2013-05-24"), said("2013-06-16")],
            [act("2013-06-11", CONTRADICTS), act("2013-07-06", FULFILS)],
            "2013-08-01",
            FULFILLED,
            "2013-06-16",
        ),
        # a reporter's account after the breach is no new pledge
        (
            [said("2013-05-24"), said("2013-06-16", own=False)],
            [act("2013-06-11", CONTRADICTS)],
            "2013-06-20",
            CONTRADICTED,
            "2013-05-24",
        ),
        # the promisor's words on the very day of the breach come before it, not after
        (
            [said("2013-05-24"), said("2013-06-11")],
            [act("2013-06-11", CONTRADICTS)],
            "2013-06-20",
            CONTRADICTED,
            "2013-05-24",
        ),
        # broken, then kept again: the pledge does not stand broken, so new words reopen nothing
        (
            [said("2011-01-05"), said("2011-08-01")],
            [act("2011-02-09", CONTRADICTS), act("2011-05-10", FULFILS)],
            "2011-09-01",
            FULFILLED,
            "2011-01-05",
        ),
        # a pledge claimed only by others, broken, then stated by its promisor: pledged
        (
            [said("2010-12-20", own=False), said("2011-03-22")],
            [act("2011-02-09", CONTRADICTS)],
            "2011-04-01",
            PLEDGED,
            "2011-03-22",
        ),
    ],
)
def test_a_pledge_made_again_after_a_breach_starts_again(
    mentions: list[Mention], links: list[ActionLink], as_of: str, expected: str, since: str
) -> None:
    status = pledge_status_at(talks(mentions, links), D(as_of))
    assert (status.status, status.since) == (expected, D(since))


def test_the_earlier_episode_keeps_its_breach() -> None:
    pledge = talks(
        [said("2013-05-24"), said("2013-06-16")],
        [act("2013-06-11", CONTRADICTS)],
    )
    status = pledge_status_at(pledge, D("2013-12-31"))
    assert [(e.since, e.status, e.until, e.reopened_by) for e in status.episodes] == [
        (D("2013-05-24"), CONTRADICTED, D("2013-06-16"), AFTER_BREACH),
        (D("2013-06-16"), PLEDGED, None, None),
    ]
    assert status.episodes[0].contradicted_on == D("2013-06-11")
    assert status.contradicted_on is None  # the current episode's
    assert [lk.event_id for lk in status.links] == ["contradicts-2013-06-11"]
    assert status.summary.endswith(
        "contradicted on 2013-06-11; pledged again by the promisor itself on 2013-06-16"
    )
    # the words that made it again set the status shown (the briefing quotes them)
    assert [e.date for e in status.evidence if e.decides] == [D("2013-06-16")]


def test_the_json_adds_since_and_episodes_and_keeps_every_key() -> None:
    pledge = talks([said("2013-05-24"), said("2013-06-16")], [act("2013-06-11", CONTRADICTS)])
    data = pledge_status_at(pledge, D("2013-12-31")).to_dict()
    kept = {"id", "status", "fulfilled_on", "contradicted_on", "retracted_on", "summary"}
    assert kept <= set(data)
    assert data["since"] == "2013-06-16"
    assert data["episodes"][0] == {
        "since": "2013-05-24",
        "status": CONTRADICTED,
        "fulfilled_on": None,
        "fulfilled_on_shown": None,
        "contradicted_on": "2013-06-11",
        "contradicted_on_shown": "2013-06-11",
        "retracted_on": None,
        "until": "2013-06-16",
        "reopened_by": AFTER_BREACH,
    }


def test_a_retracted_episode_is_listed_with_its_reason() -> None:
    pledge = talks(
        [said("2012-02-29"), said("2012-04-17", refusal=True), said("2013-05-24")],
        [],
    )
    status = pledge_status_at(pledge, D("2013-12-31"))
    assert [(e.status, e.reopened_by) for e in status.episodes] == [
        (RETRACTED, AFTER_RETRACTION),
        (PLEDGED, None),
    ]


def missile_moratorium_story(store: Store) -> None:
    """North Korea promises to stop launching rockets (2012-01-10), lets no rocket fly until
    April 2013, launches one, and promises again in June 2013."""
    add_document(
        store,
        "promise-2012",
        "2012-01-10",
        [
            (
                "Pyongyang said it would launch no more long-range rockets this year.",
                [
                    commitment_event(
                        C(
                            "missile_launch_moratorium",
                            promisee=None,
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
        "launch-2013",
        "2013-04-20",
        [
            (
                "The North launched a long-range rocket from its west coast on Saturday.",
                [E("150", "PRKMIL", None, action_text="launched a long-range rocket")],
            )
        ],
    )
    add_document(
        store,
        "promise-2013",
        "2013-06-02",
        [
            (
                "Pyongyang said it would again refrain from launching long-range rockets.",
                [
                    commitment_event(
                        C(
                            "missile_launch_moratorium",
                            promisee=None,
                            first_party=True,
                            formality="formal",
                        )
                    )
                ],
            )
        ],
    )


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [("2012-06-01", "met"), ("2013-05-01", "contradicted"), ("2013-07-01", "met")],
)
def test_a_checklist_item_reads_the_episode_of_its_date(
    store: Store, as_of: str, expected: str
) -> None:
    missile_moratorium_story(store)
    checklist = Checklist.model_validate(
        {
            "name": "no-launches",
            "title": "No launches",
            "items": [
                {
                    "id": "moratorium",
                    "label": "A moratorium on long-range launches",
                    "promisor": "PRK",
                    "topic": "missile_launch_moratorium",
                }
            ],
        }
    )
    item = evaluate_checklist(store, checklist, as_of, save=False).item("moratorium")
    assert item.status == expected


# --- 2. one act, one link --------------------------------------------------------------


@pytest.mark.parametrize(
    ("links", "kept"),
    [
        # a meeting coded both ways from one sentence: the lower event id stands for it
        (
            [
                act("2011-07-22", FULFILS, name="s:1", sentence="s"),
                act("2011-07-22", FULFILS, name="s:0", sentence="s"),
            ],
            ["s:0"],
        ),
        # a meeting and a walk-out told in one sentence are two acts
        (
            [
                act("2011-02-09", FULFILS, name="s:0", sentence="s"),
                act("2011-02-09", CONTRADICTS, name="s:1", sentence="s"),
            ],
            ["s:0", "s:1"],
        ),
        # the same sentence read on two days (a recap dated by another report) stays twice
        (
            [
                act("2011-07-22", FULFILS, name="s:0", sentence="s"),
                act("2011-07-23", FULFILS, name="s:1", sentence="s"),
            ],
            ["s:0", "s:1"],
        ),
        # rows with no sentence (imports) are their own acts
        (
            [
                act("2011-07-22", FULFILS, name="a", sentence=""),
                act("2011-07-22", FULFILS, name="b", sentence=""),
            ],
            ["a", "b"],
        ),
        # an analyst's confirmed link stands for its act, its automatic twin goes
        (
            [
                act("2011-07-22", FULFILS, name="s:0", sentence="s"),
                act("2011-07-22", FULFILS, name="s:1", sentence="s", origin="confirmed"),
            ],
            ["s:1"],
        ),
    ],
)
def test_one_link_per_act(links: list[ActionLink], kept: list[str]) -> None:
    assert [lk.event_id for lk in one_link_per_act(links)] == kept


def meeting_coded_both_ways(store: Store) -> list[str]:
    add_document(
        store,
        "offer",
        "2011-07-01",
        [
            (
                "North Korea offered talks with the South, its foreign ministry said.",
                [commitment_event(C("talks", kind="offer", promisee="KORGOV", first_party=True))],
            )
        ],
    )
    return add_document(
        store,
        "meeting",
        "2011-07-22",
        [
            (
                "The envoys of the two Koreas sat down together at a hotel in Jakarta.",
                [
                    E("040", "KORGOV", "PRKGOV", action_text="sat down"),
                    E("040", "PRKGOV", "KORGOV", action_text="sat down"),
                ],
            )
        ],
    )


def test_a_meeting_coded_both_ways_is_one_link(store: Store) -> None:
    first, _second = meeting_coded_both_ways(store)
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:talks")
    assert pledge is not None
    assert [lk.event_id for lk in pledge.links] == [first]
    assert pledge_status_at(pledge, D("2011-08-01")).fulfilled_on == D("2011-07-22")


def test_rejecting_the_link_of_an_act_rejects_the_act(store: Store) -> None:
    first, _second = meeting_coded_both_ways(store)
    rebuild_ledger(store)
    set_link_override(store, "PRK:talks", first, "reject")
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:talks")
    assert pledge is not None and pledge.links == ()


# --- 2. an act known only to its month --------------------------------------------------


@pytest.mark.parametrize(
    ("day", "precision", "end"),
    [
        ("2012-03-01", "month", "2012-03-31"),
        ("2012-02-01", "month", "2012-02-29"),
        ("2012-12-01", "month", "2012-12-31"),
        ("1953-01-01", "year", "1953-12-31"),
        ("2012-02-20", "week", "2012-02-26"),
        ("2012-03-15", "day", "2012-03-15"),
    ],
)
def test_period_end(day: str, precision: str, end: str) -> None:
    assert period_end(D(day), precision) == D(end)


@pytest.mark.parametrize(
    ("act_day", "precision", "pledge_day", "expected"),
    [
        ("2012-03-01", "month", "2012-03-15", True),  # "in March" may follow 15 March
        ("2012-03-01", "day", "2012-03-15", False),  # the 1st of March does not
        ("2012-02-01", "month", "2012-03-15", False),  # "in February" does not
        ("2012-01-01", "year", "2012-11-30", True),
    ],
)
def test_may_follow(act_day: str, precision: str, pledge_day: str, expected: bool) -> None:
    assert may_follow(D(act_day), precision, D(pledge_day)) is expected


def test_an_act_of_the_pledges_month_stands_after_the_pledge() -> None:
    walkout = act("2012-03-01", CONTRADICTS, precision="month")
    mentions = [said("2012-02-01"), said("2012-03-15"), said("2012-03-20", refusal=True)]
    # the latest wording of March that is no retraction
    assert placed_day(walkout, mentions) == D("2012-03-15")
    # (a wording after the as-of date never counts: the replay places only acts whose month
    # has ended by then, acts.known_by)
    assert placed_day(act("2012-03-05", CONTRADICTS), mentions) == D("2012-03-05")


def test_an_act_of_the_month_is_no_breach_before_a_promise_made_again() -> None:
    """Broken on 10 February, offered again on 15 March, and broken "in March": the March act
    breaks the new offer, it is not read as a second breach before it."""
    pledge = talks(
        [said("2012-02-01"), said("2012-03-15")],
        [act("2012-02-10", CONTRADICTS), act("2012-03-01", CONTRADICTS, precision="month")],
    )
    status = pledge_status_at(pledge, D("2012-04-30"))
    assert (status.status, status.since) == (CONTRADICTED, D("2012-03-15"))
    assert status.contradicted_on_shown == "2012-03"
    assert status.summary.endswith(
        "contradicted on 2012-02-10; pledged again by the promisor itself on 2012-03-15; "
        "contradicted on 2012-03"
    )


def launched_in_the_month_of_the_promise(store: Store) -> None:
    add_document(
        store,
        "promise",
        "2012-03-15",
        [
            (
                "Pyongyang said it would launch no long-range rockets while talks went on.",
                [
                    commitment_event(
                        C(
                            "missile_launch_moratorium",
                            promisee=None,
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
        "recap",
        "2012-05-02",
        [
            (
                "Satellite images show the North launched a long-range rocket in March.",
                [
                    E(
                        "150",
                        "PRKMIL",
                        None,
                        action_text="launched a long-range rocket",
                        date=D("2012-03-01"),
                        date_precision="month",
                    )
                ],
            )
        ],
    )


def test_a_breach_known_to_the_month_of_the_pledge_links_and_breaks_it(store: Store) -> None:
    launched_in_the_month_of_the_promise(store)
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:missile_launch_moratorium")
    assert pledge is not None
    assert [(lk.relation, lk.when) for lk in pledge.links] == [(CONTRADICTS, "2012-03")]
    status = pledge_status_at(pledge, D("2012-05-31"))
    assert (status.status, status.contradicted_on_shown) == (CONTRADICTED, "2012-03")
    assert "contradicted on 2012-03" in status.summary


# --- 2. the story's meetings, read for the reports that need them -------------------------


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ({"doc_id": "d", "topic": "talks", "promisee": None}, True),
        ({"doc_id": "d", "topic": "talks", "promisee": "---GOV"}, True),
        ({"doc_id": "d", "topic": "talks", "promisee": "USAGOV"}, False),
        ({"doc_id": None, "topic": "talks", "promisee": None}, False),
        ({"doc_id": "d", "topic": "nuclear_test_moratorium", "promisee": None}, False),
        (
            {
                "doc_id": "d",
                "topic": "nuclear_test_moratorium",
                "promisee": None,
                "data": {"other_topics": [{"topic": "talks"}]},
            },
            True,
        ),
    ],
)
def test_which_reports_a_rebuild_reads_meetings_of(row: dict[str, object], expected: bool) -> None:
    assert _wants_story(row, load_topic_actions()) is expected


def test_story_meetings_of_some_reports(store: Store) -> None:
    meeting_coded_both_ways(store)
    add_document(
        store,
        "other",
        "2011-08-01",
        [("Envoys of Seoul and Tokyo met in Seoul.", [E("040", "KORGOV", "JPNGOV")])],
    )
    with store.reading() as connection:
        everything = read_story_meetings(connection, ["meeting", "other"])
        some = read_story_meetings(connection, ["meeting"])
        none = read_story_meetings(connection, [])
    assert set(everything) == {"meeting", "other"}
    assert dict(some) == {"meeting": everything["meeting"]}
    assert dict(none) == {}


def test_a_promise_with_no_promisee_still_finds_its_story(store: Store) -> None:
    """North Korea's "they agreed to keep talking" names no one: the report's meeting with the
    United States names its counterpart, as before the meetings were read per report."""
    add_document(
        store,
        "talks-report",
        "2011-07-29",
        [
            (
                "Envoys of North Korea and the United States met for a second day in New York.",
                [E("040", "PRKGOV", "USAGOV", action_text="met")],
            ),
            (
                "They agreed to keep talking, the North's foreign ministry said.",
                [commitment_event(C("talks", promisee=None, first_party=True))],
            ),
        ],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:talks")
    assert pledge is not None and pledge.counterparts == ("USA",)
    assert pledge_status_at(pledge, D("2011-07-30")).status in (PLEDGED, CLAIMED_BY_OTHERS)


def test_a_checklist_asking_for_the_promisors_own_words_keeps_the_months_breach(
    store: Store,
) -> None:
    """The item reads the pledge from the promisor's first own words (15 March): a launch known
    only to March may follow them and still breaks it."""
    launched_in_the_month_of_the_promise(store)
    checklist = Checklist.model_validate(
        {
            "name": "no-launches",
            "title": "No launches",
            "items": [
                {
                    "id": "moratorium",
                    "label": "The North's own moratorium on long-range launches",
                    "promisor": "PRK",
                    "topic": "missile_launch_moratorium",
                    "requires_pledge": {"first_party": True},
                }
            ],
        }
    )
    item = evaluate_checklist(store, checklist, "2012-05-31", save=False).item("moratorium")
    assert item.status == "contradicted"
    assert item.missing[0].startswith("contradicted on 2012-03: Satellite images show")
