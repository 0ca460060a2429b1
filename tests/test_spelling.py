"""The spelling guard on realistic replies: typos caught, names/handles/links/codes never."""

from __future__ import annotations

import pytest

from replykit import check
from replykit.spell.dictionaries import ENV_VAR, search_folders

TYPOS = ("spelling.typo", "spelling.mixed-script")


def rules(text, lang, **kw):
    return [(f.rule, f.text) for f in check(text, lang=lang, guards=("spelling",), **kw).findings]


@pytest.mark.parametrize(
    ("lang", "text", "name", "typo"),
    [
        (
            "en",
            "Hi Siobhan, order SM-88214 was recieved, see https://acme.io/t/1 or help@acme.io.",
            "Siobhan",
            "recieved",
        ),
        (
            "ru",
            "Анно, заказ SM-88214 уже в пути, извените за задержку. Пишите @acme_help.",
            "Анна",
            "извените",
        ),
        (
            "uk",
            "Олено, замовлення SM-88214 вже в дорозі, перепрошуемо. Пишіть на help@acme.ua.",
            "Олена",
            "перепрошуемо",
        ),
        (
            "pl",
            "Pani Agnieszko, zamówienie SM-88214 jest w drodze, przepraszamy za opużnienie.",
            "Agnieszka",
            "opużnienie",
        ),
        (
            "el",
            "Άννα, η παραγγελία SM-88214 είναι καθ' οδόν, ζητάμε συγγνώμη για την καθηστέρηση.",
            "Άννα",
            "καθηστέρηση",
        ),
    ],
)
def test_only_the_typo_is_flagged(lang, text, name, typo):
    assert rules(text, lang, name=name) == [("spelling.typo", typo)]


def test_suggestions_and_mixed_script():
    report = check("We have recieved it. Thаnks!", lang="en", guards=("spelling",))
    by_rule = {f.rule: f for f in report.findings}
    assert by_rule["spelling.typo"].suggestions[0] == "received"
    assert by_rule["spelling.mixed-script"].suggestions == ["Thanks"]
    assert by_rule["spelling.mixed-script"].severity == "error"


def test_vocabulary_and_comment_words_are_accepted():
    text = "the zephyrix adapter ships today."
    assert rules(text, "en") == [("spelling.typo", "zephyrix")]
    assert rules(text, "en", config={"vocabulary": ["Zephyrix"]}) == []
    assert rules(text, "en", comment="where is my zephyrix adapter?") == []


def test_pl_and_el_dictionaries_survive_words_their_encoding_cannot_write():
    assert rules("Dziękujemy, Привет i ἄνθρωπος są obcymi słowami.", "pl") == []
    assert rules("Ευχαριστούμε, ο ἄνθρωπος και το Привет είναι ξένες λέξεις.", "el") == []


def test_missing_dictionary_is_one_info_finding(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    config = {"spelling": {"dictionaries": str(tmp_path), "search_system": False}}
    report = check(
        "Thank you, the parcle is on its way.", lang="en", guards=("spelling",), config=config
    )
    assert [(f.rule, f.severity) for f in report.findings] == [("spelling.no-dictionary", "info")]
    assert "apt-get install hunspell-en-us" in report.findings[0].message


def test_env_folder_comes_before_the_system_folders(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert search_folders("/cfg")[:2] == ("/cfg", str(tmp_path))
    assert "/usr/share/hunspell" in search_folders(None)
    assert "/usr/share/hunspell" not in search_folders(None, search_system=False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Words Debian's small ru/uk dictionaries lack, known to pymorphy3's dictionaries.
        ("ru", "Фотосессию перенесли на пятницу, фотограф легитимизирует договор сегодня."),
        ("uk", "Фотосесію перенесли на п'ятницю, вибачте за незручності."),
        # Productive prefixes joined to a known word.
        ("ru", "Ссылка на фотохостинг и видеоинструкцию придёт в письме."),
        ("pl", "Wideoinstrukcja i fotoksiążka są już w drodze."),
        # Greek: the second accent of an enclitic, and an initial capital without its accent.
        ("el", "Η παραγγελία σας είναι έτοιμη. Ετσι κι αλλιώς, η επιστροφή χρημάτων σας ολοκληρώθηκε."),
        ("el", "Ευχαριστούμε για την υπομονή σας: το δέμα σας έφτασε."),
    ],
)
def test_words_beyond_the_hunspell_list_pass(lang, text):
    assert rules(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "word", "fixed"),
    [
        ("pl", "Kurier dzwonił, a Pozniej zostawił paczkę w punkcie.", "Pozniej", "Później"),
        ("pl", "Paczka jedzie do Wroclawia, będzie jutro.", "Wroclawia", "Wrocławia"),
        ("el", "Στείλαμε το δέμα στην Ελλαδα χθες το πρωί.", "Ελλαδα", "Ελλάδα"),
    ],
)
def test_capitalised_word_that_lost_its_marks_is_a_typo(lang, text, word, fixed):
    report = check(text, lang=lang, guards=("spelling",))
    assert [(f.rule, f.text, f.suggestions) for f in report.findings] == [("spelling.typo", word, [fixed])]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Kurier był u Pana Kowalskiego, a Pani Kasia odebrała paczkę w Gdańsku."),
        ("pl", "Przekazaliśmy sprawę do Siobhan i Jordana z działu reklamacji."),
        ("el", "Ο Γιώργος και η Δέσποινα από το κατάστημα στη Λάρισα θα σας καλέσουν."),
    ],
)
def test_names_mid_sentence_are_not_restored_into_typos(lang, text):
    assert rules(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "typo"),
    [
        # A prefix Ukrainian writes together, never with a hyphen.
        ("uk", "Надішліть, будь ласка, аудіо-файли на пошту.", "аудіо-файли"),
        # The Cyrillic part of a word with a Latin code or an acronym in front is still checked.
        ("uk", "Нову SIM-каттку вже надіслали поштою.", "SIM-каттку"),
        ("uk", "Без ПІН-коу оплата обмежена.", "ПІН-коу"),
        # "we'" is no word: no elision in English.
        ("en", "Thanks, we'l check the order today.", "we'l"),
    ],
)
def test_hyphens_and_apostrophes_do_not_hide_typos(lang, text, typo):
    assert rules(text, lang) == [("spelling.typo", typo)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Нову SIM-картку надіслали, без ПІН-коду оплата обмежена, онлайн-проєкт працює."),
        ("ru", "Перезагрузите роутер: смс с промокодом придёт в течение часа."),
        ("el", "Γι' αυτό σας γράψαμε: γι'αυτό ζητάμε συγγνώμη σ'όλους. Επανεκκινήστε το ρούτερ."),
    ],
)
def test_codes_elision_and_support_words_pass(lang, text):
    assert rules(text, lang) == []


def test_a_name_opening_the_reply_is_an_address_not_a_typo():
    # No name given: "Oluwaseun," is nobody's typo (no word is one edit away)...
    assert rules("Oluwaseun, your order shipped this morning.", "en") == []
    # ...but a greeting one letter off is.
    assert rules("Здраствуйте, заказ уже в пути.", "ru") == [("spelling.typo", "Здраствуйте")]


@pytest.mark.parametrize(
    ("word", "accented"),
    [
        ("τηλέφωνο", "τηλέφωνό"),  # accent on the third syllable from the end
        ("αίτημα", "αίτημά"),  # αι is one vowel
        ("Καθήκοντα", "Καθήκοντά"),  # case kept
        ("στοιχεία", None),  # στοι-χεί-α: the middle syllable carries it
        ("λογαριασμό", None),
        ("χέρια", None),  # χέ-ρια: ι may merge with α, the count is unsure
        ("μήνυμά", None),  # already has it
    ],
)
def test_the_enclitic_accent_goes_on_the_last_syllable(word, accented):
    assert _enclitic_rule_of("el").with_second_accent(word) == accented


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Λάβαμε το μήνυμα σας.", ["μήνυμα"]),
        ("Το αίτημα σας θα ολοκληρωθεί αύριο, καλέστε στο τηλέφωνο μας.", ["αίτημα", "τηλέφωνο"]),
        ("Λάβαμε το μήνυμά σας και το τηλέφωνό σας.", []),
        # του, της are articles here, and σας belongs to the verb after it
        ("Η διεύθυνση του καταστήματος και τα έξοδα της αποστολής άλλαξαν.", []),
        ("Στο ερώτημα σας απαντάμε αναλυτικά.", []),
        ("Κάθε σύγκριση μας είναι χρήσιμη.", []),  # "useful to us" as well as "our comparison"
    ],
)
def test_a_missing_enclitic_accent_is_a_typo_where_the_pronoun_is_surely_possessive(text, flagged):
    report = check(text, lang="el", guards=("spelling",))
    assert [text[f.start : f.end] for f in report.findings] == flagged
    rule = _enclitic_rule_of("el")
    assert all(f.suggestions == [rule.with_second_accent(f.text)] for f in report.findings)


def test_languages_without_enclitic_accents_have_no_such_rule():
    assert all(_enclitic_rule_of(lang) is None for lang in ("en", "ru", "uk", "pl"))


def _enclitic_rule_of(lang: str):
    from replykit.guards.spelling import _enclitic_rule

    return _enclitic_rule(lang)


def test_a_greek_compound_ending_in_final_sigma_is_a_word():
    # casefold() would write the final ς as σ, and no dictionary word ends so
    text = "Ο νέος τηλεσυνεργάτης μας και ο φωτοσχεδιαστής σας θα σας καλέσουν."
    assert check(text, lang="el", guards=("spelling",)).findings == []


def test_english_words_in_polish_do_not_depend_on_an_english_check_running_first():
    # "preorder" is one of the English lexicon's extra words, not in Debian's en_US
    text = "Zamówienie z preorder wyślemy w piątek."
    first = check(text, lang="pl", guards=("spelling",)).findings
    check("We will ship the preorder on Friday.", lang="en", guards=("spelling",))
    assert first == check(text, lang="pl", guards=("spelling",)).findings == []


@pytest.mark.parametrize(
    ("lang", "text", "typo"),
    [
        ("uk", "Доставимо 2 шт. на вул. Хрещатик, а чек надішлемо на тел. завтра.", None),
        ("el", "Η παραγγελία με αρ. 45821 (2 τεμ.) έφυγε, τηλ. 2101234567.", None),
        ("en", "Packing takes 10 mins. and the dept. ships approx. 3 pcs. a box.", None),
        # a typo before a full stop is still a typo
        ("uk", "Доставимо на вулл. Хрещатик.", "вулл"),
        ("el", "Η παραγγελία έφυγε χθεσ.", "χθεσ"),
    ],
)
def test_abbreviations_with_their_period_are_words(lang, text, typo):
    findings = check(text, lang=lang, guards=("spelling",)).findings
    assert [text[f.start : f.end] for f in findings] == ([typo] if typo else [])
