"""What every sub-command shares: the store option, the console and the error boundary."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

import typer
from rich.console import Console

from pledgewatch.errors import ConfigError, PledgewatchError
from pledgewatch.store import Store, open_store

P = ParamSpec("P")
R = TypeVar("R")

console = Console()
err_console = Console(stderr=True)

#: Exit status for a run that worked but met bad input (some documents failed).
EXIT_PARTIAL = 1
#: Exit status for an error that stopped the command.
EXIT_ERROR = 2


@dataclass
class CliState:
    """Options given before the sub-command (``pledgewatch --db URL ingest ...``)."""

    db_url: str | None = None

    def store(self) -> Store:
        return open_store(self.db_url)


def state(ctx: typer.Context) -> CliState:
    obj = ctx.find_root().obj
    return obj if isinstance(obj, CliState) else CliState()


def handles_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn a :class:`PledgewatchError` into one red line on stderr and exit status 2."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except PledgewatchError as exc:
            err_console.print(f"[bold red]error[/] [{exc.code}] {exc}", highlight=False)
            raise typer.Exit(EXIT_ERROR) from exc

    return wrapper


def parse_date_option(value: str | None, option: str) -> dt.date | None:
    """A YYYY-MM-DD option value (None or empty stays None), or a ConfigError naming the option."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ConfigError(f"{option} takes a date as YYYY-MM-DD: {value!r} is not a date") from exc


def read_text_argument(text: str) -> str:
    """A TEXT argument, or standard input when it is ``-``."""
    return sys.stdin.read() if text == "-" else text


def echo_json_lines(rows: list[dict[str, Any]]) -> None:
    import json

    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
