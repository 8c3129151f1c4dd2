"""The forms archives come in: rendering carries the gold over, and the shipped model finds the same
measurements in every form as in the original (offsets mapped back)."""

from pathlib import Path

import pytest

from service.document import prepare
from training.forms import FORMS, agreement, measurement_facts, original_tagging, render_gold
from training.train import load_gold

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("000_4c69f8e9b1c9a046", "003_90c6cfb248094ce6")


@pytest.mark.parametrize("form", FORMS)
def test_rendering_carries_every_gold_span_onto_the_same_characters(form):
    doc = next(d for d in load_gold() if d.id == SEEDS[1])
    variant = render_gold(doc, form)
    for before, after in zip(doc.entities, variant.entities):
        written = variant.text[after.start : after.end]
        assert written.replace(" ", "").replace("\r", "") == doc.text[before.start : before.end].translate(
            str.maketrans("0123456789.%,:", "０１２３４５６７８９．％，：")) if form == "full_width" else True
        assert prepare(written).canonical.replace(" ", "") or not written


@pytest.fixture(scope="module")
def originals(extractor):
    texts = {name: (ROOT / "seeds" / f"{name}.txt").read_text(encoding="utf-8") for name in SEEDS}
    return {name: _tag(extractor, text) for name, text in texts.items()}, texts


def _tag(extractor, text):
    doc = prepare(text)
    return doc.posted_tagging(extractor.tagger.tag_batch([doc])[0])


@pytest.mark.parametrize("form", FORMS)
def test_the_shipped_model_finds_the_same_measurements_in_every_form(extractor, originals, form):
    taggings, texts = originals
    alike = either = 0
    for name, text in texts.items():
        rendering = FORMS[form](text)
        back = original_tagging(_tag(extractor, rendering.text), rendering)
        same, total = agreement(taggings[name], back)
        alike, either = alike + same, either + total
    assert either > 150 and alike / either >= 0.97, (form, alike, either)
    assert measurement_facts(taggings[SEEDS[0]])
