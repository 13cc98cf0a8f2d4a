"""A sweep of messy inputs through ``pledgewatch ingest`` (all written for this test from
made-up facts), run twice: Windows-1252 smart quotes, UTF-16 with a byte-order mark, CSV cells
holding line breaks and doubled quotes, a CSV with no date column, JSON Lines cut off in its
last line, a feed of CDATA and entities, a hidden file and a .DS_Store, dates in the future and
before 1900, gzip, a file over the size limit. Each readable file reads right, each bad one
fails naming itself and its problem, the batch goes on, and the second run stores nothing new
and loses nothing."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from typer.testing import CliRunner

from pledgewatch.cli import build_app
from pledgewatch.store import open_store

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Baltic Wire &amp; Co</title>
<item><title>Ferries &amp; ports</title><pubDate>Tue, 05 Mar 2013 10:00:00 GMT</pubDate>
<description><![CDATA[<p>RIGA, March 5 -- Latvia said it would open &ldquo;two new&rdquo;
ferry routes &amp; a port.</p>]]></description></item>
<item><title>Grain</title><pubDate>Wed, 06 Mar 2013 10:00:00 GMT</pubDate>
<description>Lithuania said it would ship grain &#8212; officials said &lt;b&gt;soon&lt;/b&gt;.
</description></item></channel></rss>"""


def _folder(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    smart = "Ferry talks\n\nRIGA, March 3 -- Latvia said: \u201cWe will open the route.\u201d\n"
    (folder / "a_cp1252.txt").write_bytes(smart.encode("cp1252"))
    (folder / "b_utf16.txt").write_bytes(
        "Port talks\n\nTALLINN, May 4 -- Estonia said it would open a caf\u00e9 port.\n".encode(
            "utf-16"
        )
    )
    (folder / "c_cells.csv").write_text(
        'date,title,text\n2013-03-01,Grain,"Poland said, ""We will ship grain.""\n'
        'The first ship leaves in April."\n',
        encoding="utf-8",
    )
    (folder / "d_nodate.csv").write_text(
        'title,text\nOne,"Finland said it would open a ferry line."\n', encoding="utf-8"
    )
    (folder / "e_cut.jsonl").write_text(
        json.dumps({"date": "2013-01-02", "text": "Sweden said it would build a bridge."})
        + '\n{"date": "2013-01-03", "text": "Norway sa',
        encoding="utf-8",
    )
    (folder / "f_feed.xml").write_text(FEED, encoding="utf-8")
    (folder / ".hidden.txt").write_text("Hidden\n\nNot a report.\n", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1" + bytes(range(256)))
    (folder / "g_future.txt").write_text(
        "---\ndate: 2099-01-01\n---\nDenmark said it would host talks.\n", encoding="utf-8"
    )
    (folder / "h_old.txt").write_text(
        "---\ndate: 1850-05-01\n---\nDenmark said it would sign the treaty.\n", encoding="utf-8"
    )
    (folder / "i_report.txt.gz").write_bytes(
        gzip.compress(b"Bridge\n\nOSLO, April 2 -- Norway said it would fund a bridge.\n")
    )
    (folder / "j_big.txt").write_text("Iceland said it would act. " * 50_000, encoding="utf-8")
    return folder


def test_a_sweep_of_messy_inputs_run_twice(tmp_path):
    folder = _folder(tmp_path)
    db = f"sqlite:///{tmp_path / 's.db'}"
    arguments = ["--db", db, "ingest", "--quiet", "--json", "--max-bytes", "1MB", str(folder)]
    runs = [CliRunner().invoke(build_app(), arguments) for _ in range(2)]
    assert [run.exit_code for run in runs] == [1, 1]
    first, second = (json.loads(run.stdout.strip().splitlines()[-1]) for run in runs)
    counts = [(run["ingested"], run["duplicates"], run["failed"]) for run in (first, second)]
    assert counts == [(10, 0, 2), (0, 10, 2)]
    failures = {Path(f["where"]).name: f["reason"] for f in first["failures"]}
    assert "the last line is cut off" in failures["e_cut.jsonl:2"]
    assert "over the size limit" in failures["j_big.txt"]
    warnings = {Path(w["where"]).name: w["message"] for w in first["warnings"]}
    assert "no publication date" in warnings["d_nodate.csv"]
    assert "after the day of ingest" in warnings["g_future.txt"]
    assert "before 1900" in warnings["h_old.txt"]
    with open_store(db) as store:
        documents = list(store.iter_documents())
    assert len(documents) == 10
    by_name = {Path(d.source_path or "").name: d for d in documents}
    assert "\u201cWe will open the route.\u201d" in by_name["a_cp1252.txt"].text
    assert "caf\u00e9 port" in by_name["b_utf16.txt"].text
    assert by_name["c_cells.csv:2"].text.startswith('Poland said, "We will ship grain."')
    assert "The first ship leaves in April." in by_name["c_cells.csv:2"].text
    assert by_name["d_nodate.csv:2"].published is None
    feed = {d.title: d for d in documents if d.meta.get("format") == "feed"}
    assert "\u201ctwo new\u201d ferry routes & a port" in feed["Ferries & ports"].text
    assert feed["Ferries & ports"].publisher == "Baltic Wire & Co"
    assert "grain \u2014 officials said soon." in feed["Grain"].text
    assert by_name["g_future.txt"].published is None
    assert str(by_name["h_old.txt"].published) == "1850-05-01"
    assert by_name["i_report.txt.gz"].title == "Bridge"
    assert not any("Hidden" in (d.title or "") for d in documents)
