"""The values a phrase is filled with: the name in the forms a language addresses people in,
the customer's problem in their own words, and a reference number from the comment.

Everything language-specific (vocative endings, gender of names, titles, complaint cues) is
data in the phrasebook's `names:` and `topic:` sections.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..document import Doc
from .phrasebook import Phrasebook

TOPIC_MAX_CHARS = 70
_TRAILING = re.compile(r"[\s.,;:!?…()\-–—\"'«»„“”]+$")
_LEADING = re.compile(r"^[\s,;:\-–—.…!?\"'«»„“”]+")
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+")
_REFERENCE = re.compile(
    r"^#?(?:[A-Za-z]{1,5}[-‑]?)?\d{4,}[A-Za-z0-9-]*$|^#\d+$|^[A-Za-z]{1,5}[-‑]\d+$")


def _substitute(template: str, values: Mapping[str, str]) -> str:
    """'{vocative}'-style fill of a title template (data, never jinja, never attribute access)."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def _first_rule(rules: list[dict[str, Any]], word: str) -> dict[str, Any] | None:
    for rule in rules or []:
        if re.search(rule["match"], word):
            return rule
    return None


def name_values(name: str | None, book: Phrasebook) -> dict[str, str]:
    """first_name, name, address, and (when the data knows the gender) title and you."""
    if not name or not name.strip():
        return {}
    full = " ".join(name.split())
    first = full.split(" ")[0]
    data = book.data.get("names") or {}
    voc_rule = _first_rule(data.get("vocative"), first)
    address = re.sub(voc_rule["match"], voc_rule["replace"], first) if voc_rule else first
    values = {"name": full, "first_name": first, "address": address}
    gender_rule = _first_rule(data.get("gender"), first)
    if gender_rule:
        fill = {**values, "vocative": address}
        for key, forms in (data.get("titles") or {}).items():
            form = forms.get(gender_rule["gender"])
            if form:
                values[key] = _substitute(form, fill)
    return values


def _clauses(sentence: str, splitter: str | None) -> list[str]:
    if not splitter:
        return [sentence]
    return [c for c in re.split(splitter, sentence) if c and c.strip()]


def _score(text: str, cues: list[re.Pattern[str]]) -> int:
    hits = sum(len(c.findall(text)) for c in cues)
    return hits * 2 + (1 if re.search(r"\d", text) else 0)


def _trim(text: str, strip: list[re.Pattern[str]]) -> str:
    text = _EMOJI.sub("", text)
    text = re.sub(r"@\w+", "", text)
    changed = True
    while changed:
        before = text
        text = _LEADING.sub("", text)
        for pattern in strip:
            text = pattern.sub("", text, count=1)
        changed = text != before
    text = _TRAILING.sub("", " ".join(text.split()))
    if len(text) > TOPIC_MAX_CHARS:
        cut = text[:TOPIC_MAX_CHARS].rsplit(" ", 1)[0]
        text = _TRAILING.sub("", cut) + "…"
    return text


def topic_of(comment: str | None, book: Phrasebook) -> str | None:
    """The customer's problem in their own words: the clause of their comment with the most
    complaint cues (a number counts a little), trimmed of greetings, handles and emoji."""
    if not comment or not comment.strip():
        return None
    data = book.data.get("topic") or {}
    cues = [re.compile(c, re.IGNORECASE) for c in data.get("cues") or []]
    strip = [re.compile(s, re.IGNORECASE) for s in data.get("strip") or []]
    doc = Doc(comment, book.lang)
    best: tuple[int, int, str] | None = None
    for index, (start, end) in enumerate(doc.sentences):
        for clause in _clauses(doc.text[start:end], data.get("clause_split")):
            trimmed = _trim(clause, strip)
            if len(trimmed.split()) < 2:
                continue
            key = (_score(clause, cues), -index, trimmed)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


def reference_of(comment: str | None) -> str | None:
    """An order, ticket or reference number from the comment (not a date, time or amount)."""
    if not comment:
        return None
    doc = Doc(comment, "en")
    for mask in doc.masks:
        token = doc.text[mask.start : mask.end]
        if mask.kind == "number" and _REFERENCE.match(token) and not re.search(r"[:/.,]", token):
            return token
    return None
