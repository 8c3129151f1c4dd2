"""The Python API (``import zhibiao``) with the shipped model, and ``to_frame``'s columns and dtypes."""

import dataclasses
import datetime
import io
import json

import pandas as pd
import pytest
from hypothesis import given, strategies as st
from pydantic import TypeAdapter

import zhibiao
from service.measurements import Measurement, Sentence, TextSpan, Time, Unit, Value
from service.pipeline import Extractor
from service.settings import DEFAULT_SETTINGS

TEXT = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。"
OTHER = "全年查处案件795宗,罚款金额约亿元。"


@pytest.fixture
def library(extractor) -> zhibiao.Zhibiao:
    """The API over the session's model (not closed here: the other tests share it)."""
    return zhibiao.Zhibiao(extractor)


def test_extract_gives_the_services_response_and_the_text(library, client):
    result = library.extract(TEXT, doc_id="a", reference_date=datetime.date(2024, 12, 31))
    assert isinstance(result, zhibiao.Result) and result.text == TEXT
    served = client.post("/extract", json={"text": TEXT, "doc_id": "a", "reference_date": "2024-12-31"}).json()
    assert result.model_dump(mode="json") == {**served, "text": TEXT}
    level = next(m for m in result.measurements if m.value.text == "91.8")
    assert (level.value.number, level.unit.canonical, level.time.period_start) == (91.8, "%", datetime.date(2024, 1, 1))


def test_extract_many_keeps_the_order_names_each_document_and_extracts_it_alone(library, extractor, monkeypatch):
    batches = []
    extract_batch = extractor.extract_batch
    monkeypatch.setattr(extractor, "extract_batch", lambda documents: batches.append(len(documents)) or extract_batch(documents))
    texts = [TEXT, ("own-id", OTHER), zhibiao.Document(TEXT, "dated", datetime.date(2030, 6, 30)), OTHER]
    results = library.extract_many(texts)
    assert batches == []  # lazily: nothing is extracted before a result is asked for
    results = list(results)
    assert batches == [1, 1, 1, 1]
    assert [r.doc_id for r in results] == ["0", "own-id", "dated", "3"]
    assert [r.text for r in results] == [TEXT, OTHER, TEXT, OTHER]
    assert results[2].reference_date.date == datetime.date(2030, 6, 30)
    assert results[3].model_dump(exclude={"doc_id"}) == library.extract(OTHER).model_dump(exclude={"doc_id"})


def test_load_takes_the_model_and_precision_over_the_environment(monkeypatch, extractor, tmp_path):
    asked = []
    monkeypatch.setattr(Extractor, "from_settings", classmethod(lambda cls, settings: asked.append(settings) or extractor))
    monkeypatch.setenv("ZHIBIAO_PRECISION", "int8")
    assert isinstance(zhibiao.load(), zhibiao.Zhibiao)
    zhibiao.load(tmp_path, "float32")
    assert [(s.model, s.precision) for s in asked] == [(DEFAULT_SETTINGS.model, "int8"), (tmp_path, "float32")]


def test_to_frame_has_a_row_per_measurement_with_typed_columns(library):
    results = list(library.extract_many([TEXT, OTHER]))
    frame = zhibiao.to_frame(results)
    assert len(frame) == sum(len(r.measurements) for r in results)
    assert frame.dtypes.to_dict() == {
        "doc_id": "string", "id": "string", "indicator_text": "string", "indicator_start": "Int64", "indicator_end": "Int64",
        "value_text": "string", "value_start": "Int64", "value_end": "Int64", "value_number": "Float64",
        "value_low": "Float64", "value_high": "Float64", "value_masked": "boolean",
        "value_approx": pd.CategoricalDtype(["about", "over", "under", "at_least", "at_most"]),
        "unit_text": "string", "unit_start": "Int64", "unit_end": "Int64", "unit_canonical": "string", "unit_dimension": "string",
        "time_text": "string", "time_start": "Int64", "time_end": "Int64",
        "time_period_start": "datetime64[ms]", "time_period_end": "datetime64[ms]",
        "time_granularity": pd.CategoricalDtype(["day", "month", "quarter", "half", "year", "years", "as_of"]),
        "time_source": pd.CategoricalDtype(["sentence", "paragraph", "section", "report", "document"]),
        "kind": pd.CategoricalDtype(["level", "change", "rank"]), "target": "boolean", "confidence": "Float64",
        "sentence_start": "Int64", "sentence_end": "Int64", "sentence_text": "string",
    }
    level = frame[frame["value_text"] == "91.8"].iloc[0]
    assert (level["doc_id"], level["value_number"], level["unit_canonical"], level["kind"]) == ("0", 91.8, "%", "level")
    assert level["time_period_start"] == pd.Timestamp("2024-01-01") and level["sentence_text"] == TEXT
    masked = frame[frame["value_masked"]].iloc[0]
    assert pd.isna(masked["value_number"]) and masked["value_approx"] == "about" and masked["doc_id"] == "1"


def test_to_frame_reads_the_clis_json_lines_and_nothing(library):
    """A line without the text (``zhibiao extract`` without ``--with-text``) has no sentence texts."""
    result = library.extract(TEXT, doc_id="a")
    line = json.loads(json.dumps({k: v for k, v in result.model_dump(mode="json").items() if k != "text"}))
    from_line, from_result = zhibiao.to_frame([line]), zhibiao.to_frame([result])
    assert from_line["sentence_text"].isna().all()
    pd.testing.assert_frame_equal(from_line.drop(columns="sentence_text"), from_result.drop(columns="sentence_text"))
    empty = zhibiao.to_frame([])
    assert empty.empty and empty.dtypes.to_dict() == from_result.dtypes.to_dict()


offsets = st.integers(0, 10**7)
numbers = st.none() | st.floats(allow_nan=False, allow_infinity=False)
measurements = st.builds(
    Measurement,
    indicator=st.none() | st.builds(TextSpan, start=offsets, end=offsets),
    value=st.builds(Value, start=offsets, end=offsets, number=numbers, low=numbers, high=numbers),
    unit=st.none() | st.builds(Unit, start=offsets, end=offsets),
    time=st.none() | st.builds(Time, start=st.none() | offsets, end=st.none() | offsets),
    confidence=st.floats(0, 1),
    sentence=st.builds(Sentence, start=offsets, end=offsets),
)


@given(st.lists(measurements, min_size=1, max_size=4))
def test_every_field_of_a_measurement_is_a_column_and_parquet_gives_the_frame_back(drawn):
    """(Not for an empty frame: Parquet keeps no categories for an empty column, so its categoricals come back with none.)"""
    result = {"doc_id": "d", "measurements": TypeAdapter(list[Measurement]).dump_python(drawn, mode="json")}
    frame = zhibiao.to_frame([result])
    for (_, row), measurement in zip(frame.iterrows(), drawn):
        for column, value in _flat(dataclasses.asdict(measurement)):
            if value is None:  # a missing field, or all the fields of a missing part (an indicator, a unit, a time)
                assert row[[c for c in frame.columns if c == column or c.startswith(f"{column}_")]].isna().all(), column
            else:
                assert row[column] == value, column
    stored = io.BytesIO()
    frame.to_parquet(stored)
    pd.testing.assert_frame_equal(pd.read_parquet(stored), frame)


def _flat(fields: dict, prefix: str = ""):
    for name, value in fields.items():
        if isinstance(value, dict):
            yield from _flat(value, f"{prefix}{name}_")
        elif isinstance(value, datetime.date):
            yield f"{prefix}{name}", pd.Timestamp(value)
        else:
            yield f"{prefix}{name}", value
