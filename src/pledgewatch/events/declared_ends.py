"""An agentless verdict in a statement's own voice is its issuer's act.

A statement printed in its issuer's voice declares things with no actor in the sentence: "The
talks are dead." "The treaty is null and void." "There will be no more negotiations." No
sentence names who ends the talks, yet the statement's issuer does: it is breaking off the
negotiations (164, as "halted the talks" is) or renouncing the agreement (127, as
:mod:`pledgewatch.events.renounced_bonds` codes "would no longer abide by the armistice").
:class:`DeclaredEnds` reads such a verdict in a parsed sentence and codes it with the issuer
:class:`~pledgewatch.events.statement_voice.StatementVoice` gives it (the publisher of a
statement, or the author of a printed text's header); it is never called for a news report's
own sentence ("The talks are dead, analysts say" is nobody's act).

Two shapes, with words from ``data/lexicon/declared_ends.yaml``:

* a linking verb, the sentence's main verb (or one joined to it: not a clause another
  speaker says, "Seoul claims the talks are dead"), whose subject is a noun of an ended class
  (``ended_codes``: talks -> ``@negotiations``, 164; an agreement -> ``@bond``, 127) and whose
  predicate is exactly a verdict (``verdicts``, plus the halt idioms of
  ``rejection_idioms.tsv``: "are over"); "are not dead", "are over the limit" are none;
* an existential "there will be no more / no further X", "there will no longer be X"
  (``no_more``): the end of X from now on, coded future. A plain "there will be no talks"
  refuses talks not yet held and is left alone, as is a hedged "there may be no more talks".

The verdict is asserted ("are dead") or future (with a future auxiliary: "will be over"); a
hedging auxiliary ("may", "could") leaves it uncoded. The declared thing's own event ("talks",
046) is dropped from the sentence's events: the talks are ended, not held.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pledgewatch.events.lexicon import LEXICON_DIR
from pledgewatch.events.modality import LINKING_VERBS, ModalityReading
from pledgewatch.yaml_lists import read_code_lists, read_word_yaml, word_list

if TYPE_CHECKING:
    from pledgewatch.events.actor_phrases import ActorIndex, Argument
    from pledgewatch.events.extract import RawEvent
    from pledgewatch.events.lexicon import Lexicon
    from pledgewatch.events.modality import ModalityCues

__all__ = [
    "DeclarationWords",
    "DeclaredEnds",
    "in_issuers_voice",
    "load_declaration_words",
    "other_parties",
    "voice_pattern",
]

#: The pattern ids of acts read in a statement's voice: this module's verdicts, the
#: fates of :mod:`~pledgewatch.events.voiced_fates`.
VOICED_PATTERN_PREFIXES = ("declared:", "voiced:")

#: The file of this module's words, in the lexicon folder.
DECLARED_ENDS_FILE = "declared_ends.yaml"
#: Dependents of a linking verb that hold its predicate ("are [dead]", "is [a dead letter]").
_PREDICATE_DEPS = frozenset({"acomp", "attr", "prep", "oprd", "advmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class DeclarationWords:
    """The words of ``declared_ends.yaml`` (see its header)."""

    statement_kinds: frozenset[str]
    verdicts: frozenset[str]
    no_more: frozenset[str]
    backshifted_future: frozenset[str]
    #: word class -> code, in the file's order
    ended_codes: tuple[tuple[str, str], ...]


@lru_cache(maxsize=4)
def load_declaration_words(path: str | None = None) -> DeclarationWords:
    """The words of ``declared_ends.yaml`` at ``path`` (the shipped file when None), cached."""
    file = Path(path) if path else Path(LEXICON_DIR) / DECLARED_ENDS_FILE
    data = read_word_yaml(file)
    codes = read_code_lists(file, "ended_codes", "word class")
    return DeclarationWords(
        statement_kinds=frozenset(word_list(data, "statement_kinds", str(file))),
        verdicts=frozenset(word_list(data, "verdicts", str(file))),
        no_more=frozenset(word_list(data, "no_more", str(file))),
        backshifted_future=frozenset(word_list(data, "backshifted_future", str(file))),
        ended_codes=tuple((name, found[0]) for name, found in codes.items()),
    )


def declaration_words_of(lexicon: Lexicon) -> DeclarationWords:
    """The declaration words of ``lexicon``'s folder when it has its own file, else shipped."""
    own = lexicon.folder / DECLARED_ENDS_FILE if lexicon.folder is not None else None
    return load_declaration_words(str(own) if own is not None and own.is_file() else None)


class DeclaredEnds:
    """Reads the agentless verdicts of a sentence spoken in an issuer's voice."""

    def __init__(self, lexicon: Lexicon, cues: ModalityCues) -> None:
        self.words = declaration_words_of(lexicon)
        halts = {i.phrase for i in lexicon.rejection_idioms if i.family == "halt" and i.rejects}
        self.verdicts = self.words.verdicts | halts
        self.classes = tuple((lexicon.words(name), code) for name, code in self.words.ended_codes)
        #: every noun of a thing that can be declared ended
        self.ended_nouns = frozenset(w for members, _ in self.classes for w in members)
        self.future_aux = cues.future_aux
        self.hedging_aux = cues.hypothetical_aux
        #: the auxiliaries of a verdict said to come: "will", or "would" under a past "said"
        self.said_ahead_aux = cues.future_aux | self.words.backshifted_future

    def is_statement(self, kind: str | None) -> bool:
        """Is a document of this kind printed in its publisher's own voice?"""
        return kind is not None and kind.lower() in self.words.statement_kinds

    def cue_words(self) -> frozenset[str]:
        """Words one of which an unparsed sentence must hold to be worth parsing for a
        verdict (the verdicts' first words and "no")."""
        return frozenset({v.split()[0] for v in self.verdicts} | {"no"})

    def read(
        self, sentence: Any, issuer: Argument, raws: list[RawEvent], actors: ActorIndex | None
    ) -> list[RawEvent]:
        """The issuer's declared ends in ``sentence``, as events, aimed at the other party the
        ended thing names ("the talks with Seoul are over": Seoul; none named, no target); the
        ended things' own events are taken out of ``raws``."""
        from pledgewatch.events.actions import Action
        from pledgewatch.events.extract import RawEvent

        found: list[RawEvent] = []
        root = sentence.root
        for verb in sentence:
            if verb.lemma_.lower() not in LINKING_VERBS or verb.pos_ not in ("AUX", "VERB"):
                continue
            if verb != root and not (verb.dep_ == "conj" and verb.head == root):
                continue  # "Seoul claims the talks are dead": another's words, not the issuer's
            reading = self._modality(verb)
            ended = self._ended(verb) if reading is not None else None
            if reading is None or ended is None:
                continue
            thing, code, words = ended
            raws[:] = [r for r in raws if r.trigger.i != thing.i]
            action = Action(verb, voice_pattern("declared:" + words.replace(" ", "_"), code))
            there = next((c for c in verb.children if c.dep_ == "expl"), None)
            said = (
                verb.doc[there.i : thing.i + 1].text
                if there is not None
                else f"{thing.text} {verb.text} {words}"
            )
            why = f"'{said}' in the voice of the statement of {issuer.mention.code} ⇒ {code}"
            if reading.cue:
                why += f"; {reading.modality} ('{reading.cue}')"
            others: list[Argument | None] = [*other_parties(thing, issuer, actors)] or [None]
            found.extend(
                RawEvent(
                    action=action,
                    code=code,
                    source=issuer,
                    target=other,
                    modality=reading,
                    role="main",
                    why=why + (f" ({other.describe()})" if other is not None else ""),
                    tokens=[verb, thing] + ([other.head] if other is not None else []),
                )
                for other in others
            )
        return found

    def _modality(self, verb: Any) -> ModalityReading | None:
        """Asserted, or future with a future auxiliary; None when hedged ("may be over")."""
        auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        if any(a in self.hedging_aux for a in auxiliaries):
            return None
        future = next((a for a in auxiliaries if a in self.future_aux), None)
        return ModalityReading("future", future) if future else ModalityReading("asserted")

    def _ended(self, verb: Any, *, said: bool = False) -> tuple[Any, str, str] | None:
        """(the ended thing's token, the code, the verdict's words) of a linking verb, or None."""
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "the talks are not dead"
        if any(c.dep_ == "expl" for c in verb.children):
            return self._none_more(verb)
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        predicate = [c for c in verb.children if c.dep_ in _PREDICATE_DEPS and c.i > verb.i]
        if len(subjects) != 1 or not predicate:
            return None
        code = self._code_of(subjects[0])
        words = _phrase(verb, predicate)
        if said and words not in self.verdicts:
            # "said the truce would become invalid on May 5": the verdict said to come, without
            # the phrase of its day ("the talks were over by noon" in a statement is no verdict)
            bare = [c for c in predicate if c.dep_ != "prep"]
            words = _phrase(verb, bare) if bare else words
        if code is None or words not in self.verdicts:
            return None
        return subjects[0], code, words

    def ended_by(self, verb: Any) -> tuple[Any, str, str] | None:
        """(the ended thing's token, the code, the verdict's words) of a linking verb ("the
        truce would become invalid"), or None; its modality is the caller's to read."""
        return self._ended(verb, said=True)

    def _none_more(self, verb: Any) -> tuple[Any, str, str] | None:
        """ "There will be no more talks", "there will no longer be talks"."""
        ended_on_verb = any(
            c.lower_ in self.words.no_more and any(g.lower_ == "no" for g in c.children)
            for c in verb.children
        )
        for thing in verb.children:
            if thing.dep_ not in ("attr", "nsubj") or thing.i < verb.i:
                continue
            code = self._code_of(thing)
            if code is None:
                continue
            more = next((c for c in thing.children if c.lower_ in self.words.no_more), None)
            # "no" on the noun, or on "more" ("[no more] talks", as the small parser has it)
            near = list(thing.children) + (list(more.children) if more is not None else [])
            no = any(c.lower_ == "no" for c in near)
            if ended_on_verb and not no:
                return thing, code, "no longer"
            if no and more is not None:
                return thing, code, f"no {more.lower_}"
        return None

    def _code_of(self, noun: Any) -> str | None:
        words = {noun.lower_, noun.lemma_.lower()}
        return next((code for members, code in self.classes if words & members), None)


def other_parties(thing: Any, issuer: Argument, actors: ActorIndex | None) -> list[Argument]:
    """The actors of a "with" phrase on the ended thing ("talks with the United States"), but
    the issuer's own country."""
    if actors is None:
        return []
    found: list[Argument] = []
    for prep in thing.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj":
                found.extend(actors.actors_of(noun, "with"))
    own = issuer.mention.code[:3]
    return [a for a in found if a.mention.code[:3] != own]


def _phrase(verb: Any, predicate: list[Any]) -> str:
    """The predicate's words after the verb, to the first punctuation, lower case."""
    end = max(c.right_edge.i for c in predicate)
    words: list[str] = []
    for token in verb.doc[verb.i + 1 : end + 1]:
        if token.is_punct:
            break
        words.append(token.lower_)
    return " ".join(words)


def in_issuers_voice(pattern_id: str) -> bool:
    """Was the act read in a statement's own voice? Its doer is the issuer, whatever the
    sentence's subject ("the talks are dead" is no verdict on a thing but the issuer's act)."""
    return pattern_id.startswith(VOICED_PATTERN_PREFIXES)


def voice_pattern(label: str, code: str) -> Any:
    """The pattern that explains an act read in a statement's voice ("declared:dead")."""
    from pledgewatch.events.lexicon import Pattern

    return Pattern(
        id=label,
        kind="verb",
        lemma="be",
        child=None,
        requires=(),
        code=code,
        family=None,
        flags=frozenset(),
    )
