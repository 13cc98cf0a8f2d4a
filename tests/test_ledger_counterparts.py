"""A pledge's counterparts: the countries its mentions name as promisee, and the rules marked
``with_counterpart`` that link only events with one of them (talks promised to Pyongyang are
not kept by a U.S. envoy's visit to Seoul). All sentences are written for these tests."""

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
from pledgewatch.ledger.records import pledge_counterparts
from pledgewatch.store import Store, open_store, schema
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat


def mention(
    promisee: str | None, *, first_party: bool = True, retraction: bool = False, n: int = 0
) -> Mention:
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


def meeting(cameo: str, source: str | None, target: str | None, text: str) -> dict:
    return {"cameo": cameo, "source": source, "target": target, "evidence": text}


SEOUL_PYONGYANG = meeting("040", "KORGOV", "PRKGOV", "Officials of the two Koreas met in Kaesong.")
SEOUL_ENVOY = meeting("042", "USAGOV", "KORGOV", "A U.S. envoy is visiting Seoul this week.")
SEOUL_ALONE = meeting("040", "KORGOV", None, "The cabinet met in Seoul.")
SUMMIT_MYANMAR = meeting("040", "USAGOV", "MMRGOV", "The secretary met Myanmar's president.")
SUMMIT_RUSSIA = meeting("040", "RUSGOV", "USAGOV", "The presidents met at a summit in Moscow.")
SIX_PARTY_CHINA = meeting("043", "PRKGOV", "CHNGOV", "Envoys gathered for six-party talks.")


@pytest.mark.parametrize(
    ("event", "topic", "promisor", "counterparts", "expected"),
    [
        # talks promised to Pyongyang: kept by a meeting with Pyongyang only
        (SEOUL_PYONGYANG, "talks", "KOR", ("PRK",), "talks_held"),
        (SEOUL_ENVOY, "talks", "KOR", ("PRK",), None),
        (SEOUL_ALONE, "talks", "KOR", ("PRK",), None),  # no other party: not a meeting with PRK
        # talks promised to no one named: kept by no meeting in particular (talks with whom?)
        (SEOUL_PYONGYANG, "talks", "KOR", (), None),
        (SEOUL_ENVOY, "talks", "KOR", (), None),
        # no pledge at all (a checklist asking only for an action): talks with anyone
        (SEOUL_PYONGYANG, "talks", "KOR", None, "talks_held"),
        (SEOUL_ENVOY, "talks", "KOR", None, "talks_held"),
        # one of several counterparts is enough
        (SEOUL_ENVOY, "talks", "KOR", ("PRK", "USA"), "talks_held"),
        # a summit promised with Russia is not held by meeting Myanmar's president
        (SUMMIT_MYANMAR, "summit", "USA", ("RUS",), None),
        (SUMMIT_RUSSIA, "summit", "USA", ("RUS",), "summit_held"),
        (SUMMIT_MYANMAR, "summit", "USA", (), None),
        (SUMMIT_MYANMAR, "summit", "USA", None, "summit_held"),
        # six-party rounds have six parties: the pledge's promisee does not restrict them
        (SIX_PARTY_CHINA, "six_party_talks", "PRK", ("USA",), "six_party_round_held"),
    ],
)
def test_with_counterpart_rules(
    event: dict,
    topic: str,
    promisor: str,
    counterparts: tuple[str, ...] | None,
    expected: str | None,
) -> None:
    found = match_event(event, topic, promisor, load_topic_actions(), counterparts=counterparts)
    assert (found.rule_id if found else None) == expected


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
    found = match_event(SEOUL_ENVOY, "talks", "KOR", topic_map, counterparts=("PRK",))
    assert found is not None and found.rule_id == "met"


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
    # a row written before pledges kept counterparts derives them from its mentions
    del data["counterparts"]
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
