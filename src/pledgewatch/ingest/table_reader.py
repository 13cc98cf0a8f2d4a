"""Tables of documents: CSV, TSV, JSON Lines and JSON arrays, one document per row.

Columns (or JSON keys) map onto document fields with ``--map text=body,date=pubdate``; without a
mapping the usual names are tried (``text``/``body``/``content``, ``title``/``headline``,
``date``/``published``/``pubdate``, ``url``/``link``, ``publisher``/``source``). Unmapped columns
are kept in ``meta["columns"]``. A bad row (wrong number of fields, broken quoting, invalid JSON,
no text, an unreadable date) is reported as ``file:line`` and the other rows go on; a mapping that
names a column the file does not have fails the whole file, since every row would fail alike.
Rows left without a publication date (no date column, an empty cell, no dateline, no ``--date``)
are counted in one warning for the file. A JSON Lines file whose last line breaks off (cut
short while written or copied) says so for that line; the lines before it are read.

A text cell's hard-wrapped lines (a CMS field typed with line breaks, text pasted from an
e-mail) are joined back into their paragraphs as a text file's are
(:mod:`pledgewatch.ingest.line_wraps`): the parser takes a line break for a sentence boundary.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from pledgewatch.errors import InputError
from pledgewatch.ingest.characters import decode_character_references, normalise_characters
from pledgewatch.ingest.decoding import decode_text
from pledgewatch.ingest.documents import ReadResult, Source, build_document
from pledgewatch.ingest.line_wraps import unwrap_lines
from pledgewatch.ingest.options import MAPPABLE_FIELDS, IngestOptions
from pledgewatch.model import Document
from pledgewatch.nlp.dates import parse_date_value

#: Column names tried, in order, for each field when ``--map`` does not name one.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content"),
    "title": ("title", "headline"),
    "date": ("date", "published", "pubdate"),
    "url": ("url", "link"),
    "publisher": ("publisher", "source"),
    "place": ("place",),
    "kind": ("kind",),
}


def resolve_columns(available: list[str], column_map: Mapping[str, str]) -> dict[str, str]:
    """Field -> column for a table with these columns; explicit mappings must exist."""
    lowered = {name.strip().lower(): name for name in available}
    chosen: dict[str, str] = {}
    for field in MAPPABLE_FIELDS:
        if field in column_map:
            chosen[field] = column_map[field]
            continue
        for candidate in DEFAULT_COLUMNS[field]:
            if candidate in lowered:
                chosen[field] = lowered[candidate]
                break
    return chosen


def _row_document(
    row: Mapping[str, Any],
    columns: Mapping[str, str],
    *,
    source: Source,
    options: IngestOptions,
    label: str,
    line: int,
) -> Document:
    """One row as a document; raises InputError naming ``label`` (``file:line``)."""
    text_column = columns.get("text")
    if text_column is None:
        raise InputError(
            "no text column: name it 'text' or map one with --map text=COLUMN", path=label
        )
    if text_column not in row:
        raise InputError(f"no {text_column!r} key for the text", path=label)
    text = row.get(text_column)
    if not isinstance(text, str) or not text.strip():
        shown = "empty" if text in (None, "") else f"not text ({type(text).__name__})"
        if text is None and source.format in ("json", "jsonl"):
            shown = "null (the export holds no text for it)"  # told apart from ""
        raise InputError(f"the text in {text_column!r} is {shown}", path=label)
    values = {field: row.get(column) for field, column in columns.items() if field != "text"}
    dated = None
    if values.get("date") not in (None, ""):
        dated = parse_date_value(values["date"])
        if dated is None:
            raise InputError(
                f"cannot read date {values['date']!r} in {columns['date']!r}; write YYYY-MM-DD",
                path=label,
            )
    used = set(columns.values())
    extra = {
        key: value for key, value in row.items() if key not in used and value not in (None, "")
    }
    meta: dict[str, Any] = {"line": line}
    if extra:
        meta["columns"] = extra
    title = _as_text(values.get("title"))
    return build_document(
        # CMS exports keep "&#8217;" and "&nbsp;"; line ends are "\n" before wraps are joined
        unwrap_lines(normalise_characters(decode_character_references(text))),
        source=source,
        options=options,
        title=decode_character_references(title) if title else None,
        dated=dated,
        date_origin=f"column {columns.get('date')!r}",
        url=_as_text(values.get("url")),
        publisher=_as_text(values.get("publisher")),
        place=_as_text(values.get("place")),
        kind=_as_text(values.get("kind")),
        source_path=label,
        meta=meta,
    )


def _as_text(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _collect(
    rows: Iterator[tuple[int, Mapping[str, Any] | InputError]],
    columns_for: Any,
    *,
    source: Source,
    options: IngestOptions,
    warnings: tuple[str, ...] = (),
) -> ReadResult:
    result = ReadResult(warnings=list(warnings))
    for line, row in rows:
        if isinstance(row, InputError):
            result.errors.append(row)
            continue
        try:
            result.documents.append(
                _row_document(
                    row,
                    columns_for(row),
                    source=source,
                    options=options,
                    label=f"{source.name}:{line}",
                    line=line,
                )
            )
        except InputError as exc:
            result.errors.append(exc)
    if not result.documents and not result.errors:
        raise InputError("no rows: the table holds a header or blank lines only", path=source.name)
    undated = sum(
        1
        for document in result.documents
        if document.published is None and "date_refused" not in document.meta  # told apart
    )
    if undated:
        # an undated report cannot be placed on the ledger's time line; a table with no date column
        # (or a date column misnamed) says so once, not silently
        result.warnings.append(
            f"{undated} of {len(result.documents)} rows have no publication date (no date "
            f"column, named {' or '.join(DEFAULT_COLUMNS['date'])}, or an empty date cell, and "
            "no dateline); map one with --map date=COLUMN or give --date"
        )
    return result


# -- CSV and TSV ------------------------------------------------------------------------------


def _csv_rows(
    header: list[str], reader: Any, name: str
) -> Iterator[tuple[int, Mapping[str, Any] | InputError]]:
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, InputError(f"malformed CSV row ({exc})", path=f"{name}:{start}")
            continue
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) != len(header):
            yield (
                start,
                InputError(
                    f"expected {len(header)} fields, found {len(cells)} (a stray delimiter or an "
                    "unquoted comma?)",
                    path=f"{name}:{start}",
                ),
            )
            continue
        yield start, dict(zip(header, cells, strict=True))


#: Separators a CSV export may use instead of the comma (Excel in locales with a decimal comma
#: writes ";"); chosen only when the header line holds no comma.
_OTHER_DELIMITERS = (";", "\t", "|")


def _csv_delimiter(text: str) -> str:
    """The comma, unless the header line has none and one of the other separators instead."""
    header = text.split("\n", 1)[0]
    if "," in header:
        return ","
    counts = {delimiter: header.count(delimiter) for delimiter in _OTHER_DELIMITERS}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def read_csv(source: Source, options: IngestOptions) -> ReadResult:
    """Rows of a CSV (``source.format == "csv"``) or TSV file with a header line; a CSV file
    whose header has no comma but semicolons (or tabs, or bars) is read with that separator.

    Raises:
        InputError: undecodable bytes, no header, a mapped column that is missing, no rows.
    """
    decoded = decode_text(source.data, name=source.name, encoding=options.encoding)
    text = decoded.text
    if csv.field_size_limit() < options.max_bytes:
        csv.field_size_limit(options.max_bytes)
    delimiter = "\t" if source.format == "tsv" else _csv_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [cell.strip() for cell in next(reader)]
    except (StopIteration, csv.Error) as exc:
        raise InputError(
            f"malformed CSV: cannot read a header line ({exc})", path=source.name
        ) from exc
    if not any(header):
        raise InputError(
            "malformed CSV: the first line is not a header of column names", path=source.name
        )
    columns = resolve_columns(header, options.column_map)
    missing = sorted({col for col in columns.values() if col not in header})
    if missing:
        raise InputError(
            f"no column {', '.join(map(repr, missing))}; the columns are: {', '.join(header)}",
            path=source.name,
        )
    if "text" not in columns:
        raise InputError(
            f"no text column among {', '.join(header)}; map one with --map text=COLUMN",
            path=source.name,
        )
    rows = _csv_rows(header, reader, source.name)
    return _collect(
        rows, lambda _row: columns, source=source, options=options, warnings=decoded.warnings
    )


_TOO_DEEP = "JSON nested too deeply to read (thousands of levels of [ or {)"


# -- JSON Lines and JSON ----------------------------------------------------------------------


def _json_problem(exc: json.JSONDecodeError, *, line: bool = False) -> str:
    """The decoder's message with its place: "Expecting value at column 3", "Unterminated
    string starting at line 2, column 9" (its own message may end in "at" already)."""
    where = f"line {exc.lineno}, column {exc.colno}" if line else f"column {exc.colno}"
    return f"{exc.msg} {where}" if exc.msg.endswith(" at") else f"{exc.msg} at {where}"


def _cut_off(exc: json.JSONDecodeError, line: str) -> bool:
    """Whether a line's JSON breaks off: a string never closed, or the text ending where more
    was expected (a file cut short while it was being written or copied)."""
    return exc.msg.startswith("Unterminated string") or exc.pos >= len(line.rstrip())


def _jsonl_rows(text: str, name: str) -> Iterator[tuple[int, Mapping[str, Any] | InputError]]:
    lines = text.split("\n")
    # the file's last line, when no line break ends it: where a cut-off file breaks off
    last = len(lines) if lines[-1].strip() else None
    for line_number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        label = f"{name}:{line_number}"
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            if line_number == last and _cut_off(exc, line):
                problem = InputError(
                    "the last line is cut off: the file ends inside a JSON object (was it "
                    "truncated while being written or copied?); the lines before it were read",
                    path=label,
                )
            else:
                problem = InputError(f"not valid JSON ({_json_problem(exc)})", path=label)
            yield line_number, problem
            continue
        except RecursionError:
            yield line_number, InputError(_TOO_DEEP, path=label)
            continue
        if not isinstance(value, dict):
            found = type(value).__name__
            yield line_number, InputError(f"expected a JSON object, found {found}", path=label)
            continue
        yield line_number, value


def read_jsonl(source: Source, options: IngestOptions) -> ReadResult:
    """One document per line of a JSON Lines file, each line a JSON object."""
    decoded = decode_text(source.data, name=source.name, encoding=options.encoding)
    text = decoded.text
    return _collect(
        _jsonl_rows(text, source.name),
        lambda row: resolve_columns(list(row), options.column_map),
        source=source,
        options=options,
        warnings=decoded.warnings,
    )


def read_json(source: Source, options: IngestOptions) -> ReadResult:
    """A JSON array of objects (rows numbered from 1), or a single object."""
    decoded = decode_text(source.data, name=source.name, encoding=options.encoding)
    text = decoded.text
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"malformed JSON ({_json_problem(exc, line=True)})", path=source.name
        ) from exc
    except RecursionError as exc:
        raise InputError(_TOO_DEEP, path=source.name) from exc
    items = value if isinstance(value, list) else [value]

    def rows() -> Iterator[tuple[int, Mapping[str, Any] | InputError]]:
        for number, item in enumerate(items, 1):
            if isinstance(item, dict):
                yield number, item
            else:
                yield (
                    number,
                    InputError(
                        f"item {number} is {type(item).__name__}, not a JSON object",
                        path=f"{source.name}:{number}",
                    ),
                )

    return _collect(
        rows(),
        lambda row: resolve_columns(list(row), options.column_map),
        source=source,
        options=options,
        warnings=decoded.warnings,
    )
