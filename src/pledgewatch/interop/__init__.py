"""Existing event data in and out: GDELT 1.0/2.0 and ICEWS import; CSV/JSONL/Parquet and PLOVER
JSON export.

Imported events land in the same events table as coded ones (origin ``gdelt`` or ``icews``, the
file, line, original id and source URL in ``provenance``), so the ledger's action side and the
trends work on them too::

    from pledgewatch.interop import import_events, export_events
    report = import_events(store, ["20110824.export.CSV.zip"], fmt="gdelt1", actor="PRK")
    export_events(store, "prk.parquet", actor="PRK", since=datetime.date(2011, 1, 1))
"""

from pledgewatch.interop.actor_codes import country_code, icews_actor_code, sector_code
from pledgewatch.interop.codes import lookup_cameo, normalise_cameo
from pledgewatch.interop.export import (
    EVENT_EXPORT_COLUMNS,
    EXPORT_FORMATS,
    checklist_export_frame,
    events_export_frame,
    export_checklist,
    export_events,
    export_frame,
    export_pledges,
    iter_event_export,
    pledges_export_frame,
)
from pledgewatch.interop.importer import ImportReport, import_events, total_bytes
from pledgewatch.interop.layouts import IMPORT_FORMATS, detect_format, layout
from pledgewatch.interop.plover_json import export_plover, plover_record

__all__ = [
    "EVENT_EXPORT_COLUMNS",
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "ImportReport",
    "checklist_export_frame",
    "country_code",
    "detect_format",
    "events_export_frame",
    "export_checklist",
    "export_events",
    "export_frame",
    "export_plover",
    "export_pledges",
    "icews_actor_code",
    "import_events",
    "iter_event_export",
    "layout",
    "lookup_cameo",
    "normalise_cameo",
    "pledges_export_frame",
    "plover_record",
    "sector_code",
    "total_bytes",
]
