"""Spelling guard on the third-party corpora in ../shared/data/eval/C_spelling.

Per language:
  recall  share of misspelled words (non-word errors) that get a spelling finding. Word-pair
          corpora: the wrong form inside a neutral carrier sentence of the language. Sentence
          corpora: the changed words of (source, correction) pairs, checked in their sentence.
  fp      share of correct sentences (corrections of the sentence corpora; every example
          sentence of the other guards' lexicons) with any false spelling finding.
  corpus fp  the same share among the corpus's corrected sentences alone (en, ru, el).
  left-in share of correct sentences whose only findings are errors the corpus left in, errors by
          the language's own definition, not by the dictionary's: a word mixing Latin and
          Cyrillic letters (RUSpellRU's "миpные" with a Latin p) and a Greek word lacking the
          accent an enclitic adds (GNC kept "τα συναισθήματα του" in some sentences and corrected
          it to "συναισθήματά του" in others). `fp` leaves them out, `strict` counts them.
  words/s checking speed once the dictionaries are loaded.

A "non-word error" is what the corpus labels a spelling error (PlEWi `nonword`, GWE `R:SPELL`);
where a corpus has no label (Birkbeck, Wikipedia, UA-GEC, RUSpellRU, GNC), a wrong form that
pymorphy3's dictionary knows (ru, uk), or that the sentence corpus itself writes as correct in
one of its corrected sentences (Greek την→τη, μέσο→μέσω), is a real-word error no spelling
dictionary can catch and is left out: an independent judge decides, not the dictionary measured.

Fairness choices:
  * UA-GEC pairs that differ only by a Ukrainian euphony alternation (в/у or і/й at the start
    of a word, з/із/зі as a word) are dropped: the corpus notes these are style alternations
    chosen by the sound of the neighbours, not typos, and both forms are correct words.
  * A capitalised wrong form of a word-pair corpus stood at the start of a sentence or is a
    proper name, so it is checked at the START of a second carrier sentence (CARRIER_START),
    where the text had it, not capitalised mid-sentence (where the guard by design treats an
    unknown Capitalised word as a proper noun).
  * The correct sentences taken from lexicon examples leave out the triage lexicon (it holds
    customers' sloppy comments on purpose) and every example whose text is in another language
    than its file's (the language-match rule's examples: a Ukrainian reply in the ru file).

    python bench/spelling_eval.py [--data ../shared/data/eval/C_spelling] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import difflib
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from replykit import check
from replykit.config import resolve
from replykit.lexicon import lexicon_files, load, rule_examples, rules
from replykit.model import LANGUAGES
from replykit.spell.dictionaries import locate, search_folders

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "eval" / "C_spelling"
CARRIER = {
    "en": "Thank you, the word is {w} here.",
    "ru": "Спасибо, тут слово {w} в тексте.",
    "uk": "Дякуємо, тут слово {w} у тексті.",
    "pl": "Dziękujemy, tu jest słowo {w} w tekście.",
    "el": "Ευχαριστούμε, εδώ η λέξη {w} στο κείμενο.",
}
# Capitalised wrong forms go first: they were sentence-initial or proper names in the corpus.
CARRIER_START = {
    "en": "{w} — that is the word in the text.",
    "ru": "{w} — так написано в тексте.",
    "uk": "{w} — так написано в тексті.",
    "pl": "{w} — tak jest w tekście.",
    "el": "{w} — έτσι είναι στο κείμενο.",
}
SPELLING_RULES = ("spelling.typo", "spelling.mixed-script")
NO_SUGGESTIONS = {"spelling": {"max_suggested": 0}}  # suggestions do not change what is found


def rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def detokenize(text: str) -> str:
    """BEA-60K is tokenized ("were n't", "cases ,"): join it back as people write."""
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    return re.sub(r" ([.,;:!?)])", r"\1", text).replace("( ", "(")


def _real_word_oracle(lang: str, corrections: list[str] = ()):
    """A wrong form that is a real word: pymorphy3 knows it (ru, uk), or the corpus itself
    writes it as correct somewhere in its corrected sentences (Greek την/τη, μέσο/μέσω)."""
    written = {w.casefold() for text in corrections for w in _WORD.findall(text)}
    if lang not in ("ru", "uk"):
        return lambda word: word.casefold() in written
    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang=lang)
    return lambda word: word.casefold() in written or morph.word_is_known(word.lower())


_EUPHONY_WORDS = {"з", "із", "зі"}
_EUPHONY_INITIALS = ({"в", "у"}, {"і", "й"})


def is_euphony(wrong: str, correct: str) -> bool:
    """A Ukrainian euphony alternation (в/у, і/й at word start; з/із/зі), not a typo."""
    w, c = wrong.casefold(), correct.casefold()
    if w == c:
        return False
    if {w, c} <= _EUPHONY_WORDS:
        return True
    return w[1:] == c[1:] and {w[:1], c[:1]} in _EUPHONY_INITIALS


def carrier(lang: str, word: str) -> str:
    """The wrong form in a neutral sentence; a capitalised one at the sentence start."""
    return (CARRIER_START if word[:1].isupper() else CARRIER)[lang].format(w=word)


def word_pairs(lang: str, data: Path) -> Iterator[str]:
    """Wrong single-word forms, labelled or judged (see the module doc) as non-word errors."""
    real = _real_word_oracle(lang)
    if lang == "en":
        for name in ("norvig_birkbeck_pairs.csv", "wikipedia_common_misspellings_npm.csv"):
            for r in rows(data / "en" / name):
                yield r["wrong"]
    elif lang == "uk":
        for name in ("uagec_test_spelling_word_pairs.csv", "uagec_train_spelling_word_pairs.csv"):
            for r in rows(data / "uk" / name):
                if not is_euphony(r["wrong"], r["correct"]) and not real(r["wrong"]):
                    yield r["wrong"]
    elif lang == "pl":
        for r in rows(data / "pl" / "plewi_sample_word_pairs.csv"):
            if r["type"] == "nonword":
                yield r["wrong"]
    elif lang == "el":
        for r in rows(data / "el" / "gwe_greek_wikiedits_word_pairs.csv"):
            if r["elerrant_type"] == "R:SPELL":
                yield r["changed_string"]
    elif lang == "ru":
        for r in rows(data / "ru" / "languagetool_ru_replace_pairs.csv"):
            if r["category"] == "Опечатка" and " " not in r["wrong"] and not real(r["wrong"]):
                yield r["wrong"]


def sentence_pairs(lang: str, data: Path) -> list[tuple[str, str]]:
    if lang == "en":
        return [
            (detokenize(r["source"]), detokenize(r["correction"]))
            for r in rows(data / "en" / "bea60k_subsample_1000.csv")
        ]
    if lang == "ru":
        return [
            # The corpus files had Windows line ends: each text carries a stray "\r".
            (r["source"].strip(), r["correction"].strip())
            for r in rows(data / "ru" / "ruspellru_test_2000.csv")
        ]
    if lang == "el":
        return [
            (r["source"], r["correction"])
            for r in rows(data / "el" / "gnc_greek_native_corpus_pairs.csv")
        ]
    return []


_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def changed_words(source: str, correction: str) -> list[tuple[int, int]]:
    """Spans in `source` of single words the correction replaced by one other word."""
    a = list(_WORD.finditer(source))
    b = [m.group() for m in _WORD.finditer(correction)]
    matcher = difflib.SequenceMatcher(a=[m.group() for m in a], b=b, autojunk=False)
    spans = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "replace" and i2 - i1 == 1 and j2 - j1 == 1:
            if a[i1].group().casefold() != b[j1].casefold():
                spans.append((a[i1].start(), a[i1].end()))
    return spans


def flagged(text: str, lang: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in _findings(text, lang)]


def _findings(text: str, lang: str) -> list:
    report = check(text, lang=lang, guards=("spelling",), config=NO_SUGGESTIONS)
    return [f for f in report.findings if f.rule in SPELLING_RULES]


def left_in_error(finding) -> bool:
    """A finding that is right whatever the corpus says (see `left-in` in the module doc)."""
    return finding.rule == "spelling.mixed-script" or bool(finding.details.get("enclitic"))


def in_language(text: str, lang: str) -> bool:
    """False only when replykit's language detection is sure `text` is in another language
    than `lang` (a Ukrainian sentence in the ru file, an English one in the pl file)."""
    from replykit import langid

    if not re.search(r"[^\W\d_]", text):
        return True  # no words, nothing to detect (nor to misspell)
    found, sure = langid.detect_with_confidence(text)
    return found == lang or sure < 0.9


def lexicon_sentences(lang: str) -> list[str]:
    """Every example text of the other guards' lexicons: native, correctly spelled replies."""
    texts = []
    for file_lang, name in lexicon_files():
        # Spelling and grammar examples hold typos on purpose, language examples are in other
        # languages, template examples disguise copies with lookalike letters, triage examples
        # are customers' sloppy comments, not replies.
        if file_lang != lang or name in ("spelling", "grammar", "language", "template", "triage"):
            continue
        for rule in rules(lang, name):
            fire, passing = rule_examples(rule, lang)
            texts.extend(
                e.text
                for e in fire + passing
                if e.lang == lang and not e.name and in_language(e.text, lang)
            )
    return texts


def evaluate(lang: str, data: Path, limit: int | None) -> dict[str, float]:
    hits = total = 0
    for word in list(word_pairs(lang, data))[:limit]:
        total += 1
        hits += bool(flagged(carrier(lang, word), lang))
    all_pairs = sentence_pairs(lang, data)
    pairs = all_pairs[:limit]
    real = _real_word_oracle(lang, [c for _, c in all_pairs])
    for source, correction in pairs:
        found = flagged(source, lang)
        for s, e in changed_words(source, correction):
            if real(source[s:e]):
                continue
            total += 1
            hits += any(fs < e and s < fe for fs, fe in found)
    corpus = [c for _, c in pairs]
    correct = corpus + lexicon_sentences(lang)
    verdicts = [_false_or_left_in(text, lang) for text in correct]
    false = sum(v == "false" for v in verdicts)
    left_in = sum(v == "left-in" for v in verdicts)
    corpus_false = sum(v == "false" for v in verdicts[: len(corpus)])
    return {
        "recall": hits / max(total, 1),
        "misspelled": total,
        "fp": false / max(len(correct), 1),
        "left_in": left_in / max(len(correct), 1),
        "strict": (false + left_in) / max(len(correct), 1),
        "correct": len(correct),
        # the corrected sentences of the corpus alone, without the lexicon examples
        "corpus_fp": corpus_false / len(corpus) if corpus else None,
        "corpus": len(corpus),
    }


def _false_or_left_in(text: str, lang: str) -> str | None:
    found = _findings(text, lang)
    if any(not left_in_error(f) for f in found):
        return "false"
    return "left-in" if found else None


def speed(lang: str, data: Path) -> tuple[float, float]:
    """Words/s of the whole check (one call per sentence, configuration resolved once, as a
    pre-send hook or server holds it) and of bare Hunspell `spell()` on the same words: the
    baseline, measured in the same run."""
    texts = [c for _, c in sentence_pairs(lang, data)] or lexicon_sentences(lang) * 20
    texts = texts[:400]
    config = resolve({"spelling": {"max_suggested": 0}})
    check(texts[0], lang=lang, guards=("spelling",), config=config)  # load the dictionary first
    words = [w for t in texts for w in _WORD.findall(t)]
    start = time.perf_counter()
    for text in texts:
        check(text, lang=lang, guards=("spelling",), config=config)
    guarded = len(words) / (time.perf_counter() - start)
    return guarded, len(words) / _bare_hunspell_seconds(lang, words)


def _bare_hunspell_seconds(lang: str, words: list[str]) -> float:
    import hunspell

    names = load(lang, "spelling").get("dictionaries", [])
    folder, name = locate(names, search_folders(None))
    engine = hunspell.Hunspell(name, hunspell_data_dir=folder)
    encoding = engine._dic_encoding
    encodable = [w for w in words if w.encode(encoding, "ignore").decode(encoding) == w]
    start = time.perf_counter()
    for word in encodable:
        engine.spell(word)
    return (time.perf_counter() - start) * len(words) / max(1, len(encodable))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--lang", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no corpus folder {args.data}", file=sys.stderr)
        return 2
    print(
        "| lang | recall on misspelled words | misspelled | false-finding sentences"
        " | left-in errors | strict | correct | false, corpus sentences alone | words/s, whole check"
        " | words/s, bare Hunspell | ratio |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for lang in args.lang:
        r = evaluate(lang, args.data, args.limit)
        guarded, bare = speed(lang, args.data)
        corpus_fp = "—" if r["corpus_fp"] is None else f"{r['corpus_fp']:.1%} of {r['corpus']}"
        print(
            f"| {lang} | {r['recall']:.3f} | {r['misspelled']} | {r['fp']:.1%} | "
            f"{r['left_in']:.1%} | {r['strict']:.1%} | {r['correct']} | {corpus_fp} | {guarded:,.0f} | "
            f"{bare:,.0f} | {guarded / bare:.2f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
