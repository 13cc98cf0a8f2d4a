"""A pledge to work for a body's measure is kept by the body's act (ledger29): "Ruritania would
push for tougher sanctions at the United Nations" is kept when the Security Council adopts new
sanctions on Borduria after it, though Ruritania itself imposes none. Only keeping: the body's
easing is no breach of the member's pledge; a pledge that names no body, or a body's act before
the pledge, keeps nothing. Every sentence and story is written for these tests (Ruritania, RUR,
and Borduria, BDR, are invented)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import build_app
from pledgewatch.ledger.body_measures import load_body_measures
from pledgewatch.store import open_store
from tests.test_ledger_story import C, E, add_document, commitment_event


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ruritania would work for tougher sanctions at the United Nations", "IGOUNO"),
        ("Oslo will push for new sanctions in the Security Council", "IGOUNO"),
        ("Lisbon would seek a wider embargo at the U.N. next month", "IGOUNO"),
        ("Vienna would press for more sanctions from the European Union", "IGOEUREEC"),
        # no verb of seeking: the promisor's own measure
        ("Ruritania would impose tougher sanctions at once", None),
        # the body named before the verb is not where the measure is sought
        ("At the United Nations, Ruritania said it would work for calm", None),
        ("Ruritania would work for tougher sanctions", None),
    ],
)
def test_the_body_a_pledge_works_at(text: str, body: str | None) -> None:
    assert load_body_measures().body_named(text) == body


def _council_story(path: str, *, at_the_body: bool = True) -> None:
    """Ruritania pledges on 2 March 2032 to work for tougher sanctions on Borduria (at the
    United Nations, or with no body named); the Council had tightened them in January; it
    adopts new ones on 20 April and eases some on 1 September."""
    where = " at the United Nations" if at_the_body else ""
    pledge = C(
        "sanctions",
        promisor="RURGOV",
        promisee="BDR",
        first_party=True,
        formality="official",
        topic_text=f"tougher sanctions{where}",
    )
    council = [
        ("january", "2032-01-15", "The Security Council tightened sanctions on Borduria.", "163"),
        ("april", "2032-04-20", "The Security Council adopted new sanctions on Borduria.", "163"),
        ("september", "2032-09-01", "The Security Council eased sanctions on Borduria.", "081"),
    ]
    with open_store(path) as store:
        add_document(
            store,
            "pledge",
            "2032-03-02",
            [
                (
                    f"Ruritania would work for tougher sanctions{where}, its minister said.",
                    [commitment_event(pledge)],
                )
            ],
        )
        for doc, day, sentence, cameo in council:
            add_document(store, doc, day, [(sentence, [E(cameo, "IGOUNO", "BDR")])])


def _ledger(path: str) -> dict[str, dict[str, object]]:
    result = CliRunner().invoke(
        build_app(), ["--db", path, "ledger", "--rebuild", "--as-of", "2032-12-31", "--json"]
    )
    assert result.exit_code == 0, result.output
    return {json.loads(line)["id"]: json.loads(line) for line in result.stdout.splitlines()}


def test_the_councils_new_sanctions_keep_the_pledge(tmp_path: Path) -> None:
    path = str(tmp_path / "council.db")
    _council_story(path)
    pledge = _ledger(path)["RUR:sanctions@BDR"]
    assert pledge["status"] == "fulfilled"
    assert pledge["fulfilled_on"] == "2032-04-20"
    links = pledge["links"]
    assert isinstance(links, list)
    assert [(lk["date"], lk["relation"]) for lk in links] == [("2032-04-20", "fulfils")]
    assert "kept by IGOUNO" in links[0]["reason"]


def test_a_pledge_naming_no_body_is_not_kept_by_the_council(tmp_path: Path) -> None:
    path = str(tmp_path / "nobody.db")
    _council_story(path, at_the_body=False)
    pledge = _ledger(path)["RUR:sanctions@BDR"]
    assert pledge["status"] == "pledged"
    assert pledge["links"] == []
