"""The checklist file format: a YAML list of preconditions, validated with pydantic.

A checklist names, for each item, who must do what: the promisor (a CAMEO actor code, compared
by country), the topic (or several, any of which will do), the pledge it requires (minimum
strength, said by the promisor itself or not, minimum formality) and whether a tangible action
must fulfil it. ``requires_pledge: null`` makes an item that only an action can meet (e.g.
"further inter-Korean meetings"). ``since`` ignores mentions and actions before a date.
``object`` names the country a pledge is about, for topics whose pledges the ledger keeps per
country (``by_object`` in the topic-action map: sanctions on Myanmar and on North Korea are two
pledges of the United States).

Checklists ship in ``pledgewatch/data/checklists/`` and are found by file stem
(``allied-preconditions-2011``); any other YAML file is given by path. A bad file raises one
:class:`ConfigError` naming the file, the item and the field.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pledgewatch.errors import ConfigError

SHIPPED_DIR = Path(__file__).resolve().parents[1] / "data" / "checklists"


class PledgeRequirement(BaseModel):
    """What a pledge must be for an item: how firm, said by whom, how formally."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    min_strength: Literal["hedged", "conditional", "firm"] = "hedged"
    first_party: bool = False
    min_formality: Literal["anonymous", "reported", "official", "formal"] = "anonymous"


class ChecklistItem(BaseModel):
    """One precondition."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=80, pattern=r"^[A-Za-z0-9_.\-]+$")
    label: str = Field(min_length=1)
    promisor: str = Field(min_length=2, max_length=40)
    topic: str = Field(min_length=1, max_length=60)
    any_of_topics: list[str] = Field(default_factory=list)
    requires_pledge: PledgeRequirement | None = Field(default_factory=PledgeRequirement)
    requires_action: bool = False
    since: dt.date | None = None
    object: str | None = Field(default=None, pattern=r"^\s*[A-Za-z]{3}\s*$")
    note: str | None = None

    @field_validator("promisor")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.strip().upper()

    @field_validator("object")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return value.strip().upper() if value else None

    @model_validator(mode="after")
    def _asks_for_something(self) -> ChecklistItem:
        if self.requires_pledge is None and not self.requires_action:
            raise ValueError(
                "requires_pledge is null and requires_action is false: nothing to check"
            )
        return self

    @property
    def topics(self) -> tuple[str, ...]:
        """The item's topic first, then the alternatives, without repeats."""
        return tuple(dict.fromkeys([self.topic, *self.any_of_topics]))


class Checklist(BaseModel):
    """A named list of preconditions."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    title: str = Field(min_length=1)
    description: str | None = None
    source: str | None = None
    items: list[ChecklistItem] = Field(min_length=1)

    @field_validator("items")
    @classmethod
    def _unique_ids(cls, items: list[ChecklistItem]) -> list[ChecklistItem]:
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise ValueError(f"item id {item.id!r} appears twice")
            seen.add(item.id)
        return items


def shipped_checklists() -> dict[str, Path]:
    """Shipped checklists by name (file stem)."""
    return {path.stem: path for path in sorted(SHIPPED_DIR.glob("*.yaml"))}


def _location(loc: tuple[int | str, ...], data: object) -> str:
    """``("items", 2, "requires_pledge")`` -> ``items[2] (id 'x').requires_pledge``."""
    text = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and node.get("id"):
                text += f" (id {node['id']!r})"
        else:
            text += f".{part}" if text else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return text or "(top level)"


def _validation_message(exc: ValidationError, data: object) -> str:
    problems = []
    for error in exc.errors():
        problems.append(f"{_location(tuple(error['loc']), data)}: {error['msg']}")
    return "; ".join(problems)


@functools.lru_cache(maxsize=32)
def _load_file(path: str, mtime: float) -> Checklist:
    del mtime  # part of the cache key only: an edited file is read again
    file = Path(path)
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read the checklist ({exc})", path=path) from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"not valid YAML ({exc}); fix the syntax", path=path) from exc
    if not isinstance(data, dict):
        raise ConfigError("a checklist is a mapping with 'title' and 'items'", path=path)
    data.setdefault("name", file.stem)
    try:
        return Checklist.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(
            f"invalid checklist: {_validation_message(exc, data)}; "
            "see the header of allied-preconditions-2011.yaml for the format",
            path=path,
        ) from exc


def load_checklist(source: str | Path | Checklist) -> Checklist:
    """A checklist from a YAML path or a shipped name (``allied-preconditions-2011``)."""
    if isinstance(source, Checklist):
        return source
    path = Path(source)
    if not path.is_file():
        shipped = shipped_checklists()
        name = (
            path.stem if path.suffix in (".yaml", ".yml") and len(path.parts) == 1 else str(source)
        )
        if name not in shipped:
            names = ", ".join(shipped) or "none"
            raise ConfigError(
                f"no checklist file {str(source)!r} and no shipped checklist of that name "
                f"(shipped: {names}); give a YAML path or one of those names"
            )
        path = shipped[name]
    return _load_file(str(path.resolve()), path.stat().st_mtime)
