"""Paged text (a PDF's pages, pdftotext output split at form feeds) without its page furniture.

A report laid out on pages repeats a running header and footer on every page ("KOREA POLICY
MONITOR ... Page 2", "Confidential - 2") and numbers the pages ("- 3 -", "Page 3 of 5"). Kept,
the header becomes the document's title, the footers land in the middle of sentences that run
on across a page, and each is parsed as a sentence that codes false events.

:func:`join_pages` drops, from the first and last :data:`ZONE` non-blank lines of each page:

* a line that recurs in that zone on several pages: on at least half of them, and at least
  two; lines are compared with their digits ignored (the page number changes) and their
  spacing and case folded;
* a line that is only a page number ("3", "- 3 -", "Page 3", "Page 3 of 5", "3/5").

Then the pages are joined with a line break (not a blank line), so that a paragraph running on
across a page is one paragraph again when the hard-wrapped lines are joined
(:mod:`pledgewatch.ingest.line_wraps`); a page that ends a sentence ends the line anyway.
"""

from __future__ import annotations

import re
from collections import Counter

#: How many non-blank lines at the top and at the bottom of a page may be furniture.
ZONE = 2

_PAGE_NUMBER = re.compile(
    r"[\W_]*(?:page|p\.|pg\.?)?\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?[\W_]*", re.IGNORECASE
)
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


def furniture_key(line: str) -> str:
    """A line compared with its digits ignored and its spacing and case folded."""
    return _SPACE.sub(" ", _DIGITS.sub("#", line)).strip().casefold()


def _zone(lines: list[str]) -> list[int]:
    """Indexes of the first and last ZONE non-blank lines of a page."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:ZONE] + filled[-ZONE:]))


def is_page_number(line: str) -> bool:
    """A line that is only a page number ("3", "- 3 -", "Page 3 of 5")."""
    return _PAGE_NUMBER.fullmatch(line.strip()) is not None and any(c.isdigit() for c in line)


def strip_page_furniture(pages: list[str]) -> list[str]:
    """Each page's text without its running header, footer and page number; see the module
    docstring."""
    split = [page.split("\n") for page in pages]
    zones = [_zone(lines) for lines in split]
    seen = Counter(
        key
        for lines, zone in zip(split, zones, strict=True)
        for key in {furniture_key(lines[i]) for i in zone}
    )
    filled_pages = sum(1 for zone in zones if zone)
    needed = max(2, (filled_pages + 1) // 2)
    kept_pages = []
    for lines, zone in zip(split, zones, strict=True):
        drop = {
            index
            for index in zone
            if is_page_number(lines[index]) or (seen[furniture_key(lines[index])] >= needed)
        }
        kept_pages.append("\n".join(line for i, line in enumerate(lines) if i not in drop))
    return kept_pages


def join_pages(text: str) -> str:
    """Text whose pages are separated by form feeds, furniture dropped, pages joined by a line
    break; text without a form feed is returned as it is."""
    if "\f" not in text:
        return text
    pages = strip_page_furniture(text.split("\f"))
    return "\n".join(page.strip("\n") for page in pages if page.strip())
