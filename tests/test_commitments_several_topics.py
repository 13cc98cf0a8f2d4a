"""One promise naming several topics is one event and one commitment, filed by the ledger
under every topic it names: the events table never counts an action twice."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from pledgewatch.coding import context_for_text, shared_coder
from pledgewatch.ledger import rebuild_ledger
from pledgewatch.model import Commitment
from pledgewatch.store import Store, open_store, schema
from tests.test_ledger_story import C, E, add_document

TWO_MORATORIUMS = (
    "Pyongyang agreed to a moratorium on nuclear tests and long-range missile launches while "
    "the talks go on."
)


@pytest.mark.model
def test_the_coder_stores_one_event_with_its_further_topics() -> None:
    _sentences, events, _flags = shared_coder().code_text(
        TWO_MORATORIUMS, context_for_text(dt.date(2012, 3, 1))
    )
    assert all("." not in event.id for event in events), [e.id for e in events]
    assert len({event.id for event in events}) == len(events)
    graded = [e.commitment for e in events if e.commitment and e.commitment.kind == "promise"]
    assert graded, events
    topics = {topic for topic, _words in graded[0].all_topics}
    assert {"nuclear_test_moratorium", "missile_launch_moratorium"} <= topics


def test_other_topics_survive_the_store_round_trip() -> None:
    promise = C("nuclear_test_moratorium").build()
    promise.other_topics = [{"topic": "missile_launch_moratorium", "topic_text": "launches"}]
    again = Commitment.from_dict(promise.to_dict())
    assert again.all_topics == [
        ("nuclear_test_moratorium", "nuclear test moratorium"),
        ("missile_launch_moratorium", "launches"),
    ]


def _store_with_two_topic_promise(store: Store) -> str:
    promise = C("nuclear_test_moratorium", first_party=True, formality="formal").build()
    promise.other_topics = [
        {"topic": "missile_launch_moratorium", "topic_text": "long-range missile launches"}
    ]
    [event_id] = add_document(
        store,
        "two-topics",
        "2012-02-29",
        [(TWO_MORATORIUMS, [E("0356", "PRKGOV", "USAGOV", commitment=promise)])],
    )
    return event_id


def test_the_ledger_files_one_mention_under_each_topic(tmp_path) -> None:
    with open_store(f"sqlite:///{tmp_path / 't.db'}") as store:
        event_id = _store_with_two_topic_promise(store)
        rebuild_ledger(store)
        with store.reading() as connection:
            pledges = set(
                connection.execute(
                    select(schema.pledge_mentions.c.pledge_id).where(
                        schema.pledge_mentions.c.event_id == event_id
                    )
                ).scalars()
            )
            events = connection.execute(select(func.count()).select_from(schema.events)).scalar()
    assert pledges == {"PRK:nuclear_test_moratorium", "PRK:missile_launch_moratorium"}
    assert events == 1
