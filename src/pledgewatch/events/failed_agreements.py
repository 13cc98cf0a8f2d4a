"""A failure to agree is no act of either side: "failed to reach agreement" codes nothing.

"Palestinians and Israelis failed to reach agreement on the fate of the offices" was coded as a
negated intent to cooperate (030 negated) for each side. That reading says something false: a
negated intent is a side's not agreeing *to do* something, and the five-class view reads any 03
as cooperation. Nor is the failure a rejection (12) by one side of the other's proposal: whose
position failed is not said, and the seventeenth pass measured coding it 120 both ways (PLOVER
fell: the gold lists no target, and the commitment grader read the 120 as a refusal). What
happened is the talks, which are coded where they are named ("despite hours of negotiations",
"the summit ... failed to reach agreement"); the failed agreement itself is a past fact with no
actor's deed, so :func:`failed_agreement` drops it. Only the generic agreement code (030) under a
"fail" cue is dropped: "failed to keep its promise" or "failed to stop the launch" are other acts.
"""

from __future__ import annotations

from pledgewatch.events.modality import ModalityReading

#: The code of agreeing (an intent to cooperate, not specified).
AGREEMENT_CODE = "030"
#: The lemma of the verb whose negation is a failure.
_FAIL = "fail"


def failed_agreement(code: str, reading: ModalityReading) -> bool:
    """Is the event an agreement negated by "failed" ("failed to reach agreement", "failed to
    agree on a statement")?"""
    cue = (reading.cue or "").lower()
    return code == AGREEMENT_CODE and reading.modality == "negated" and cue.startswith(_FAIL)
