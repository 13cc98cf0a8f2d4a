"""``pledgewatch code`` shows one progress bar (done / total, docs/s) for every runner.

The runners report progress through callbacks (``on_total``, ``on_progress``); these tests
replace the runners with stand-ins that call them, so the wiring of ``--cluster`` and
``--workers`` to the bar is checked without spaCy or a cluster (the real runners' callbacks are
checked in ``tests/test_distributed_poison.py``). The bar is drawn on a terminal only, and
``--quiet`` turns it off.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

import pledgewatch.cli.coding_cmds as coding_cmds
import pledgewatch.coding as coding
import pledgewatch.distributed.dask_runner as dask_runner
from pledgewatch.cli import build_app
from pledgewatch.coding import CodingReport

runner = CliRunner()


@pytest.fixture()
def terminal(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    """Standard error as a terminal, written to a buffer."""
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=120)
    monkeypatch.setattr(coding_cmds, "err_console", console)
    return buffer


def fake_cluster_run(store, address, *, on_progress, on_total, **_options) -> CodingReport:
    on_total(5)
    on_progress(3)
    on_progress(2)
    return CodingReport(documents=5, version="test")


def fake_pool_run(store, *, workers, on_progress, **_options) -> CodingReport:
    assert workers == 2
    on_progress(4)
    on_progress(1)
    return CodingReport(documents=5, version="test")


class FakeCoder:
    version = "test"


@pytest.fixture()
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dask_runner, "code_store_on_cluster", fake_cluster_run)
    monkeypatch.setattr(coding, "code_store", fake_pool_run)
    monkeypatch.setattr(coding, "shared_coder", lambda options=None: FakeCoder())


def ingest_five(db: Path, tmp_path: Path) -> None:
    from pledgewatch.ingest import IngestOptions, ingest_paths
    from pledgewatch.store import open_store

    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(f"Report {n}\n\nThe envoys met {n} times.\n")
    with open_store(f"sqlite:///{db}") as store:
        ingest_paths(store, [tmp_path], options=IngestOptions(quiet=True))


@pytest.mark.parametrize("runner_args", [["--cluster", "tcp://scheduler:8786"], ["--workers", "2"]])
def test_the_bar_counts_documents_on_a_terminal(
    tmp_path: Path, terminal: io.StringIO, stand_ins: None, runner_args: list[str]
) -> None:
    db = tmp_path / "p.db"
    ingest_five(db, tmp_path)
    result = runner.invoke(build_app(), ["--db", str(db), "code", *runner_args])
    assert result.exit_code == 0, result.output
    assert "coded 5 document(s)" in result.stdout
    drawn = terminal.getvalue()
    assert "coding" in drawn and "5/5" in drawn, drawn


@pytest.mark.parametrize(
    ("args", "is_terminal"),
    [(["--quiet", "--workers", "2"], True), (["--workers", "2"], False)],
)
def test_no_bar_when_quiet_or_not_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stand_ins: None, args, is_terminal
) -> None:
    buffer = io.StringIO()
    monkeypatch.setattr(
        coding_cmds, "err_console", Console(file=buffer, force_terminal=is_terminal, width=120)
    )
    db = tmp_path / "q.db"
    ingest_five(db, tmp_path)
    result = runner.invoke(build_app(), ["--db", str(db), "code", *args])
    assert result.exit_code == 0, result.output
    assert buffer.getvalue() == ""


def test_rate_column_shows_documents_per_second() -> None:
    from rich.progress import Progress

    with Progress(disable=True) as progress:
        progress.add_task("code", total=10)
        task = progress.tasks[0]
        assert coding_cmds.DocumentRateColumn().render(task).plain == ""
        task.finished_speed = 12.345
        assert coding_cmds.DocumentRateColumn().render(task).plain == "12.3 docs/s"
