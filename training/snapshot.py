"""Outputs of the shipped model on a fixed set of texts, written and compared, to show a refactor
changed nothing: ``dump OUT [--precision float32]`` before and after the change, then
``compare BEFORE AFTER``.

The texts: the five seeds and the first 20 provincial 2026 reports of ``../shared/corpus``
(where that folder is not beside the checkout, the seeds alone).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "provincial-2026"


def snapshot_files() -> list[Path]:
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted(CORPUS.glob("*.txt"))[:20]


def dump(out: Path, precision: str) -> None:
    from service.contract import ExtractResponse, ModelInfo
    from service.pipeline import Document, Extractor

    extractor = Extractor(precision=precision)
    model = ModelInfo.model_validate(extractor)
    with out.open("w", encoding="utf-8") as sink:
        for path in snapshot_files():
            text = path.read_text(encoding="utf-8")
            response = ExtractResponse.build(extractor.extract(Document(text, path.name)), text, model)
            sink.write(json.dumps(response.model_dump(mode="json"), ensure_ascii=False, sort_keys=True) + "\n")


def compare(before: Path, after: Path) -> int:
    """Print every document whose output differs; the number of differing documents."""
    old = [json.loads(line) for line in before.open(encoding="utf-8")]
    new = [json.loads(line) for line in after.open(encoding="utf-8")]
    if [d["doc_id"] for d in old] != [d["doc_id"] for d in new]:
        print("the two dumps hold different documents")
        return max(len(old), len(new))
    differing = 0
    for a, b in zip(old, new):
        a.pop("model", None), b.pop("model", None)
        if a != b:
            differing += 1
            ma = {json.dumps(m, sort_keys=True, ensure_ascii=False) for m in a["measurements"]}
            mb = {json.dumps(m, sort_keys=True, ensure_ascii=False) for m in b["measurements"]}
            print(f"{a['doc_id']}: {len(ma - mb)} measurements gone, {len(mb - ma)} new"
                  + ("" if ma != mb else " (other fields differ)"))
    print(f"{len(old) - differing} of {len(old)} documents identical")
    return differing


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--precision", default="auto", help="the encoder's (default: the service's default, int8)")
    pair = commands.add_parser("compare")
    pair.add_argument("before", type=Path)
    pair.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out, args.precision)
    else:
        sys.exit(1 if compare(args.before, args.after) else 0)


if __name__ == "__main__":
    main()
