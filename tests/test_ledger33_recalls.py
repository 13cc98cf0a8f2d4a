"""Ledger33: a later report's look back at an act a pledge already has ("Ruritania, which launched
rockets in April, ..." in a December story; a year-end review's "then tested a nuclear device and
restarted its reactor") stays evidence but is marked ``recalled`` on its link, shown "recalled,
by <day>" in the text view and as ``"recalled"`` on every link of ``ledger --json``, so a reader
does not count it as a new act (``ledger.recalls``). Before, such a link read as an act of its
report's day. Every sentence and story is written for these tests (Ruritania, RUR, and Borduria,
BDR, are invented)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import build_app
from pledgewatch.ledger import CONTRADICTS, ActionLink, Pledge, ensure_ledger
from pledgewatch.ledger.recalls import mark_recalled
from pledgewatch.store import open_store
from tests.test_ledger_story import (
    C,
    add_document,
    add_test_and_year_end_review,
    commitment_event,
)

D = dt.date.fromisoformat
LAUNCH = "missile_launch_moratorium.contradicts.long_range_launch"
TALKS = "talks.fulfils.talks_held"


def told(
    doc: str,
    day: str,
    *,
    reported: str | None = None,
    precision: str = "day",
    sentence: int = 1,
    recap: bool = False,
    heads: tuple[str, ...] = ("launch", "rocket"),
    act: str = LAUNCH,
    origin: str = "auto",
) -> ActionLink:
    """Ruritania's act told by sentence ``sentence`` of report ``doc`` (published on
    ``reported``, else on ``day``); ``recap``: dated only by that report."""
    return ActionLink(
        "RUR:missile_launch_moratorium",
        f"{doc}:{sentence}:0",
        CONTRADICTS,
        f"rule {act}",
        origin,
        D(day),
        doc_id=doc,
        sentence_id=f"{doc}:{sentence}",
        text=f"{doc} tells the act",
        cameo="150",
        source="RUR",
        date_precision=precision,
        reported=D(reported or day),
        act=act,
        may_retell=recap,
        heads=heads,
    )


APRIL_5 = told("first", "2031-04-05")
APRIL_13 = told("second", "2031-04-13")
# "Ruritania, which launched rockets in April, ...": known to its month, told in December
IN_APRIL = told("december", "2031-04-01", reported="2031-12-09", precision="month", sentence=4)
# a launch recalled with no time words, in a review's body, two years after the launch
REVIEW = told("review", "2033-04-20", sentence=6, recap=True, heads=("launch", "satellit"))


def _marked(*links: ActionLink) -> list[bool]:
    pledge = Pledge("RUR:missile_launch_moratorium", "RUR", "x", "x", (), links)
    (marked,) = mark_recalled([pledge])
    return [lk.recalled for lk in marked.links]


@pytest.mark.parametrize(
    ("links", "recalled"),
    [
        # two April launches: the December telling of "April" may be either, and is a look back
        ((APRIL_5, APRIL_13, IN_APRIL), [False, False, True]),
        # the month not over when told ("launched a rocket this month"): may be a new act
        (
            (APRIL_5, dataclasses.replace(IN_APRIL, reported=D("2031-04-20"))),
            [False, False],
        ),
        # no act of the pledge in that month: the telling is the only word of its act
        ((told("first", "2031-03-05"), IN_APRIL), [False, False]),
        # a seldom act recalled past the folding reach, naming the same act
        ((APRIL_13, REVIEW), [False, True]),
        # ... not in the review's headline or lead (the report's own news)
        ((APRIL_13, dataclasses.replace(REVIEW, sentence_id="review:1")), [False, False]),
        # ... not an act with its own time words, nor one naming another act
        ((APRIL_13, dataclasses.replace(REVIEW, may_retell=False)), [False, False]),
        ((APRIL_13, dataclasses.replace(REVIEW, heads=("restart", "reactor"))), [False, False]),
        # talks come too often for their words ("spoke") to say they are the same
        (
            (
                told("call", "2031-04-05", act=TALKS, heads=("speak", "spok")),
                told("call2", "2032-06-01", act=TALKS, heads=("speak", "spok"), recap=True),
            ),
            [False, False],
        ),
        # an analyst's link says what it is
        ((APRIL_5, APRIL_13, dataclasses.replace(IN_APRIL, origin="manual")), [False] * 3),
    ],
)
def test_which_links_look_back(links: tuple[ActionLink, ...], recalled: list[bool]) -> None:
    assert _marked(*links) == recalled


def test_the_mark_survives_the_stored_form() -> None:
    link = dataclasses.replace(IN_APRIL, recalled=True)
    assert ActionLink.from_dict(json.loads(json.dumps(link.to_dict()))) == link
    assert link.recall_note == "recalled, by 2031-12-09"
    assert link.evidence().role == "contradicting action, recalled, by 2031-12-09"


def _review_story(path: str) -> None:
    """Ruritania promises (January 2031) not to test and to give up its nuclear programme, tests
    on Monday 10 February, and a year-end review recalls, with no time words, the test and a
    reactor restart in one sentence: the test is February's, folded into its link; the restart,
    told in the same look back, is marked recalled on the denuclearization pledge."""
    with open_store(path) as store:
        for topic in ("nuclear_test_moratorium", "denuclearization"):
            pledge = C(
                topic, promisor="RURGOV", promisee="BDRGOV", first_party=True, formality="official"
            )
            add_document(
                store,
                f"pledge-{topic}",
                "2031-01-06",
                [("Ruritania said it would give up nuclear arms.", [commitment_event(pledge)])],
            )
        add_test_and_year_end_review(store)


def test_the_cli_ledger_marks_the_look_back(tmp_path: Path) -> None:
    path = str(tmp_path / "review.db")
    _review_story(path)
    args = ["--db", path, "ledger", "--rebuild", "--as-of", "2031-12-31"]
    result = CliRunner().invoke(build_app(), [*args, "--json"])
    assert result.exit_code == 0, result.output
    rows = {json.loads(line)["id"]: json.loads(line) for line in result.stdout.splitlines()}
    moratorium = rows["RUR:nuclear_test_moratorium"]
    assert [(lk["date"], lk["recalled"]) for lk in moratorium["links"]] == [("2031-02-10", False)]
    denuclearization = rows["RUR:denuclearization"]
    assert [(lk["event"], lk["recalled"]) for lk in denuclearization["links"]] == [
        ("blast:0:0", False),
        ("review:2:1", True),
    ]
    assert denuclearization["contradicted_on"] == "2031-02-10"
    text = CliRunner().invoke(build_app(), ["--db", path, "ledger", "--as-of", "2031-12-31"])
    assert text.exit_code == 0, text.output
    assert "(recalled, by 2031-12-20)" in " ".join(text.stdout.split())


def test_the_pledge_api_marks_the_look_back(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from pledgewatch.web import create_app

    path = str(tmp_path / "review.db")
    _review_story(path)
    with open_store(path) as store:
        ensure_ledger(store)
    with TestClient(create_app(path)) as client:
        actions = client.get("/api/pledges/RUR:denuclearization").json()["actions"]
    assert [(a["event"]["id"], a["recalled"]) for a in actions] == [
        ("blast:0:0", False),
        ("review:2:1", True),
    ]


@pytest.mark.parametrize(("folded_into", "recalled"), [("2031-02-10", True), ("2031-12-20", False)])
def test_a_sentence_folded_into_an_earlier_act_looks_back(folded_into: str, recalled: bool) -> None:
    """The review's sentence was folded into another pledge's act of February: the restart
    it tells beside it is a look back. Folded into an act of its own day (a wire story told
    beside the agency's), it is the day's news."""
    test = dataclasses.replace(
        told("blast", folded_into),
        also_reported=(("review:6:0", "review", "review:6", "tested a device"),),
    )
    earlier = told(
        "blast", "2031-02-10", act="denuclearization.contradicts.nuclear_test_or_restart"
    )
    restart = dataclasses.replace(
        told("review", "2031-12-20", sentence=6, recap=True, heads=("restart", "reactor")),
        event_id="review:6:1",
        act="denuclearization.contradicts.nuclear_test_or_restart",
    )
    pledges = [
        Pledge("RUR:missile_launch_moratorium", "RUR", "x", "x", (), (test,)),
        Pledge("RUR:denuclearization", "RUR", "x", "x", (), (earlier, restart)),
    ]
    marked = mark_recalled(pledges)
    assert [lk.recalled for lk in marked[1].links] == [False, recalled]
