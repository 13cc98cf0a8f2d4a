"""What runs inside a Dask worker: loading the coder once, and reporting what it has loaded.

:class:`PreloadCoder` is a worker plugin: registered by the client, it builds the worker's coder
(spaCy pipeline, dictionaries, lexicons) when the worker joins, so a worker that lacks the
spaCy model fails loudly at start instead of on its first batch, and the first batch is not
slowed by a model load. The coder lives in :func:`pledgewatch.coding.shared_coder`, cached per
process, so every later batch on that worker reuses it.

:func:`coder_version` and :func:`coder_builds` are small functions the client runs on every
worker (``client.run``): the first to check that all workers code with the same lexicons and
dictionaries, the second to see that each worker process built its coder exactly once.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from pledgewatch.coding import CoderOptions, shared_coder


def warm_coder(options: CoderOptions) -> None:
    """Build this process's coder for ``options`` and load its spaCy pipeline."""
    shared_coder(options).warm_up()


def coder_version(options: CoderOptions) -> str:
    """The version of the coder this process builds for ``options`` (building it if needed)."""
    return shared_coder(options).version


def coder_builds() -> tuple[int, int]:
    """``(process id, coders built)`` of this process: 1 per options, after any number of batches.

    The count is the miss count of the per-process coder cache. The spaCy pipeline itself is
    loaded by the coder's first use through :func:`pledgewatch.nlp.pipeline.load_pipeline`,
    which is cached per process as well.
    """
    return os.getpid(), shared_coder.cache_info().misses  # type: ignore[attr-defined]


class PreloadCoder(WorkerPlugin):
    """Build the coder for ``options`` when a worker starts (or at once on running workers)."""

    name = "pledgewatch-preload-coder"

    def __init__(self, options: CoderOptions) -> None:
        self.options = options

    async def setup(self, worker: Any) -> None:
        # Off the event loop: a model load blocks for seconds, and a blocked loop misses the
        # scheduler's heartbeats.
        await asyncio.get_running_loop().run_in_executor(None, warm_coder, self.options)
