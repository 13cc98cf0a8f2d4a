"""Another country's accusation of a refusal ("Baku has blamed Yerevan for refusing to
negotiate") is that country's claim about the promisor, not the promisor's retraction: it does
not end a pledge the promisor stated itself, and is shown as a claimed refusal
(``ledger.accusations``, ``ledger.status``). A refusal the reporter tells, or one another party
merely relays ("said"), still ends it; an accusation still ends a pledge only others claimed.
Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger import RETRACTED, load_pledge, pledge_status_at, rebuild_ledger
from pledgewatch.ledger.accusations import accuser_of
from pledgewatch.store import Store
from tests.test_ledger_story import C, add_document, commitment_event

D = dt.date.fromisoformat


def _refusal(speaker: str | None, verb: str | None) -> C:
    return C(
        "talks",
        kind="refusal",
        strength="refused",
        promisor="ARMGOV",
        promisee="AZEGOV",
        speaker=speaker,
        topic_text="negotiate",
    )


@pytest.mark.parametrize(
    ("own_words", "speaker", "verb", "retracted"),
    [
        (True, "AZEGOV", "blamed", False),  # the other side's charge
        (True, "AZEGOV", "accused", False),
        (True, "AZEGOV", "said", True),  # relayed, not charged
        (True, None, None, True),  # the reporter tells the refusal
        (False, "AZEGOV", "blamed", True),  # a pledge only others claimed
    ],
)
def test_an_accusation_does_not_retract_the_promisors_own_pledge(
    store: Store, own_words: bool, speaker: str | None, verb: str | None, retracted: bool
) -> None:
    pledge = C(
        "talks",
        promisor="ARMGOV",
        promisee="AZEGOV",
        first_party=own_words,
        formality="formal" if own_words else "reported",
        topic_text="talks with Baku",
    )
    data = {"reporting_verb": verb} if verb else {}
    add_document(
        store,
        "border",
        "2033-06-07",
        [
            (
                "The ministry said Yerevan would hold talks with Baku next month.",
                [commitment_event(pledge)],
            ),
            (
                "Baku has blamed Yerevan for refusing to negotiate.",
                [commitment_event(_refusal(speaker, verb), **data)],
            ),
        ],
    )
    rebuild_ledger(store)
    found = load_pledge(store, "ARM:talks")
    assert found is not None
    status = pledge_status_at(found, D("2033-06-30"))
    assert (status.status == RETRACTED) is retracted
    roles = [e.role for e in status.evidence if e.sentence == "border:1"]
    claimed = verb in ("blamed", "accused")  # shown as a claim, whatever it ends
    assert roles and roles[0].startswith("refusal claimed by another party") is claimed


@pytest.mark.parametrize(
    ("promisor", "speaker", "verb", "first_party", "accuser"),
    [
        ("KENGOV", "UGAGOV", "accused", False, "UGAGOV"),
        ("KENGOV", "UGAGOV", "Blamed", False, "UGAGOV"),
        ("KENGOV", "KENGOV", "blamed", False, None),  # its own government
        ("KENGOV", "UGAGOV", "said", False, None),
        ("KENGOV", None, "blamed", False, None),
        ("KENGOV", "UGAGOV", "blamed", True, None),
    ],
)
def test_accuser_of(
    promisor: str, speaker: str | None, verb: str, first_party: bool, accuser: str | None
) -> None:
    found = accuser_of(promisor, speaker, verb, refusal=True, first_party=first_party)
    assert found == accuser
