"""Whole-response cache for the dashboard's GET pages and API answers, with ETag/304.

Why: a page is a pure function of its path, its query and the store's contents, and the store
changes rarely (a coding run, an analyst's link decision) while analysts read it all day.
The derived results (ledger frame, trend report) were already cached in :class:`ViewContext`,
but rendering a template or serialising a model still cost 5–25 ms per request, which caps
one process at well under 100 requests per second. Here the finished bytes are kept instead.

How it stays correct: every entry remembers the store fingerprint it was built under
(:meth:`ViewContext.fingerprint`: event, document and override counts, latest coding time, the
ledger's fingerprint), read at most once per ``fingerprint_ttl`` seconds (1 s by default). A
write by this process (``POST /api/links``) forgets the fingerprint at once; a write by
another process (``pledgewatch code``, ``link``) shows in the first response after the next
check. Only ``200`` answers to ``GET`` with a known length are kept; ``/static`` (served with
its own validators) and ``/api/health`` (which must reach the store) pass through. The key is
the path and the query (sorted by name); nothing else in a request changes a GET answer (the
write token guards only ``POST``), so the cache cannot hand one client's view to another.

Requests that miss the same key at once wait for the first one to finish (single flight), so
a cold page asked for by 50 clients is rendered once. Each answer carries an ``ETag``; a client
sending it back in ``If-None-Match`` gets ``304 Not Modified`` without a body.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from urllib.parse import parse_qsl

import anyio.to_thread
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pledgewatch.web.context import ViewContext

#: Paths that are never cached: static files have their own validators, health must hit the store.
UNCACHED_PREFIXES: tuple[str, ...] = ("/static/", "/api/health")

CACHE_HEADER = b"x-pledgewatch-cache"

RequestKey = tuple[str, tuple[tuple[str, str], ...]]


@dataclass(frozen=True)
class CachedResponse:
    """A finished answer: status, headers (with its ETag), body, and the store state it shows."""

    fingerprint: Hashable
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: bytes

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(name) + len(value) for name, value in self.headers) + 64


class ResponseStore:
    """Least-recently-used answers, at most ``max_bytes`` in all and ``max_entry_bytes`` each."""

    def __init__(self, max_bytes: int, max_entry_bytes: int | None = None) -> None:
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_entry_bytes or max(1, max_bytes // 8)
        self._entries: OrderedDict[RequestKey, CachedResponse] = OrderedDict()
        self._bytes = 0
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def bytes_used(self) -> int:
        return self._bytes

    def get(self, key: RequestKey, fingerprint: Hashable) -> CachedResponse | None:
        entry = self._entries.get(key)
        if entry is None or entry.fingerprint != fingerprint:
            return None
        self._entries.move_to_end(key)
        return entry

    def put(self, key: RequestKey, entry: CachedResponse) -> bool:
        """Keep ``entry`` (replacing the key's old one); False when it is too big to keep."""
        self.discard(key)
        if entry.size > self.max_entry_bytes:
            return False
        self._entries[key] = entry
        self._bytes += entry.size
        while self._bytes > self.max_bytes and self._entries:
            _, evicted = self._entries.popitem(last=False)
            self._bytes -= evicted.size
        return True

    def discard(self, key: RequestKey) -> None:
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= old.size

    def clear(self) -> None:
        self._entries.clear()
        self._bytes = 0


def request_key(scope: Scope) -> RequestKey:
    """The path and the query pairs sorted by name (values of a repeated name keep their order)."""
    query = scope.get("query_string", b"").decode("latin-1")
    pairs = parse_qsl(query, keep_blank_values=True)
    return scope["path"], tuple(sorted(pairs, key=lambda pair: pair[0]))


def entity_tag(body: bytes) -> bytes:
    return b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'


def _matches(if_none_match: bytes | None, etag: bytes) -> bool:
    if not if_none_match:
        return False
    tags = {tag.strip().removeprefix(b"W/") for tag in if_none_match.split(b",")}
    return etag in tags or b"*" in tags


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value
    return None


class ResponseCacheMiddleware:
    """ASGI middleware serving remembered GET answers while the store fingerprint holds."""

    def __init__(self, app: ASGIApp, *, context: ViewContext, store: ResponseStore) -> None:
        self.app = app
        self.context = context
        self.store = store
        self._inflight: dict[RequestKey, asyncio.Event] = {}
        self._checking: asyncio.Future[Hashable] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or scope["path"].startswith(UNCACHED_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        key = request_key(scope)
        waited = False
        while True:
            fingerprint = self.context.remembered_fingerprint()
            if fingerprint is None:
                fingerprint = await self._check_store()
            entry = self.store.get(key, fingerprint)
            if entry is not None:
                self.store.hits += 1
                await self._send_entry(scope, entry, send)
                return
            waiting = self._inflight.get(key)
            if waiting is None:
                break
            if waited:  # the answer could not be kept (an error, say): no more queueing
                self.store.misses += 1
                await self._build(scope, receive, send, key, fingerprint)
                return
            await waiting.wait()  # another request is building this answer; then look again
            waited = True
        self.store.misses += 1
        done = self._inflight[key] = asyncio.Event()
        try:
            await self._build(scope, receive, send, key, fingerprint)
        finally:
            del self._inflight[key]
            done.set()

    async def _check_store(self) -> Hashable:
        """The change check, due now: it reads the store, so it runs in a thread, and requests
        arriving meanwhile wait for that one check instead of each starting their own."""
        if self._checking is None:
            self._checking = asyncio.ensure_future(
                anyio.to_thread.run_sync(self.context.fingerprint)
            )
            self._checking.add_done_callback(self._checked)
        return await asyncio.shield(self._checking)

    def _checked(self, _future: asyncio.Future[Hashable]) -> None:
        self._checking = None

    async def _send_entry(self, scope: Scope, entry: CachedResponse, send: Send) -> None:
        if _matches(_header(scope, b"if-none-match"), entry.etag):
            headers = [(b"etag", entry.etag), (CACHE_HEADER, b"hit")]
            await send({"type": "http.response.start", "status": 304, "headers": headers})
            await send({"type": "http.response.body", "body": b""})
            return
        headers = [*entry.headers, (CACHE_HEADER, b"hit")]
        await send({"type": "http.response.start", "status": entry.status, "headers": headers})
        await send({"type": "http.response.body", "body": entry.body})

    async def _build(
        self, scope: Scope, receive: Receive, send: Send, key: RequestKey, fingerprint: Hashable
    ) -> None:
        """Run the app, holding back its answer until it is whole; keep it if it may be kept."""
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0
        passing_through = False

        async def flush(message: Message) -> None:
            nonlocal passing_through
            passing_through = True
            if start is not None:
                await send(start)
            if chunks:
                await send(
                    {"type": "http.response.body", "body": b"".join(chunks), "more_body": True}
                )
                chunks.clear()
            await send(message)

        async def capture(message: Message) -> None:
            nonlocal start, size
            if passing_through:
                await send(message)
                return
            if message["type"] == "http.response.start":
                start = message
                if not _cacheable(message):
                    await flush({"type": "http.response.body", "body": b"", "more_body": True})
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if message.get("more_body", False):
                if size > self.store.max_entry_bytes:
                    await flush({"type": "http.response.body", "body": b"", "more_body": True})
                return
            assert start is not None
            body = b"".join(chunks)
            etag = entity_tag(body)
            headers = [(name, value) for name, value in start.get("headers", []) if name != b"etag"]
            headers.append((b"etag", etag))
            entry = CachedResponse(fingerprint, start["status"], headers, body, etag)
            kept = self.store.put(key, entry)
            if kept and _matches(_header(scope, b"if-none-match"), etag):
                await self._send_entry(scope, entry, send)
                return
            marker = b"miss" if kept else b"skip"
            await send({**start, "headers": [*headers, (CACHE_HEADER, marker)]})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)


def _cacheable(start: Message) -> bool:
    if start["status"] != 200:
        return False
    names = {name.lower(): value for name, value in start.get("headers", [])}
    if b"set-cookie" in names or b"content-length" not in names:
        return False
    return b"no-store" not in names.get(b"cache-control", b"").lower()
