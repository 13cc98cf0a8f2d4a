"""Ledger33: one list of accusation verbs. The ledger's accusations (a refusal another country
charges the promisor with) and the grader's blamed refusals (the blamer is the one refused) read
the same lemmas (``data/commitments/blamed_refusals.yaml``); the ledger, which sees the reporting
verb as written, compares with their regular forms (``nlp.verb_forms``). Before, the two lists
drifted: the ledger knew "lambasted" and "censured", the grader "chide". Every sentence is
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.commitments.blamed_refusals import blame_words
from pledgewatch.ledger.accusations import accuser_of, load_accusation_verbs
from pledgewatch.nlp.verb_forms import verb_forms


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("blame", {"blame", "blames", "blamed", "blaming"}),
        ("slam", {"slam", "slams", "slammed", "slamming"}),
        ("fault", {"fault", "faults", "faulted", "faulting"}),
        ("criticize", {"criticize", "criticizes", "criticized", "criticizing"}),
        ("condemn", {"condemn", "condemns", "condemned", "condemning"}),
        ("reach", {"reach", "reaches", "reached", "reaching"}),
        ("deny", {"deny", "denies", "denied", "denying"}),
        ("agree", {"agree", "agrees", "agreed", "agreeing"}),
        ("show", {"show", "shows", "showed", "showing"}),
        ("visit", {"visit", "visits", "visited", "visiting"}),
        ("", set()),
    ],
)
def test_verb_forms(lemma: str, forms: set[str]) -> None:
    assert verb_forms(lemma) == forms


def test_the_ledger_reads_the_grader_s_verbs() -> None:
    lemmas = blame_words().blame_verbs
    assert {"blame", "accuse", "chide", "lambast", "censure"} <= lemmas
    assert load_accusation_verbs() == {form for lemma in lemmas for form in verb_forms(lemma)}


@pytest.mark.parametrize("verb", ["chided", "blamed", "Accuses", "slamming", "censured"])
def test_each_form_of_a_blaming_verb_is_an_accusation(verb: str) -> None:
    found = accuser_of("CHLGOV", "PERGOV", verb, refusal=True, first_party=False)
    assert found == "PERGOV"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Lima lambasted Santiago for refusing to resume the tours.",
        "Lima has censured Santiago for refusing to resume the tours.",
    ],
)
def test_the_grader_knows_the_ledger_s_verbs(text: str) -> None:
    from pledgewatch.coding import context_for_text, shared_coder

    _sentences, events, _flags = shared_coder().code_text(
        text, context_for_text(dt.date(2031, 4, 9))
    )
    refusals = {
        (e.commitment.promisor, e.commitment.promisee)
        for e in events
        if e.commitment is not None and e.commitment.kind == "refusal"
    }
    assert refusals == {("CHLGOV", "PERGOV")}
