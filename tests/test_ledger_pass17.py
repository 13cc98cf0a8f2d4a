"""Ledger pass 17: a pledge about one country (sanctions on X) is its own pledge, a one-off
pledge once kept stays kept, and a sanctions pledge's way is read from the governing verb in
its clause. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import insert, select

from pledgewatch.ledger import (
    CONTRADICTED,
    CONTRADICTS,
    FULFILLED,
    FULFILS,
    PLEDGED,
    ActionLink,
    Mention,
    Pledge,
    actions_for,
    load_pledge,
    load_pledges,
    load_topic_actions,
    pledge_id,
    pledge_status_at,
    rebuild_ledger,
    set_link_override,
)
from pledgewatch.ledger.grouping import candidates_from_row, story_object
from pledgewatch.ledger.linking import acts_on, pledge_ways
from pledgewatch.ledger.topic_actions import default_topic_actions_path
from pledgewatch.ledger.wordings import clause_of
from pledgewatch.store import Store, schema
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat
END = D("2013-12-31")


# --- a pledge about one country --------------------------------------------------------------


def two_sanctions_pledges(store: Store) -> dict[str, list[str]]:
    """Washington keeps some sanctions on Myanmar (a report on Myanmar) and pushes for tougher
    ones on North Korea (a report on a test); then eases Myanmar's and imposes new ones on the
    North."""
    ids = {}
    ids["myanmar"] = add_document(
        store,
        "myanmar",
        "2012-05-10",
        [
            (
                "Myanmar's president met the visiting envoy in the capital.",
                [E("040", "MMRGOV", "USAGOV", action_text="met")],
            ),
            (
                "The envoy said Washington would keep some sanctions in place.",
                [
                    commitment_event(
                        C(
                            "sanctions",
                            promisor="USAGOV",
                            promisee=None,
                            first_party=True,
                            formality="official",
                            topic_text="sanctions",
                        )
                    )
                ],
            ),
        ],
    )
    ids["test"] = add_document(
        store,
        "test",
        "2012-06-10",
        [
            (
                "North Korea detonated a nuclear device on Tuesday.",
                [E("150", "PRKGOV", None, action_text="detonated device")],
            ),
            (
                "Officials said Washington would push for tougher sanctions at the United Nations.",
                [
                    commitment_event(
                        C(
                            "sanctions",
                            promisor="USAGOV",
                            promisee="IGOUNO",
                            first_party=True,
                            formality="official",
                            topic_text="tougher sanctions at the United Nations",
                        )
                    )
                ],
            ),
        ],
    )
    ids["eased"] = add_document(
        store,
        "eased",
        "2012-07-01",
        [
            (
                "Washington lifted its ban on investment in Myanmar.",
                [E("085", "USAGOV", "MMRGOV", action_text="lifted ban on investment")],
            )
        ],
    )
    ids["imposed"] = add_document(
        store,
        "imposed",
        "2012-08-01",
        [
            (
                "Washington imposed new penalties on North Korean banks.",
                [E("163", "USAGOV", "PRKGOV", action_text="imposed new penalties")],
            )
        ],
    )
    return ids


def test_sanctions_on_two_countries_are_two_pledges(store: Store) -> None:
    two_sanctions_pledges(store)
    rebuild_ledger(store)
    assert [p.id for p in load_pledges(store, topic="sanctions")] == [
        "USA:sanctions@MMR",
        "USA:sanctions@PRK",
    ]
    myanmar = load_pledge(store, "USA:sanctions@MMR")
    korea = load_pledge(store, "USA:sanctions@PRK")
    assert myanmar is not None and korea is not None
    assert (myanmar.topic, myanmar.object_country, myanmar.label) == (
        "sanctions",
        "MMR",
        "Sanctions (MMR)",
    )
    # "keep some sanctions in place": the easing of Myanmar's breaks it, the Northern one is
    # none of its business; "tougher sanctions": the new penalties on the North keep it
    assert [(lk.date, lk.relation) for lk in myanmar.links] == [(D("2012-07-01"), CONTRADICTS)]
    assert [(lk.date, lk.relation) for lk in korea.links] == [(D("2012-08-01"), FULFILS)]
    assert pledge_status_at(myanmar, END).status == CONTRADICTED
    assert pledge_status_at(korea, END).status == FULFILLED


def test_an_act_with_no_other_party_is_about_its_reports_object(store: Store) -> None:
    """ "Washington eased the penalties" names no one: its report, on the North, tells whose."""
    two_sanctions_pledges(store)
    add_document(
        store,
        "untargeted",
        "2012-09-01",
        [
            (
                "North Korea's envoy arrived in Beijing on Monday.",
                [E("042", "PRKGOV", "CHNGOV", action_text="arrived")],
            ),
            (
                "North Korea's leader visited a missile unit.",
                [E("043", "PRKGOV", None, action_text="visited")],
            ),
            (
                "Washington eased the penalties on Tuesday.",
                [E("085", "USAGOV", None, action_text="eased penalties")],
            ),
        ],
    )
    rebuild_ledger(store)
    korea = load_pledge(store, "USA:sanctions@PRK")
    myanmar = load_pledge(store, "USA:sanctions@MMR")
    assert korea is not None and myanmar is not None
    assert [(lk.date, lk.relation) for lk in korea.links] == [
        (D("2012-08-01"), FULFILS),
        (D("2012-09-01"), CONTRADICTS),
    ]
    assert [lk.date for lk in myanmar.links] == [D("2012-07-01")]


def test_a_sanctions_pledge_with_no_object_keeps_its_plain_id(store: Store) -> None:
    add_document(
        store,
        "vague",
        "2012-05-01",
        [
            (
                "The minister said Washington would lift sanctions.",
                [
                    commitment_event(
                        C(
                            "sanctions",
                            promisor="USAGOV",
                            promisee=None,
                            first_party=True,
                            formality="official",
                            topic_text="lift sanctions",
                        )
                    )
                ],
            )
        ],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "USA:sanctions")
    assert pledge is not None and pledge.object_country is None
    assert pledge_id("USA", "sanctions") == "USA:sanctions"
    assert pledge_id("USA", "sanctions", "MMR") == "USA:sanctions@MMR"


def test_an_override_is_kept_by_the_pledge_of_its_object(store: Store) -> None:
    ids = two_sanctions_pledges(store)
    rebuild_ledger(store)
    set_link_override(store, "USA:sanctions@PRK", ids["imposed"][0], "reject")
    rebuild_ledger(store)
    korea = load_pledge(store, "USA:sanctions@PRK")
    myanmar = load_pledge(store, "USA:sanctions@MMR")
    assert korea is not None and myanmar is not None
    assert korea.links == ()
    assert [lk.event_id for lk in myanmar.links] == [ids["eased"][0]]


def _write_override(
    store: Store, promisor: str, topic: str, event_id: str, decision: str, relation: str | None
) -> None:
    """An override row as an older ledger (or a caller knowing only the topic) wrote it."""
    with store.transaction() as connection:
        connection.execute(
            insert(schema.link_overrides).values(
                promisor=promisor,
                topic=topic,
                event_id=event_id,
                decision=decision,
                relation=relation,
                note=None,
                created_at=dt.datetime.now(dt.UTC),
            )
        )


def test_an_override_under_the_plain_topic_still_applies(store: Store) -> None:
    """Written under (USA, sanctions) before pledges were kept per country: it applies to the
    pledge of the country its event is done to, and to no other (the reviewer's case)."""
    ids = two_sanctions_pledges(store)
    _write_override(store, "USA", "sanctions", ids["imposed"][0], "reject", None)
    summary = rebuild_ledger(store)
    korea = load_pledge(store, "USA:sanctions@PRK")
    myanmar = load_pledge(store, "USA:sanctions@MMR")
    assert korea is not None and myanmar is not None
    assert korea.links == ()
    assert [lk.event_id for lk in myanmar.links] == [ids["eased"][0]]
    assert summary.overrides_applied == 1
    assert summary.unused_overrides == ()


def test_the_object_pledges_own_override_wins_and_an_unread_one_is_listed(store: Store) -> None:
    """A decision under ``sanctions@PRK`` outranks one under ``sanctions`` on the same event;
    a decision no pledge reads (food aid: no such pledge) is listed by the rebuild."""
    ids = two_sanctions_pledges(store)
    imposed = ids["imposed"][0]
    _write_override(store, "USA", "sanctions", imposed, "reject", None)
    _write_override(store, "USA", "sanctions@PRK", imposed, "confirm", FULFILS)
    _write_override(store, "USA", "food_aid", imposed, "reject", None)
    summary = rebuild_ledger(store)
    korea = load_pledge(store, "USA:sanctions@PRK")
    assert korea is not None
    assert [(lk.event_id, lk.origin) for lk in korea.links] == [(imposed, "confirmed")]
    assert summary.unused_overrides == (f"USA:food_aid {imposed}",)


def test_actions_for_one_object_takes_only_acts_on_it(store: Store) -> None:
    ids = two_sanctions_pledges(store)
    assert [
        lk.event_id for lk in actions_for(store, "USAGOV", "sanctions", object_country="PRK")
    ] == [ids["imposed"][0]]
    assert [
        lk.event_id for lk in actions_for(store, "USAGOV", "sanctions", object_country="MMR")
    ] == [ids["eased"][0]]
    assert len(actions_for(store, "USAGOV", "sanctions")) == 2


def test_the_web_tables_fallback_writes_the_override_the_pledge_reads(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the ledger's override function the API writes the row itself: keyed by the
    pledge id's topic part (``sanctions@PRK``), as the ledger reads it."""
    from fastapi.testclient import TestClient

    from pledgewatch.web import api
    from pledgewatch.web.app import create_app

    ids = two_sanctions_pledges(store)
    rebuild_ledger(store)
    monkeypatch.setattr(api, "link_override_function", lambda: None)
    app = create_app(store.url, write_token="t0ken")
    body = {"pledge_id": "USA:sanctions@PRK", "event_id": ids["imposed"][0], "decision": "reject"}
    with TestClient(app) as client:
        answer = client.post("/api/links", json=body, headers={"Authorization": "Bearer t0ken"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["applied_by"] == "table"
    with store.reading() as connection:
        rows = connection.execute(select(schema.link_overrides)).mappings().all()
    assert [(r["promisor"], r["topic"]) for r in rows] == [("USA", "sanctions@PRK")]
    rebuild_ledger(store)
    korea = load_pledge(store, "USA:sanctions@PRK")
    assert korea is not None and korea.links == ()


def test_which_topics_are_keyed_by_object() -> None:
    """Sanctions and aid are about one country; talks and moratoria are not."""
    topic_map = load_topic_actions()
    for topic in ("sanctions", "food_aid", "humanitarian_aid", "energy_aid"):
        assert topic_map.keyed_by_object(topic), topic
    for topic in ("talks", "missile_launch_moratorium", "six_party_talks"):
        assert not topic_map.keyed_by_object(topic), topic


#: The CAMEO prefixes of the sanctions rules (eased 081/085, imposed 163/172).
SANCTIONS_CODES = ("081", "085", "163", "172")


@pytest.mark.parametrize(
    ("parties", "sentence", "own", "promisee", "speaker", "expected"),
    [
        # another event of the sentence names the object
        (
            [("e1", "s1", "JPNGOV", None, "014"), ("e2", "s1", "PRKGOV", None, "150")],
            "s1",
            "e1",
            None,
            None,
            "PRK",
        ),
        # the promise's own promisee when its sentence names no one else
        ([("e1", "s1", "USAGOV", "MMRGOV", "081")], "s1", "e1", "MMRGOV", None, "MMR"),
        # the promisee comes first: a meeting coded both ways in its sentence does not beat it
        # (the reviewer's case)
        (
            [
                ("e1", "s1", "USA", "MMR", "081"),
                ("e2", "s1", "USAGOV", "CHNGOV", "040"),
                ("e3", "s1", "CHNGOV", "USAGOV", "040"),
            ],
            "s1",
            "e1",
            "MMR",
            None,
            "MMR",
        ),
        # a report of U.S.-China talks about the North's test: the talks are no object
        (
            [
                ("e1", "s2", "USAGOV", None, "010"),
                ("e2", "s2", "USAGOV", "CHNGOV", "040"),
                ("e3", "s2", "CHNGOV", "USAGOV", "040"),
                ("e4", "s1", "PRKGOV", None, "190"),
            ],
            "s2",
            "e1",
            None,
            None,
            "PRK",
        ),
        # a sanctions act of the report beats the report's other events
        (
            [
                ("e1", "s2", "USAGOV", None, "010"),
                ("e2", "s1", "PRKGOV", None, "010"),
                ("e3", "s3", "PRKGOV", "KORGOV", "111"),
                ("e4", "s4", "USAGOV", "MMRGOV", "085"),
            ],
            "s2",
            "e1",
            None,
            None,
            "MMR",
        ),
        # a meeting coded both ways counts once: a tie, the first named wins
        (
            [
                ("e1", "s2", "USAGOV", None, "010"),
                ("e2", "s1", "USAGOV", "PRKGOV", "040"),
                ("e3", "s1", "USAGOV", "CHNGOV", "040"),
                ("e4", "s1", "CHNGOV", "USAGOV", "040"),
            ],
            "s2",
            "e1",
            None,
            None,
            "PRK",
        ),
        # meetings only, when nothing else names a country
        (
            [("e1", "s1", "USAGOV", None, "030"), ("e2", "s1", "USAGOV", "PRKGOV", "040")],
            "s1",
            "e1",
            None,
            None,
            "PRK",
        ),
        # an organisation is no object: the report's most named country is
        (
            [
                ("e1", "s2", "USAGOV", "IGOUNO", "163"),
                ("e2", "s1", "PRKGOV", None, "150"),
                ("e3", "s3", "KORGOV", "PRKGOV", "111"),
            ],
            "s2",
            "e1",
            "IGOUNO",
            None,
            "PRK",
        ),
        # the promisor's own country and unknown countries are no object
        (
            [("e1", "s1", "USAGOV", "USAMIL", "163"), ("e2", "s1", "---GOV", None, "010")],
            "s1",
            "e1",
            None,
            None,
            None,
        ),
        # first named wins a tie
        (
            [("e2", "s9", "CHNGOV", None, "010"), ("e3", "s9", "RUSGOV", None, "010")],
            "s1",
            "e1",
            None,
            None,
            "CHN",
        ),
    ],
)
def test_story_object(
    parties: list[Any],
    sentence: str,
    own: str,
    promisee: str | None,
    speaker: str | None,
    expected: str | None,
) -> None:
    found = story_object(
        parties,
        "USA",
        sentence,
        own_event=own,
        promisee=promisee,
        speaker=speaker,
        topic_codes=SANCTIONS_CODES,
    )
    assert found == expected


@pytest.mark.parametrize(
    ("promisor", "speaker", "parties", "expected"),
    [
        # a promisor of no known country: its speaker's country stands in for it, "U.S.
        # officials said aid workers would monitor the distribution" is no aid to the U.S.
        (
            "---",
            "USAGOV",
            [("e1", "s5", "USAGOV", None, "010"), ("e2", "s7", "USAGOV", "PRKGOV", "0333")],
            "PRK",
        ),
        # a known promisor: the speaker may be the object, "It (the North's statement) said
        # the United States had promised to provide more food"
        (
            "USA",
            "PRK",
            [("e1", "s6", "PRK", None, "010"), ("e2", "s1", "PRKGOV", None, "0873")],
            "PRK",
        ),
    ],
)
def test_story_object_and_the_speaker(
    promisor: str, speaker: str, parties: list[Any], expected: str
) -> None:
    found = story_object(parties, promisor, "s6", own_event="own", speaker=speaker)
    assert found == expected


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [
        ("USAGOV", "MMRGOV", True),
        ("USAGOV", "PRKGOV", False),
        ("MMRGOV", "USAGOV", True),  # done to the promisor by the object
        ("USAGOV", None, False),
    ],
)
def test_acts_on(source: str, target: str | None, expected: bool) -> None:
    assert acts_on({"source": source, "target": target}, "USA", "MMR") is expected


# --- a one-off pledge once kept stays kept ---------------------------------------------------


def release_story(store: Store) -> None:
    """Pyongyang promises to free a detained American, frees him, and later arrests another."""
    add_document(
        store,
        "promise",
        "2010-08-01",
        [
            (
                "North Korea said it would release the detained American teacher.",
                [
                    commitment_event(
                        C(
                            "detainee_release",
                            promisee="USAGOV",
                            first_party=True,
                            formality="official",
                        )
                    )
                ],
            )
        ],
    )
    add_document(
        store,
        "freed",
        "2010-08-27",
        [
            (
                "North Korea freed the American teacher on Friday.",
                [E("084", "PRKGOV", "USACVL", action_text="freed teacher")],
            )
        ],
    )
    add_document(
        store,
        "arrest",
        "2012-11-03",
        [
            (
                "North Korea arrested an American tour guide at the border.",
                [E("173", "PRKGOV", "USACVL", action_text="arrested guide")],
            )
        ],
    )


def test_a_kept_one_off_pledge_stays_kept_and_shows_the_later_act(store: Store) -> None:
    release_story(store)
    rebuild_ledger(store)
    pledge = load_pledge(store, "PRK:detainee_release")
    assert pledge is not None and pledge.one_off
    assert [lk.relation for lk in pledge.links] == [FULFILS, CONTRADICTS]
    status = pledge_status_at(pledge, END)
    assert status.status == FULFILLED
    assert status.contradicted_on is None
    assert [lk.date for lk in status.links] == [D("2010-08-27"), D("2012-11-03")]
    assert "a contrary act on 2012-11-03 does not undo it (a one-off pledge)" in status.summary


def test_one_off_is_read_from_the_map(store: Store, tmp_path: Path) -> None:
    """The same story with a map that calls the topic ongoing: the arrest breaks it."""
    spec = yaml.safe_load(default_topic_actions_path().read_text(encoding="utf-8"))
    spec["topics"]["detainee_release"]["one_off"] = False
    path = tmp_path / "ongoing.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    ongoing = load_topic_actions(path)
    assert not ongoing.is_one_off("detainee_release")
    assert load_topic_actions().is_one_off("detainee_release")
    release_story(store)
    rebuild_ledger(store, topic_actions=ongoing)
    pledge = load_pledge(store, "PRK:detainee_release")
    assert pledge is not None and not pledge.one_off
    assert pledge_status_at(pledge, END).status == CONTRADICTED


def _pledge(
    topic: str,
    one_off: bool,
    relations: list[tuple[str, ...]],
    pledged: tuple[str, ...] = ("2011-01-01",),
) -> Pledge:
    """A pledge stated by its promisor on each day of ``pledged``, with links (day, relation
    and, optionally, the link's origin: auto unless given)."""
    mentions = tuple(
        Mention(
            event_id=f"m{n}",
            doc_id=f"d{n}",
            sentence_id=f"d{n}:0",
            date=D(day),
            kind="promise",
            strength="firm",
            conditional=False,
            hedged=False,
            first_party=True,
            formality="official",
            promisor="PRKGOV",
            promisee=None,
        )
        for n, day in enumerate(pledged)
    )
    links = tuple(
        ActionLink(
            f"PRK:{topic}", f"e{n}", row[1], "test", row[2] if len(row) > 2 else "auto", D(row[0])
        )
        for n, row in enumerate(relations)
    )
    return Pledge(f"PRK:{topic}", "PRK", topic, topic, mentions, links, one_off=one_off)


@pytest.mark.parametrize(
    ("one_off", "relations", "expected", "contradicted_on", "pledged"),
    [
        # kept once and for all: a later contrary act does not undo it
        (True, [("2011-02-01", FULFILS), ("2011-03-01", CONTRADICTS)], FULFILLED, None, ()),
        # an ongoing pledge (a freeze) kept, then broken, is broken
        (
            False,
            [("2011-02-01", FULFILS), ("2011-03-01", CONTRADICTS)],
            CONTRADICTED,
            "2011-03-01",
            (),
        ),
        # a one-off pledge broken before it was kept, then kept: kept
        (
            True,
            [("2011-02-01", CONTRADICTS), ("2011-03-01", FULFILS)],
            FULFILLED,
            "2011-02-01",
            (),
        ),
        # a one-off pledge only broken stays broken
        (True, [("2011-02-01", CONTRADICTS)], CONTRADICTED, "2011-02-01", ()),
        # a new promise after the first was kept is a new episode: a later arrest breaks it
        (
            True,
            [("2010-08-27", FULFILS), ("2013-05-02", CONTRADICTS)],
            CONTRADICTED,
            "2013-05-02",
            ("2010-08-01", "2013-01-10"),
        ),
        # ... and, not yet broken, the new promise stands
        (True, [("2010-08-27", FULFILS)], PLEDGED, None, ("2010-08-01", "2013-01-10")),
        # a contradiction an analyst confirmed is never skipped, nor one an analyst added
        (
            True,
            [("2011-02-01", FULFILS), ("2011-03-01", CONTRADICTS, "confirmed")],
            CONTRADICTED,
            "2011-03-01",
            (),
        ),
        (
            True,
            [("2011-02-01", FULFILS), ("2011-03-01", CONTRADICTS, "manual")],
            CONTRADICTED,
            "2011-03-01",
            (),
        ),
    ],
)
def test_one_off_and_ongoing_statuses(
    one_off: bool,
    relations: list[tuple[str, ...]],
    expected: str,
    contradicted_on: str | None,
    pledged: tuple[str, ...],
) -> None:
    pledge = _pledge("detainee_release", one_off, relations, pledged or ("2011-01-01",))
    status = pledge_status_at(pledge, END)
    assert status.status == expected
    assert status.contradicted_on == (D(contradicted_on) if contradicted_on else None)
    if len(pledged) > 1:
        assert status.since == D(pledged[-1])
        assert "does not undo it" not in status.summary


def test_a_recalled_one_off_pledge_stays_kept() -> None:
    """A third party recalling the pledge after it was kept ("the North had promised to free
    him") opens no new episode: the pledge stays fulfilled, and a later arrest does not undo it."""
    kept = _pledge(
        "detainee_release",
        True,
        [("2010-08-27", FULFILS), ("2013-05-02", CONTRADICTS)],
        ("2010-08-01",),
    )
    recall = replace(kept.mentions[0], event_id="recall", date=D("2012-01-10"), first_party=False)
    pledge = replace(kept, mentions=(*kept.mentions, recall))
    status = pledge_status_at(pledge, END)
    assert (status.status, status.contradicted_on) == (FULFILLED, None)
    assert "does not undo it" in status.summary


# --- the way of a sanctions pledge from the governing verb in its clause ---------------------


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        (
            "The envoy said the United States would keep some sanctions in place.",
            "sanctions",
            "The envoy said the United States would keep some sanctions in place",
        ),
        (
            "Tokyo will keep its sanctions, but Seoul will ease others.",
            "sanctions",
            "Tokyo will keep its sanctions",
        ),
        (
            "Seoul eased its curbs while Tokyo said it would keep its sanctions.",
            "sanctions",
            "Tokyo said it would keep its sanctions",
        ),
        ("The envoy spoke of trade.", "sanctions", None),
        (None, "sanctions", None),
        # a subordinator opens another clause (the reviewer's case)
        (
            "Clinton said sanctions would stay in place until Myanmar lifts its restrictions "
            "on the opposition.",
            "sanctions",
            "Clinton said sanctions would stay in place",
        ),
        (
            "Japan would impose sanctions if the North tested again.",
            "sanctions",
            "Japan would impose sanctions",
        ),
        # a period inside an abbreviation breaks nothing; one before a capital does
        (
            "Officials said sanctions on the D.P.R.K. would be tightened.",
            "sanctions",
            "Officials said sanctions on the D.P.R.K. would be tightened",
        ),
        (
            "The talks ended. Tokyo said it would ease sanctions.",
            "sanctions",
            "Tokyo said it would ease sanctions",
        ),
    ],
)
def test_clause_of(sentence: str | None, span: str, expected: str | None) -> None:
    assert clause_of(sentence, span) == expected


@pytest.mark.parametrize(
    ("evidence", "span", "clause", "expected"),
    [
        # the coder's span is only the reporting clause: the clause's verb tells
        (
            "The envoy said",
            "sanctions",
            "The envoy said the United States would keep some sanctions in place",
            ("reversed", "keep*"),
        ),
        # the verb after the noun, in the passive
        (
            "Officials said",
            "sanctions",
            "Officials said sanctions would be eased",
            ("as written", "eased"),
        ),
        (
            "Officials said",
            "the sanctions",
            "Officials said the sanctions would be eased soon",
            ("as written", "eased"),
        ),
        # the nearest way-word governs: "keep" before "lift"
        (
            "He said",
            "sanctions",
            "He said Tokyo would keep sanctions and lift curbs",
            ("reversed", "keep*"),
        ),
        # the span's own words still come first
        (
            "He said",
            "tougher sanctions",
            "He said Tokyo would ease tougher sanctions",
            ("reversed", "tough*"),
        ),
        # no way-word in the clause: back to the words before the span
        (
            "Tokyo would lift sanctions",
            "sanctions",
            "He looked at sanctions",
            ("as written", "lift*"),
        ),
        # after the span only its own verb group tells: "would stay in place" names no way,
        # "lifts" belongs to another clause (the reviewer's case, uncut)
        (
            "Clinton said",
            "sanctions",
            "Clinton said sanctions would stay in place until Myanmar lifts its restrictions",
            None,
        ),
        # a negated verb group tells no way
        ("He said", "sanctions", "He said sanctions would not be eased", None),
        # the verb group after a span with its object
        (
            "Officials said",
            "sanctions on the D.P.R.K.",
            "Officials said sanctions on the D.P.R.K. would be tightened",
            ("reversed", "tight*"),
        ),
    ],
)
def test_direction_from_the_clause(
    evidence: str, span: str, clause: str, expected: tuple[str, str] | None
) -> None:
    topic_map = load_topic_actions()
    found = topic_map.direction_of("sanctions", evidence, topic_text=span, clause=clause)
    assert found == expected


def _row(sentence: str | None) -> dict[str, Any]:
    return {
        "event_id": "d:1:0",
        "doc_id": "d",
        "sentence_id": "d:1",
        "kind": "promise",
        "strength": "firm",
        "promisor": "USAGOV",
        "promisee": None,
        "topic": "sanctions",
        "topic_text": "sanctions",
        "first_party": True,
        "formality": "official",
        "date": D("2012-05-17"),
        "evidence": "The envoy said",
        "sentence_text": sentence,
        "data": {},
    }


def test_a_pledge_whose_span_is_the_reporting_clause_reads_its_way_from_the_sentence() -> None:
    topic_map = load_topic_actions()
    sentence = "The envoy said the United States would keep some sanctions in place."
    told = candidates_from_row(_row(sentence), topic_map)
    blind = candidates_from_row(_row(None), topic_map)
    assert told[0].mention.clause == sentence.rstrip(".")
    assert blind[0].mention.clause is None

    def ways(found: list[Any]) -> list[tuple[str, str]]:
        mention = found[0].mention
        pledge = Pledge("USA:sanctions", "USA", "sanctions", "Sanctions", (mention,))
        return [way for _day, way in pledge_ways(pledge, topic_map)]

    assert ways(told) == [("reversed", "keep*")]
    assert ways(blind) == []  # "The envoy said" and "sanctions" tell none


def test_a_status_without_links_is_pledged() -> None:
    """The one-off guard does not touch a pledge with no act."""
    assert pledge_status_at(_pledge("detainee_release", True, []), END).status == PLEDGED
