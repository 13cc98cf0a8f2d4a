"""The CAMEO code table: names, roots, Goldstein scores, quad/penta classes and PLOVER types."""

from __future__ import annotations

from pathlib import Path

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.events.codetable import CodeTable


@pytest.fixture(scope="module")
def table() -> CodeTable:
    return CodeTable.default()


@pytest.mark.parametrize(
    ("code", "root", "quad", "penta", "plover", "goldstein"),
    [
        ("1711", "17", 4, 4, "COERCE", -9.2),  # confiscate property
        ("036", "03", 1, 1, "AGREE", 4.0),  # express intent to meet
        ("046", "04", 1, 1, "CONSULT", 7.0),  # engage in negotiation
        ("0841", "08", 2, 2, "RETREAT", 7.0),  # release persons
        ("010", "01", 1, 0, None, 0.0),  # statements: quad verbal cooperation, penta statement
        ("138", "13", 3, 3, "THREATEN", -7.0),
        ("195", "19", 4, 4, "ASSAULT", -10.0),
        ("163", "16", 4, 3, "COERCE", -8.0),  # sanctions: code row's PLOVER type, not the root's
    ],
)
def test_code_facts(table: CodeTable, code, root, quad, penta, plover, goldstein) -> None:
    info = table.info(code)
    assert (info.root, info.quad, info.penta, info.plover, info.goldstein) == (
        root,
        quad,
        penta,
        plover,
        goldstein,
    )


@pytest.mark.parametrize(
    ("root", "quad", "penta"),
    [("09", 2, 3), ("14", 3, 4), ("16", 4, 3), ("15", 4, 4), ("05", 1, 1)],
)
def test_quad_and_penta_schemes_differ_on_09_14_16(
    table: CodeTable, root: str, quad: int, penta: int
) -> None:
    assert (table.info(root).quad, table.info(root).penta) == (quad, penta)


def test_root_with_several_plover_types_takes_the_first(table: CodeTable) -> None:
    assert table.info("08").plover == "CONCEDE"  # 08 -> CONCEDE|RETREAT
    assert table.info("0871").plover == "RETREAT"  # the code row wins over the root row


@pytest.mark.parametrize(
    ("code", "name", "goldstein"),
    [
        ("1214", "Reject intelligence cooperation", -4.0),  # no name or score: comment + parent
        ("044", "Meet at a third location", 2.5),  # mojibake corrected in the copy
        ("0357", "Express intent to yield, not specified below", 7.0),  # name from 035
    ],
)
def test_gaps_are_filled_from_ancestors(
    table: CodeTable, code: str, name: str, goldstein: float
) -> None:
    info = table.info(code)
    assert (info.name, info.goldstein) == (name, goldstein)


def test_every_code_answers_every_question(table: CodeTable) -> None:
    for code in table.codes():
        info = table.info(code)
        assert info.root == code[:2]
        assert 1 <= info.quad <= 4 and 0 <= info.penta <= 4
        assert -10.0 <= info.goldstein <= 10.0
        assert info.name
    assert len(table) > 300


def test_unknown_code_is_a_key_error(table: CodeTable) -> None:
    with pytest.raises(KeyError, match="9999"):
        table.info("9999")
    assert "9999" not in table and "1711" in table


def test_ancestors(table: CodeTable) -> None:
    assert table.ancestors("1711") == ["1711", "171", "17"]


def test_bad_table_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "codes.tsv"
    bad.write_text("# comment\ncode\troot\n01\t01\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="codes.tsv"):
        CodeTable.load(bad)


def test_code_without_root_row_is_rejected(tmp_path: Path) -> None:
    header = "code\troot\tname_gdelt\tgoldstein_gdelt\tquad_gdelt\tpenta_phoenix\n"
    bad = tmp_path / "orphan.tsv"
    bad.write_text(header + "171\t17\tSeize\t-9.2\t4\t4\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="root row"):
        CodeTable.load(bad)
