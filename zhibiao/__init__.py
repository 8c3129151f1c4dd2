"""zhibiao's Python API: Chinese government report text -> structured, normalized measurements.

    import zhibiao
    extractor = zhibiao.load()                                  # the shipped model (ZHIBIAO_MODEL, ZHIBIAO_PRECISION)
    result = extractor.extract("2024年,全市PM2.5平均浓度为32.2微克/立方米。")
    result.measurements[0].value.number                         # 32.2
    frame = zhibiao.to_frame(extractor.extract_many(texts))     # a row per measurement

The code lives in the project's ``service`` package; this package is the installed name it is used by.
spaCy finds the ``zhibiao`` pipeline component without an import (``nlp.add_pipe("zhibiao")``), and
``zhibiao batch`` runs a corpus on Ray (``service.spacy_component``, ``service.batch``).
"""

from service.frames import to_frame
from service.library import Result, Zhibiao, load
from service.pipeline import Document

__all__ = ["Document", "Result", "Zhibiao", "load", "to_frame"]
