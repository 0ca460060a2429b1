"""The template guard against the real TWCS brand replies: every disguise of a past reply is
caught with the original in details; different replies and short fragments pass."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from replykit.history import PastReply, open_store
from replykit.history.importer import import_file
from replykit.normalize import skeleton
from replykit.pipeline import check
from replykit.similarity import form_of

EVAL = Path(__file__).resolve().parents[2] / "shared/data/eval"
TWCS = EVAL / "A_support_replies/twcs_brand_replies_combined.csv"
pytestmark = pytest.mark.skipif(not TWCS.is_file(), reason="eval data not present")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("hist") / "history.sqlite3"
    opened = open_store(str(path))
    import_file(opened, TWCS, {}, {"language": "en"})
    yield opened
    opened.close()


def real_reply(tweet_id: str) -> tuple[str, str]:
    with TWCS.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["tweet_id"] == tweet_id:
                return row["brand"], row["text"]
    raise LookupError(tweet_id)


def template_findings(text, store, account, name=None):
    report = check(text, lang="en", name=name, history=store, account=account,
                   guards=("template",))
    return [f for f in report.findings if f.rule in ("template.copy", "template.near-duplicate")]


def shuffle_sentences(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text)
    return " ".join(parts[1:] + parts[:1])


DISGUISES = {
    "other handle": lambda t: re.sub(r"@\d+", "@777001", t),
    "no handle, a name": lambda t: "Maria, " + re.sub(r"@\d+\s*", "", t),
    "zero-width chars": lambda t: "\u200b".join(t[:40]) + "\u2060" + t[40:],
    "lookalike letters": lambda t: t.replace("a", "а").replace("o", "о").replace("e", "е"),
    "shuffled sentences": shuffle_sentences,
    "greeting and emoji": lambda t: "Hi there! 😊 " + t + " 🙏",
    "upper case, no punctuation": lambda t: re.sub(r"[.,!?]", "", t.upper()),
}


@pytest.mark.parametrize("tweet_id", ["11", "4"])
@pytest.mark.parametrize("disguise", list(DISGUISES))
def test_disguised_real_reply_is_caught_with_the_original(store, tweet_id, disguise):
    brand, original = real_reply(tweet_id)
    found = template_findings(DISGUISES[disguise](original), store, brand)
    assert found, f"{disguise} of {original!r} passed"
    details = found[0].details
    assert form_of(details["past_text"]).key == form_of(original).key
    assert details["past_date"] and details["score"] >= 85
    assert found[0].severity == "error"


def test_other_order_number_is_a_copy(store):
    past = "Your order 112-5566771 was refunded today, it can take 3-5 days to show on your card."
    store.add([PastReply(text=past, skeleton=skeleton(past), account="AmazonHelp",
                         created_at="2017-11-01T10:00:00Z")])
    found = template_findings(past.replace("112-5566771", "114-0000123"), store, "AmazonHelp")
    assert [f.rule for f in found] == ["template.copy"]
    assert found[0].details["past_text"] == past


def test_customer_name_is_seen_through(store):
    brand, original = real_reply("11")
    found = template_findings("Hi Olga! " + original, store, brand, name="Olga")
    assert found and found[0].details["score"] >= 85


def test_a_genuinely_different_reply_passes(store):
    brand, _ = real_reply("11")
    draft = ("Your March bill includes a one-time activation fee for the new line, which is why "
             "it is higher than February's; it will not repeat next month.")
    assert template_findings(draft, store, brand) == []


@pytest.mark.parametrize("fragment", ["Thanks, Anna!", "Sorry for the trouble",
                                      "Please DM us.", "Happy to help!"])
def test_short_shared_fragments_pass(store, fragment):
    assert template_findings(fragment, store, None) == []


def test_other_accounts_replies_do_not_count(store):
    brand, original = real_reply("11")
    assert template_findings(original, store, "SomeOtherBrand") == []
    assert template_findings(original, store, None)  # no account: compare with everyone


def test_stock_phrase_warns_without_history():
    report = check("We apologize for any inconvenience this may have caused.", lang="en",
                   guards=("template",))
    assert [(f.rule, f.severity) for f in report.findings] == [("template.stock-phrase", "warning")]
