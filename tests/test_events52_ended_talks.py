"""A speaker who says the talks are over breaks off negotiations (164), as "would no longer
hold talks" does (events52: rejection_idioms.tsv rows of family halt, events/idioms.py). Told
by the reporter with no one declaring it, the end of talks is no act. Sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2015, 6, 3)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Tehran said on Monday that the talks on its nuclear program were over.", "IRN"),
        ("Iran rejected the offer. Last month, it said that talks with the West were over.", "IRN"),
        ("The negotiations are at an end, the Cuban foreign ministry said.", "CUB"),
    ],
)
def test_talks_declared_over_are_broken_off(coder, text: str, source: str) -> None:
    found = coded_readings(coder, text, DAY)
    assert any(code == "164" and (src or "")[:3] == source for src, _, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The talks were over by noon.",
        "Cuban officials said the summit was over.",
    ],
)
def test_a_round_that_ended_is_no_halt(coder, text: str) -> None:
    found = coded_readings(coder, text, DAY)
    assert not any(code == "164" for _, _, code, _ in found), found


@pytest.mark.model
def test_talks_out_of_the_question_stay_a_rejection(coder) -> None:
    found = coded_readings(coder, "Seoul said talks with Pyongyang were out of the question.", DAY)
    assert any(code == "125" for _, _, code, _ in found), found


def test_the_idiom_table_reads_its_family_column(tmp_path) -> None:
    import shutil

    from pledgewatch.errors import ConfigError
    from pledgewatch.events.lexicon import LEXICON_DIR, Lexicon, load_lexicon

    phrases = {idiom.phrase: idiom for idiom in Lexicon.default().rejection_idioms}
    assert phrases["over"].family == "halt"
    assert phrases["over"].subject_class == "@negotiations"
    assert phrases["out of the question"].family == "reject"
    folder = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, folder)
    table = folder / "rejection_idioms.tsv"
    table.write_text(table.read_text() + "finished\tyes\tany\tpause\n")
    with pytest.raises(ConfigError, match="family"):
        load_lexicon(str(folder))
