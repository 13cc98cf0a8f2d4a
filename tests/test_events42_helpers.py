"""Shared helper of the events42 tests: code a story with an optional headline."""

from __future__ import annotations

import datetime as dt


def story_events(coder, body: str, day: dt.date, title: str | None = None) -> list:
    """The events the coder finds in ``body`` (after ``title`` as its headline), every role."""
    from pledgewatch.coding import context_for_text

    text = f"{title}\n\n{body}" if title else body
    return list(coder.code_text(text, context_for_text(day, title=title)).events)


def story_triples(coder, body: str, day: dt.date, title: str | None = None) -> set:
    """(source, target, CAMEO code) of every event of the story; '?' where no actor."""
    return {
        (e.source or "?", e.target or "?", e.cameo) for e in story_events(coder, body, day, title)
    }
