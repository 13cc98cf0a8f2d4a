"""Retellings dated by their reports (ledger26): a later report that tells an act of a pledge
again without time words of its own is dated by that report; it is the act already linked
(listed with it), never a new link, unless it says it is another act or no earlier act of its
kind is linked. Every sentence and story is written for these tests (Ruritania, RUR, and
Borduria, BDR, are invented)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import build_app
from pledgewatch.ledger import CONTRADICTS, FULFILS, ActionLink
from pledgewatch.ledger.acts import one_link_per_act, same_act_retold
from pledgewatch.ledger.event_rows import candidate_events, link_from_event
from pledgewatch.ledger.retellings import dated_by_report, may_retell, retelling_window
from pledgewatch.store import Store, open_store
from tests.test_ledger_story import C, E, add_document, commitment_event

D = dt.date.fromisoformat
MONDAY = "2031-03-10"  # a Monday
THURSDAY = "2031-03-13"
HELD = "pattern hold.v+talks→046 (verb 'held', subj 'sides'→RUR, subj 'sides'→BDR)"
HOLD = "pattern hold.v+talks→046 (verb 'hold', subj 'Ruritania'→RUR, subj 'Borduria'→BDR)"


# --- 1. a date that is only its report's -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "evidence", "day", "precision", "reported", "why", "only_report"),
    [
        # no time words: the coder fell back on the report's day
        (
            "The two envoys discussed the reactor in Vienna.",
            None,
            THURSDAY,
            "day",
            THURSDAY,
            None,
            True,
        ),
        ("Ruritania-Borduria consultations", None, THURSDAY, "day", THURSDAY, None, True),
        (None, None, THURSDAY, "day", THURSDAY, None, True),
        # time words naming the day: its own date, even when it is the report's
        ("The two envoys met in Vienna on Monday.", None, MONDAY, "day", MONDAY, None, False),
        ("Talks held this week in Vienna ended.", None, THURSDAY, "day", THURSDAY, None, False),
        (
            "Earlier on Monday, the two envoys met.",
            "the two envoys met",
            MONDAY,
            "day",
            MONDAY,
            None,
            False,
        ),
        # another day than the report's, or not known to the day: not the report's
        ("The two envoys met in Vienna on Monday.", None, MONDAY, "day", THURSDAY, None, False),
        (
            "The envoys met in Vienna last month.",
            None,
            "2031-02-01",
            "month",
            THURSDAY,
            None,
            False,
        ),
        ("Ruritania and Borduria meet in Vienna", None, MONDAY, "day", THURSDAY, None, False),
        # a headline given its body's date says so in its why
        (
            "Ruritania and Borduria meet in Vienna",
            None,
            THURSDAY,
            "day",
            THURSDAY,
            "pattern meet.v→040; dated as its twin in the body ('met', sentence 1): 2031-03-13",
            False,
        ),
        # the act called recent to its telling: the telling's "on Monday" is not the act's
        (
            "A spokesman answered a question on Monday about the recent Ruritania-Borduria talks.",
            "Ruritania-Borduria talks",
            MONDAY,
            "day",
            MONDAY,
            None,
            True,
        ),
        (
            "The envoys, who recently met in Vienna, spoke on Monday.",
            "envoys, who recently met",
            MONDAY,
            "day",
            MONDAY,
            None,
            True,
        ),
        # a recency word far from the act's words does not reach it
        (
            "After the recent floods in the south, the two envoys met on Monday in Vienna.",
            "the two envoys met",
            MONDAY,
            "day",
            MONDAY,
            None,
            False,
        ),
    ],
)
def test_dated_by_report(
    sentence: str | None,
    evidence: str | None,
    day: str,
    precision: str,
    reported: str,
    why: str | None,
    only_report: bool,
) -> None:
    got = dated_by_report(sentence, evidence, D(day), precision, D(reported), why)
    assert got is only_report


@pytest.mark.parametrize(
    ("sentence", "why", "retells"),
    [
        ("The two sides held talks in the capital.", HELD, True),
        ("The envoys met in New York.", None, True),  # "New York" is a name, not "new"
        ("The two sides held talks again in the capital.", HELD, False),
        ("The two sides held another round of talks.", HELD, False),
        ("The two sides held a second round of talks.", HELD, False),
        ("The two sides held new talks in the capital.", HELD, False),
        ("The two sides resumed talks in the capital.", None, False),
        ("New talks between the two sides were held.", None, False),
        # the present of a headline tells the report's own news
        ("Ruritania and Borduria hold talks in Vienna", HOLD, False),
        ("Ruritania carries supplies to Borduria", "pattern carry.v→070 (verb 'carries')", False),
        ("Ruritania carried supplies to Borduria", "pattern carry.v→070 (verb 'carried')", True),
        (
            "Ruritania's envoy speaks by phone",
            "pattern speak.v_by+phone→041 (verb 'speaks')",
            False,
        ),
        ("Ruritania's envoy spoke by phone", "pattern speak.v_by+phone→041 (verb 'spoke')", True),
    ],
)
def test_may_retell(sentence: str, why: str | None, retells: bool) -> None:
    assert may_retell(sentence, None, D(THURSDAY), "day", D(THURSDAY), why) is retells


def test_the_window_is_the_data_files() -> None:
    assert retelling_window() == dt.timedelta(days=14)


# --- 2. a retelling joins the act it retells ----------------------------------------------------

TALKS = "rule talks.fulfils.talks_held: CAMEO 046*"


def talks(
    doc: str,
    day: str,
    *,
    retells: bool = False,
    target: str | None = "BDR",
    relation: str = FULFILS,
    origin: str = "auto",
    precision: str = "day",
    act: str = "talks.fulfils.talks_held",
) -> ActionLink:
    """Ruritania's talks with Borduria told by sentence 1 of report ``doc``, published on
    ``day``; ``retells``: dated only by that report."""
    return ActionLink(
        "RUR:talks",
        f"{doc}:1:0",
        relation,
        TALKS,
        origin,
        D(day),
        doc_id=doc,
        sentence_id=f"{doc}:1",
        text=f"{doc} tells the talks",
        cameo="046",
        source="RUR",
        target=target,
        date_precision=precision,
        reported=D(day),
        act=act,
        may_retell=retells,
    )


VIENNA = talks("vienna", "2031-03-10")
RECAP = talks("recap", "2031-03-14", retells=True)


@pytest.mark.parametrize(
    ("earlier", "later", "same"),
    [
        (VIENNA, RECAP, True),
        (VIENNA, talks("recap", "2031-03-24", retells=True), True),  # 14 days: the window's end
        (VIENNA, talks("recap", "2031-03-25", retells=True), False),  # 15 days
        (VIENNA, talks("recap", "2031-03-14"), False),  # its own time words
        (VIENNA, dataclasses.replace(RECAP, relation=CONTRADICTS), False),
        (VIENNA, dataclasses.replace(RECAP, target="KOR"), False),  # other parties
        (VIENNA, dataclasses.replace(RECAP, target=None), True),  # names no other party
        (VIENNA, dataclasses.replace(RECAP, act="talks.fulfils.other_kind"), False),
        (talks("vienna", "2031-03-01", precision="month"), RECAP, False),  # not to the day
        (RECAP, VIENNA, False),  # the later one is not retold by the earlier
        (talks("same", "2031-03-14"), RECAP, False),  # one day: the reports' own rule
    ],
)
def test_same_act_retold(earlier: ActionLink, later: ActionLink, same: bool) -> None:
    assert same_act_retold(earlier, later, retelling_window()) is same


def test_the_acts_link_stands_and_lists_the_retelling() -> None:
    (kept,) = one_link_per_act([RECAP, VIENNA])
    assert kept.event_id == VIENNA.event_id
    assert kept.also_reported == ((RECAP.event_id, RECAP.doc_id, RECAP.sentence_id, RECAP.text),)


def test_a_retelling_with_no_earlier_act_stays() -> None:
    """The act's own day is not told (the talks ended the day before the report): the
    retelling is all the ledger has, dated by its report."""
    assert one_link_per_act([RECAP]) == [RECAP]


def test_a_retelling_of_a_retelling_joins_the_act() -> None:
    again = talks("again", "2031-03-20", retells=True)
    (kept,) = one_link_per_act([VIENNA, RECAP, again])
    assert kept.event_id == VIENNA.event_id
    assert [t[0] for t in kept.also_reported] == [RECAP.event_id, again.event_id]


def test_with_two_acts_in_the_window_the_retelling_joins_the_nearer() -> None:
    oslo = talks("oslo", "2031-03-12")
    kept = one_link_per_act([VIENNA, oslo, RECAP])
    assert [lk.event_id for lk in kept] == [VIENNA.event_id, oslo.event_id]
    assert [t[0] for t in kept[1].also_reported] == [RECAP.event_id]


def test_an_analysts_retelling_stands() -> None:
    confirmed = dataclasses.replace(RECAP, origin="confirmed")
    assert len(one_link_per_act([VIENNA, confirmed])) == 2


def test_a_retelling_told_in_the_acts_own_report_is_listed_as_told_there() -> None:
    body = dataclasses.replace(
        RECAP, doc_id="vienna", event_id="vienna:5:0", sentence_id="vienna:5"
    )
    (kept,) = one_link_per_act([VIENNA, body])
    assert kept.also_told == (("vienna:5:0", "vienna:5", RECAP.text),)
    assert kept.also_reported == ()


def test_the_retelling_flag_survives_the_stored_form() -> None:
    assert ActionLink.from_dict(RECAP.to_dict()).may_retell is RECAP.may_retell


# --- 3. from the store, and the CLI end to end ------------------------------------------------


def test_the_event_read_from_the_store_says_whether_it_may_retell(store: Store) -> None:
    add_document(
        store,
        "statement",
        THURSDAY,
        [
            (
                "The foreign ministry praised the recent talks with Borduria.",
                [E("046", "RURGOV", "BDRGOV", action_text="talks")],
            ),
            (
                "Ruritanian and Bordurian envoys met in Vienna on Thursday.",
                [E("040", "RURGOV", "BDRGOV", action_text="met")],
            ),
        ],
    )
    with store.reading() as connection:
        rows = candidate_events(connection, "RUR", ["04"])
    flags = [link_from_event("RUR:talks", r, FULFILS, TALKS, "auto", None).may_retell for r in rows]
    assert flags == [True, False]


def _talks_story(store: Store) -> None:
    """Ruritania promises Borduria talks (1 March); the envoys meet in Vienna on Monday 10
    March; four days later a statement praises the recent talks (no time words); on the 20th
    they meet again; on 1 May a report tells talks held in Oslo, with no earlier act near."""
    pledge = C(
        "talks", promisor="RURGOV", promisee="BDRGOV", first_party=True, formality="official"
    )
    add_document(
        store,
        "pledge",
        "2031-03-01",
        [("Ruritania said it would hold talks with Borduria.", [commitment_event(pledge)])],
    )
    stories = [
        ("vienna", MONDAY, "Envoys of Ruritania and Borduria met in Vienna on Monday."),
        ("praise", "2031-03-14", "The ministry praised the recent talks between the two."),
        ("again", "2031-03-20", "Envoys of Ruritania and Borduria met again in Vienna."),
        ("oslo", "2031-05-01", "Envoys of Ruritania and Borduria held talks in Oslo."),
    ]
    for doc, day, sentence in stories:
        add_document(store, doc, day, [(sentence, [E("046", "RURGOV", "BDRGOV")])])


def test_the_cli_ledger_folds_the_retelling(tmp_path: Path) -> None:
    path = str(tmp_path / "retold.db")
    with open_store(path) as store:
        _talks_story(store)
    result = CliRunner().invoke(
        build_app(), ["--db", path, "ledger", "--rebuild", "--as-of", "2031-06-01", "--json"]
    )
    assert result.exit_code == 0, result.output
    rows = {json.loads(line)["id"]: json.loads(line) for line in result.stdout.splitlines()}
    talks_pledge = rows["RUR:talks"]
    assert [lk["date"] for lk in talks_pledge["links"]] == [
        "2031-03-10",
        "2031-03-20",
        "2031-05-01",
    ]
    assert talks_pledge["fulfilled_on"] == "2031-03-10"
