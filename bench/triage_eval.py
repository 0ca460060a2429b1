"""Triage figures: macro-F1 on the kinds and should_reply accuracy per language on our own
labelled comments (tests/triage_cases), plus proxies on third-party data
(../shared/data/eval, read in place, never copied):

- D_comment_triage/en complaints (Preotiuc-Pietro 2019): complaint = a negative kind
  (constructive, impulsive, troll, competitor), not-complaint = the rest.
- D_comment_triage/en YouTube spam: spam should come out as competitor (link / self-promotion).
- D_comment_triage/ru SentiRuEval-2016: tweets with sentiment -1 should be negative kinds,
  +1 praise or mixed (neutral and mixed tweets are left out).
- B_tone_toxicity: troll recall on offensive comments (OLID OFF, PolEval harmful, OffensEval-el
  OFF, ru VK toxic) and the troll rate on the inoffensive ones (false "do not reply").

Run: python bench/triage_eval.py [--limit N]   (from the project root)
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from replykit.model import LANGUAGES  # noqa: E402
from replykit.triage import triage  # noqa: E402
from replykit.triage_scoring import score  # noqa: E402

EVAL = ROOT.parent / "shared" / "data" / "eval"
NEGATIVE = {"constructive", "impulsive", "troll", "competitor"}
POSITIVE = {"praise", "mixed"}
csv.field_size_limit(10_000_000)


def own_cases() -> None:
    print("== own labelled comments (tests/triage_cases)")
    print(f"{'lang':5} {'n':>4} {'macro-F1':>9} {'should_reply':>13}  worst kinds")
    for lang in LANGUAGES:
        cases = yaml.safe_load((ROOT / "tests" / "triage_cases" / f"{lang}.yaml").read_text("utf-8"))
        gold = [c["kind"] for c in cases]
        predicted = [triage(c["text"], lang).kind for c in cases]
        result = score(gold, predicted)
        worst = ", ".join(f"{k} {v:.2f}" for k, v in sorted(result.f1.items(), key=lambda kv: kv[1])[:2])
        print(f"{lang:5} {result.n:>4} {result.macro_f1:>9.3f} {result.reply_accuracy:>13.3f}  {worst}")


def _rows(path: Path, delimiter: str = ",") -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter=delimiter)


def _safe(text: str, lang: str):
    text = (text or "").strip()
    return triage(text[:10_000], lang) if text else None


def binary(name: str, pairs: list[tuple[bool, bool]]) -> None:
    """pairs of (gold positive, predicted positive)."""
    tp = sum(1 for g, p in pairs if g and p)
    fp = sum(1 for g, p in pairs if p and not g)
    fn = sum(1 for g, p in pairs if g and not p)
    tn = len(pairs) - tp - fp - fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{name:44} n={len(pairs):5}  acc={(tp + tn) / len(pairs):.3f}  P={precision:.3f}  "
          f"R={recall:.3f}  F1={f1:.3f}")


def comment_triage(limit: int) -> None:
    print("== D_comment_triage")
    pairs = []
    for row in list(_rows(EVAL / "D_comment_triage/en/complaints_twitter_preotiuc2019.csv"))[:limit]:
        verdict = _safe(row["text"], "en")
        if verdict:
            pairs.append((row["is_complaint"] == "1", verdict.kind in NEGATIVE))
    binary("en complaints: complaint -> negative kind", pairs)
    pairs = []
    for row in list(_rows(EVAL / "D_comment_triage/en/youtube_spam_collection_psy_shakira.csv"))[:limit]:
        verdict = _safe(row["text"], "en")
        if verdict:
            pairs.append((row["is_spam"] == "1", verdict.kind == "competitor"))
    binary("en YouTube spam: spam -> competitor", pairs)
    column = "overall_sentiment(-1 neg,0 neutral,1 pos)"
    for domain in ("banks", "telecom"):
        neg, pos = [], []
        path = EVAL / f"D_comment_triage/ru/sentirueval2016_{domain}_test_etalon.csv"
        for row in list(_rows(path))[:limit * 3]:
            if row[column] not in ("-1", "1"):
                continue
            verdict = _safe(row["text"], "ru")
            if verdict is None:
                continue
            (neg if row[column] == "-1" else pos).append(verdict.kind)
        neg_ok = sum(k in NEGATIVE for k in neg) / len(neg)
        pos_ok = sum(k in POSITIVE for k in pos) / len(pos)
        print(f"ru SentiRuEval {domain:8}: -1 -> negative kind {neg_ok:.3f} (n={len(neg)}), "
              f"+1 -> praise/mixed {pos_ok:.3f} (n={len(pos)}), balanced {(neg_ok + pos_ok) / 2:.3f}")


def toxicity(limit: int) -> None:
    print("== B_tone_toxicity: troll recall on offensive, troll rate on inoffensive")
    sets = [
        ("en OLID", "en/olid_test_levelab.csv", ",", "tweet", "subtask_a", "OFF", "en"),
        ("pl PolEval 2019 harmful", "pl/poleval2019_task6_test.csv", ",", "text", "harmful", "1", "pl"),
        ("el OffensEval 2020", "el/offenseval2020_greek_test_gold.csv", ",", "tweet", "subtask_a",
         "OFF", "el"),
        ("ru VK toxicity", "ru/ru_vk_distorted_toxicity_3000.tsv", "\t", "comments", "toxicity", "1", "ru"),
    ]
    for name, path, delimiter, text, label, positive, lang in sets:
        hits = {True: [], False: []}
        for row in list(_rows(EVAL / "B_tone_toxicity" / path, delimiter))[:limit]:
            verdict = _safe(row[text], lang)
            if verdict:
                hits[row[label] == positive].append(verdict.kind == "troll")
        recall = sum(hits[True]) / len(hits[True])
        false_rate = sum(hits[False]) / len(hits[False])
        print(f"{name:26} troll recall {recall:.3f} (n={len(hits[True])}), "
              f"troll on inoffensive {false_rate:.3f} (n={len(hits[False])})")


def speed() -> None:
    texts = ["Ordered a sofa on the 3rd, nobody showed up. Order 55127.",
             "Неделю не можем попасть, вечно всё битком!", "Μάτσο ηλίθιοι, άντε χαθείτε"] * 100
    langs = ["en", "ru", "el"] * 100
    start = time.perf_counter()
    for text, lang in zip(texts, langs, strict=True):
        triage(text, lang)
    elapsed = time.perf_counter() - start
    print(f"== speed: {len(texts) / elapsed:.0f} comments/s (language given, warm)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100_000, help="rows per data set")
    args = parser.parse_args()
    own_cases()
    if EVAL.is_dir():
        comment_triage(args.limit)
        toxicity(args.limit)
    else:
        print(f"(no eval data at {EVAL})")
    speed()


if __name__ == "__main__":
    main()
