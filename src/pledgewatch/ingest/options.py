"""The options of an ingest run, and the parsing of the ones a user types.

One frozen record carries every choice (default date and publisher, column mapping, forced
format, size limit, encoding) from the command line or the API down to the readers, so no reader
looks at global state.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pledgewatch.errors import ConfigError

#: Default limit on the size of one file, URL body or standard input: 20 MB.
DEFAULT_MAX_BYTES = 20_000_000

#: Document fields a CSV column or JSON key can be mapped to with ``--map field=column``.
MAPPABLE_FIELDS: tuple[str, ...] = ("text", "title", "date", "url", "publisher", "place", "kind")

#: The reader names ``--format`` accepts.
FORMATS: tuple[str, ...] = (
    "text",
    "markdown",
    "html",
    "feed",
    "jsonl",
    "json",
    "csv",
    "tsv",
    "pdf",
)


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """How to read and store a batch of sources.

    Attributes:
        default_date: the publication date of a document whose metadata and dateline give none
            (``--date``); also the reference year for a dateline such as ``Aug. 24``.
        publisher: the publisher of a document that names none (``--publisher``).
        column_map: document field -> CSV column or JSON key (``--map text=body``).
        format: force one reader for every source instead of choosing by extension or content.
        max_bytes: the largest file, URL body, standard input or archive member accepted (an
            archive from a URL or standard input is capped by ``max_stream_bytes`` of
            ``data/ingest/archives.yaml`` instead, its members by this).
        encoding: decode text with this encoding instead of detecting it.
        quiet: no progress bar.
        batch_size: documents written per transaction.
        timeout: seconds to wait for a URL.
        today: the day of the ingest (default: the clock's); a source dated after it is dated
            wrongly, since no report is published in the future (see
            :mod:`pledgewatch.ingest.documents`).
    """

    default_date: dt.date | None = None
    publisher: str | None = None
    column_map: Mapping[str, str] = field(default_factory=dict)
    format: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None
    quiet: bool = False
    batch_size: int = 200
    timeout: float = 20.0
    today: dt.date | None = None

    def __post_init__(self) -> None:
        if self.format is not None and self.format not in FORMATS:
            raise ConfigError(
                f"unknown format {self.format!r}; choose one of: {', '.join(FORMATS)}"
            )
        if self.max_bytes <= 0:
            raise ConfigError(f"--max-bytes must be positive, not {self.max_bytes}")
        if self.batch_size <= 0:
            raise ConfigError(f"batch size must be positive, not {self.batch_size}")
        unknown = sorted(set(self.column_map) - set(MAPPABLE_FIELDS))
        if unknown:
            raise ConfigError(
                f"cannot map {', '.join(unknown)}: the fields are {', '.join(MAPPABLE_FIELDS)}"
            )


def parse_column_map(specs: Iterable[str]) -> dict[str, str]:
    """``["text=body,date=pubdate", "title=headline"]`` -> ``{"text": "body", ...}``.

    Raises:
        ConfigError: a pair without ``=``, an empty column or an unknown field.
    """
    mapping: dict[str, str] = {}
    for spec in specs:
        for pair in filter(None, (part.strip() for part in spec.split(","))):
            name, sep, column = pair.partition("=")
            name, column = name.strip().lower(), column.strip()
            if not sep or not column:
                raise ConfigError(
                    f"--map {pair!r} is not FIELD=COLUMN; e.g. --map text=body,date=pubdate"
                )
            if name not in MAPPABLE_FIELDS:
                raise ConfigError(
                    f"--map {pair!r}: unknown field {name!r}; "
                    f"the fields are {', '.join(MAPPABLE_FIELDS)}"
                )
            mapping[name] = column
    return mapping


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_SIZE_UNITS = {"": 1, "b": 1, "k": 1000, "m": 1000**2, "g": 1000**3}


def parse_size(text: str) -> int:
    """``"20MB"`` -> 20000000; ``"512k"``, ``"1.5M"``, ``"2MiB"`` and plain byte counts work."""
    match = _SIZE.match(text)
    if not match:
        raise ConfigError(f"--max-bytes {text!r} is not a size; write e.g. 20MB, 500k or 1048576")
    number, unit = float(match.group(1)), (match.group(2) or "").lower()
    factor = _SIZE_UNITS[unit[:1]] if "i" not in unit else 1024 ** "kmg".index(unit[0]) * 1024
    size = int(number * factor)
    if size <= 0:
        raise ConfigError(f"--max-bytes {text!r} must be more than zero")
    return size


def parse_iso_date(text: str) -> dt.date:
    """``--date`` as ``YYYY-MM-DD``."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ConfigError(f"--date {text!r} is not a date; write YYYY-MM-DD") from exc
