"""Another party's accusation of a refusal: a claim about the promisor, not its retraction.

"Pyongyang has blamed Seoul for refusing to resume the tours" is coded as Seoul's refusal, told
by Pyongyang. A refusal told in another country's voice with a verb of accusation is that
party's charge, often about a stance the promisor has held for years: the ledger keeps it as a
mention (:attr:`Mention.accused_by`, shown as a refusal claimed by another party) but it does
not retract a pledge the promisor stated itself (:func:`~pledgewatch.ledger.status._replay`). A
refusal the reporter tells, or the promisor's own, is unchanged. The verbs are the commitment
grader's list of blaming verbs (``data/commitments/blamed_refusals.yaml``, lemmas), one list for
both; the ledger sees the reporting verb as written ("blamed"), so it compares with their
regular forms (:func:`~pledgewatch.nlp.verb_forms.verb_forms`).
"""

from __future__ import annotations

import functools
from pathlib import Path

from pledgewatch.commitments.blamed_refusals import BLAMED_REFUSALS_FILE
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.ledger.keys import country_key
from pledgewatch.nlp.verb_forms import verb_forms
from pledgewatch.yaml_lists import read_word_yaml, word_list


def default_accusations_path() -> Path:
    """The shipped verbs of accusation: the grader's blaming verbs,
    ``data/commitments/blamed_refusals.yaml``."""
    return Path(data_path(BLAMED_REFUSALS_FILE))


@functools.lru_cache(maxsize=4)
def load_accusation_verbs(path: str | None = None) -> frozenset[str]:
    """The reporting verbs of an accusation as written ("blamed", "accuses"), lowercased: every
    regular form of the file's ``blame_verbs``."""
    file = Path(path) if path else default_accusations_path()
    lemmas = word_list(read_word_yaml(file), "blame_verbs", str(file))
    return frozenset(form for lemma in lemmas for form in verb_forms(lemma))


def accuser_of(
    promisor: str | None,
    speaker: str | None,
    reporting_verb: str | None,
    *,
    refusal: bool,
    first_party: bool,
) -> str | None:
    """The speaker of a refusal that is another country's accusation of the promisor ("PRKGOV"
    blamed Seoul for refusing), else None."""
    if not refusal or first_party or not reporting_verb:
        return None
    accuser, accused = country_key(speaker), country_key(promisor)
    if accuser is None or accused is None or accuser == accused:
        return None
    return speaker if reporting_verb.strip().lower() in load_accusation_verbs() else None
