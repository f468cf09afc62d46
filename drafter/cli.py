"""The command line: parse options, call the core, print. No logic lives here."""

from __future__ import annotations

import contextlib
import functools
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
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
ProfileOpt = Annotated[
    Path | None,
    typer.Option(
        "--profile",
        "-p",
        help="Your resume (YAML, JSON Resume, Markdown, text); "
        "defaults to `profile` in the config.",
    ),
]
ContextOpt = Annotated[
    list[Path] | None,
    typer.Option("--context", "-c", help="Research notes to add to the prompts (repeatable)."),
]
PromptsOpt = Annotated[
    Path | None, typer.Option("--prompts", help="A folder of templates that override built-ins.")
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option("--base-url", help="An OpenAI-compatible server, e.g. http://localhost:11434/v1."),
]
ModelOpt = Annotated[str | None, typer.Option("--model", "-m", help="Model name to ask for.")]
ModelPathOpt = Annotated[
    Path | None, typer.Option("--model-path", help="A GGUF file for the embedded model.")
]
NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Ask the model again; skip the cache.")
]
DryRunOpt = Annotated[
    bool, typer.Option("--dry-run", help="Print the exact prompts with token counts; call nothing.")
]
ToneOpt = Annotated[
    str,
    typer.Option("--tone", "-t", help="A preset (see `drafter tones`) or words describing one."),
]
ForceOpt = Annotated[
    bool, typer.Option("--force", help="Redo sections that have text (the old text is kept).")
]
SectionOpt = Annotated[
    str | None, typer.Option("--section", "-s", help="Fill only this section (name or alias).")
]
NewOpt = Annotated[
    bool, typer.Option("--new", help="Another variation even if this tone was drafted already.")
]


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


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


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


def spinner(text: str) -> contextlib.AbstractContextManager[object]:
    """A spinner with the time spent on stderr; lines written to stderr meanwhile show above it."""
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    progress.add_task(escape(text), total=None)
    return progress


def _work(
    *,
    page: Path,
    profile: Path | None,
    context: list[Path] | None,
    prompts: Path | None,
    base_url: str | None,
    model: str | None,
    model_path: Path | None,
    no_cache: bool,
    as_json: bool,
    **options: Any,
) -> None:
    """The shared body of fill, draft and run, which pass their parameters on as they are."""
    from drafter import drafting, llm, report

    settings = config_mod.load(
        base_url=base_url, model=model, model_path=model_path, prompts=prompts
    )
    inputs = drafting.load(page, profile, settings, context or ())
    streaming = stdout_is_terminal() and not as_json and not options.get("dry_run")

    def stream(text: str) -> None:
        typer.echo(text, nl=False)

    def notify(message: str) -> None:
        # print, not typer.echo: it finds the spinner's stand-in for sys.stderr, so the line
        # shows above the spinner instead of through it
        print(f"drafter: {message}", file=sys.stderr, flush=True)

    waiting = contextlib.ExitStack()

    def make_client() -> llm.Client:
        if sys.stderr.isatty():  # progress for people; a script's stderr stays for errors
            asking = f"asking {settings.model} at {settings.endpoint or 'the embedded model'}"
            if streaming:  # the letter appearing word by word is the progress
                notify(asking)
            else:
                waiting.enter_context(spinner(f"drafter: {asking}"))
        return llm.build_client(settings, use_cache=not no_cache)

    with waiting:
        result = drafting.execute(
            inputs,
            make_client,
            notify=notify,
            on_text=stream if streaming else None,
            **options,
        )
    if as_json:
        emit_json(report.run_to_dict(result))
    elif result.dry_run:
        typer.echo(report.format_prompts(result.prompts))
    else:
        if streaming and result.letter is not None:
            typer.echo("\n")
        typer.echo(report.format_run(result))


@command()
def fill(
    page: PageArg,
    profile: ProfileOpt = None,
    only: SectionOpt = None,
    force: ForceOpt = False,
    context: ContextOpt = None,
    prompts: PromptsOpt = None,
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    model_path: ModelPathOpt = None,
    no_cache: NoCacheOpt = False,
    dry_run: DryRunOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Fill the empty note sections of a page in place, and nothing else."""
    _work(notes=True, letter=False, **locals())


@command()
def draft(
    page: PageArg,
    profile: ProfileOpt = None,
    tone: ToneOpt = "warm",
    new: NewOpt = False,
    context: ContextOpt = None,
    prompts: PromptsOpt = None,
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    model_path: ModelPathOpt = None,
    no_cache: NoCacheOpt = False,
    dry_run: DryRunOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Draft a cover letter as a new version next to the page (PAGE.drafts/NNN-tone.md)."""
    _work(notes=False, letter=True, **locals())


@command()
def run(
    page: PageArg,
    profile: ProfileOpt = None,
    tone: ToneOpt = "warm",
    force: ForceOpt = False,
    new: NewOpt = False,
    context: ContextOpt = None,
    prompts: PromptsOpt = None,
    base_url: BaseUrlOpt = None,
    model: ModelOpt = None,
    model_path: ModelPathOpt = None,
    no_cache: NoCacheOpt = False,
    dry_run: DryRunOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Fill the note sections and draft a letter in one go (calls run at once against a server)."""
    _work(notes=True, letter=True, **locals())


@command()
def drafts(
    page: PageArg,
    show_n: Annotated[int | None, typer.Option("--show", help="Print version N.")] = None,
    diff: Annotated[
        tuple[int, int] | None, typer.Option("--diff", help="Compare versions A and B.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List the cover-letter versions of a page; --show N prints one, --diff A B compares two."""
    from drafter import report
    from drafter.drafts import DraftStore

    store = DraftStore(page)
    if show_n is not None:
        version = store.get(show_n)
        typer.echo(
            json.dumps(version.summary() | {"text": version.body})
            if as_json
            else version.body.rstrip("\n")
        )
    elif diff is not None:
        typer.echo(store.diff(*diff) or "The two versions are identical.")
    elif as_json:
        emit_json([v.summary() for v in store.versions()])
    else:
        typer.echo(report.format_versions(store.versions()))


@command()
def tones(prompts: PromptsOpt = None, as_json: JsonOpt = False) -> None:
    """List the tone presets for cover letters (--tone also takes free text)."""
    from drafter.prompts import Templates, load_tones

    known = load_tones(Templates(config_mod.load(prompts=prompts)["prompts"]))
    if as_json:
        emit_json(known)
    else:
        width = max(map(len, known))
        for name, description in known.items():
            typer.echo(f"{name:<{width}}  {description}")


@command("prompts")
def prompts_cmd(prompts: PromptsOpt = None, as_json: JsonOpt = False) -> None:
    """List the prompt templates, where each comes from and the section it fills."""
    from drafter.prompts import Templates

    templates = Templates(config_mod.load(prompts=prompts)["prompts"])
    metas = [templates.meta(name) for name in templates.names()]
    if as_json:
        emit_json([asdict(m) for m in metas])
        return
    for m in metas:
        typer.echo(f"{m.name:<13} {m.section or '(cover letter)'}\n{'':<13} {m.path}")


@command()
def evidence(page: PageArg, profile: ProfileOpt = None, as_json: JsonOpt = False) -> None:
    """Show each requirement of the posting with the facts that meet it, and the gaps."""
    from drafter import drafting
    from drafter import evidence as evidence_mod

    inputs = drafting.load(page, profile, config_mod.load())
    if as_json:
        emit_json(inputs.evidence.to_dict())
    else:
        typer.echo(evidence_mod.format_table(inputs.evidence))


@command()
def check(
    draft_file: Annotated[Path, typer.Argument(help="A draft version or any text file.")],
    page: Annotated[Path, typer.Option("--page", help="The job page the draft is for.")],
    profile: ProfileOpt = None,
    context: ContextOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Check a letter or note for claims the profile does not support, placeholders and more."""
    from drafter import drafting, review

    inputs = drafting.load(page, profile, config_mod.load(), context or ())
    findings = inputs.check_file(draft_file)
    if as_json:
        emit_json([f.to_dict() for f in findings])
    else:
        typer.echo(review.format_findings(findings))
    if review.errors(findings):
        raise typer.Exit(1)


def main() -> None:
    app(prog_name="drafter")
