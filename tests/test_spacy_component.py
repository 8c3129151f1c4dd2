"""The spaCy component, found by its entry point, on a sentence of a seed with the shipped model."""

from pathlib import Path

import pytest
import spacy
from spacy import displacy
from spacy.tokens import Doc

from service import spacy_component
from service.pipeline import Extractor
from service.schema import LABELS

ROOT = Path(__file__).resolve().parent.parent
# a sentence of seeds/002_e1165d17accd02dc.txt: 环委会4次、调度会2次 ...
SENTENCE = next(line for line in (ROOT / "seeds" / "002_e1165d17accd02dc.txt").read_text(encoding="utf-8").split("。")
                if "环委会4次" in line) + "。"
OTHER = "全年查处案件795宗,罚款金额约亿元。"


@pytest.fixture
def nlp(monkeypatch, extractor) -> spacy.Language:
    """A blank Chinese pipeline with the component, over the session's model; the batches it extracts are kept
    in ``nlp.batches``."""
    monkeypatch.setattr(Extractor, "from_settings", classmethod(lambda cls, settings: extractor))
    spacy_component._shared_model.cache_clear()
    nlp = spacy.blank("zh")
    nlp.add_pipe("zhibiao")
    nlp.batches = []
    extract_batch = extractor.extract_batch
    monkeypatch.setattr(extractor, "extract_batch",
                        lambda documents: nlp.batches.append(len(documents)) or extract_batch(documents))
    yield nlp
    spacy_component._shared_model.cache_clear()


def test_a_seed_sentence_gets_the_services_spans_and_measurements(nlp, client):
    served = client.post("/extract", json={"text": SENTENCE}).json()
    doc = nlp(SENTENCE)
    assert served["measurements"] and doc._.measurements == served["measurements"]
    found = [(e["label"], e["start"], e["end"]) for e in served["entities"]]
    assert [(s.label_, s.start_char, s.end_char) for s in doc.spans["zhibiao"]] == found
    assert [(s.label_, s.start_char, s.end_char) for s in doc.ents] == found
    assert doc.spans["zhibiao"].attrs["scores"] == [e["score"] for e in served["entities"]]
    assert {s.label_ for s in doc.ents} == set(LABELS)


def test_pipe_gives_each_doc_what_it_gets_alone(nlp):
    """Batches of docs are taken from the stream, each extracted on its own: the int8 encoder's figures
    depend on what shares its batch."""
    docs = list(nlp.pipe([SENTENCE, OTHER, SENTENCE], batch_size=2))
    assert nlp.batches == [1, 1, 1]
    assert [d.text for d in docs] == [SENTENCE, OTHER, SENTENCE]
    assert [m["value"]["text"] for m in docs[1]._.measurements] == ["795", "亿"]
    assert docs[0]._.measurements == docs[2]._.measurements == nlp(SENTENCE)._.measurements


def test_displacy_draws_the_entities_in_the_labels_colours(nlp):
    assert set(spacy_component.LABEL_COLORS) == set(LABELS)
    html = displacy.render(nlp(SENTENCE), style="ent")
    for label, colour in spacy_component.LABEL_COLORS.items():
        assert f"background: {colour}" in html and f">{label}</span>" in html


def test_measurements_survive_serialization_and_ents_can_be_left_alone(nlp, extractor):
    doc = nlp(SENTENCE)
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.measurements == doc._.measurements
    assert [(e.label_, e.start_char, e.end_char) for e in restored.ents] == [(e.label_, e.start_char, e.end_char) for e in doc.ents]
    quiet = spacy.blank("zh")
    quiet.add_pipe("zhibiao", config={"set_ents": False, "span_key": "measures"})
    doc = quiet(SENTENCE)
    assert not doc.ents and len(doc.spans["measures"]) == len(restored.ents)
