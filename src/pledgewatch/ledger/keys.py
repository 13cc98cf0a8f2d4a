"""How the ledger keys pledges and actors: by country, and a pledge by promisor and topic.

Promisors are compared by country: the first three letters of a CAMEO actor code (``PRKGOV``
and ``PRKMIL`` are both ``PRK``), because a government's promise binds its military too.
International and non-state codes (``IGO...``, ``NGO...``, ``MNC...``, ``IMG...``) have no
country prefix and are kept whole. A pledge's id is its promisor and topic
(``PRK:missile_launch_moratorium``), with its object country on a topic keyed by its object
(``USA:sanctions@MMR``). :mod:`~pledgewatch.ledger.records` re-exports every name here.
"""

from __future__ import annotations

#: CAMEO code prefixes that name an organisation or group rather than a country.
NON_COUNTRY_PREFIXES = frozenset({"IGO", "NGO", "MNC", "IMG"})


def country_key(code: str | None) -> str | None:
    """The actor a pledge binds: ``PRKGOV`` -> ``PRK``; ``IGOUNOIAE`` stays whole."""
    if not code:
        return None
    code = code.strip().upper()
    if not code:
        return None
    return code if code[:3] in NON_COUNTRY_PREFIXES else code[:3]


def same_actor(code: str | None, key: str) -> bool:
    """True when an actor code belongs to the promisor ``key`` (see :func:`country_key`)."""
    return code is not None and country_key(code) == key


#: Between a pledge's topic and its object country in its id: ``USA:sanctions@MMR``.
OBJECT_SEPARATOR = "@"


def pledge_id(promisor: str, topic: str, object_country: str | None = None) -> str:
    """The stable id of a pledge: ``PRK:missile_launch_moratorium``; on a topic keyed by its
    object (``by_object`` in the topic-action map) with one, ``USA:sanctions@MMR``, so sanctions
    on Myanmar and on North Korea are two pledges. A pledge with no object keeps the plain id."""
    base = f"{promisor}:{topic}"
    return f"{base}{OBJECT_SEPARATOR}{object_country}" if object_country else base


def base_topic(topic: str) -> str:
    """The taxonomy topic of a pledge topic: generic pledges are keyed ``other:<wording>``."""
    return topic.partition(":")[0]


#: The country part of an actor code the dictionaries could not tell ("---GOV").
UNKNOWN_COUNTRY = "---"


def of_unknown_country(pledge: str) -> bool:
    """A pledge (its id or its promisor) of a promisor whose country is unknown: "the
    leaders said they would ..." gives ``---:<topic>``, which no analyst can file under anyone."""
    return pledge.startswith(UNKNOWN_COUNTRY)


def split_pledge_id(value: str) -> tuple[str, str]:
    """``PRK:missile_launch_moratorium`` -> (``PRK``, ``missile_launch_moratorium``)."""
    promisor, sep, topic = value.partition(":")
    if not sep or not promisor or not topic:
        raise ValueError(f"a pledge id looks like PRK:missile_launch_moratorium, not {value!r}")
    return promisor, topic
