"""Document identity: the hash of the normalised text, and the hash of the raw source.

Two copies of a report that differ only in Unicode composition or whitespace (a re-wrapped
line, a trailing newline, CRLF line ends) are the same document; letter case is kept, because
"US" and "us" are different words. Every reader and the store's dedup go through
:func:`content_hash`, so there is one definition of "the same text".

The normalised text's key changes when a reader's normalisation changes (a word broken at a
line-end hyphen joined, a wrapped first line no longer the title, a decoded "&#8217;", a PDF's
running header dropped). By principle a document's identity is its source's raw content, so
each document also carries :func:`raw_content_hash` of the bytes it was read from, and a
re-ingest is looked up by that first (``Store.store_documents``):

* same raw content, same normalised text: a duplicate, nothing written;
* same raw content, new normalised text: the stored document is *renewed* in place (same id):
  its text, title and metadata are replaced and its coding (sentences, events, commitments,
  flags) is dropped, so ``code`` codes it again, as for any document not coded yet; the ledger
  sees the events change, as after a recode. When the new text is already stored as another
  document, the file is a duplicate of that one and nothing is written;
* a document stored before raw hashes existed (NULL) is recognised by its source path and
  :func:`same_reading` (the same words, or the same once the old text's page furniture is left
  out), renewed the same way, and given its raw hash; one found by its normalised text from
  the same path is given its raw hash too (and renewed if its title or date read anew).

Nothing stored is lost or stored twice: a renewal keeps the document's id, and a document
edited at its source is a new raw content, hence a new document beside the old one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from pledgewatch.ingest.characters import decode_character_references
from pledgewatch.ingest.page_furniture import strip_page_furniture

_WHITESPACE = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[\W_]+")
#: A paragraph break, where an earlier reader put a page break.
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")

#: How many hex characters of the content hash make a document id.
ID_LENGTH = 16


def normalise_text(text: str) -> str:
    """Unicode NFC, every run of whitespace one space, stripped; case is kept."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    """The sha256 hex digest of :func:`normalise_text` of ``text``."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def document_id(text: str) -> str:
    """The document id: the first 16 hex characters of :func:`content_hash`."""
    return content_hash(text)[:ID_LENGTH]


def raw_content_hash(data: bytes, record: int | None = None) -> str:
    """The sha256 hex digest of a source's raw bytes; ``record`` numbers a document of a
    many-document source (a CSV row, a feed entry), so each has its own."""
    if record is None:
        return hashlib.sha256(data).hexdigest()
    return raw_record_hashes(data, 1, first=record)[0]


def raw_record_hashes(data: bytes, count: int, *, first: int = 0) -> list[str]:
    """:func:`raw_content_hash` of records ``first`` .. ``first + count - 1`` of one source.

    The source's bytes are hashed once and the hash state copied for each record: hashing the
    whole file again for every row made reading a large CSV quadratic in its rows.
    """
    whole = hashlib.sha256(data)
    hashes = []
    for record in range(first, first + count):
        digest = whole.copy()
        digest.update(f"\x00record {record}".encode())
        hashes.append(digest.hexdigest())
    return hashes


def _letters(title: str | None, text: str) -> str:
    """Title and text reduced to their letters and digits, case folded, references decoded."""
    joined = f"{title or ''} {decode_character_references(text)}"
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", joined)).casefold()


def same_reading(
    old_title: str | None, old_text: str, new_title: str | None, new_text: str
) -> bool:
    """Whether a stored document (``old``) is an earlier reading of the same source as ``new``.

    True when they have the same letters and digits in the same order (joins, wraps, spaces,
    hyphens and character references aside), also once the old reading's page furniture is
    left out. The furniture is found by the readers' own rule
    (:func:`~pledgewatch.ingest.page_furniture.strip_page_furniture`), on the old reading's
    pages: the earlier readers wrote a page break as a paragraph break (the PDF reader joined
    pages with a blank line, the character table turned a form feed into one), so the old
    text's blank-line blocks, its title line heading the first, are its pages. Any other
    difference in the words is another document.
    """
    new = _letters(new_title, new_text)
    if _letters(old_title, old_text) == new:
        return True
    pages = _BLANK_LINES.split(f"{old_title}\n{old_text}" if old_title else old_text)
    kept = strip_page_furniture(pages)
    return kept != pages and _letters(None, "\n".join(kept)) == new
