"""Silence third-party parser logs while a reader runs.

trafilatura, htmldate and pypdf log a warning for every odd page or object; the ingest report
already names each source that failed and why, so their logs would only bury it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def quiet_loggers(*names: str) -> Iterator[None]:
    """Raise the named loggers to CRITICAL for the duration of the block, then restore them."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
