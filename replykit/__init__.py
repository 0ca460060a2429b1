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

from .model import Finding, Report, ReplykitError  # noqa: E402


def check(text: str, lang: str | None = None, comment: str | None = None, name: str | None = None,
          channel: str | None = None, history: Any = None, config: Any = None, **options: Any) -> Report:
    from .pipeline import check as run_check

    return run_check(text, lang=lang, comment=comment, name=name, channel=channel,
                     history=history, config=config, **options)


__all__ = ["Finding", "Report", "ReplykitError", "__version__", "check"]
