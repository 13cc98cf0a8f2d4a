"""Pass 21 of the ledger: one act told by several reports (a wire story and the state agency's
account of one launch, a report and the next day's follow-up) is one link, the earliest
report's, listing the others with their documents; two rules that find one kind of act under
other conditions (a shelling with its target coded, or with none) are one kind. Every sentence
is written for these tests. And a government's own statement announcing aid ("U.S. provides
flood relief", heading "The United States will provide ...") does not keep the pledge it makes;
the aid arriving does."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from pledgewatch.errors import ConfigError
from pledgewatch.ledger import (
    CONTRADICTED,
    CONTRADICTS,
    FULFILLED,
    FULFILS,
    PLEDGED,
    ActionLink,
    Mention,
    Pledge,
    ensure_ledger,
    load_pledge,
    pledge_status_at,
    rebuild_ledger,
    set_link_override,
)
from pledgewatch.ledger.acts import one_link_per_act, same_act_in_report, same_act_in_reports
from pledgewatch.ledger.linking import actions_for
from pledgewatch.ledger.topic_actions import load_topic_actions, match_event
from pledgewatch.store import Store, open_store
from pledgewatch.web.app import create_app
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat

LAUNCH = "rule missile_launch_moratorium.contradicts.long_range_launch: CAMEO 15*"
TEST = "rule nuclear_test_moratorium.contradicts.nuclear_test: CAMEO 15*"


def launch(
    doc: str,
    *,
    reported: str = "2012-04-13",
    day: str = "2012-04-13",
    precision: str = "day",
    relation: str = CONTRADICTS,
    reason: str = LAUNCH,
    target: str | None = None,
    origin: str = "auto",
    sentence: int = 1,
    act: str | None = None,
) -> ActionLink:
    """North Korea's launch, told by sentence ``sentence`` of report ``doc``."""
    return ActionLink(
        "PRK:missile_launch_moratorium",
        f"{doc}:{sentence}:0",
        relation,
        reason,
        origin,
        D(day),
        doc_id=doc,
        sentence_id=f"{doc}:{sentence}",
        text=f"{doc} tells the launch",
        cameo="150",
        source="PRK",
        target=target,
        date_precision=precision,
        reported=D(reported),
        act=act,
    )


# --- 1. when links of two reports are one act --------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # a wire story and the state agency's account of one launch, both dated to the day
        (launch("wire"), launch("agency"), True),
        # the next day's follow-up tells the act on its day (not the report's)
        (launch("wire"), launch("followup", reported="2012-04-14"), True),
        # a telling that names no other party is taken for one that does
        (launch("wire"), launch("agency", target="JPN"), True),
        # two reports telling acts towards two countries tell two acts
        (launch("wire", target="KOR"), launch("agency", target="JPN"), False),
        # an act known only to its month may be another act of that month
        (launch("wire"), launch("recap", day="2012-04-01", precision="month"), False),
        (
            launch("wire", day="2012-04-01", precision="month"),
            launch("recap", day="2012-04-01", precision="month"),
            False,
        ),
        # two days are two acts (a recap dated by its report stays apart)
        (launch("wire"), launch("recap", day="2012-04-17", reported="2012-04-17"), False),
        # a launch and a nuclear test are two kinds of act
        (launch("wire"), launch("agency", reason=TEST), False),
        # a keeping and a breach are two acts
        (launch("wire"), launch("agency", relation=FULFILS), False),
        # two sentences of one report are left to same_act_in_report
        (launch("wire"), launch("wire", sentence=2), False),
        # a link with no report (an import) is its own act
        (launch("wire"), dataclasses.replace(launch("import"), doc_id=None), False),
    ],
)
def test_same_act_in_reports(first: ActionLink, second: ActionLink, same: bool) -> None:
    assert same_act_in_reports(first, second) is same
    assert same_act_in_reports(second, first) is same


def test_the_earliest_report_stands_and_lists_the_others_with_their_documents() -> None:
    # the follow-up's event id sorts first; the wire story came a day earlier and stands
    followup = launch("afollowup", reported="2012-04-14")
    wire = launch("wire")
    (kept,) = one_link_per_act([followup, wire])
    assert kept.event_id == wire.event_id
    assert kept.also_reported == (
        (followup.event_id, "afollowup", followup.sentence_id, followup.text),
    )


def test_on_one_publication_day_the_first_by_order_stands() -> None:
    agency, wire = launch("agency"), launch("wire")
    (kept,) = one_link_per_act([wire, agency])
    assert kept.event_id == agency.event_id
    assert [doc for _e, doc, _s, _t in kept.also_reported] == ["wire"]


def test_a_second_reports_own_tellings_move_with_it() -> None:
    wire = launch("wire")
    headline = launch("followup", reported="2012-04-14", sentence=0)
    body = launch("followup", reported="2012-04-14", sentence=3)
    (kept,) = one_link_per_act([body, headline, wire])
    assert kept.event_id == wire.event_id and kept.also_told == ()
    assert [(doc, sentence) for _e, doc, sentence, _t in kept.also_reported] == [
        ("followup", "followup:0"),
        ("followup", "followup:3"),
    ]


def test_the_analysts_link_stands_over_an_earlier_reports() -> None:
    wire = launch("wire")
    confirmed = dataclasses.replace(launch("followup", reported="2012-04-14"), origin="confirmed")
    (kept,) = one_link_per_act([wire, confirmed])
    assert kept.event_id == confirmed.event_id
    assert [event for event, _d, _s, _t in kept.also_reported] == [wire.event_id]


def test_two_analysts_links_of_one_act_in_two_reports_both_stand() -> None:
    links = [
        dataclasses.replace(launch("wire"), origin="confirmed"),
        dataclasses.replace(launch("agency"), origin="manual"),
    ]
    assert len(one_link_per_act(links)) == 2


def test_acts_known_only_to_their_month_stay_apart() -> None:
    links = [
        launch("wire", day="2012-04-01", precision="month"),
        launch("recap", day="2012-04-01", precision="month", reported="2012-05-02"),
    ]
    kept = one_link_per_act(links)
    assert len(kept) == 2 and all(lk.also_reported == () for lk in kept)


def test_the_other_reports_survive_the_stored_form() -> None:
    (kept,) = one_link_per_act([launch("wire"), launch("followup", reported="2012-04-14")])
    assert kept.reported == D("2012-04-13")
    assert ActionLink.from_dict(kept.to_dict()) == kept


def test_a_link_stored_before_this_pass_still_reads() -> None:
    stored = launch("wire").to_dict()
    for name in ("reported", "also_reported", "act"):
        del stored[name]
    link = ActionLink.from_dict(stored)
    assert (link.reported, link.also_reported, link.act) == (None, (), None)


# --- 2. two rules, one kind of act ------------------------------------------------------------

FIRE = "rule armistice_compliance.contradicts.fire_on_the_south: CAMEO 19*; words 'shell*'"
ATTACK = "rule armistice_compliance.contradicts.attack_on_the_south: CAMEO 19*"


def shelling(doc: str, reason: str, act: str | None, target: str | None) -> ActionLink:
    return dataclasses.replace(
        launch(doc, day="2010-11-23", reported="2010-11-23", reason=reason, target=target, act=act),
        pledge_id="PRK:armistice_compliance",
        cameo="194",
    )


def test_a_shelling_with_its_target_and_one_without_are_one_kind_of_act() -> None:
    kind = "armistice_compliance.contradicts.fire_on_the_south"
    with_target = shelling("wire", FIRE, kind, "KOR")
    without = dataclasses.replace(
        shelling("followup", ATTACK, kind, None), reported=D("2010-11-24")
    )
    assert same_act_in_reports(with_target, without)
    # links stored before ``act`` name only their rules: two rules, two kinds
    assert not same_act_in_reports(
        dataclasses.replace(with_target, act=None), dataclasses.replace(without, act=None)
    )
    # one report telling both: one act too
    in_one = dataclasses.replace(without, doc_id="wire", sentence_id="wire:4")
    assert same_act_in_report(with_target, in_one)


@pytest.mark.parametrize(
    ("target", "action_text", "kind"),
    [
        ("KORMIL", "shelled the island", "armistice_compliance.contradicts.fire_on_the_south"),
        (None, "shelled the island", "armistice_compliance.contradicts.fire_on_the_south"),
        (
            None,
            "declared the armistice void",
            "armistice_compliance.contradicts.armistice_declared_void",
        ),
    ],
)
def test_the_map_gives_each_match_its_kind_of_act(
    target: str | None, action_text: str, kind: str
) -> None:
    cameo = "194" if "shelled" in action_text else "161"
    event = {
        "cameo": cameo,
        "source": "PRKMIL",
        "target": target,
        "action_text": action_text,
        "evidence": f"North Korean artillery {action_text} (the armistice).",
    }
    match = match_event(event, "armistice_compliance", "PRK", load_topic_actions())
    assert match is not None and match.kind == kind


def test_an_act_naming_no_rule_beside_it_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "map.yaml"
    path.write_text(
        "version: 1\n"
        "topics:\n"
        "  armistice_compliance:\n"
        "    label: Armistice\n"
        "    contradicts:\n"
        "      - {id: shelling, codes: ['19'], act: fire_on_the_south}\n"
        "    fulfils:\n"
        "      - {id: fire_on_the_south, codes: ['04']}\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="act 'fire_on_the_south' names no rule beside it"):
        load_topic_actions(path)


# --- 3. a store: one launch told by a wire story and the next day's follow-up -------------------


def launch_told_by_two_reports(store: Store) -> tuple[str, str]:
    add_document(
        store,
        "promise",
        "2012-02-29",
        [
            (
                "Pyongyang said it would launch no long-range rockets while talks went on.",
                [
                    commitment_event(
                        C("missile_launch_moratorium", first_party=True, formality="formal")
                    )
                ],
            )
        ],
    )
    (wire,) = add_document(
        store,
        "wire",
        "2012-04-13",
        [
            (
                "North Korea launched a long-range rocket on Friday morning.",
                [E("150", "PRK", None, action_text="launched a long-range rocket")],
            )
        ],
        title="North Korea fires rocket",
        publisher="Wire Service",
    )
    (followup,) = add_document(
        store,
        "afollowup",  # its event id sorts before the wire story's
        "2012-04-14",
        [
            (
                "The rocket North Korea launched on Friday fell into the sea.",
                [
                    E(
                        "150",
                        "PRK",
                        None,
                        action_text="launched the rocket",
                        date=D("2012-04-13"),
                    )
                ],
            )
        ],
        title="Rocket debris found at sea",
        publisher="Evening Paper",
    )
    return wire, followup


def test_a_launch_told_by_two_reports_is_one_link_of_the_first_report(store: Store) -> None:
    wire, followup = launch_told_by_two_reports(store)
    summary = rebuild_ledger(store)
    assert (summary.links, summary.contradicting) == (1, 1)
    pledge = load_pledge(store, "PRK:missile_launch_moratorium")
    assert pledge is not None
    (link,) = pledge.links
    assert link.event_id == wire and link.reported == D("2012-04-13")
    assert [(event, doc) for event, doc, _s, _t in link.also_reported] == [(followup, "afollowup")]
    status = pledge_status_at(pledge, D("2012-04-30"))
    assert (status.status, status.contradicted_on) == (CONTRADICTED, D("2012-04-13"))
    roles = {e.doc: (e.role, e.decides) for e in status.evidence if e.role.startswith("contra")}
    assert roles == {
        "wire": ("contradicting action", True),
        "afollowup": ("contradicting action, told in another report", False),
    }
    (shown,) = status.to_dict()["links"]
    assert [(t["event"], t["document"]) for t in shown["also_told"]] == [(followup, "afollowup")]


def test_a_checklist_counts_the_launch_once(store: Store) -> None:
    wire, _followup = launch_told_by_two_reports(store)
    found = actions_for(store, "PRK", "missile_launch_moratorium", since=D("2012-03-01"))
    assert [lk.event_id for lk in found] == [wire]


def test_confirming_the_follow_up_makes_it_stand_and_lists_the_wire(store: Store) -> None:
    wire, followup = launch_told_by_two_reports(store)
    rebuild_ledger(store)
    set_link_override(
        store, "PRK:missile_launch_moratorium", followup, "confirm", relation=CONTRADICTS
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:missile_launch_moratorium")
    assert pledge is not None
    (link,) = pledge.links
    assert (link.event_id, link.origin) == (followup, "confirmed")
    assert [event for event, _d, _s, _t in link.also_reported] == [wire]


def test_rejecting_the_act_rejects_its_other_reports(store: Store) -> None:
    wire, _followup = launch_told_by_two_reports(store)
    rebuild_ledger(store)
    set_link_override(store, "PRK:missile_launch_moratorium", wire, "reject")
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:missile_launch_moratorium")
    assert pledge is not None and pledge.links == ()


def test_the_pledge_page_shows_the_other_report(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'two.db'}"
    with open_store(url) as store:
        _wire, followup = launch_told_by_two_reports(store)
        ensure_ledger(store)
    with TestClient(create_app(url)) as client:
        (action,) = client.get("/api/pledges/PRK:missile_launch_moratorium").json()["actions"]
        page = client.get("/pledges/PRK:missile_launch_moratorium").text
    (other,) = action["also_reported"]
    assert (other["event_id"], other["doc_id"]) == (followup, "afollowup")
    assert (other["doc_title"], other["published"]) == ("Rocket debris found at sea", "2012-04-14")
    assert "told in other reports" in page and "Rocket debris found at sea" in page
    assert "/documents/afollowup" in page


# --- 4. aid announced is no aid delivered -----------------------------------------------------


@pytest.mark.parametrize(
    ("first_party", "formality", "reporting_verb", "retraction", "own"),
    [
        # "The United States will provide relief supplies" in the State Department's statement
        (True, "formal", None, False, True),
        # "The State Department said the United States would provide ...": a report of it
        (True, "formal", "said", False, False),
        # an official's words in a wire story
        (True, "official", None, False, False),
        # another's account of the promise
        (False, "formal", None, False, False),
        # a formal "no" announces nothing to keep
        (True, "formal", None, True, False),
    ],
)
def test_own_statement(
    first_party: bool, formality: str, reporting_verb: str | None, retraction: bool, own: bool
) -> None:
    mention = dataclasses.replace(
        said_aid("2011-08-18", "statement:2"),
        first_party=first_party,
        formality=formality,
        reporting_verb=reporting_verb,
        retraction=retraction,
    )
    assert mention.own_statement is own


def said_aid(day: str, sentence: str, *, own: bool = True) -> Mention:
    return Mention(
        event_id=f"m-{sentence}",
        doc_id=sentence.split(":")[0],
        sentence_id=sentence,
        date=D(day),
        kind="promise",
        strength="firm",
        conditional=False,
        hedged=False,
        first_party=own,
        formality="formal" if own else "reported",
        promisor="USA",
        promisee=None,
    )


def aid_done(day: str, sentence: str, origin: str = "auto") -> ActionLink:
    return ActionLink(
        "USA:humanitarian_aid@PRK",
        f"{sentence}:0",
        FULFILS,
        "rule humanitarian_aid.fulfils.aid_delivered: CAMEO 07*",
        origin,
        D(day),
        doc_id=sentence.split(":")[0],
        sentence_id=sentence,
    )


def aid(mentions: list[Mention], links: list[ActionLink]) -> Pledge:
    return Pledge(
        "USA:humanitarian_aid@PRK",
        "USA",
        "humanitarian_aid",
        "Humanitarian aid (PRK)",
        tuple(sorted(mentions, key=lambda m: m.date)),
        tuple(sorted(links, key=lambda lk: lk.order)),
        object_country="PRK",
    )


@pytest.mark.parametrize(
    ("link", "fulfilled_on"),
    [
        # the statement's headline "U.S. provides flood relief" announces what its body promises
        (aid_done("2011-08-18", "statement:0"), None),
        # the same act told by another report that day is no announcement of this statement
        (aid_done("2011-08-18", "wire:3"), D("2011-08-18")),
        # the statement telling an act on another day (a delivery it recalls) is read as an act
        (aid_done("2011-08-20", "statement:0"), D("2011-08-20")),
        # an analyst's confirmed link is never set aside
        (aid_done("2011-08-18", "statement:0", origin="confirmed"), D("2011-08-18")),
    ],
)
def test_the_promisors_own_statement_announces_what_it_tells_that_day(
    link: ActionLink, fulfilled_on: dt.date | None
) -> None:
    """The replay reads the statement that opens any episode so (a pledge built by hand)."""
    pledge = aid([said_aid("2011-08-18", "statement:2")], [link])
    assert pledge_status_at(pledge, D("2011-08-31")).fulfilled_on == fulfilled_on


def test_a_report_of_the_promisors_words_announces_nothing() -> None:
    """A wire story quoting the promise ("officials said the U.S. would provide ...") tells the
    delivery of that day as an act: only the promisor's own statement announces."""
    quoted = dataclasses.replace(said_aid("2011-08-18", "wire:2"), reporting_verb="said")
    pledge = aid([quoted], [aid_done("2011-08-18", "wire:0")])
    assert pledge_status_at(pledge, D("2011-08-31")).fulfilled_on == D("2011-08-18")


def aid_announced_then_delivered(store: Store) -> tuple[list[str], list[str]]:
    statement = add_document(
        store,
        "statement",
        "2011-08-18",
        [
            (
                "The United States will provide relief supplies to flood victims in the North.",
                [
                    commitment_event(
                        C(
                            "humanitarian_aid",
                            promisor="USA",
                            promisee="PRK",
                            first_party=True,
                            formality="formal",
                        ),
                        cameo="073",
                    )
                ],
            ),
            ("Charities will deliver the supplies to the hardest-hit provinces.", []),
        ],
        title="U.S. provides flood relief to North Korea",
        headline_events=[E("073", "USA", "PRK", action_text="provides flood relief")],
        publisher="U.S. Department of State",
    )
    arrival = add_document(
        store,
        "arrival",
        "2011-09-03",
        [("A cargo flight with the U.S.-funded supplies landed in Pyongyang.", [])],
        title="U.S.-funded flood relief arrives in Pyongyang",
        headline_events=[E("073", "USA", "PRK", action_text="arrives")],
        publisher="Wire Service",
    )
    return statement, arrival


def test_aid_is_kept_by_its_arrival_not_by_its_announcement(store: Store) -> None:
    statement, arrival = aid_announced_then_delivered(store)
    rebuild_ledger(store)
    pledge = load_pledge(store, "USA:humanitarian_aid@PRK")
    assert pledge is not None
    assert [lk.event_id for lk in pledge.links] == [arrival[0]]
    assert statement[0] not in {lk.event_id for lk in pledge.links}
    assert pledge_status_at(pledge, D("2011-08-31")).status == PLEDGED
    status = pledge_status_at(pledge, D("2011-09-30"))
    assert (status.status, status.fulfilled_on) == (FULFILLED, D("2011-09-03"))


def test_a_breach_told_in_the_promisors_own_statement_still_counts() -> None:
    """Only the keeping a statement tells is its announcement: "the North fired warning shots
    today", told in its statement that it will keep the armistice, is no announcement of it."""
    breach = dataclasses.replace(aid_done("2011-08-18", "statement:0"), relation=CONTRADICTS)
    status = pledge_status_at(
        aid([said_aid("2011-08-18", "statement:2")], [breach]), D("2011-08-31")
    )
    assert (status.status, status.contradicted_on) == (CONTRADICTED, D("2011-08-18"))


def test_an_announcement_merged_with_another_reports_telling_still_keeps() -> None:
    """The review's finding (stop 18): the statement's telling and a wire's telling of that day
    are merged into one link, the statement's standing; the wire's is a real telling, so the
    pledge is kept, whichever report's link stands."""
    merged = dataclasses.replace(
        aid_done("2011-08-18", "statement:0"),
        also_reported=(("wire:3:0", "wire", "wire:3", "Relief reached Sinuiju today."),),
    )
    pledge = aid([said_aid("2011-08-18", "statement:2")], [merged])
    assert pledge_status_at(pledge, D("2011-08-31")).fulfilled_on == D("2011-08-18")
