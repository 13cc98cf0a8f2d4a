"""The sayer's own act named as the subject of what it says (events53).

Sentences written here (events/noun_owners.py, :func:`saying_owner`): "Iran said its
moratorium on missile tests would last only while talks continue" kept only the saying (010):
the moratorium's owner "its" was left unresolved, so the act had no doer. A possessive pronoun
on the subject of a reported clause is the sayer's. A named owner keeps its own ("said Russia's
ceasefire ..."), and a noun that is no subject of the reported clause is left alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_triples

DAY = dt.date(2015, 3, 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran said its moratorium on missile tests would last only while talks continue.",
            {("IRN", "?", "010"), ("IRN", "?", "0873")},
        ),
        (
            "Pakistan said its moratorium on missile launches would remain in place.",
            {("PAK", "?", "010"), ("PAK", "?", "0873")},
        ),
        (
            "Georgia said its ceasefire would hold only if the rebels withdrew.",
            {("GEO", "?", "010"), ("GEO", "?", "0871")},
        ),
        (
            "Georgia said Russia's ceasefire would hold only if the rebels withdrew.",
            {("GEO", "?", "010"), ("RUS", "?", "0871")},
        ),
    ],
)
def test_the_possessive_of_a_reported_subject_is_the_sayer(coder, text, expected) -> None:
    found = coded_triples(coder, text, DAY)
    assert expected <= found, found
    if "Russia's" in text:
        assert ("GEO", "?", "0871") not in found, found


@pytest.mark.model
def test_an_act_said_to_have_ended_is_no_act_of_the_sayer(coder) -> None:
    text = "If talks stall, Tehran can argue that its pledge has expired."
    found = coded_triples(coder, text, DAY)
    assert not any(code == "030" for _, _, code in found), found


@pytest.mark.model
def test_the_act_said_to_go_on_is_what_is_said(coder) -> None:
    # the saying is the frame of the act it reports, and the act is reported, not asserted
    from tests.conftest import coded_events

    text = "Pakistan said its moratorium on missile launches would remain in place."
    events = {(e.source, e.cameo, e.modality, e.role) for e in coded_events(coder, text, DAY)}
    assert ("PAK", "0873", "reported", "main") in events, events
    assert ("PAK", "010", "asserted", "frame") in events, events
