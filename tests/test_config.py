import pytest

from replykit import check
from replykit.config import discover, load
from replykit.model import ReplykitError


def test_replykit_toml_is_found_upward(in_tmp):
    (in_tmp / "replykit.toml").write_text('channel = "twitter"\n[rules]\n"links.dump" = "off"\n')
    sub = in_tmp / "a" / "b"
    sub.mkdir(parents=True)
    assert discover(sub) == in_tmp / "replykit.toml"


def test_pyproject_tool_table(in_tmp):
    (in_tmp / "pyproject.toml").write_text('[project]\nname="x"\n[tool.replykit]\nchannel = "sms"\n')
    assert load().channel == "sms"


def test_rule_severity_and_off():
    text = "See https://acme.com/a and https://acme.com/b please."
    assert any(f.rule == "links.dump" for f in check(text, lang="en").findings)
    off = check(text, lang="en", config={"rules": {"links.dump": "off"}})
    assert not any(f.rule == "links.dump" for f in off.findings)
    raised = check(text, lang="en", config={"rules": {"links.dump": "error"}})
    assert not raised.ok


def test_guard_settings_apply():
    text = "Hi Anna, your order ships on Monday and the courier calls you first. " * 3
    report = check(text, lang="en", channel="twitter", config={"length": {"limits": {"twitter": 100}}})
    assert any(f.rule == "length.too-long" for f in report.findings)


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        ({"colour": "red"}, "colour"),
        ({"rules": {"tone.nonsense-rule": "error"}}, "tone.nonsense-rule"),
        ({"rules": {"links.dump": "fatal"}}, "links.dump"),
        ({"length": {"limits": {"twitter": "long"}}}, "length.limits.twitter"),
        ({"length": {"max_sentence_words": -3}}, "length.max_sentence_words"),
        ({"length": {"nope": 1}}, "length.nope"),
        ({"channel": "fax"}, "channel"),
    ],
)
def test_bad_config_names_the_key(data, needle):
    with pytest.raises(ReplykitError, match=needle.replace(".", r"\.")):
        check("Hello there, thanks for writing.", lang="en", config=data)


def test_bad_toml_file(in_tmp):
    path = in_tmp / "replykit.toml"
    path.write_text("channel = \n")
    with pytest.raises(ReplykitError, match="not valid TOML"):
        load(path)
