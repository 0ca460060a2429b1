"""placeholder: a macro sent with its slots still empty ("Hi {{name}}", "Dear [CUSTOMER]")
tells every reader the reply is a template nobody read.

The slot syntaxes of common help-desk macros are code below; the words people write inside
brackets in each language ("[name]", "[имя клиента]") are data in lexicons/<lang>/placeholder.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from ..document import Doc
from ..lexicon import load
from ..model import Finding
from .base import Context, finding

ID = "placeholder"
RULES = {"placeholder.unfilled": "error"}
DEFAULTS: dict[str, Any] = {}

_SLOT_SYNTAX = re.compile(
    r"\{\{[^{}]{0,60}\}\}"            # jinja / liquid / handlebars: {{ name }}
    r"|\{%[^{}]{0,60}%\}"             # {% if ... %}
    r"|\{\s*[A-Za-z_][\w.]{0,40}\s*\}"  # {name}, {ticket.id}
    r"|%[A-Za-z_][\w.]{1,40}%"         # %name%
    r"|\$\{[^{}]{1,40}\}"              # ${name}
    r"|<<[^<>]{1,40}>>"               # <<name>>
    r"|\[\[[^\[\]]{1,40}\]\]"          # [[name]]
    # [NAME], [Customer Name], [ім'я клієнта]; not a markdown link [text](url)
    r"|\[(?:[^\W\d_]|['’ʼ])+(?:[ _](?:[^\W\d_]|['’ʼ])+){0,3}\](?!\()"
)


@cache
def _bracket_words(lang: str) -> frozenset[str]:
    data = load(lang, "placeholder")
    words = set(load("en", "placeholder").get("slot_words", []))  # English slot names are universal
    words.update(data.get("slot_words", []))
    return frozenset(w.casefold() for w in words)


def _is_slot(match: str, lang: str) -> bool:
    if not match.startswith("[") or match.startswith("[["):
        return True
    inner = match[1:-1].replace("_", " ").strip()
    if inner.isupper() and len(inner) > 1:
        return True  # [NAME], [ORDER NUMBER]
    return any(word in _bracket_words(lang) for word in inner.casefold().split())


def check(doc: Doc, ctx: Context, settings: Mapping[str, Any]) -> Iterable[Finding]:
    message = load(doc.lang, "placeholder").get(
        "message", "an unfilled placeholder: write the real value, or the reply reads as a macro"
    )
    for m in _SLOT_SYNTAX.finditer(doc.text):
        if _is_slot(m.group(), doc.lang):
            yield finding(RULES, "placeholder.unfilled", m.start(), m.end(), message)
