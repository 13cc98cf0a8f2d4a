"""Ledger28: an acceptance of another's offer of aid is filed on the offerer's pledge to the
accepter, not keyed as the accepter's aid to the offerer (``ledger.offer_answers``). The grader
addresses "The Cuban government has accepted the offer" to the offer's maker, with the offer's
topic; on an aid topic keyed by its object that read as Cuba's aid to the offerer. Every
sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger import load_pledges, pledge_status_at, rebuild_ledger
from pledgewatch.ledger.offer_answers import as_answer
from pledgewatch.ledger.records import Mention
from pledgewatch.store import Store
from tests.test_ledger_story import C, E, add_document, commitment_event


def mention(
    text: str,
    *,
    promisor: str = "CUBGOV",
    promisee: str | None = "MEX",
    kind: str = "promise",
    retraction: bool = False,
) -> Mention:
    return Mention(
        event_id="d:4:0",
        doc_id="d",
        sentence_id="d:4",
        date=dt.date(2032, 9, 8),
        kind=kind,
        strength="firm",
        conditional=False,
        hedged=False,
        first_party=False,
        formality="formal",
        promisor=promisor,
        promisee=promisee,
        text=text,
        retraction=retraction,
        object_country=promisee[:3] if promisee else None,
    )


@pytest.mark.parametrize(
    ("topic", "item", "filed_on"),
    [
        # an acceptance of Mexico's aid: Mexico's pledge to Cuba
        ("humanitarian_aid", mention("Cuban government has accepted"), ("MEX", "CUB")),
        ("food_aid", mention("Havana accepts"), ("MEX", "CUB")),
        ("energy_aid", mention("Cuba took up"), ("MEX", "CUB")),
        ("humanitarian_aid", mention("Cuba welcomed"), ("MEX", "CUB")),
        # the accepter's own offer of aid stays its own
        ("humanitarian_aid", mention("Cuba will send"), None),
        # talks accepted are the accepter's own pledge to hold them
        ("talks", mention("Cuba accepted"), None),
        # no offerer, an offerer of its own country, an unknown one: nothing to answer
        ("humanitarian_aid", mention("Cuba accepted", promisee=None), None),
        ("humanitarian_aid", mention("Cuba accepted", promisee="CUBGOV"), None),
        ("humanitarian_aid", mention("Cuba accepted", promisee="---"), None),
        # a refusal of the offer is no acceptance
        ("humanitarian_aid", mention("Cuba rejected", kind="refusal", retraction=True), None),
    ],
)
def test_an_acceptance_of_an_aid_offer_is_filed_on_the_offerer(
    topic: str, item: Mention, filed_on: tuple[str, str] | None
) -> None:
    found = as_answer("CUB", topic, item)
    if filed_on is None:
        assert found is None
        return
    assert found is not None
    key, filed = found
    assert (key, filed.object_country) == filed_on
    assert filed.promisor == item.promisee and filed.promisee == item.promisor
    assert not filed.first_party
    assert filed.via == "offer accepted by CUB"
    assert filed.role.startswith("offer accepted by CUB")
    assert (filed.text, filed.date, filed.event_id) == (item.text, item.date, item.event_id)


def test_the_acceptance_joins_the_offer_and_makes_no_aid_pledge_of_its_own(
    store: Store,
) -> None:
    """Mexico's foreign ministry says it will send relief supplies to Cuba after a hurricane,
    and that the Cuban government has accepted the offer; the supplies arrive a week later."""
    add_document(
        store,
        "mex-offer",
        "2032-09-08",
        [
            (
                "Mexico will send emergency relief supplies to Cuba after the hurricane.",
                [
                    commitment_event(
                        C(
                            "humanitarian_aid",
                            promisor="MEXGOV",
                            promisee="CUB",
                            first_party=True,
                            formality="formal",
                            topic_text="emergency relief supplies",
                        ),
                        cameo="073",
                    )
                ],
            ),
            (
                "The Cuban government has accepted the offer.",
                [
                    E(
                        "030",
                        "CUBGOV",
                        "MEX",
                        action_text="has accepted",
                        commitment=C(
                            "humanitarian_aid",
                            promisor="CUBGOV",
                            promisee="MEX",
                            formality="formal",
                            topic_text="emergency relief supplies",
                        ).build(),
                    )
                ],
            ),
        ],
    )
    add_document(
        store,
        "mex-arrive",
        "2032-09-15",
        [
            (
                "Mexican relief supplies arrived in Havana.",
                [E("073", "MEX", "CUB", action_text="arrived")],
            )
        ],
    )
    rebuild_ledger(store)
    pledges = {p.id: p for p in load_pledges(store)}
    assert "CUB:humanitarian_aid@MEX" not in pledges
    offer = pledges["MEX:humanitarian_aid@CUB"]
    assert [m.via for m in offer.mentions] == [None, "offer accepted by CUB"]
    status = pledge_status_at(offer, dt.date(2032, 12, 31))
    assert status.status == "fulfilled"
    assert status.first_party_mention == dt.date(2032, 9, 8)
    roles = [e.role for e in status.evidence]
    assert any(role.startswith("offer accepted by CUB") for role in roles)
