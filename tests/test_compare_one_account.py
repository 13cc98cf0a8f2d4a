"""A side of ``pledgewatch compare`` is one account. A file that holds several documents (JSON
Lines, a CSV, a feed) was read as its first document, silently dropping the rest; now it is
refused naming the file and how many it holds. A URL is read as the page it serves (it was
looked up as a stored document id and failed as "no such document")."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import _common, build_app
from pledgewatch.errors import InputError
from pledgewatch.ingest.accounts import read_account
from tests.test_ingest_url import server  # noqa: F401 (its local HTTP server fixture)

# made up for these tests
RECORDS = [
    {
        "title": "Ferry accord",
        "text": "Estonia and Finland agreed to inspect ferries.",
        "date": "2011-05-02",
    },
    {
        "title": "Ferry accord, Finnish text",
        "text": "Finland said it would inspect ferries.",
        "date": "2011-05-02",
    },
]


def _jsonl(records: list[dict[str, str]]) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


def test_a_file_of_several_documents_is_refused_naming_it_and_the_count(tmp_path):
    path = tmp_path / "both.jsonl"
    path.write_bytes(_jsonl(RECORDS))
    with pytest.raises(InputError) as caught:
        read_account(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert "holds 2 documents" in message
    assert "compare takes one account per side" in message


def test_a_file_of_one_record_is_that_account(tmp_path):
    path = tmp_path / "one.jsonl"
    path.write_bytes(_jsonl(RECORDS[:1]))
    assert read_account(path).title == "Ferry accord"


def test_a_url_is_read_as_the_account_it_serves(
    server,  # noqa: F811 (the fixture)
):
    document = read_account(f"{server}/plain")
    assert document.title == "Plain title"
    assert "plain text report" in document.text


def test_the_compare_command_takes_a_url_and_refuses_a_file_of_several(
    tmp_path,
    server,  # noqa: F811 (the fixture)
    monkeypatch,
):
    monkeypatch.setattr(_common.console, "_width", 400)
    both = tmp_path / "both.jsonl"
    both.write_bytes(_jsonl(RECORDS))
    result = CliRunner().invoke(
        build_app(), ["--db", str(tmp_path / "c.db"), "compare", f"{server}/plain", str(both)]
    )
    assert result.exit_code != 0
    shown = " ".join(result.output.split())
    assert f"{both}: holds 2 documents" in shown
    assert "no such document" not in shown
    assert "Traceback" not in result.output
