"""Character-level IOB2: gold spans -> one tag per character -> the same spans."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from seqeval.metrics.sequence_labeling import get_entities

from service.schema import LABELS, TAG_ID, TAGS
from service.tagging import INDICATOR_CARRY_FLOOR, decode_tags
from training.gold import GoldDocument, GoldEntity, load_jsonl
from training.iob import document_tags, spans_to_tags, tags_to_spans, to_dataset

GOLD_DIR = Path(__file__).resolve().parent.parent / "annotations" / "gold"
TAG_SET = set(TAGS)


@pytest.fixture(scope="module")
def docs() -> list[GoldDocument]:
    return [d for name in ("seeds.jsonl", "corpus.jsonl") for d in load_jsonl(GOLD_DIR / name)]


def spans_of(doc: GoldDocument) -> list[tuple[str, int, int]]:
    return sorted(((e.label, e.start, e.end) for e in doc.entities), key=lambda s: s[1])


def assert_iob2(tags: list[str]) -> None:
    for previous, tag in zip(["O"] + tags, tags):
        assert tag in TAG_SET
        if tag.startswith("I-"):
            assert previous[2:] == tag[2:] and previous != "O", (previous, tag)


def test_gold_round_trip(docs):
    assert len(docs) >= 9
    for doc in docs:
        tags = document_tags(doc)
        assert len(tags) == len(doc.text)
        assert_iob2(tags)
        assert tags_to_spans(tags) == spans_of(doc), doc.id
        # an independent decoder agrees (seqeval's ends are inclusive)
        assert [(label, start, end + 1) for label, start, end in get_entities(tags)] == spans_of(doc), doc.id


def test_dataset_rows_are_lossless(docs):
    from datasets import Dataset

    dataset = to_dataset(docs)
    assert isinstance(dataset, Dataset)
    assert dataset.num_rows == len(docs)
    assert set(dataset.column_names) == {"id", "chars", "tags"}
    for doc, row in zip(docs, dataset):
        assert row["id"] == doc.id
        assert "".join(row["chars"]) == doc.text and len(row["chars"]) == len(doc.text)
        assert row["tags"] == document_tags(doc)
        assert tags_to_spans(row["tags"]) == spans_of(doc)


@st.composite
def spans_in_text(draw):
    """A text length and non-overlapping spans in it, adjacent same-label spans included."""
    spans, cursor = [], draw(st.integers(0, 3))
    for label, length, gap in draw(st.lists(st.tuples(st.sampled_from(LABELS), st.integers(1, 6), st.integers(0, 3)), max_size=25)):
        spans.append((label, cursor, cursor + length))
        cursor += length + gap
    return cursor + draw(st.integers(0, 3)), spans


@given(spans_in_text())
def test_random_spans_round_trip(case):
    length, spans = case
    tags = spans_to_tags(length, spans)
    assert len(tags) == length
    assert_iob2(tags)
    assert tags_to_spans(tags) == spans
    doc = GoldDocument("random", "字" * length, [GoldEntity(i, *s) for i, s in enumerate(spans, 1)], [])
    assert document_tags(doc) == tags


def test_adjacent_spans_of_one_label_stay_apart():
    spans = [("VAL", 0, 2), ("VAL", 2, 3), ("UNIT", 3, 4)]
    tags = spans_to_tags(5, spans)
    assert tags == ["B-VAL", "I-VAL", "B-VAL", "B-UNIT", "O"]
    assert tags_to_spans(tags) == spans


def test_an_indicator_goes_on_through_doubtful_characters_and_no_other_label_does():
    # 农村卫生户厕覆盖率达到: the model tags 农 B-IND and the rest O, giving I-IND some chance up to 率
    text = "农村卫生户厕覆盖率达到"
    tags = ["B-IND"] + ["O"] * (len(text) - 1)
    carry = [0.0, 0.4, 0.3, 0.2, INDICATOR_CARRY_FLOOR, 0.5, 0.6, 0.4, 0.3, 0.01, 0.0]
    scores = [0.9] + [0.6] * (len(text) - 1)
    [indicator] = decode_tags([TAG_ID[t] for t in tags], scores, 5, carry)
    assert (text[indicator.start - 5 : indicator.end - 5], indicator.label) == ("农村卫生户厕覆盖率", "IND")
    assert indicator.score == pytest.approx(sum([0.9] + carry[1:9]) / 9)
    # a character below the floor ends it; without the probabilities, tags alone decide
    assert [(s.start, s.end) for s in decode_tags([TAG_ID[t] for t in tags], scores, 0, [0.0, 0.5, 0.09] + [0.9] * 8)] == [(0, 2)]
    assert [(s.start, s.end) for s in decode_tags([TAG_ID[t] for t in tags], scores)] == [(0, 1)]
    # a value or a time is never carried, nor is an indicator through another label's tag
    assert [(s.label, s.start, s.end) for s in decode_tags([TAG_ID[t] for t in ["B-VAL", "O", "B-IND", "B-UNIT"]], [0.9] * 4, 0, [0.9] * 4)] \
        == [("VAL", 0, 1), ("IND", 2, 3), ("UNIT", 3, 4)]
