"""``pledgewatch ledger``, ``link`` and ``check`` on a tmp store holding the test story."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import _common, build_app
from pledgewatch.store import open_store
from tests.test_ledger_story import C, add_document, build_story, commitment_event

runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_console(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tables as wide as a real terminal, so ids are not folded in assertions."""
    monkeypatch.setattr(_common.console, "_width", 400)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.db")
    with open_store(path) as store:
        build_story(store)
    return path


def invoke(db: str, *args: str):
    return runner.invoke(build_app(), ["--db", db, *args])


def json_lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_ledger_json_is_one_object_per_pledge(db: str) -> None:
    result = invoke(db, "ledger", "--actor", "PRK", "--as-of", "2012-04-14", "--json")
    assert result.exit_code == 0, result.output
    rows = {row["id"]: row for row in json_lines(result.stdout)}
    assert set(rows) == {
        "PRK:enrichment_freeze",
        "PRK:iaea_inspections",
        "PRK:missile_launch_moratorium",
        "PRK:nuclear_test_moratorium",
    }
    missile = rows["PRK:missile_launch_moratorium"]
    assert {
        "id",
        "promisor",
        "topic",
        "status",
        "strength",
        "conditional",
        "formality",
        "first_mention",
        "first_party_mention",
        "last_mention",
        "evidence",
    } <= set(missile)
    assert (missile["status"], missile["strength"], missile["conditional"]) == (
        "contradicted",
        "conditional",
        True,
    )
    assert missile["contradicted_on"] == "2012-04-13"
    assert missile["first_party_mention"] == "2012-02-29"
    assert missile["evidence"][-1] == {
        "doc": "launch",
        "sentence": "launch:0",
        "date": "2012-04-13",
        "when": "2012-04-13",
        "text": "North Korea launched an Unha-3 rocket from Sohae on Friday.",
        "role": "contradicting action",
        "decides": True,  # the launch set the status "contradicted"
    }
    assert missile["links"][0]["relation"] == "contradicts"


def test_ledger_table(db: str) -> None:
    result = invoke(db, "ledger", "--as-of", "2011-08-29")
    assert result.exit_code == 0, result.output
    assert "Pledges as of 2011-08-29" in result.stdout
    assert "PRK:iaea_inspections" in result.stdout
    assert "claimed by others only" in result.stdout
    assert "first claimed by a third party (USAELI, reported) on 2010-12-20" in result.stdout
    assert "PRK:missile_launch_moratorium" not in result.stdout  # not mentioned yet


def add_pledge(db: str, doc_id: str, published: str, sentence: str, commitment: C) -> None:
    """Store a one-sentence document whose one event carries ``commitment``."""
    with open_store(db) as store:
        add_document(store, doc_id, published, [(sentence, [commitment_event(commitment)])])


def test_generic_pledges_are_counted_and_listed_only_on_request(db: str) -> None:
    add_pledge(
        db,
        "visit",
        "2011-07-25",
        "Pyongyang said it would send a delegation to the trade fair.",
        C("other", topic_text="send a delegation to the fair"),
    )
    result = invoke(db, "ledger", "--actor", "PRK", "--json")
    ids = {row["id"] for row in json_lines(result.stdout)}
    assert "PRK:other:send-delegation-fair" not in ids and "PRK:iaea_inspections" in ids
    assert "1 pledge(s) on no taxonomy topic not shown (--generic lists them)" in result.stderr
    result = invoke(db, "ledger", "--actor", "PRK", "--json", "--generic")
    assert "PRK:other:send-delegation-fair" in {row["id"] for row in json_lines(result.stdout)}
    # the briefing points readers at --topic other for these
    result = invoke(db, "ledger", "--actor", "PRK", "--json", "--topic", "other")
    assert [row["id"] for row in json_lines(result.stdout)] == ["PRK:other:send-delegation-fair"]


def test_pledges_of_an_unknown_country_are_counted_and_listed_only_on_request(db: str) -> None:
    # "the leaders said they would work for denuclearization": leaders of whom, the
    # dictionaries could not tell; the pledge is kept, but not listed among the countries'
    add_pledge(
        db,
        "leaders",
        "2011-07-26",
        "The leaders said they would work for the resumption of the six-party talks.",
        C("six_party_talks", promisor="---GOV"),
    )
    result = invoke(db, "ledger", "--json")
    ids = {row["id"] for row in json_lines(result.stdout)}
    assert "---:six_party_talks" not in ids and "PRK:iaea_inspections" in ids
    assert "1 pledge(s) of an unknown country not shown (--unknown lists them)" in result.stderr
    result = invoke(db, "ledger", "--json", "--unknown")
    assert "---:six_party_talks" in {row["id"] for row in json_lines(result.stdout)}


def test_narrow_terminal_gets_a_block_per_pledge(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_common.console, "_width", 80)
    result = invoke(db, "ledger", "--actor", "PRK", "--as-of", "2012-04-14")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "┃" not in result.stdout  # no table
    header = next(i for i, line in enumerate(lines) if line.startswith("PRK:iaea_inspections"))
    assert "pledged" in lines[header] and "conditional" in lines[header]
    as_json = invoke(db, "ledger", "--actor", "PRK", "--as-of", "2012-04-14", "--json")
    iaea = next(r for r in json_lines(as_json.stdout) if r["id"] == "PRK:iaea_inspections")
    assert lines[header + 1].strip() == (
        f"first 2010-12-20 · own words 2012-02-29 · last {iaea['last_mention']}"
    )
    assert max(len(line) for line in lines) <= 80
    # the evidence lines: what set the status (the launch) is shown and marked
    missile = next(i for i, line in enumerate(lines) if line.startswith("PRK:missile_launch"))
    block = lines[missile : next((i for i in range(missile + 1, len(lines)) if not lines[i]), None)]
    marked = [line for line in block if line.lstrip().startswith("▶ 2012-04-13")]
    assert len(marked) == 1 and "launch" in marked[0], block


def test_ledger_status_and_topic_filters(db: str) -> None:
    result = invoke(db, "ledger", "--as-of", "2012-04-14", "--status", "contradicted", "--json")
    assert {row["id"] for row in json_lines(result.stdout)} == {
        "PRK:missile_launch_moratorium",
        "USA:food_aid@PRK",
    }
    result = invoke(db, "ledger", "--topic", "food_aid", "--json")
    assert [row["id"] for row in json_lines(result.stdout)] == ["USA:food_aid@PRK"]


def test_ledger_rebuild_flag_reports_on_stderr(db: str) -> None:
    result = invoke(db, "ledger", "--rebuild", "--json")
    assert result.exit_code == 0
    assert "ledger rebuilt: 5 pledges, 2 action links" in result.stderr
    assert all(line.startswith("{") for line in result.stdout.splitlines())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("ledger", "--as-of", "14/04/2012"), "--as-of takes a date as YYYY-MM-DD"),
        (("ledger", "--status", "kept"), "unknown status 'kept'"),
        (("check", "allied-preconditions-2011", "--as-of", "yesterday"), "--as-of takes a date"),
        (
            ("check", "nothing-like-this", "--as-of", "2012-01-01"),
            "no shipped checklist of that name",
        ),
        (
            ("link", "PRK:missile_launch_moratorium", "launch:0:0"),
            "exactly one of --confirm or --reject",
        ),
        (("link", "PRK:nope", "launch:0:0", "--reject"), "no pledge 'PRK:nope'"),
    ],
)
def test_errors_are_one_line_and_exit_2(db: str, args: tuple[str, ...], message: str) -> None:
    result = invoke(db, *args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())
    assert "Traceback" not in result.output


def test_check_json_shape(db: str) -> None:
    result = invoke(db, "check", "allied-preconditions-2011", "--as-of", "2012-04-14", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"as_of", "checklist", "items"}
    assert (data["as_of"], data["checklist"]) == ("2012-04-14", "allied-preconditions-2011")
    items = {item["id"]: item for item in data["items"]}
    for item in data["items"]:
        assert set(item) == {"id", "label", "status", "strength", "missing", "evidence"}
        assert all(
            set(e) == {"doc", "sentence", "date", "when", "text", "role", "decides"}
            for e in item["evidence"]
        )
    assert items["missile_moratorium"]["status"] == "contradicted"
    assert items["iaea_inspectors"]["status"] == "pledged"
    assert items["iaea_inspectors"]["strength"] == "conditional"


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2011-08-29", {"not met"}),
        ("2012-03-01", {"pledged", "not met", "met"}),
    ],
)
def test_check_three_dates(db: str, as_of: str, expected: set[str]) -> None:
    result = invoke(db, "check", "allied-preconditions-2011", "--as-of", as_of, "--json")
    assert {item["status"] for item in json.loads(result.stdout)["items"]} == expected


def test_check_table_and_a_checklist_file(db: str, tmp_path: Path) -> None:
    path = tmp_path / "food.yaml"
    path.write_text(
        "title: Food aid kept\nitems:\n"
        "  - {id: food, label: Deliver the food aid, promisor: USA, topic: food_aid, object: PRK,"
        " requires_pledge: {min_strength: firm, first_party: true, min_formality: formal},"
        " requires_action: true}\n",
        encoding="utf-8",
    )
    result = invoke(db, "check", str(path), "--as-of", "2012-04-14")
    assert result.exit_code == 0, result.output
    assert "Food aid kept — as of 2012-04-14" in result.stdout
    assert "contradicted" in result.stdout
    assert "The United States suspended the planned food aid" in result.stdout


def test_check_bad_file_names_file_and_field(db: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "title: T\nitems:\n  - {id: a, label: L, promisor: PRK, topic: t, requires_action: maybe}\n"
    )
    result = invoke(db, "check", str(path), "--as-of", "2012-01-01")
    assert result.exit_code == 2
    message = " ".join(result.stderr.split())
    assert "bad.yaml" in message and "items[0] (id 'a').requires_action" in message


def test_link_reject_then_confirm(db: str) -> None:
    result = invoke(
        db,
        "link",
        "PRK:missile_launch_moratorium",
        "launch:0:0",
        "--reject",
        "--note",
        "a satellite",
    )
    assert result.exit_code == 0, result.output
    assert "rejected: PRK:missile_launch_moratorium ← launch:0:0" in result.stdout
    rows = json_lines(
        invoke(
            db, "ledger", "--as-of", "2012-04-14", "--json", "--topic", "missile_launch_moratorium"
        ).stdout
    )
    assert rows[0]["status"] == "pledged"
    result = invoke(
        db,
        "link",
        "PRK:missile_launch_moratorium",
        "launch:0:0",
        "--confirm",
        "--relation",
        "contradicts",
    )
    assert result.exit_code == 0, result.output
    assert "(contradicts)" in result.stdout
    rows = json_lines(
        invoke(
            db, "ledger", "--as-of", "2012-04-14", "--json", "--topic", "missile_launch_moratorium"
        ).stdout
    )
    assert rows[0]["status"] == "contradicted"
    assert rows[0]["links"][0]["origin"] == "confirmed"  # the new decision replaced the rejection


def test_commands_are_registered_with_examples() -> None:
    import typer.main

    group = typer.main.get_command(build_app())
    for name in ("ledger", "link", "check"):
        command = group.commands[name]  # type: ignore[attr-defined]
        assert command.help and "Example: pledgewatch " + name in command.help


def test_check_quotes_a_sentence_once_however_many_events_it_carries(tmp_path: Path) -> None:
    """'X met Y' codes the meeting both ways: two events, one sentence, one evidence line."""
    from tests.test_ledger_story import E

    db = str(tmp_path / "both-ways.db")
    with open_store(f"sqlite:///{db}") as store:
        add_document(
            store,
            "beijing",
            "2011-09-21",
            [
                (
                    "Wi Sung-lac met his North Korean counterpart Ri Yong Ho in Beijing.",
                    [
                        E("044", "KORGOV", "PRKGOV", action_text="met"),
                        E("044", "PRKGOV", "KORGOV", action_text="met"),
                    ],
                )
            ],
        )
    result = invoke(db, "check", "allied-preconditions-2011", "--as-of", "2011-10-01")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("2011-09-21 beijing:") == 1


def test_ledger_and_check_quote_the_whole_sentence(db: str) -> None:
    """Evidence is shown in the sentence it was read from, not as the event's span."""
    from sqlalchemy import update

    from pledgewatch.store import schema

    sentence = "The North launched an Unha-3 rocket on Friday."  # the stored span differs
    with open_store(db) as store, store.transaction() as connection:
        connection.execute(
            update(schema.sentences)
            .where(schema.sentences.c.id == "launch:0")
            .values(text=sentence)
        )
    ledger = invoke(db, "ledger", "--as-of", "2012-04-14", "--topic", "missile_launch_moratorium")
    assert ledger.exit_code == 0, ledger.output
    assert sentence in ledger.stdout
    check = invoke(db, "check", "allied-preconditions-2011", "--as-of", "2012-04-14")
    assert check.exit_code == 0 and sentence in check.stdout


def test_a_decision_no_pledge_reads_is_named(db: str) -> None:
    """A decision stored for a pledge that is gone (here: a topic no pledge has) is named on
    stderr when the ledger is rebuilt, with what to do, instead of silently counting for
    nothing."""
    from sqlalchemy import insert

    from pledgewatch.store import schema

    with open_store(db) as store, store.transaction() as connection:
        connection.execute(
            insert(schema.link_overrides).values(
                promisor="USA", topic="remains_recovery", event_id="gone:0:0", decision="reject"
            )
        )
    result = invoke(db, "ledger", "--rebuild", "--json")
    assert result.exit_code == 0, result.output
    assert "1 analyst link decision(s) apply to no pledge" in result.stderr
    assert "USA:remains_recovery" in result.stderr
    clean = invoke(db, "ledger", "--json")
    assert "apply to no pledge" not in clean.stderr  # the ledger is current: no rebuild, no noise
