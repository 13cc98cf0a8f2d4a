"""``reported_speech`` and ``pledgewatch attributions``: every source, cue and content of a
text, with offsets that slice the text back to what is shown."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import build_app
from pledgewatch.commitments.reported_speech import reported_speech

pytestmark = pytest.mark.model

TEXT = (
    "A Kremlin spokeswoman said that North Korea would be ready to discuss a moratorium. "
    "According to Yonhap, the talks will resume in July. Pyongyang denied the report."
)


def test_every_attribution_with_offsets_into_the_text() -> None:
    found = reported_speech(TEXT)
    assert [(f.source, f.cue) for f in found] == [
        ("A Kremlin spokeswoman", "said"),
        ("Yonhap", "According to"),
        ("Pyongyang", "denied"),
    ]
    for item in found:
        assert TEXT[slice(*item.cue_span)] == item.cue
        assert item.source_span and TEXT[slice(*item.source_span)] == item.source
        assert item.content_span and TEXT[slice(*item.content_span)] == item.content
    assert found[1].content == "the talks will resume in July"  # no leading comma or stop
    assert [f.sentence for f in found] == [0, 1, 2]


def test_a_text_without_reports_has_none() -> None:
    assert reported_speech("The talks resumed in Geneva on Monday.") == []


def test_cli_lists_them_and_prints_json() -> None:
    runner = CliRunner()
    shown = runner.invoke(build_app(), ["attributions", TEXT])
    assert shown.exit_code == 0, shown.output
    assert "Yonhap —According to→ the talks will resume in July" in shown.output
    as_json = runner.invoke(build_app(), ["attributions", "--json", "--rules-only", TEXT])
    records = [json.loads(line) for line in as_json.output.splitlines() if line.strip()]
    assert {"source", "cue", "content", "cue_span", "sentence"} <= set(records[0])
    assert records[0]["source"] == "A Kremlin spokeswoman"
