"""Document identity: the hash of the normalised text, the same in every process and backend.

Two copies of a report that differ only in Unicode composition or whitespace (a re-wrapped
line, a trailing newline, CRLF line ends) are the same document; letter case is kept, because
"US" and "us" are different words. Every reader and the store's dedup go through
:func:`content_hash`, so there is one definition of "the same text".
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WHITESPACE = re.compile(r"\s+")

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
