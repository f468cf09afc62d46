"""The command line: parse options, call the core, print. No logic lives here."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from drafter import config as config_mod
from drafter.errors import DrafterError

app = typer.Typer(
    help="Fill the notes of a saved job page and draft a grounded cover letter.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
F = TypeVar("F", bound=Callable[..., Any])

PageArg = Annotated[
    Path, typer.Argument(help="The saved job page (Notion export, Markdown or text).")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print a machine-readable result.")]


def handles_errors(func: F) -> F:
    """Turn a DrafterError into one line on stderr and the error's exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DrafterError as exc:
            typer.echo(f"drafter: error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("drafter: interrupted", err=True)
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def command(*args: Any, **kwargs: Any) -> Callable[[F], F]:
    def register(func: F) -> F:
        return app.command(*args, **kwargs)(handles_errors(func))

    return register


def emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


@command()
def show(page: PageArg, as_json: JsonOpt = False) -> None:
    """Show what drafter understood of a page: title, properties, sections, job description."""
    from drafter import report

    data = report.page_report(page, config_mod.load())
    if as_json:
        emit_json(data)
    else:
        typer.echo(report.format_page(data))


@command("profile")
def profile_cmd(
    path: Annotated[Path, typer.Argument(help="Resume: YAML, JSON Resume, Markdown or text.")],
    as_json: JsonOpt = False,
) -> None:
    """Show the person's name, contact and the numbered facts drafter reads from a profile."""
    from drafter import profile, report

    loaded = profile.load(path)
    if as_json:
        emit_json(loaded.to_dict())
    else:
        typer.echo(report.format_profile(loaded))


@command("config")
def config_cmd(as_json: JsonOpt = False) -> None:
    """Print the effective settings and where each came from (the API key masked)."""
    rows = config_mod.load().describe()
    if as_json:
        emit_json({name: {"value": value, "source": source} for name, value, source in rows})
        return
    width = max(len(name) for name, _, _ in rows)
    for name, value, source in rows:
        typer.echo(f"{name:<{width}}  {value or '-'}  ({source})")


def main() -> None:
    app(prog_name="drafter")
