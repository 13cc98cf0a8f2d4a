"""Hostile input: every reader and the coder survive garbage, bombs and odd Unicode, quickly.

The property for a reader: given any bytes it either returns a :class:`ReadResult` or raises an
:class:`InputError` (or a subclass) whose message names the source; never another exception,
never a hang (each call runs under an alarm), never an expanded entity or a file read through an
external entity. The property for the coder: for any Unicode text it returns lists (possibly
empty) or raises a pledgewatch error, within a bounded time.

Hypothesis runs a bounded number of examples per test so the file stays well under a minute;
the fixed cases (1 MB lines, 10k-deep HTML, entity bombs, a deflate bomb in a PDF) are tables.
"""

from __future__ import annotations

import contextlib
import json
import signal
import time
import zlib
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledgewatch.errors import InputError, PledgewatchError
from pledgewatch.ingest.documents import ReadResult
from pledgewatch.ingest.options import FORMATS
from pledgewatch.ingest.sources import read_bytes
from pledgewatch.model import Document

NAME = "hostile-input.bin"

#: Seconds one reader call may take on this kind of input before it counts as a hang.
READ_LIMIT = 10.0
#: Seconds the coder may take on one short random text.
CODE_LIMIT = 10.0

FUZZ = settings(
    max_examples=40,
    deadline=None,  # the alarm below bounds each call; a deadline would only flake on CI
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,  # same examples on every run: a failure here is reproducible
)


class Hang(Exception):
    """A call ran past its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`Hang` in this (the main) thread if the block runs longer than ``seconds``."""

    def on_alarm(_signum: int, _frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def read_safely(data: bytes, fmt: str) -> ReadResult | InputError:
    """Read ``data`` as ``fmt``; an InputError is returned, anything else fails the test."""
    start = time.monotonic()
    try:
        with time_limit(READ_LIMIT):
            result = read_bytes(data, name=NAME, format=fmt)
    except InputError as exc:
        assert NAME in str(exc), f"{fmt}: error does not name the source: {exc}"
        assert exc.path == NAME or NAME in str(exc)
        return exc
    except Hang:
        pytest.fail(f"{fmt} reader hung on {len(data)} bytes: {data[:80]!r}...")
    except Exception as exc:  # noqa: BLE001 - any other exception is the defect under test
        pytest.fail(
            f"{fmt} reader raised {exc.__class__.__name__}: {exc} on {len(data)} bytes "
            f"(after {time.monotonic() - start:.1f} s): {data[:120]!r}"
        )
    assert isinstance(result, ReadResult)
    for doc in result.documents:
        assert isinstance(doc, Document)
        assert isinstance(doc.text, str)
        assert doc.id and doc.content_hash
    for error in result.errors:
        assert isinstance(error, InputError)
    return result


def texts_of(outcome: ReadResult | InputError) -> str:
    if isinstance(outcome, InputError):
        return ""
    return "\n".join((doc.title or "") + "\n" + doc.text for doc in outcome.documents)


# -- strategies ---------------------------------------------------------------------------------

#: Text mixing Latin, Hangul, Arabic and Hebrew (right to left), combining marks, bidi controls,
#: C0/C1 control characters and NUL; no surrogates (they cannot be encoded).
hostile_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(
            "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u200b\u200e\u200f\u202a\u202b\u202e\u2066"
            "\u2069\ufeff\ufffd\u0301\u0645\u0631\u062d\u05e9\u05dc\u05d5\ud55c\uad6d\u4e2d"
        ),
        st.sampled_from("North Korea will allow inspectors. <>&\"'\n\t;,"),
    ),
    max_size=400,
)


def html_page(body: str) -> bytes:
    return f"<html><head><title>{body[:40]}</title></head><body><p>{body}</p></body></html>".encode(
        "utf-8", "surrogatepass"
    )


def rss_feed(body: str) -> bytes:
    safe = body.replace("]]>", "]] >")
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>x</title><description><![CDATA[{safe}]]></description></item>"
        "</channel></rss>"
    ).encode("utf-8", "surrogatepass")


def jsonl_rows(body: str) -> bytes:
    return (json.dumps({"text": body, "title": body[:20]}) + "\n").encode()


def csv_rows(body: str) -> bytes:
    quoted = body.replace('"', '""')
    return f'text,title\n"{quoted}",headline\n'.encode("utf-8", "surrogatepass")


WRAPPERS = {
    "text": lambda body: body.encode("utf-8", "surrogatepass"),
    "markdown": lambda body: f"---\ndate: 2011-08-24\n---\n# {body[:30]}\n\n{body}".encode(),
    "html": html_page,
    "feed": rss_feed,
    "jsonl": jsonl_rows,
    "json": lambda body: json.dumps([{"text": body}]).encode(),
    "csv": csv_rows,
    "tsv": lambda body: ("text\n" + body.replace("\t", " ").replace("\n", " ") + "\n").encode(),
}


PDF_LINES = (
    "Inspectors to return",
    "",
    "North Korea will allow inspectors to return, officials said on Monday.",
)


def minimal_pdf(lines: tuple[str, ...] = PDF_LINES) -> bytes:
    """A valid one-page PDF showing ``lines`` (written here byte by byte, offsets and all)."""
    shown = " ".join(
        "({}) Tj 0 -16 Td".format(
            line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        )
        for line in lines
    )
    stream = f"BT /F1 12 Tf 72 720 Td {shown} ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


# -- every reader on random bytes ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@FUZZ
@given(data=st.binary(max_size=3000))
def test_reader_survives_random_bytes(fmt: str, data: bytes) -> None:
    read_safely(data, fmt)


@pytest.mark.parametrize("fmt", sorted(WRAPPERS))
@FUZZ
@given(body=hostile_text)
def test_reader_survives_hostile_text_in_its_own_format(fmt: str, body: str) -> None:
    read_safely(WRAPPERS[fmt](body), fmt)


@pytest.mark.parametrize(
    ("fmt", "data"),
    [
        pytest.param("jsonl", b'{"text": "North\\u0000 Korea will allow inspectors."}\n'),
        pytest.param("json", b'[{"text": "North\\u0000 Korea will allow inspectors."}]'),
        ("csv", b"text\nNorth\x00 Korea will allow inspectors.\n"),
        ("text", b"North\x00 Korea will allow inspectors.\n\nMore text."),
        ("html", b"<html><body><p>North\x00 Korea will allow inspectors.</p></body></html>"),
        (
            "feed",
            b"<rss><channel><item><description>North&#0; Korea</description></item>"
            b"</channel></rss>",
        ),
    ],
)
def test_no_reader_lets_a_nul_character_through(fmt: str, data: bytes) -> None:
    """NUL cannot be stored in PostgreSQL text: a reader must drop it or refuse the input."""
    outcome = read_safely(data, fmt)
    if isinstance(outcome, ReadResult):
        for doc in outcome.documents:
            assert "\x00" not in doc.text and "\x00" not in (doc.title or ""), repr(doc.text)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(
    position=st.integers(min_value=0, max_value=10_000),
    values=st.binary(min_size=1, max_size=8),
)
def test_pdf_reader_survives_corrupted_pdfs(position: int, values: bytes) -> None:
    pdf = bytearray(minimal_pdf())
    at = position % len(pdf)
    pdf[at : at + len(values)] = values
    read_safely(bytes(pdf), "pdf")


def test_minimal_pdf_is_read() -> None:
    """The fuzzed PDF is valid before corruption, so the fuzzing reaches the parser's depths."""
    outcome = read_safely(minimal_pdf(), "pdf")
    assert isinstance(outcome, ReadResult)
    assert "inspectors" in texts_of(outcome)


# -- bombs and extremes --------------------------------------------------------------------------

ONE_MB = 1_000_000

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + b"".join(
        b'<!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b"]>\n"
)
XXE = b'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def _deep_html(levels: int) -> bytes:
    return (
        b"<html><body>"
        + b"<div>" * levels
        + b"<p>North Korea will allow inspectors to return, officials said on Monday.</p>"
        + b"</div>" * levels
        + b"</body></html>"
    )


EXTREME_CASES: list[tuple[str, str, bytes]] = [
    ("text", "1 MB single line", b"word " * (ONE_MB // 5)),
    ("text", "1 MB without a space", b"x" * ONE_MB),
    ("markdown", "1 MB front matter line", b"---\ntitle: " + b"a" * ONE_MB + b"\n---\nbody\n"),
    ("markdown", "unclosed front matter", b"---\ndate: 2011-01-01\n" + b"k: v\n" * 10_000),
    (
        "markdown",
        "YAML alias bomb",
        b"---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a]\n"
        b"c: &c [*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d]\n---\nhi\n",
    ),
    ("text", "control characters only", bytes(range(0, 32)) * 1000),
    ("text", "NUL bytes in text", b"North Korea\x00 will allow\x00 inspectors.\n" * 100),
    ("text", "UTF-16 without BOM", "North Korea will allow inspectors.".encode("utf-16-le")),
    ("text", "invalid UTF-8", b"North Korea \xff\xfe\xc3\x28 will allow inspectors."),
    ("html", "10k nested divs", _deep_html(10_000)),
    ("html", "100k nested divs", _deep_html(100_000)),
    ("html", "unclosed tags", b"<html><body>" + b"<p><b><i>" * 20_000 + b"text"),
    ("html", "1 MB line in a paragraph", b"<html><body><p>" + b"word " * (ONE_MB // 5) + b"</p>"),
    ("html", "entity bomb in HTML", BILLION_LAUGHS + b"<html><body><p>&lol9;</p></body></html>"),
    ("html", "external entity in HTML", XXE + b"<html><body><p>&xxe;</p></body></html>"),
    ("html", "only script", b"<html><script>" + b"alert(1);" * 10_000 + b"</script></html>"),
    (
        "feed",
        "billion laughs",
        BILLION_LAUGHS + b"<rss><channel><item><description>&lol9;"
        b"</description></item></channel></rss>",
    ),
    (
        "feed",
        "external entity",
        XXE + b"<rss><channel><item><description>&xxe;</description></item></channel></rss>",
    ),
    (
        "feed",
        "10k nested elements",
        b"<rss><channel><item><description>"
        + b"<x>" * 10_000
        + b"hi"
        + b"</x>" * 10_000
        + b"</description></item></channel></rss>",
    ),
    (
        "feed",
        "20k entries",
        b"<rss><channel>" + b"<item><title>t</title></item>" * 20_000 + b"</channel></rss>",
    ),
    ("jsonl", "1 MB line", json.dumps({"text": "word " * (ONE_MB // 5)}).encode()),
    ("jsonl", "deep nesting", b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n"),
    ("json", "deep nesting", b"[" * 100_000 + b"]" * 100_000),
    ("json", "not a list of objects", b'[1, "two", null, [3], {"x": 1}]'),
    ("csv", "1 MB field", b"text\n" + b"a" * ONE_MB + b"\n"),
    ("csv", "unterminated quote", b'text,title\n"never closed,' + b"x" * 100_000),
    ("csv", "NUL in a row", b"text\nNorth Korea\x00 will allow inspectors\n"),
    ("csv", "100k columns", b",".join(b"c%d" % i for i in range(100_000)) + b"\n1\n"),
    ("tsv", "ragged rows", b"text\ttitle\nonly one\n\t\t\t\t\n"),
    ("pdf", "header only", b"%PDF-1.7\n"),
    ("pdf", "truncated", minimal_pdf()[:200]),
    ("pdf", "deflate bomb", None),  # built below: 100 MB of zeros in a 100 KB stream
]


def _deflate_bomb_pdf() -> bytes:
    content = zlib.compress(b"0" * 100_000_000, 9)
    pdf = minimal_pdf()
    old = b"<< /Length "
    start = pdf.index(old, pdf.index(b"4 0 obj"))
    end = pdf.index(b"endstream", start) + len(b"endstream")
    bomb = (
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream"
    )
    return pdf[:start] + bomb + pdf[end:]  # xref offsets are now wrong: pypdf must cope


@pytest.mark.parametrize(
    ("fmt", "case", "data"),
    EXTREME_CASES,
    ids=[f"{fmt}-{case}" for fmt, case, _ in EXTREME_CASES],
)
def test_reader_survives_extreme_input(fmt: str, case: str, data: bytes | None) -> None:
    if data is None:
        data = _deflate_bomb_pdf()
    outcome = read_safely(data, fmt)
    text = texts_of(outcome)
    assert "lollollol" not in text, f"{case}: an entity was expanded"
    assert "root:" not in text, f"{case}: an external entity was read"
    assert len(text) <= 2 * len(data) + 1000, f"{case}: the text grew beyond its source"


# -- the coder ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def coder(nlp):
    from pledgewatch.coding import Coder, CoderOptions

    return Coder(CoderOptions(), nlp=nlp)


def code_safely(coder, text: str, limit: float = CODE_LIMIT) -> list:
    from pledgewatch.coding import context_for_text

    try:
        with time_limit(limit):
            sentences, events, flags = coder.code_text(text, context_for_text(None))
    except PledgewatchError as exc:
        assert str(exc), "a pledgewatch error without a message"
        return []
    except Hang:
        pytest.fail(f"the coder hung on {len(text)} characters: {text[:80]!r}...")
    except Exception as exc:  # noqa: BLE001 - the defect under test
        pytest.fail(f"the coder raised {exc.__class__.__name__}: {exc} on {text[:200]!r}")
    assert isinstance(sentences, list)
    assert isinstance(events, list)
    assert isinstance(flags, list)
    for ev in events:
        assert ev.evidence is None or isinstance(ev.evidence, str)
    return events


@pytest.mark.model
@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=hostile_text)
def test_coder_returns_a_list_for_any_text(coder, text: str) -> None:
    code_safely(coder, text)


CODER_EXTREMES = [
    ("empty", ""),
    ("whitespace", " \n\t\r\x0b\x0c" * 100),
    ("control characters", "".join(chr(c) for c in range(32)) * 50),
    (
        "right to left",
        "\u05d9\u05e9\u05e8\u05d0\u05dc \u202e North Korea will allow inspectors. "
        "\u0642\u0627\u0644\u062a \u0643\u0648\u0631\u064a\u0627 \u0627\u0644\u0634\u0645\u0627"
        "\u0644\u064a\u0629.",
    ),
    (
        "mixed scripts",
        "North Korea (\ubd81\ud55c, \u671d\u9bae) fired missiles at Japan "
        "(\u65e5\u672c) on Monday, \u0627\u0644\u064a\u0627\u0628\u0627\u0646 said.",
    ),
    ("one long token", "x" * 200_000),
    ("a long line of events", "North Korea fired artillery at South Korea. " * 400),
    ("no sentence ends", "North Korea will allow inspectors and " * 300),
    ("over spaCy's max length", "word " * 210_000),
]

CODER_CASES = [pytest.param(case, text, id=case) for case, text in CODER_EXTREMES]


@pytest.mark.model
@pytest.mark.parametrize(("case", "text"), CODER_CASES)
def test_coder_survives_extreme_text(coder, case: str, text: str) -> None:
    code_safely(coder, text, limit=60.0)
