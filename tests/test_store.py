"""The store on SQLite and PostgreSQL: migrations on open, dedup, idempotent coding writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from pledgewatch.errors import ConfigError, NotFound, StoreError
from pledgewatch.model import Commitment, Document, Event, Sentence
from pledgewatch.store import Store, open_store, resolve_url
from pledgewatch.store.frames import commitments_frame, documents_frame, events_frame
from pledgewatch.store.migrate import head_revision
from tests.builders import make_doc


def make_event(doc: Document, n: int = 0, **kw) -> Event:
    fields = {
        "id": f"{doc.id}:0:{n}",
        "doc_id": doc.id,
        "sentence_id": f"{doc.id}:0",
        "date": dt.date(2011, 8, 22),
        "date_precision": "day",
        "source": "PRK",
        "target": "KOR",
        "cameo": "1711",
        "quad": 4,
        "goldstein": -9.2,
        "why": "test",
    }
    fields.update(kw)
    return Event(**fields)


def test_open_applies_migrations_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    with open_store(str(path)) as store:
        assert store.dialect == "sqlite"
        with store.reading() as connection:
            version = connection.execute(text("select version_num from alembic_version")).scalar()
            mode = connection.execute(text("pragma journal_mode")).scalar()
        tables = set(inspect(store.engine).get_table_names())
    assert version == head_revision()
    assert mode == "wal"
    assert {"documents", "sentences", "events", "commitments", "pledges"} <= tables
    # opening again is a no-op on an up-to-date database
    with open_store(str(path)) as store:
        assert store.counts()["documents"] == 0


def test_resolve_url_from_env_and_path(monkeypatch) -> None:
    monkeypatch.setenv("PLEDGEWATCH_DB", "data/x.db")
    assert resolve_url(None) == "sqlite:///data/x.db"
    assert resolve_url("postgresql+psycopg:///db") == "postgresql+psycopg:///db"


def test_bad_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="cannot use database URL"):
        open_store("nosuchdialect://x")


def test_unwritable_location_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises((StoreError, OSError)):
        open_store(f"sqlite:///{blocker}/sub/db.sqlite")


def test_documents_are_deduplicated_by_content(any_store: Store) -> None:
    a = make_doc("North Korea fired artillery.", title="A")
    b = make_doc("Seoul protested.", title="B")
    assert any_store.add_documents([a, b]) == [True, True]
    assert any_store.add_documents([a, make_doc("Seoul protested.", title="B again")]) == [
        False,
        False,
    ]
    assert any_store.counts()["documents"] == 2
    assert any_store.document(a.id).title == "A"
    with pytest.raises(NotFound):
        any_store.document("missing")


def test_save_coding_replaces_and_marks_version(any_store: Store) -> None:
    doc = make_doc("North Korea seized South Korean assets.", published=dt.date(2011, 8, 22))
    any_store.add_documents([doc])
    sentence = Sentence(doc.id, 0, doc.text, 0, len(doc.text))
    commitment = Commitment(
        kind="promise",
        strength="hedged",
        promisor="PRK",
        promisee="RUS",
        topic="nuclear_test_moratorium",
        topic_text="a moratorium",
        conditions=["in the course of the talks"],
    )
    events = [make_event(doc, 0), make_event(doc, 1, cameo="057", commitment=commitment)]
    for _ in range(2):  # coding twice must not duplicate anything
        any_store.save_coding(doc.id, [sentence], events, version="v1")
    counts = any_store.counts()
    assert (counts["sentences"], counts["events"], counts["commitments"]) == (1, 2, 1)
    assert list(any_store.iter_documents(not_coded_with="v1")) == []
    assert [d.id for d in any_store.iter_documents(not_coded_with="v2")] == [doc.id]
    frame = events_frame(any_store, actor="PRK")
    assert list(frame["cameo"]) == ["1711", "057"]
    assert frame.iloc[1]["commitment"]["conditions"] == ["in the course of the talks"]
    assert commitments_frame(any_store).iloc[0]["strength"] == "hedged"


def test_an_events_role_is_kept_and_filters_the_sentences_own_events(any_store: Store) -> None:
    """ "Seoul condemned the North's attack": the attack is named, not the sentence's act."""
    from pledgewatch.jsonforms import event_row_json

    doc = make_doc("Seoul condemned the North's attack.", published=dt.date(2010, 11, 24))
    any_store.add_documents([doc])
    sentence = Sentence(doc.id, 0, doc.text, 0, len(doc.text))
    events = [make_event(doc, 0, cameo="111"), make_event(doc, 1, cameo="190", role="mentioned")]
    any_store.save_coding(doc.id, [sentence], events, version="v1")
    rows = [event_row_json(r) for r in events_frame(any_store).to_dict("records")]
    assert {r["cameo"]: r["role"] for r in rows} == {"111": "main", "190": "mentioned"}
    assert list(events_frame(any_store, main=True)["cameo"]) == ["111"]


def test_iter_documents_streams_in_batches(any_store: Store) -> None:
    docs = [make_doc(f"Report number {i}.") for i in range(25)]
    any_store.add_documents(docs)
    seen = [d.id for d in any_store.iter_documents(batch_size=7)]
    assert seen == sorted(d.id for d in docs)
    assert any_store.count_documents(not_coded_with="x") == 25
    assert len(documents_frame(any_store)) == 25


def test_settings_roundtrip(any_store: Store) -> None:
    assert any_store.get_setting("k") is None
    any_store.set_setting("k", "1")
    any_store.set_setting("k", "2")
    assert any_store.get_setting("k") == "2"


def test_migrations_build_exactly_the_declared_schema(tmp_path: Path) -> None:
    """A column or index added to schema.py without a migration (or the reverse) fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from pledgewatch.store import schema

    with open_store(str(tmp_path / "m.db")) as store, store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), schema.metadata)
    assert differences == []
