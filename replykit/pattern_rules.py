"""Rules built from word patterns (replykit/patterns.py), as data in a lexicon.

Rules (PatternRule) are mappings in a lexicon. `patterns` (and `regex`) find candidates; a
candidate is dropped when
  - it overlaps a match of the rule's `unless` patterns (`unless_regex`: raw regexes);
  - its sentence holds a match of `unless_sentence`;
  - its clause holds a word of a list named in `unless_clause`. Lists are per-language data:
    `clause_words: {negation: [=not, =never, ...], self: [=we, =i, ...]}` at the top of the
    lexicon, each entry one word alternative as above. The clause is the stretch of the sentence
    between the marks , ; : — – around the match, so in "No, you don't need to pay again" the
    clause is "you don't need to pay again". Words the pattern itself names don't count (a
    pattern "you =didn't attach" may carry `unless_clause: [negation]`); words a gap or `_`
    stepped over do. So `=were wrong` with `unless_clause: [self]` fires on "you were wrong"
    and not on "we were wrong".
A pattern may be a mapping instead of a string, to give it guards of its own on top of the
rule's: `{pattern: "...", unless: [...], unless_sentence: [...], unless_clause: [self]}`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property

from .document import Doc
from .lexicon import load
from .model import ReplykitError
from .patterns import Pattern, PatternIndex, any_word_step, compile_pattern, token_forms

# Marks that end a clause inside a sentence (the Greek question mark too); a comma or colon
# between two digits ("4,99", "10:00") is part of a number.
_CLAUSE_MARK = re.compile(r"(?<!\d)[,;:]|[,;:](?!\d)|[—–\u037e]|\s-\s")

Span = tuple[int, int]


@dataclass(frozen=True)
class _Guarded:
    """One pattern of a rule with the guards that apply to its matches."""

    pattern: Pattern
    unless: tuple[Pattern, ...] = ()
    unless_sentence: tuple[Pattern, ...] = ()
    clause_lists: tuple[str, ...] = ()


@dataclass(frozen=True)
class PatternRule:
    """A data rule: `patterns` (word patterns) and `regex` (raw, on the working text) find
    candidate spans; a candidate overlapping an `unless` match, in a sentence with an
    `unless_sentence` match, or in a clause with an `unless_clause` word, is dropped
    (negations, self-blame, agreement...). See the module doc."""

    id: str
    lang: str
    data: dict
    clause_words: Mapping[str, list[str]] = field(default_factory=dict)  # the lexicon's lists

    @property
    def message(self) -> str:
        return str(self.data.get("message", ""))

    @property
    def suggestions(self) -> list[str]:
        suggest = self.data.get("suggest") or []
        return [suggest] if isinstance(suggest, str) else list(suggest)

    def _patterns(self, key: str, data: Mapping | None = None) -> tuple[Pattern, ...]:
        data = self.data if data is None else data
        return tuple(compile_pattern(p, self.lang) for p in data.get(key) or [])

    @cached_property
    def _guarded(self) -> tuple[_Guarded, ...]:
        rule_lists = tuple(self.data.get("unless_clause") or ())
        guarded = []
        for entry in self.data.get("patterns") or []:
            if isinstance(entry, str):
                guarded.append(_Guarded(compile_pattern(entry, self.lang), clause_lists=rule_lists))
                continue
            guarded.append(_Guarded(
                compile_pattern(entry["pattern"], self.lang),
                unless=self._patterns("unless", entry),
                unless_sentence=self._patterns("unless_sentence", entry),
                clause_lists=rule_lists + tuple(entry.get("unless_clause") or ()),
            ))
        for guard in guarded:
            for name in guard.clause_lists:
                if name not in self.clause_words:
                    raise ReplykitError(f"rule {self.id} ({self.lang}): no clause_words {name!r}")
        return tuple(guarded)

    @cached_property
    def _by_pattern(self) -> dict[Pattern, list[_Guarded]]:
        by_pattern: dict[Pattern, list[_Guarded]] = defaultdict(list)
        for guarded in self._guarded:
            by_pattern[guarded.pattern].append(guarded)
        return dict(by_pattern)

    def _live_guarded(self, live: Collection[Pattern] | None) -> Iterable[_Guarded]:
        """The rule's patterns that may match: the few live ones, looked up, not all tried."""
        if live is None:
            return self._guarded
        return [g for p in live if p in self._by_pattern for g in self._by_pattern[p]]

    def all_patterns(self) -> list[Pattern]:
        """Every pattern the rule may try, for an index."""
        found = [p for g in self._guarded for p in (g.pattern, *g.unless, *g.unless_sentence)]
        return found + [p for key in ("unless", "unless_sentence") for p in self._patterns(key)]

    def _regex_spans(self, doc: Doc) -> list[Span]:
        return [m.span() for r in self.data.get("regex") or [] for m in _regex(r).finditer(doc.text)]

    def find(self, doc: Doc, live: Collection[Pattern] | None = None) -> list[Span]:
        """The kept candidate spans. `live`: the only patterns that can match (PatternIndex);
        None tries them all."""

        def spans(patterns: Iterable[Pattern]) -> list[Span]:
            return [s for p in patterns if live is None or p in live for s in p.match_spans(doc)]

        candidates = [
            span for guarded in self._live_guarded(live)
            for span in self._guarded_spans(guarded, doc, spans)
        ]
        candidates += self._regex_spans(doc)
        if not candidates:
            return []
        unless = spans(self._patterns("unless"))
        unless += [m.span() for r in self.data.get("unless_regex") or []
                   for m in _regex(r).finditer(doc.text)]
        unless_sentence = spans(self._patterns("unless_sentence"))
        kept: list[Span] = []
        for start, end in sorted(set(candidates)):
            if _overlaps(start, end, unless):
                continue
            if _in_sentence(doc, start, unless_sentence):
                continue
            if kept and start < kept[-1][1]:
                continue  # overlapping candidates report once
            kept.append((start, end))
        return kept

    def _guarded_spans(self, guarded: _Guarded, doc: Doc, spans) -> list[Span]:
        found = spans((guarded.pattern,))
        if not found:
            return []
        unless = spans(guarded.unless)
        unless_sentence = spans(guarded.unless_sentence)
        return [
            (start, end) for start, end in found
            if not _overlaps(start, end, unless)
            and not _in_sentence(doc, start, unless_sentence)
            and not self._clause_has(guarded, doc, start, end)
        ]

    def _clause_has(self, guarded: _Guarded, doc: Doc, start: int, end: int) -> bool:
        """A word of the guard's lists in the match's clause that the pattern didn't name."""
        if not guarded.clause_lists:
            return False
        words = any_word_step(self.lang, tuple(
            word for name in guarded.clause_lists for word in self.clause_words[name]))
        clause_start, clause_end = _clause_of(doc, start, end)
        forms = token_forms(doc)
        for i, token in enumerate(doc.tokens):
            if token.start < clause_start or token.end > clause_end:
                continue
            if not words.accepts(token, *forms[i]):
                continue
            if start <= token.start and token.end <= end and guarded.pattern.names(token, *forms[i]):
                continue  # the pattern asked for this word ("you =didn't attach")
            return True
        return False


def _overlaps(start: int, end: int, spans: list[Span]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _in_sentence(doc: Doc, start: int, spans: list[Span]) -> bool:
    """Whether one of the spans starts in the sentence of `start`."""
    if not spans:
        return False
    sentence_start, sentence_end = doc.sentence_of(start)
    return any(sentence_start <= s < sentence_end for s, _ in spans)


def _clause_of(doc: Doc, start: int, end: int) -> Span:
    """The stretch of the sentence around [start, end) between clause marks."""
    sentence_start, sentence_end = doc.sentence_of(start)
    clause_start, clause_end = sentence_start, max(sentence_end, end)
    for mark in _CLAUSE_MARK.finditer(doc.text, sentence_start, clause_end):
        if mark.end() <= start:
            clause_start = mark.end()
        elif mark.start() >= end:
            clause_end = mark.start()
            break
    return clause_start, clause_end


@cache
def _regex(source: str) -> re.Pattern[str]:
    return re.compile(source)


def pattern_rules(lang: str, lexicon: str) -> list[PatternRule]:
    return _pattern_rules(lang, lexicon)


@cache
def _pattern_rules(lang: str, lexicon: str) -> list[PatternRule]:
    data = load(lang, lexicon)
    words = data.get("clause_words") or {}
    return [PatternRule(str(r["id"]), lang, r, words) for r in data.get("rules") or []]


@cache
def pattern_index(lang: str, lexicon: str) -> PatternIndex:
    """The index of every pattern of a lexicon's rules."""
    return PatternIndex(p for rule in _pattern_rules(lang, lexicon) for p in rule.all_patterns())
