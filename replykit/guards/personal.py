"""personal: a reply that could go to anyone reads as "nobody really reads this" (PRINCIPLES 9).

Given the customer's name or comment, the reply must use the name (any inflected form: the Doc
masks it) or something specific from the comment: a number or order id it mentions, or a
content word (same stem; the language's `stop_words` in `lexicons/<lang>/personal.yaml` - function
words and the stock words of every service reply - don't count). With neither given, nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from ..document import Doc
from ..lexicon import load
from ..model import Finding
from ..patterns import language_forms
from .base import Context, finding

ID = "personal"
RULES = {"personal.generic": "warning"}
DEFAULTS: dict[str, Any] = {"min_word_length": 3, "min_common": 4}


@cache
def _stop(lang: str) -> frozenset[str]:
    forms = language_forms(lang)
    words = [forms.fold(str(w)) for w in load(lang, "personal").get("stop_words") or []]
    return frozenset(words) | frozenset(forms.stem(w) for w in words)


def content_stems(doc: Doc, min_length: int) -> dict[str, str]:
    """stem -> first word with that stem, for the words that say something specific."""
    forms, stop = language_forms(doc.lang), _stop(doc.lang)
    stems: dict[str, str] = {}
    for token in doc.words:
        folded = forms.fold(token.text)
        stem = forms.stem(folded)
        if len(folded) >= min_length and folded not in stop and stem not in stop:
            stems.setdefault(stem, token.text)
    return stems


def _same_stem(a: str, b: str, min_common: int) -> bool:
    # Stemmers leave some endings and alternations (Greek παραγγελ/παραγγελι, Polish
    # kurtk/kurtc): stems agreeing in all but their last letter count as the same word.
    if a == b:
        return True
    shorter = min(len(a), len(b))
    common = next((i for i in range(shorter) if a[i] != b[i]), shorter)
    return common >= max(min_common, shorter - 1)


def _numbers(doc: Doc) -> set[str]:
    return {re.sub(r"\W", "", doc.text[m.start:m.end]).casefold()
            for m in doc.masks if m.kind in ("number", "hashtag", "email")}


def _mentions_comment(doc: Doc, comment: Doc, settings: Mapping[str, Any]) -> bool:
    if _numbers(doc) & _numbers(comment):
        return True
    reply = content_stems(doc, settings["min_word_length"])
    theirs = content_stems(comment, settings["min_word_length"])
    return any(_same_stem(a, b, settings["min_common"]) for a in reply for b in theirs)


def check(doc: Doc, ctx: Context, settings: Mapping[str, Any]) -> Iterable[Finding]:
    if not ctx.name and ctx.comment is None:
        return
    if any(m.kind == "name" for m in doc.masks):
        return
    if ctx.comment is not None and _mentions_comment(doc, ctx.comment, settings):
        return
    data = load(doc.lang, "personal")
    topics = []
    if ctx.comment is not None:
        topics = list(content_stems(ctx.comment, settings["min_word_length"]).values())[:4]
    hints = []
    if ctx.name:
        hints.append(str(data.get("use_name", "address {name} by name")).format(name=ctx.name))
    if topics:
        hints.append(str(data.get("use_topic", "answer what they wrote about: {topics}"))
                     .format(topics=", ".join(topics)))
    message = str(data.get("message", "a generic reply: it could go to anyone"))
    yield finding(RULES, "personal.generic", 0, len(doc.text.rstrip()), message, hints,
                  details={"name": ctx.name, "comment_topics": topics})
