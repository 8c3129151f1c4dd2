"""Tests that go looking for faults: a bounded schemathesis run of every endpoint of the OpenAPI document
(no 5xx, responses as documented), and Hypothesis properties over arbitrary Unicode for /extract (NUL,
lone surrogates sent as JSON escapes, combining marks, right-to-left text, emoji, long runs of one
character): never an exception, every offset inside the text and pointing at the text it names, and
/extract/batch equal to /extract one document at a time."""

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.specs.openapi.checks import negative_data_rejection, positive_data_acceptance

from service import api
from service.pipeline import Extractor
from service.settings import Settings
from test_service import assert_alike

SCHEMA = schemathesis.openapi.from_asgi("/openapi.json", api.app)
SCHEMA.config.generation.update(max_examples=15)


FUZZ_KEY = "fuzz-key"


@pytest.fixture
def fuzzed(serve, stub):
    """The app with the stub extractor (the contract, not the model, is under test here) and an API key, so
    that schemathesis also checks that a request without it is refused."""
    return serve(stub, Settings(api_keys=[FUZZ_KEY]))


# Left out: whether pydantic's lax coercions (0 read as the date 1970-01-01, false as the score 0.0) count as
# accepting invalid data, and whether an empty upload, which the schema allows, may be refused (it is: 422).
LENIENCY_CHECKS = [negative_data_rejection, positive_data_acceptance]


@SCHEMA.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_every_endpoint_answers_generated_requests_as_documented(case, fuzzed):
    """No 5xx; statuses, content types, headers and bodies as documented; a missing key refused."""
    case.call_and_validate(headers={"Authorization": f"Bearer {FUZZ_KEY}"}, excluded_checks=LENIENCY_CHECKS)


REPORT_BITS = st.sampled_from(["2024年", "全市", "PM2.5平均浓度", "为", "32.2", "微克/立方米", "。", "同比下降", "1.9个百分点",
                               "今年", "十四五", "\n", "，", "%", "分别", "、", "和", "3101.7"])
ODD = st.sampled_from(["\x00", "\ud800", "\udfff", "\u0301", "\u200f", "\u202e", "\u202c", "👍🏽", "🇨🇳", "\ufeff",
                       "\u3000", "\r\n", "\t", "ｰ", "①", "Ⅻ", "〇"])
TEXTS = st.lists(st.one_of(REPORT_BITS, ODD, st.text(max_size=5)), min_size=1, max_size=40).map("".join).filter(str.strip)


def post_raw(client, path: str, body: dict):
    """POST ``body`` as JSON with every non-ASCII character escaped (a lone surrogate becomes \\udXXX, as a
    JavaScript client sends it)."""
    return client.post(path, content=json.dumps(body, ensure_ascii=True), headers={"Content-Type": "application/json"})


def assert_offsets_hold(text: str, response: dict):
    for measurement in response["measurements"]:
        for part in ("indicator", "value", "unit", "time"):
            span = measurement[part]
            if span and span.get("start") is not None:
                assert 0 <= span["start"] <= span["end"] <= len(text)
                assert text[span["start"]:span["end"]] == span["text"]
    for entity in response["entities"]:
        assert text[entity["start"]:entity["end"]] == entity["text"]


def has_lone_surrogate(text: str) -> bool:
    return any("\ud800" <= char <= "\udfff" for char in text)


@given(text=TEXTS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_extract_takes_any_unicode_and_its_offsets_hold(client, text):
    """Any text is extracted with exact offsets, but for a lone surrogate: not a character, refused (422)."""
    response = post_raw(client, "/extract", {"text": text})
    if has_lone_surrogate(text):
        assert response.status_code == 422 and "holds a lone surrogate" in response.json()["detail"]
        return
    assert response.status_code == 200, response.text
    assert_offsets_hold(text, response.json())


@pytest.mark.parametrize("body", [{"text": "2024年\ud800增长91.8%"}, {"text": "2024年增长91.8%", "doc_id": "a\udfff"}])
def test_a_lone_surrogate_is_refused_where_a_response_would_carry_it(client, body):
    response = post_raw(client, "/extract", body)
    assert response.status_code == 422
    assert "holds a lone surrogate, U+D" in response.json()["detail"]


@pytest.mark.parametrize("text", ["8" * 100_000, "年" * 100_000, "\u0301" * 100_000])
def test_long_runs_of_one_character_are_extracted(client, text):
    response = post_raw(client, "/extract", {"text": text})
    assert response.status_code == 200, response.text[:300]
    assert_offsets_hold(text, response.json())


@pytest.fixture(scope="module")
def float32_extractor():
    """The shipped model in float32. In int8 (the default) a batch does not answer as its documents one by one:
    the encoder quantizes each pass by the range of all the windows in it, so another document's windows move
    a probability by up to 0.09 (found by the test below; reported in #23)."""
    extractor = Extractor(precision="float32")
    yield extractor
    extractor.close()


@given(texts=st.lists(TEXTS, min_size=1, max_size=4))
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_batch_answers_as_its_documents_one_by_one(serve, float32_extractor, texts):
    texts = [text for text in texts if not has_lone_surrogate(text)] or ["2024年增长91.8%"]
    client = serve(float32_extractor)
    batch = post_raw(client, "/extract/batch", {"documents": [{"text": t, "doc_id": str(i)} for i, t in enumerate(texts)]})
    assert batch.status_code == 200, batch.text
    one_by_one = [post_raw(client, "/extract", {"text": t, "doc_id": str(i)}).json() for i, t in enumerate(texts)]
    assert_alike(batch.json()["results"], one_by_one)  # padding moves float32 sums in the last digits at most
