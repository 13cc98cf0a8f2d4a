"""The event lexicon data: patterns, specificity, composition of speech acts, pre-filter words."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.events.lexicon import KEEP, LEXICON_DIR, Lexicon, crude_stem, load_lexicon


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.default()


def test_covers_every_cameo_root(lexicon: Lexicon) -> None:
    roots = Counter(
        p.code[:2]
        for kind in ("verb", "noun", "adj")
        for patterns in lexicon.by_kind[kind].values()
        for p in patterns
        if p.code
    )
    assert set(roots) >= {f"{n:02d}" for n in range(1, 21)}
    assert sum(roots.values()) > 1000
    assert min(roots.values()) >= 5, roots


@pytest.mark.parametrize(
    ("lemma", "children", "words", "is_actor", "pattern_id", "code"),
    [
        ("seize", set(), {"asset", "south", "korean"}, False, "seize.v+asset", "1711"),
        ("seize", set(), {"town"}, False, "seize.v+territory", "192"),
        ("seize", set(), {"opportunity"}, False, "seize.v", "171"),
        ("fire", {"at"}, {"artillery", "island"}, False, "fire.v_at+heavy_weapon", "194"),
        ("fire", {"test"}, {"missile"}, False, "fire.v_test+missile", "150"),
        ("launch", set(), {"missile"}, False, "launch.v+missile", "150"),
        ("call", {"for"}, {"talks"}, False, "call.v_for", "020"),
        ("hold", set(), {"talks"}, False, "hold.v+talks", "046"),
        ("impose", set(), {"sanctions"}, False, "impose.v+sanction", "163"),
        ("welcome", set(), set(), True, "welcome.v+ACTOR", "043"),
        ("welcome", set(), {"decision"}, False, "welcome.v", "051"),
    ],
)
def test_most_specific_pattern_wins(
    lexicon, lemma, children, words, is_actor, pattern_id, code
) -> None:
    pattern = lexicon.best_pattern("verb", [lemma], children, words, is_actor)
    assert pattern is not None
    assert (pattern.id, pattern.code) == (pattern_id, code)


def test_light_verb_alone_is_not_an_event(lexicon: Lexicon) -> None:
    pattern = lexicon.best_pattern("verb", ["stage"], set(), {"raid"})
    assert pattern is not None and pattern.family == "light" and pattern.code is None


@pytest.mark.parametrize(
    ("family", "content", "code"),
    [
        ("intent", "046", "036"),  # agreed to resume talks
        ("intent", "0841", "0353"),  # promised to release prisoners
        ("intent", "190", "138"),  # vowed to retaliate: intent to attack is a threat
        ("appeal", "073", "0233"),  # called for food aid
        ("demand", "0874", "106"),  # demanded the withdrawal of troops
        ("demand", "0841", "1053"),  # demanded the release of prisoners
        ("reject", "046", "125"),  # rejected talks
        ("reject", "085", "1244"),  # refused to lift sanctions
        ("threaten", "162", "1311"),  # threatened to cut aid
        ("threaten", "192", "1382"),  # threatened to occupy
        ("halt", "163", "085"),  # lifted sanctions
        ("halt", "04", "164"),  # suspended talks
        ("halt", "999", None),  # stopped something that is not an event: nothing
        ("accuse", "190", "1123"),  # accused of attacking
        ("accuse", "040", KEEP),
        ("light", "1711", "1711"),  # carried out the seizure
    ],
)
def test_compose(lexicon: Lexicon, family: str, content: str, code) -> None:
    assert lexicon.compose(family, content) == code


@pytest.mark.parametrize(
    ("a", "b"),
    [("seize", "seized"), ("seize", "seizing"), ("agree", "agreed"), ("shell", "shelling"),
     ("release", "releases"), ("stop", "stopped"), ("sanction", "sanctions")],
)  # fmt: skip
def test_crude_stem_joins_regular_forms(a: str, b: str) -> None:
    assert crude_stem(a) == crude_stem(b)


@pytest.mark.parametrize(
    "word", ["fought", "held", "struck", "seiz", "talk", "sanction", "withdrew"]
)
def test_trigger_words_for_the_prefilter(lexicon: Lexicon, word: str) -> None:
    assert word in lexicon.trigger_words


def test_light_verbs_and_topics_do_not_trigger_parsing(lexicon: Lexicon) -> None:
    # "mount" only matters with an event noun ("mounted an attack"): the noun triggers
    assert "mount" not in lexicon.trigger_words and "attack" in lexicon.trigger_words
    assert "food" not in lexicon.trigger_words


@pytest.mark.parametrize(
    ("words", "parsed"),
    [
        # "left" + an actor codes a withdrawal only beside posted staff (sentence=@staff_abroad)
        ("the central bank of china left its rate unchanged .", False),
        ("iaea inspectors left iran on friday .", True),
        ("the last managers left the kaesong complex .", True),
    ],
)
def test_a_sentence_flag_limits_the_prefilter(lexicon: Lexicon, words: str, parsed: bool) -> None:
    assert "leave" not in lexicon.trigger_words
    assert lexicon.sentence_has_trigger(words.split()) is parsed


def _copy_lexicon(tmp_path: Path) -> Path:
    target = tmp_path / "lexicon"
    shutil.copytree(LEXICON_DIR, target)
    return target


def test_duplicate_pattern_id_is_rejected(tmp_path: Path) -> None:
    folder = _copy_lexicon(tmp_path)
    verbs = folder / "verbs.tsv"
    verbs.write_text(
        verbs.read_text(encoding="utf-8") + "seize.v\tseize\t-\t-\t171\t-\t-\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="duplicate pattern id 'seize.v'"):
        load_lexicon(str(folder))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("grab.v.test\tgrab\t-\t-\t9999\t-\t-\n", "9999 is not in the code table"),
        ("grab.v.test\tgrab\t-\t@nosuchclass\t171\t-\t-\n", "unknown word class @nosuchclass"),
        ("grab.v.test\tgrab\t-\t-\t171\twhatever\t-\n", "unknown family 'whatever'"),
        ("grab.v.test\tgrab\t-\t171\n", "cells"),
    ],
)
def test_bad_lines_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    folder = _copy_lexicon(tmp_path)
    verbs = folder / "verbs.tsv"
    verbs.write_text(verbs.read_text(encoding="utf-8") + line, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as info:
        load_lexicon(str(folder))
    assert "verbs.tsv" in str(info.value)


def test_digest_changes_with_the_data(tmp_path: Path, lexicon: Lexicon) -> None:
    folder = _copy_lexicon(tmp_path)
    assert load_lexicon(str(folder)).digest == lexicon.digest
    nouns = folder / "nouns.tsv"
    nouns.write_text(nouns.read_text(encoding="utf-8") + "# a comment\n", encoding="utf-8")
    load_lexicon.cache_clear()
    assert load_lexicon(str(folder)).digest != lexicon.digest


@pytest.mark.parametrize(
    ("lemma", "words", "pattern_id"),
    [
        # one word of an alternative list is enough; a two-word alternative has its own line
        ("declare", {"state", "emergency"}, "declare.v+martial"),
        ("launch", {"airstrikes"}, "launch.v+airstrike"),
        ("launch", {"air", "raids"}, "launch.v+air_strike"),
        ("use", {"chemical", "weapons"}, "use.v+chemical"),
        ("violate", {"airspace"}, "violate.v+airspace"),
        ("impose", {"blockade"}, "impose.v+blockade"),
        ("investigate", {"genocide"}, "investigate.v+genocide"),
        ("send", {"peacekeepers"}, "send.v_to+peacekeeping"),
    ],
)
def test_alternatives_need_only_one_word(
    lexicon: Lexicon, lemma: str, words: set, pattern_id: str
) -> None:
    children = {"to"} if pattern_id.startswith("send.v_to") else set()
    pattern = lexicon.best_pattern("verb", [lemma], children, words, False)
    assert pattern is not None and pattern.id == pattern_id


def test_short_past_tenses_pass_the_prefilter(lexicon: Lexicon) -> None:
    # "used" is "use" + "d": the crude stem must meet the lemma's
    assert crude_stem("used") == crude_stem("use")
    assert lexicon.sentence_has_trigger(["japan", "used", "chemical", "weapons", "."])


@pytest.mark.parametrize(
    ("words", "code"),
    [({"supporters"}, "022"), ({"pressure", "groups"}, "022"), ({"reservists", "troops"}, "154")],
)
def test_mobilising_supporters_is_no_military_mobilisation(
    lexicon: Lexicon, words: set, code: str
) -> None:
    pattern = lexicon.best_pattern("verb", ["mobilize"], set(), words, False)
    assert pattern is not None and pattern.code == code
