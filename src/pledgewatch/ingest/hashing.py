"""Document identity: the hash of the normalised text, the same in every process and backend.

Two copies of a report that differ only in Unicode composition or whitespace (a re-wrapped
line, a trailing newline, CRLF line ends) are the same document; letter case is kept, because
"US" and "us" are different words. Every reader and the store's dedup go through
:func:`content_hash`, so there is one definition of "the same text".

The key is the *normalised stored text*, not the raw bytes, so a change in how a reader
normalises (joining hard-wrapped lines, decoding "&#8217;") can change the key of a file stored
before it: whitespace-only differences are absorbed here, but a word broken at a line-end
hyphen ("long-" / "range" was stored as "long- range", is now "long-range"), a first line that
wraps on (once the title, now the start of the text) or a decoded character reference is a new
key, and re-ingesting that file stores a second document beside the old one. By principle a
document's identity is its source's raw content, and a re-ingest under new normalisation
should update the stored document (and drop its coding) or report it, never silently
duplicate; doing that needs the raw content's hash stored with each document and a store
lookup by it, which the store does not have yet (see the robust28 report). Until then, re-code
an old store from its sources into a fresh database rather than re-ingesting into it.
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
