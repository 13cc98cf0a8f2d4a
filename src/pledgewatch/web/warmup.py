"""Warm the dashboard's derived caches in the background when a served app starts.

Why: the first request for the overview runs the analysis stage's trend report (seconds on a
large store) and the first ledger page computes the whole ledger frame. Without warming, the
first visitors after a start (or after every coding run) pay that; with 50 of them at once the
tail latency is the cold computation. :class:`CacheWarmer` computes those results once in a
daemon thread right after start-up, through the same :class:`ViewContext` caches the requests
use, so a request arriving meanwhile waits for the one computation instead of repeating it.

The warm-up time is logged and kept (``CacheWarmer.seconds``) so it can be reported on its own:
it is not hidden in request figures. Nothing here writes to the store.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from pledgewatch.web import ledger_view, overview
from pledgewatch.web.context import ViewContext

log = logging.getLogger(__name__)

#: How many of the busiest source actors get their overview timeline computed.
BUSIEST_ACTORS = 8


def warm_steps(
    ctx: ViewContext, busiest: int = BUSIEST_ACTORS
) -> list[tuple[str, Callable[[], Any]]]:
    """The computations to run, heaviest-first for the pages people open first."""
    steps: list[tuple[str, Callable[[], Any]]] = [
        ("actors", lambda: overview.list_actors(ctx, limit=30)),
        ("actors api", lambda: overview.list_actors(ctx, limit=40)),
    ]
    home = overview.default_actor(ctx)
    if home:
        steps.append((f"timeline {home}", lambda: overview.actor_timeline(ctx, home)))
    steps.append(
        (
            "ledger first page",
            lambda: ledger_view.ledger(
                ctx,
                limit=ledger_view.DEFAULT_PAGE_SIZE,
                evidence_limit=ledger_view.LISTING_EVIDENCE,
            ),
        )
    )
    for actor in overview.list_actors(ctx, limit=busiest):
        steps.append((f"timeline {actor.code}", functools.partial(_timeline, ctx, actor.code)))
    return steps


def _timeline(ctx: ViewContext, code: str) -> Any:
    return overview.actor_timeline(ctx, code)


class CacheWarmer:
    """Runs :func:`warm_steps` once in a daemon thread; :meth:`stop` ends it between steps."""

    def __init__(self, ctx: ViewContext, busiest: int = BUSIEST_ACTORS) -> None:
        self.ctx = ctx
        self.busiest = busiest
        self.seconds: float | None = None  # how long the warm-up took, once done
        self.failed: list[str] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="pledgewatch-warmup", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def wait(self, timeout: float | None = None) -> bool:
        """True once the warm-up has finished (for tests and benchmarks)."""
        if self._thread is None:
            return False
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def run(self) -> None:
        started = time.perf_counter()
        try:
            steps = warm_steps(self.ctx, self.busiest)
        except Exception:  # a broken store must not take the server down; requests will say
            log.exception("cache warm-up could not start")
            return
        for name, step in steps:
            if self._stop.is_set():
                return
            try:
                step()
            except Exception as exc:  # e.g. a stage failing on this data: the page reports it
                self.failed.append(name)
                log.warning("cache warm-up step %r failed: %s", name, exc)
        self.seconds = time.perf_counter() - started
        log.info("caches warmed in %.1f s (%d steps)", self.seconds, len(steps))
