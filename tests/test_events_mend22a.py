"""Mends of review22's events findings (mend22a).

Sentences written here, after the reviewer's shapes:

* a measure held out on a condition aims at the condition's subject only when the condition is
  an act the measure answers: a partner agreeing, a party asking, a body failing to act
  (``@unanswered_condition``) names no target, and makes no threat of a future measure;
  an easing still answers an agreement (events/named_targets.py, events/conditional_threats.py);
* a passive killing's killer is no pronoun of the concurrent clause (the victim himself) and no
  actor coded as the victims are (events/concurrent_killers.py);
* a permission in the passive: an act of force one is let do stays the doer's act, and only an
  "in" phrase on the permitted verb (or its object) names the host (events/granted_permissions.py);
* the act a redress is for: a planned act is no earlier act, and paying for an act funds it
  (events/circumstance_acts.py, modality.yaml ``redress_words``);
* modality.yaml's optional lists are read as word lists: a bare string is an error, not a set
  of letters (events/modality.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.events.modality import DEFAULT_CUES, ModalityCues
from tests.conftest import coded_events, coded_readings, coded_triples

DAY = dt.date(2014, 3, 4)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "France would impose sanctions if the African Union agreed to do the same.",
            ("FRA", "163"),
        ),
        ("Canada will consider sanctions if Mexico asks it to.", ("CAN", "014")),
        ("Australia will consider sanctions if the Security Council fails to act.", ("AUS", "014")),
    ],
)
def test_an_unanswered_condition_names_no_target(coder, text, measure) -> None:
    found = coded_triples(coder, text, DAY)
    assert (measure[0], "?", measure[1]) in found, found
    assert not any(s == measure[0] and t != "?" for s, t, _ in found), found


@pytest.mark.model
def test_a_measure_on_a_partners_step_is_no_threat(coder) -> None:
    found = coded_readings(
        coder, "Britain will impose sanctions if the African Union agrees to do the same.", DAY
    )
    assert ("GBR", "?", "163", "future") in found, found
    assert not any(code.startswith("13") for _, _, code, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act answered: the condition's doer is still the target
        ("Britain would impose sanctions if Russia invaded Georgia.", ("GBR", "RUS", "163")),
        ("Norway will consider sanctions if Iran goes ahead.", ("NOR", "IRN", "014")),
        # an easing answers an agreement
        ("Washington would lift sanctions if Iran agreed to halt enrichment.", ("USAGOV", "IRN")),
    ],
)
def test_an_answered_condition_keeps_its_target(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert any((s, t, c)[: len(expected)] == expected for s, t, c in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The mayor was killed as he attacked the rebels.",
        "Three policemen were killed while they raided a hideout.",
        "Two soldiers were killed when they stormed the compound.",
    ],
)
def test_the_victims_own_pronoun_is_no_killer(coder, text) -> None:
    for event in coded_events(coder, text, DAY):
        if event.cameo[:2] in ("18", "19", "20") and event.role == "main":
            assert event.source is None or event.source != event.target, event.why


@pytest.mark.model
def test_a_named_killer_of_the_concurrent_clause_stays(coder) -> None:
    found = coded_triples(
        coder, "The mayor was killed as Taliban fighters stormed his office.", DAY
    )
    assert any(s == "AFGREB" and c.startswith("19") for s, _, c in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (  # an act of force one is let do: the doer's act on its target
            "Ukraine will be allowed to use Western missiles to strike targets in Russia.",
            ("UKR", "RUS", "190"),
            ("RUS", "UKR", "190"),
        ),
        (  # "in Sochi" places the games, not the letting
            "Georgian athletes will be allowed to compete at the games in Sochi.",
            ("?", "GEO", "080"),
            ("RUS", "GEO", "080"),
        ),
    ],
)
def test_a_permission_names_its_host_only_where_the_act_is(coder, text, expected, absent) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected in found, found
    assert absent not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event_root"),
    [
        ("Britain must take responsibility for the planned withdrawal of its troops.", "08"),
        ("The EU will pay for the deployment of the peacekeepers in Mali.", "15"),
    ],
)
def test_a_planned_or_funded_act_is_not_an_earlier_act(coder, text, event_root) -> None:
    events = [e for e in coded_events(coder, text, DAY) if e.cameo.startswith(event_root)]
    assert events, text
    for event in events:
        assert event.modality not in ("asserted", "reported"), (event.cameo, event.modality)


@pytest.mark.model
def test_compensation_paid_for_an_attack_still_names_it(coder) -> None:
    events = coded_events(
        coder,
        "Manila demanded that Beijing pay compensation for the sinking of its patrol boat.",
        DAY,
    )
    attacks = [e for e in events if e.cameo[:2] in ("18", "19", "20")]
    assert attacks and all(e.role == "mentioned" and e.date is None for e in attacks), [
        (e.cameo, e.role, e.date) for e in events
    ]


@pytest.mark.parametrize(
    "key", ["question_marks", "pending_adverbs", "pending_verbs", "redress_words"]
)
def test_a_bare_string_in_an_optional_cue_list_is_an_error(tmp_path, key) -> None:
    text = DEFAULT_CUES.read_text(encoding="utf-8")
    bad = tmp_path / "modality.yaml"
    bad.write_text(f"{text}\n{key}: yet\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=key):
        ModalityCues.load(bad)


def test_an_absent_optional_cue_list_is_empty(tmp_path) -> None:
    lines = DEFAULT_CUES.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith("pending_adverbs:")]
    path = tmp_path / "modality.yaml"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    assert ModalityCues.load(path).pending_adverbs == frozenset()


@pytest.mark.model
def test_an_unless_condition_is_answered_whatever_its_verb(coder) -> None:
    found = coded_triples(
        coder,
        "The opposition will boycott the vote unless President Lukashenko agrees to resign.",
        DAY,
    )
    assert any(code.startswith("13") and t != "?" for _, t, code in found), found
