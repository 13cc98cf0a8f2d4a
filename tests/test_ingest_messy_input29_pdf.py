"""Messy input, third sweep: paged text. A PDF's (or a form-feed text's) running headers,
footers and page numbers are dropped, the lines of a paragraph are joined, and a word broken
at a line-end hyphen is one word again only where the joined word is a word."""

from __future__ import annotations

import io

import pytest

from pledgewatch.ingest import IngestOptions, read_bytes
from pledgewatch.ingest.hyphen_breaks import HyphenJoiner, known_words
from pledgewatch.ingest.line_wraps import unwrap_lines
from pledgewatch.ingest.page_furniture import is_page_number, join_pages, strip_page_furniture

OPTIONS = IngestOptions()

# Written for this test from 2010 facts (the Yeonpyeong shelling and what followed).
PAGES = [
    [
        "EAST ASIA SECURITY BRIEF                         Page 1",
        "The Yeonpyeong shelling",
        "North Korea fired about 170 artillery shells at Yeonpyeong Island",
        "on November 23, 2010, killing two South Korean marines and two civi-",
        "lians. South Korea answered with its K-9 howitzers and called the",
        "attack a grave provocation.",
        "Security Brief - internal use - 1",
    ],
    [
        "EAST ASIA SECURITY BRIEF                         Page 2",
        "The United States sent the carrier George Washington to drills in",
        "the Yellow Sea, and China called for emergency consultations of the",
        "six-party envoys. Seoul dismissed the call and deployed more long-",
        "range artillery to the islands.",
        "Security Brief - internal use - 2",
    ],
    [
        "EAST ASIA SECURITY BRIEF                         Page 3",
        "Pyongyang said it would strike again if the South held its drills",
        "near the island, but no new shelling followed in December.",
        "Security Brief - internal use - 3",
    ],
]
FURNITURE = ("SECURITY BRIEF", "internal use", "Page 2")


def paged_pdf(pages: list[list[str]]) -> bytes:
    """A PDF of several pages, each writing its lines in Helvetica (written by hand)."""
    count = len(pages)
    font = 3 + 2 * count
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids ["
        + " ".join(f"{3 + 2 * i} 0 R" for i in range(count))
        + f"] /Count {count} >>",
    ]
    for index, lines in enumerate(pages):
        escaped = [line.replace("(", "\\(").replace(")", "\\)") for line in lines]
        content = "BT /F1 11 Tf 72 740 Td 14 TL " + " ".join(f"({t}) Tj T*" for t in escaped)
        content += " ET"
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Contents {4 + 2 * index} 0 R /Resources << /Font << /F1 {font} 0 R >> >> >>"
        )
        objects.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream")
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
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


def _read(data: bytes, name: str, format: str):
    (document,) = read_bytes(data, name=name, options=OPTIONS, format=format).documents
    return document


@pytest.fixture(
    params=["pdf", "form feeds"],
)
def paged_document(request):
    pytest.importorskip("pypdf")
    if request.param == "pdf":
        return _read(paged_pdf(PAGES), "brief.pdf", "pdf")
    text = "\f".join("\n".join(lines) for lines in PAGES) + "\n"
    return _read(text.encode("utf-8"), "brief.txt", "text")


def test_running_headers_and_footers_are_not_stored(paged_document):
    assert paged_document.title == "The Yeonpyeong shelling"
    for furniture in FURNITURE:
        assert furniture not in paged_document.text
        assert furniture not in (paged_document.title or "")


@pytest.mark.parametrize(
    "phrase",
    [
        # lines of a paragraph joined, across a page break too
        "Yeonpyeong Island on November 23, 2010,",
        "drills in the Yellow Sea",
        # a hyphenated word broken at the line end: one word when it is one
        "two civilians. South Korea",
        # a compound keeps its hyphen
        "deployed more long-range artillery",
        "six-party envoys",
    ],
)
def test_paragraph_lines_are_joined(paged_document, phrase):
    assert phrase in paged_document.text


def test_pages_do_not_run_sentences_together(paged_document):
    assert "provocation.\nThe United States" in paged_document.text


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        # header with a changing page number, footer repeated: dropped
        (
            [
                "REPORT  Page 1\nFirst page text.\nConfidential - 1",
                "REPORT  Page 2\nMore.\nConfidential - 2",
            ],
            ["First page text.", "More."],
        ),
        # bare page numbers at the foot, even on a single page
        (["Seoul said no.\n- 1 -"], ["Seoul said no."]),
        (["Talks resumed.\n\nPage 3 of 9"], ["Talks resumed.\n"]),
        # a first line that differs from page to page is text
        (["Seoul said no.\nok", "Tokyo said yes.\nok"], ["Seoul said no.", "Tokyo said yes."]),
        (["Seoul said no.", "Tokyo said yes."], ["Seoul said no.", "Tokyo said yes."]),
        # a repeated line in the middle of a page is not furniture
        (
            ["A\nB\nThe talks.\nC\nD", "E\nF\nThe talks.\nG\nH"],
            ["A\nB\nThe talks.\nC\nD", "E\nF\nThe talks.\nG\nH"],
        ),
    ],
)
def test_strip_page_furniture_table(pages, expected):
    assert strip_page_furniture(pages) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3", True),
        ("- 12 -", True),
        ("Page 4", True),
        ("page 4 of 10", True),
        ("4/10", True),
        ("2011", False),
        ("Article 3 of the armistice", False),
        ("", False),
    ],
)
def test_page_number_table(line, expected):
    assert is_page_number(line) is expected


def test_text_without_form_feeds_is_left_alone():
    text = "REPORT Page 1\nSeoul said no."
    assert join_pages(text) == text


VOCABULARY = frozenset({"negotiations", "pipeline"})


@pytest.mark.parametrize(
    ("document", "head", "tail", "dropped"),
    [
        ("", "the nego-", "tiations", True),  # a known word
        ("", "a gas pipe-", "line", True),
        ("", "long-", "range", False),  # "longrange" is no word
        ("since the Cheonan sank", "the Cheo-", "nan", True),  # the document writes it whole
        ("a follow-up meeting", "a follow-", "up", False),
        ("the pipe-line was cut", "gas pipe-", "line", False),  # the document hyphenates it
        ("", "pro-", "Pyongyang", False),  # a capital after the break: a compound
        ("", "the 1990-", "s", False),
    ],
)
def test_hyphen_joiner_table(document, head, tail, dropped):
    joiner = HyphenJoiner(document, vocabulary=VOCABULARY)
    assert joiner.drops_hyphen(head, tail) is dropped


def test_model_vocabulary_knows_common_words():
    words = known_words()
    if not words:
        pytest.skip("the spaCy model is not installed")
    assert {"negotiations", "civilians"} <= words
    assert "longrange" not in words


def test_plain_hard_wrapped_text_rejoins_a_broken_word():
    text = (
        "North Korea walked out of the six-party nego-\ntiations in April 2009 and did not\n"
        "return to them that year or the next one."
    )
    assert "six-party negotiations in April 2009" in unwrap_lines(text)
