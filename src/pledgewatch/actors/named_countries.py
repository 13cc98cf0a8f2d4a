"""Which countries a document's dictionary phrases name.

:func:`countries_named` is every country a country, capital or place phrase names (a phrase's
usual sense): the matcher keeps it per Doc for the rules that ask what the story is about.
:func:`countries_named_apart` leaves out the place names two states share ("Tripoli",
``shared_places``): a shared name cannot decide its own sense, so the countries the story names
apart from it do (:func:`~pledgewatch.actors.dictionary.settle_entries`).
"""

from __future__ import annotations

from collections.abc import Iterable

from pledgewatch.actors.mention import Hit

__all__ = ["COUNTRY_KINDS", "countries_named", "countries_named_apart"]

#: Kinds of entries that name a country.
COUNTRY_KINDS = frozenset({"country", "capital", "place"})


def countries_named(hits: Iterable[Hit]) -> frozenset[str]:
    """The countries the ``hits`` name by a country, capital or place phrase."""
    return frozenset(
        entry.country
        for hit in hits
        for entry in hit.entries[:1]
        if entry.kind in COUNTRY_KINDS and entry.country
    )


def countries_named_apart(hits: Iterable[Hit]) -> frozenset[str]:
    """:func:`countries_named`, without the place names two states share."""
    return countries_named(hit for hit in hits if not any(e.context for e in hit.entries))
