"""``pledgewatch explain`` and ``events``: the JSON keys every consumer relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import build_app

#: The keys issue 3 promises on every event printed with --json.
EVENT_KEYS = {
    "doc", "sentence", "date", "source", "target", "cameo", "plover", "quad", "goldstein",
    "modality", "why", "commitment",
}  # fmt: skip
COMMITMENT_KEYS = {
    "strength", "conditions", "speaker", "first_party", "formality", "topic", "promisor",
    "promisee",
}  # fmt: skip


def _json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.mark.model
def test_explain_json_carries_every_key_and_graded_commitments() -> None:
    text = (
        "North Korea seized South Korean assets at Mount Kumgang on Monday. "
        "North Korea agreed to a moratorium on nuclear tests while talks continue."
    )
    result = CliRunner().invoke(build_app(), ["explain", "--json", "--date", "2011-08-22", text])
    assert result.exit_code == 0, result.output
    events = _json_lines(result.output)
    assert events and all(set(event) >= EVENT_KEYS for event in events)
    seizure = next(e for e in events if e["cameo"].startswith("17"))
    assert (seizure["source"][:3], seizure["target"][:3], seizure["quad"]) == ("PRK", "KOR", 4)
    assert seizure["sentence_text"] == text.split(" North Korea agreed")[0]
    assert seizure["commitment"] is None and seizure["date"] == "2011-08-22"
    promises = [e["commitment"] for e in events if e["commitment"]]
    assert any(c["topic"] == "nuclear_test_moratorium" for c in promises), promises
    assert all(set(c) >= COMMITMENT_KEYS for c in promises)


def _coded_store(tmp_path: Path, date: str, title: str, body: str) -> list[str]:
    """Ingest and code one Yonhap report; the ``--db`` arguments that reach its store."""
    report = tmp_path / "report.md"
    report.write_text(
        f"---\ndate: {date}\npublisher: Yonhap News Agency\nkind: news\n---\n{title}\n\n{body}\n",
        encoding="utf-8",
    )
    db = ["--db", str(tmp_path / "t.db")]
    runner = CliRunner()
    assert runner.invoke(build_app(), [*db, "ingest", "--quiet", str(report)]).exit_code == 0
    assert runner.invoke(build_app(), [*db, "code"]).exit_code == 0
    return db


@pytest.mark.model
def test_events_json_reads_back_what_code_stored(tmp_path: Path) -> None:
    db = _coded_store(
        tmp_path,
        "2011-08-22",
        "North seizes assets",
        "SEOUL, Aug. 22 (Yonhap) -- North Korea seized South Korean assets at Mount Kumgang on "
        "Monday.",
    )
    runner = CliRunner()
    result = runner.invoke(build_app(), [*db, "events", "--json", "--cameo", "17"])
    assert result.exit_code == 0, result.output
    events = _json_lines(result.output)
    # the headline ("North seizes assets") and the body tell the same seizure
    assert len(events) == 2 and all(set(e) >= EVENT_KEYS for e in events), events
    assert all(e["source"].startswith("PRK") and e["date"] == "2011-08-22" for e in events)
    body = [e for e in events if e["sentence_text"].endswith("at Mount Kumgang on Monday.")]
    assert len(body) == 1, events


@pytest.mark.model
def test_events_factual_leaves_out_promises_and_a_misspelt_modality_is_an_error(
    tmp_path: Path,
) -> None:
    db = _coded_store(
        tmp_path,
        "2012-04-13",
        "North fires rocket",
        "North Korea fired a long-range rocket on Friday. North Korea will allow IAEA inspectors "
        "to return to Yongbyon, its envoy said.",
    )
    runner = CliRunner()
    every = _json_lines(runner.invoke(build_app(), [*db, "events", "--json"]).output)
    factual = _json_lines(runner.invoke(build_app(), [*db, "events", "--json", "--factual"]).output)
    assert {e["modality"] for e in every} > {"asserted"}, every  # the promise is coded too
    assert factual and {e["modality"] for e in factual} <= {"asserted", "reported"}
    assert len(factual) < len(every)
    future = _json_lines(
        runner.invoke(build_app(), [*db, "events", "--json", "--modality", "future"]).output
    )
    assert future and {e["modality"] for e in future} == {"future"}
    wrong = runner.invoke(build_app(), [*db, "events", "--modality", "asserterd"])
    assert wrong.exit_code != 0
    assert "unknown modality 'asserterd'" in wrong.output and "hypothetical" in wrong.output
