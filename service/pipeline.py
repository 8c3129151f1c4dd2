"""The whole flow for one or many documents: text -> spans -> links -> measurements.

``Extractor`` owns the model (loaded once) and is safe to share between threads. ``extract_steps`` does
the work a step at a time (a document's preparation, a few dozen encoder passes, a document's assembly),
so that one thread can interleave requests and a short one need not wait for all of a long one
(``service.api``).
"""

from __future__ import annotations

import datetime
import gc
from dataclasses import dataclass, field
from pathlib import Path

from service.base_model import build_base_model
from service.manifest import verify_manifest
from service.measurements import Measurement, build_measurements
from service.runtime import load_runtime
from service.normalize import Frame, ReferenceDate, find_frame, frame_of
from service.spans import Span
from service.steps import STEP_CHARS, Steps, run
from service.tagging import Tagger
from service.document import Doc, prepare
from service.settings import DEFAULT_SETTINGS, PrecisionChoice, Settings


@dataclass
class Extraction:
    doc_id: str | None
    reference_date: ReferenceDate
    measurements: list[Measurement]
    entities: list[Span]
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Document:
    text: str
    doc_id: str | None = None
    reference_date: datetime.date | None = None


class Extractor:
    def __init__(self, model_dir: Path = DEFAULT_SETTINGS.model, base_dir: Path = DEFAULT_SETTINGS.base_dir,
                 precision: PrecisionChoice = DEFAULT_SETTINGS.precision):
        """The model in ``model_dir`` over the base encoder in ``base_dir`` (built there if absent), the
        encoder in ``precision``: auto (int8), float32 (the reference precision) or int8.
        The defaults are the shipped model's; ``from_settings`` takes the operator's."""
        verify_manifest(model_dir)
        build_base_model(base_dir)
        runtime, info = load_runtime(model_dir, base_dir, precision)
        self.name = info["name"]
        self.version = info["version"]
        self.precision = runtime.precision
        self.tagger = Tagger(runtime)
        # Loading leaves ~385k long-lived objects (model, libraries); a full collection rescanning
        # them stalled a 5,000-character request by 240 ms now and then (measured). Frozen, they are
        # skipped; the garbage of loading is collected first, so none of it is kept for good.
        gc.collect()
        gc.freeze()

    @classmethod
    def from_settings(cls, settings: Settings) -> Extractor:
        return cls(settings.model, settings.base_dir, settings.precision)

    def close(self) -> None:
        """Stop the encoder's threads; the extractor cannot extract afterwards."""
        self.tagger.close()

    def extract(self, document: Document) -> Extraction:
        return self.extract_batch([document])[0]

    def extract_batch(self, documents: list[Document]) -> list[Extraction]:
        return run(self.extract_steps(documents))

    def extract_steps(self, documents: list[Document]) -> Steps[list[Extraction]]:
        """``extract_batch`` a step at a time: documents are prepared and assembled ``STEP_CHARS`` characters a
        step (a longer one alone), encoded a few dozen windows a step; a short request is done in one step."""
        prepared = []
        done = 0
        for document in documents:
            prepared.append(prepare(document.text))
            done += len(document.text)
            if done >= STEP_CHARS:
                done = 0
                yield
        taggings = yield from self.tagger.tag_steps(prepared)
        extractions = []
        for document, doc, tagging in zip(documents, prepared, taggings):
            extractions.append(self._assemble(document, doc, tagging))
            done += len(document.text)
            if done >= STEP_CHARS:
                done = 0
                yield
        return extractions

    @staticmethod
    def _assemble(document: Document, doc: Doc, tagging) -> Extraction:
        warnings = []
        # the frame (the report's date, the periods it reviews and plans) is what relative times read against
        frame: Frame = frame_of(document.reference_date, "request") if document.reference_date else find_frame(doc.canonical)
        reference = ReferenceDate(frame.date, frame.source)
        if reference.date is None:
            warnings.append("no reference date found in the text: relative times (今年, 上半年) stay unresolved; "
                            "pass reference_date to resolve them")
        if doc.ignored_chars:
            warnings.append(f"{doc.ignored_chars} characters of markup or page chrome were ignored "
                            "(offsets still point into the posted text)")
        return Extraction(
            doc_id=document.doc_id,
            reference_date=reference,
            measurements=build_measurements(doc, tagging, frame),
            entities=sorted((doc.posted_span(s) for s in tagging.spans), key=lambda s: s.start),
            warnings=warnings,
        )

