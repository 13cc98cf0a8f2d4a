"""A nuclear site's name stands for its plant: restarting it is a show of military power (150),
as restarting the reactor is (events52, word class @nuclear_site, verbs.tsv *.v+nuclear_site).
Sentences written here."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2009, 4, 25)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "modality"),
    [
        ("The North expelled the inspectors and restarted Yongbyon.", "PRK", "asserted"),
        ("Iran reactivated Natanz after the talks failed.", "IRN", "asserted"),
        ("Pyongyang said it would restart Yongbyon.", "PRK", "future"),
    ],
)
def test_restarting_a_named_site_is_150(coder, text: str, source: str, modality: str) -> None:
    found = coded_readings(coder, text, DAY)
    hits = [(src, tgt, m) for src, tgt, code, m in found if code == "150"]
    assert any((src or "")[:3] == source and m == modality for src, _, m in hits), found
    # the site is the doer's own ground, no target
    assert all(tgt == "?" for _, tgt, _ in hits), found
