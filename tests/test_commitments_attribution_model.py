"""The learned attribution-cue detector: its trainer is deterministic, the shipped model
loads, and it finds cues the rules miss while the rule path stays usable without it."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from pledgewatch.commitments.attribution_spans import AttributionSpan, find_attributions
from pledgewatch.commitments.cue_detector import MODEL_PATH, CueDetector
from pledgewatch.errors import ConfigError

TRAINER = Path(__file__).resolve().parents[1] / "benchmarks" / "train_attribution.py"


@pytest.fixture(scope="module")
def trainer():
    spec = importlib.util.spec_from_file_location("train_attribution", TRAINER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def synthetic_articles(trainer, n: int = 12):
    """Tiny articles: "say"/"claim" items are cues, "table"/"run" items are not, and one
    rule cue on "walk" is always wrong (so the veto can learn it)."""
    articles = []
    for k in range(n):
        items, gold = [], []
        for j, (word, label) in enumerate(
            [("say", 1), ("table", 0), ("claim", 1), ("run", 0), ("table", 0), ("say", 1)]
        ):
            token = 10 * j
            items.append(
                trainer.Item(
                    features=[f"l:{word}", "r:new", f"q:{'in' if k % 3 else 'out'}|far"],
                    rule=False,
                    cue=(token, token + 1),
                    source=(token - 2, token - 1),
                    token=token,
                    neighbours=[token - 1],
                    label=label,
                )
            )
            if label:
                gold.append((token, token + 1))
        items.append(trainer.Item(["l:walk", "r:cue"], True, (70, 71), None, 70, [69], 0))
        articles.append(
            trainer.Article(
                items=items, gold_cues=gold, gold_sources=[(c[0] - 2, c[0] - 1) for c in gold]
            )
        )
    return articles


def test_trainer_is_deterministic_and_learns(trainer):
    articles = synthetic_articles(trainer)
    first, report = trainer.train(articles, folds=3, seed=0, c_grid=(1.0,))
    again, _ = trainer.train(synthetic_articles(trainer), folds=3, seed=0, c_grid=(1.0,))
    assert trainer.model_json(first) == trainer.model_json(again)
    assert first.weights["l:say"] > 0 > first.weights["l:table"]
    # the rules here find nothing right; the model adds the speech words and vetoes "walk"
    assert report["rules_only"]["cue_f1"] == 0.0
    assert report["best"]["cue_f1"] == 1.0
    assert first.veto_threshold > first.probability(["l:walk", "r:cue"])
    data = json.loads(trainer.model_json(first))
    assert data["meta"]["C"] == 1.0 and "cross_validation" in data["meta"]


def test_decide_keeps_one_cue_per_phrase(trainer):
    # "took" and "aim" are parse neighbours: only the surer one becomes a cue
    took = trainer.Item(["x"], False, (3, 4), (1, 2), 3, [2, 5], 1)
    aim = trainer.Item(["y"], False, (5, 6), (1, 2), 5, [3], 0)
    article = trainer.Article(items=[took, aim], gold_cues=[], gold_sources=[])
    out = trainer.decide(article, [0.9, 0.8], add=0.5, veto=0.0)
    assert out == [took]


def test_a_broken_model_file_names_the_fix(tmp_path):
    path = tmp_path / "model.json"
    path.write_text('{"weights": {}}', encoding="utf-8")
    with pytest.raises(ConfigError, match="train_attribution.py"):
        CueDetector.load(path)


# -- the shipped model --------------------------------------------------------------------


@pytest.fixture(scope="module")
def detector() -> CueDetector:
    if not MODEL_PATH.is_file():
        pytest.skip(f"{MODEL_PATH} not trained yet (benchmarks/train_attribution.py)")
    return CueDetector.load()


def cue_words(doc, found: list[AttributionSpan]) -> list[str]:
    return [doc[a.cue[0] : a.cue[1]].text for a in found]


def test_the_shipped_model_loads(detector):
    assert len(detector.weights) > 1000
    assert 0.0 < detector.add_threshold < 1.0
    assert 0.0 <= detector.veto_threshold < 1.0
    assert detector.meta["trained_on"].endswith("split == train")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # "support" and "back" stay out of the rule lists (right too seldom as bare words);
        # the model takes them where the sentence reads as a stance
        ("The union supports the new contract.", "supports", "The union"),
        ("The farmers backed the mayor's plan for the river.", "backed", "The farmers"),
        ("The committee identified three problems with the budget.", "identified", "The committee"),
    ],
)
def test_the_model_finds_a_cue_the_rules_miss(nlp, detector, cues, text, cue, source):
    doc = nlp(text)
    sent = next(doc.sents)
    rules_only = find_attributions(sent, cues)
    with_model = find_attributions(sent, cues, detector)
    assert cue not in cue_words(doc, rules_only)
    assert cue in cue_words(doc, with_model)
    found = next(a for a in with_model if doc[a.cue[0]].text == cue)
    assert doc[found.source[0] : found.source[1]].text == source


@pytest.mark.model
def test_the_model_keeps_plain_reports(nlp, detector, cues):
    doc = nlp("The mayor said on Tuesday that the ferry would run again in May.")
    found = find_attributions(next(doc.sents), cues, detector)
    assert cue_words(doc, found) == ["said"]
    assert doc[found[0].source[0] : found[0].source[1]].text == "The mayor"


@pytest.mark.model
def test_no_cue_in_a_sentence_without_a_report(nlp, detector, cues):
    doc = nlp("The ferry leaves the harbour at nine and returns at noon.")
    assert find_attributions(next(doc.sents), cues, detector) == []
