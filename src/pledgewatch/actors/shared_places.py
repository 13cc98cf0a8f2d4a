"""Place names two states share ("Tripoli": Libya's capital, and Lebanon's northern port).

A country entry of ``countries.yaml`` may list ``shared_places``: its own towns whose name is
another country's capital or place. The usual sense stays first (the other country's entry);
this country's sense is added behind it with ``context: [this country]``, the way a shared
acronym's sense is (README.md, "Shared acronyms"), and
:func:`~pledgewatch.actors.dictionary.settle_entries` keeps it in a document that names this
country and does not otherwise name the usual sense's country: "clashes in Tripoli, the
Lebanese port" is Lebanon's, "Lebanon's envoy flew to Tripoli to meet Libya's prime minister"
stays Libya's. The countries a document names are counted without the shared names themselves
(:func:`~pledgewatch.actors.named_countries.countries_named_apart`).
"""

from __future__ import annotations

from typing import Any, Protocol

from pledgewatch.actors.dictionary import Entry
from pledgewatch.actors.spelling import parse_phrase
from pledgewatch.errors import ConfigError

__all__ = ["add_shared_places"]


class _Index(Protocol):
    def add(self, raw: str, entry: Entry, *, variants: bool = False) -> None: ...


def add_shared_places(
    index: _Index, code: str, raw: dict[str, Any], layer: int, source: str
) -> None:
    """Add the ``shared_places`` of the country entry ``raw`` (of ``code``) to ``index``, each
    as a place of ``code`` that holds only in a document naming ``code``."""
    value = raw.get("shared_places")
    if value is None:
        return
    if isinstance(value, str) or not isinstance(value, list):
        raise ConfigError(f"{code}.shared_places must be a list", path=source)
    for phrase in value:
        label = parse_phrase(str(phrase))[0]
        entry = Entry("place", "place", label, country=code, layer=layer, context=frozenset({code}))
        index.add(str(phrase), entry)
