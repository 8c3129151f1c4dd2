"""The forms real archives come in, rendered from a gold document with its gold carried over, and
how extraction holds up on each.

    python -m training.forms [--out reports/forms.json] [--docs ID ...]

Each form rewrites a document the way an archive would hold it: full-width digits and punctuation
(1990s–2000s reports), spaces around every number (PDF text), lines hard-wrapped at 38 characters
(PDF text), the text inside an HTML page with a style sheet and a script, and CRLF line ends. A
rendering keeps, for each of its characters, the original character it came from, so the gold
moves onto the variant (for training) and the variant's extraction moves back onto the original
(for the metamorphic check: the same measurements, at the same places, as on the original).

Prints, per form, measurement F1 against the carried-over gold and the agreement with the
extraction on the original, and writes them as JSON. The shipped model has trained on the gold
documents, so their F1 here is not a held-out figure; the agreement is what this measures (the
held-out figures are `make eval`'s).
"""

from __future__ import annotations

import argparse
import html
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path

from service.spans import Span, Tagging
from training.gold import GoldDocument

_WRAP_AT = 38
_FULL_WIDTH = {**{chr(c): chr(c + 0xFEE0) for c in range(ord("0"), ord("9") + 1)}, ".": "．", "%": "％", ",": "，", ":": "："}
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PAGE = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>报告</title>\n<style>p {{ width: 100%; margin: 0 }}</style>\n'
         '<script>var views = 2024; if (views > 10) {{ document.title = "50%"; }}</script></head>\n<body>\n{body}\n'
         '<!-- 访问量 35% --></body></html>\n')


@dataclass(frozen=True)
class Rendering:
    """A variant text and, for each of its characters, the index of the original character it
    renders (None for an inserted one)."""

    text: str
    source: list[int | None]

    def original_range(self, start: int, end: int) -> tuple[int, int] | None:
        """The original range a variant range renders (None if it holds only inserted characters)."""
        kept = [i for i in self.source[start:end] if i is not None]
        return (kept[0], kept[-1] + 1) if kept else None

    def variant_range(self, start: int, end: int) -> tuple[int, int]:
        """Where an original range [start, end) lies in the variant."""
        positions = self._positions()
        return positions[start], positions[end - 1] + 1

    def _positions(self) -> list[int]:
        positions = {}
        for index, original in enumerate(self.source):
            if original is not None:
                positions.setdefault(original, index)
        return [positions[i] for i in sorted(positions)]


def _build(pieces: list[tuple[str, int | None]]) -> Rendering:
    """A rendering from (text, original index) pieces: every character of a piece renders that index."""
    return Rendering("".join(text for text, _ in pieces), [source for text, source in pieces for _ in text])


def full_width(text: str) -> Rendering:
    return Rendering("".join(_FULL_WIDTH.get(c, c) for c in text), list(range(len(text))))


def spaced(text: str) -> Rendering:
    """A space on each side of every number, as PDF extraction leaves it (增长 5.4 %, 2024 年)."""
    pieces: list[tuple[str, int | None]] = []
    cursor = 0
    for match in _NUMBER.finditer(text):
        pieces.extend((c, i) for i, c in enumerate(text[cursor : match.start()], cursor))
        if match.start() > 0 and not text[match.start() - 1].isspace():
            pieces.append((" ", None))
        pieces.extend((c, i) for i, c in enumerate(match.group(0), match.start()))
        if match.end() < len(text) and not text[match.end()].isspace():
            pieces.append((" ", None))
        cursor = match.end()
    pieces.extend((c, i) for i, c in enumerate(text[cursor:], cursor))
    return _build(pieces)


def hard_wrapped(text: str, width: int = _WRAP_AT) -> Rendering:
    """Every line broken after ``width`` characters, as a PDF's text layer holds a paragraph."""
    pieces: list[tuple[str, int | None]] = []
    column = 0
    for i, c in enumerate(text):
        if c == "\n":
            column = -1
        elif column == width:
            pieces.append(("\n", None))
            column = 0
        pieces.append((c, i))
        column += 1
    return _build(pieces)


def html_page(text: str) -> Rendering:
    """The text as a web page: a paragraph per line, entities escaped, a style sheet and a script
    with numbers of their own that are not the report's."""
    head, tail = _PAGE.replace("{{", "{").replace("}}", "}").split("{body}")
    pieces: list[tuple[str, int | None]] = [(head, None)]
    for start, line in _lines(text):
        pieces.append(("<p>", None))
        pieces.extend((html.escape(c, quote=False), i) for i, c in enumerate(line, start))
        pieces.append(("</p>", None))
        if start + len(line) < len(text):
            pieces.append(("\n", start + len(line)))
    pieces.append((tail, None))
    return _build(pieces)


def crlf(text: str) -> Rendering:
    return _build([("\r\n", i) if c == "\n" else (c, i) for i, c in enumerate(text)])


def _lines(text: str) -> list[tuple[int, str]]:
    result, start = [], 0
    for line in text.split("\n"):
        result.append((start, line))
        start += len(line) + 1
    return result


FORMS = {"full_width": full_width, "spaced": spaced, "hard_wrapped": hard_wrapped, "html": html_page, "crlf": crlf}


def render_gold(doc: GoldDocument, form: str) -> GoldDocument:
    """The gold document in another form, every span on the same characters as before."""
    rendering = FORMS[form](doc.text)
    entities = [replace(e, start=(r := rendering.variant_range(e.start, e.end))[0], end=r[1]) for e in doc.entities]
    return replace(doc, id=f"{doc.id}@{form}", text=rendering.text, entities=entities)


def original_tagging(tagging: Tagging, rendering: Rendering) -> Tagging:
    """A tagging of a variant with its spans moved back onto the original text (a span of inserted
    characters only is dropped)."""
    def move(span: Span) -> Span | None:
        moved = rendering.original_range(span.start, span.end)
        return None if moved is None else replace(span, start=moved[0], end=moved[1])

    return tagging.moved(move)


def measurement_facts(tagging: Tagging) -> set[tuple]:
    """What a user reads off each measurement: where its value, indicator, unit and time are, and its kind and target."""
    def key(span: Span | None):
        return None if span is None else (span.start, span.end)
    return {(key(a.span), key(a.indicator), key(a.unit), key(a.time), a.kind, a.target) for a in tagging.anchors}


def agreement(original: Tagging, variant: Tagging) -> tuple[int, int]:
    """(measurements found alike, measurements found on either) of two taggings of the same text."""
    a, b = measurement_facts(original), measurement_facts(variant)
    return len(a & b), len(a | b)


def main() -> None:
    from service.document import prepare
    from service.pipeline import Extractor
    from training.config import REPORTS_DIR
    from training.evaluate import score
    from training.train import load_gold

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPORTS_DIR / "forms.json")
    parser.add_argument("--docs", nargs="*", help="gold document ids (default: all)")
    args = parser.parse_args()
    docs = [d for d in load_gold() if not args.docs or d.id in args.docs]
    tagger = Extractor().tagger

    def tag(text: str) -> Tagging:
        prepared = prepare(text)
        return prepared.posted_tagging(tagger.tag_batch([prepared])[0])

    originals = [tag(d.text) for d in docs]
    result = {"documents": [d.id for d in docs],
              "original": score(list(zip(docs, originals)))["measurements"]["indicator_overlap"]}
    for form, render in FORMS.items():
        same = total = 0
        pairs = []
        for doc, original in zip(docs, originals):
            rendering = render(doc.text)
            variant = tag(rendering.text)
            pairs.append((render_gold(doc, form), variant))
            alike, either = agreement(original, original_tagging(variant, rendering))
            same, total = same + alike, total + either
        result[form] = {"measurement_f1": score(pairs)["measurements"]["indicator_overlap"]["f1"],
                        "agreement": round(same / total, 4) if total else 1.0}
        print(f"{form:14s} F1 {result[form]['measurement_f1']:.3f}  agreement {result[form]['agreement']:.3f}", flush=True)
    print(f"{'original':14s} F1 {result['original']['f1']:.3f}")
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
