"""Turn one line of an ICEWS event file into an events-table row.

ICEWS names actors in words (country, sectors) and gives a CAMEO code and an intensity; this
module turns the names into CAMEO-style codes (``North Korea`` + ``Military`` -> ``PRKMIL``), takes
quad, PENTA and PLOVER from the code table and keeps the story, sentence and place in the
provenance. Id ``icews:<Event ID>`` makes re-import idempotent.
"""

from __future__ import annotations

from typing import Any

from pledgewatch.interop.actor_codes import icews_actor_code
from pledgewatch.interop.codes import lookup_cameo, normalise_cameo
from pledgewatch.interop.gdelt import BadLine, file_name, float_or_none, parse_yyyymmdd
from pledgewatch.interop.layouts import layout

REQUIRED_COLUMNS = ("Event ID", "Event Date", "CAMEO Code")

#: ICEWS columns kept in the provenance of an imported event (besides file, line and id).
PROVENANCE_COLUMNS = (
    "Story ID",
    "Sentence Number",
    "Publisher",
    "Event Text",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
)


class IcewsColumns:
    """Where each ICEWS column is in a file: from its header row, else the standard order."""

    def __init__(self, names: list[str]) -> None:
        self.names = [name.strip() for name in names]
        missing = [name for name in REQUIRED_COLUMNS if name not in self.names]
        if missing:
            raise BadLine(f"ICEWS header lacks the columns {missing}")

    @classmethod
    def standard(cls) -> IcewsColumns:
        return cls(list(layout("icews")))

    @staticmethod
    def is_header(fields: list[str]) -> bool:
        return "Event ID" in (field.strip() for field in fields)

    def named(self, fields: list[str]) -> dict[str, str]:
        if len(fields) > len(self.names):
            raise BadLine(f"{len(fields)} columns, the header names {len(self.names)}")
        padded = fields + [""] * (len(self.names) - len(fields))
        return dict(zip(self.names, padded, strict=True))


def icews_row(fields: list[str], columns: IcewsColumns, *, file: str, line: int) -> dict[str, Any]:
    """The events-table row of one ICEWS line (already split on tabs).

    Raises :class:`BadLine` for a missing id, a bad date, code or intensity.
    """
    named = columns.named(fields)

    def get(column: str) -> str:
        return (named.get(column) or "").strip()

    original_id = get("Event ID")
    if not original_id:
        raise BadLine("empty Event ID")
    date = parse_yyyymmdd(get("Event Date"))
    raw_code = get("CAMEO Code")
    cameo = normalise_cameo(raw_code, zero_dropped=True)
    if cameo is None:
        raise BadLine(f"CAMEO Code {raw_code!r} is not a CAMEO event code")
    info = lookup_cameo(cameo)
    intensity = float_or_none(get("Intensity"), "Intensity")
    provenance: dict[str, Any] = {
        "format": "icews",
        "file": file,
        "line": line,
        "original_id": original_id,
        "source_url": None,
        "source_sectors": get("Source Sectors"),
        "target_sectors": get("Target Sectors"),
    }
    provenance.update({column: get(column) for column in PROVENANCE_COLUMNS})
    return {
        "id": f"icews:{original_id}"[:80],
        "doc_id": None,
        "sentence_id": None,
        "date": date,
        "date_precision": "day",
        "source": icews_actor_code(
            get("Source Name"), get("Source Sectors"), get("Source Country")
        ),
        "target": icews_actor_code(
            get("Target Name"), get("Target Sectors"), get("Target Country")
        ),
        "source_text": get("Source Name") or None,
        "target_text": get("Target Name") or None,
        "cameo": cameo,
        "root": cameo[:2],
        "plover": info.plover if info else None,
        "plover_mode": info.plover_mode if info else None,
        "quad": info.quad if info else None,
        "penta": info.penta if info else None,
        "goldstein": intensity if intensity is not None else (info.goldstein if info else None),
        "modality": "reported",
        "action_text": get("Event Text") or (info.name if info else None),
        "evidence": None,
        "evidence_start": None,
        "evidence_end": None,
        "why": f"imported from ICEWS {file_name(file)}:{line} (CAMEO Code {raw_code})",
        "origin": "icews",
        "provenance": provenance,
    }
