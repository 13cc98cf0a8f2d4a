"""Actor codes for imported events: ICEWS country names and sectors to CAMEO-style codes.

ICEWS names actors in words ("North Korea", sectors "Military,Army"); the store and the trends
speak CAMEO-style codes (``PRKMIL``). The name and keyword tables are data files under
``data/interop/`` so an analyst can add a spelling without touching code.
"""

from __future__ import annotations

import functools
import re

from pledgewatch.interop.codes import data_path, read_tsv


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower())


@functools.lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Lower-cased country (and IGO) name to code; the first row for a name wins."""
    table: dict[str, str] = {}
    for row in read_tsv(data_path("interop", "country_codes.tsv")):
        table.setdefault(_key(row["name"]), row["code"].strip().upper())
    return table


@functools.lru_cache(maxsize=1)
def sector_rules() -> tuple[tuple[str, str], ...]:
    """(lower-cased keyword, CAMEO type code) in priority order."""
    return tuple(
        (row["keyword"].strip().lower(), row["code"].strip().upper())
        for row in read_tsv(data_path("interop", "icews_sectors.tsv"))
    )


@functools.lru_cache(maxsize=1)
def nonstate_prefixes() -> frozenset[str]:
    return frozenset(
        row["prefix"].strip().upper()
        for row in read_tsv(data_path("interop", "nonstate_prefixes.tsv"))
    )


@functools.lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """The code of a country or IGO name ("North Korea" -> "PRK"), None when unknown."""
    key = _key(name)
    if not key:
        return None
    codes = country_codes()
    return codes.get(key) or codes.get(key.removeprefix("the "))


@functools.lru_cache(maxsize=4096)
def sector_code(sectors: str) -> str | None:
    """The CAMEO type code of an ICEWS sector list ("Executive,Government" -> "GOV")."""
    parts = [part.strip().lower() for part in sectors.split(",") if part.strip()]
    for keyword, code in sector_rules():
        if any(keyword in part for part in parts):
            return code
    return None


def icews_actor_code(name: str, sectors: str, country: str) -> str | None:
    """A CAMEO-style code for an ICEWS actor: country code plus the type of its sectors.

    When the country column is empty the name itself may be a country or an IGO ("United
    Nations" -> IGOUNO). IGO codes are complete already and get no sector appended.
    """
    base = country_code(country) if country.strip() else None
    if base is None:
        base = country_code(name)
    if base is None:
        return None
    if len(base) > 3:
        return base
    return base + (sector_code(sectors) or "")


def country_of(code: str | None) -> str | None:
    """The country part of a CAMEO-style actor code (PRKGOV -> PRK); None for IGOs, NGOs ..."""
    if not code or len(code) < 3:
        return None
    prefix = code[:3].upper()
    return None if prefix in nonstate_prefixes() else prefix


def type_of(code: str | None) -> str | None:
    """The first role/type part after the country (PRKGOV -> GOV), None when there is none."""
    if not code or len(code) < 6 or country_of(code) is None:
        return None
    return code[3:6].upper()
