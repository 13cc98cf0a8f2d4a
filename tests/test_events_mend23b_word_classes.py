"""A word class is defined once; a drafted text's acts are not its drafter's (mend23b).

data/lexicon/word_classes.tsv defined ``@adopting`` twice, and the loader kept the last, wide
list (draft, table, issue ...), so what a drafted or tabled resolution "condemned" became the
drafter's main news (events/adopted_texts.py). The narrow list is now its own class,
``@enacting`` (adopt, pass, approve), and the loader refuses a class defined twice, naming the
file and both lines; the ledger's own reader of one class (ledger/retellings.py) refuses it too.
Sentences written here.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.events import DocContext
from pledgewatch.events.lexicon import LEXICON_DIR, load_lexicon
from pledgewatch.word_classes import word_class

DAY = dt.date(2011, 10, 4)


def _with_line(tmp_path: Path, line: str) -> Path:
    folder = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, folder)
    classes = folder / "word_classes.tsv"
    classes.write_text(classes.read_text(encoding="utf-8") + line, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "line",
    [
        "@enacting\tadopt pass approve ratify\n",  # a changed second definition
        "@WISH\twant wish desire\n",  # the same words, another case
    ],
)
def test_a_class_defined_twice_is_refused(tmp_path: Path, line: str) -> None:
    folder = _with_line(tmp_path, line)
    with pytest.raises(ConfigError, match="already defined on line") as info:
        load_lexicon(str(folder))
    assert "word_classes.tsv" in str(info.value)


def test_the_ledger_reader_refuses_a_class_defined_twice(tmp_path: Path) -> None:
    folder = _with_line(tmp_path, "@repetition\tagain\n")
    with pytest.raises(ConfigError, match="already defined on line"):
        word_class("@repetition", folder / "word_classes.tsv", "a test")


def test_enacting_is_narrower_than_adopting() -> None:
    lexicon = load_lexicon(str(LEXICON_DIR))
    assert lexicon.words("@enacting") == {"adopt", "pass", "approve"}
    assert {"draft", "table"} <= lexicon.words("@adopting")


def _roles(coder, text: str) -> set[tuple[str, str, str, str]]:
    found = coder.code_text(text, DocContext(doc_id="t", date=DAY)).findings
    return {(f.event.source or "?", f.event.target or "?", f.event.cameo, f.role) for f in found}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # drafted: the text's words are not yet anyone's act of the day
            "France drafted a resolution that condemned Iran's crackdown.",
            ("FRA", "IRN", "111", "background"),
            ("FRA", "IRN", "111", "main"),
        ),
        (
            "France tabled a resolution that condemned Iran's crackdown.",
            ("FRA", "IRN", "111", "background"),
            ("FRA", "IRN", "111", "main"),
        ),
        (  # adopted: the body's own act, main news
            "The Security Council adopted a resolution that condemned Iran's crackdown.",
            ("IGOUNO", "IRN", "111", "main"),
            None,
        ),
    ],
)
def test_only_an_enacted_text_acts_for_its_body(coder, text, expected, absent) -> None:
    found = _roles(coder, text)
    assert expected in found, found
    if absent is not None:
        assert absent not in found, found
