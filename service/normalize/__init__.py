"""The normalizer every measurement passes through: values, units, times and a document's reference date."""

from service.normalize.reference import ReferenceDate, find_reference_date
from service.normalize.times import Period, read_time
from service.normalize.units import UnitReading, read_unit
from service.normalize.values import ValueReading, read_value

__all__ = [
    "Period",
    "ReferenceDate",
    "UnitReading",
    "ValueReading",
    "find_reference_date",
    "read_time",
    "read_unit",
    "read_value",
]
