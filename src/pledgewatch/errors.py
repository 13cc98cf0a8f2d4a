"""The one exception tree of pledgewatch.

::

    PledgewatchError            base; every message names the file or record and the fix
    ├── InputError              a document or file that cannot be read (bad encoding, too big, ...)
    │   └── UnsupportedFormat   an extension or content type no reader handles
    ├── StoreError              the database cannot be opened, migrated or written
    ├── ConfigError             a bad option, URL, dictionary, lexicon or checklist file
    ├── ModelError              the spaCy pipeline is missing or broken
    └── NotFound                a document, event or pledge id that is not in the store

Third-party exceptions (SQLAlchemy, spaCy, httpx, parsers) are translated into these where they
enter the package, so the CLI and the web app show one clear message and never a traceback.
"""

from __future__ import annotations


class PledgewatchError(Exception):
    """Base of every error pledgewatch raises on purpose."""

    code = "PW000"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputError(PledgewatchError):
    """An input document or file that cannot be used; the batch goes on without it."""

    code = "PW100"


class UnsupportedFormat(InputError):
    """No reader handles this extension or content type."""

    code = "PW101"


class StoreError(PledgewatchError):
    """The store cannot be opened, migrated or written."""

    code = "PW200"


class ConfigError(PledgewatchError):
    """A bad option, database URL, dictionary, lexicon or checklist."""

    code = "PW300"


class ModelError(PledgewatchError):
    """The spaCy pipeline cannot be loaded."""

    code = "PW400"


class NotFound(PledgewatchError):
    """A record id that is not in the store."""

    code = "PW404"
