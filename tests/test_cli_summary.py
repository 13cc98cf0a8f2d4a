"""``pledgewatch summary``: the counts, and a word when the ledger's pledge count is out of date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from pledgewatch.cli import _common, build_app
from pledgewatch.model import Commitment, Event, Sentence
from pledgewatch.store import open_store
from tests.builders import make_doc

STALE = "the ledger predates the latest coding"


def _store_with_a_promise(path: Path) -> None:
    doc = make_doc(
        "North Korea agreed to a moratorium on nuclear tests.", published=dt.date(2012, 2, 29)
    )
    promise = Event(
        id=f"{doc.id}:0:0",
        doc_id=doc.id,
        sentence_id=f"{doc.id}:0",
        date=dt.date(2012, 2, 29),
        date_precision="day",
        source="PRKGOV",
        target="USA",
        cameo="057",
        quad=1,
        goldstein=8.0,
        modality="asserted",
        commitment=Commitment(
            kind="promise",
            strength="firm",
            promisor="PRKGOV",
            promisee="USA",
            topic="nuclear_test_moratorium",
            topic_text="a moratorium on nuclear tests",
            first_party=True,
        ),
    )
    with open_store(f"sqlite:///{path}") as store:
        store.add_documents([doc])
        sentence = Sentence(doc.id, 0, doc.text, 0, len(doc.text))
        store.save_coding(doc.id, [sentence], [promise], version="test")


def test_summary_says_when_the_pledge_count_predates_the_coding(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(_common.console, "_width", 200)
    db = tmp_path / "s.db"
    _store_with_a_promise(db)
    runner = CliRunner()
    before = runner.invoke(build_app(), ["--db", str(db), "summary"])
    assert before.exit_code == 0, before.output
    assert STALE in before.output
    assert runner.invoke(build_app(), ["--db", str(db), "ledger"]).exit_code == 0
    after = runner.invoke(build_app(), ["--db", str(db), "summary"])
    assert after.exit_code == 0 and STALE not in after.output
    pledges = next(line for line in after.output.splitlines() if "pledges" in line)
    assert pledges.split()[-2:] == ["1", "│"], pledges  # "│ pledges │ 1 │"


def test_an_empty_store_has_no_ledger_note(tmp_path) -> None:
    result = CliRunner().invoke(build_app(), ["--db", str(tmp_path / "e.db"), "summary"])
    assert result.exit_code == 0 and STALE not in result.output
