"""The small parser's known misreadings, repaired in order on each parsed sentence.

Each repair lives in its own module and says there what it mends; this module only runs them,
in the order they depend on one another (a verb read as a participle is re-hung before a
headline is parsed again for a verb it lacks, a headline's subject list is joined before its
passive or verb list is read, conjuncts are moved last). Moved out of
:mod:`pledgewatch.events.coder` unchanged, to keep the coder under its size; new repairs are
added here.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from pledgewatch.events.apposed_predicates import restore_apposed_predicate
from pledgewatch.events.attachments import (
    restore_compound_noun,
    restore_frontier_with,
    restore_possessor_scope,
)
from pledgewatch.events.distant_agents import restore_distant_agent
from pledgewatch.events.effort_infinitives import restore_effort_infinitive
from pledgewatch.events.guest_participles import restore_guest_participle
from pledgewatch.events.halt_lists import restore_halt_list
from pledgewatch.events.headline_passives import restore_headline_passive
from pledgewatch.events.headline_verb_lists import restore_verb_list
from pledgewatch.events.headlines import (
    restore_characterisation,
    restore_copula_less_predicate,
    restore_headline_verb,
    restore_misread_auxiliary,
    restore_reduced_relative_verb,
    restore_subject_list,
)
from pledgewatch.events.joined_names import restore_joined_name
from pledgewatch.events.lexicon import Lexicon
from pledgewatch.events.listed_destinations import restore_listed_destination
from pledgewatch.events.misread_names import restore_misread_first_name
from pledgewatch.events.modal_conjuncts import restore_modal_conjunct
from pledgewatch.events.named_issuers import restore_named_issuers
from pledgewatch.events.past_conjuncts import restore_past_conjunct, restore_speaker_conjunct
from pledgewatch.events.postposed_speakers import restore_postposed_speaker
from pledgewatch.events.resized_measures import restore_resized_measure
from pledgewatch.events.speaker_participles import restore_speaker_participle
from pledgewatch.events.temporal_passives import restore_temporal_passive

__all__ = ["RepairContext", "repair_parse"]


@dataclass(frozen=True)
class RepairContext:
    """What the repairs read: the pipeline (to parse a sentence again), the lexicon, the modal
    auxiliaries and reporting verbs of the modality cues, the characterising verbs."""

    nlp: Any
    lexicon: Lexicon
    modal_auxiliaries: frozenset[str]
    #: the pipes a second parse leaves out (asked each time, as the coder decides it lazily)
    disabled_pipes: Callable[[], list[str]]
    reporting_verbs: Collection[str]
    characterising: frozenset[str]


def repair_parse(sentence: Any, ctx: RepairContext) -> None:
    """Run every repair on ``sentence`` (a parsed span of its Doc), in order."""
    restore_misread_first_name(sentence, ctx.lexicon)
    restore_halt_list(sentence, ctx.lexicon)
    restore_frontier_with(sentence, ctx.lexicon)
    restore_compound_noun(sentence)
    restore_guest_participle(sentence, ctx.lexicon)  # "met visiting envoy X"
    restore_resized_measure(sentence, ctx.lexicon)  # "condemned X and widened sanctions"
    restore_possessor_scope(sentence)
    restore_listed_destination(sentence, ctx.lexicon)  # "adds X, Y and Z to the sanctions list"
    restore_copula_less_predicate(sentence, ctx.lexicon)
    # a verb read as a participle first: it is there, only misattached
    if not restore_reduced_relative_verb(sentence, ctx.lexicon):
        restore_headline_verb(sentence, ctx.nlp, ctx.lexicon, ctx.disabled_pipes())
        restore_misread_auxiliary(
            sentence, ctx.nlp, ctx.lexicon, ctx.modal_auxiliaries, ctx.disabled_pipes()
        )
    restore_characterisation(sentence, ctx.nlp, ctx.lexicon, ctx.disabled_pipes())
    restore_subject_list(sentence)
    restore_joined_name(sentence)  # "President X and Chinese President Y met"
    restore_headline_passive(sentence, ctx.lexicon)  # "Two journalists arrested"
    restore_verb_list(sentence)  # "X condemns launch, promises response"
    # "X did A after the death of Y was announced": no announcement framing X's act
    restore_temporal_passive(
        sentence, ctx.reporting_verbs, ctx.lexicon.words("@temporal_preposition")
    )
    restore_speaker_participle(sentence, ctx.reporting_verbs)
    # "<clause>, a rights group protested on Monday": the group speaks, it is not protested
    restore_postposed_speaker(
        sentence, ctx.lexicon.words("@complaint_speech"), ctx.lexicon.words("@speaking_noun")
    )
    restore_distant_agent(sentence)  # "was accused of X, much of it Y, by Z"
    restore_named_issuers(sentence, ctx.lexicon)  # "was issued in the name of X, Y and Z"
    restore_effort_infinitive(sentence, ctx.lexicon)  # "would make efforts to resume talks"
    # "should allow X to return and should declare"
    restore_modal_conjunct(sentence, ctx.modal_auxiliaries)
    restore_past_conjunct(sentence, ctx.modal_auxiliaries)  # "would X and called"
    # "said the drill was defensive and urged"
    restore_speaker_conjunct(sentence, ctx.reporting_verbs, ctx.lexicon.words("@speaker_act"))
    restore_apposed_predicate(sentence, ctx.characterising)
