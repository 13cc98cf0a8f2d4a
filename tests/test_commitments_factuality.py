"""Hedges, event factuality and speaker commitment readings, and the benchmark's metrics."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pledgewatch.commitments.factuality import (
    FactualityCues,
    event_factuality,
    is_uncertain,
    speaker_commitment,
    uncertainty_cues,
)

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_commitments.py"


@pytest.fixture(scope="module")
def cues() -> FactualityCues:
    return FactualityCues.default()


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("eval_commitments", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "uncertain", "cue"),
    [
        ("The fortress may date from the ninth century.", True, "may"),
        ("The painting is widely considered his best work.", True, "considered"),
        ("If the dam fails, the valley would flood.", True, "If"),
        ("It is unclear whether the treaty was ever signed.", True, "unclear"),
        ("The bridge was completed in 1932.", False, None),
        ("He would often walk to the harbour.", False, None),  # habit, not a hedge
    ],
)
def test_sentence_hedges(nlp, cues, text, uncertain, cue):
    sent = next(nlp(text).sents)
    assert is_uncertain(sent, cues) is uncertain
    if cue:
        assert cue in [m.text for m in uncertainty_cues(sent, cues)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "low", "high"),
    [
        ("The army fired three shells at the village.", "fired", 2.9, 3.0),
        ("The army did not fire at the village.", "fire", -3.0, -1.5),
        ("The army may fire at the village.", "fire", 0.0, 1.6),
        ("The army will fire at dawn.", "fire", 2.0, 2.9),
        ("The army failed to take the village.", "take", -3.0, -1.0),
        ("If the talks fail, the army would attack.", "attack", 0.0, 2.0),
        ("The army wants to take the village.", "take", 0.0, 2.0),
        ("The army nearly took the village.", "took", -3.0, -1.0),
    ],
)
def test_event_factuality(nlp, cues, text, word, low, high):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    reading = event_factuality(token, cues)
    assert low <= reading.score <= high, reading.cues


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "verb", "sign"),
    [
        ("I don't think that the ferry will come.", "think", -1),
        ("She didn't notice that the door was open.", "notice", 1),
        ("He pretended that he was ill.", "pretend", -1),
    ],
)
def test_speaker_commitment(nlp, cues, text, verb, sign):
    score = speaker_commitment(next(nlp(text).sents), verb, cues)
    assert score * sign > 0


def test_benchmark_metrics(bench):
    assert bench.pearson([1, 2, 3], [2, 4, 6]) == pytest.approx(1.0)
    assert bench.mae([1, 2], [2, 4]) == pytest.approx(1.5)
    assert bench.prf(1, 2, 4) == {
        "p": 0.5,
        "r": 0.25,
        "f1": 0.3333,
        "tp": 1,
        "n_gold": 4,
        "n_pred": 2,
    }
    spans = [(0, 4), (10, 20)]
    assert bench.span_prf([(0, 4), (12, 15)], spans, overlap=False) == (1, 2, 2)
    assert bench.span_prf([(0, 4), (12, 15)], spans, overlap=True) == (2, 2, 2)


@pytest.mark.model
def test_benchmark_runs_on_a_small_copy_of_the_shared_data(bench, shared_data, tmp_path):
    source = shared_data / "eval" / "commit_commitmentbank.jsonl"
    if not source.is_file():
        pytest.skip(f"{source} not found")
    rows = source.read_text(encoding="utf-8").splitlines()[:20]
    (tmp_path / "commit_commitmentbank.jsonl").write_text("\n".join(rows), encoding="utf-8")
    out = tmp_path / "results.json"
    assert bench.main(["--data", str(tmp_path), "--json", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["commit_commitmentbank"]["items"] == 20
    assert "skipped" in results["commit_factuality_uw"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "low", "high"),
    [
        # a canceller reaches its object, not the cause it is delayed after
        ("The ferry crossing was delayed after a storm.", "storm", 2.9, 3.0),
        ("Officials announced a delay in the opening of the bridge.", "opening", -2.0, 1.0),
        # a hyphenated participle ("now-cancelled") still cancels
        ("Critics attacked the now-cancelled contract to build the dam.", "contract", -2.0, 1.0),
        # a headline passive without its auxiliary ("Final match postponed")
        ("Final match postponed after floods", "match", -2.0, 1.0),
        # an event noun as the object of an intention verb is not yet real
        ("The two firms negotiated the merger of their rail units.", "merger", 0.0, 2.0),
        ("The two firms completed the merger of their rail units.", "merger", 2.9, 3.0),
        # aspectual and implicative verbs: the infinitive's event happens
        ("The factory began to hire workers last spring.", "hire", 2.9, 3.0),
        ("The pilot managed to land the plane safely.", "land", 2.9, 3.0),
        ("The pilot hoped to land the plane safely.", "land", 0.0, 2.0),
    ],
)
def test_event_factuality_cancellers_and_implicatives(nlp, cues, text, word, low, high):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    reading = event_factuality(token, cues)
    assert low <= reading.score <= high, reading.cues


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "low", "high"),
    [
        # the event inside an if-clause is less certain than the result that hangs on it
        ("If the board approves the loan, the mill will reopen.", "approves", 0.5, 1.2),
        ("If the board approves the loan, the mill will reopen.", "reopen", 1.9, 2.1),
        # a verb of stopping negates its infinitive or gerund, not a clause the parser
        # hangs on it ("feared ..., so they stopped ...": the fear was real)
        ("Officials feared a stampede, so they stopped the concert.", "feared", 2.9, 3.0),
        ("The company stopped selling the old model.", "selling", -3.0, -1.0),
        # an event noun proposed or negotiated is likelier than an event merely wanted
        ("The city council proposed a ban on diesel trucks.", "ban", 1.9, 2.1),
        ("The city council wants to ban diesel trucks.", "ban", 1.4, 1.6),
        # a headline participle after the noun calls it off, not the cause after it
        ("Ferry service suspended after storm", "service", -2.0, 0.0),
        ("Ferry service suspended after storm", "storm", 2.9, 3.0),
        # the clause of a cancelled noun is called off with it
        ("Residents protested against the cancelled plan to build a bridge.", "build", -2.0, 0.0),
        ("Residents welcomed the plan to build a bridge.", "build", 1.9, 2.1),
    ],
)
def test_event_factuality_conditions_stops_and_intended_objects(nlp, cues, text, word, low, high):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    reading = event_factuality(token, cues)
    assert low <= reading.score <= high, reading.cues
