"""An act one "is still to" or "has yet to" do is not done, not planned (events45,
modality.yaml ``pending_adverbs``, ``pending_verbs``).

Sentences written here. "Iran is still to sign the protocol" is no "is to sign" (a plan) and
"has yet to ratify" no "has to ratify" (an obligation): the act is negated, as "has not yet
signed". "is to sign next week" stays future, "has to sign" recommended.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import coded_readings

DAY = dt.date(2004, 10, 5)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Iran is still to sign the additional protocol.", "negated"),
        ("Kazakhstan has yet to ratify the treaty.", "negated"),
        ("Belarus is yet to sign the accord.", "negated"),
        ("Iran is to sign the additional protocol next week.", "future"),
        ("Iran has to sign the additional protocol.", "recommended"),
    ],
)
def test_pending_act_is_not_done(coder, text, modality) -> None:
    found = coded_readings(coder, text, DAY)
    assert any(r[2] == "057" and r[3] == modality for r in found), found
