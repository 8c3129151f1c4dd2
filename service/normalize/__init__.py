"""The normalizer every measurement passes through: values, units, times and a document's time frame."""

from service.normalize.reference import ReferenceDate, find_frame, find_reference_date
from service.normalize.times import Frame, Period, counts_years, frame_of, read_time
from service.normalize.units import UnitReading, read_unit
from service.normalize.values import ValueReading, read_value

__all__ = [
    "Frame",
    "Period",
    "ReferenceDate",
    "UnitReading",
    "ValueReading",
    "counts_years",
    "find_frame",
    "find_reference_date",
    "frame_of",
    "read_time",
    "read_unit",
    "read_value",
]
