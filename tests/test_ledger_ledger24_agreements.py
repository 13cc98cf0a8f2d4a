"""After its promisor's own refusal a pledge is reopened only by the promisor, or by an
agreement a report tells, as a fact, the promisor concluded that day, whose terms the reporter
states ("... reached an accord on Sunday. Iran will cap its enrichment ..."): a recap or a claim
by others revives nothing (``ledger.agreements.concluded_in``, ``ledger.status``). Every
sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger import (
    CLAIMED_BY_OTHERS,
    REFUSED,
    load_pledge,
    pledge_status_at,
    rebuild_ledger,
)
from pledgewatch.ledger.agreements import concluded_in
from pledgewatch.store import Store
from tests.test_ledger_story import C, add_document, commitment_event

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("evidence", "topic_text", "concluded"),
    [
        ("Iran and five powers reached", "an interim accord on Sunday", True),
        ("The two governments signed", "a border treaty", True),
        ("sealed a trade deal", "", True),
        ("Iran will cap", "its enrichment of uranium", False),
        ("Iran said it may reach", "the border by Monday", False),
        ("Iran reached out to", "its neighbours about a deal", False),  # too far apart
    ],
)
def test_concluded_in(evidence: str, topic_text: str, concluded: bool) -> None:
    row = {
        "doc_id": "doc",
        "promisor": "IRNGOV",
        "date": D("2031-11-23"),
        "evidence": evidence,
        "data": {"topic_text": topic_text},
    }
    assert bool(concluded_in([row])) is concluded


def _refused_then_reported(store: Store, deal: bool) -> None:
    refusal = C(
        "enrichment_freeze",
        kind="refusal",
        strength="refused",
        promisor="IRNGOV",
        promisee=None,
        first_party=True,
        formality="official",
        topic_text="enriching uranium",
    )
    add_document(
        store,
        "no",
        "2029-03-02",
        [
            (
                "The president said his country would never stop enriching uranium.",
                [commitment_event(refusal)],
            )
        ],
    )
    told = C(
        "enrichment_freeze",
        promisor="IRNGOV",
        promisee=None,
        topic_text="enriching uranium above 3 percent",
    )
    sentences = [("Iran will stop enriching uranium above 3 percent.", [commitment_event(told)])]
    if deal:
        accord = C("other", promisor="IRNGOV", promisee=None, topic_text="an interim accord")
        sentences.insert(
            0,
            (
                "Iran and five powers reached an interim accord on Sunday.",
                [commitment_event(accord)],
            ),
        )
    add_document(store, "report", "2031-11-23", sentences)
    rebuild_ledger(store)


def test_an_agreement_told_as_a_fact_reopens_a_refused_pledge(store: Store) -> None:
    _refused_then_reported(store, deal=True)
    pledge = load_pledge(store, "IRN:enrichment_freeze")
    assert pledge is not None
    assert [m.in_agreement for m in pledge.mentions] == [False, True]
    status = pledge_status_at(pledge, D("2031-12-31"))
    assert (status.status, status.since) == (CLAIMED_BY_OTHERS, D("2031-11-23"))


def test_a_claim_by_others_alone_revives_nothing(store: Store) -> None:
    _refused_then_reported(store, deal=False)
    pledge = load_pledge(store, "IRN:enrichment_freeze")
    assert pledge is not None
    assert pledge_status_at(pledge, D("2031-12-31")).status == REFUSED
