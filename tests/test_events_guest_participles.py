"""A bare "visiting" right after a host's verb modifies the guest (events/guest_participles.py).

Sentences written here from the visits of 2010-2012: the guest visits the host (042), the host
meets or receives the guest, and the host visits no one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_coded, coded_triples

DAY = dt.date(2012, 11, 30)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Kim Jong Un met visiting Chinese Communist Party official Li Jianguo in Pyongyang.",
            ("CHNGOV", "PRKGOV", "042"),
            ("PRKGOV", "CHNGOV", "042"),
        ),
        (
            "Kim Jong Un met visiting Chinese Communist Party official Li Jianguo in Pyongyang.",
            ("PRKGOV", "CHNGOV", "040"),
            ("PRKGOV", "?", "040"),
        ),
        (
            "Chinese President Hu Jintao welcomed visiting North Korean Premier Choe Yong Rim.",
            ("PRKGOV", "CHNGOV", "042"),
            ("CHNGOV", "PRKGOV", "042"),
        ),
        (
            "Putin received visiting Japanese Foreign Minister Koichiro Gemba in Sochi.",
            ("JPNGOV", "RUSGOV", "042"),
            ("RUSGOV", "JPNGOV", "042"),
        ),
    ],
)
def test_visiting_guest_after_host_verb(coder, text, expected, absent) -> None:
    assert_coded(coded_triples(coder, text, DAY), expected, absent)


@pytest.mark.model
def test_touring_participle_is_untouched(coder) -> None:
    """No verb of receiving: "spent the day visiting factories" stays the subject's own tour."""
    found = coded_triples(coder, "Kim Jong Un spent the day visiting factories in Jagang.", DAY)
    assert all(code != "040" for _, _, code in found), found
