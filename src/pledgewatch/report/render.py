"""Render a gathered briefing as one self-contained HTML file or as Markdown plus a PNG.

The HTML carries its CSS inline (the dashboard's stylesheet, so the quad colours match) and
the trend chart as a base64 PNG rendered by vl-convert from the dashboard's own Vega-Lite spec:
one file that opens anywhere, offline, and prints. Markdown output writes the chart next to the
file. Every value from the store is escaped: HTML by Jinja's autoescaping, Markdown by
:func:`markdown_text` applied to every ``{{ }}`` of the Markdown template.
"""

from __future__ import annotations

import base64
import functools
import re
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from pledgewatch.errors import ConfigError
from pledgewatch.report.briefing import Briefing
from pledgewatch.web.app import external_url, status_class
from pledgewatch.web.charts import stylesheet_text

#: Vega-Lite version vl-convert renders with (the dashboard loads Vega-Lite 5 as well).
VEGA_LITE_VERSION = "5.21"


def chart_png(spec: dict[str, Any], *, scale: float = 2.0) -> bytes:
    """The chart as PNG bytes, from the same spec the dashboard draws."""
    import vl_convert

    try:
        return bytes(vl_convert.vegalite_to_png(spec, vl_version=VEGA_LITE_VERSION, scale=scale))
    except Exception as exc:  # vl-convert raises plain ValueErrors on a bad spec
        raise ConfigError(f"the trend chart could not be rendered: {exc}") from exc


class MarkdownRaw(str):
    """Markdown written by the template's own helpers, not to be escaped again."""


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def markdown_text(value: Any) -> str:
    """Store text made safe for Markdown: HTML entities for ``& < >``, Markdown punctuation
    backslash-escaped, line breaks folded, so no document can inject markup or links."""
    if isinstance(value, MarkdownRaw):
        return str(value)
    if value is None:
        return ""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def markdown_link(label: Any, url: str | None) -> MarkdownRaw:
    safe = external_url(url)
    text = markdown_text(label)
    if not safe:
        return MarkdownRaw(text)
    return MarkdownRaw(f"[{text}](<{safe.replace('>', '%3E').replace(' ', '%20')}>)")


@functools.lru_cache(maxsize=2)
def _environment(markdown: bool) -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("pledgewatch.report", "templates"),
        autoescape=not markdown,
        finalize=markdown_text if markdown else None,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["status_class"] = status_class
    environment.filters["external_url"] = external_url
    environment.globals["md_link"] = markdown_link
    environment.globals["md_raw"] = MarkdownRaw
    return environment


def render_html(briefing: Briefing, png: bytes) -> str:
    css = Markup(stylesheet_text())  # our own file, not store text
    chart = f"data:image/png;base64,{base64.b64encode(png).decode('ascii')}"
    return _environment(False).get_template("brief.html").render(b=briefing, css=css, chart=chart)


def render_markdown(briefing: Briefing, chart_file: str) -> str:
    return (
        _environment(True)
        .get_template("brief.md")
        .render(b=briefing, chart_file=MarkdownRaw(chart_file))
    )


def write_files(briefing: Briefing, path: Path, fmt: str) -> Path:
    """Write the memo (and, for Markdown, its chart) and return the memo's path."""
    if fmt not in ("html", "md"):
        raise ConfigError(f"unknown briefing format {fmt!r}; use html or md")
    png = chart_png(briefing.timeline.spec)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "html":
            path.write_text(render_html(briefing, png), encoding="utf-8")
        else:
            chart_path = path.with_name(path.stem + "-chart.png")
            chart_path.write_bytes(png)
            path.write_text(render_markdown(briefing, chart_path.name), encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            f"cannot write the briefing: {exc}; choose another -o path", path=str(path)
        ) from exc
    return path
