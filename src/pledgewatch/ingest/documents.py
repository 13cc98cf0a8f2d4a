"""From what a reader found to a :class:`~pledgewatch.model.Document`, the same way for all.

Every reader hands its findings (text, title, metadata date, publisher, ...) to
:func:`build_document`, which applies the rules that must not differ between formats:

* the publication date comes from metadata; else from the dateline (``SEOUL, Aug. 24
  (Yonhap) --``), whose year comes from a coarser metadata date or ``--date``; else ``--date``;
* a date read from the source that lies after the day of ingest (``2099-01-01`` typed for
  ``2009``) is no publication date: it is recorded in ``meta["date_refused"]``, reported as a
  warning, and ``--date`` (or no date) takes its place; one before 1900 is kept but questioned
  in ``meta["date_questioned"]`` and a warning (a spreadsheet writes an empty date cell as
  1899-12-30); ``--date`` itself is the user's word and is not checked;
* the publisher from metadata, else the dateline's agency, else ``--publisher``;
* the stored text and title have odd spaces, zero-width marks and soft hyphens rewritten
  (:mod:`pledgewatch.ingest.characters`), so evidence offsets refer to the clean text;
* the id and content hash from the normalised text (:mod:`pledgewatch.ingest.hashing`);
* ``meta`` records where the date came from, the reader and the dateline, so a date shown to an
  analyst can be explained.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from pledgewatch.errors import InputError
from pledgewatch.ingest.characters import normalise_characters
from pledgewatch.ingest.hashing import ID_LENGTH, content_hash
from pledgewatch.ingest.options import IngestOptions
from pledgewatch.model import DatePrecision, Document
from pledgewatch.nlp.dates import parse_dateline

DatedValue = tuple[dt.date, DatePrecision]

#: How far past the day of ingest a date may lie: a report from a time zone ahead of the clock's.
FUTURE_SLACK = dt.timedelta(days=1)
#: Dates before this are kept but questioned: news of that age is rare, a wrong date is not.
EARLIEST_UNQUESTIONED = dt.date(1900, 1, 1)
#: The ``meta`` keys of the two date notes, which the readers' caller turns into warnings.
DATE_NOTES = ("date_refused", "date_questioned")


@dataclass(frozen=True, slots=True)
class Source:
    """Bytes to read and what is known about them before reading.

    ``name`` is how messages and ``Document.source_path`` refer to it: the path as given, the
    URL, or ``<stdin>``.
    """

    name: str
    data: bytes
    format: str
    url: str | None = None
    charset: str | None = None


@dataclass(slots=True)
class ReadResult:
    """What one source yielded: its documents, the rows or entries that could not be read,
    and warnings about it that are not failures (a file of mixed encodings).

    A whole-source failure is raised as :class:`~pledgewatch.errors.InputError` instead; a bad
    row of a CSV file lands in ``errors`` (its ``path`` is ``file:line``) and the rest goes on.
    """

    documents: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def clean_text(text: str) -> str:
    """NFC, ``\\n`` line ends, no NULs, no trailing spaces on lines, no blank lines at either end;
    odd spaces, zero-width marks and soft hyphens rewritten (:func:`normalise_characters`).

    NUL characters are dropped: no text needs them and PostgreSQL refuses them in text columns.
    """
    text = normalise_characters(unicodedata.normalize("NFC", text.replace("\x00", "")))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n").strip()


def clean_title(title: str | None) -> str | None:
    """A title on one line, or None when there is none."""
    if title is None:
        return None
    title = " ".join(normalise_characters(unicodedata.normalize("NFC", str(title))).split())
    return title or None


def _reference_point(dated: DatedValue) -> dt.date:
    """The middle of a coarse date, so a dateline's month and day land inside it."""
    date, precision = dated
    if precision == "year":
        return dt.date(date.year, 7, 2)
    if precision == "month":
        return date.replace(day=15)
    return date


def _checked(
    published: DatedValue | None, info: dict[str, Any], options: IngestOptions
) -> DatedValue | None:
    """``published`` unless it lies after the day of ingest (then None, noted in ``info``);
    one before 1900 is noted as questioned and kept."""
    if published is None:
        return None
    date, _ = published
    origin = info.get("date_from", "metadata")
    today = options.today or dt.date.today()
    if date > today + FUTURE_SLACK:
        info["date_refused"] = (
            f"{date.isoformat()} (from the {origin}) is after the day of ingest "
            f"({today.isoformat()}), so it is no publication date; "
            + ("--date is used instead" if options.default_date else "the document has no date")
        )
        info.pop("date_from", None)
        return None
    if date < EARLIEST_UNQUESTIONED:
        info["date_questioned"] = (
            f"{date.isoformat()} (from the {origin}) is before 1900; kept, but check it (a "
            "spreadsheet writes an empty date cell as 1899-12-30)"
        )
    return published


def build_document(
    text: str,
    *,
    source: Source,
    options: IngestOptions,
    title: str | None = None,
    dated: DatedValue | None = None,
    date_origin: str = "metadata",
    url: str | None = None,
    publisher: str | None = None,
    place: str | None = None,
    kind: str | None = None,
    language: str | None = None,
    source_path: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Document:
    """A document from one reader's findings; see the module docstring for the rules.

    Raises:
        InputError: no text is left.
    """
    where = source_path or source.name
    body = clean_text(text)
    if not body:
        raise InputError("empty: no text to ingest", path=where)
    info: dict[str, Any] = {"format": source.format, **(meta or {})}

    reference = _reference_point(dated) if dated else options.default_date
    dateline = parse_dateline(body, reference)
    published: DatedValue | None = dated
    if dated is not None:
        info["date_from"] = date_origin
    if dateline is not None:
        info["dateline"] = dateline.text
        if dateline.publisher:
            info["dateline_publisher"] = dateline.publisher
        if dateline.date is not None and (dated is None or dated[1] != "day"):
            published = (dateline.date, dateline.precision)
            info["date_from"] = "dateline"
    published = _checked(published, info, options)
    if published is None and options.default_date is not None:
        published = (options.default_date, "day")
        info["date_from"] = "--date"

    digest = content_hash(body)
    return Document(
        id=digest[:ID_LENGTH],
        text=body,
        content_hash=digest,
        title=clean_title(title),
        url=url or source.url,
        publisher=clean_title(publisher)
        or (dateline.publisher if dateline else None)
        or options.publisher,
        published=published[0] if published else None,
        date_precision=published[1] if published else "unknown",
        place=clean_title(place) or (dateline.place if dateline else None),
        language=language or "en",
        kind=clean_title(kind),
        source_path=where,
        ingested_at=dt.datetime.now(dt.UTC),
        meta=info,
    )
