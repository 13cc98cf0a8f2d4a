"""The analyst's dashboard: a FastAPI app (pages and a JSON API) over a pledgewatch store.

    from pledgewatch.web import create_app
    app = create_app("sqlite:///pledgewatch.db")          # read-only
    app = create_app(url, write_token="s3cret")            # POST /api/links allowed with the token

``pledgewatch serve`` runs it under uvicorn as :func:`serving_app` builds it: the same app
with the response cache on and its caches warmed at start-up.
"""

from pledgewatch.web.app import create_app, serving_app

__all__ = ["create_app", "serving_app"]
