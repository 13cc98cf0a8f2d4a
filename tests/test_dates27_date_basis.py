"""Where an event's date came from (dates27): the coder keeps the basis of every date it gives
(its sentence's time words, its report's day, a headline's body twin, a span counted from another
act), the store keeps it in the event's ``provenance`` beside a secondary role, and ``explain``
and the JSON forms show it. Every sentence is written for these tests."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import build_app
from pledgewatch.jsonforms import event_json, event_row_json
from pledgewatch.model import DateBasis, Event, Sentence
from pledgewatch.store import Store
from pledgewatch.store.database import event_row
from pledgewatch.store.frames import events_frame

#: A Thursday: "on Tuesday" is two days before.
REPORT_DAY = dt.date(2012, 3, 8)


def _coded(coder, text: str, date: dt.date | None = REPORT_DAY, headline_end: int = 0):
    from pledgewatch.events import DocContext

    ctx = DocContext(doc_id="t", date=date, headline_end=headline_end)
    return [f.event for f in coder.code_text(text, ctx).findings]


# --- 1. the coder keeps the basis of each date -----------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "evidence", "basis"),
    [
        # the sentence's own time words, whatever their precision
        (
            "North Korea fired a missile into the sea on Tuesday.",
            "North Korea fired",
            DateBasis("words", "on Tuesday"),
        ),
        (
            "South Korea protested the test last month.",
            "South Korea protested",
            DateBasis("words", "last month"),
        ),
        # no time words: the report's day
        ("Japan condemned the launch.", "Japan condemned", DateBasis("report")),
        # an act counted from another act of its sentence
        (
            "North Korea reopened the industrial zone four months after it pulled out its workers.",
            "it pulled",
            DateBasis("recalled"),
        ),
    ],
)
def test_the_coder_keeps_where_each_date_came_from(
    coder, text: str, evidence: str, basis: DateBasis
) -> None:
    found = {e.evidence: e.date_basis for e in _coded(coder, text)}
    assert found.get(evidence) == basis, found


@pytest.mark.model
def test_an_undated_report_gives_no_basis(coder) -> None:
    events = _coded(coder, "Japan condemned the launch.", date=None)
    assert events and all(e.date is None and e.date_basis is None for e in events)


@pytest.mark.model
def test_a_headline_dated_by_its_body_twin_names_the_twin(coder) -> None:
    headline = "China, Japan hold talks on fishing dispute"
    body = "Chinese and Japanese diplomats held talks in Tokyo on Tuesday over the fishing dispute."
    events = _coded(coder, f"{headline}\n\n{body}", headline_end=len(headline))
    ids = {e.id for e in events if e.evidence_start >= len(headline)}
    heads = [e for e in events if e.evidence_start < len(headline) and e.cameo == "046"]
    assert heads, events
    for event in heads:
        assert event.date == dt.date(2012, 3, 6)
        basis = event.date_basis
        assert basis is not None and (basis.kind, basis.text) == ("twin", "on Tuesday")
        assert basis.event in ids


# --- 2. the stored form: provenance beside a secondary role ----------------------------------


def _event(n: int, role: str = "main", basis: DateBasis | None = None) -> Event:
    return Event(
        id=f"d:0:{n}",
        doc_id="d",
        sentence_id="d:0",
        date=REPORT_DAY,
        date_precision="day",
        source="PRK",
        target="KOR",
        cameo="150",
        evidence="North Korea fired",
        role=role,
        date_basis=basis,
    )


@pytest.mark.parametrize(
    ("role", "basis", "provenance"),
    [
        ("main", None, None),  # an event built without a basis (an older coder, a test)
        ("mentioned", None, {"role": "mentioned"}),
        ("main", DateBasis("report"), {"date_basis": "report"}),
        (
            "main",
            DateBasis("words", "on Tuesday"),
            {"date_basis": "words", "date_words": "on Tuesday"},
        ),
        (
            "background",
            DateBasis("twin", "on Tuesday", "d:1:0"),
            {
                "role": "background",
                "date_basis": "twin",
                "date_words": "on Tuesday",
                "date_twin": "d:1:0",
            },
        ),
    ],
)
def test_the_basis_is_kept_in_the_provenance(
    role: str, basis: DateBasis | None, provenance: dict[str, Any] | None
) -> None:
    assert event_row(_event(0, role, basis))["provenance"] == provenance
    assert DateBasis.from_provenance(provenance) == basis


@pytest.mark.parametrize(
    "provenance",
    [
        None,
        "report",
        {"role": "mentioned"},
        {"date_basis": "guessed"},  # no kind of basis
        {"format": "gdelt1", "line": 3},  # an import's own provenance
    ],
)
def test_a_provenance_without_a_known_basis_gives_none(provenance: Any) -> None:
    assert DateBasis.from_provenance(provenance) is None


def test_a_main_event_with_a_basis_is_still_its_sentences_own(store: Store) -> None:
    events = [
        _event(0, "main", DateBasis("words", "on Tuesday")),
        _event(1, "mentioned", DateBasis("report")),
        _event(2, "main"),
    ]
    sentence = Sentence("d", 0, "North Korea fired a missile on Tuesday.", 0, 40)
    from pledgewatch.model import Document

    store.add_documents(
        [Document(id="d", text=sentence.text, content_hash="d", published=REPORT_DAY)]
    )
    store.save_coding("d", [sentence], events, version="test")
    main = events_frame(store, main=True)
    assert sorted(main["id"]) == ["d:0:0", "d:0:2"]
    rows = {r["id"]: event_row_json(r) for r in events_frame(store).to_dict("records")}
    assert rows["d:0:1"]["role"] == "mentioned"
    assert (rows["d:0:0"]["date_basis"], rows["d:0:0"]["date_words"]) == ("words", "on Tuesday")
    assert (rows["d:0:1"]["date_basis"], rows["d:0:1"]["date_words"]) == ("report", None)
    assert (rows["d:0:2"]["date_basis"], rows["d:0:2"]["date_words"]) == (None, None)


# --- 3. shown: the JSON keys and explain's date ----------------------------------------------


@pytest.mark.parametrize(
    ("basis", "keys"),
    [
        (DateBasis("words", "last month"), ("words", "last month")),
        (DateBasis("report"), ("report", None)),
        (DateBasis("twin", "on Tuesday", "d:1:0"), ("twin", "on Tuesday")),
        (DateBasis("recalled"), ("recalled", None)),
        (None, (None, None)),
    ],
)
def test_the_json_form_carries_the_basis(basis: DateBasis | None, keys: tuple) -> None:
    got = event_json(_event(0, "main", basis))
    assert (got["date_basis"], got["date_words"]) == keys
    assert got["role"] == "main"


@pytest.mark.parametrize(
    ("basis", "shown"),
    [
        (DateBasis("words", "on Tuesday"), "from 'on Tuesday'"),
        (DateBasis("report"), "the report's day"),
        (
            DateBasis("twin", "on Tuesday", "d:1:0"),
            "as its twin d:1:0 in the body, from 'on Tuesday'",
        ),
        (DateBasis("twin", None, "d:1:0"), "as its twin d:1:0 in the body"),
        (DateBasis("recalled"), "counted from another act of its sentence"),
    ],
)
def test_the_basis_is_described(basis: DateBasis, shown: str) -> None:
    assert basis.describe() == shown


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "shown", "key"),
    [
        (
            "North Korea fired a missile into the sea on Tuesday.",
            "2012-03-06 (from 'on Tuesday')",
            "words",
        ),
        ("Japan condemned the launch.", "2012-03-08 (the report's day)", "report"),
    ],
)
def test_explain_shows_where_the_date_came_from(text: str, shown: str, key: str) -> None:
    runner = CliRunner()
    app = build_app()
    printed = runner.invoke(app, ["explain", "--date", "2012-03-08", text], env={"COLUMNS": "200"})
    assert printed.exit_code == 0, printed.output
    assert shown in printed.output
    as_json = runner.invoke(app, ["explain", "--json", "--date", "2012-03-08", text])
    rows = [json.loads(line) for line in as_json.output.splitlines() if line.strip()]
    assert rows and rows[0]["date_basis"] == key
