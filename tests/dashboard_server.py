"""The dashboard served for a browser test: Chromium and Playwright checked, uvicorn on a free
port in a thread, stopped after. Shared by the browser tests so each builds only its own store."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from pledgewatch.web import create_app
from tests.conftest import require_or_skip

CHROMIUM = Path("/usr/bin/chromium")


def require_browser() -> None:
    """Skip (or, under ``PLEDGEWATCH_REQUIRE_SERVICES=1``, fail) without Chromium or Playwright."""
    if not CHROMIUM.exists():
        require_or_skip(f"{CHROMIUM} not found: apt-get install chromium to run browser tests")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        require_or_skip("playwright is not installed: pip install playwright (no browser download)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving_dashboard(url: str) -> Iterator[str]:
    """The dashboard over the store at ``url``, served until the block ends; yields its base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the dashboard did not start under uvicorn")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
