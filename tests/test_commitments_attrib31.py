"""One decision rule for the cue detector's trainer and its run time (helper attrib31).

The trainer (``benchmarks/train_attribution.py``) picks the detector's thresholds by the
figure its cached items give; that figure is only the benchmark's when the trainer decides
exactly as :meth:`CueDetector.revise` does. Both now call
:func:`pledgewatch.commitments.cue_detector.decide`: a punctuation rule cue is kept
whatever its score, a new cue inside a quotation opened earlier is dropped (after taking
its place in the phrase), one new cue per phrase, strongest first. Sentences written for
these tests.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from pledgewatch.commitments.attribution_spans import find_attributions
from pledgewatch.commitments.cue_detector import MODEL_PATH, Choice, CueDetector, decide

TRAINER = Path(__file__).resolve().parents[1] / "benchmarks" / "train_attribution.py"


@pytest.fixture(scope="module")
def trainer() -> Any:
    spec = importlib.util.spec_from_file_location("train_attribution", TRAINER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def never_quoted(_: int) -> bool:
    return False


# -- the decision itself ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("choices", "probs", "quoted", "expected"),
    [
        # a rule cue below the veto goes; a punctuation rule cue stays whatever its score
        ([Choice(True, 1, (0,), False), Choice(True, 5, (4,), True)], [0.1, 0.1], (), [1]),
        # a rule cue at or above the veto stays
        ([Choice(True, 1, (0,), False)], [0.4], (), [0]),
        # of two neighbours the surer becomes the cue, whatever their order
        ([Choice(False, 3, (2, 5), False), Choice(False, 5, (3,), False)], [0.6, 0.9], (), [1]),
        # new cues come after the kept rule cues, by position
        (
            [
                Choice(False, 9, (8,), False),
                Choice(True, 2, (1,), False),
                Choice(False, 4, (5,), False),
            ],
            [0.9, 0.8, 0.7],
            (),
            [1, 2, 0],
        ),
        # a quoted new cue is dropped, yet it still kept its neighbour from being a cue
        ([Choice(False, 3, (2, 5), False), Choice(False, 5, (3,), False)], [0.9, 0.8], (0,), []),
        # a quoted word that is not a new cue changes nothing
        ([Choice(False, 3, (2,), False), Choice(False, 7, (6,), False)], [0.9, 0.2], (1,), [0]),
    ],
)
def test_decide(choices, probs, quoted, expected) -> None:
    assert decide(choices, probs, 0.5, 0.3, lambda k: k in quoted) == expected


# -- the trainer decides as the run time does ---------------------------------------------


@pytest.fixture(scope="module")
def detector() -> CueDetector:
    if not MODEL_PATH.is_file():
        pytest.skip(f"{MODEL_PATH} not trained yet (benchmarks/train_attribution.py)")
    return CueDetector.load()


TEXTS = [
    # a signature: the closing mark and the dash are the cue, punctuation
    "\u201cWe will not rest until the port is rebuilt.\u201d\u2015 Maria Lopez",
    # a speaker label
    "LOPEZ: The port will reopen in the spring.",
    # a quotation running over sentences: the words inside it are the speaker's own
    "\u201cThe council promised a new port. It claimed the money was ready. It was not,"
    "\u201d Lopez said.",
    # plain reports and stance words outside quotation marks
    "The union supports the contract, and the mayor warned that the strike could spread.",
    "According to the minister, the farmers backed the plan after the vote.",
]

THRESHOLDS = [(None, None), (0.2, 0.9), (0.05, 0.99), (0.6, 0.0)]


@pytest.mark.model
@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("add", "veto"), THRESHOLDS)
def test_the_trainers_decision_is_the_run_times(
    nlp, trainer, cues, detector, text, add, veto
) -> None:
    if add is not None:
        detector = dataclasses.replace(detector, add_threshold=add, veto_threshold=veto)
    [article] = trainer.extract([{"text": text, "attributions": []}], nlp)
    probs = [detector.probability(it.features) for it in article.items]
    trained = [
        (it.cue, it.source)
        for it in trainer.decide(article, probs, detector.add_threshold, detector.veto_threshold)
    ]
    doc = nlp(text)
    run = [(a.cue, a.source) for sent in doc.sents for a in find_attributions(sent, cues, detector)]
    assert trained == run


@pytest.mark.model
def test_the_cases_the_old_copy_got_wrong_are_met(nlp, trainer, cues, detector) -> None:
    """The texts above do exercise both rules: a punctuation cue under a veto of 0.99, a
    quoted word above an add threshold of 0.05."""
    strict = dataclasses.replace(detector, add_threshold=0.05, veto_threshold=0.99)
    [signed, _, quoted, *_] = trainer.extract([{"text": t, "attributions": []} for t in TEXTS], nlp)
    assert any(it.rule and it.punct for it in signed.items)
    assert any(
        not it.rule and it.quoted and strict.probability(it.features) >= 0.05 for it in quoted.items
    )
