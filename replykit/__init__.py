"""replykit: draft short, personal replies to customers and guard every reply before it goes out.

    import replykit
    report = replykit.check(text, lang=None, comment=None, name=None, channel=None,
                            history=None, config=None)
    drafts = replykit.draft(comment, name=None, lang=None, tone=None, channel=None,
                            history=None, n=3)
    verdict = replykit.triage(comment, lang=None)

Submodules load on first use, so `import replykit` stays cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

from .model import Finding, ReplykitError, Report  # noqa: E402


def check(text: str, lang: str | None = None, comment: str | None = None, name: str | None = None,
          channel: str | None = None, history: Any = None, config: Any = None, **options: Any) -> Report:
    from .pipeline import check as run_check

    return run_check(text, lang=lang, comment=comment, name=name, channel=channel,
                     history=history, config=config, **options)


def draft(comment: str, name: str | None = None, lang: str | None = None, tone: str | None = None,
          channel: str | None = None, history: Any = None, n: int = 3, **options: Any):
    """Up to `n` drafts (text, ok, findings, report) that pass every guard."""
    from .drafting import draft as run_draft

    return run_draft(comment, name=name, lang=lang, tone=tone, channel=channel,
                     history=history, n=n, **options)


def triage(comment: str, lang: str | None = None):
    """The kind of an incoming comment, whether to reply, and why (.kind, .should_reply, .reasons)."""
    from .triage import triage as run_triage

    return run_triage(comment, lang=lang)


__all__ = ["Finding", "Report", "ReplykitError", "__version__", "check", "draft", "triage"]
