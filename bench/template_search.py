"""Template search speed: a warm template-guard check against 100k past replies vs brute-force
`rapidfuzz.process.extractOne` over the same normalized history, in the same run.

    python bench/template_search.py [--size 100000] [--queries 200]

History: the real TWCS brand replies (../shared/data/eval/A_support_replies) plus synthetic
support replies built from varied parts, all under one account (the worst case: one brand,
100k replies). Queries: disguised real replies (other handle, greeting, lookalikes, shuffled)
and fresh synthetic replies that match nothing. Prints p50/p99 of both, their ratio, and
whether both found the same matches (same best score at or above the threshold).
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from replykit.config import Config  # noqa: E402
from replykit.history import MemoryStore, PastReply  # noqa: E402
from replykit.history.search import account_index  # noqa: E402
from replykit.normalize import skeleton  # noqa: E402
from replykit.pipeline import check  # noqa: E402
from replykit.similarity import form_of  # noqa: E402

EVAL = Path(__file__).resolve().parents[2] / "shared/data/eval"
TWCS = EVAL / "A_support_replies/twcs_brand_replies_combined.csv"
OPEN = ["Hi", "Hello", "Hey", "Thanks for reaching out", "Sorry to hear that", "Good morning",
        "We hear you", "Thanks for the heads-up", "Oh no", "Happy to help"]
SUBJECT = ["your order", "the parcel", "your refund", "the invoice", "your booking", "the router",
           "your subscription", "the replacement", "your account", "the voucher", "the app",
           "your flight", "the delivery slot", "your card", "the warranty claim"]
STATE = ["was shipped", "is delayed at the depot", "has been approved", "was cancelled by mistake",
         "needs one more signature", "is waiting for the courier", "was sent to the wrong address",
         "got stuck in our system", "is ready for pickup", "has been escalated to our team"]
NEXT = ["we will text you the tracking link", "please check your inbox tonight",
        "a technician will call you tomorrow", "you will see the money in 3-5 days",
        "just reply here if it does not arrive", "we added a voucher as an apology",
        "could you DM us the postcode", "the store manager will contact you",
        "please restart the device and try again", "we extended your plan for free"]
EXTRA = ["Sorry for the wait.", "Thanks for your patience.", "Have a great weekend!",
         "We appreciate you flagging it.", "Let us know how it goes.", "", "", ""]
NAMES = ["Anna", "Mike", "Olga", "Raj", "Chen", "Lucia", "Tom", "Ines", "Kofi", "Sara"]


def synthetic(rng: random.Random) -> str:
    words = rng.sample(SUBJECT, 2)
    return (f"{rng.choice(OPEN)} {rng.choice(NAMES)}, {words[0]} {rng.choice(STATE)} and "
            f"{words[1]} {rng.choice(STATE)}; {rng.choice(NEXT)} (ref {rng.randint(1000, 99999)}). "
            f"{rng.choice(EXTRA)} {rng.choice(EXTRA)}").strip()


def real_replies() -> list[str]:
    if not TWCS.is_file():
        return []
    with TWCS.open(encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle) if row["text"].strip()]


def disguise(text: str, rng: random.Random) -> str:
    how = rng.randrange(4)
    if how == 0:
        return "Hi there! 😊 " + text
    if how == 1:
        return text.replace("a", "а").replace("o", "о")  # Cyrillic lookalikes
    if how == 2:
        parts = text.split(". ")
        return ". ".join(parts[1:] + parts[:1])
    return "@99999 " + text.upper()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(7)
    real = real_replies()
    texts = real + [synthetic(rng) for _ in range(max(0, args.size - len(real)))]
    started = time.perf_counter()
    skeletons = [skeleton(t) for t in texts]
    store = MemoryStore()
    store.generation = 0  # a generation lets the guard cache its index, as the SQL stores do
    store.add(PastReply(text=t, skeleton=s, account="Brand", created_at=f"2017-01-01T00:00:{i:06d}")
              for i, (t, s) in enumerate(zip(texts, skeletons, strict=True)))
    print(f"history: {len(texts):,} replies ({len(real):,} real TWCS), "
          f"skeletons in {time.perf_counter() - started:.1f} s")
    config = Config()
    settings = config.settings("template")
    started = time.perf_counter()
    account_index(store, "Brand", settings["window_replies"], settings["window_days"])
    print(f"index build (cold, once per store): {time.perf_counter() - started:.2f} s")

    sample = rng.sample([t for t in real if len(form_of(t).words) >= 8] or texts, args.queries // 2)
    queries = [disguise(t, rng) for t in sample] + [synthetic(rng) + " Extra note for you today."
                                                    for _ in range(args.queries - len(sample))]
    choices = [" ".join(sorted(form_of(t).words)) for t in texts]  # same normalized history
    threshold = settings["threshold"]
    guard_ms, brute_ms, same, misses = [], [], 0, []
    for query in queries:
        t0 = time.perf_counter()
        report = check(query, lang="en", history=store, account="Brand", config=config,
                       guards=("template",))
        guard_ms.append((time.perf_counter() - t0) * 1000)
        hits = [f for f in report.findings if f.rule != "template.stock-phrase"]
        t0 = time.perf_counter()
        best = process.extractOne(" ".join(sorted(form_of(query).words)), choices,
                                  scorer=fuzz.ratio, score_cutoff=threshold)
        brute_ms.append((time.perf_counter() - t0) * 1000)
        guard_score = round(hits[0].details["score"]) if hits else None
        brute_score = round(best[1]) if best else None
        same += guard_score == brute_score
        if guard_score != brute_score and len(misses) < 4:
            misses.append((guard_score, brute_score, query[:90]))
    g50, g99 = percentile(guard_ms, 0.5), percentile(guard_ms, 0.99)
    b50, b99 = percentile(brute_ms, 0.5), percentile(brute_ms, 0.99)
    print(f"warm guard check:  p50 {g50:7.2f} ms   p99 {g99:7.2f} ms   mean "
          f"{statistics.mean(guard_ms):.2f} ms")
    print(f"brute extractOne:  p50 {b50:7.2f} ms   p99 {b99:7.2f} ms")
    print(f"ratio brute/guard: p50 {b50 / g50:.1f}x   p99 {b99 / g99:.1f}x")
    print(f"same matches: {same}/{len(queries)} (best score >= {threshold} agrees, or both none)")
    for miss in misses:
        print("  differs (guard, brute, query):", miss)
    print(f"p50 <= 50 ms: {'yes' if g50 <= 50 else 'NO'}")


if __name__ == "__main__":
    main()
