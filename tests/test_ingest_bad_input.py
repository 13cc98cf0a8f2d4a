"""Bad input: one clear message naming the file and the problem; the batch goes on.

Every case ingests a good report first and the bad file after it, twice: the good report is
stored exactly once, the bad file fails both times with the same message.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from pledgewatch.ingest import IngestOptions, ingest_paths

GOOD = "Good report\n\nSEOUL (AP) -- The envoys met and agreed to talk again.\n"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title>
<item><title>x</title><description>&lol3;</description></item></channel></rss>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title>
<item><title>x</title><description>&secret;</description></item></channel></rss>"""


def _noise() -> bytes:
    rng = random.Random(7)
    return bytes(rng.randrange(1, 256) for _ in range(3000))


# file name, content, options, words the reason must contain
CASES = [
    ("empty.txt", b"", {}, "empty file"),
    ("blank.md", b"  \n\n\t\n", {}, "empty file"),
    ("title-only.txt", b"Just a title\n", {}, "has a title line but no text under it"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), {}, "binary data"),
    ("noise.txt", _noise(), {}, "undecodable bytes"),
    ("utf8.txt", "Café talks\n\nThe café.".encode(), {"encoding": "ascii"}, "not valid ascii"),
    ("big.txt", b"Big\n\n" + b"word " * 100, {"max_bytes": 200}, "over the size limit"),
    (
        "bad.html",
        b"<html><body><div></span></td><script>run()</script></body>",
        {},
        "malformed or empty HTML",
    ),
    ("bad.rss", b"<rss><channel><item><title>x</title></channel></rss>", {}, "malformed feed"),
    ("note.xml", b"<?xml version='1.0'?><note>hello</note>", {}, "not an RSS or Atom feed"),
    ("bomb.rss", BILLION_LAUGHS, {}, "entity-expansion"),
    ("xxe.atom", EXTERNAL_ENTITY, {}, "refused for safety"),
    ("header-only.csv", b"text,title\n", {}, "no rows"),
    ("cols.csv", b"body,title\nx,y\n", {"column_map": {"text": "story"}}, "no column 'story'"),
    ("notext.csv", b"headline,when\nx,y\n", {}, "no text column"),
    ("bad.json", b'[{"text": "a"', {}, "malformed JSON"),
    ("report.docx", b"PK\x03\x04" + bytes(50), {}, "not supported: a Word document"),
    ("fm.md", b"---\ndate: [unclosed\n---\nTitle\n\nBody.\n", {}, "front matter is not valid YAML"),
    ("open-fm.md", b"---\ndate: 2011-08-24\nTitle\n\nBody.\n", {}, "never closed"),
    ("bad-date.md", b"---\ndate: someday\n---\nTitle\n\nBody.\n", {}, "is not a date"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", {}, "broken PDF"),
]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def run(store, paths, **options):
    return ingest_paths(
        store, [str(p) for p in paths], options=IngestOptions(quiet=True, **options)
    )


def assert_one_failure_and_good_kept(store, good: Path, bad: Path, expected: str, **options):
    for attempt in range(2):
        report = run(store, [good, bad], **options)
        (failure,) = report.failures
        assert failure.where == str(bad)
        assert expected in failure.reason, failure.reason
        assert str(failure) == f"{bad}: {failure.reason}"
        assert failure.code.startswith("PW1")
        # Only sources worth a look are listed: the bad file, and the good one once a duplicate.
        listed = [(s.source, s.status) for s in report.sources]
        assert listed == [(str(good), "duplicate")] * attempt + [(str(bad), "failed")]
        assert not report.ok
        assert (report.ingested, report.duplicates) == ((1, 0) if attempt == 0 else (0, 1))
        assert store.count_documents() == 1
    (stored,) = store.iter_documents()
    assert stored.title == "Good report"


@pytest.mark.parametrize(
    ("name", "content", "options", "expected"), CASES, ids=[case[0] for case in CASES]
)
def test_bad_input(store, tmp_path, name, content, options, expected):
    good = write(tmp_path, "a-good.txt", GOOD)
    bad = write(tmp_path, name, content)
    assert_one_failure_and_good_kept(store, good, bad, expected, **options)


def test_missing_path(store, tmp_path):
    good = write(tmp_path, "a-good.txt", GOOD)
    assert_one_failure_and_good_kept(store, good, tmp_path / "nowhere.txt", "no such file")


def test_unreadable_file(store, tmp_path, monkeypatch):
    good = write(tmp_path, "a-good.txt", GOOD)
    bad = write(tmp_path, "secret.txt", "Secret\n\nNot for reading.\n")
    bad.chmod(0)
    if os.access(bad, os.R_OK):  # root reads anything: fail the open as the OS would for others
        real_open = Path.open

        def guarded_open(self, *args, **kwargs):
            if self == bad:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", guarded_open)
    try:
        assert_one_failure_and_good_kept(store, good, bad, "permission denied")
    finally:
        bad.chmod(0o644)


def test_bad_csv_rows_are_reported_by_line_and_the_rest_is_stored(store, tmp_path):
    path = write(
        tmp_path,
        "rows.csv",
        "title,text,date\n"
        "One,First report.,2011-08-24\n"
        "Two,Second report.,2011-08-25,surplus\n"
        'Three,"Third report, quoted.",2011-08-26\n'
        'Four,"broken "quote" here,2011-08-27\n'
        "Five,Fifth report.,not a date\n"
        "Six,Sixth report.,2011-08-29\n",
    )
    for attempt in range(2):
        report = run(store, [path])
        assert [str(f) for f in report.failures] == [
            f"{path}:3: expected 3 fields, found 4 (a stray delimiter or an unquoted comma?)",
            f"{path}:5: malformed CSV row (',' expected after '\"')",
            f"{path}:6: cannot read date 'not a date' in 'date'; write YYYY-MM-DD",
        ]
        assert [s.status for s in report.sources] == ["partial"]
        assert (report.ingested, report.duplicates) == ((3, 0) if attempt == 0 else (0, 3))
    texts = sorted(doc.text for doc in store.iter_documents())
    assert texts == ["First report.", "Sixth report.", "Third report, quoted."]


def test_bad_option_values_are_config_errors():
    from pledgewatch.errors import ConfigError
    from pledgewatch.ingest import parse_column_map, parse_size

    with pytest.raises(ConfigError, match="unknown field 'body'"):
        parse_column_map(["body=text"])
    with pytest.raises(ConfigError, match="not FIELD=COLUMN"):
        parse_column_map(["text"])
    with pytest.raises(ConfigError, match="not a size"):
        parse_size("lots")
    with pytest.raises(ConfigError, match="unknown format"):
        IngestOptions(format="docx")
    assert parse_column_map(["text=body,date=pubdate", "title = headline"]) == {
        "text": "body",
        "date": "pubdate",
        "title": "headline",
    }
    assert [parse_size(s) for s in ("20MB", "512k", "2MiB", "100")] == [
        20_000_000,
        512_000,
        2 * 1024 * 1024,
        100,
    ]
