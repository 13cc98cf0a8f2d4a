"""The dashboard application: :func:`create_app` builds the FastAPI app over one store.

This module holds what applies to every response: security headers (a Content-Security-Policy
that allows nothing but this server, so no inline script and nothing from the internet), one
place where errors are rendered (one JSON shape under ``/api``, an HTML page elsewhere), the
template environment (autoescaping on) and the static files. Pages and the JSON API are in
``pages.py`` and ``api.py``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import AsyncIterator, Iterable
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from pledgewatch import __version__
from pledgewatch.errors import (
    ConfigError,
    InputError,
    NotFound,
    PledgewatchError,
    StoreError,
)
from pledgewatch.store import open_store
from pledgewatch.web.context import ViewContext, actor_link, document_link, pledge_link

log = logging.getLogger(__name__)

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]

STATUS_OF_ERROR: list[tuple[type[PledgewatchError], int]] = [
    (NotFound, 404),
    (InputError, 400),
    (ConfigError, 400),
    (StoreError, 503),
]


def status_of(exc: PledgewatchError) -> int:
    for kind, status in STATUS_OF_ERROR:
        if isinstance(exc, kind):
            return status
    return 500


def wants_json(path: str) -> bool:
    return path == "/api" or path.startswith("/api/") or path == "/openapi.json"


def error_body(status: int, code: str, kind: str, message: str) -> dict[str, Any]:
    """The one shape of every JSON error: ``{"error": {status, code, type, message}}``."""
    return {"error": {"status": status, "code": code, "type": kind, "message": message}}


def template_environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("pledgewatch.web", "templates"),
        autoescape=True,  # every template, whatever its extension
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(
        document_link=document_link,
        pledge_link=pledge_link,
        actor_link=actor_link,
        version=__version__,
    )
    environment.filters["status_class"] = status_class
    environment.filters["external_url"] = external_url
    environment.filters["mark_term"] = mark_term
    environment.filters["distinct_sentences"] = distinct_sentences
    return environment


def distinct_sentences(refs: Iterable[Any]) -> list[Any]:
    """Evidence entries with one entry per sentence (the first): two events read from one
    sentence would otherwise quote the same sentence twice."""
    seen: set[str] = set()
    kept = []
    for ref in refs:
        key = getattr(ref, "sentence_id", None) or getattr(ref, "text", None) or ""
        if key and key in seen:
            continue
        seen.add(key)
        kept.append(ref)
    return kept


def mark_term(text: str | None, term: str | None) -> Markup:
    """``text`` escaped, with each case-insensitive occurrence of ``term`` in ``<mark>``."""
    text = text or ""
    if not term:
        return escape(text)
    pieces = re.split(f"({re.escape(term)})", text, flags=re.IGNORECASE)
    return Markup("").join(
        Markup('<mark class="hit">{}</mark>').format(piece) if index % 2 else escape(piece)
        for index, piece in enumerate(pieces)
    )


def external_url(url: str | None) -> str | None:
    """A document's source URL when it is http(s); None for ``javascript:``, ``data:`` and such."""
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in {"http", "https"} else None


def status_class(status: str | None) -> str:
    known = {
        "met": "met",
        "fulfilled": "met",
        "pledged": "pledged",
        "not met": "not-met",
        "contradicted": "contradicted",
        "partly fulfilled": "pledged",
        "lapsed": "lapsed",
        "refused": "contradicted",
        "retracted": "retracted",
        "claimed by others only": "claimed",
    }
    return "status-" + known.get((status or "").lower(), "other")


class Renderer:
    """Renders pages and error pages with the app's templates."""

    def __init__(self) -> None:
        self.templates = Jinja2Templates(env=template_environment())

    def page(
        self, request: Request, name: str, context: dict[str, Any], status: int = 200
    ) -> HTMLResponse:
        base = {
            "active": "",
            "title": "pledgewatch",
            "write_enabled": request.app.state.write_token is not None,
        }
        return self.templates.TemplateResponse(
            request, name, {**base, **context}, status_code=status
        )

    def error(self, request: Request, status: int, code: str, kind: str, message: str) -> Response:
        if wants_json(request.url.path):
            return JSONResponse(error_body(status, code, kind, message), status_code=status)
        try:
            return self.page(
                request,
                "error.html",
                {
                    "status": status,
                    "code": code,
                    "kind": kind,
                    "message": message,
                    "title": f"{status} {kind}",
                },
                status=status,
            )
        except Exception:  # the error page itself must never fail
            log.exception("error page failed")
            return HTMLResponse(f"<h1>{status}</h1>", status_code=status)


class SecurityHeadersMiddleware:
    """Adds the security headers to every response and turns a crash into a clean 500."""

    def __init__(self, app: ASGIApp, renderer: Renderer) -> None:
        self.app = app
        self.renderer = renderer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [
                    h
                    for h in message.get("headers", [])
                    if h[0].lower() not in {name for name, _ in SECURITY_HEADERS}
                ]
                message["headers"] = headers + SECURITY_HEADERS
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            log.exception("unhandled error on %s", scope.get("path"))
            if started:
                raise
            request = Request(scope)
            response = self.renderer.error(
                request,
                500,
                "PW500",
                "InternalError",
                "internal error; the server log has the details",
            )
            await response(scope, receive, send_with_headers)


def _install_error_handlers(app: FastAPI, renderer: Renderer) -> None:
    async def on_pledgewatch_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, PledgewatchError)
        status = status_of(exc)
        message = str(exc)
        if status >= 500:  # database trouble: log it, tell the client no internals
            log.error("%s on %s: %s", exc.__class__.__name__, request.url.path, exc)
            message = "the store could not be read; the server log has the details"
        return renderer.error(request, status, exc.code, exc.__class__.__name__, message)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        kind = {404: "NotFound", 405: "MethodNotAllowed", 401: "Unauthorized", 403: "Forbidden"}
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        response = renderer.error(
            request,
            exc.status_code,
            f"PW{exc.status_code}",
            kind.get(exc.status_code, "HTTPError"),
            message,
        )
        for name, value in (exc.headers or {}).items():
            response.headers[name] = value
        return response

    async def on_validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error.get('loc', ()))}: {error.get('msg', 'invalid')}"
            for error in exc.errors()
        )
        return renderer.error(
            request, 422, "PW422", "InvalidRequest", problems or "invalid request"
        )

    app.add_exception_handler(PledgewatchError, on_pledgewatch_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)


def create_app(
    store_url: str,
    *,
    write_token: str | None = None,
    response_cache_mb: float = 0,
    warm_caches: bool = False,
    change_check_seconds: float = 1.0,
) -> FastAPI:
    """The dashboard over the store at ``store_url``; writes only with ``write_token`` set.

    Without a token every write endpoint answers 403; with one, a write needs the header
    ``Authorization: Bearer <token>``.

    ``response_cache_mb`` > 0 keeps finished GET answers (see :mod:`.response_cache`) until the
    store's fingerprint, checked at most every ``change_check_seconds``, changes.
    ``warm_caches`` computes the heaviest derived results (actors, the ledger's first page, the
    busiest actors' timelines) in a background thread at start-up, so the first visitors do
    not pay for them. Both are off here (tests see every request reach the views) and on in
    :func:`serving_app`, which ``pledgewatch serve`` runs.
    """
    from pledgewatch.web import api, pages  # the routers import this module's helpers
    from pledgewatch.web.response_cache import ResponseCacheMiddleware, ResponseStore
    from pledgewatch.web.warmup import CacheWarmer

    store = open_store(store_url)
    context = ViewContext(store, fingerprint_ttl=change_check_seconds)
    warmer = CacheWarmer(context) if warm_caches else None

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if warmer is not None:
            warmer.start()
        yield
        if warmer is not None:
            warmer.stop()
        context.close()
        store.close()

    app = FastAPI(
        title="pledgewatch",
        version=__version__,
        summary="Pledges, actions, checklists and trends from coded news, read-only by default.",
        docs_url=None,  # Swagger UI loads from a CDN with inline script; the CSP forbids both
        redoc_url=None,
        lifespan=lifespan,
    )
    renderer = Renderer()
    app.state.context = context
    app.state.renderer = renderer
    app.state.write_token = write_token or None
    app.state.warmer = warmer
    app.state.response_store = None
    if response_cache_mb > 0:
        app.state.response_store = ResponseStore(int(response_cache_mb * 1024 * 1024))
        # added first, so it runs inside the security headers middleware: hits get them too
        app.add_middleware(ResponseCacheMiddleware, context=context, store=app.state.response_store)
    app.add_middleware(SecurityHeadersMiddleware, renderer=renderer)
    _install_error_handlers(app, renderer)
    static = resources.files("pledgewatch.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app


STORE_URL_ENV = "PLEDGEWATCH_WEB_STORE_URL"
WRITE_TOKEN_ENV = "PLEDGEWATCH_WRITE_TOKEN"
CACHE_MB_ENV = "PLEDGEWATCH_WEB_CACHE_MB"


#: Response cache size of a served dashboard, per worker process (``PLEDGEWATCH_WEB_CACHE_MB``).
DEFAULT_RESPONSE_CACHE_MB = 64.0


def serving_app(store_url: str, *, write_token: str | None = None) -> FastAPI:
    """The dashboard as ``pledgewatch serve`` runs it: response cache on (size from
    ``PLEDGEWATCH_WEB_CACHE_MB``, 0 turns it off) and caches warmed at start-up."""
    text = os.environ.get(CACHE_MB_ENV, "").strip()
    try:
        cache_mb = float(text) if text else DEFAULT_RESPONSE_CACHE_MB
    except ValueError as exc:
        raise ConfigError(
            f"{CACHE_MB_ENV}={text!r} is not a number of megabytes; use e.g. 64, or 0 for no cache"
        ) from exc
    return create_app(
        store_url, write_token=write_token, response_cache_mb=cache_mb, warm_caches=True
    )


def app_from_env() -> FastAPI:
    """The dashboard over the store named by ``PLEDGEWATCH_WEB_STORE_URL``: the app factory that
    ``pledgewatch serve --workers N`` hands uvicorn (as ``pledgewatch.web.app:app_from_env``),
    since each worker process imports and builds its own app. The write token, if any, comes
    from ``PLEDGEWATCH_WRITE_TOKEN``."""
    url = os.environ.get(STORE_URL_ENV)
    if not url:
        raise ConfigError(
            f"{STORE_URL_ENV} is not set; start the dashboard with `pledgewatch serve --db URL`"
        )
    return serving_app(url, write_token=os.environ.get(WRITE_TOKEN_ENV) or None)
