"""Reach the pipeline stages the views show (ledger, checklists, analysis, actors, commitments).

The views sit at the end of the flow and read what earlier stages computed. Each stage is
imported lazily, when a page first needs it, so that a store coded without the ledger (or an
install where a stage is broken) still serves every other page and says "not available" where
the stage is missing, instead of failing at import time.
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml
from sqlalchemy import select

from pledgewatch.store import Store, schema

log = logging.getLogger(__name__)


def stage_function(module: str, name: str) -> Callable[..., Any] | None:
    """``module.name`` when the stage is installed and defines it, else None."""
    try:
        loaded = importlib.import_module(module)
    except ImportError as exc:
        log.debug("stage %s not importable: %s", module, exc)
        return None
    found = getattr(loaded, name, None)
    return found if callable(found) else None


def ledger_statuses_function() -> Callable[..., Any] | None:
    """``ledger_statuses``: the typed records behind ``ledger_frame``, which also carry what
    the frame leaves out (the deadline, the mention that named it)."""
    return stage_function("pledgewatch.ledger", "ledger_statuses")


def link_override_function() -> Callable[..., Any] | None:
    """``set_link_override(store, pledge, event_id, decision, *, relation, note)`` of the ledger."""
    return stage_function("pledgewatch.ledger", "set_link_override")


def ledger_rebuild_function() -> Callable[..., Any] | None:
    return stage_function("pledgewatch.ledger", "rebuild_ledger")


def checklist_functions() -> tuple[Callable[..., Any], Callable[..., Any]] | None:
    load = stage_function("pledgewatch.checklists", "load_checklist")
    evaluate = stage_function("pledgewatch.checklists", "evaluate_checklist")
    return (load, evaluate) if load and evaluate else None


def analysis_function(name: str) -> Callable[..., Any] | None:
    return stage_function("pledgewatch.analysis", name)


def compare_readouts_function() -> Callable[..., Any] | None:
    return stage_function("pledgewatch.commitments", "compare_readouts")


# -- actor names ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DictionaryNames:
    """What the actors stage knows about code names: countries, organisations, sector nouns."""

    countries: dict[str, str]
    organisations: dict[str, str]
    sectors: dict[str, str]


@functools.lru_cache(maxsize=1)
def dictionary_names() -> DictionaryNames:
    """Names from the actors stage's dictionary (empty when the stage is not installed).

    People are left out on purpose: ``PRKGOV`` is the government, not whoever led it.
    """
    load = stage_function("pledgewatch.actors", "load_actor_dictionary")
    if load is None:
        return DictionaryNames({}, {}, {})
    try:
        dictionary = load()
        countries = dict(getattr(dictionary, "country_names", {}) or {})
        organisations = {
            code: names[0]
            for code, names in (getattr(dictionary, "organisations", {}) or {}).items()
            if names
        }
    except Exception as exc:  # a broken dictionary must not take the dashboard down
        log.warning("actor dictionary could not be loaded: %s", exc)
        return DictionaryNames({}, {}, {})
    return DictionaryNames(countries, organisations, _sector_nouns())


def _sector_nouns() -> dict[str, str]:
    """Sector code -> its first noun in the actors stage's ``agents.yaml`` (GOV -> government)."""
    data_dir = stage_function("pledgewatch.actors", "default_data_dir")
    if data_dir is None:
        return {}
    try:
        agents = yaml.safe_load((data_dir() / "agents.yaml").read_text(encoding="utf-8"))
        return {
            str(code): str(nouns[0])
            for code, nouns in (agents.get("agents") or {}).items()
            if code and isinstance(nouns, list) and nouns
        }
    except (OSError, yaml.YAMLError, AttributeError) as exc:
        log.warning("sector names could not be read: %s", exc)
        return {}


class ActorNames:
    """Show actor codes with names: ``PRKGOV — North Korea government``, else the bare code.

    Names come from the store's ``actors`` table first (what this store was coded with), then
    from the actors stage's dictionary: an organisation's code, a country's code, or a country
    code followed by a sector (``PRK`` + ``GOV``).
    """

    def __init__(self, store: Store) -> None:
        self._store = store
        self._stored: dict[str, str] | None = None

    def _stored_names(self) -> dict[str, str]:
        if self._stored is None:
            with self._store.reading() as connection:
                rows = connection.execute(
                    select(schema.actors.c.code, schema.actors.c.name).order_by(schema.actors.c.id)
                ).all()
            self._stored = {row.code: row.name for row in rows if row.code and row.name}
        return self._stored

    def name(self, code: str | None) -> str | None:
        if not code:
            return None
        stored = self._stored_names()
        if code in stored:
            return stored[code]
        known = dictionary_names()
        country = stored.get(code[:3]) or known.countries.get(code[:3])
        if country is not None and len(code) == 3:
            return country
        # a country's sector before any organisation filed under the same code (PRKGOV is the
        # government, even though KCNA is listed as PRKGOV too)
        sector = known.sectors.get(code[3:]) if len(code) == 6 else None
        if country is not None and sector is not None:
            return f"{country} {sector}"
        return known.organisations.get(code)

    def label(self, code: str | None) -> str:
        if not code:
            return "—"
        name = self.name(code)
        return f"{code} — {name}" if name else code
