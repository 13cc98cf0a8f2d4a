"""Where the shared evaluation sets are, and how to read them (skipping cleanly when absent).

The development splits live outside the repository, in ``../shared/data/eval`` (one JSONL file
per data set, described in that folder's README). pledgewatch must install, run and pass its
tests without them, so every reader here returns None with a printed reason instead of failing
when a folder or file is missing. Another split in the same format is read the same way by
pointing ``--data`` at it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = REPO.parent / "shared" / "data" / "eval"
DEFAULT_SHARED_DIR = REPO.parent / "shared" / "data"


def eval_dir(path: str | Path | None = None) -> Path:
    """The evaluation folder: ``path`` if given, else ``../shared/data/eval``."""
    return Path(path) if path else DEFAULT_EVAL_DIR


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_dataset(
    name: str, folder: str | Path | None = None, *, quiet: bool = False
) -> list[dict[str, Any]] | None:
    """Records of ``<folder>/<name>.jsonl``, or None (with a message on stderr) when absent."""
    directory = eval_dir(folder)
    path = directory / f"{name}.jsonl"
    if not directory.is_dir():
        if not quiet:
            print(
                f"skipped {name}: evaluation folder {directory} not found (pass --data DIR)",
                file=sys.stderr,
            )
        return None
    if not path.is_file():
        if not quiet:
            print(f"skipped {name}: {path} not found", file=sys.stderr)
        return None
    return read_jsonl(path)


def available(
    names: Iterable[str], folder: str | Path | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The data sets among ``names`` that exist, read; missing ones are reported and left out."""
    found = {}
    for name in names:
        records = load_dataset(name, folder)
        if records is not None:
            found[name] = records
    return found
