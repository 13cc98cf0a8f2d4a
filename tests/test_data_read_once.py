"""The coder reads its data files once per process, never per document.

A word list loaded inside a per-document object (an actor index, a statement's voice) is read
again for every document: stop 25 found `named_groups.yaml` read 300 times on the sparse
benchmark corpus, which cost the end-to-end throughput 7 % unseen by any test. This test codes
documents of each kind (news, a printed statement) once, so every list they need is loaded,
then codes them again as other documents and fails if that opened any file under the
package's data folder. The texts are written
for this test."""

from __future__ import annotations

import builtins
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest

import pledgewatch
from pledgewatch.coding import CoderOptions, shared_coder
from pledgewatch.events.types import DocContext

pytestmark = pytest.mark.model

DATA = Path(pledgewatch.__file__).parent / "data"

NEWS = (
    "Chile and Peru agreed on Monday to reopen their border crossing. A team led by the Chilean "
    "envoy told the visiting inspectors that the plant was closed. Lima said it would not buy "
    "weapons from Bolivia, and the ministry denied any role in the seizure of the ship."
)
STATEMENT = (
    "The Ruritanian Foreign Ministry issued the following statement on Tuesday:\n\n"
    "The border talks are dead. There will be no more talks on the dam. Peru will bear the "
    "responsibility for all the consequences."
)
MORE = [
    "Ecuador pledged on Friday to release the fishermen it seized last month.",
    "Bolivia's president said his government would consider new talks if Chile lifted the ban.",
    "Colombia hosted a naval exercise off Cartagena on Wednesday and purged two generals.",
    # the stop-26 readers: aid guarantees, property frozen and its owner, a territory, an aide
    "The United States said it would send food aid to Haiti but demanded guarantees that the "
    "food would reach the hungry. Haiti said it would accept the food.",
    "Venezuela froze two hotels owned by a Spanish company, and France said it would send "
    "missiles to Martinique. Carlos Ruiz, an adviser to the Peruvian president, arrived in Quito.",
]


def _context(n: int, kind: str | None = None, publisher: str | None = None) -> DocContext:
    return DocContext(doc_id=f"doc{n}", date=dt.date(2012, 5, 7), kind=kind, publisher=publisher)


def _code_all(coder: Any, first: int) -> None:
    for n, text in enumerate([NEWS, *MORE], start=first):
        coder.code_text(text, _context(n))
    coder.code_text(STATEMENT, _context(first + 10, "statement", "Peruvian Foreign Ministry"))


def test_no_data_file_is_read_again_for_another_document(monkeypatch):
    coder = shared_coder(CoderOptions())
    _code_all(coder, 0)  # every list these documents need is loaded now
    opened: list[str] = []
    real_open = builtins.open

    def watching_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(file, (str, Path)) and Path(file).resolve().is_relative_to(DATA.resolve()):
            opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching_open)
    monkeypatch.setattr(io, "open", watching_open)
    _code_all(coder, 100)
    assert opened == [], "read again for other documents: " + ", ".join(sorted(set(opened)))
