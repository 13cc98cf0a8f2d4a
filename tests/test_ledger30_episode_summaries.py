"""A pledge's summary tells each earlier episode alike: how it ended (broken, retracted, lapsed,
kept once) and when it was made again; its key evidence shows what ended the episode before the
current one and the words that made it again (``ledger.status_summary``,
``ledger.status_record``). Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger import load_pledge, pledge_status_at, rebuild_ledger
from pledgewatch.store import Store
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat


def _cuba(**values: object) -> C:
    base: dict[str, object] = {
        "promisor": "CUBGOV",
        "promisee": None,
        "first_party": True,
        "formality": "formal",
        "topic_text": "talks on migration",
    }
    base.update(values)
    return C("talks", **base)  # type: ignore[arg-type]


def _story(store: Store, ending: str) -> None:
    add_document(
        store,
        "first",
        "2035-01-05",
        [("Havana will hold talks on migration, the ministry said.", [commitment_event(_cuba())])],
    )
    if ending == "retracted":
        end = commitment_event(_cuba(kind="refusal", strength="refused"))
        add_document(store, "end", "2035-03-02", [("Havana said the talks were off.", [end])])
    else:
        walkout = E(cameo="164", source="CUBGOV", action_text="walked out")
        add_document(store, "end", "2035-03-02", [("Havana's delegation walked out.", [walkout])])
    add_document(
        store,
        "again",
        "2035-06-20",
        [("Havana will resume the talks, the ministry said.", [commitment_event(_cuba())])],
    )


@pytest.mark.parametrize(
    ("ending", "told"),
    [
        (
            "retracted",
            "retracted on 2035-03-02; pledged again by the promisor itself on 2035-06-20",
        ),
        (
            "breach",
            "contradicted on 2035-03-02; pledged again by the promisor itself on 2035-06-20",
        ),
    ],
)
def test_each_episode_is_told_alike(store: Store, ending: str, told: str) -> None:
    _story(store, ending)
    rebuild_ledger(store)
    pledge = load_pledge(store, "CUB:talks")
    assert pledge is not None
    status = pledge_status_at(pledge, D("2035-12-31"))
    assert status.summary == (
        f"first stated by the promisor itself on 2035-01-05 (formal, firm); {told}"
    )
    key = [(e.sentence, e.decides) for e in status.key_evidence]
    # the first words, what ended the first episode, and the words that made it again
    assert key == [("first:0", False), ("end:0", False), ("again:0", True)]


def test_an_episode_before_the_promisors_own_words_is_told_before_them(store: Store) -> None:
    claim = _cuba(first_party=False, formality="reported")
    add_document(
        store,
        "claim",
        "2035-01-05",
        [("Havana would hold talks on migration, diplomats said.", [commitment_event(claim)])],
    )
    end = commitment_event(
        _cuba(first_party=False, formality="reported", kind="refusal", strength="refused")
    )
    add_document(store, "end", "2035-02-01", [("Havana turned the talks down.", [end])])
    add_document(
        store,
        "again",
        "2035-03-01",
        [("Havana will hold the talks after all, diplomats said.", [commitment_event(claim)])],
    )
    add_document(
        store,
        "own",
        "2035-05-01",
        [("Havana will hold talks on migration, the ministry said.", [commitment_event(_cuba())])],
    )
    rebuild_ledger(store)
    pledge = load_pledge(store, "CUB:talks")
    assert pledge is not None
    summary = pledge_status_at(pledge, D("2035-12-31")).summary
    assert summary.split("; ")[1:] == [
        "retracted on 2035-02-01",
        "claimed again by a third party on 2035-03-01",
        "first stated by the promisor itself on 2035-05-01 (formal, firm)",
    ]
