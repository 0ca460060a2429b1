"""length: be brief (PRINCIPLES 6).

Channel budgets (`limits`, characters unless said otherwise):

| channel   | budget | why |
|-----------|--------|-----|
| twitter   | 280    | the platform's hard limit, counted as Twitter counts: links 23, emoji 2 |
| sms       | 2 segments | 160 GSM-7 / 70 UCS-2 characters a segment (153 / 67 joined); |
|           |        | Cyrillic and Greek letters need UCS-2 |
| facebook  | 600    | a comment read in a feed; the platform allows 8,000, readers don't |
| instagram | 500    | the platform allows 2,200; a comment longer than a screen is skipped |
| chat      | 500    | one chat bubble that fits a phone screen |
| email     | 1,500  | a short e-mail: a few paragraphs |

Without a channel there is no hard limit; long sentences, walls of text and readability are
still checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..document import Doc
from ..lexicon import load
from ..model import Finding
from ..readability import score
from .base import Context, finding

ID = "length"
RULES = {
    "length.too-long": "error",
    "length.long-sentence": "warning",
    "length.wall-of-text": "warning",
    "length.hard-to-read": "info",
}
DEFAULTS: dict[str, Any] = {
    "limits": {"twitter": 280, "facebook": 600, "instagram": 500, "chat": 500, "email": 1500},
    "sms_segments": 2,
    "max_sentence_words": 30,
    "max_paragraph_chars": 450,
    "readability_min_words": 15,
    "max_flesch_difficulty": 75.0,  # Flesch reading ease below 25: "very difficult"
    "max_lix": 60.0,  # LIX above 60: "very difficult"
}

_TWITTER_URL_WEIGHT = 23
# Twitter counts these code point ranges as one; everything else (CJK, emoji...) as two.
_TWITTER_LIGHT = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))
_GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€"
)


def twitter_length(doc: Doc) -> int:
    """The length Twitter shows: links count 23, wide characters and emoji count 2."""
    total = 0
    last = 0
    for mask in doc.masks:
        if mask.kind == "url":
            total += _weigh(doc.text[last : mask.start]) + _TWITTER_URL_WEIGHT
            last = mask.end
    return total + _weigh(doc.text[last:])


def _weigh(text: str) -> int:
    total = 0
    for ch in text:
        if 0xFE00 <= ord(ch) <= 0xFE0F or ch == "\u200d":
            continue  # parts of an emoji sequence, already counted with its base
        code = ord(ch)
        total += 1 if any(lo <= code <= hi for lo, hi in _TWITTER_LIGHT) else 2
    return total


def sms_segments(text: str) -> int:
    if all(ch in _GSM7 for ch in text):
        single, joined = 160, 153
    else:
        single, joined = 70, 67
    length = len(text)
    return 1 if length <= single else -(-length // joined)


def check(doc: Doc, ctx: Context, settings: Mapping[str, Any]) -> Iterable[Finding]:
    messages = load(doc.lang, "length").get("messages", {})
    yield from _too_long(doc, ctx.channel, settings, messages)
    yield from _long_sentences(doc, settings, messages)
    yield from _walls(doc, settings, messages)
    yield from _readability(doc, settings, messages)


def _too_long(doc, channel, settings, messages) -> Iterable[Finding]:
    if channel == "sms":
        used, limit = sms_segments(doc.text.strip()), settings["sms_segments"]
        unit = "SMS segments"
    elif channel in settings["limits"]:
        limit = settings["limits"][channel]
        used = twitter_length(doc) if channel == "twitter" else len(doc.text.strip())
        unit = "characters"
    else:
        return
    if used > limit:
        template = messages.get("too_long", "{used} {unit}; {channel} allows {limit}: cut it down")
        yield finding(RULES, "length.too-long", 0, len(doc.text),
                      template.format(used=used, limit=limit, unit=unit, channel=channel),
                      details={"length": used, "limit": limit, "unit": unit})


def _long_sentences(doc, settings, messages) -> Iterable[Finding]:
    for start, end in doc.sentences:
        count = sum(1 for t in doc.tokens if start <= t.start < end)
        if count > settings["max_sentence_words"]:
            template = messages.get("long_sentence", "a sentence of {count} words: split it")
            yield finding(RULES, "length.long-sentence", start, end,
                          template.format(count=count, limit=settings["max_sentence_words"]),
                          details={"words": count})


def _walls(doc, settings, messages) -> Iterable[Finding]:
    offset = 0
    for paragraph in doc.text.split("\n"):
        stripped = paragraph.strip()
        if len(stripped) > settings["max_paragraph_chars"]:
            start = offset + paragraph.index(stripped[0])
            template = messages.get("wall", "{count} characters without a break: a wall of text")
            yield finding(RULES, "length.wall-of-text", start, start + len(stripped),
                          template.format(count=len(stripped), limit=settings["max_paragraph_chars"]),
                          details={"characters": len(stripped)})
        offset += len(paragraph) + 1


def _readability(doc, settings, messages) -> Iterable[Finding]:
    if len(doc.words) < settings["readability_min_words"]:
        return
    result = score(doc)
    if result is None:
        return
    limit = settings["max_flesch_difficulty"] if result.formula == "flesch" else settings["max_lix"]
    if result.difficulty > limit:
        template = messages.get("hard", "hard to read ({formula} {score}): shorter words and sentences")
        yield finding(RULES, "length.hard-to-read", 0, len(doc.text),
                      template.format(formula=result.formula.upper(), score=result.score),
                      details={"formula": result.formula, "score": result.score})
