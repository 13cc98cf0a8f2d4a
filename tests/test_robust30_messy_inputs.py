"""Messy inputs through ``pledgewatch ingest`` (all written for this test from made-up facts):
each bad file is a failure naming the file (or ``file:line``) and its problem, the batch goes on
past it, and the readable ones read right: a paged text without a headline keeps its first
paragraph as text, a CSV cell's hard wraps are joined whatever its line ends, a text file named
.pdf is said to be no PDF."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import _common, build_app
from pledgewatch.ingest import IngestOptions, read_bytes, read_path
from pledgewatch.store import open_store

OPTIONS = IngestOptions(quiet=True)

#: A brief as text extracted from a PDF: a running header and footer on every page, words
#: broken at line ends, no headline of its own.
PAGED = (
    "ASIA TRADE BULLETIN                 Page 1\n"
    "Ministers from Vietnam and the Philippines met in Hanoi on Tues-\n"
    "day and agreed to expand the rice trade.\n"
    "Asia Trade Bulletin - 1\n"
    "\f"
    "ASIA TRADE BULLETIN                 Page 2\n"
    "Indonesia said it would join the talks next year, according to a state-\n"
    "ment from its trade ministry.\n"
    "Asia Trade Bulletin - 2\n"
    "\f"
    "ASIA TRADE BULLETIN                 Page 3\n"
    "Thailand declined to comment.\n"
    "Asia Trade Bulletin - 3\n"
)


@pytest.fixture(autouse=True)
def wide_console(monkeypatch):
    monkeypatch.setattr(_common.console, "_width", 400)


@pytest.mark.parametrize(
    "text",
    [
        PAGED,
        # the same without pages: a wrapped first paragraph, then another
        "Ministers from Vietnam and the Philippines met in Hanoi on Tuesday and\n"
        "agreed to expand the rice trade.\n\nThailand declined to comment.\n",
    ],
    ids=["paged", "wrapped"],
)
def test_a_wrapped_first_paragraph_is_text_not_a_title(text):
    (document,) = read_bytes(text.encode(), name="brief.txt", options=OPTIONS).documents
    assert document.title is None
    assert document.text.startswith(
        "Ministers from Vietnam and the Philippines met in Hanoi on Tuesday and agreed"
    )
    assert "Thailand declined to comment." in document.text
    assert "BULLETIN" not in document.text and "Bulletin" not in document.text


def test_a_headline_line_is_still_a_title():
    text = "Rice trade talks end\n\nMinisters from Vietnam met in Hanoi on Tuesday and\nagreed.\n"
    (document,) = read_bytes(text.encode(), name="brief.txt", options=OPTIONS).documents
    assert document.title == "Rice trade talks end"


@pytest.mark.parametrize("cell_end", ["\r\n", "\n", "\r"])
def test_csv_cells_with_a_bom_mixed_line_ends_and_hard_wraps(tmp_path, cell_end):
    rows = (
        "\ufeffdate,title,text\r\n"
        "2014-05-02,Rice deal,Vietnam agreed to sell rice to the Philippines.\n"
        f'2014-05-03,Talks,"Indonesia said on Friday that it would join{cell_end}'
        f'the talks next year."\r'
        "2014-05-04,Decline,Thailand declined to comment.\r\n"
    )
    path = tmp_path / "trade.csv"
    path.write_bytes(rows.encode("utf-8"))
    documents = read_path(path, OPTIONS).documents
    assert [(str(d.published), d.title) for d in documents] == [
        ("2014-05-02", "Rice deal"),
        ("2014-05-03", "Talks"),
        ("2014-05-04", "Decline"),
    ]
    assert documents[1].text == "Indonesia said on Friday that it would join the talks next year."


def test_csv_cell_paragraphs_are_kept():
    data = b'date,text\n2014-05-03,"Indonesia will join.\n\nThailand declined to comment."\n'
    (document,) = read_bytes(data, name="t.csv", format="csv", options=OPTIONS).documents
    assert document.text == "Indonesia will join.\n\nThailand declined to comment."


def test_a_batch_of_messy_files_reports_each_bad_one_and_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a_brief.txt").write_text(PAGED, encoding="utf-8")
    (folder / "b_empty.txt").write_bytes(b"")
    (folder / "c_blob.txt").write_bytes(bytes(range(256)) * 4)
    random.seed(7)
    (folder / "d_noise.txt").write_bytes(bytes(random.randrange(1, 256) for _ in range(2000)))
    (folder / "e_text.pdf").write_text("Thailand declined to comment.\n", encoding="utf-8")
    (folder / "f_rows.jsonl").write_text(
        "\n".join(
            json.dumps(row)
            for row in (
                {"date": "2014-05-07", "text": "Malaysia offered to host the talks."},
                {"date": "the 45th of May", "text": "Singapore welcomed the offer."},
                {"date": "2014-05-09", "text": "Brunei said it would attend."},
            )
        )
        + "\n",
        encoding="utf-8",
    )
    (folder / "g_page.html").write_text(
        "<html><head><title>Rice talks</title><script>var x = 1;</script></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>Rice talks"
        "</h1>"
        + "".join(
            f"<p>Vietnam and the Philippines discussed rice quotas for round {n} of the "
            "talks, officials from both governments told reporters in Hanoi.</p>"
            for n in range(4)
        )
        + "</article><footer>Copyright. Cookie policy.</footer><script>go();</script>"
        "</body></html>",
        encoding="utf-8",
    )
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(build_app(), ["--db", db, "ingest", "--quiet", str(folder)])
    assert result.exit_code == 1, result.output
    output = " ".join(result.output.split())
    assert "4 new, 0 duplicates, 5 failed" in output
    for name, problem in (
        ("b_empty.txt", "empty file"),
        ("c_blob.txt", "binary data"),
        ("d_noise.txt", "undecodable bytes"),
        ("e_text.pdf", "not a PDF"),
        ("f_rows.jsonl:2", "cannot read date"),
    ):
        assert f"{folder / name}" in output and problem in output, (name, output)
    with open_store(db) as store:
        texts = {Path(d.source_path or "").name: d for d in store.iter_documents()}
    assert texts["a_brief.txt"].title is None
    assert "Var x" not in texts["g_page.html"].text and "Home" not in texts["g_page.html"].text
    assert texts["g_page.html"].title == "Rice talks"


#: A short news page: scripts, navigation, a byline, two short paragraphs under a dateline.
SHORT_PAGE = """<!DOCTYPE html><html><head><title>Rice trade talks end in Hanoi</title>
<script>var tracking = {page: "news"}; function go() { alert("Subscribe now!"); }</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Rice trade talks end in Hanoi</h1>
<p class="byline">By Staff Writer</p>
<p>HANOI, May 6 (Reuters) - Vietnam and the Philippines agreed on Tuesday to expand rice trade.</p>
<p>The two governments will sign contracts next month, officials said.</p>
</article>
<footer>Copyright 2014. Cookie policy.</footer><script>go();</script></body></html>"""


def test_a_short_page_keeps_its_paragraphs_and_dateline():
    (document,) = read_bytes(
        SHORT_PAGE.encode(), name="page.html", format="html", options=OPTIONS
    ).documents
    assert document.title == "Rice trade talks end in Hanoi"
    assert document.text == (
        "HANOI, May 6 (Reuters) - Vietnam and the Philippines agreed on Tuesday to expand rice "
        "trade.\nThe two governments will sign contracts next month, officials said."
    )
    assert document.place == "Hanoi"
