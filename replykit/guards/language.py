"""language: speak the customer's language (PRINCIPLES 8).

With the customer's comment given, the reply must be in the comment's language. Both are
identified by `replykit.langid` (letters, then function words, then py3langid restricted to the
candidates left), so the model is loaded only when a mismatch can't be settled without it.
Replies that are mostly names, links and numbers, or a word or an emoji, are not judged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .. import langid
from ..document import Doc
from ..lexicon import load
from ..model import Finding
from .base import Context, finding

ID = "language"
RULES = {"language.mismatch": "error"}
DEFAULTS: dict[str, Any] = {"min_words": 2, "min_letters": 6, "min_confidence": 0.8}


def _evidence(doc: Doc, settings: Mapping[str, Any]) -> str | None:
    """The words a language can be told from (no names, links, numbers), or None when too few."""
    words = [t.text for t in doc.words if any(ch.isalpha() for ch in t.text)]
    if len(words) < settings["min_words"] or sum(len(w) for w in words) < settings["min_letters"]:
        return None
    return " ".join(words)


def check(doc: Doc, ctx: Context, settings: Mapping[str, Any]) -> Iterable[Finding]:
    if ctx.comment is None:
        return
    reply_text, comment_text = _evidence(doc, settings), _evidence(ctx.comment, settings)
    if reply_text is None or comment_text is None:
        return
    reply_open, comment_open = langid.candidates(reply_text), langid.candidates(comment_text)
    if len(reply_open) == 1 and reply_open == comment_open:
        return  # the letters or function words already say they match: no model needed
    reply, reply_sure = langid.detect_with_confidence(reply_text)
    comment, comment_sure = langid.detect_with_confidence(comment_text)
    # Different scripts (or decisive letters) prove the mismatch; the model must be sure.
    sure = 1.0 if set(reply_open).isdisjoint(comment_open) else min(reply_sure, comment_sure)
    if reply == comment or sure < settings["min_confidence"]:
        return
    data = load(doc.lang, "langmatch")
    names = data.get("language_names") or {}
    message = str(data.get("message", "the comment is in {comment}, the reply in {reply}"))
    words = doc.words
    yield finding(
        RULES, "language.mismatch", words[0].start, words[-1].end,
        message.format(comment=names.get(comment, comment), reply=names.get(reply, reply)),
        details={"reply_language": reply, "comment_language": comment,
                 "confidence": round(sure, 3)},
    )
