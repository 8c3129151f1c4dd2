"""The Python API, ``import zhibiao``: ``zhibiao.load()`` gives a ``Zhibiao``, whose ``extract(text)`` and
``extract_many(texts)`` return results in the public JSON contract (``service.contract``) together with the
text their offsets index; ``zhibiao.to_frame(results)`` (``service.frames``) makes a pandas table of them.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from pathlib import Path

from service.contract import ExtractFileResponse, ExtractResponse, ModelInfo
from service.pipeline import Document, Extractor
from service.settings import PrecisionChoice, settings_with

# One document's result: the ``/extract`` response plus ``text``, the text its offsets index (as
# ``POST /extract/file`` returns it); ``.model_dump(mode="json")`` is the JSON the service sends.
Result = ExtractFileResponse


class Zhibiao:
    """The model, loaded once, and the calls that use it; thread-safe, as ``Extractor`` is."""

    def __init__(self, extractor: Extractor):
        self.extractor = extractor
        self.model = ModelInfo.model_validate(extractor)

    def extract(self, text: str, doc_id: str | None = None, reference_date: datetime.date | None = None) -> Result:
        """The measurements of one text; ``reference_date`` is the date relative times (今年, 上半年)
        resolve against, found in the text when absent."""
        return self._result(Document(text, doc_id, reference_date))

    def extract_many(self, texts: Iterable[str | tuple[str, str] | Document]) -> Iterator[Result]:
        """Results in the order of ``texts``, lazily: a plain string gets its position as doc_id ("0",
        "1" ...), a pair is (doc_id, text), a ``Document`` may also carry a reference date. Each text is
        extracted on its own, as ``extract`` and the CLI do: the int8 encoder scales its activations per
        batch of windows, so texts sharing batches would change each other's confidences and now and then
        a link, for little speed (README, "Python, spaCy and corpus batches")."""
        for position, item in enumerate(texts):
            yield self._result(_document(item, position))

    def _result(self, document: Document) -> Result:
        [extraction] = self.extractor.extract_batch([document])
        return Result.of(ExtractResponse.build(extraction, document.text, self.model), document.text)

    def close(self) -> None:
        """Stop the encoder's threads; nothing can be extracted afterwards."""
        self.extractor.close()

    def __enter__(self) -> Zhibiao:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _document(item: str | tuple[str, str] | Document, position: int) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(item, str(position))
    doc_id, text = item
    return Document(text, str(doc_id))


def load(model: str | Path | None = None, precision: PrecisionChoice | None = None) -> Zhibiao:
    """The model in ``model`` (a trained model's directory) in ``precision``, each by default as the
    environment says (``ZHIBIAO_MODEL``, ``ZHIBIAO_PRECISION``), else the shipped model in int8."""
    return Zhibiao(Extractor.from_settings(settings_with(model=model, precision=precision)))
