"""Recaps of seldom acts (ledger29): a review written months after an act retells it with no
time words ("Ruritania then tested a nuclear device"); the coder dates it by the review. When
it stands in the review's body and names an act of a seldom kind that the pledge already has
from an earlier report within a year (same relation, kind, parties and head word), it is that
act, listed with it, not a new breach on the review's day. A restart told beside the test, two
tests more than a year apart, a recap in a report's lead and talks (too frequent) stay apart.
Every sentence and story is written for these tests (Ruritania, RUR, and Borduria, BDR, are
invented)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import build_app
from pledgewatch.ledger import CONTRADICTS, ActionLink
from pledgewatch.ledger.acts import one_link_per_act, same_act_recalled
from pledgewatch.ledger.retellings import act_heads, long_reach
from pledgewatch.store import open_store
from tests.test_ledger_story import (
    C,
    add_document,
    add_test_and_year_end_review,
    commitment_event,
)

D = dt.date.fromisoformat
TEST_ACT = "nuclear_test_moratorium.contradicts.nuclear_test"
RESTART_ACT = "denuclearization.contradicts.nuclear_test_or_restart"


def told(
    doc: str,
    day: str,
    heads: tuple[str, ...],
    *,
    sentence: int = 1,
    recap: bool = False,
    act: str = TEST_ACT,
) -> ActionLink:
    """Ruritania's act told by sentence ``sentence`` of report ``doc`` published on ``day``;
    ``recap``: dated only by that report."""
    return ActionLink(
        "RUR:nuclear_test_moratorium",
        f"{doc}:{sentence}:0",
        CONTRADICTS,
        f"rule {act}",
        "auto",
        D(day),
        doc_id=doc,
        sentence_id=f"{doc}:{sentence}",
        text=f"{doc} tells the act",
        cameo="150",
        source="RUR",
        reported=D(day),
        act=act,
        may_retell=recap,
        heads=heads,
    )


BLAST = told("blast", "2031-02-10", ("conduct", "test"))
REVIEW = told("review", "2031-12-20", ("devic", "test"), sentence=9, recap=True)


@pytest.mark.parametrize(
    ("earlier", "later", "same"),
    [
        (BLAST, REVIEW, True),
        # two tests more than a year apart are never one
        (told("blast", "2030-12-01", ("conduct", "test")), REVIEW, False),
        # a restart under the same rule names another act
        (
            dataclasses.replace(BLAST, act=RESTART_ACT),
            dataclasses.replace(REVIEW, act=RESTART_ACT, heads=("restart", "reactor")),
            False,
        ),
        # in the report's headline or lead: the report's own news
        (BLAST, dataclasses.replace(REVIEW, sentence_id="review:1"), False),
        # its own time words: not dated by its report
        (BLAST, dataclasses.replace(REVIEW, may_retell=False), False),
        # talks come too often to tell which ones an untimed telling recalls
        (
            dataclasses.replace(BLAST, act="talks.fulfils.talks_held"),
            dataclasses.replace(REVIEW, act="talks.fulfils.talks_held"),
            False,
        ),
        # the same report: its own tellings are the coder's to join
        (BLAST, dataclasses.replace(REVIEW, doc_id="blast"), False),
        # another party
        (BLAST, dataclasses.replace(REVIEW, target="BDR", source="BDR"), False),
    ],
)
def test_same_act_recalled(earlier: ActionLink, later: ActionLink, same: bool) -> None:
    reach, kinds = long_reach()
    assert same_act_recalled(earlier, later, reach, kinds) is same


def test_the_recap_joins_the_latest_earlier_test() -> None:
    spring = told("spring", "2031-05-02", ("detonat", "devic"))
    kept = one_link_per_act([BLAST, spring, REVIEW])
    assert [lk.event_id for lk in kept] == [BLAST.event_id, spring.event_id]
    assert [t[0] for t in kept[1].also_reported] == [REVIEW.event_id]


def test_a_recap_with_no_earlier_act_stays() -> None:
    assert one_link_per_act([REVIEW]) == [REVIEW]


def test_the_heads_survive_the_stored_form() -> None:
    assert ActionLink.from_dict(json.loads(json.dumps(REVIEW.to_dict()))) == REVIEW


@pytest.mark.parametrize(
    ("why", "action_text", "heads"),
    [
        (
            "pattern test.v+missile→150 (verb 'tested', subj 'North'→PRK)",
            "tested device",
            ("devic", "test"),
        ),
        (
            "pattern conduct.v+missile→150 (verb 'conducts')",
            "conducts third nuclear test",
            ("conduct", "test"),
        ),
        (
            "carry.v_out.light→-(light) + pattern test.n→150 ⇒ 150",
            "carried out tests",
            ("carri", "test"),
        ),
        (
            "pattern restart.v+nuclear_site→150 (verb 'restarted')",
            "restarted reactor",
            ("reactor", "restart"),
        ),
        ("pattern fire.v_test+missile→150", "fired missiles", ("fir", "missil")),
        (None, None, ()),
    ],
)
def test_act_heads(why: str | None, action_text: str | None, heads: tuple[str, ...]) -> None:
    assert act_heads(why, action_text) == heads


def _review_story(path: str) -> None:
    """Ruritania promises a test moratorium (January 2031), tests on Monday 10 February, and a
    year-end review recalls, with no time words, the test and a reactor restart."""
    pledge = C(
        "nuclear_test_moratorium",
        promisor="RURGOV",
        promisee="BDRGOV",
        first_party=True,
        formality="official",
    )
    with open_store(path) as store:
        add_document(
            store,
            "pledge",
            "2031-01-06",
            [("Ruritania said it would not test nuclear weapons.", [commitment_event(pledge)])],
        )
        add_test_and_year_end_review(store)


def test_the_cli_ledger_lists_the_recap_with_the_test(tmp_path: Path) -> None:
    path = str(tmp_path / "review.db")
    _review_story(path)
    result = CliRunner().invoke(
        build_app(), ["--db", path, "ledger", "--rebuild", "--as-of", "2031-12-31", "--json"]
    )
    assert result.exit_code == 0, result.output
    rows = {json.loads(line)["id"]: json.loads(line) for line in result.stdout.splitlines()}
    moratorium = rows["RUR:nuclear_test_moratorium"]
    assert [lk["date"] for lk in moratorium["links"]] == ["2031-02-10"]
    assert [t["event"] for t in moratorium["links"][0]["also_told"]] == ["review:2:0"]
    assert moratorium["contradicted_on"] == "2031-02-10"
