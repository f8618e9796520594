"""The DfE's register of external data shares: what it says, read without Qt or I/O (issue 15).

`storage.register_reader` turns a downloaded ODS, XLSX or CSV file into plain sheets of cells; this package
finds each sheet's header, maps its columns, parses its dates, classifies each recipient and answers the
explorer's questions. The register is public data: nothing personal is ever part of it.
"""

from npdrights.core.register.classify import Classification, classify
from npdrights.core.register.mapping import ImportReport, SheetReport, map_sheets
from npdrights.core.register.model import RecipientType, Release, ReleaseRef, SheetKind

__all__ = [
    "Classification",
    "ImportReport",
    "RecipientType",
    "Release",
    "ReleaseRef",
    "SheetKind",
    "SheetReport",
    "classify",
    "map_sheets",
]
