"""A small word-pattern language, so rules are data and match inflected forms.

A pattern is words separated by spaces, matched against a document's word tokens:

    word        the word in any inflected form (same stem in the language's stemmer)
    word*       any word starting with these letters
    ~ending     any word ending with these letters (~ατε: a second-person plural verb)
    =word       exactly this word (case- and accent-insensitive)
    a|b*|=c     any of the alternatives
    a+b|c       an alternative of several words in a row ("=what+=happened|=how+=it+=works")
    word?       optional (any of the forms above)
    _           any one word
    ...  ...N   up to 3 (or N) words in between
    <name> <num> <url> <handle> <email> <tag>   a masked customer name, number, link...
    ^           (first) the match starts a sentence
    !a|b        (first, after ^) the word before the match is none of these ("!not|=don't")

Example: `you should* have|'ve ... read|check*` matches "you should have read",
"You shouldn't have checked". Words are compared after casefolding and the language's folding
(`language.yaml`: `fold` map, `strip_accents`), so Вы/вы, Ё/Е and Greek tonos don't matter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from .document import Doc, Token
from .lexicon import load
from .model import ReplykitError
from .normalize import strip_accents

_MASK_WORDS = {"<name>": "name", "<num>": "number", "<url>": "url", "<handle>": "handle",
               "<email>": "email", "<tag>": "hashtag"}


@dataclass(frozen=True)
class LanguageForms:
    fold: Callable[[str], str]
    stem: Callable[[str], str]


@cache
def language_forms(lang: str) -> LanguageForms:
    data = load(lang, "language")
    table = str.maketrans({k: v for k, v in (data.get("fold") or {}).items()})
    accents = bool(data.get("strip_accents"))

    def fold(word: str) -> str:
        word = word.casefold().replace("’", "'").translate(table)
        return strip_accents(word) if accents else word

    return LanguageForms(fold, _stemmer(lang, data.get("stemmer", "none"), data))


def _stemmer(lang: str, spec: str, data: dict) -> Callable[[str], str]:
    if spec.startswith("snowball:"):
        import snowballstemmer

        algorithm = snowballstemmer.stemmer(spec.split(":", 1)[1])
        return lru_cache(maxsize=65536)(algorithm.stemWord)
    if spec == "suffixes":
        # A light stemmer for languages without a Snowball algorithm: strip the longest
        # listed inflection ending, keeping a stem of at least `min_stem` letters.
        suffixes = sorted(data.get("suffixes") or [], key=len, reverse=True)
        min_stem = int(data.get("min_stem", 3))

        @lru_cache(maxsize=65536)
        def strip(word: str) -> str:
            for suffix in suffixes:
                if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
                    return word[: -len(suffix)]
            return word

        return strip
    if spec == "none":
        return lambda word: word
    raise ReplykitError(f"lexicon {lang}/language.yaml: unknown stemmer {spec!r}")


# --- compiled patterns -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Alt:
    kind: str  # "stem", "prefix", "suffix", "exact", "mask", "any", "seq"
    value: str
    seq: tuple[_Alt, ...] = ()  # kind "seq": words in a row, each an alternative of its own


@dataclass(frozen=True)
class _Step:
    alts: tuple[_Alt, ...] = ()
    optional: bool = False
    gap: int = 0  # > 0: a gap step of up to `gap` words

    def accepts(self, token: Token, folded: str, stem: str) -> bool:
        for alt in self.alts:
            if alt.kind == "any":
                return True
            if alt.kind == "mask":
                if token.mask == alt.value:
                    return True
            elif token.mask is not None:
                continue
            elif alt.kind == "stem" and (stem == alt.value or folded == alt.value):
                return True
            elif alt.kind == "prefix" and folded.startswith(alt.value):
                return True
            elif alt.kind == "suffix" and folded.endswith(alt.value) and len(folded) > len(alt.value):
                return True
            elif alt.kind == "exact" and folded == alt.value:
                return True
        return False


class Pattern:
    def __init__(self, source: str, lang: str) -> None:
        self.source = source
        parts = source.split()
        self.sentence_start = bool(parts) and parts[0] == "^"
        parts = parts[1:] if self.sentence_start else parts
        forms = language_forms(lang)
        # "!a|b" first: the word before the match must not be one of these (negation, "not").
        self.not_after: _Step | None = None
        if parts and parts[0].startswith("!") and len(parts[0]) > 1:
            self.not_after = next(self._compile(parts[0][1:], forms))
            parts = parts[1:]
        self.steps = tuple(self._compile(" ".join(parts), forms))
        if not any(step.alts for step in self.steps):
            raise ReplykitError(f"pattern {source!r} ({lang}) has no word to match")

    @staticmethod
    def _compile(source: str, forms: LanguageForms):
        for part in source.split():
            gap = re.fullmatch(r"\.\.\.(\d*)", part)
            if gap:
                yield _Step(gap=int(gap.group(1) or 3))
                continue
            optional = part.endswith("?") and len(part) > 1
            part = part[:-1] if optional else part
            alts = []
            for alt in part.split("|"):
                if "+" in alt.strip("+"):
                    words = [w for w in alt.split("+") if w]
                    alts.append(_Alt("seq", alt, tuple(Pattern._alt(w, forms) for w in words)))
                else:
                    alts.append(Pattern._alt(alt, forms))
            yield _Step(tuple(alts), optional)

    @staticmethod
    def _alt(alt: str, forms: LanguageForms) -> _Alt:
        if alt == "_":
            return _Alt("any", "")
        if alt in _MASK_WORDS:
            return _Alt("mask", _MASK_WORDS[alt])
        if alt.startswith("="):
            return _Alt("exact", forms.fold(alt[1:]))
        if alt.endswith("*"):
            return _Alt("prefix", forms.fold(alt[:-1]))
        if alt.startswith("~") and len(alt) > 1:
            return _Alt("suffix", forms.fold(alt[1:]))
        return _Alt("stem", forms.stem(forms.fold(alt)))

    @cached_property
    def _required(self) -> tuple[frozenset[str], ...]:
        """For each step that must match one word and names only exact words or stems, the
        words it accepts: a document lacking all of one step's words can't match at all."""
        required = []
        for step in self.steps:
            if step.gap or step.optional or not step.alts:
                continue
            if all(alt.kind in ("stem", "exact") for alt in step.alts):
                required.append(frozenset(alt.value for alt in step.alts))
        return tuple(required)

    def match_spans(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) in doc.text of every leftmost, shortest match."""
        vocabulary = _vocabulary(doc)
        if any(vocabulary.isdisjoint(words) for words in self._required):
            return []  # a quick no: most patterns name a word the document doesn't have
        tokens = doc.tokens
        forms = _token_forms(doc)
        starts = _sentence_start_tokens(doc) if self.sentence_start or self.not_after else set()
        spans = []
        i = 0
        while i < len(tokens):
            if not self._may_start(i, tokens, forms, starts):
                i += 1
                continue
            end = self._match_at(0, i, tokens, forms)
            if end is not None and end > i:
                spans.append((tokens[i].start, tokens[end - 1].end))
                i = end
            else:
                i += 1
        return spans

    def _may_start(self, i: int, tokens, forms, starts: set[int]) -> bool:
        if self.sentence_start and i not in starts:
            return False
        if self.not_after is not None and i > 0 and i not in starts:
            return not self.not_after.accepts(tokens[i - 1], *forms[i - 1])
        return True

    def _match_at(self, step_no, i, tokens, forms) -> int | None:
        if step_no == len(self.steps):
            return i
        step = self.steps[step_no]
        if step.gap:
            for skip in range(step.gap + 1):
                if i + skip > len(tokens):
                    break
                end = self._match_at(step_no + 1, i + skip, tokens, forms)
                if end is not None:
                    return end
            return None
        if i < len(tokens) and step.accepts(tokens[i], *forms[i]):
            end = self._match_at(step_no + 1, i + 1, tokens, forms)
            if end is not None:
                return end
        for alt in step.alts:
            if alt.kind == "seq":
                after = _match_seq(alt.seq, i, tokens, forms)
                end = None if after is None else self._match_at(step_no + 1, after, tokens, forms)
                if end is not None:
                    return end
        if step.optional:
            return self._match_at(step_no + 1, i, tokens, forms)
        return None


def _match_seq(seq: tuple[_Alt, ...], i: int, tokens, forms) -> int | None:
    """The position after the words of `seq` in a row from token i, or None."""
    for alt in seq:
        if i >= len(tokens) or not _Step((alt,)).accepts(tokens[i], *forms[i]):
            return None
        i += 1
    return i


def _sentence_start_tokens(doc: Doc) -> set[int]:
    """Indexes of the tokens that begin a sentence."""
    cache = doc.__dict__.setdefault("_pattern_starts", {})
    if "starts" not in cache:
        starts = set()
        tokens = doc.tokens
        i = 0
        for start, _ in doc.sentences:  # the first token at or after each sentence start
            while i < len(tokens) and tokens[i].start < start:
                i += 1
            if i < len(tokens):
                starts.add(i)
        cache["starts"] = starts
    return cache["starts"]


def _token_forms(doc: Doc) -> list[tuple[str, str]]:
    cache = doc.__dict__.setdefault("_pattern_forms", {})
    if doc.lang not in cache:
        forms = language_forms(doc.lang)
        cache[doc.lang] = [
            (folded, forms.stem(folded)) for folded in (forms.fold(t.text) for t in doc.tokens)
        ]
    return cache[doc.lang]


def _vocabulary(doc: Doc) -> frozenset[str]:
    """Every folded form and stem of the document's unmasked words."""
    cache = doc.__dict__.setdefault("_pattern_vocabulary", {})
    if doc.lang not in cache:
        forms = _token_forms(doc)
        cache[doc.lang] = frozenset(
            form for token, pair in zip(doc.tokens, forms, strict=True) if token.mask is None
            for form in pair
        )
    return cache[doc.lang]


@cache
def compile_pattern(source: str, lang: str) -> Pattern:
    return Pattern(source, lang)


# --- rules built from patterns ---------------------------------------------------------------


@dataclass(frozen=True)
class PatternRule:
    """A data rule: `patterns` (word patterns) and `regex` (raw, on the working text) find
    candidate spans; a candidate overlapping an `unless` match, or in a sentence with an
    `unless_sentence` match, is dropped (negations, self-blame, agreement...)."""

    id: str
    lang: str
    data: dict

    @property
    def message(self) -> str:
        return str(self.data.get("message", ""))

    @property
    def suggestions(self) -> list[str]:
        suggest = self.data.get("suggest") or []
        return [suggest] if isinstance(suggest, str) else list(suggest)

    def _patterns(self, key: str) -> list[Pattern]:
        return [compile_pattern(p, self.lang) for p in self.data.get(key) or []]

    def _regex_spans(self, doc: Doc) -> list[tuple[int, int]]:
        return [m.span() for r in self.data.get("regex") or [] for m in _regex(r).finditer(doc.text)]

    def find(self, doc: Doc) -> list[tuple[int, int]]:
        spans = [s for p in self._patterns("patterns") for s in p.match_spans(doc)]
        spans += self._regex_spans(doc)
        if not spans:
            return []
        unless = [s for p in self._patterns("unless") for s in p.match_spans(doc)]
        unless += [m.span() for r in self.data.get("unless_regex") or []
                   for m in _regex(r).finditer(doc.text)]
        unless_sentence = [s for p in self._patterns("unless_sentence") for s in p.match_spans(doc)]
        kept = []
        for start, end in sorted(set(spans)):
            if any(s < end and start < e for s, e in unless):
                continue
            sentence = doc.sentence_of(start)
            if any(sentence[0] <= s < sentence[1] for s, _ in unless_sentence):
                continue
            if kept and start < kept[-1][1]:
                continue  # overlapping candidates report once
            kept.append((start, end))
        return kept


@cache
def _regex(source: str) -> re.Pattern[str]:
    return re.compile(source)


def pattern_rules(lang: str, lexicon: str) -> list[PatternRule]:
    return _pattern_rules(lang, lexicon)


@cache
def _pattern_rules(lang: str, lexicon: str) -> list[PatternRule]:
    return [PatternRule(str(r["id"]), lang, r) for r in load(lang, lexicon).get("rules") or []]
