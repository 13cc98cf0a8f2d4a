"""The commitments stage: how firm a promise is, who says so, and what exactly was promised.

Grades every promise, offer, demand, refusal and reported statement the event coder finds
(:class:`CommitmentGrader`), flags headlines that overstate their story
(:func:`headline_flags`), compares two accounts of one agreement (:func:`compare_readouts`)
and lists who said what in a text (:func:`reported_speech`). Cue lexicons and the topic
taxonomy are data files under ``pledgewatch/data/commitments/``.
"""

from pledgewatch.commitments.compare import ReadoutComparison, compare_readouts
from pledgewatch.commitments.grader import CommitmentGrader
from pledgewatch.commitments.headline import headline_flags
from pledgewatch.commitments.reported_speech import ReportedSpeech, reported_speech
from pledgewatch.commitments.standalone import (
    commitment_triggers,
    finding_for,
    mentions_for_names,
    parse_with_headline,
    standalone_findings,
)
from pledgewatch.commitments.topics import FALLBACK_TOPIC, TopicTaxonomy

__all__ = [
    "FALLBACK_TOPIC",
    "CommitmentGrader",
    "ReadoutComparison",
    "ReportedSpeech",
    "TopicTaxonomy",
    "commitment_triggers",
    "compare_readouts",
    "finding_for",
    "headline_flags",
    "mentions_for_names",
    "parse_with_headline",
    "reported_speech",
    "standalone_findings",
]
