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
    word~ending a form of `word` (same stem) that ends with these letters; `pre*~ending` likewise
                for a prefix. The idiom for persons, which stemmers merge ("zapomnieliśmy" we
                and "zapomnieliście" you forgot are both "zapomn"; `~ście` alone would take any
                verb): `zapomniał~ście`, `zapomni*~ście|zapomni*~eś` (you, not we, forgot),
                `забува*~єте` (you forget, not "забуваємо" we forget)

Example: `you should* have|'ve ... read|check*` matches "you should have read",
"You shouldn't have checked". Words are compared after casefolding and the language's folding
(`language.yaml`: `fold` map, `strip_accents`), so Вы/вы, Ё/Е and Greek tonos don't matter.

Speed: a lexicon holds about a thousand patterns, and a reply names few of the words they need.
PatternIndex files each pattern under the words one of its required steps accepts, so a reply
only tries the patterns it has such a word for; the result is the same as trying them all.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
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
    seq: tuple[_Step, ...] = ()  # kind "seq": words in a row, each a one-alternative step
    ending: str = ""  # kinds "stem" and "prefix": the word must also end with this

    @property
    def keys(self) -> frozenset[str] | None:
        """The document keys (see _doc_keys) of which a word this alternative accepts has at
        least one; None when it accepts words no key describes (`_`, an empty prefix)."""
        if self.kind in ("stem", "exact"):
            return frozenset({"=" + self.value})
        if self.kind == "prefix":
            return frozenset({"*" + self.value}) if self.value else None
        if self.kind == "suffix":
            return frozenset({"~" + self.value})
        if self.kind == "mask":
            return frozenset({"<" + self.value})
        if self.kind == "seq":
            return self.seq[0].keys  # a run of words needs its first one
        return None


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
                if folded.endswith(alt.ending):
                    return True
            elif alt.kind == "prefix" and folded.startswith(alt.value):
                if folded.endswith(alt.ending):
                    return True
            elif alt.kind == "suffix" and folded.endswith(alt.value) and len(folded) > len(alt.value):
                return True
            elif alt.kind == "exact" and folded == alt.value:
                return True
        return False

    @property
    def keys(self) -> frozenset[str] | None:
        """Keys of which any word this step matches has one; None if the step may match
        nothing (a gap, an optional word) or a word no key describes."""
        if self.gap or self.optional or not self.alts:
            return None
        keys: set[str] = set()
        for alt in self.alts:
            alt_keys = alt.keys
            if alt_keys is None:
                return None
            keys |= alt_keys
        return frozenset(keys)


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

    def __repr__(self) -> str:
        return f"Pattern({self.source!r})"

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
                    seq = tuple(_Step((Pattern._alt(w, forms),)) for w in words)
                    alts.append(_Alt("seq", alt, seq))
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
        if alt.startswith("~") and len(alt) > 1:
            return _Alt("suffix", forms.fold(alt[1:]))
        base, _, ending = alt.partition("~")  # "word~ending": a form of word with this ending
        ending = forms.fold(ending)
        if base.endswith("*"):
            return _Alt("prefix", forms.fold(base[:-1]), ending=ending)
        return _Alt("stem", forms.stem(forms.fold(base)), ending=ending)

    @cached_property
    def requirements(self) -> tuple[frozenset[str], ...]:
        """For each step that must match a word, the keys (_doc_keys) of the words it accepts:
        a document lacking all of one step's keys can't match at all."""
        return tuple(keys for keys in (step.keys for step in self.steps) if keys is not None)

    @cached_property
    def _literal_steps(self) -> tuple[_Step, ...]:
        """The pattern's own words, one step per alternative word (runs of words split up)."""
        steps = []
        for step in self.steps:
            steps.append(_Step(tuple(a for a in step.alts if a.kind not in ("seq", "any"))))
            steps += [word for alt in step.alts for word in alt.seq]
        return tuple(s for s in steps if s.alts)

    def names(self, token: Token, folded: str, stem: str) -> bool:
        """Whether the token is a word the pattern spells out (not one a gap or `_` took)."""
        return any(step.accepts(token, folded, stem) for step in self._literal_steps)

    def match_spans(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) in doc.text of every leftmost, shortest match."""
        keys = _doc_keys(doc)
        if any(keys.isdisjoint(needed) for needed in self.requirements):
            return []  # a quick no: most patterns name a word the document doesn't have
        tokens = doc.tokens
        forms = token_forms(doc)
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


def _match_seq(seq: tuple[_Step, ...], i: int, tokens, forms) -> int | None:
    """The position after the words of `seq` in a row from token i, or None."""
    for word in seq:
        if i >= len(tokens) or not word.accepts(tokens[i], *forms[i]):
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


def token_forms(doc: Doc) -> list[tuple[str, str]]:
    cache = doc.__dict__.setdefault("_pattern_forms", {})
    if doc.lang not in cache:
        forms = language_forms(doc.lang)
        cache[doc.lang] = [
            (folded, forms.stem(folded)) for folded in (forms.fold(t.text) for t in doc.tokens)
        ]
    return cache[doc.lang]


def _doc_keys(doc: Doc) -> frozenset[str]:
    """What a pattern's word can ask of the document, as strings: "=form" for every folded
    word and stem, "*start" and "~end" for every beginning and (proper) ending of a folded
    word, "<kind" for every masked stretch."""
    cache = doc.__dict__.setdefault("_pattern_keys", {})
    if doc.lang not in cache:
        keys: set[str] = set()
        for token, (folded, stem) in zip(doc.tokens, token_forms(doc), strict=True):
            if token.mask is not None:
                keys.add("<" + token.mask)
                continue
            keys.update(("=" + folded, "=" + stem))
            keys.update("*" + folded[:n] for n in range(1, len(folded) + 1))
            keys.update("~" + folded[n:] for n in range(1, len(folded)))
        cache[doc.lang] = frozenset(keys)
    return cache[doc.lang]


@cache
def compile_pattern(source: str, lang: str) -> Pattern:
    return Pattern(source, lang)


class PatternIndex:
    """Which of many patterns may match a document, found through the words they require.

    Each pattern is filed under the keys of one of its required steps (the one whose keys the
    fewest other patterns share, so common words like "you" rarely decide), and a document
    looks up its own keys. Patterns with no required step of known keys (`_ ...`) are always
    tried. A pattern left out lacks a word it needs and would have found nothing, so matching
    the live ones gives what matching all of them gives; match_spans then checks its other
    required steps.
    """

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        patterns = set(patterns)
        sharing: Counter[str] = Counter(
            key for p in patterns for keys in p.requirements for key in keys
        )
        self._always: set[Pattern] = set()
        postings: dict[str, set[Pattern]] = defaultdict(set)
        for pattern in patterns:
            if not pattern.requirements:
                self._always.add(pattern)
                continue
            anchor = min(pattern.requirements, key=lambda keys: sum(sharing[k] for k in keys))
            for key in anchor:
                postings[key].add(pattern)
        self._postings = {key: frozenset(found) for key, found in postings.items()}

    def live(self, doc: Doc) -> set[Pattern]:
        found = set(self._always)
        for key in _doc_keys(doc) & self._postings.keys():
            found |= self._postings[key]
        return found


@cache
def any_word_step(lang: str, words: tuple[str, ...]) -> _Step:
    """One pattern step accepting any of the listed word alternatives (`=not`, `never*`...)."""
    return _Step(tuple(Pattern._alt(word, language_forms(lang)) for word in words))
