"""Measurements as a typed pandas table, a row per measurement: ``zhibiao.to_frame`` and the batch job's
``measurements`` files.

The columns are the measurement's fields flattened (``value.number`` -> ``value_number``), derived with
their dtypes from the domain dataclasses that the JSON contract is built from (``service.measurements``),
so a field added there is a column here: text -> ``string``, offsets -> ``Int64``, numbers -> ``Float64``,
flags -> ``boolean``, dates -> ``datetime64[ms]``, a closed vocabulary (``Literal``) -> a categorical of it.
``doc_id`` comes first and ``sentence_text``, the sentence the measurement was read in, last.
"""

from __future__ import annotations

import dataclasses
import datetime
import types
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, Union, get_args, get_origin, get_type_hints

from service.measurements import Measurement

if TYPE_CHECKING:
    import pandas as pd
    from pydantic import BaseModel

_SCALAR_DTYPES = {str: "string", int: "Int64", float: "Float64", bool: "boolean", datetime.date: "datetime64[ms]"}


def _leaves(cls: type, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """(path, type) of every scalar field below the dataclass ``cls``, in field order; ``X | None`` is X."""
    hints = get_type_hints(cls)
    for field in dataclasses.fields(cls):
        kind = hints[field.name]
        if get_origin(kind) in (Union, types.UnionType):
            (kind,) = [arg for arg in get_args(kind) if arg is not type(None)]
        if dataclasses.is_dataclass(kind):
            yield from _leaves(kind, (*path, field.name))
        else:
            yield (*path, field.name), kind


def _dtype(kind: Any) -> Any:
    import pandas as pd

    if get_origin(kind) is Literal:
        return pd.CategoricalDtype(get_args(kind))
    return _SCALAR_DTYPES[kind]


_PATHS = {"_".join(path): path for path, _ in _leaves(Measurement)}
# Every column of a measurements table, in order: the frame's (``dtypes()`` gives their types), the CLI's CSV,
# and the review page's CSV and XLSX downloads (``service.tables``).
COLUMNS = ["doc_id", *_PATHS, "sentence_text"]


def dtypes() -> dict[str, Any]:
    """Every column of a measurements frame and its pandas dtype, in order."""
    return {"doc_id": "string", **{"_".join(path): _dtype(kind) for path, kind in _leaves(Measurement)},
            "sentence_text": "string"}


def measurement_rows(result: BaseModel | dict) -> list[dict]:
    """The rows of one result: a response of the contract (``ExtractResponse``, or ``ExtractFileResponse``
    with its text) or its JSON form, as the CLI and the service write it. ``sentence_text`` needs the
    text the offsets index: null when the result does not carry it (a CLI line without ``--with-text``)."""
    data = result if isinstance(result, dict) else result.model_dump(mode="json")
    text = data.get("text")
    rows = []
    for measurement in data["measurements"]:
        row = {"doc_id": data["doc_id"]}
        for name, path in _PATHS.items():
            value = measurement
            for key in path:
                value = None if value is None else value[key]
            row[name] = value
        sentence = measurement["sentence"]
        row["sentence_text"] = None if text is None else text[sentence["start"] : sentence["end"]]
        rows.append(row)
    return rows


def frame(rows: list[dict]) -> pd.DataFrame:
    """Rows of ``measurement_rows`` as a frame with the columns and dtypes of ``dtypes()``."""
    import pandas as pd

    columns = dtypes()
    return pd.DataFrame.from_records(rows, columns=list(columns)).astype(columns)


def to_frame(results: Iterable[BaseModel | dict]) -> pd.DataFrame:
    """A row per measurement of ``results``: what ``zhibiao``'s ``extract``/``extract_many`` return, or the
    JSON objects of ``zhibiao extract`` and ``POST /extract``. ``doc_id``, every field of the measurement
    flattened (``value_number``, ``unit_canonical``, ``time_period_start`` ...) and ``sentence_text``."""
    return frame([row for result in results for row in measurement_rows(result)])
