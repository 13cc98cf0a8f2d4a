"""Ledger31: a pledge's summary tells what the acts of an episode of others' claims did when the
promisor's first own words close that episode (``status_summary._episode_end``), as the claim's,
not the pledge's: "others' claim fulfilled on 2035-02; first stated by the promisor itself on
...". Before, such an episode's keeping or breach went untold. Every sentence is written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.ledger import CONTRADICTS, FULFILS, ActionLink, Mention, Pledge, pledge_status_at
from tests.builders import deadline_mention

D = dt.date.fromisoformat
PLEDGE = "PER:talks"


def words(event: str, day: str, *, first_party: bool) -> Mention:
    """Lima will hold border talks with Quito: diplomats' claim, or the ministry's own."""
    return deadline_mention(
        event,
        day,
        promisor="PERGOV",
        promisee="ECUGOV",
        text="Lima will hold border talks with Quito",
        deadline=None,
        first_party=first_party,
    )


def act(event: str, day: str, *, relation: str = FULFILS, precision: str = "day") -> ActionLink:
    return ActionLink(
        PLEDGE,
        event,
        relation,
        f"rule talks.{relation}",
        "auto",
        D(day),
        doc_id=event.split(":")[0],
        sentence_id=":".join(event.split(":")[:2]),
        text="envoys of Peru and Ecuador met" if relation == FULFILS else "walked out",
        source="PERGOV",
        date_precision=precision,
    )


CLAIM = words("claim:1:0", "2035-01-05", first_party=False)
OWN = words("own:1:0", "2035-05-02", first_party=True)
OWN_SAID = "first stated by the promisor itself on 2035-05-02 (official, firm)"


@pytest.mark.parametrize(
    ("acts", "told"),
    [
        # the claim kept before the promisor spoke: told before its first own words
        ((act("met:1:0", "2035-02-10"),), ["others' claim fulfilled on 2035-02-10"]),
        # to the act's precision
        (
            (act("met:1:0", "2035-02-01", precision="month"),),
            ["others' claim fulfilled on 2035-02"],
        ),
        # broken
        (
            (act("out:1:0", "2035-02-10", relation=CONTRADICTS),),
            ["others' claim contradicted on 2035-02-10"],
        ),
        # kept, then broken: the latest act decides, as for any episode
        (
            (act("met:1:0", "2035-02-10"), act("out:1:0", "2035-03-15", relation=CONTRADICTS)),
            ["others' claim contradicted on 2035-03-15"],
        ),
    ],
)
def test_an_episode_of_others_claims_is_told(acts: tuple[ActionLink, ...], told: list[str]) -> None:
    pledge = Pledge(PLEDGE, "PER", "talks", "Talks", (CLAIM, OWN), acts)
    status = pledge_status_at(pledge, D("2035-12-31"))
    parts = status.summary.split("; ")
    assert parts[0].startswith("first claimed by a third party")
    assert parts[1:] == [*told, OWN_SAID]


def test_no_act_on_others_claims_opens_no_episode_and_tells_none() -> None:
    pledge = Pledge(PLEDGE, "PER", "talks", "Talks", (CLAIM, OWN), ())
    status = pledge_status_at(pledge, D("2035-12-31"))
    assert len(status.episodes) == 1
    assert status.summary.split("; ")[1:] == [OWN_SAID]
