"""The schema is the one source of labels, relations and the anchor rule; a model trained on
another schema is refused; training and serving draw link candidates from the same pool."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.features import features_fingerprint
from service.model import CONFIG_FILE, ModelMismatch, candidate_pool, check_model_contract, load_model, model_contract
from service.schema import LABELS, RELATION, RELATIONS, TAGS, is_anchor, label_maps
from service.spans import Span
from service.text import Window
from training.markup import MarkupError, compile_markup

from service.base_model import DEFAULT_BASE_DIR as BASE_DIR

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "zhibiao-small"


def test_tags_are_iob2_over_the_labels():
    assert TAGS[0] == "O" and set(TAGS[1:]) == {f"{p}-{label}" for label in LABELS for p in "BI"}


@pytest.mark.parametrize(("label", "claimed", "anchor"), [
    ("VAL", False, True), ("VAL", True, True), ("UNIT", False, True), ("UNIT", True, False),
    ("IND", False, False), ("TIME", False, False)])
def test_anchor_rule(label, claimed, anchor):
    """A VAL always; a UNIT only when no VAL claims it (a masked value); never IND or TIME."""
    assert is_anchor(label, claimed) is anchor


def test_markup_grammar_follows_the_schema():
    text = "2024年优良天数比例91.8%"
    marked = "[[2024年|TIME:t]][[优良天数比例|IND:i]][[91.8|VAL ind=i unit=u time=t kind=change]][[%|UNIT:u]]"
    doc = compile_markup("d", marked, text)
    assert {r.type for r in doc.relations} == {r.type for r in RELATIONS}
    assert doc.attributes == {"3": {"kind": "change", "target": False}}
    with pytest.raises(MarkupError, match="belong on the anchor"):
        compile_markup("d", "[[91.8|VAL unit=u]][[%|UNIT:u kind=level]]", "91.8%")


def test_the_shipped_model_was_trained_on_this_schema():
    info = json.loads((MODEL_DIR / CONFIG_FILE).read_text(encoding="utf-8"))
    check_model_contract(info, MODEL_DIR)  # raises on a mismatch


@pytest.mark.parametrize("changed", ["tags", "kinds", "relations", "features"])
def test_a_model_trained_on_other_labels_is_refused(changed, tmp_path):
    model_dir = tmp_path / "model"
    shutil.copytree(MODEL_DIR, model_dir)
    info = json.loads((model_dir / CONFIG_FILE).read_text(encoding="utf-8"))
    info[changed] = info[changed][::-1]  # a list reversed, a fingerprint read backwards
    (model_dir / CONFIG_FILE).write_text(json.dumps(info), encoding="utf-8")
    with pytest.raises(ModelMismatch, match=f"the model's {changed}"):
        load_model(model_dir, BASE_DIR, "float32")
    del info[changed]
    with pytest.raises(ModelMismatch, match="retrain"):
        check_model_contract(info, model_dir)


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 6)), max_size=15).map(
    lambda pairs: sorted({Span("IND", s, s + n, 1.0) for s, n in pairs}, key=lambda s: (s.start, s.end)))


@given(spans, st.integers(0, 40), st.integers(0, 30), st.integers(0, 50), st.integers(0, 30),
       st.sampled_from([r.type for r in RELATIONS]))
def test_candidate_pool_is_what_the_model_sees(candidates, w_start, w_len, s_start, s_len, relation):
    """Whole inside the window, and inside the sentence too for a within-sentence relation."""
    window = Window(w_start, w_start + w_len, w_start, w_start + w_len)
    sentence = (s_start, s_start + s_len)
    lo, hi = window.start, window.end
    if RELATION[relation].within_sentence:
        lo, hi = max(lo, sentence[0]), min(hi, sentence[1])
    assert candidate_pool(relation, candidates, window, sentence) == [c for c in candidates if lo <= c.start and c.end <= hi]


def test_the_contract_is_the_schema_and_the_features():
    assert model_contract() == {**label_maps(), "features": features_fingerprint()}


def test_label_maps_are_the_schema():
    assert label_maps() == {"tags": list(TAGS), "kinds": ["level", "change", "rank"], "relations": [r.type for r in RELATIONS]}
