"""Plain text and Markdown reports: front matter, title line, dateline, body.

A report on disk looks like the demo corpus::

    ---
    date: 2011-08-24
    publisher: Yonhap News Agency
    kind: news
    url: https://...
    ---
    North Korea offers to resume talks            <- title (first non-empty line)

    PYONGYANG, Aug. 24 (Yonhap) -- North Korea ... <- body; the dateline stays in the text

The YAML front matter is optional; without it the first non-empty line is the title, unless
that line is itself a dateline, a whole paragraph (over 250 characters) or ends with a full stop
(headlines do not; "aimed at U.S." does not count, :mod:`pledgewatch.ingest.title_lines`), in
which case the report has no title and the text keeps the line. ``Document.text`` is the body
without the front matter and the title line.
A file of one line that ends as a sentence ends ("... on Monday.") is a one-line report: that
line is its text; a one-line file that reads as a headline is an error (nothing under it).
Markdown markup (headings, emphasis, links) is reduced to its words so the parser sees prose.

Before the title is looked for, the page furniture of paged text (form feeds) is dropped
(:mod:`pledgewatch.ingest.page_furniture`), odd spaces and invisible characters are rewritten
(:mod:`pledgewatch.ingest.characters`) and hard-wrapped lines are joined back into their
paragraphs (:mod:`pledgewatch.ingest.line_wraps`): a first line that wraps on into the next is
the start of the text, not a title.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from pledgewatch.errors import InputError
from pledgewatch.ingest.characters import decode_character_references, normalise_characters
from pledgewatch.ingest.decoding import decode_text
from pledgewatch.ingest.documents import DatedValue, ReadResult, Source, build_document
from pledgewatch.ingest.line_wraps import unwrap_lines
from pledgewatch.ingest.options import IngestOptions
from pledgewatch.ingest.page_furniture import join_pages
from pledgewatch.ingest.title_lines import ends_with_full_stop
from pledgewatch.model import Document
from pledgewatch.nlp.dates import parse_date_value, parse_dateline

#: A first line longer than this is a paragraph, not a title.
MAX_TITLE_LENGTH = 250

#: Front matter keys that become Document fields; any other key is kept in ``meta``.
_FIELD_KEYS = ("title", "date", "publisher", "url", "kind", "place", "language")

_MARKDOWN_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, flags), replacement)
    for pattern, replacement, flags in (
        (r"<!--.*?-->", "", re.DOTALL),
        (r"^\s*(?:```|~~~).*$", "", re.MULTILINE),
        (r"!\[([^\]]*)\]\([^)]*\)", r"\1", 0),
        (r"\[([^\]]+)\]\([^)]*\)", r"\1", 0),
        (r"^#{1,6}[ \t]+", "", re.MULTILINE),
        (r"[ \t]+#+[ \t]*$", "", re.MULTILINE),
        (r"^[ \t]*>[ \t]?", "", re.MULTILINE),
        (r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", "", re.MULTILINE),
        (r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", 0),
        (r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])", r"\1", 0),
        (r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])", r"\1", 0),
        (r"`([^`\n]+)`", r"\1", 0),
    )
)


def markdown_to_plain(text: str) -> str:
    """Markdown reduced to its words: headings, emphasis, links, quotes and rules unmarked."""
    for pattern, replacement in _MARKDOWN_RULES:
        text = pattern.sub(replacement, text)
    return text


def split_front_matter(text: str, *, name: str) -> tuple[dict[str, Any], str]:
    """The YAML front matter (``---`` ... ``---`` at the very top) as a dict, and the rest.

    Raises:
        InputError: front matter that is never closed, is not YAML, or is not key: value pairs.
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            break
    else:
        raise InputError(
            "front matter opened with '---' on the first line is never closed; end it with a "
            "line '---'",
            path=name,
        )
    block = "\n".join(lines[1:index])
    try:
        data = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"front matter is not valid YAML{where}: {problem}", path=name) from exc
    if not isinstance(data, dict):
        raise InputError(
            "front matter must be 'key: value' lines (date, publisher, kind, url, title)",
            path=name,
        )
    return {str(key).lower(): value for key, value in data.items()}, "\n".join(lines[index + 1 :])


def split_title(body: str, given_title: str | None, *, markdown: bool) -> tuple[str | None, str]:
    """The title and the body without it; see the module docstring for the rule."""
    lines = body.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return given_title, ""
    line = lines[first].strip()
    candidate = markdown_to_plain(line).strip() if markdown else line.lstrip("#").strip()
    rest = "\n".join(lines[first + 1 :])
    if given_title is not None:
        same = candidate.casefold() == " ".join(str(given_title).split()).casefold()
        return given_title, rest if same else body
    if parse_dateline(line) is not None or len(candidate) > MAX_TITLE_LENGTH:
        return None, body
    if not _is_heading(line, markdown=markdown) and ends_with_full_stop(candidate):
        # headlines end in no full stop: this is the story's first paragraph, which the text
        # must keep (a title would take its first sentence away from the coder)
        return None, body
    return candidate, rest


def _is_heading(line: str, *, markdown: bool) -> bool:
    """A line marked as a heading ("# ..."): its author made it the title, whatever it ends with."""
    return line.lstrip().startswith("#") and (markdown or line.lstrip("#").startswith(" "))


def _first_line(text: str) -> str:
    """The first non-blank line of ``text``, stripped ("" when there is none)."""
    return next((line.strip() for line in text.split("\n") if line.strip()), "")


def _is_sentence(line: str) -> bool:
    """A line that ends as a sentence does (full stop, "!", "?", maybe a closing quote)."""
    return line.rstrip().rstrip("\"'”’)").endswith((".", "!", "?"))


def _front_matter_date(front: dict[str, Any], name: str) -> DatedValue | None:
    if front.get("date") in (None, ""):
        return None
    parsed = parse_date_value(front["date"])
    if parsed is None:
        raise InputError(
            f"front matter date {front['date']!r} is not a date; write YYYY-MM-DD", path=name
        )
    return parsed


def document_from_text(
    text: str,
    *,
    source: Source,
    options: IngestOptions,
    markdown: bool = False,
    front_matter: bool = True,
    title: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Document:
    """One document from decoded report text; shared with the PDF reader.

    Hard-wrapped lines are joined (:func:`unwrap_lines`), a PDF's as any report's: a page's
    lines follow its layout as a wrapped file's follow its width. Pages separated by form feeds
    (a PDF's pages, pdftotext output) lose their running headers, footers and page numbers
    and are joined (:func:`~pledgewatch.ingest.page_furniture.join_pages`).

    Raises:
        InputError: bad front matter, or no body text after the title.
    """
    # "&#8217;" and "&nbsp;" copied from a page's source; before the character rewrites, so a
    # decoded no-break space becomes a space like any other
    # pages (form feeds) lose their running headers and footers before the form feed is
    # rewritten into a paragraph break by the character table
    text = normalise_characters(decode_character_references(join_pages(text)))
    front, body = split_front_matter(text, name=source.name) if front_matter else ({}, text)
    wrapped = body
    body = unwrap_lines(body, markdown=markdown)
    given_title = front.get("title")
    given_title = str(given_title) if given_title not in (None, "") else title
    if given_title is None and _first_line(body) != _first_line(wrapped):
        # the first line wraps on into the next: the start of the text, however short its
        # paragraph, not a title (a headline is a line of its own)
        found_title: str | None = None
    else:
        found_title, body = split_title(body, given_title, markdown=markdown)
    if markdown:
        body = markdown_to_plain(body)
    if not body.strip() and found_title and given_title is None and _is_sentence(found_title):
        # a one-line report ("North Korea fired a missile on Monday.") is its text, not a
        # title: headlines do not end in a full stop
        body, found_title = found_title, None
    if not body.strip():
        problem = "has a title line but no text under it" if found_title else "holds no text"
        raise InputError(f"empty: the report {problem}", path=source.name)
    extra = {key: value for key, value in front.items() if key not in _FIELD_KEYS}
    info: dict[str, Any] = dict(meta or {})
    if extra:
        info["front_matter"] = {key: _plain(value) for key, value in extra.items()}
    return build_document(
        body,
        source=source,
        options=options,
        title=found_title,
        dated=_front_matter_date(front, source.name),
        date_origin="front matter",
        url=_text_or_none(front.get("url")),
        publisher=_text_or_none(front.get("publisher")),
        place=_text_or_none(front.get("place")),
        kind=_text_or_none(front.get("kind")),
        language=_text_or_none(front.get("language")),
        meta=info,
    )


def _text_or_none(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _plain(value: Any) -> Any:
    """A front matter value the JSON ``meta`` column can hold (dates become ISO strings)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def read_text(source: Source, options: IngestOptions) -> ReadResult:
    """A plain-text or Markdown source (``source.format`` is ``text`` or ``markdown``)."""
    decoded = decode_text(source.data, name=source.name, encoding=options.encoding)
    document = document_from_text(
        decoded.text, source=source, options=options, markdown=source.format == "markdown"
    )
    return ReadResult(documents=[document], warnings=list(decoded.warnings))
