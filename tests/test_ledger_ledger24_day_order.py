"""Two acts or words on a pledge on one day are replayed in the order their sentences tell
("Hours later, the delegation walked out"; "... hours after it pledged ..."), else by the
stated rule for a day (wording, keeping, breaking, refusals), never by the hash of an event id
(``ledger.day_order``, ``ledger.status``, ``ActionLink.order``). Every sentence is written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger import (
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
)
from pledgewatch.ledger.day_order import EARLIER, LATER, UNTOLD, report_place, told_when
from pledgewatch.store import Store
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat
DAY = "2031-06-02"


@pytest.mark.parametrize(
    ("sentence", "span", "place"),
    [
        ("Hours later, the northern delegation walked out of the talks.", "walked out", LATER),
        ("The delegation later walked out.", "walked out", LATER),
        ("Later that day the two envoys met again.", "met again", LATER),
        ("Earlier that day, the two envoys had met in the border village.", "had met", EARLIER),
        ("The envoys met in the morning.", "met", UNTOLD),
        # a period, not a place in the day
        ("The envoys will meet later this month.", "will meet", UNTOLD),
        ("The envoys met earlier this year.", "met", UNTOLD),
        # a clause of "after": its act came before the day's others; the main clause's is
        # not placed by it ("walked out ... before its second session" says nothing of the
        # meeting told elsewhere)
        ("Ruritania test-fired a rocket hours after it pledged to halt launches.", "fired", UNTOLD),
        ("Ruritania test-fired a rocket hours after it pledged to halt launches.", "pledged", -1),
        ("Shortly after the envoys met, the delegation walked out.", "envoys met", EARLIER),
        ("Shortly after the envoys met, the delegation walked out.", "walked out", UNTOLD),
        # a clause of "before": the other way round
        ("The envoys met just before the shelling began.", "envoys met", UNTOLD),
        ("The envoys met just before the shelling began.", "shelling", LATER),
        (
            "The officers walked out of the meeting before its second session.",
            "walked out",
            UNTOLD,
        ),
        ("", "met", UNTOLD),
    ],
)
def test_told_when(sentence: str, span: str, place: int) -> None:
    assert told_when(sentence, span) == place


def test_report_place_reads_numbers_not_text() -> None:
    assert report_place("doc:10:0") > report_place("doc:9:1")
    assert report_place("manual") == (0, 0)


def _mention(event: str, told: int = 0) -> Mention:
    return Mention(
        event_id=event,
        doc_id=event.split(":")[0],
        sentence_id=":".join(event.split(":")[:2]),
        date=D(DAY),
        kind="promise",
        strength="firm",
        conditional=False,
        hedged=False,
        first_party=True,
        formality="official",
        promisor="RURGOV",
        promisee="BDRGOV",
        text="Ruritania will hold talks with Borduria",
        told=told,
    )


def _link(event: str, relation: str, told: int = 0) -> ActionLink:
    return ActionLink(
        "RUR:talks",
        event,
        relation,
        "test",
        "auto",
        D(DAY),
        doc_id=event.split(":")[0],
        sentence_id=":".join(event.split(":")[:2]),
        source="RURGOV",
        target="BDRGOV",
        reported=D(DAY),
        told=told,
    )


def _pledge(mentions: list[Mention], links: list[ActionLink]) -> Pledge:
    ordered = tuple(sorted(links, key=lambda lk: lk.order))
    return Pledge("RUR:talks", "RUR", "talks", "Talks", tuple(mentions), ordered)


# (the two acts' event ids: the first sorts before the second by id; told; status)
@pytest.mark.parametrize(
    ("keep", "keep_told", "breach", "breach_told", "status"),
    [
        # untold: the stated rule, a breach undoes the day's keeping, whichever id is lower
        ("aaa:1:0", UNTOLD, "zzz:1:0", UNTOLD, CONTRADICTED),
        ("zzz:1:0", UNTOLD, "aaa:1:0", UNTOLD, CONTRADICTED),
        # "hours later they met again": the keeping came last
        ("aaa:1:0", LATER, "zzz:1:0", UNTOLD, FULFILLED),
        ("zzz:1:0", LATER, "aaa:1:0", UNTOLD, FULFILLED),
        ("aaa:1:0", UNTOLD, "zzz:1:0", EARLIER, FULFILLED),
        # "later, the delegation walked out"
        ("aaa:1:0", EARLIER, "zzz:1:0", LATER, CONTRADICTED),
    ],
)
def test_two_acts_of_one_day_follow_the_story(
    keep: str, keep_told: int, breach: str, breach_told: int, status: str
) -> None:
    pledge = _pledge(
        [_mention("ppp:0:0")],
        [_link(keep, FULFILS, keep_told), _link(breach, CONTRADICTS, breach_told)],
    )
    result = pledge_status_at(pledge, D("2031-06-30"))
    assert result.status == status


def test_a_pledge_told_after_the_days_breach_stands() -> None:
    """A walk-out, then, hours later, the promisor's pledge to resume: pledged."""
    pledge = _pledge([_mention("ppp:3:0", told=LATER)], [_link("aaa:1:0", CONTRADICTS)])
    assert pledge_status_at(pledge, D("2031-06-30")).status == PLEDGED
    untold = _pledge([_mention("ppp:3:0")], [_link("aaa:1:0", CONTRADICTS)])
    assert pledge_status_at(untold, D("2031-06-30")).status == CONTRADICTED


def test_the_order_of_one_days_links_does_not_follow_the_id_hash() -> None:
    """Of two reports of one day, the first published stands first; in one report, its own
    order (sentence 9 before sentence 10)."""
    early = _link("zzz:4:0", FULFILS)
    late = _link("aaa:2:0", FULFILS)
    late = ActionLink(
        **{**{n: getattr(late, n) for n in late.__slots__}, "reported": D("2031-06-03")}
    )
    assert sorted([late, early], key=lambda lk: lk.order) == [early, late]
    ninth, tenth = _link("doc:9:0", FULFILS), _link("doc:10:0", FULFILS)
    assert sorted([tenth, ninth], key=lambda lk: lk.order) == [ninth, tenth]


def test_told_survives_the_stored_form() -> None:
    link = _link("aaa:1:0", FULFILS, LATER)
    assert ActionLink.from_dict(link.to_dict()).told == LATER
    assert Mention.from_dict(_mention("ppp:0:0", EARLIER).to_dict()).told == EARLIER


# --- read from the store ---------------------------------------------------------------------


def _talks_day(store: Store, second: str) -> None:
    own = C("talks", promisor="PRKGOV", promisee="KORGOV", first_party=True, formality="official")
    add_document(
        store,
        "offer",
        "2031-06-01",
        [("North Korea said it would hold talks with the South.", [commitment_event(own)])],
    )
    add_document(
        store,
        "day",
        DAY,
        [
            (
                "The northern delegation walked out of the talks in the morning.",
                [E("164", "PRKGOV", "KORGOV", action_text="walked out")],
            ),
            (second, [E("043", "PRKGOV", "KORGOV", action_text="met")]),
        ],
    )
    rebuild_ledger(store)


def test_the_ledger_reads_a_later_meeting_of_the_day(store: Store) -> None:
    _talks_day(store, "Hours later, the two delegations met again in the border village.")
    pledge = load_pledge(store, "PRK:talks")
    assert pledge is not None
    assert [lk.told for lk in pledge.links] == [UNTOLD, LATER]
    assert pledge_status_at(pledge, D("2031-06-30")).status == FULFILLED


def test_the_ledger_keeps_the_stated_rule_when_the_story_is_silent(store: Store) -> None:
    _talks_day(store, "The two delegations met in the border village.")
    pledge = load_pledge(store, "PRK:talks")
    assert pledge is not None
    assert pledge_status_at(pledge, D("2031-06-30")).status == CONTRADICTED
