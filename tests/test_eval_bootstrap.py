"""The evaluation scripts' bootstrap interval of pooled F1 (benchmarks/_bootstrap.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "_bootstrap.py"


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("_bootstrap", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_identical_units_give_a_point_interval() -> None:
    bootstrap = _module()
    assert bootstrap.f1_interval([(3, 4, 4)] * 20) == (0.75, 0.75)


def test_the_interval_holds_the_pooled_figure_and_narrows_with_more_units() -> None:
    bootstrap = _module()
    few = [(1, 1, 1), (0, 1, 1), (1, 2, 1), (2, 2, 3)] * 5
    many = few * 20
    pooled = bootstrap.pooled_f1(*(sum(u[i] for u in few) for i in range(3)))
    low, high = bootstrap.f1_interval(few)
    wide = high - low
    assert low < pooled < high
    low, high = bootstrap.f1_interval(many)
    assert low < pooled < high
    assert high - low < wide / 2


def test_the_same_seed_gives_the_same_interval_and_an_empty_list_zero() -> None:
    bootstrap = _module()
    units = [(1, 2, 2), (0, 1, 0), (2, 2, 3), (1, 1, 2)] * 4
    assert bootstrap.f1_interval(units, seed=7) == bootstrap.f1_interval(units, seed=7)
    assert bootstrap.f1_interval([]) == (0.0, 0.0)
    with pytest.raises(ValueError, match="level"):
        bootstrap.f1_interval(units, level=1.5)
