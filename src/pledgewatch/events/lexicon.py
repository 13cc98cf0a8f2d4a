"""The event lexicon: verb and noun patterns mapped to CAMEO codes, and how they combine.

The patterns live in data files under ``data/lexicon/`` (``verbs.tsv``, ``nouns.tsv``,
``compose.tsv``, ``word_classes.tsv``, ``irregular_verbs.tsv``, ``rejection_idioms.tsv``), each
with a header that says what it is, where it comes from and how to extend it. This module
reads them once, checks them (unknown codes, duplicate ids and unknown word classes are a
:class:`ConfigError` naming the line), and answers two questions for the extractor: which
pattern best fits a trigger word with these dependents and objects
(:meth:`Lexicon.best_pattern`), and what code a speech-act verb and the event in its complement
make together (:meth:`Lexicon.compose`).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pledgewatch.errors import ConfigError
from pledgewatch.events.codetable import CodeTable
from pledgewatch.word_classes import WORD_CLASSES_FILE, read_rows, read_word_classes

LEXICON_DIR = Path(__file__).resolve().parents[1] / "data" / "lexicon"
LEXICON_FILES = (
    "verbs.tsv",
    "nouns.tsv",
    "compose.tsv",
    "word_classes.tsv",
    "irregular_verbs.tsv",
    "modality.yaml",
    "rejection_idioms.tsv",
    # read by events/talks_walkouts.py and events/home_territories.py; part of the coder's version
    "state_pairs.yaml",
    "currency_prefixes.yaml",  # read by events/actor_phrases.py; part of the coder's version
    "named_groups.yaml",  # read by events/named_groups.py; part of the coder's version
    "declared_ends.yaml",  # read by events/declared_ends.py; part of the coder's version
)

#: Families whose complement is what is promised, asked, demanded, refused or threatened.
SPEECH_ACT_FAMILIES = frozenset({"intent", "appeal", "demand", "reject", "threaten"})
#: Families that consume their complement into one combined event.
CONSUMING_FAMILIES = SPEECH_ACT_FAMILIES | {"halt", "light", "attempt"}
#: Families whose complement stays an event of its own (reported, alleged or denied).
FRAMING_FAMILIES = frozenset({"say", "accuse", "deny"})
KNOWN_FAMILIES = CONSUMING_FAMILIES | FRAMING_FAMILIES

#: compose() results that are not codes.
KEEP = "keep"

ACTOR_OBJECT = "@ACTOR"
#: In an object column: the object of the pattern's own preposition is an actor
#: ("return.v_to+place": "returned to Yongbyon", a visit); added to the object words by
#: :func:`actor_mark`.
ACTOR_PREP_OBJECT = "@ACTOR_PREP"

Kind = Literal["verb", "noun", "adj"]


#: The families a rejection idiom composes by (rejection_idioms.tsv column ``family``).
IDIOM_FAMILIES = frozenset({"reject", "halt"})


@dataclass(frozen=True, slots=True)
class RejectionIdiom:
    """A predicate that refuses its subject ("out of the question"; rejection_idioms.tsv)."""

    phrase: str
    #: True: the phrase rejects as it stands; False: only when negated ("not an option")
    rejects: bool
    #: a word class the subject noun must belong to ("@proposal"), or None for any event
    subject_class: str | None
    #: how the speaker's act composes with the subject's event (compose.tsv): "reject" (a
    #: refusal, "out of the question") or "halt" (a declared end, "the talks were over")
    family: str = "reject"


@dataclass(frozen=True, slots=True)
class Pattern:
    """One lexicon line: a trigger lemma, what must go with it, and the code it supports."""

    id: str
    kind: Kind
    lemma: str
    child: str | None
    requires: tuple[frozenset[str], ...]
    code: str | None
    family: str | None
    flags: frozenset[str]

    @property
    def specificity(self) -> int:
        """Each required word group counts 2 (an "is an actor" group 1), a required child 1."""
        groups = sum(
            1 if group in ({ACTOR_OBJECT}, {ACTOR_PREP_OBJECT}) else 2 for group in self.requires
        )
        return groups + (1 if self.child else 0)

    @property
    def symmetric(self) -> bool:
        return "sym" in self.flags

    @property
    def topic_only(self) -> bool:
        return "topic" in self.flags

    @property
    def of_role(self) -> str:
        return "source" if "of=source" in self.flags else "target"

    @property
    def complement_code(self) -> str | None:
        """The code with a clausal complement (flag ``complement=CODE``): "called Putin" is a
        phone call (041), "called Putin to withdraw" an appeal (020)."""
        for flag in self.flags:
            if flag.startswith("complement="):
                return flag.split("=", 1)[1]
        return None

    @property
    def own_act_code(self) -> str | None:
        """The code when the verb's content is the speaker's own act of force (flag
        ``own=CODE``): "X claimed that it had attacked Y" claims responsibility (015)."""
        for flag in self.flags:
            if flag.startswith("own="):
                return flag.split("=", 1)[1]
        return None

    @property
    def between_states_code(self) -> str | None:
        """The code when a state does it to another state (flag ``states=CODE``): "used force"
        is repression (175) by police on protesters, a fight (190) of one country on another."""
        for flag in self.flags:
            if flag.startswith("states="):
                return flag.split("=", 1)[1]
        return None

    def fits(self, children: set[str], words: set[str], object_is_actor: bool) -> bool:
        if self.child and self.child not in children:
            return False
        for group in self.requires:
            if group & words:
                continue
            if object_is_actor and ACTOR_OBJECT in group:
                continue
            return False
        return True


class Lexicon:
    """Verb, adjective and noun patterns indexed by lemma, plus the composition table."""

    def __init__(
        self,
        patterns: Iterable[Pattern],
        compose_rules: dict[str, dict[str, str]],
        irregular: dict[str, tuple[str, ...]],
        digest: str = "",
        classes: dict[str, frozenset[str]] | None = None,
        rejection_idioms: Iterable[RejectionIdiom] = (),
        folder: Path | None = None,
    ) -> None:
        #: the folder the lexicon was read from, for its files read by other modules
        #: (state_pairs.yaml); None for a lexicon built in code
        self.folder = folder
        self.by_kind: dict[str, dict[str, list[Pattern]]] = {"verb": {}, "noun": {}, "adj": {}}
        for pattern in _inherit_framing_family(list(patterns)):
            self.by_kind[pattern.kind].setdefault(pattern.lemma, []).append(pattern)
        self.compose_rules = compose_rules
        self.irregular = irregular
        self.digest = digest
        self.classes = classes or {}
        #: longest phrase first, so "on the table" is tried before a shorter phrase
        self.rejection_idioms = sorted(rejection_idioms, key=lambda r: -len(r.phrase))
        self.trigger_words, self.conditional_triggers = self._trigger_words()

    @classmethod
    def default(cls) -> Lexicon:
        return load_lexicon(str(LEXICON_DIR))

    def patterns(self, kind: Kind, lemma: str) -> list[Pattern]:
        return self.by_kind[kind].get(lemma, [])

    def has(self, kind: Kind, lemma: str) -> bool:
        return lemma in self.by_kind[kind]

    def best_pattern(
        self,
        kind: Kind,
        lemmas: Iterable[str],
        children: set[str],
        words: set[str],
        object_is_actor: bool = False,
        accept: Callable[[Pattern], bool] | None = None,
    ) -> Pattern | None:
        """The most specific pattern of any of ``lemmas`` that fits and that ``accept`` (when
        given) passes: the first lemma with such a pattern wins, and within it the most
        specific pattern (earlier lines win ties)."""
        best: Pattern | None = None
        for lemma in lemmas:
            for pattern in self.by_kind[kind].get(lemma, ()):
                if accept is not None and not accept(pattern):
                    continue
                if not pattern.fits(children, words, object_is_actor):
                    continue
                if best is None or pattern.specificity > best.specificity:
                    best = pattern
            if best is not None:
                return best
        return best

    def compose(self, family: str, content: str, _depth: int = 0) -> str | None:
        """The code of ``family`` applied to an event coded ``content``.

        Returns a CAMEO code, :data:`KEEP` (the verb keeps its own code) or None (no event).
        """
        rules = self.compose_rules.get(family)
        if not rules or _depth > 3:
            return KEEP
        result = None
        for n in range(len(content), 1, -1):
            result = rules.get(content[:n])
            if result is not None:
                break
        if result is None:
            result = rules.get("*", KEEP)
        if result == "content":
            return content
        if result == "none":
            return None
        if result in self.compose_rules:
            return self.compose(result, content, _depth + 1)
        return result

    def words(self, name: str) -> frozenset[str]:
        """The words of a class in word_classes.tsv ("@unconventional_agent"); empty if absent."""
        return self.classes.get(name.lower(), frozenset())

    def _sentence_words(self, pattern: Pattern) -> frozenset[str]:
        """The words of a pattern's ``sentence=@class`` flag (one must be in the sentence for
        the pre-parse filter to parse it), or nothing."""
        for flag in pattern.flags:
            if flag.startswith("sentence=@"):
                return self.words(flag.removeprefix("sentence="))
        return frozenset()

    def _trigger_words(self) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
        """Forms that can start an event, for the pre-parse filter.

        Returns the unconditional triggers (a lemma with a pattern that needs nothing else:
        "seize", "attack") and the conditional ones, each with the words one of which must also
        be in the sentence ("have" only with "lunch", "call", ...; "open" with "border", "talks").
        Every form is given as the lemma, its crude stem and its irregular forms.
        """
        unconditional: set[str] = set()
        conditional: dict[str, set[str]] = {}
        for kind in ("verb", "noun", "adj"):
            for lemma, patterns in self.by_kind[kind].items():
                coded = [p for p in patterns if p.code is not None and not p.topic_only]
                if not coded:
                    continue  # light and halt verbs and topic nouns need another trigger
                forms = {lemma, *self.irregular.get(lemma, ())}
                if kind != "adj":  # adjectives do not inflect: "willing" is not a form of "will"
                    forms.add(crude_stem(lemma))
                # "sentence=@class": the pattern codes only beside a word of the class ("left"
                # a site needs posted staff), so a sentence without one is no trigger of it
                in_sentence = {p.id: self._sentence_words(p) for p in coded}
                free = [p for p in coded if not in_sentence[p.id]]
                if any(
                    not p.requires or any(g & {ACTOR_OBJECT, ACTOR_PREP_OBJECT} for g in p.requires)
                    for p in free
                ):
                    unconditional |= forms
                    continue
                needed = {w for p in free for w in p.requires[0]}
                needed |= {w for words in in_sentence.values() for w in words}
                needed |= {crude_stem(w) for w in needed}
                for form in forms:
                    conditional.setdefault(form, set()).update(needed)
        for form in unconditional:
            conditional.pop(form, None)
        return frozenset(unconditional), {k: frozenset(v) for k, v in conditional.items()}

    def sentence_has_trigger(self, words: list[str]) -> bool:
        """Could these lower-case words hold an event? (cheap test on unparsed tokens)"""
        keys = [(w, prefilter_stem(w)) for w in words]
        pending: list[frozenset[str]] = []
        for word, stem in keys:
            if word in self.trigger_words or stem in self.trigger_words:
                return True
            needed = self.conditional_triggers.get(word) or self.conditional_triggers.get(stem)
            if needed:
                pending.append(needed)
        if not pending:
            return False
        present = {w for pair in keys for w in pair}
        return any(needed & present for needed in pending)


def _inherit_framing_family(patterns: list[Pattern]) -> list[Pattern]:
    """An accusing or denying verb keeps its family in its specific patterns too:
    "accused X of espionage" (1125) still takes "of ..." as the allegation."""
    framing = {(p.kind, p.lemma): p.family for p in patterns if p.family in ("accuse", "deny")}
    out = []
    for p in patterns:
        inherited = framing.get((p.kind, p.lemma))
        if p.family is None and inherited is not None and p.code is not None:
            p = Pattern(p.id, p.kind, p.lemma, p.child, p.requires, p.code, inherited, p.flags)
        out.append(p)
    return out


#: Words that look like verb forms but work as prepositions ("according" is not "accord").
_PREPOSITIONAL_FORMS = frozenset(
    {"according", "including", "following", "regarding", "concerning", "during", "pending", "given"}
)


# bounded: a long run's vocabulary keeps growing; every sentence's words pass through here
@functools.lru_cache(maxsize=200_000)
def prefilter_stem(word: str) -> str:
    """The pre-filter's stem of a lower-case word (see :meth:`Lexicon.sentence_has_trigger`):
    its :func:`crude_stem`, or the word itself if it works as a preposition ("according")."""
    return word if word in _PREPOSITIONAL_FORMS else crude_stem(word)


def crude_stem(word: str) -> str:
    """A rough stem, the same for a lemma and its regular forms ("seized"/"seizes" -> "seiz").

    Used only to pre-filter sentences before parsing, so over-matching is harmless and cheap.
    """
    w = word.lower()
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith(("ied", "ies")):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith("ed") or len(w) > 4 and w.endswith("es"):
        w = w[:-2]
    elif len(w) == 4 and w.endswith("ed"):
        w = w[:-1]  # "used", "sued", "tied": the lemma plus "d"
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if len(w) > 2:  # "free"/"freed", "flee"/"fled": the lemma's "e"s and the form's alike
        w = w.rstrip("e") or w
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiou":
        w = w[:-1]
    return w


# -- loading ---------------------------------------------------------------------------------


def _dash(value: str) -> str | None:
    return None if value in ("", "-") else value


def _requires(
    spec: str | None, classes: dict[str, frozenset[str]], where: str
) -> tuple[frozenset[str], ...]:
    if not spec:
        return ()
    groups = []
    for group in spec.split("&"):
        words: set[str] = set()
        for word in group.split("|"):
            word = word.strip().lower()
            if word in (ACTOR_OBJECT.lower(), ACTOR_PREP_OBJECT.lower()):
                words.add(word.upper())
            elif word.startswith("@"):
                if word not in classes:
                    raise ConfigError(
                        f"{where}: unknown word class {word}; define it in word_classes.tsv"
                    )
                words |= classes[word]
            elif word:
                words.add(word)
        groups.append(frozenset(words))
    return tuple(groups)


def _check_code(code: str | None, table: CodeTable, where: str) -> None:
    if code is not None and code not in table:
        raise ConfigError(f"{where}: CAMEO code {code} is not in the code table")


@functools.lru_cache(maxsize=4)
def load_lexicon(directory: str) -> Lexicon:
    """Read and check every lexicon file in ``directory`` (cached per directory)."""
    folder = Path(directory)
    table = CodeTable.default()
    classes = read_word_classes(folder / WORD_CLASSES_FILE)
    irregular = {
        row["lemma"]: tuple(row["forms"].split())
        for _, row in read_rows(folder / "irregular_verbs.tsv")
    }
    patterns: list[Pattern] = []
    seen: set[str] = set()
    for filename, default_kind, object_column in (
        ("verbs.tsv", "verb", "object"),
        ("nouns.tsv", "noun", "modifier"),
    ):
        for n, row in read_rows(folder / filename):
            where = f"{folder / filename} line {n}"
            pid = row["id"]
            if pid in seen:
                raise ConfigError(f"{where}: duplicate pattern id {pid!r}; ids must be unique")
            seen.add(pid)
            flags = frozenset(f for f in (row.get("flags") or "-").split(",") if f and f != "-")
            family = _dash(row.get("family", "-"))
            if family is not None and family not in KNOWN_FAMILIES:
                raise ConfigError(
                    f"{where}: unknown family {family!r}; use one of {sorted(KNOWN_FAMILIES)}"
                )
            code = _dash(row["code"])
            _check_code(code, table, where)
            kind: Kind = "adj" if "adj" in flags else default_kind  # type: ignore[assignment]
            patterns.append(
                Pattern(
                    id=pid,
                    kind=kind,
                    lemma=row["lemma"].lower(),
                    child=_dash(row.get("child", "-")),
                    requires=_requires(_dash(row[object_column]), classes, where),
                    code=code,
                    family=family,
                    flags=flags,
                )
            )
    compose_rules: dict[str, dict[str, str]] = {}
    for n, row in read_rows(folder / "compose.tsv"):
        where = f"{folder / 'compose.tsv'} line {n}"
        result = row["result"]
        # a result may name a family or a pseudo-family of the rows above ("command")
        if result not in (KEEP, "content", "none", *KNOWN_FAMILIES, *compose_rules):
            _check_code(result, table, where)
        compose_rules.setdefault(row["family"], {})[row["content"]] = result
    idioms = []
    idiom_file = folder / "rejection_idioms.tsv"
    for n, row in read_rows(idiom_file) if idiom_file.is_file() else []:
        where = f"{idiom_file} line {n}"
        subject = _dash(row["subject"])
        subject = None if subject == "any" else subject
        if row["rejects"] not in ("yes", "negated"):
            raise ConfigError(
                f"{where}: rejects must be 'yes' or 'negated', not {row['rejects']!r}"
            )
        if subject is not None and subject.lower() not in classes:
            raise ConfigError(f"{where}: unknown word class {subject!r} (word_classes.tsv)")
        family = _dash(row.get("family", "-")) or "reject"
        if family not in IDIOM_FAMILIES:
            raise ConfigError(f"{where}: family must be one of {sorted(IDIOM_FAMILIES)}")
        phrase = row["phrase"].lower()
        idioms.append(RejectionIdiom(phrase, row["rejects"] == "yes", subject, family))
    return Lexicon(
        patterns,
        compose_rules,
        irregular,
        digest=files_digest(folder, LEXICON_FILES),
        classes=classes,
        rejection_idioms=idioms,
        folder=folder,
    )


def files_digest(folder: Path, names: Iterable[str]) -> str:
    """A short hash of the named files' bytes (missing files count as empty)."""
    digest = hashlib.sha256()
    for name in names:
        path = folder / name
        digest.update(name.encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def actor_mark(mention: object | None) -> frozenset[str]:
    """The pseudo-word :data:`ACTOR_PREP_OBJECT` when a pattern's preposition has an actor as
    its object (``mention``), to add to the object words; nothing otherwise."""
    return frozenset({ACTOR_PREP_OBJECT}) if mention is not None else frozenset()
