"""grammar: careless typography reads as "we don't care" (PRINCIPLES 7).

Built in and offline: typography rules as data in `lexicons/<lang>/grammar.yaml` (regexes with
examples) plus three checks in code (doubled words, unbalanced brackets and quotes, a sentence
starting in lower case). When a LanguageTool server is configured (`languagetool_url` or
REPLYKIT_LANGUAGETOOL_URL) its grammar matches are added as `grammar.lt.<RULE_ID>`; a server that
is down, slow or broken costs one `grammar.unavailable` warning, never the report.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import Any

from ..document import Doc
from ..lexicon import load
from ..model import Finding
from ..spell import typography
from .base import Context, finding

ID = "grammar"
RULES = {
    "grammar.doubled-word": "warning",
    "grammar.repeated-punctuation": "warning",
    "grammar.space-before-punctuation": "warning",
    "grammar.missing-space-after-punctuation": "warning",
    "grammar.unbalanced": "warning",
    "grammar.lowercase-start": "warning",
    "grammar.double-space": "info",
    "grammar.question-mark": "warning",
    "grammar.quotes": "info",
    "grammar.unavailable": "warning",
}
DYNAMIC_RULE_PREFIXES = ("grammar.lt.",)
DEFAULTS: dict[str, Any] = {
    "languagetool_url": "",  # e.g. http://localhost:8081 ; else REPLYKIT_LANGUAGETOOL_URL
    "languagetool_timeout": 3.0,  # seconds per request; a slow server costs one warning
    "languagetool_severity": "warning",
    # LanguageTool rules replykit already checks itself (typography) or leaves to Hunspell.
    "languagetool_disabled_rules": [
        "WHITESPACE_RULE",
        "UPPERCASE_SENTENCE_START",
        "DOUBLE_PUNCTUATION",
        "COMMA_PARENTHESIS_WHITESPACE",
        "UNPAIRED_BRACKETS",
        "EN_UNPAIRED_BRACKETS",
        "ENGLISH_WORD_REPEAT_RULE",
        "WORD_REPEAT_RULE",
        "TOO_LONG_SENTENCE",
    ],
}
ENV_URL = "REPLYKIT_LANGUAGETOOL_URL"


def check(doc: Doc, ctx: Context, settings: Mapping[str, Any]) -> Iterable[Finding]:
    data = load(doc.lang, "grammar")
    messages: Mapping[str, str] = data.get("messages", {})
    for rule_id, start, end, suggestions in _typography(doc, data):
        yield finding(RULES, rule_id, start, end, messages.get(rule_id, rule_id), suggestions)
    url = settings["languagetool_url"] or os.environ.get(ENV_URL, "")
    if url:
        yield from _languagetool(doc, url, settings, messages)


def _typography(doc: Doc, data: Mapping[str, Any]) -> Iterable[typography.Hit]:
    settings = data.get("typography", {})
    hits: list[typography.Hit] = []
    for rule in data.get("rules") or []:
        hits.extend(typography.regex_hits(doc, rule))
    hits.extend(
        typography.doubled_words(doc, {w.casefold() for w in settings.get("allowed_doubles", [])})
    )
    hits.extend(typography.unbalanced(doc, settings.get("not_brackets", [])))
    hits.extend(
        typography.lowercase_starts(
            doc, settings.get("continues_after", []), settings.get("abbreviations", [])
        )
    )
    seen: set[tuple[str, int]] = set()
    for hit in sorted(hits, key=lambda h: (h[1], h[0])):
        if (hit[0], hit[1]) not in seen:
            seen.add((hit[0], hit[1]))
            yield hit


def _languagetool(
    doc: Doc, url: str, settings: Mapping[str, Any], messages: Mapping[str, str]
) -> Iterable[Finding]:
    from ..spell.languagetool import LanguageToolUnavailable, check_text

    try:
        matches = check_text(
            url,
            doc.lang,
            doc.text,
            float(settings["languagetool_timeout"]),
            disabled=list(settings["languagetool_disabled_rules"]),
        )
    except LanguageToolUnavailable as exc:
        yield finding(
            RULES,
            "grammar.unavailable",
            0,
            0,
            messages.get(
                "grammar.unavailable", "LanguageTool at {url} did not answer: {reason}"
            ).format(url=url, reason=exc),
            details={"url": url, "reason": str(exc)},
        )
        return
    for match in matches:
        if doc.mask_at(match.start, match.end):
            continue  # LanguageTool does not know the customer's name or our order codes
        yield Finding(
            rule=f"grammar.lt.{match.rule_id}",
            severity=str(settings["languagetool_severity"]),
            message=match.message,
            start=match.start,
            end=match.end,
            suggestions=match.replacements[:3],
            details={"source": "languagetool", "category": match.category},
        )
