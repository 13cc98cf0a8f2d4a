"""The fixes of the 2026-11-30 audit of the ledger's action links (helper ledger15).

* a pledge's counterparts are those named *before* an event's day (a 2011 trip to Beijing keeps
  no talks promised to China in 2013, and the meeting at which talks are promised does not keep
  them), and a status as of a date shows those named by then;
* a promise of talks that names no promisee takes its counterparts from its story (the meetings
  of its promisor in the same report), a six-party or inter-Korean pledge from its topic, and a
  talks pledge that names no one at all is kept by no meeting in particular;
* firing artillery into the sea with no target and no hit is no breach of the Armistice;
* talks about resuming the six-party talks hold no six-party round;
* an "aid" noun with no delivery word delivers nothing.

All sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger import (
    CONTRADICTED,
    FULFILLED,
    PLEDGED,
    Mention,
    actions_for,
    load_pledge,
    load_topic_actions,
    match_event,
    pledge_status_at,
    rebuild_ledger,
)
from pledgewatch.ledger.grouping import story_counterparts
from pledgewatch.ledger.records import Pledge, mention_counterparts, pledge_counterparts
from pledgewatch.store import Store
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat


def talks_pledge(store: Store) -> dict[str, str]:
    """North Korea offers the South talks (2011), agrees with U.S. diplomats to keep talking in
    a report of their meeting (August 2011), and tells Beijing it will hold dialogue (2013)."""
    ids: dict[str, str] = {}
    offer = C("talks", promisee="KORGOV", first_party=True, formality="formal", kind="offer")
    [ids["offer"]] = add_document(
        store,
        "offer",
        "2011-01-05",
        [("We propose talks with the authorities of the South.", [commitment_event(offer)])],
    )
    [ids["beijing_2011"]] = add_document(
        store,
        "beijing-2011",
        "2011-06-01",
        [("Envoys of the North and China met in Beijing.", [E("040", "PRKGOV", "CHNGOV")])],
    )
    keep_talking = C("talks", promisee=None, first_party=True, formality="official")
    [ids["geneva"], ids["keep_talking"]] = add_document(
        store,
        "geneva",
        "2011-08-01",
        [
            ("North Korean and American diplomats met in Geneva.", [E("040", "PRKGOV", "USAGOV")]),
            ("They agreed to keep talking.", [commitment_event(keep_talking)]),
        ],
    )
    [ids["geneva_again"]] = add_document(
        store,
        "geneva-again",
        "2011-10-01",
        [("The two delegations met again in Geneva.", [E("046", "USAGOV", "PRKGOV")])],
    )
    to_china = C("talks", promisee="CHNGOV", first_party=True, formality="official")
    [ids["received"], ids["to_china"]] = add_document(
        store,
        "to-china",
        "2013-05-24",
        [
            ("The Chinese leader received the envoy.", [E("040", "CHNGOV", "PRKGOV")]),
            ("The envoy said the North would hold dialogue.", [commitment_event(to_china)]),
        ],
    )
    [ids["beijing_2013"]] = add_document(
        store,
        "beijing-2013",
        "2013-07-01",
        [("The envoy met Chinese officials again.", [E("040", "PRKGOV", "CHNGOV")])],
    )
    return ids


def test_counterparts_are_those_named_before_the_event(store: Store) -> None:
    ids = talks_pledge(store)
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:talks")
    assert pledge is not None
    # the 2011 trip to Beijing came before China was named; the Geneva meeting and the 2013
    # reception are the meetings at which the talks were promised, not their keeping
    assert [lk.event_id for lk in pledge.links] == [ids["geneva_again"], ids["beijing_2013"]]
    assert pledge.counterparts == ("KOR", "USA", "CHN")
    # a checklist asking only for an action still takes a meeting with anyone
    open_links = actions_for(store, "PRK", "talks", since=D("2011-01-01"), until=D("2013-12-31"))
    assert ids["beijing_2011"] in [lk.event_id for lk in open_links]


@pytest.mark.parametrize(
    ("as_of", "counterparts", "status"),
    [
        ("2011-03-01", ["KOR"], PLEDGED),
        ("2011-09-01", ["KOR", "USA"], PLEDGED),
        ("2012-01-01", ["KOR", "USA"], FULFILLED),
        ("2013-12-31", ["KOR", "USA", "CHN"], FULFILLED),
    ],
)
def test_a_status_shows_the_counterparts_named_by_its_date(
    store: Store, as_of: str, counterparts: list[str], status: str
) -> None:
    talks_pledge(store)
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:talks")
    assert pledge is not None
    shown = pledge_status_at(pledge, D(as_of)).to_dict()
    assert (shown["counterparts"], shown["status"]) == (counterparts, status)


def test_a_talks_pledge_naming_no_one_is_kept_by_no_meeting(store: Store) -> None:
    vague = C("talks", promisor="JPNGOV", promisee=None, first_party=True, formality="official")
    add_document(
        store,
        "tokyo",
        "2012-01-10",
        [("Tokyo said it was ready for talks.", [commitment_event(vague)])],
    )
    [met] = add_document(
        store,
        "envoy",
        "2012-02-01",
        [("A Thai envoy met Japanese officials.", [E("040", "THAGOV", "JPNGOV")])],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "JPN:talks")
    assert pledge is not None and pledge.counterparts == () and pledge.links == ()
    assert pledge_status_at(pledge, D("2012-12-31")).status == PLEDGED
    # the same meeting keeps it once Tokyo's words name Thailand's government
    named = C("talks", promisor="JPNGOV", promisee="THAGOV", first_party=True, formality="official")
    [_, met_again] = add_document(
        store,
        "tokyo-thai",
        "2012-03-01",
        [
            ("Tokyo said it would talk with Bangkok.", [commitment_event(named)]),
            ("Japanese and Thai officials met in Bangkok.", [E("040", "JPNGOV", "THAGOV")]),
        ],
    )
    [later] = add_document(
        store,
        "bangkok",
        "2012-04-02",
        [("Japanese and Thai officials met again.", [E("040", "JPNGOV", "THAGOV")])],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "JPN:talks")
    assert pledge is not None
    assert [lk.event_id for lk in pledge.links] == [later]
    assert met not in [lk.event_id for lk in pledge.links]
    assert met_again not in [lk.event_id for lk in pledge.links]


MEETINGS = [
    ("doc:0", "PRKGOV", "USAGOV"),
    ("doc:1", "RUSGOV", "PRKGOV"),
    ("doc:1", "CHNGOV", "JPNGOV"),  # the promisor is not in it
    ("doc:2", "PRKGOV", "---GOV"),  # an unknown country
    ("doc:2", "PRKMIL", "PRKGOV"),  # its own country
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a meeting in the promise's own sentence decides
        ("doc:1", ("RUS",)),
        # else every meeting of the promisor in the report, in order
        ("doc:5", ("USA", "RUS")),
        ("doc:2", ("USA", "RUS")),
    ],
)
def test_story_counterparts(sentence: str, expected: tuple[str, ...]) -> None:
    assert story_counterparts(MEETINGS, "PRK", sentence) == expected


def mention(
    promisee: str | None, story: tuple[str, ...] = (), *, n: int = 0, first_party: bool = True
) -> Mention:
    return Mention(
        event_id=f"m{n}",
        doc_id="d",
        sentence_id=f"d:{n}",
        date=D("2012-01-01") + dt.timedelta(days=30 * n),
        kind="promise",
        strength="firm",
        conditional=False,
        hedged=False,
        first_party=first_party,
        formality="official",
        promisor="PRKGOV",
        promisee=promisee,
        story_counterparts=story,
    )


def test_a_named_promisee_outranks_the_story() -> None:
    assert mention_counterparts("PRK", mention("KORGOV", ("USA",))) == ("KOR",)
    assert mention_counterparts("PRK", mention(None, ("USA", "PRK"))) == ("USA",)
    assert mention_counterparts("PRK", mention("---GOV", ("RUS",))) == ("RUS",)
    assert mention_counterparts("PRK", mention("PRKMIL", ("RUS",))) == ()
    mentions = [mention(None, ("USA",)), mention("CHNGOV", n=1), mention("JPN", n=2)]
    assert pledge_counterparts("PRK", mentions) == ("USA", "CHN", "JPN")
    assert pledge_counterparts("PRK", mentions, until=D("2012-01-31")) == ("USA", "CHN")
    assert pledge_counterparts("PRK", mentions, before=D("2012-01-31")) == ("USA",)
    # the promisor's own words still outrank others' accounts, story or not
    others = [mention(None, ("RUS",), first_party=False), mention(None, ("USA",), n=1)]
    assert pledge_counterparts("PRK", others) == ("USA",)


def test_story_counterparts_survive_the_json_round_trip() -> None:
    original = mention(None, ("USA", "CHN"))
    assert Mention.from_dict(original.to_dict()) == original
    old_row = original.to_dict()
    del old_row["story_counterparts"]
    assert Mention.from_dict(old_row).story_counterparts == ()


@pytest.mark.parametrize(
    ("promisor", "topic", "expected"),
    [
        ("PRK", "six_party_talks", ("KOR", "USA", "CHN", "JPN", "RUS")),
        ("CHN", "six_party_talks", ("PRK", "KOR", "USA", "JPN", "RUS")),
        ("KOR", "inter_korean_talks", ("PRK",)),
        ("PRK", "talks", ("USA",)),  # no parties of its own: what the mentions name
    ],
)
def test_a_topic_names_its_own_parties(promisor: str, topic: str, expected: tuple) -> None:
    topic_map = load_topic_actions()
    told = mention("USAGOV")
    pledge = Pledge(
        id=f"{promisor}:{topic}",
        promisor=promisor,
        topic=topic,
        label=topic,
        mentions=(told,),
        topic_counterparts=topic_map.topic_parties(topic),
    )
    assert pledge.counterparts_on() == expected


def test_six_party_counterparts_are_stored(store: Store) -> None:
    told = C("six_party_talks", promisee="CHNGOV", first_party=True, formality="official")
    add_document(
        store,
        "six",
        "2011-09-01",
        [
            (
                "The North told Beijing it would return to the six-party talks.",
                [commitment_event(told)],
            )
        ],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:six_party_talks")
    assert pledge is not None
    assert pledge.counterparts == ("KOR", "USA", "CHN", "JPN", "RUS")
    assert pledge_status_at(pledge, D("2011-12-31")).counterparts == pledge.counterparts


def event(cameo: str, source: str, target: str | None, text: str, action: str = "") -> dict:
    return {
        "cameo": cameo,
        "source": source,
        "target": target,
        "evidence": text,
        "action_text": action,
    }


@pytest.mark.parametrize(
    ("ev", "topic", "promisor", "expected"),
    [
        # a firing drill into the sea: no target, nothing hit
        (
            event(
                "194", "PRKMIL", None, "The North fired 40 rounds of coastal artillery.", "fired"
            ),
            "armistice_compliance",
            "PRK",
            None,
        ),
        (
            event("194", "PRK", "---MIL", "The North fired shells toward the sea line.", "fired"),
            "armistice_compliance",
            "PRK",
            None,
        ),
        # a target on the other side of the line, or words that say something was hit
        (
            event("194", "PRKMIL", "KORMIL", "Northern artillery hit a southern outpost.", "fired"),
            "armistice_compliance",
            "PRK",
            ("contradicts", "fire_on_the_south"),
        ),
        (
            event("190", "PRK", None, "A northern torpedo sank the patrol boat.", "sank boat"),
            "armistice_compliance",
            "PRK",
            ("contradicts", "attack_on_the_south"),
        ),
        (
            event("194", "PRKMIL", None, "Northern artillery shelled the fishing port.", "shelled"),
            "armistice_compliance",
            "PRK",
            ("contradicts", "attack_on_the_south"),
        ),
        # talks about resuming the six-party talks hold no round; a round does
        (
            event(
                "046",
                "PRKGOV",
                "USAGOV",
                "The envoys discussed better ties and resuming the six-party talks.",
                "resuming six-party talks",
            ),
            "six_party_talks",
            "PRK",
            None,
        ),
        (
            event("043", "PRKGOV", "CHNGOV", "The six-party talks resumed in Beijing.", "resumed"),
            "six_party_talks",
            "PRK",
            ("fulfils", "six_party_round_held"),
        ),
        # an aid noun delivers nothing; a delivery does
        (
            event("073", "USAGOV", None, "The text listed the U.S. food aid first.", "aid"),
            "humanitarian_aid",
            "USA",
            None,
        ),
        (
            event("073", "USAGOV", None, "The text listed the U.S. food aid first.", "aid"),
            "food_aid",
            "USA",
            None,
        ),
        (
            event("071", "USAGOV", "PRKGOV", "Washington shipped wheat to the port.", "shipped"),
            "food_aid",
            "USA",
            ("fulfils", "food_delivered"),
        ),
        (
            event("070", "USAGOV", None, "The first medical supplies were delivered.", "delivered"),
            "humanitarian_aid",
            "USA",
            ("fulfils", "aid_delivered"),
        ),
        (
            event("070", "USAGOV", "PRKGOV", "Heavy fuel oil reached the port.", "reached"),
            "energy_aid",
            "USA",
            ("fulfils", "fuel_delivered"),
        ),
        (
            event("070", "USAGOV", "PRKGOV", "The talks covered heavy fuel oil.", "covered"),
            "energy_aid",
            "USA",
            None,
        ),
    ],
)
def test_audited_rules(ev: dict, topic: str, promisor: str, expected: tuple | None) -> None:
    found = match_event(ev, topic, promisor, load_topic_actions())
    assert ((found.relation, found.rule_id) if found else None) == expected


def test_a_drill_does_not_breach_the_armistice_but_a_shelling_does(store: Store) -> None:
    signed = C("armistice_compliance", promisee="KORGOV", first_party=True, formality="formal")
    add_document(
        store,
        "signed",
        "2009-06-01",
        [("The North said it would honour the Armistice.", [commitment_event(signed)])],
    )
    add_document(
        store,
        "drill",
        "2010-02-01",
        [("The North fired 40 rounds into its own waters.", [E("194", "PRKMIL", None)])],
    )
    [shelled] = add_document(
        store,
        "shelled",
        "2010-06-01",
        [("Northern artillery shelled a southern island.", [E("194", "PRKMIL", "KOR")])],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:armistice_compliance")
    assert pledge is not None
    assert [lk.event_id for lk in pledge.links] == [shelled]
    assert pledge_status_at(pledge, D("2010-03-01")).status == PLEDGED
    later = pledge_status_at(pledge, D("2010-12-31"))
    assert (later.status, later.contradicted_on) == (CONTRADICTED, D("2010-06-01"))
