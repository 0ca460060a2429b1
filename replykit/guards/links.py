"""links: a list of links is not an answer (PRINCIPLES 11).

More than `max_links` links, or a link with no words of a sentence around it, is a link dump.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..document import Doc
from ..lexicon import load
from ..model import Finding
from .base import Context, finding

ID = "links"
RULES = {"links.dump": "warning"}
DEFAULTS: dict[str, Any] = {"max_links": 1, "min_words_around": 3}


def check(doc: Doc, ctx: Context, settings: Mapping[str, Any]) -> Iterable[Finding]:
    links = [m for m in doc.masks if m.kind == "url"]
    if not links:
        return
    messages = load(doc.lang, "links").get("messages", {})
    if len(links) > settings["max_links"]:
        yield finding(
            RULES, "links.dump", links[0].start, links[-1].end,
            messages.get("too_many", "{count} links: answer in words and keep one link at most")
            .format(count=len(links)),
        )
        return
    for link in links:
        start, end = doc.sentence_of(link.start)
        words = [t for t in doc.words if start <= t.start < end]
        if len(words) < settings["min_words_around"]:
            yield finding(
                RULES, "links.dump", link.start, link.end,
                messages.get("bare", "a bare link: say in a sentence what it is and why it helps"),
            )
