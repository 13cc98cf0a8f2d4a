"""The learned five-class sentence classifier: features, the shipped weights, loading errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.events.classify import MODEL_PATH, PentaClassifier, sentence_features


def test_features_are_words_pairs_and_rule_findings() -> None:
    features = sentence_features("Troops fired shells.", [])
    assert {"w:troops", "w:fired", "b:fired_shells", "rule:none"} <= set(features)


def test_tiny_model_scores_and_round_trips(tmp_path: Path) -> None:
    model = PentaClassifier(
        vocabulary={"w:attack": 0, "rule:none": 1},
        coef=[[0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.5], [2.0, 0.0]],
        intercept=[0.1, 0.0, 0.0, 0.0, 0.0],
        mode="stacked",
    )
    assert model.predict("They attack.", []) == (4, "classifier")
    assert model.predict("Quiet day.", []) == (3, "classifier")  # "rule:none" weighs for 3
    assert abs(sum(model.probabilities(["w:attack"])) - 1.0) < 1e-9
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    loaded = PentaClassifier.load(path)
    assert loaded.predict("They attack.", []) == (4, "classifier")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Rebels shelled the town and killed ten soldiers.", 4),
        ("The two presidents met in Geneva and agreed to resume talks.", 1),
        ("The minister said the economy would grow next year.", 0),
    ],
)
def test_shipped_model_with_the_rule_coder(nlp, text: str, label: int) -> None:
    if not MODEL_PATH.is_file():
        pytest.skip(f"{MODEL_PATH} not trained yet (benchmarks/train_penta.py)")
    assert MODEL_PATH.stat().st_size < 5_000_000
    from pledgewatch.events import DocContext, EventCoder, cameo_view

    coder = EventCoder(nlp=nlp, require_actor=False)
    coded = coder.code_text(text, DocContext(doc_id="k", date=None))
    events = cameo_view(coded.findings, coder.lexicon, require_source=False)
    model = PentaClassifier.load()
    assert model.mode in ("fallback", "stacked")
    assert model.predict(text, events)[0] == label


def test_broken_model_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="train_penta.py"):
        PentaClassifier.load(bad)
