"""Settings of the trend analysis: defaults from a data file, overridden by arguments.

The charm-offensive window, lag and threshold and the change-point penalty are judgement calls an
analyst must be able to see and change, so their defaults live in
``data/analysis/trend_defaults.yaml`` (documented in ``docs/trends.md``) and every one of them can
be overridden by a function argument or a CLI option.
"""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass, fields, replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from pledgewatch.errors import ConfigError

Freq = Literal["day", "week", "month"]
FREQUENCIES: tuple[Freq, ...] = ("day", "week", "month")
HostilityScope = Literal["actor", "dyad"]
ChangePointMethod = Literal["pelt", "binseg"]
ChangePointSignal = Literal["goldstein_mean", "net_cooperation"]


@dataclass(frozen=True, slots=True)
class CharmOffensiveSettings:
    """When a rise in cooperative talk counts as a charm offensive (see docs/trends.md)."""

    window: int
    lag: int
    rise_ratio: float
    min_verbal: int
    min_hostile: int
    max_material_coop: int
    hostility_scope: HostilityScope
    threat_roots: tuple[str, ...]
    statement_roots: tuple[str, ...] = ("01",)


@dataclass(frozen=True, slots=True)
class ChangePointSettings:
    """How change points are searched for (method, signal, penalty, segment length, context)."""

    method: ChangePointMethod
    signal: ChangePointSignal
    penalty: float
    min_size: int
    context_weight: float = 0.0


@dataclass(frozen=True, slots=True)
class TrendSettings:
    freq: Freq
    charm_offensive: CharmOffensiveSettings
    change_points: ChangePointSettings

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["charm_offensive"]["threat_roots"] = list(self.charm_offensive.threat_roots)
        data["charm_offensive"]["statement_roots"] = list(self.charm_offensive.statement_roots)
        return data


def defaults_path() -> Path:
    data = resources.files("pledgewatch").joinpath("data", "analysis", "trend_defaults.yaml")
    return Path(str(data))


@functools.lru_cache(maxsize=8)
def _read_defaults(path: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the trend defaults: {exc}", path=path) from exc
    if not isinstance(data, dict) or not {"charm_offensive", "change_points"} <= data.keys():
        raise ConfigError("the trend defaults need charm_offensive and change_points", path=path)
    return data


def check_freq(freq: str) -> Freq:
    if freq not in FREQUENCIES:
        raise ConfigError(f"unknown frequency {freq!r}; use one of {', '.join(FREQUENCIES)}")
    return freq  # type: ignore[return-value]


def _per_freq(value: Any, freq: Freq, name: str, path: str) -> int:
    if isinstance(value, dict):
        if freq not in value:
            raise ConfigError(f"charm_offensive.{name} has no value for {freq!r}", path=path)
        value = value[freq]
    return int(value)


def _validate(settings: TrendSettings) -> TrendSettings:
    charm, points = settings.charm_offensive, settings.change_points
    problems = []
    if charm.window < 1 or charm.lag < 0:
        problems.append("window must be >= 1 and lag >= 0 periods")
    if charm.rise_ratio <= 0:
        problems.append("rise_ratio must be > 0")
    if charm.hostility_scope not in ("actor", "dyad"):
        problems.append("hostility_scope must be actor or dyad")
    if points.method not in ("pelt", "binseg"):
        problems.append("change-point method must be pelt or binseg")
    if points.signal not in ("goldstein_mean", "net_cooperation"):
        problems.append("change-point signal must be goldstein_mean or net_cooperation")
    if points.penalty <= 0 or points.min_size < 1:
        problems.append("penalty must be > 0 and min_size >= 1")
    if not 0 <= points.context_weight <= 1:
        problems.append("context_weight must be between 0 and 1")
    if problems:
        raise ConfigError("bad trend settings: " + "; ".join(problems))
    return settings


def trend_settings(
    freq: str = "month", *, defaults: str | Path | None = None, **overrides: Any
) -> TrendSettings:
    """The settings for ``freq``: the defaults file, then every override that is not None.

    Overrides are field names of :class:`CharmOffensiveSettings` (``window``, ``lag``,
    ``rise_ratio``, ``min_verbal``, ``min_hostile``, ``max_material_coop``, ``hostility_scope``,
    ``threat_roots``) or of :class:`ChangePointSettings` (``method``, ``signal``, ``penalty``,
    ``min_size``, ``context_weight``).
    """
    checked = check_freq(freq)
    path = str(defaults or defaults_path())
    data = _read_defaults(path)
    charm_data, point_data = dict(data["charm_offensive"]), dict(data["change_points"])
    try:
        charm = CharmOffensiveSettings(
            window=_per_freq(charm_data["window"], checked, "window", path),
            lag=_per_freq(charm_data["lag"], checked, "lag", path),
            rise_ratio=float(charm_data["rise_ratio"]),
            min_verbal=int(charm_data["min_verbal"]),
            min_hostile=int(charm_data["min_hostile"]),
            max_material_coop=int(charm_data["max_material_coop"]),
            hostility_scope=charm_data["hostility_scope"],
            threat_roots=tuple(str(root).zfill(2) for root in charm_data["threat_roots"]),
            statement_roots=tuple(
                str(root).zfill(2) for root in charm_data.get("statement_roots", ["01"])
            ),
        )
        points = ChangePointSettings(
            method=point_data["method"],
            signal=point_data["signal"],
            penalty=float(point_data["penalty"]),
            min_size=int(point_data["min_size"]),
            context_weight=float(point_data.get("context_weight", 0.0)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"bad or missing trend default: {exc}", path=path) from exc
    charm_names = {field.name for field in fields(CharmOffensiveSettings)}
    point_names = {field.name for field in fields(ChangePointSettings)}
    unknown = set(overrides) - charm_names - point_names
    if unknown:
        raise ConfigError(f"unknown trend settings {sorted(unknown)}")
    given = {name: value for name, value in overrides.items() if value is not None}
    for roots in ("threat_roots", "statement_roots"):
        if roots in given:
            given[roots] = tuple(str(root).zfill(2) for root in given[roots])
    charm = replace(charm, **{k: v for k, v in given.items() if k in charm_names})
    points = replace(points, **{k: v for k, v in given.items() if k in point_names})
    return _validate(TrendSettings(freq=checked, charm_offensive=charm, change_points=points))
