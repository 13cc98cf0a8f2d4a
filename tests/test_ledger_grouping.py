"""Grouping commitment mentions into pledges: who, what topic, which mentions, which retractions."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from pledgewatch.ledger import (
    country_key,
    group_mentions,
    load_pledge,
    load_topic_actions,
    rebuild_ledger,
)
from pledgewatch.ledger.generic_slugs import words_slug
from pledgewatch.ledger.grouping import mention_from_row
from pledgewatch.store import Store
from tests.test_ledger_story import C, add_document, build_story, commitment_event

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("PRKGOV", "PRK"),
        ("PRKMIL", "PRK"),
        ("prk", "PRK"),
        ("USAGOV", "USA"),
        ("IGOUNOIAE", "IGOUNOIAE"),
        ("", None),
        (None, None),
    ],
)
def test_country_key(code: str | None, key: str | None) -> None:
    assert country_key(code) == key


def row(**values: Any) -> dict[str, Any]:
    base = {
        "event_id": "d:0:0",
        "doc_id": "d",
        "sentence_id": "d:0",
        "kind": "promise",
        "strength": "firm",
        "promisor": "PRKGOV",
        "promisee": "USAGOV",
        "topic": "nuclear_test_moratorium",
        "topic_text": "nuclear tests",
        "speaker": "PRKGOV",
        "first_party": True,
        "formality": "formal",
        "in_headline": False,
        "data": {},
        "date": D("2012-02-29"),
        "published": D("2012-03-01"),
        "evidence": "text",
    }
    base.update(values)
    return base


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({}, ("PRK", "nuclear_test_moratorium", "firm", False, True)),
        ({"kind": "offer"}, ("PRK", "nuclear_test_moratorium", "firm", False, True)),
        ({"kind": "demand"}, None),
        ({"kind": "statement"}, None),
        # a statement refusing counts as a refusal
        (
            {"kind": "statement", "strength": "refused"},
            ("PRK", "nuclear_test_moratorium", "refused", False, True),
        ),
        ({"promisor": None}, None),
        ({"date": None, "published": None}, None),
        (
            {"strength": "conditional"},
            ("PRK", "nuclear_test_moratorium", "conditional", True, True),
        ),
        (
            {"data": {"conditions": ["if talks continue"]}},
            ("PRK", "nuclear_test_moratorium", "conditional", True, True),
        ),
        (
            {"data": {"conditional": True}},
            ("PRK", "nuclear_test_moratorium", "conditional", True, True),
        ),
        ({"data": '{"hedged": true}'}, ("PRK", "nuclear_test_moratorium", "hedged", False, True)),
        ({"data": "not json"}, ("PRK", "nuclear_test_moratorium", "firm", False, True)),
        # a headline is the outlet's wording, not the promisor's, unless it heads a formal statement
        (
            {"in_headline": True, "formality": "reported"},
            ("PRK", "nuclear_test_moratorium", "firm", False, False),
        ),
        (
            {"in_headline": True, "formality": "formal"},
            ("PRK", "nuclear_test_moratorium", "firm", False, True),
        ),
        (
            {"topic": "other", "topic_text": "to hold a summit with Lee"},
            ("PRK", "other:hold-summit-lee", "firm", False, True),
        ),
    ],
)
def test_mention_from_row(values: dict[str, Any], expected: tuple | None) -> None:
    candidate = mention_from_row(row(**values), load_topic_actions())
    if expected is None:
        assert candidate is None
        return
    assert candidate is not None
    mention = candidate.mention
    got = (
        candidate.promisor,
        candidate.topic,
        mention.effective_strength,
        mention.conditional,
        mention.first_party,
    )
    assert got == expected


def test_undated_event_takes_the_document_date() -> None:
    candidate = mention_from_row(row(date=None), load_topic_actions())
    assert candidate is not None and candidate.mention.date == D("2012-03-01")


@pytest.mark.parametrize(
    ("text", "slug"),
    [("to hold a summit with Lee", "hold-summit-lee"), ("", "unspecified"), (None, "unspecified")],
)
def test_topic_slug(text: str | None, slug: str) -> None:
    assert words_slug(text) == slug


def test_reaffirmations_join_one_pledge_per_country_and_topic(store: Store) -> None:
    build_story(store)
    rebuild_ledger(store)
    missile = load_pledge(store, "PRK:missile_launch_moratorium")
    assert missile is not None
    # PRK's own statement and the U.S. account of it, plus the general retraction
    assert [m.event_id for m in missile.mentions] == [
        "kcna-leap-day:0:0",
        "state-leap-day:0:0",
        "no-longer-bound:0:0",
    ]
    assert [(m.first_party, m.formality, m.speaker) for m in missile.mentions[:2]] == [
        (True, "formal", "PRKGOV"),
        (False, "formal", "USAGOV"),
    ]
    assert missile.mentions[2].via and "no longer bound" in missile.mentions[2].via


def test_demands_make_no_pledge(store: Store) -> None:
    build_story(store)
    rebuild_ledger(store)
    iaea = load_pledge(store, "PRK:iaea_inspections")
    assert iaea is not None
    assert "state-leap-day:2:0" not in {m.event_id for m in iaea.mentions}


def test_general_retraction_reaches_recent_formal_pledges_only(store: Store) -> None:
    build_story(store)
    rebuild_ledger(store)
    retracted = {
        key
        for key in (
            "PRK:iaea_inspections",
            "PRK:enrichment_freeze",
            "PRK:nuclear_test_moratorium",
            "PRK:missile_launch_moratorium",
        )
        if any(m.event_id == "no-longer-bound:0:0" for m in load_pledge(store, key).mentions)  # type: ignore[union-attr]
    }
    assert len(retracted) == 4
    food = load_pledge(store, "USA:food_aid@PRK")
    assert food is not None and all(m.promisor == "USAGOV" for m in food.mentions)
    assert load_pledge(store, "PRK:other:bound-agreement") is None


def _pledges_from(store: Store) -> dict[str, list[str]]:
    from pledgewatch.ledger.grouping import read_candidates

    topic_map = load_topic_actions()
    with store.reading() as connection:
        candidates, _ = read_candidates(connection, topic_map)
    return {p.id: [m.event_id for m in p.mentions] for p in group_mentions(candidates, topic_map)}


def _old_pledge_and_retraction(
    store: Store, pledge_day: str, promisee: str | None
) -> dict[str, list[str]]:
    add_document(
        store,
        "pledge",
        pledge_day,
        [
            (
                "North Korea pledged a test moratorium.",
                [
                    commitment_event(
                        C("nuclear_test_moratorium", first_party=True, formality="formal")
                    )
                ],
            )
        ],
    )
    add_document(
        store,
        "retraction",
        "2012-04-17",
        [
            (
                "North Korea said it would scrap the agreement.",
                [
                    commitment_event(
                        C(
                            "other",
                            kind="refusal",
                            strength="refused",
                            first_party=True,
                            formality="formal",
                            promisee=promisee,
                            topic_text="the agreement",
                        )
                    )
                ],
            )
        ],
    )
    return _pledges_from(store)


def test_general_retraction_outside_its_window_stays_its_own_pledge(store: Store) -> None:
    pledges = _old_pledge_and_retraction(store, "2010-01-01", None)
    assert pledges["PRK:nuclear_test_moratorium"] == ["pledge:0:0"]
    assert pledges["PRK:other:agreement"] == ["retraction:0:0"]


def test_general_retraction_towards_another_promisee_does_not_apply(store: Store) -> None:
    pledges = _old_pledge_and_retraction(store, "2012-03-01", "KORGOV")
    assert pledges["PRK:nuclear_test_moratorium"] == ["pledge:0:0"]


def test_general_retraction_towards_the_same_promisee_applies(store: Store) -> None:
    pledges = _old_pledge_and_retraction(store, "2012-03-01", "USAGOV")
    assert pledges["PRK:nuclear_test_moratorium"] == ["pledge:0:0", "retraction:0:0"]


def test_refusal_without_a_retraction_cue_is_not_general(store: Store) -> None:
    add_document(
        store,
        "pledge",
        "2012-03-01",
        [
            (
                "North Korea pledged a test moratorium.",
                [
                    commitment_event(
                        C("nuclear_test_moratorium", first_party=True, formality="formal")
                    )
                ],
            )
        ],
    )
    add_document(
        store,
        "rejects",
        "2012-04-17",
        [
            (
                "North Korea rejected the Security Council statement.",
                [
                    commitment_event(
                        C(
                            "other",
                            kind="refusal",
                            strength="refused",
                            first_party=True,
                            formality="formal",
                            topic_text="the statement",
                        )
                    )
                ],
            )
        ],
    )
    pledges = _pledges_from(store)
    assert pledges["PRK:nuclear_test_moratorium"] == ["pledge:0:0"]
    assert pledges["PRK:other:statement"] == ["rejects:0:0"]
