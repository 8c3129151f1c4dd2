"""zhibiao as a spaCy pipeline component: ``nlp = spacy.blank("zh"); nlp.add_pipe("zhibiao")``.

spaCy finds the factory through the ``spacy_factories`` entry point (pyproject.toml), with no import.
Each doc gets the model's IND/VAL/UNIT/TIME spans in ``doc.spans["zhibiao"]`` (their scores in the
group's ``attrs["scores"]``, as spaCy's span categorizer keeps them) and, unless ``set_ents`` is false, in
``doc.ents``, which ``displacy.render(doc, style="ent")`` draws; and ``doc._.measurements``, the
measurements as the JSON contract states them (``service.contract``), offsets into ``doc.text``.

spaCy imports this module whenever it builds a pipeline, to register the factories that packages
advertise, so the model's code (torch) is imported only when the component is made.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

if TYPE_CHECKING:
    from service.library import Zhibiao

# displaCy's colours for the labels (the spacy_displacy_colors entry point)
LABEL_COLORS = {"IND": "#c6dbef", "VAL": "#fdd0a2", "UNIT": "#c7e9c0", "TIME": "#dadaeb"}


@functools.cache
def _shared_model(model: str | None, precision: str | None) -> Zhibiao:
    """One model per (directory, precision) in a process, however many pipelines use it."""
    from service.library import load

    return load(model, precision)


@Language.factory("zhibiao", default_config={"model": None, "precision": None, "span_key": "zhibiao", "set_ents": True})
def make_zhibiao(nlp: Language, name: str, model: str | None, precision: str | None, span_key: str,
                 set_ents: bool) -> ZhibiaoComponent:
    """``model``: a trained model's directory and ``precision``: int8 or float32, by default as
    the environment says (``ZHIBIAO_MODEL``, ``ZHIBIAO_PRECISION``), else the shipped model in int8."""
    return ZhibiaoComponent(_shared_model(model, precision), span_key, set_ents)


class ZhibiaoComponent:
    def __init__(self, zhibiao: Zhibiao, span_key: str = "zhibiao", set_ents: bool = True):
        self.zhibiao = zhibiao
        self.span_key = span_key
        self.set_ents = set_ents
        if not Doc.has_extension("measurements"):
            Doc.set_extension("measurements", default=None)

    def __call__(self, doc: Doc) -> Doc:
        """``nlp(text)``, and each doc of ``nlp.pipe(texts, batch_size=...)``: a doc is extracted on its own,
        so that it gets the same measurements in any batch (``Zhibiao.extract_many``)."""
        result = self.zhibiao.extract(doc.text)
        found = [(doc.char_span(e.start, e.end, label=e.label, alignment_mode="expand"), e.score) for e in result.entities]
        found = [(span, score) for span, score in found if span is not None]
        doc.spans[self.span_key] = [span for span, _ in found]
        doc.spans[self.span_key].attrs["scores"] = [score for _, score in found]
        if self.set_ents:
            doc.ents = filter_spans([span for span, _ in found])
        doc._.measurements = result.model_dump(mode="json")["measurements"]
        return doc
