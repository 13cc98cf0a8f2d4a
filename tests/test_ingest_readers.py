"""Every reader turns a small fixture written here into the documents it should."""

from __future__ import annotations

import datetime as dt
import io
import json
import unicodedata
from pathlib import Path

import pytest

from pledgewatch.errors import InputError
from pledgewatch.ingest import (
    IngestOptions,
    content_hash,
    document_id,
    normalise_text,
    read_bytes,
    read_path,
)

REPORT = """---
date: 2011-08-24
publisher: Yonhap News Agency
kind: news
url: https://example.invalid/yonhap/talks
desk: north korea
---
North Korea offers to resume talks

PYONGYANG, Aug. 24 (Yonhap) -- North Korea said on Monday it was ready to return to talks.

The foreign ministry said the offer stood.
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def only(result):
    assert not result.errors, [str(e) for e in result.errors]
    assert len(result.documents) == 1
    return result.documents[0]


# -- identity ---------------------------------------------------------------------------------


def test_content_hash_ignores_composition_and_whitespace_but_not_case():
    composed = "Café talks\r\nin  Geneva "
    decomposed = unicodedata.normalize("NFD", "Café talks in\tGeneva")
    assert content_hash(composed) == content_hash(decomposed)
    assert normalise_text(composed) == "Café talks in Geneva"
    assert content_hash("US talks") != content_hash("us talks")
    assert len(content_hash("x")) == 64
    assert document_id("x") == content_hash("x")[:16]


# -- text and Markdown ------------------------------------------------------------------------


def test_markdown_with_front_matter(tmp_path):
    doc = only(read_path(write(tmp_path, "talks.md", REPORT)))
    assert doc.title == "North Korea offers to resume talks"
    assert doc.text.startswith("PYONGYANG, Aug. 24 (Yonhap) -- North Korea said")
    assert "---" not in doc.text and "desk:" not in doc.text
    assert doc.published == dt.date(2011, 8, 24)
    assert doc.date_precision == "day"
    assert doc.publisher == "Yonhap News Agency"
    assert doc.place == "Pyongyang"
    assert doc.kind == "news"
    assert doc.url == "https://example.invalid/yonhap/talks"
    assert doc.meta["front_matter"] == {"desk": "north korea"}
    assert doc.meta["dateline"] == "PYONGYANG, Aug. 24 (Yonhap) --"
    assert doc.content_hash == content_hash(doc.text)
    assert doc.id == doc.content_hash[:16]
    assert doc.source_path == str(tmp_path / "talks.md")


def test_text_dateline_gives_date_with_year_from_the_date_option(tmp_path):
    path = write(
        tmp_path,
        "launch.txt",
        "Rocket launched\n\nSEOUL, Dec. 30 (Yonhap) -- North Korea fired a rocket.\n",
    )
    doc = only(read_path(path, IngestOptions(default_date=dt.date(2012, 1, 3))))
    assert doc.title == "Rocket launched"
    assert doc.published == dt.date(2011, 12, 30)
    assert doc.date_precision == "day"
    assert doc.meta["date_from"] == "dateline"
    assert (doc.place, doc.publisher) == ("Seoul", "Yonhap")


def test_text_dateline_with_full_date_needs_no_option(tmp_path):
    path = write(
        tmp_path,
        "leap.txt",
        "Leap Day deal\n\nWASHINGTON, Feb. 29, 2012 (Reuters) - The United States said on "
        "Wednesday that North Korea agreed to a moratorium.\n",
    )
    doc = only(read_path(path))
    assert (doc.published, doc.place, doc.publisher) == (
        dt.date(2012, 2, 29),
        "Washington",
        "Reuters",
    )


def test_text_without_any_date_uses_the_date_option_else_none(tmp_path):
    path = write(tmp_path, "note.txt", "Analysis\n\nThe talks are unlikely to succeed.\n")
    undated = only(read_path(path))
    assert (undated.published, undated.date_precision) == (None, "unknown")
    dated = only(read_path(path, IngestOptions(default_date=dt.date(2011, 9, 1), publisher="Desk")))
    assert (dated.published, dated.date_precision) == (dt.date(2011, 9, 1), "day")
    assert dated.meta["date_from"] == "--date"
    assert dated.publisher == "Desk"


def test_front_matter_year_is_refined_by_the_dateline(tmp_path):
    text = "---\ndate: 2011\n---\nTitle\n\nSEOUL, Aug. 24 (Yonhap) -- The North spoke.\n"
    doc = only(read_path(write(tmp_path, "y.md", text)))
    assert (doc.published, doc.date_precision) == (dt.date(2011, 8, 24), "day")


def test_markdown_markup_is_reduced_to_words(tmp_path):
    text = (
        "# Talks in **Geneva**\n\n"
        "GENEVA (Reuters) -- The envoys met, said [the ministry](https://x.invalid).\n\n"
        "> A *quoted* statement with `code`.\n\n---\n\nEnd of report.\n"
    )
    doc = only(read_path(write(tmp_path, "g.markdown", text)))
    assert doc.title == "Talks in Geneva"
    assert "said the ministry." in doc.text
    assert "A quoted statement with code." in doc.text
    assert "**" not in doc.text and "](" not in doc.text and "---" not in doc.text
    assert doc.place == "Geneva"


def test_first_line_that_is_a_dateline_is_not_a_title(tmp_path):
    text = "PYONGYANG, Aug. 24 (KCNA) -- The DPRK will resume talks.\n"
    doc = only(read_path(write(tmp_path, "kcna.txt", text)))
    assert doc.title is None
    assert doc.text == text.strip()


@pytest.mark.parametrize(
    "line",
    [
        "North Korea fired a short-range missile on Monday.",
        '"We will respond," the ministry said.',
        "Will the talks resume?",
    ],
)
def test_a_one_line_report_that_is_a_sentence_is_its_text(tmp_path, line):
    doc = only(read_path(write(tmp_path, "one.txt", line + "\n")))
    assert (doc.title, doc.text) == (None, line)


def test_file_without_extension_is_sniffed_as_text(tmp_path):
    doc = only(read_path(write(tmp_path, "NOTES", "Headline\n\nBody of the note.\n")))
    assert (doc.title, doc.text, doc.meta["format"]) == ("Headline", "Body of the note.", "text")


def test_legacy_encoding_is_detected(tmp_path):
    text = (
        "Café diplomacy\n\nThe ministry’s spokesman said the envoys met at a café in "
        "Pyongyang — a résumé of the talks followed.\n"
    )
    doc = only(read_path(write(tmp_path, "cp.txt", text.encode("cp1252"))))
    assert doc.title == "Café diplomacy"
    assert "ministry’s spokesman" in doc.text and "résumé" in doc.text


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    doc = only(
        read_path(write(tmp_path, "u16.txt", "Title\n\nNorth Korea spoke.".encode("utf-16")))
    )
    assert doc.text == "North Korea spoke."


def test_stdin_is_read_as_text():
    stream = io.StringIO("Stdin headline\n\nSEOUL (AP) — A report from standard input.\n")
    doc = only(read_path("-", IngestOptions(publisher="Pipe"), stdin=stream))
    assert doc.source_path == "<stdin>"
    assert doc.title == "Stdin headline"
    assert doc.publisher == "AP"  # the dateline's agency wins over the --publisher default


# -- HTML -------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head>
<title>Talks resume | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="og:title" content="Talks resume in Geneva">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2011-10-24T09:00:00+02:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now</nav>
<article>
<h1>Talks resume in Geneva</h1>
<p>GENEVA, Oct. 24 (Example Wire) -- North Korean and U.S. envoys met in Geneva on Monday
for a second round of talks on the nuclear programme.</p>
<p>The U.S. envoy said the talks were useful and would continue next month, while North Korea
said it wanted a peace treaty first.</p>
</article>
<footer>Copyright 2019 Example Wire. All rights reserved.</footer>
</body></html>"""


def test_html_main_text_and_metadata(tmp_path):
    doc = only(read_path(write(tmp_path, "page.html", PAGE)))
    assert doc.title == "Talks resume in Geneva"
    assert doc.text.startswith("GENEVA, Oct. 24 (Example Wire) -- North Korean and U.S. envoys")
    assert "would continue next month" in doc.text
    assert "Subscribe now" not in doc.text and "Copyright" not in doc.text
    assert doc.publisher == "Example Wire"
    assert doc.meta["author"] == "Jane Reporter"
    assert (doc.published, doc.date_precision) == (dt.date(2011, 10, 24), "day")
    assert doc.place == "Geneva"


def test_html_with_unclosed_tags_is_repaired(tmp_path):
    broken = (
        "<html><head><title>Broken page</title></head><body><div><p>North Korea said on Monday "
        "it would return to the talks <b>next week<p>The ministry said the talks would go on "
        "while dialogue continues.</div></span></td>"
    )
    doc = only(read_path(write(tmp_path, "broken.htm", broken)))
    assert "return to the talks next week" in doc.text
    assert "the talks would go on" in doc.text


# -- feeds ------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Korea Wire</title><link>https://example.invalid/</link><description>News</description>
<item>
  <title>North offers talks</title>
  <link>https://example.invalid/1</link>
  <pubDate>Wed, 24 Aug 2011 08:00:00 +0900</pubDate>
  <description><![CDATA[<p>North Korea said <b>on Monday</b> it would talk.</p>
  <p>Seoul was wary.</p>]]></description>
</item>
<item>
  <title>Empty item</title>
  <link>https://example.invalid/2</link>
</item>
<item>
  <title>Drills begin</title>
  <link>https://example.invalid/3</link>
  <pubDate>Thu, 25 Aug 2011 10:00:00 +0900</pubDate>
  <description>South Korea and the U.S. began drills&amp;nbsp;today.</description>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Ministry statements</title>
  <id>urn:x</id><updated>2012-03-01T00:00:00Z</updated>
  <entry>
    <title>Statement on the agreement</title>
    <id>urn:x:1</id>
    <link href="https://example.invalid/statement"/>
    <published>2012-03-01T12:00:00+09:00</published>
    <updated>2012-03-02T12:00:00+09:00</updated>
    <content type="html">&lt;p&gt;The DPRK will suspend tests
      &lt;em&gt;while productive dialogues continue&lt;/em&gt;.&lt;/p&gt;</content>
  </entry>
</feed>"""


def test_rss_entries_become_documents_and_an_empty_entry_is_reported(tmp_path):
    result = read_path(write(tmp_path, "wire.rss", RSS))
    assert [doc.title for doc in result.documents] == ["North offers talks", "Drills begin"]
    first, second = result.documents
    assert first.text == "North Korea said on Monday it would talk.\nSeoul was wary."
    # the calendar day where the report was filed, not the UTC day
    assert (first.published, first.date_precision) == (dt.date(2011, 8, 24), "day")
    assert first.url == "https://example.invalid/1"
    assert first.publisher == "Korea Wire"
    assert second.text == "South Korea and the U.S. began drills today."
    assert first.source_path == f"{tmp_path / 'wire.rss'}: entry 1"
    (error,) = result.errors
    assert "entry 2 ('Empty item') has no text" in str(error)
    assert str(tmp_path / "wire.rss") in str(error)


def test_atom_entry_content(tmp_path):
    doc = only(read_path(write(tmp_path, "statements.atom", ATOM)))
    assert doc.title == "Statement on the agreement"
    assert doc.text == "The DPRK will suspend tests while productive dialogues continue."
    assert doc.published == dt.date(2012, 3, 1)
    assert doc.url == "https://example.invalid/statement"
    assert doc.publisher == "Ministry statements"


def test_feed_with_an_undefined_html_entity_is_still_read(tmp_path):
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item>'
        "<title>Aid</title><description>Flood aid&nbsp;offered.</description>"
        "</item></channel></rss>"
    )
    doc = only(read_path(write(tmp_path, "nbsp.rss", feed)))
    assert doc.text == "Flood aid offered."


def test_xml_file_is_read_as_a_feed(tmp_path):
    assert len(read_path(write(tmp_path, "feed.xml", ATOM)).documents) == 1


# -- CSV, TSV, JSON Lines, JSON -----------------------------------------------------------------


def test_csv_with_column_mapping_and_other_columns_kept(tmp_path):
    path = write(
        tmp_path,
        "news.csv",
        "headline,body,pubdate,link,desk\n"
        'Talks,"North Korea said it would talk, again.",2011-08-24,https://x.invalid/1,asia\n'
        "Drills,Drills began.,25 August 2011,,\n",
    )
    options = IngestOptions(column_map={"text": "body", "date": "pubdate"})
    result = read_path(path, options)
    assert not result.errors
    first, second = result.documents
    assert (first.title, first.text, first.published) == (
        "Talks",
        "North Korea said it would talk, again.",
        dt.date(2011, 8, 24),
    )
    assert first.url == "https://x.invalid/1"
    assert first.meta["columns"] == {"desk": "asia"}
    assert first.source_path == f"{path}:2"
    assert (second.published, second.source_path) == (dt.date(2011, 8, 25), f"{path}:3")


def test_tsv_with_default_column_names(tmp_path):
    path = write(tmp_path, "n.tsv", "title\ttext\tdate\tpublisher\nA\tThe text.\t2012-04\tKCNA\n")
    doc = only(read_path(path))
    assert (doc.title, doc.text, doc.publisher) == ("A", "The text.", "KCNA")
    assert (doc.published, doc.date_precision) == (dt.date(2012, 4, 1), "month")


def test_jsonl_with_mapping_reports_bad_lines_and_reads_the_rest(tmp_path):
    lines = [
        json.dumps({"story": "First report.", "when": "2011-08-24", "outlet": "AP"}),
        "{not json",
        json.dumps(["a", "list"]),
        "",
        json.dumps({"story": "", "when": "2011-08-25"}),
        json.dumps({"story": "Bad date report.", "when": "someday"}),
        json.dumps({"story": "Last report.", "when": "2011-08-26"}),
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    options = IngestOptions(column_map={"text": "story", "date": "when", "publisher": "outlet"})
    result = read_path(path, options)
    assert [doc.text for doc in result.documents] == ["First report.", "Last report."]
    assert result.documents[0].publisher == "AP"
    assert result.documents[1].source_path == f"{path}:7"
    messages = [str(error) for error in result.errors]
    assert messages[0].startswith(f"{path}:2: not valid JSON")
    assert messages[1].startswith(f"{path}:3: expected a JSON object, found list")
    assert messages[2].startswith(f"{path}:5: the text in 'story' is empty")
    assert messages[3].startswith(f"{path}:6: cannot read date 'someday'")
    assert len(messages) == 4


def test_json_array(tmp_path):
    path = write(tmp_path, "docs.json", json.dumps([{"text": "One."}, {"text": "Two."}, 3]))
    result = read_path(path)
    assert [doc.text for doc in result.documents] == ["One.", "Two."]
    assert "item 3 is int" in str(result.errors[0])


# -- PDF --------------------------------------------------------------------------------------


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose content stream writes ``lines`` in Helvetica (written by hand)."""
    content = (
        "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


PDF_LINES = ["Talks in Geneva", "GENEVA, Oct. 24 (Reuters) - North Korea said it would talk."]


def test_pdf_text_of_all_pages(tmp_path):
    doc = only(
        read_path(
            write(tmp_path, "talks.pdf", minimal_pdf(PDF_LINES)),
            IngestOptions(default_date=dt.date(2011, 10, 25)),
        )
    )
    assert doc.title == "Talks in Geneva"
    assert doc.text.startswith("GENEVA, Oct. 24 (Reuters) - North Korea said it would talk.")
    assert (doc.published, doc.place, doc.publisher) == (dt.date(2011, 10, 24), "Geneva", "Reuters")
    assert doc.meta["pages"] == 1


def test_encrypted_pdf_is_a_clear_error(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(minimal_pdf(PDF_LINES))))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = write(tmp_path, "locked.pdf", buffer.getvalue())
    with pytest.raises(InputError, match="encrypted PDF") as caught:
        read_path(path)
    assert str(path) in str(caught.value)


def test_broken_pdf_is_a_clear_error(tmp_path):
    path = write(tmp_path, "broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    with pytest.raises(InputError, match="broken PDF") as caught:
        read_path(path)
    assert str(caught.value).startswith(f"{path}: ")


# -- bytes with a forced format ---------------------------------------------------------------


def test_read_bytes_with_forced_and_sniffed_formats():
    assert read_bytes(RSS.encode(), name="mem").documents[0].meta["format"] == "feed"
    doc = only(read_bytes(b"text\nhello there\n", name="mem", format="csv"))
    assert doc.text == "hello there"


def test_pdf_without_text_layer_is_a_clear_error(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buffer = io.BytesIO()
    writer.write(buffer)
    path = write(tmp_path, "scan.pdf", buffer.getvalue())
    with pytest.raises(InputError, match="no text layer"):
        read_path(path)
