"""The reporting-cue lexicon: reporting verbs by stance, source phrases, hearsay cues.

Both the reporting chain above a commitment (:mod:`.attribution`) and the attribution
finder of the benchmark (:mod:`.attribution_spans`) read the same cue file,
``reporting_verbs.yaml``; this module compiles it once per path.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from pledgewatch.commitments.lexicon import CueLexicon, data_path, load_yaml, plain_stems
from pledgewatch.yaml_lists import word_list


@dataclass(frozen=True, slots=True)
class ReportingCues:
    """The compiled reporting-verb lexicon."""

    verb_stance: dict[str, str]
    chain_stances: frozenset[str]
    according_to: CueLexicon
    quoted_as: frozenset[str]
    anonymous_speakers: CueLexicon
    anonymous_adverbs: frozenset[str]
    anonymous_impersonal: CueLexicon
    speaker_pronouns: frozenset[str]
    anaphoric_pronouns: frozenset[str]
    quote_marks: frozenset[str]
    nominal_content_stances: frozenset[str] = frozenset()
    infinitive_content_verbs: frozenset[str] = frozenset()
    stance_adjectives: frozenset[str] = frozenset()
    parenthetical_verbs: frozenset[str] = frozenset()
    stance_nouns: frozenset[str] = frozenset()
    speech_stances: frozenset[str] = frozenset({"neutral", "assertive", "doubt"})
    light_verbs: frozenset[str] = frozenset()
    speech_nouns: frozenset[str] = frozenset()
    clarity_words: frozenset[str] = frozenset()
    light_verb_pairs: frozenset[str] = frozenset()
    share_words: frozenset[str] = frozenset()
    noun_object_verbs: frozenset[str] = frozenset()
    holderless_stance_nouns: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()  # "the country", "the allies": actors unnamed
    speaker_inclusive_nouns: frozenset[str] = frozenset()  # "the two sides": the speaker's too
    anonymity_phrases: CueLexicon | None = None  # "on condition of anonymity"
    nameless_speaker_nouns: frozenset[str] = frozenset()  # "Egyptian security sources"
    editorial_labels: frozenset[str] = frozenset()  # "Correction:", "Source:": no speaker
    citing_words: frozenset[str] = frozenset()  # "citing X": the citer speaks, X is cited
    experiencer_object_verbs: frozenset[str] = frozenset()  # "That worries voters"
    inverted_report_forms: frozenset[str] = frozenset()  # "Said Jones, ...": verb first
    question_subordinators: frozenset[str] = frozenset()  # "asked if ...", "whether"
    speech_event_verbs: frozenset[str] = frozenset()  # "spoke at a rally": no statement alone
    occasion_nouns: frozenset[str] = frozenset()  # "during a speech attacking X": the speaker's
    poll_nouns: frozenset[str] = frozenset()  # "In a recent poll, ...": the poll's finding
    #: verbs of an election's result, which a fronted "poll" does not frame ("won 365 seats")
    poll_result_verbs: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path) -> ReportingCues:
        return _load_reporting(str(path))

    @classmethod
    def default(cls) -> ReportingCues:
        return cls.load(data_path("reporting_verbs.yaml"))

    def lemma_of(self, token: Token) -> str:
        """The lemma of a word as the lexicon knows it.

        The tagger's lemma is sometimes wrong ("hopes" -> "hop"); a plain stem of the word
        that the lexicon lists is taken instead.
        """
        lemma = token.lemma_.lower() or token.lower_
        if lemma in self.verb_stance:
            return lemma
        return next((s for s in plain_stems(token.lower_) if s in self.verb_stance), lemma)

    def stance(self, token: Token) -> str | None:
        """The stance of a reporting verb (by lemma, with a particle: "point out")."""
        lemma = self.lemma_of(token)
        for child in token.children:  # "point out", "refer to X", "rail against X"
            if child.dep_ in ("prt", "prep") and f"{lemma} {child.lower_}" in self.verb_stance:
                return self.verb_stance[f"{lemma} {child.lower_}"]
        return self.verb_stance.get(lemma)

    def stance_of_lemma(self, lemma: str) -> str | None:
        """The stance of a reporting verb given as a lemma ("slam")."""
        return self.verb_stance.get(lemma)

    def opens_chain(self, token: Token) -> bool:
        """A verb that can report a clause below it (speech verbs, belief verbs)."""
        return token.pos_ in ("VERB", "AUX") and self.stance(token) in self.chain_stances

    def is_speech(self, token: Token) -> bool:
        return self.stance(token) in self.speech_stances


@functools.lru_cache(maxsize=8)
def _load_reporting(path: str) -> ReportingCues:
    data = load_yaml(path)
    stance: dict[str, str] = {}
    for name, verbs in (data.get("verbs") or {}).items():
        for verb in verbs or []:
            stance.setdefault(str(verb).lower(), str(name))

    def words(key: str) -> frozenset[str]:
        # through the guard: a bare string is an error, not a set of letters (mend22b)
        return frozenset(word_list(data, key, path)) if key in data else frozenset()

    def lexicon(key: str) -> CueLexicon:
        return CueLexicon.from_lists({key: [str(w) for w in data.get(key) or []]})

    return ReportingCues(
        verb_stance=stance,
        chain_stances=frozenset(data.get("chain_stances") or ["neutral", "assertive", "doubt"]),
        according_to=lexicon("according_to"),
        quoted_as=words("quoted_as"),
        anonymous_speakers=lexicon("anonymous_speakers"),
        anonymous_adverbs=words("anonymous_adverbs"),
        anonymous_impersonal=lexicon("anonymous_impersonal"),
        speaker_pronouns=words("speaker_pronouns"),
        anaphoric_pronouns=words("anaphoric_pronouns"),
        quote_marks=frozenset(str(q) for q in data.get("quote_marks") or []),
        nominal_content_stances=words("nominal_content_stances"),
        infinitive_content_verbs=words("infinitive_content_verbs"),
        stance_adjectives=words("stance_adjectives"),
        parenthetical_verbs=words("parenthetical_verbs"),
        stance_nouns=words("stance_nouns") | words("holderless_stance_nouns"),
        speech_stances=words("speech_stances") or frozenset({"neutral", "assertive", "doubt"}),
        light_verbs=words("light_verbs"),
        speech_nouns=words("speech_nouns"),
        clarity_words=words("clarity_words"),
        light_verb_pairs=words("light_verb_pairs"),
        share_words=words("share_words"),
        noun_object_verbs=words("noun_object_verbs"),
        holderless_stance_nouns=words("holderless_stance_nouns"),
        group_nouns=words("group_nouns"),
        speaker_inclusive_nouns=words("speaker_inclusive_nouns"),
        anonymity_phrases=lexicon("anonymity_phrases"),
        nameless_speaker_nouns=words("nameless_speaker_nouns"),
        editorial_labels=words("editorial_labels"),
        citing_words=words("citing_words"),
        experiencer_object_verbs=words("experiencer_object_verbs"),
        inverted_report_forms=words("inverted_report_forms"),
        question_subordinators=words("question_subordinators"),
        speech_event_verbs=words("speech_event_verbs"),
        occasion_nouns=words("occasion_nouns"),
        poll_nouns=words("poll_nouns"),
        poll_result_verbs=words("poll_result_verbs"),
    )
