"""The CAMEO code table: each event code's name, root, Goldstein score, classes and PLOVER type.

Every coded event takes its Goldstein score, GDELT quad class, Phoenix penta class and PLOVER
type and mode from here, so the numbers shown to an analyst come from one published table
(``data/cameo/cameo_codes_combined.tsv``; its README gives the provenance and explains why the
quad and penta schemes disagree on roots 09, 14 and 16). Gaps in a row are filled from the
nearest ancestor code (1213 → 121 → 12), so every known code answers every question.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from pathlib import Path

from pledgewatch.errors import ConfigError

#: PLOVER dropped CAMEO's 02 APPEAL and files "all requests, demands, and orders" under
#: REQUEST (PLOVER manual, section REQUEST); the table leaves 02 blank, so 02x codes get REQUEST.
#: 01 MAKE PUBLIC STATEMENT has no PLOVER type at all.
PLOVER_FOR_DROPPED_ROOTS: dict[str, str] = {"02": "REQUEST"}

#: CAMEO roots of armed force used: assault (18), fight (19), unconventional mass violence (20).
#: One set for every module that asks "is this an act of force?"; composition.FORCE_ROOTS is
#: wider on purpose (what de-escalation answers also takes a show of force, 15, or coercion, 17).
ARMED_FORCE_ROOTS = frozenset({"18", "19", "20"})

DEFAULT_CODE_TABLE = (
    Path(__file__).resolve().parents[1] / "data" / "cameo" / "cameo_codes_combined.tsv"
)

_COLUMNS = (
    "code",
    "root",
    "name_gdelt",
    "goldstein_gdelt",
    "goldstein_phoenix_pipeline",
    "quad_gdelt",
    "quad_gdelt_name",
    "penta_phoenix",
    "penta_phoenix_name",
    "plover_event",
    "plover_mode",
    "plover_context",
    "plover_comment",
)


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """What the table says about one CAMEO code, gaps filled from its ancestors."""

    code: str
    name: str
    root: str
    goldstein: float
    quad: int
    penta: int
    plover: str | None
    plover_mode: str | None


class CodeTable:
    """CAMEO codes read once from the TSV table; look codes up with :meth:`info`.

    Example::

        table = CodeTable.default()
        table.info("1711").quad      # 4 (material conflict)
        table.info("14").penta       # 4 in the Phoenix scheme, while quad is 3
    """

    def __init__(self, rows: dict[str, dict[str, str]], path: Path | None = None) -> None:
        self.path = path
        self._rows = rows
        self._cache: dict[str, CodeInfo] = {}
        for code in rows:
            self._check_root(code)

    @classmethod
    def load(cls, path: str | Path = DEFAULT_CODE_TABLE) -> CodeTable:
        """Read a table in the ``cameo_codes_combined.tsv`` layout (comment lines start with #)."""
        return _load_table(str(path))

    @classmethod
    def default(cls) -> CodeTable:
        """The table shipped with pledgewatch, loaded once per process."""
        return _load_table(str(DEFAULT_CODE_TABLE))

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._rows

    def __len__(self) -> int:
        return len(self._rows)

    def codes(self) -> list[str]:
        """Every code in the table, in file order (roots before their children)."""
        return list(self._rows)

    def info(self, code: str) -> CodeInfo:
        """Everything known about ``code``; raises :class:`KeyError` for a code not in the table."""
        cached = self._cache.get(code)
        if cached is not None:
            return cached
        if code not in self._rows:
            raise KeyError(f"CAMEO code {code!r} is not in the code table {self.path}")
        info = CodeInfo(
            code=code,
            name=self._own(code, "name_gdelt")
            or self._own(code, "plover_comment")
            or self._inherited(code, "name_gdelt"),
            root=code[:2],
            goldstein=float(self._inherited(code, "goldstein_gdelt", "goldstein_phoenix_pipeline")),
            quad=int(self._inherited(code, "quad_gdelt")),
            penta=int(self._inherited(code, "penta_phoenix")),
            plover=self._plover(code),
            plover_mode=self._own(code, "plover_mode") or None,
        )
        self._cache[code] = info
        return info

    def name(self, code: str) -> str:
        return self.info(code).name

    def ancestors(self, code: str) -> list[str]:
        """``code`` and the shorter codes above it that are in the table: 1711 → [1711, 171, 17]."""
        return [code[:n] for n in range(len(code), 1, -1) if code[:n] in self._rows]

    def _own(self, code: str, column: str) -> str:
        return (self._rows[code].get(column) or "").strip()

    def _inherited(self, code: str, *columns: str) -> str:
        for ancestor in self.ancestors(code):
            for column in columns:
                value = self._own(ancestor, column)
                if value:
                    return value
        raise ConfigError(
            f"code {code} and its ancestors have no {columns[0]}; fill the row in the table",
            path=str(self.path),
        )

    def _plover(self, code: str) -> str | None:
        # A code row names one PLOVER type; a root row may list several (08 -> CONCEDE|RETREAT):
        # the first listed is the root's main type.
        for ancestor in self.ancestors(code):
            value = self._own(ancestor, "plover_event")
            if value:
                return value.split("|")[0]
        return PLOVER_FOR_DROPPED_ROOTS.get(code[:2])

    def _check_root(self, code: str) -> None:
        if not (code.isdigit() and 2 <= len(code) <= 4 and code[:2] in self._rows):
            raise ConfigError(
                f"code {code!r} is not 2-4 digits under a root row; fix or remove the row",
                path=str(self.path),
            )


@functools.lru_cache(maxsize=8)
def _load_table(path: str) -> CodeTable:
    file = Path(path)
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read the CAMEO code table: {exc}", path=path) from exc
    body = [line for line in lines if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE)
    missing = [
        c
        for c in ("code", "root", "goldstein_gdelt", "quad_gdelt", "penta_phoenix")
        if c not in (reader.fieldnames or ())
    ]
    if missing:
        raise ConfigError(
            f"the code table lacks the columns {missing}; expected {_COLUMNS}", path=path
        )
    rows: dict[str, dict[str, str]] = {}
    for row in reader:
        code = (row.get("code") or "").strip()
        if code:
            rows[code] = row
    return CodeTable(rows, path=file)
