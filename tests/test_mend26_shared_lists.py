"""Lists written once (review26, mend26): each list has one home, and the modules that read it
import it or load it from its data file.

- the CAMEO roots of armed force (18-20): ``events/codetable.ARMED_FORCE_ROOTS``;
- the quotation marks of attribution_roles.py: attribution.py's, less "''" (no sure closing
  mark in a paragraph's count);
- the auxiliaries of a verdict said to come (events/said_ends.py): modality.yaml's future
  auxiliaries and declared_ends.yaml's ``backshifted_future``;
- word lists moved out of code, with the same words: modality.yaml's ``generic_modals`` and
  ``normative_modals``, strength_cues.yaml's ``access_particles``, word_classes.tsv's
  ``@pointing_determiner``.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "pledgewatch.events.actions",
        "pledgewatch.events.anaphoric_acts",
        "pledgewatch.events.retold_acts",
        "pledgewatch.events.sentence_roles",
        "pledgewatch.events.warnings",
        "pledgewatch.events.conventions",
    ],
)
def test_force_roots_are_the_code_tables(module) -> None:
    import importlib

    from pledgewatch.events.codetable import ARMED_FORCE_ROOTS

    loaded = importlib.import_module(module)
    assert loaded.ARMED_FORCE_ROOTS is ARMED_FORCE_ROOTS
    assert {"18", "19", "20"} == ARMED_FORCE_ROOTS
    # no second list of the same roots under another name
    own = {
        name
        for name, value in vars(loaded).items()
        if value == ARMED_FORCE_ROOTS and value is not ARMED_FORCE_ROOTS
    }
    assert not own


def test_quotation_marks_are_attributions_less_the_double_apostrophe() -> None:
    from pledgewatch.commitments.attribution import CLOSING_QUOTES, OPENING_QUOTES
    from pledgewatch.commitments.attribution_roles import CURLY_CLOSING, CURLY_OPENING

    assert CURLY_OPENING is OPENING_QUOTES
    assert CURLY_CLOSING == CLOSING_QUOTES - {"''"} == {"\u201d", "\u00bb"}


def test_said_verdict_auxiliaries_come_from_the_data() -> None:
    from pledgewatch.events.declared_ends import load_declaration_words
    from pledgewatch.events.modality import ModalityCues

    words = load_declaration_words()
    assert words.backshifted_future == {"would", "'d"}
    future = ModalityCues.load().future_aux
    assert {"will", "shall", "'ll", "wo"} <= future


def test_a_declaration_file_without_backshifted_future_is_refused(tmp_path) -> None:
    from pledgewatch.errors import ConfigError
    from pledgewatch.events.declared_ends import load_declaration_words

    bad = tmp_path / "declared_ends.yaml"
    bad.write_text(
        "statement_kinds: [statement]\nverdicts: [dead]\nno_more: [more]\n"
        'ended_codes:\n  "@bond": ["127"]\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="backshifted_future"):
        load_declaration_words(str(bad))


def test_moved_word_lists_keep_their_words() -> None:
    from pledgewatch.commitments.strength import StrengthCues
    from pledgewatch.events.agentless_passives import passive_modals

    generic, normative = passive_modals()
    assert generic == {"can", "could", "may", "might", "must"}
    assert normative == generic | {"ca", "should"}
    assert StrengthCues.default().access_particles == {"back", "in"}


def test_pointing_determiners_are_a_word_class() -> None:
    from pledgewatch.events.anaphoric_acts import AnaphoricActs
    from pledgewatch.events.lexicon import Lexicon

    acts = AnaphoricActs.of(Lexicon.default())
    assert acts.pointing == {"these", "those", "this", "that", "such"}
