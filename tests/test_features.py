"""The model's input features are frozen: the same tables, the same per-character inputs as the
shipped model was trained on."""

import hashlib
import json
from pathlib import Path

import pytest

from service.document import prepare
from service.features import (FEATURES_VERSION, N_CHAR_CLASSES, RULES_V1, CharClass, char_class, char_features,
                              features_fingerprint)
from service.lexicon import unit_spellings
from service.normalize import read_unit
from service.schema import TAGS
from service.text import sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# sha256 of json.dumps([rule tags, classes]) of each seed's canonical view, as the features were when
# the shipped model was trained (computed with the code of commit 4014d01)
SEED_FEATURES = {
    "000_4c69f8e9b1c9a046.txt": "a066930ef90bf7701084bc7024fefaefe4d81af70c2b8992dd46d90bf947ee81",
    "001_43bf33fe4af5c73c.txt": "4684c5a63132a1ccb54edeec28b0d9f8e87825ea9014dbf034e7e0c1f4d779d0",
    "002_e1165d17accd02dc.txt": "3459ea48f1f941ef552952bb378e68c0f4320027e93e1b5462661e378e5fe1d8",
    "003_90c6cfb248094ce6.txt": "b7cde2ed90081ce1860a3c7287a5412667c005bf8d6673a0cb5f3a42210c5475",
    "004_68a3d04b2fc60ef8.txt": "372a8153ab50dd173e7c83dd7f0085d15027eaea7e3738f8c85be5cbabadd7bf",
}
CHANGED = "the model's input features changed: that needs a new FEATURES_VERSION and a retrained model"


def test_fingerprint_is_stable():
    assert (FEATURES_VERSION, features_fingerprint()) == (1, "81ef08d998635e6c"), CHANGED


@pytest.mark.parametrize("name", sorted(SEED_FEATURES))
def test_features_on_the_seeds_are_what_the_model_was_trained_on(name):
    doc = prepare((SEEDS / name).read_text(encoding="utf-8"))
    tags, classes = char_features(doc.canonical, doc.sentences)
    digest = hashlib.sha256(json.dumps([tags, classes]).encode()).hexdigest()
    assert digest == SEED_FEATURES[name], CHANGED + " (or the canonical view of this seed did)"


def test_features_cover_every_character():
    text = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。PM2.5平均浓度为32微克/立方米。"
    tags, classes = char_features(text, sentences(text))
    assert len(tags) == len(classes) == len(text)
    at = text.index("91.8")
    assert [TAGS[tag] for tag in tags[at : at + 5]] == ["B-VAL", "I-VAL", "I-VAL", "I-VAL", "B-UNIT"]
    assert TAGS[tags[text.index("空气质量")]] == "B-IND" and TAGS[tags[text.index("2024")]] == "B-TIME"
    assert set(tags[text.index("PM2.5") : text.index("PM2.5") + 5]) == {0}  # a name, not a value


@pytest.mark.parametrize(
    ("char", "expected"),
    [(" ", CharClass.SPACE), ("\n", CharClass.SPACE), ("9", CharClass.DIGIT), ("９", CharClass.FULL_WIDTH_DIGIT),
     ("九", CharClass.CHINESE_NUMERAL), ("亿", CharClass.CHINESE_NUMERAL), ("x", CharClass.PLACEHOLDER),
     ("X", CharClass.PLACEHOLDER), ("P", CharClass.LATIN_LETTER), ("％", CharClass.PERCENT_SIGN),
     ("‰", CharClass.PERCENT_SIGN), ("市", CharClass.HAN), ("，", CharClass.OTHER), ("μ", CharClass.OTHER)],
)
def test_character_classes(char, expected):
    assert char_class(char) is expected


def test_class_zero_is_no_character():
    # <s>, </s> and padding take class 0; no character does
    assert CharClass.BOUNDARY == 0 and N_CHAR_CLASSES == 10
    assert CharClass.BOUNDARY not in {char_class(chr(code)) for code in range(0x3000)}


def test_the_frozen_rules_search_only_for_units_the_lexicon_knows():
    for unit in RULES_V1.units:
        assert unit in unit_spellings() or read_unit(unit).dimension != "unknown", unit
