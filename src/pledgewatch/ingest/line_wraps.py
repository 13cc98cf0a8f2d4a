"""Hard-wrapped lines of plain text and Markdown joined back into their paragraphs.

Wire copy and e-mail break lines at about 70 columns inside a paragraph. The parser takes a
line break for a sentence boundary, so "North Korea had fired artillery" and "at Yeonpyeong
Island, killing two marines." become two broken sentences. :func:`unwrap_lines` joins such
lines with a space, or with nothing after a word broken at a line-end hyphen: "long-" + "range"
is "long-range", "nego-" + "tiations" is "negotiations" (which hyphen is dropped:
:mod:`pledgewatch.ingest.hyphen_breaks`).

The principle: blank lines separate paragraphs and are kept. Inside a paragraph, a line break
is a wrap, and is joined, when the line does not end a sentence and the next line continues it:
the next line starts with a lower-case letter, or its first word would not have fitted on the
line within the paragraph's width (its longest line), which is exactly where a line-wrapping
program breaks. A line that leaves room for the next word was broken on purpose (a headline,
a byline, an address) and is kept. A line ending a sentence is kept too, unless the next line
starts in lower case ("the U.S." + "envoy said").

Never joined, whatever their length: a line before a list item (``- item``, ``• item``,
``1. item``, ``(a) item``), before a dateline (``SEOUL, Jan. 27 (Yonhap) --``) or a Markdown
block (heading ``#``, fence, table row ``|``, rule or heading underline); a line that is such a
block itself; lines inside a fenced block; and in Markdown a line ending in a hard break (two
spaces or a backslash). A list item's own wrapped lines are joined onto it; quoted lines
(``> ...``) are joined to quoted lines, the continuation's ``>`` dropped.
"""

from __future__ import annotations

import functools
import re

from pledgewatch.ingest.characters import load_character_table
from pledgewatch.ingest.hyphen_breaks import HyphenJoiner
from pledgewatch.nlp.dates import parse_dateline

#: Numbered list items: "1.", "2)", "(3)", "(a)", "(iv)"; bullets come from the character table.
_NUMBERED_ITEM = r"\d{1,3}[.)]|\((?:\d{1,3}|[a-z]|[ivx]{1,4})\)"
_FENCE = re.compile(r"[ \t]*(?:```|~~~)")
#: Lines that are Markdown blocks of their own: headings, table rows, rules, heading underlines.
_BLOCK = re.compile(r"[ \t]*(?:#{1,6}(?:[ \t]|$)|\||(?:[-=*_][ \t]*){3,}$)")
_QUOTE = re.compile(r"[ \t]*>[ \t]?")
_CLOSERS = "\"'”’)]»"
_SENTENCE_END = (".", "!", "?", "…")
_HYPHEN_BREAK = re.compile(r"[^\W\d_]-$")


def unwrap_lines(text: str, *, markdown: bool = False) -> str:
    """``text`` with the wraps inside its paragraphs joined; see the module docstring."""
    lines = text.split("\n")
    joiner = HyphenJoiner(text)
    out: list[str] = []
    in_fence = False
    paragraph: list[str] = []
    for line in lines:
        if _FENCE.match(line):
            out.extend(_join_paragraph(paragraph, markdown, joiner))
            paragraph = []
            out.append(line)
            in_fence = not in_fence
        elif in_fence:
            out.append(line)
        elif line.strip():
            paragraph.append(line)
        else:
            out.extend(_join_paragraph(paragraph, markdown, joiner))
            paragraph = []
            out.append(line)
    out.extend(_join_paragraph(paragraph, markdown, joiner))
    return "\n".join(out)


def _join_paragraph(lines: list[str], markdown: bool, joiner: HyphenJoiner) -> list[str]:
    """The lines of one paragraph (no blank line among them), wraps joined."""
    if len(lines) < 2:
        return list(lines)
    width = max(len(line.rstrip()) for line in lines)
    joined = [lines[0]]
    for line in lines[1:]:
        previous = joined[-1]
        if not _is_wrap(previous, line, width, markdown):
            joined.append(line)
            continue
        continuation = line.strip()
        if _QUOTE.match(line) and _QUOTE.match(previous):
            continuation = _QUOTE.sub("", line, count=1).strip()
        head = previous.rstrip()
        if _HYPHEN_BREAK.search(head) and continuation[:1].isalpha():
            # "nego-" + "tiations" is one word; "long-" + "range" keeps its hyphen
            joined[-1] = (
                head[:-1] + continuation
                if joiner.drops_hyphen(head, continuation)
                else head + continuation
            )
        else:
            joined[-1] = head + " " + continuation
    return joined


def _is_wrap(line: str, following: str, width: int, markdown: bool) -> bool:
    """Whether the break between ``line`` and ``following`` is a wrap to join."""
    if _starts_block(following) or _BLOCK.match(line):
        return False
    if _QUOTE.match(following) and not _QUOTE.match(line):
        return False
    if markdown and (line.endswith("  ") or line.rstrip().endswith("\\")):
        return False
    body = _QUOTE.sub("", following, count=1) if _QUOTE.match(following) else following
    body = body.strip()
    if body[:1].islower():
        return True
    if ends_sentence(line):
        return False
    first_word = body.split(maxsplit=1)[0] if body else ""
    return len(line.rstrip()) + 1 + len(first_word) > width


@functools.lru_cache(maxsize=1)
def _list_item() -> re.Pattern[str]:
    bullets = "".join(sorted(load_character_table().bullets))
    markers = f"[{re.escape(bullets)}]|{_NUMBERED_ITEM}" if bullets else _NUMBERED_ITEM
    return re.compile(rf"[ \t]*(?:{markers})[ \t]+")


def _starts_block(line: str) -> bool:
    """A line that starts something new: a list item, a Markdown block, a dateline."""
    return bool(
        _list_item().match(line) or _BLOCK.match(line) or parse_dateline(line.strip()) is not None
    )


def ends_sentence(line: str) -> bool:
    """A line that ends as a sentence does (full stop, "!", "?", maybe a closing quote)."""
    return line.rstrip().rstrip(_CLOSERS).endswith(_SENTENCE_END)
