"""Phrasebooks: one YAML file per language, the words replykit drafts with.

Where they live: `replykit/phrasebooks/<lang>.yaml` inside an installed wheel, or
`<repo>/phrasebooks/<lang>.yaml` in a source checkout (editable install). A user's folder
(config `phrasebooks = "dir"` or `--phrasebook DIR`) extends or overrides them: its
`<lang>.yaml` is merged over the shipped one, part by part (a part the user gives replaces the
shipped variants of that part; everything else is kept), and a language only the user has is
added.

Layout of a phrasebook:

    language: en
    names:                         # how a first name is addressed (data, per language)
      vocative: [{match: REGEX, replace: REPL}, ...]   # first match wins; none: unchanged
      gender:   [{match: REGEX, gender: f|m}, ...]
      titles:   {title: {f: "Pani {vocative}", m: "Panie {vocative}"}, you: {...}}
    topic:                         # how the customer's problem is found in their comment
      cues: [REGEX, ...]           # words of a complaint; the clause with most cues wins
      strip: [REGEX, ...]          # greetings and fillers cut from the start of the topic
      clause_split: REGEX          # where a long sentence is cut into clauses
    samples: {first_name: ..., name: ..., comment: ..., ...}   # what `phrasebook lint` renders
    tones:
      warm:                        # also neutral, formal
        greeting: [variant, ...]
        acknowledgement: {constructive: [...], impulsive: [...], ...}   # per kind
        apology: [...]             # a part is a list, or a mapping kind -> list with `default`
        action: ..., next_step: ..., question: ..., signoff: ...

A variant is a jinja2 template over CONTEXT (below), or a mapping {text: ..., fallback: true}.
Variants of a part that need a value the caller did not give are skipped; a fallback variant
(say, a greeting without the name) is used only when no other variant of its part fits.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..lexicon import YAML_LOADER as _LOADER  # repeated keys are errors there too
from ..model import LANGUAGES, ReplykitError

TONES: tuple[str, ...] = ("warm", "neutral", "formal")
PARTS: tuple[str, ...] = (
    "greeting", "acknowledgement", "apology", "action", "next_step", "question", "signoff",
)
KINDS: tuple[str, ...] = (
    "constructive", "impulsive", "competitor", "troll", "mixed", "question", "praise",
)

# The documented context a phrase may use; anything else is a lint problem.
CONTEXT: dict[str, str] = {
    "first_name": "the customer's first name as given (nominative)",
    "name": "the customer's full name as given",
    "address": "the first name in the form used to address them (vocative in uk, pl, el)",
    "title": "formal address with the name: 'Pani Anno', 'пане Іване', 'κυρία Μαρία'",
    "dear": "a formal salutation with the name: 'Шановна пані Олено', 'Szanowny Panie Marku'",
    "you": "the formal 'you' for one person where it depends on gender (pl: Pan/Pani)",
    "agent": "the name of the person replying",
    "topic": "the customer's problem in their own words, taken from the comment",
    "order": "an order, ticket or reference number",
    "eta": "when the next step happens, as an adverbial: 'by Friday', 'до пятницы'",
    "offer": "what is offered, as it reads after 'we offer you': 'a 10% discount', 'скидку 10%'",
    "brand": "the company's name",
}


@dataclass(frozen=True)
class Variant:
    text: str
    fallback: bool = False  # used only when no other variant of the part fits the values


def variant_of(raw: Any) -> Variant:
    if isinstance(raw, str):
        return Variant(raw)
    if isinstance(raw, dict) and isinstance(raw.get("text"), str):
        return Variant(raw["text"], bool(raw.get("fallback")))
    raise ReplykitError(f"a phrase must be a string or a mapping with 'text', not {raw!r}")


@dataclass
class Phrasebook:
    lang: str
    data: dict[str, Any]
    sources: list[str] = field(default_factory=list)

    @property
    def tones(self) -> dict[str, Any]:
        return self.data.get("tones") or {}

    def variants(self, tone: str, part: str, kind: str) -> list[Variant]:
        """The variants of a part for a kind, or [] when the phrasebook has none."""
        value = (self.tones.get(tone) or {}).get(part)
        if isinstance(value, dict):
            value = value.get(kind, value.get("default"))
        return [variant_of(v) for v in (value or [])]

    def where(self) -> str:
        return " + ".join(self.sources) or f"{self.lang}.yaml"


def shipped_dir() -> Path:
    """The shipped phrasebooks: inside the package when installed, else the repo's folder."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "phrasebooks", here.parent / "phrasebooks"):
        if candidate.is_dir():
            return candidate
    raise ReplykitError("the shipped phrasebooks are missing: reinstall replykit")


def read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text("utf-8"), Loader=_LOADER)
    except OSError as exc:
        raise ReplykitError(f"cannot read phrasebook {path}: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise ReplykitError(f"phrasebook {path} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ReplykitError(f"phrasebook {path} must be a mapping")
    return data


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`over` on top of `base`: mappings merge key by key, anything else is replaced."""
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def user_dir(folder: str | os.PathLike[str] | None) -> Path | None:
    if folder is None:
        return None
    path = Path(folder)
    if not path.is_dir():
        raise ReplykitError(f"phrasebook folder not found: {path}")
    return path


def load(lang: str, folder: str | os.PathLike[str] | None = None) -> Phrasebook:
    """The phrasebook of `lang`: shipped, with the user's folder merged over it."""
    extra = user_dir(folder)
    return _load(lang, str(extra) if extra else None)


@lru_cache(maxsize=64)
def _load(lang: str, folder: str | None) -> Phrasebook:
    data: dict[str, Any] = {}
    sources: list[str] = []
    for base in (shipped_dir(), Path(folder) if folder else None):
        if base is None:
            continue
        path = base / f"{lang}.yaml"
        if path.is_file():
            data = merge(data, read_yaml(path))
            sources.append(str(path))
    if not sources:
        raise ReplykitError(f"no phrasebook for language {lang!r}")
    return Phrasebook(lang, data, sources)


def languages(folder: str | os.PathLike[str] | None = None) -> list[str]:
    """Every language with a phrasebook: the five shipped ones and any the user adds."""
    found = {p.stem for p in shipped_dir().glob("*.yaml")}
    extra = user_dir(folder)
    if extra:
        found |= {p.stem for p in extra.glob("*.yaml")}
    return [*(lang for lang in LANGUAGES if lang in found), *sorted(found - set(LANGUAGES))]
