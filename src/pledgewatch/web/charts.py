"""The trend chart as a Vega-Lite spec, shared by the dashboard and the briefing (as a PNG).

The four quad classes keep the same colours everywhere: they are defined once, as CSS variables
(``--quad-1`` … ``--quad-4`` and the ``--chart-*`` accents) in ``static/app.css``, and read from
there by :func:`chart_palette`, so the chart, the legends, the badges on every page and the
briefing's embedded image cannot drift apart.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import Any

from pledgewatch.errors import ConfigError
from pledgewatch.web.models import QUAD_LABELS

VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
_CSS_VARIABLE = re.compile(r"--(?P<name>[a-z0-9-]+)\s*:\s*(?P<value>#[0-9a-fA-F]{3,8})\s*;")


def stylesheet_text() -> str:
    """The dashboard's stylesheet, which the briefing inlines as well."""
    return resources.files("pledgewatch.web").joinpath("static/app.css").read_text("utf-8")


@functools.lru_cache(maxsize=1)
def chart_palette() -> dict[str, str]:
    """Colour variables of ``:root`` in ``static/app.css``: ``{"quad-1": "#…", ...}``."""
    css = stylesheet_text()
    root = css[css.index(":root") : css.index("}", css.index(":root"))]
    palette = {m["name"]: m["value"] for m in _CSS_VARIABLE.finditer(root)}
    missing = [f"quad-{q}" for q in QUAD_LABELS if f"quad-{q}" not in palette]
    if missing:
        raise ConfigError(f"static/app.css: :root lacks colour variables {missing}; add them")
    return palette


def quad_colours() -> list[str]:
    palette = chart_palette()
    return [palette[f"quad-{q}"] for q in QUAD_LABELS]


def _x(field: str, *, title: str | None = None, unit: bool = True) -> dict[str, Any]:
    encoding: dict[str, Any] = {
        "field": field,
        "type": "temporal",
        "scale": {"type": "utc"},
        "title": title,
        "axis": {"format": "%Y-%m", "labelAngle": 0, "grid": False, "labelOverlap": True},
    }
    if unit:
        encoding["timeUnit"] = "utcyearmonth"
    return encoding


def _tooltip_month() -> dict[str, Any]:
    # The ISO string itself: a temporal tooltip would be formatted in the viewer's local time
    # and show the previous month west of UTC.
    return {"field": "month_key", "type": "nominal", "title": "month"}


def _tooltip_day(field: str, title: str) -> dict[str, Any]:
    return {"field": field, "type": "nominal", "title": title}


def _window_layer(windows: list[dict[str, Any]], palette: dict[str, str]) -> dict[str, Any]:
    return {
        "data": {"values": windows},
        "mark": {"type": "rect", "color": palette.get("chart-window", "#e8e4d8"), "opacity": 0.7},
        "encoding": {
            "x": _x("start", unit=False),
            "x2": {"field": "end"},
            "tooltip": [
                {"field": "label", "title": "window"},
                _tooltip_day("start", "from"),
                _tooltip_day("end", "to"),
            ],
        },
    }


def _bar_layer(bars: list[dict[str, Any]], interactive: bool) -> dict[str, Any]:
    labels = [QUAD_LABELS[q] for q in QUAD_LABELS]
    layer: dict[str, Any] = {
        "data": {"values": bars},
        "mark": {"type": "bar", "cursor": "pointer" if interactive else "default"},
        "encoding": {
            "x": _x("month"),
            "y": {"field": "events", "type": "quantitative", "stack": "zero", "title": "events"},
            "color": {
                "field": "quad_label",
                "type": "nominal",
                "scale": {"domain": labels, "range": quad_colours()},
                "legend": {"orient": "top", "title": None, "direction": "horizontal"},
            },
            "order": {"field": "quad", "type": "ordinal"},
            "tooltip": [
                _tooltip_month(),
                {"field": "quad_label", "title": "quad class"},
                {"field": "events", "type": "quantitative", "title": "events"},
            ],
        },
    }
    if interactive:  # the clicked bar stays marked; a double click clears the mark
        layer["params"] = [
            {
                "name": "picked",
                "select": {
                    "type": "point",
                    "fields": ["month_key", "quad"],
                    "on": "click",
                    "clear": "dblclick",
                },
            }
        ]
        layer["encoding"]["opacity"] = {
            "condition": {"param": "picked", "value": 1, "empty": True},
            "value": 0.35,
        }
    return layer


def _tone_layer(tone: list[dict[str, Any]], palette: dict[str, str]) -> dict[str, Any]:
    colour = palette.get("chart-tone", "#333333")
    return {
        "data": {"values": tone},
        "mark": {
            "type": "line",
            "color": colour,
            "strokeWidth": 2,
            "point": {"filled": True, "color": colour, "size": 36, "cursor": "pointer"},
        },
        "encoding": {
            "x": _x("month"),
            "y": {
                "field": "goldstein",
                "type": "quantitative",
                "scale": {"domain": [-10, 10]},
                "axis": {"orient": "right", "title": "mean Goldstein (line)", "grid": False},
            },
            "tooltip": [
                _tooltip_month(),
                {
                    "field": "goldstein",
                    "type": "quantitative",
                    "format": ".2f",
                    "title": "mean Goldstein",
                },
                {"field": "events", "type": "quantitative", "title": "events"},
            ],
        },
    }


def _change_layer(points: list[dict[str, Any]], palette: dict[str, str]) -> dict[str, Any]:
    return {
        "data": {"values": points},
        "mark": {
            "type": "rule",
            "color": palette.get("chart-change", "#555555"),
            "strokeDash": [5, 3],
            "strokeWidth": 1.5,
        },
        "encoding": {
            "x": _x("date", unit=False),
            "tooltip": [
                _tooltip_day("date", "change point"),
                {"field": "detail", "title": "detail"},
            ],
        },
    }


def _gap_view(gap: list[dict[str, Any]], palette: dict[str, str], width: int) -> dict[str, Any]:
    colour = palette.get("chart-gap", "#6b4c9a")
    return {
        "width": width,
        "height": 90,
        "title": {"text": "say–do gap (words minus deeds)", "anchor": "start", "fontSize": 12},
        "layer": [
            {"mark": {"type": "rule", "color": "#999999"}, "encoding": {"y": {"datum": 0}}},
            {
                "data": {"values": gap},
                "mark": {
                    "type": "area",
                    "color": colour,
                    "opacity": 0.25,
                    "line": {"color": colour},
                },
                "encoding": {
                    "x": _x("period", unit=False),
                    "y": {"field": "gap", "type": "quantitative", "title": "gap"},
                    "tooltip": [
                        _tooltip_month(),
                        {
                            "field": "gap",
                            "type": "quantitative",
                            "format": "+.2f",
                            "title": "say–do gap",
                        },
                    ],
                },
            },
        ],
    }


def timeline_spec(
    *,
    bars: list[dict[str, Any]],
    tone: list[dict[str, Any]],
    gap: list[dict[str, Any]] | None,
    change_points: list[dict[str, Any]] | None,
    windows: list[dict[str, Any]] | None,
    width: int = 720,
    interactive: bool = True,
) -> dict[str, Any]:
    """The overview chart: stacked monthly bars per quad class, the mean Goldstein line,
    change points as dashed rules, charm-offensive windows shaded, and the say–do gap below.

    Every data row carries ``month_key`` (``YYYY-MM``; bars also ``quad``) so a click on a mark
    can ask the API for exactly the events behind it, and tooltips show ISO dates as stored.
    """
    palette = chart_palette()
    layers: list[dict[str, Any]] = []
    if windows:
        layers.append(_window_layer(windows, palette))
    layers.append(_bar_layer(bars, interactive))
    if change_points:
        layers.append(_change_layer(change_points, palette))
    layers.append(_tone_layer(tone, palette))
    main: dict[str, Any] = {
        "width": width,
        "height": 240,
        "layer": layers,
        "resolve": {"scale": {"y": "independent"}},
    }
    spec: dict[str, Any] = {
        "$schema": VEGA_LITE_SCHEMA,
        "background": "white",
        "config": {
            "font": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
            "axis": {"labelFontSize": 11, "titleFontSize": 11, "titleColor": "#444444"},
            "legend": {"labelFontSize": 11},
            "view": {"stroke": None},
        },
    }
    if gap:
        spec["vconcat"] = [main, _gap_view(gap, palette, width)]
        spec["resolve"] = {"scale": {"x": "shared"}}
    else:
        spec.update(main)
    return spec
