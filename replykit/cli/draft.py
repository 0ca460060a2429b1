"""`replykit draft` and `replykit phrasebook lint`.

Exit codes of `draft`: 0 drafts that pass every guard were written (or the comment is a troll
and gets no reply: a message says so, and JSON has an empty `drafts` list and `message`);
1 no candidate passed the guards (the closest ones are shown with ok=false); 2 bad input, a
missing value the phrasebook needs, or a phrasebook that is refused.
`phrasebook lint`: 0 clean, 1 problems (one line each), 2 bad input.
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ..model import CHANNELS, LANGUAGES, ReplykitError
from .inputs import read_text

_FORMATS = ("text", "json")
_TONES = ("warm", "neutral", "formal")
_KINDS = ("constructive", "impulsive", "competitor", "troll", "mixed", "question", "praise")


def _choice(value: str | None, allowed: tuple[str, ...], option: str) -> None:
    if value is not None and value not in allowed:
        raise ReplykitError(f"{option} must be one of: {', '.join(allowed)} (got {value!r})")


def draft_command(
    comment: Annotated[str | None, typer.Option(help="The customer message to answer.")] = None,
    comment_file: Annotated[str | None, typer.Option(help="Read the message from a file.")] = None,
    name: Annotated[str | None, typer.Option(help="The customer's name.")] = None,
    lang: Annotated[str | None, typer.Option(help="auto|en|ru|uk|pl|el (default: auto)")] = None,
    tone: Annotated[str | None, typer.Option(help="warm|neutral|formal (default: neutral)")] = None,
    channel: Annotated[str | None, typer.Option(help="|".join(CHANNELS))] = None,
    kind: Annotated[str | None, typer.Option(help="Skip triage: " + "|".join(_KINDS))] = None,
    n: Annotated[int, typer.Option("-n", help="How many distinct drafts.")] = 3,
    history: Annotated[str | None, typer.Option(help="SQLite file or postgresql:// URL.")] = None,
    record: Annotated[bool, typer.Option(help="Store the first draft in history.")] = False,
    phrasebook: Annotated[str | None, typer.Option(help="Your phrasebook folder.")] = None,
    agent: Annotated[str | None, typer.Option(help="Who signs the reply.")] = None,
    brand: Annotated[str | None, typer.Option(help="The company's name.")] = None,
    order: Annotated[str | None, typer.Option(help="Order or ticket reference.")] = None,
    eta: Annotated[str | None, typer.Option(help="When: 'by Friday', 'до пятницы'.")] = None,
    offer: Annotated[str | None, typer.Option(help="What you offer: 'a 10% discount'.")] = None,
    topic: Annotated[str | None, typer.Option(help="The problem, if not the comment's.")] = None,
    account: Annotated[str | None, typer.Option(help="Brand account of the history.")] = None,
    seed: Annotated[int | None, typer.Option(help="Vary the choice reproducibly.")] = None,
    config: Annotated[str | None, typer.Option(help="Config file.")] = None,
    format: Annotated[str, typer.Option("--format", help="text|json")] = "text",
) -> None:
    """Draft short personal replies to a comment; every draft passes every guard."""
    from .. import config as config_module
    from ..drafting import compose_drafts

    _choice(lang, ("auto", *LANGUAGES), "--lang")
    _choice(channel, CHANNELS, "--channel")
    _choice(tone, _TONES, "--tone")
    _choice(kind, _KINDS, "--kind")
    _choice(format, _FORMATS, "--format")
    if (comment is None) == (comment_file is None):
        raise ReplykitError("give the comment with --comment or --comment-file (one of them)")
    if comment_file is not None:
        comment, _ = read_text(comment_file, "comment")
    cfg = config_module.load(config)
    if record and history is None and cfg.history is None:
        raise ReplykitError("--record needs a history: give --history or set it in config")
    result = compose_drafts(
        comment, name, lang, tone, channel, history, n, kind=kind, config=cfg, seed=seed,
        record=record, phrasebooks=phrasebook, account=account, agent=agent, brand=brand,
        order=order, eta=eta, offer=offer, topic=topic,
    )
    if format == "json":
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(_text(result))
    failed = bool(result.drafts) and not any(d.ok for d in result.drafts)
    raise typer.Exit(1 if failed else 0)


def _text(result) -> str:
    head = f"{result.language} · {result.kind}"
    lines = [head]
    if result.message:
        lines.append(result.message)
    for i, d in enumerate(result.drafts, 1):
        lines.append("")
        lines.append(f"[{i}] {'ok' if d.ok else 'BLOCKED'}")
        lines.append(d.text)
        for f in d.findings:
            lines.append(f"    {f.severity}: {f.rule}: {f.message}")
    return "\n".join(lines)


phrasebook_app = typer.Typer(help="Phrasebooks: the words replykit drafts with.",
                             no_args_is_help=True)


@phrasebook_app.command("lint")
def lint_command(
    path: Annotated[str | None, typer.Argument(help="Your phrasebook folder (default: config).")]
    = None,
    lang: Annotated[str | None, typer.Option(help="Only this language.")] = None,
    config: Annotated[str | None, typer.Option(help="Config file.")] = None,
) -> None:
    """Render every phrase with sample values and run the guards on it."""
    from .. import config as config_module
    from ..drafting.lint import lint

    folder = path or config_module.load(config).phrasebooks
    problems = lint(folder, [lang] if lang else None)
    for line in problems:
        typer.echo(line)
    raise typer.Exit(1 if problems else 0)


def register(app: typer.Typer) -> None:
    app.command("draft")(draft_command)
    app.add_typer(phrasebook_app, name="phrasebook")
