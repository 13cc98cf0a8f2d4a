"""The documentation promises: every CLI command is in the README, the public API is sorted."""

from __future__ import annotations

from pathlib import Path

import pledgewatch
from pledgewatch.cli import build_app

README = Path(__file__).resolve().parents[1] / "README.md"


def command_names() -> list[str]:
    import typer.main

    group = typer.main.get_command(build_app())
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_is_documented_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [name for name in command_names() if f"pledgewatch {name}" not in text]
    assert not missing, f"README.md lacks a section showing: {missing}"


def test_every_command_has_help_with_an_example() -> None:
    import typer.main

    group = typer.main.get_command(build_app())
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help and "Example:" in command.help, f"{name} --help lacks an example"


def test_public_api_is_sorted_and_importable() -> None:
    assert pledgewatch.__all__ == sorted(pledgewatch.__all__)
    for name in pledgewatch.__all__:
        assert hasattr(pledgewatch, name)


def test_readme_shows_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert "make demo" in text and "make test" in text


def test_cli_reference_is_current() -> None:
    import importlib.util

    path = README.parent / "scripts" / "cli_reference.py"
    spec = importlib.util.spec_from_file_location("cli_reference", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    current = (README.parent / "docs" / "cli.md").read_text(encoding="utf-8")
    assert module.render() == current, "docs/cli.md is stale: run scripts/cli_reference.py"
