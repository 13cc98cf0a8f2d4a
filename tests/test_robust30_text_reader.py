"""The text reader's API says what it does: ``document_from_text`` has no ``unwrap`` switch
that no caller turns off; it always joins hard-wrapped lines, a PDF's pages' as a text file's."""

from __future__ import annotations

import inspect

import pytest

from pledgewatch.ingest import IngestOptions
from pledgewatch.ingest.documents import Source
from pledgewatch.ingest.text_reader import document_from_text

OPTIONS = IngestOptions(quiet=True)


def test_no_unwrap_switch():
    assert "unwrap" not in inspect.signature(document_from_text).parameters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # made up: a wrapped paragraph, joined
        (
            "Talks end\n\nThe envoys of Seoul and Tokyo met for\nthree hours and agreed "
            "to meet again.\n",
            "The envoys of Seoul and Tokyo met for three hours and agreed to meet again.",
        ),
        # two pages (form feed) of a wrapped paragraph: joined across the page
        (
            "The envoys of Seoul and Tokyo met for\fthree hours and agreed to meet again.",
            "The envoys of Seoul and Tokyo met for three hours and agreed to meet again.",
        ),
    ],
)
def test_wrapped_lines_are_joined(text, expected):
    source = Source(name="brief.txt", data=text.encode(), format="text")
    document = document_from_text(text, source=source, options=OPTIONS, front_matter=False)
    assert document.text == expected
