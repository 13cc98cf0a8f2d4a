"""A pledge's counterparts: the countries its mentions name as promisee (or meet in their story,
or the topic's own parties), as of a date, and the rules marked ``with_counterpart`` that link
only events with one of them named before the event (talks promised to Pyongyang are not kept by
a U.S. envoy's visit to Seoul, nor talks promised to China in 2013 by a 2011 trip to Beijing).
All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from pledgewatch.cli import build_app
from pledgewatch.ledger import (
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
from pledgewatch.ledger.grouping import candidates_from_row, story_counterparts
from pledgewatch.ledger.records import Pledge, mention_counterparts, pledge_counterparts
from pledgewatch.store import Store, open_store, schema
from tests.test_ledger_linking import event
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat


def mention(
    promisee: str | None,
    story: tuple[str, ...] = (),
    *,
    first_party: bool = True,
    retraction: bool = False,
    n: int = 0,
) -> Mention:
    """South Korea's ``n``-th mention (dated 2013-01-01 plus ``n`` days) of a pledge made to
    ``promisee``, meeting ``story`` in its report."""
    return Mention(
        event_id=f"m{n}",
        doc_id="d",
        sentence_id=f"d:{n}",
        date=D("2013-01-01") + dt.timedelta(days=n),
        kind="refusal" if retraction else "promise",
        strength="refused" if retraction else "firm",
        conditional=False,
        hedged=False,
        first_party=first_party,
        formality="official",
        promisor="KORGOV",
        promisee=promisee,
        retraction=retraction,
        story_counterparts=story,
    )


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        # the promisor's own words decide; others' accounts do not widen them
        ([mention("USAGOV", first_party=False), mention("PRKGOV", n=1)], ("PRK",)),
        # only others spoke of it: their promisees, in order of first naming, once each
        (
            [
                mention("USAGOV", first_party=False),
                mention("JPN", first_party=False, n=1),
                mention("USA", first_party=False, n=2),
            ],
            ("USA", "JPN"),
        ),
        # the promisor's own words name no one: others' accounts count
        ([mention(None), mention("CHNGOV", first_party=False, n=1)], ("CHN",)),
        # its own country, an unknown country and no promisee name no counterpart
        ([mention("KORMIL"), mention("---GOV", n=1), mention(None, n=2)], ()),
        # a refusal ends a pledge, it does not name who it was made to
        ([mention("PRKGOV", retraction=True), mention("USAGOV", first_party=False, n=1)], ("USA",)),
        # organisations are kept whole
        ([mention("IGOUNOIAE")], ("IGOUNOIAE",)),
    ],
)
def test_pledge_counterparts(mentions: list[Mention], expected: tuple[str, ...]) -> None:
    assert pledge_counterparts("KOR", mentions) == expected


SEOUL_PYONGYANG = event("040", "KORGOV", "PRKGOV", "Officials of the two Koreas met in Kaesong.")
SEOUL_ENVOY = event("042", "USAGOV", "KORGOV", "A U.S. envoy is visiting Seoul this week.")
SEOUL_ALONE = event("040", "KORGOV", None, "The cabinet met in Seoul.")
SUMMIT_MYANMAR = event("040", "USAGOV", "MMRGOV", "The secretary met Myanmar's president.")
SUMMIT_RUSSIA = event("040", "RUSGOV", "USAGOV", "The presidents met at a summit in Moscow.")
SIX_PARTY_CHINA = event("043", "PRKGOV", "CHNGOV", "Envoys gathered for six-party talks.")


#: a pledge judging the event asks for its counterparts; no pledge (a checklist asking only for
#: an action) does not
PLEDGE, NO_PLEDGE = True, False


@pytest.mark.parametrize(
    ("ev", "topic", "promisor", "counterparts", "pledge", "expected"),
    [
        # talks promised to Pyongyang: kept by a meeting with Pyongyang only
        (SEOUL_PYONGYANG, "talks", "KOR", ("PRK",), PLEDGE, "talks_held"),
        (SEOUL_ENVOY, "talks", "KOR", ("PRK",), PLEDGE, None),
        (SEOUL_ALONE, "talks", "KOR", ("PRK",), PLEDGE, None),  # no other party: not with PRK
        # talks promised to no one named: kept by no meeting in particular (talks with whom?)
        (SEOUL_PYONGYANG, "talks", "KOR", (), PLEDGE, None),
        (SEOUL_ENVOY, "talks", "KOR", (), PLEDGE, None),
        # no pledge at all: talks with anyone
        (SEOUL_PYONGYANG, "talks", "KOR", (), NO_PLEDGE, "talks_held"),
        (SEOUL_ENVOY, "talks", "KOR", (), NO_PLEDGE, "talks_held"),
        (SEOUL_ENVOY, "talks", "KOR", ("PRK",), NO_PLEDGE, "talks_held"),  # not read
        # one of several counterparts is enough
        (SEOUL_ENVOY, "talks", "KOR", ("PRK", "USA"), PLEDGE, "talks_held"),
        # a summit promised with Russia is not held by meeting Myanmar's president
        (SUMMIT_MYANMAR, "summit", "USA", ("RUS",), PLEDGE, None),
        (SUMMIT_RUSSIA, "summit", "USA", ("RUS",), PLEDGE, "summit_held"),
        (SUMMIT_MYANMAR, "summit", "USA", (), PLEDGE, None),
        (SUMMIT_MYANMAR, "summit", "USA", (), NO_PLEDGE, "summit_held"),
        # six-party rounds have six parties: the pledge's promisee does not restrict them
        (SIX_PARTY_CHINA, "six_party_talks", "PRK", ("USA",), PLEDGE, "six_party_round_held"),
    ],
)
def test_with_counterpart_rules(
    ev: dict,
    topic: str,
    promisor: str,
    counterparts: tuple[str, ...],
    pledge: bool,
    expected: str | None,
) -> None:
    found = match_event(
        ev,
        topic,
        promisor,
        load_topic_actions(),
        counterparts=counterparts,
        require_counterparts=pledge,
    )
    assert (found.rule_id if found else None) == expected


def test_only_topics_with_a_with_counterpart_rule_want_counterparts() -> None:
    topic_map = load_topic_actions()
    wanting = {topic for topic in topic_map.spec.topics if topic_map.wants_counterparts(topic)}
    assert wanting == {"talks", "summit"}
    assert not topic_map.wants_counterparts("no_such_topic")


def test_with_counterpart_in_a_custom_map(tmp_path: Path) -> None:
    path = tmp_path / "map.yaml"
    path.write_text(
        "version: 1\ntopics:\n  talks:\n    label: Talks\n    fulfils:\n"
        "      - {id: met, codes: ['04'], by: either}\n"
        "      - {id: met_them, codes: ['04'], by: either, with_counterpart: true}\n",
        encoding="utf-8",
    )
    topic_map = load_topic_actions(path)
    assert [r.rule.with_counterpart for r in topic_map.rules_for("talks")] == [False, True]
    # the rule without the option ignores the counterparts; the other one asks for them
    found = match_event(
        SEOUL_ENVOY, "talks", "KOR", topic_map, counterparts=("PRK",), require_counterparts=True
    )
    assert found is not None and found.rule_id == "met"
    assert topic_map.wants_counterparts("talks")


def build_counterpart_story(store: Store) -> dict[str, str]:
    """Seoul promises dialogue with Pyongyang; Tokyo promises talks naming no one; a U.S.
    envoy visits both capitals before the two Koreas meet."""
    ids: dict[str, str] = {}
    seoul = C(
        "talks",
        promisor="KORGOV",
        promisee="PRKGOV",
        first_party=True,
        formality="official",
        topic_text="dialogue with Pyongyang",
    )
    tokyo = C("talks", promisor="JPNGOV", promisee=None, first_party=True, formality="official")
    # a reporter's account of Seoul's schedule names Washington: it does not widen the pledge
    schedule = C("talks", promisor="KORGOV", promisee="USAGOV", topic_text="talks with Washington")
    [ids["seoul_pledge"], ids["tokyo_pledge"], ids["schedule"]] = add_document(
        store,
        "pledges",
        "2013-01-02",
        [
            (
                "The president-elect said Seoul would keep the door open to Pyongyang.",
                [commitment_event(seoul)],
            ),
            ("Tokyo said it would seek talks.", [commitment_event(tokyo)]),
            ("Seoul will hold talks with Washington next week.", [commitment_event(schedule)]),
        ],
    )
    [ids["envoy_seoul"], ids["envoy_tokyo"]] = add_document(
        store,
        "envoy",
        "2013-01-21",
        [
            (
                "A U.S. envoy visiting Seoul met the foreign minister.",
                [E("040", "USAGOV", "KORGOV")],
            ),
            ("The envoy then met Japanese officials in Tokyo.", [E("040", "USAGOV", "JPNGOV")]),
        ],
    )
    [ids["kaesong"]] = add_document(
        store,
        "kaesong",
        "2013-07-06",
        [("Officials of the two Koreas met at Panmunjom.", [E("040", "KORGOV", "PRKGOV")])],
    )
    return ids


def test_a_pledge_is_kept_only_by_its_counterpart(store: Store) -> None:
    ids = build_counterpart_story(store)
    rebuild_ledger(store)
    seoul = load_pledge(store, "KOR:talks")
    assert seoul is not None and seoul.counterparts == ("PRK",)
    assert [lk.event_id for lk in seoul.links] == [ids["kaesong"]]
    assert pledge_status_at(seoul, D("2013-03-01")).status == PLEDGED
    later = pledge_status_at(seoul, D("2013-12-31"))
    assert (later.status, later.fulfilled_on) == (FULFILLED, D("2013-07-06"))
    # Tokyo named no one and its report shows no meeting: no envoy's visit keeps its pledge
    tokyo = load_pledge(store, "JPN:talks")
    assert tokyo is not None and tokyo.counterparts == ()
    assert [lk.event_id for lk in tokyo.links] == []
    assert pledge_status_at(tokyo, D("2013-03-01")).status == PLEDGED


def test_counterparts_are_stored_and_shown(store: Store, tmp_path: Path) -> None:
    build_counterpart_story(store)
    rebuild_ledger(store)
    with store.reading() as connection:
        data = connection.execute(
            select(schema.pledges.c.data).where(schema.pledges.c.id == "KOR:talks")
        ).scalar_one()
    assert data["counterparts"] == ["PRK"]
    seoul = load_pledge(store, "KOR:talks")
    assert seoul is not None
    assert pledge_status_at(seoul, D("2013-03-01")).to_dict()["counterparts"] == ["PRK"]
    # the stored list is a copy for SQL readers: a pledge read back derives its counterparts
    # from its mentions, so the two cannot disagree
    data["counterparts"] = ["JPN"]
    with store.transaction() as connection:
        connection.execute(
            update(schema.pledges).where(schema.pledges.c.id == "KOR:talks").values(data=data)
        )
    again = load_pledge(store, "KOR:talks")
    assert again is not None and again.counterparts == ("PRK",)


def test_ledger_json_has_counterparts(tmp_path: Path) -> None:
    path = str(tmp_path / "cli.db")
    with open_store(path) as store:
        build_counterpart_story(store)
    result = CliRunner().invoke(
        build_app(), ["--db", path, "ledger", "--as-of", "2013-12-31", "--json"]
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    shown = {row["id"]: (row["counterparts"], row["status"]) for row in rows}
    assert shown["KOR:talks"] == (["PRK"], FULFILLED)
    assert shown["JPN:talks"] == ([], PLEDGED)


def test_actions_without_a_pledge_have_no_counterparts(store: Store) -> None:
    ids = build_counterpart_story(store)
    links = actions_for(store, "KOR", "talks", since=D("2013-01-01"), until=D("2013-12-31"))
    assert [lk.event_id for lk in links] == [ids["envoy_seoul"], ids["kaesong"]]


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


def test_a_named_promisee_outranks_the_story() -> None:
    assert mention_counterparts("KOR", mention("PRKGOV", ("USA",))) == ("PRK",)
    assert mention_counterparts("KOR", mention(None, ("USA", "KOR"))) == ("USA",)
    assert mention_counterparts("KOR", mention("---GOV", ("RUS",))) == ("RUS",)
    assert mention_counterparts("KOR", mention("KORMIL", ("RUS",))) == ()
    mentions = [mention(None, ("USA",)), mention("CHNGOV", n=1), mention("JPN", n=2)]
    assert pledge_counterparts("KOR", mentions) == ("USA", "CHN", "JPN")
    assert pledge_counterparts("KOR", mentions, until=D("2013-01-02")) == ("USA", "CHN")
    assert pledge_counterparts("KOR", mentions, before=D("2013-01-02")) == ("USA",)
    # the promisor's own words still outrank others' accounts, story or not
    others = [mention(None, ("RUS",), first_party=False), mention(None, ("USA",), n=1)]
    assert pledge_counterparts("KOR", others) == ("USA",)


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


class CountingStory(dict):
    """A story index that counts how often a document's meetings are read."""

    reads = 0

    def get(self, key, default=None):  # type: ignore[no-untyped-def]
        self.reads += 1
        return super().get(key, default)


def test_a_row_of_several_topics_reads_its_story_once() -> None:
    story = CountingStory({"doc": [("doc:0", "PRKGOV", "USAGOV")]})
    row = {
        "event_id": "doc:1:0",
        "doc_id": "doc",
        "sentence_id": "doc:1",
        "date": D("2012-01-01"),
        "kind": "promise",
        "strength": "firm",
        "promisor": "PRKGOV",
        "promisee": None,
        "topic": "talks",
        "data": {
            "other_topics": [{"topic": "missile_launch_moratorium"}, {"topic": "summit"}],
        },
    }
    found = candidates_from_row(row, load_topic_actions(), story=story)
    # only topics whose rules ask for counterparts take the story's
    assert [(c.topic, c.mention.story_counterparts) for c in found] == [
        ("talks", ("USA",)),
        ("missile_launch_moratorium", ()),
        ("summit", ("USA",)),
    ]
    assert story.reads == 1


@pytest.mark.parametrize(
    ("modality", "expected"),
    [
        ("asserted", ("USA",)),
        ("future", ("USA",)),  # a visit announced for this week names whom the talks are with
        ("negated", ()),
        ("hypothetical", ()),
    ],
)
def test_a_planned_meeting_of_the_story_names_the_counterpart(
    store: Store, modality: str, expected: tuple[str, ...]
) -> None:
    """A visit announced in the story ("The envoy arrives in New York this week", then
    "Pyongyang says it will return to the talks") is still ahead, yet it says who the talks
    are with; a trip denied or only supposed does not."""
    to_talks = C("talks", promisee=None, first_party=True, formality="official")
    add_document(
        store,
        "trip",
        "2011-07-25",
        [
            (
                "The envoy arrives in New York this week.",
                [E("042", "PRKGOV", "USAGOV", modality=modality)],
            ),
            ("Pyongyang says it will return to the talks.", [commitment_event(to_talks)]),
        ],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:talks")
    assert pledge is not None
    assert pledge.counterparts == expected
