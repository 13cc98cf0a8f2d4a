"""A general retraction that names the agreement it renounces ("no longer bound by the
accord") reaches the agreement's pledges, not every pledge its promisor stated lately: a
leader's promise in a speech between the deal and its renunciation is no part of the deal
(``ledger.agreements.of_the_agreement``). One that names no agreement still reaches every
recent formal or official pledge. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from pledgewatch.ledger import group_mentions, load_topic_actions
from pledgewatch.ledger.agreements import names_an_agreement
from pledgewatch.ledger.grouping import read_candidates
from pledgewatch.store import Store
from tests.test_ledger_story import C, add_document, commitment_event


def _iran(topic: str, **values: object) -> C:
    base: dict[str, object] = {
        "promisor": "IRNGOV",
        "promisee": None,
        "first_party": True,
        "formality": "official",
    }
    base.update(values)
    return C(topic, **base)  # type: ignore[arg-type]


def _story(store: Store, renunciation: str) -> dict[str, set[str]]:
    """The deal (formal), its analysis quoting Tehran's own text, a speech, the renunciation;
    returns, per pledge, the event ids of its mentions."""
    add_document(
        store,
        "deal",
        "2031-03-01",
        [
            (
                "Iran will admit IAEA inspectors and freeze enrichment, the government said.",
                [
                    commitment_event(
                        _iran("iaea_inspections", formality="formal", topic_text="IAEA inspectors")
                    ),
                    commitment_event(
                        _iran("enrichment_freeze", formality="formal", topic_text="enrichment")
                    ),
                ],
            )
        ],
    )
    add_document(
        store,
        "analysis",
        "2031-03-04",
        [
            (
                "Moscow's text says Iran will admit the inspectors.",
                [
                    commitment_event(
                        _iran(
                            "iaea_inspections",
                            first_party=False,
                            formality="formal",
                            topic_text="the inspectors",
                        )
                    )
                ],
            ),
            (
                "Tehran's own text says it accepted only as a favour to Moscow.",
                [commitment_event(_iran("other", topic_text="a favour to Moscow"))],
            ),
        ],
    )
    add_document(
        store,
        "speech",
        "2031-04-18",
        [
            (
                "The president told a rally the country would build ten new power plants.",
                [commitment_event(_iran("other", topic_text="ten new power plants"))],
            )
        ],
    )
    add_document(
        store,
        "renounced",
        "2031-04-20",
        [
            (
                renunciation,
                [
                    commitment_event(
                        _iran("other", kind="refusal", strength="refused", topic_text="it")
                    )
                ],
            )
        ],
    )
    topic_map = load_topic_actions()
    with store.reading() as connection:
        candidates, _ = read_candidates(connection, topic_map)
    return {p.id: {m.event_id for m in p.mentions} for p in group_mentions(candidates, topic_map)}


def _retracted(pledges: dict[str, set[str]]) -> set[str]:
    return {key for key, events in pledges.items() if "renounced:0:0" in events}


def test_a_named_agreement_is_renounced_with_its_pledges_only(store: Store) -> None:
    pledges = _story(store, "Tehran said on Friday it was no longer bound by the accord.")
    speech = next(key for key, events in pledges.items() if "speech:0:0" in events)
    favour = next(key for key, events in pledges.items() if "analysis:1:0" in events)
    # the deal's terms, and the pledge its own text states in the deal's analysis
    assert _retracted(pledges) == {"IRN:iaea_inspections", "IRN:enrichment_freeze", favour}
    assert speech not in _retracted(pledges)


def test_a_retraction_naming_no_agreement_still_reaches_every_recent_pledge(
    store: Store,
) -> None:
    pledges = _story(store, "Tehran said on Friday it would no longer be bound by its word.")
    speech = next(key for key, events in pledges.items() if "speech:0:0" in events)
    assert {"IRN:iaea_inspections", "IRN:enrichment_freeze", speech} <= _retracted(pledges)


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Tehran said it was no longer bound by the accord.", True),
        ("Caracas said it would tear up the treaty.", True),
        ("Havana said the framework it signed in 2029 was dead.", True),
        ("Lima called the joint statement of last spring a dead letter.", True),
        ("The ministers issued a statement on Monday.", False),
        ("The junta said it would no longer be bound by its word.", False),
        ("Minsk said it would pull out of the talks.", False),
        (None, False),
    ],
)
def test_names_an_agreement(sentence: str | None, named: bool) -> None:
    assert names_an_agreement(sentence) is named


def test_agreement_nouns_written_as_a_plain_value_name_the_file(tmp_path) -> None:
    from pledgewatch.errors import ConfigError
    from pledgewatch.ledger.agreements import _agreement_nouns

    bad = tmp_path / "agreements_concluded.yaml"
    bad.write_text("verbs: [signed]\nnouns: deal\nmax_words_between: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="nouns"):
        _agreement_nouns(str(bad))
