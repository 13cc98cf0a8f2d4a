"""The analyst's briefing: a memo on one actor's pledges and deeds over a period.

    from pledgewatch.report import write_briefing
    write_briefing(store, "brief.html", actor="PRK", since=None, until=None,
                   checklist="allied-preconditions-2011", fmt="html")

HTML is one self-contained file (inline CSS, the trend chart as an embedded PNG); Markdown
writes the chart as ``<name>-chart.png`` beside the memo. ``pledgewatch report`` calls this.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pledgewatch.report.briefing import Briefing, gather_briefing
from pledgewatch.report.render import write_files
from pledgewatch.store import Store

DEFAULT_CHECKLIST = "allied-preconditions-2011"


def write_briefing(
    store: Store,
    path: str | Path,
    *,
    actor: str = "PRK",
    since: dt.date | None = None,
    until: dt.date | None = None,
    checklist: str | None = DEFAULT_CHECKLIST,
    fmt: str = "html",
    as_of: dt.date | None = None,
) -> Path:
    """Write the briefing for ``actor`` over ``since``..``until`` and return its path.

    ``until`` defaults to the actor's last event; statuses and the checklist are evaluated at
    ``as_of`` (default ``until``). ``checklist`` is a shipped name or a YAML file; None leaves
    the checklist out.
    """
    briefing = gather_briefing(
        store, actor=actor, since=since, until=until, checklist=checklist, as_of=as_of
    )
    return write_files(briefing, Path(path), fmt)


__all__ = ["Briefing", "gather_briefing", "write_briefing"]
