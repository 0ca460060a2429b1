"""Loading the language data: a mistake in a lexicon file is an error, never a silent loss."""

from __future__ import annotations

import pytest
import yaml

from replykit.lexicon import YAML_LOADER, lexicon_files, load


def test_a_repeated_key_is_an_error_not_a_lost_list():
    text = "rules:\n  - id: tone.blaming\n    regex: ['a']\n    regex: ['b']\n"
    with pytest.raises(yaml.YAMLError, match="duplicate key 'regex'"):
        yaml.load(text, Loader=YAML_LOADER)


def test_every_shipped_lexicon_loads():
    assert all(isinstance(load(lang, name), dict) for lang, name in lexicon_files())
