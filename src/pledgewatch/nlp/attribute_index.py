"""The attribute ruler's rules found by table lookup instead of spaCy's Matcher (same matches).

spaCy's ``attribute_ruler`` (tag map, lemma and POS exceptions of ``en_core_web_sm``) finds its
rules with a token ``Matcher`` that tries every one of its ~180 patterns at every token: on the
coder's candidate sentences that costs as much as the parser (about 17 µs a token). Almost every
rule is one token tested for equality on its tag, lower-case form, dependency label or
whitespace-ness ("TAG == VBZ", "LOWER == 's' and TAG == POS"); those are found here by one
dictionary lookup per rule shape and token. The few other rules (several tokens, regular
expressions, operators) stay with a small spaCy Matcher. The ruler sorts its matches and applies
them in rule order whatever order they come in, so the annotations are those of the stock ruler.

Use :func:`index_attribute_ruler` on a loaded pipeline; a pipeline without an attribute ruler is
returned unchanged. The pipeline is changed in place, and ``load_pipeline`` caches one per model,
so every other user of that pipeline (commitments/reported_speech.py) matches through the index
too: the same annotations, as the matches are the same; a rule added later through
``AttributeRuler.add`` is indexed as it is added.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import product
from operator import itemgetter
from typing import Any

#: Matcher token keys the table handles (their values are compared as ``Doc.to_array`` gives
#: them: string hashes, and 0 or 1 for IS_SPACE)
_TOKEN_ATTRIBUTES = ("TAG", "LOWER", "DEP", "IS_SPACE")


class IndexedRulerMatcher:
    """Stands in for an AttributeRuler's ``matcher``: the same (match id, start, end) triples."""

    def __init__(self, ruler: Any) -> None:
        from spacy.matcher import Matcher

        self.original = ruler.matcher
        self._vocab = ruler.vocab
        #: per rule shape (the attributes it tests): values -> match ids
        self._tables: dict[tuple[str, ...], dict[tuple[Any, ...], list[int]]] = {}
        self._rest = Matcher(self._vocab)
        for number, rule in enumerate(ruler.patterns):
            # the ruler's own key for rule `number`
            self._index_rule(self._vocab.strings.add(str(number)), rule["patterns"])
        self._build_lookups()

    def add(self, key: Any, patterns: Any, **options: Any) -> None:
        """Add a rule as ``Matcher.add`` does (``AttributeRuler.add`` calls it): to the stock
        matcher, which serialisation and ``get`` read, and to the index, which matching reads;
        passed through to the stock matcher alone, a rule added after indexing would never
        match."""
        self.original.add(key, patterns, **options)
        match_id = self._vocab.strings.add(key) if isinstance(key, str) else key
        if options.get("on_match") is not None or options.get("greedy") is not None:
            self._rest.add(match_id, patterns, **options)  # callbacks: the Matcher's own way
        else:
            self._index_rule(match_id, patterns)
        self._build_lookups()

    def _index_rule(self, match_id: int, patterns: list[list[dict[str, Any]]]) -> None:
        table_rows = _table_rows(patterns)
        if table_rows is None:
            self._rest.add(match_id, patterns)
            return
        shape, rows = table_rows
        table = self._tables.setdefault(shape, defaultdict(list))
        strings = self._vocab.strings
        for values in rows:
            key = tuple(int(v) if isinstance(v, bool) else strings.add(v) for v in values)
            table[key].append(match_id)

    def _build_lookups(self) -> None:
        from spacy.attrs import IDS

        #: the attributes every shape reads, as columns of one ``to_array`` call
        columns = [key for key in _TOKEN_ATTRIBUTES if any(key in s for s in self._tables)]
        self._columns = [IDS[key] for key in columns]  # ids: names cost a look-up per call
        # itemgetter of one column gives the value itself, of several a tuple: keys to match
        self._shapes = [
            (
                itemgetter(*(columns.index(key) for key in shape)),
                {(key[0] if len(key) == 1 else key): ids for key, ids in table.items()},
            )
            for shape, table in self._tables.items()
        ]

    def __call__(self, doc: Any, allow_missing: bool = False, as_spans: bool = False) -> Any:
        matches = (
            list(self._rest(doc, allow_missing=allow_missing, as_spans=False))
            if len(self._rest)
            else []
        )
        rows = []
        if self._columns and len(doc):
            # ``to_array`` of one column is flat: rows of one value each, as the shapes read them
            array = doc.to_array(self._columns)
            rows = array.reshape(len(doc), len(self._columns)).tolist()
        for i, row in enumerate(rows):
            for values_of, table in self._shapes:
                ids = table.get(values_of(row))
                if ids:
                    matches.extend((match_id, i, i + 1) for match_id in ids)
        if as_spans:
            from spacy.tokens import Span

            return [Span(doc, start, end, label=key) for key, start, end in matches]
        return matches

    def __getattr__(self, name: str) -> Any:
        # pattern look-ups (``get``, ``len``) and serialisation read the stock matcher; ``add``
        # is this class's own, so a rule added after indexing matches too
        return getattr(self.original, name)


def _table_rows(
    patterns: list[list[dict[str, Any]]],
) -> tuple[tuple[str, ...], list[tuple[Any, ...]]] | None:
    """A one-token equality rule as its shape and the value tuples it matches; None for any
    other rule (several patterns or tokens, operators, regular expressions, other attributes)."""
    if len(patterns) != 1 or len(patterns[0]) != 1:
        return None
    spec = patterns[0][0]
    if not spec or any(key not in _TOKEN_ATTRIBUTES for key in spec):
        return None
    shape = tuple(sorted(spec))
    choices: list[list[Any]] = []
    for key in shape:
        value = spec[key]
        if isinstance(value, dict):
            if set(value) != {"IN"} or not all(isinstance(v, str) for v in value["IN"]):
                return None
            choices.append(list(dict.fromkeys(value["IN"])))
        elif isinstance(value, bool if key == "IS_SPACE" else str):
            choices.append([value])
        else:
            return None
    return shape, list(product(*choices))


def index_attribute_ruler(nlp: Any) -> Any:
    """``nlp`` with its attribute ruler's matcher replaced by :class:`IndexedRulerMatcher`."""
    if "attribute_ruler" not in nlp.component_names:
        return nlp
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler.matcher, IndexedRulerMatcher):
        ruler.matcher = IndexedRulerMatcher(ruler)
    return nlp
