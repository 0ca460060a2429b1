from replykit.document import Doc
from replykit.normalize import find_masks, fold, is_name_form, skeleton


def test_fold_removes_invisibles_and_maps_back():
    original = "Hi\u200b An\u200dna,\u00a0thanks ﬁne"
    folded = fold(original)
    assert folded.text == "Hi Anna, thanks fine"
    start = folded.text.index("Anna")
    s, e = folded.to_original(start, start + 4)
    assert original[s:e] == "An\u200dna"
    s, e = folded.to_original(folded.text.index("fine"), len(folded.text))
    assert original[s:e] == "ﬁne"


def test_masks_cover_links_handles_numbers_and_names():
    text = ("@acme_help Anna, order #55120 (SM-88214) ships 12.03 at 10:30, "
            "see https://acme.com/t/1 or mail help@acme.com")
    kinds = {(m.kind, text[m.start:m.end]) for m in find_masks(text, ("Anna",))}
    assert ("handle", "@acme_help") in kinds
    assert ("name", "Anna") in kinds
    assert ("number", "#55120") in kinds
    assert ("number", "SM-88214") in kinds
    assert ("number", "12.03") in kinds
    assert ("number", "10:30") in kinds
    assert ("url", "https://acme.com/t/1") in kinds
    assert ("email", "help@acme.com") in kinds


def test_inflected_names_are_name_forms():
    assert is_name_form("Анно", "Анна")
    assert is_name_form("Анны", "Анна")
    assert is_name_form("Άννας", "Άννα")
    assert is_name_form("Anno", "Anna")
    assert not is_name_form("Andrew", "Anna")
    assert not is_name_form("order", "Anna")


def test_skeleton_sees_through_disguises():
    base = skeleton("Hi @bob, sorry! Order 123 ships Monday.")
    assert skeleton("hi @alice — SORRY!!! order 98765 ships monday") == base
    assert skeleton("Hi @bob, s\u200borry! Оrder 123 ships Mоnday.") == base  # Cyrillic О
    assert skeleton("Hi Anna, sorry", ("Anna",)) == skeleton("Hi Maria, sorry", ("Maria",))


def test_sentences_do_not_split_inside_links_or_numbers():
    doc = Doc("Your refund of 12.50 is on its way. See www.acme.com/a.b for details! Thanks", "en")
    assert [doc.text[s:e] for s, e in doc.sentences] == [
        "Your refund of 12.50 is on its way.",
        "See www.acme.com/a.b for details!",
        "Thanks",
    ]
