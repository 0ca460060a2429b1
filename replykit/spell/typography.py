"""Typography rules: each a regex from the language's grammar.yaml, or one of three checks that
need more than a regex (doubled words, unbalanced brackets and quotes, a lower-case start).

Matches inside links, e-mails, handles and numbers never count (10:30, acme.com/a?b=1).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from ..document import Doc

Hit = tuple[str, int, int, list[str]]  # rule id, start, end, suggestions
_PAIRS = {")": "(", "]": "[", "}": "{", "»": "«"}
# Curly double quotes pair up three ways: English/Greek “…”, Polish „…”, Russian/Ukrainian „…“.
# So “ closes a „ and otherwise opens; ” closes either opener.
_CLOSES_QUOTE = {"”": ("„", "“"), "“": ("„",)}


@lru_cache(maxsize=256)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.MULTILINE)


def _masked(doc: Doc, start: int, end: int) -> bool:
    mask = doc.mask_at(start, end)
    return mask is not None and mask.kind in ("url", "email", "handle", "number", "hashtag")


def regex_hits(doc: Doc, rule: Mapping[str, Any]) -> Iterator[Hit]:
    pattern = rule.get("regex")
    if not pattern:
        return
    unless = [_compile(u) for u in rule.get("unless_regex") or []]
    for m in _compile(pattern).finditer(doc.text):
        if _masked(doc, m.start(), m.end()):
            continue
        if any(_covers(u, doc.text, m) for u in unless):
            continue
        replacement = rule.get("replace")
        suggestions = [m.expand(replacement)] if isinstance(replacement, str) else []
        yield rule["id"], m.start(), m.end(), suggestions


def _covers(unless: re.Pattern[str], text: str, m: re.Match[str]) -> bool:
    """True when an exception match overlaps the hit (ό,τι around the comma it holds)."""
    for u in unless.finditer(text, max(0, m.start() - 8), min(len(text), m.end() + 8)):
        if u.start() <= m.start() and m.end() <= u.end():
            return True
    return False


def doubled_words(doc: Doc, allowed: set[str]) -> Iterator[Hit]:
    tokens = doc.tokens
    for prev, token in zip(tokens, tokens[1:], strict=False):
        if prev.mask or token.mask or token.lower != prev.lower or token.lower in allowed:
            continue
        if (
            doc.text[prev.end : token.start].strip() == ""
            and "\n" not in doc.text[prev.end : token.start]
        ):
            yield "grammar.doubled-word", prev.start, token.end, [prev.text]


def unbalanced(doc: Doc, ignore: list[str]) -> Iterator[Hit]:
    text = doc.text
    for pattern in ignore:  # smileys ":)", list markers "1)" are not brackets
        text = _compile(pattern).sub(lambda m: " " * len(m.group()), text)
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if _masked(doc, i, i + 1):
            continue
        top = stack[-1][0] if stack else None
        if ch in _CLOSES_QUOTE and top in _CLOSES_QUOTE[ch]:
            stack.pop()
        elif ch in "([{«„“":
            stack.append((ch, i))
        elif ch in _PAIRS or ch == "”":
            if top is not None and top == _PAIRS.get(ch):
                stack.pop()
            else:
                yield "grammar.unbalanced", i, i + 1, []
    for _, i in stack:
        yield "grammar.unbalanced", i, i + 1, []
    straight = [i for i, ch in enumerate(text) if ch == '"' and not _masked(doc, i, i + 1)]
    if len(straight) % 2:
        yield "grammar.unbalanced", straight[-1], straight[-1] + 1, []


def lowercase_starts(
    doc: Doc, continues_after: list[str], abbreviations: list[str]
) -> Iterator[Hit]:
    previous_end = None
    for start, end in doc.sentences:
        before = doc.text[:start].rstrip()
        first = doc.text[start]
        if previous_end is not None and _continues(before, continues_after, abbreviations):
            previous_end = end
            continue
        previous_end = end
        word = re.match(r"[^\W\d_]+", doc.text[start:])
        if not first.isalpha() or not first.islower() or _masked(doc, start, start + 1):
            continue
        if word and any(ch.isupper() for ch in word.group()[1:]):
            continue  # iPhone, eBay: brand names that start in lower case
        if doc.mask_at(start, start + 1):
            continue
        yield (
            "grammar.lowercase-start",
            start,
            start + (len(word.group()) if word else 1),
            [first.upper() + (word.group()[1:] if word else "")],
        )


def _continues(before: str, continues_after: list[str], abbreviations: list[str]) -> bool:
    """The sentence goes on: the previous piece ended with a mark that does not end sentences
    in this language (";" outside Greek, an ellipsis) or with an abbreviation (e.g., т.е.)."""
    if any(before.endswith(mark) for mark in continues_after):
        return True
    lowered = before.casefold()
    return any(
        lowered.endswith(" " + a.casefold()) or lowered == a.casefold() for a in abbreviations
    )
