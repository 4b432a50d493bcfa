"""REFI-QDA exchange: the standard through which ATLAS.ti, MAXQDA, NVivo, QualCoder and
Taguette pass projects (`.qdpx`, a zip with `project.qde` and the source texts) and codebooks
(`.qdc`) to one another.

- `export`: a lab as a QDPX project (themes as codes, enabling/hindering as their second level,
  sources as text sources, every factor's quote as a coded selection) and its codebook as QDC.
- `reader`: a QDPX or QDC file as plain Python values, whatever package wrote it.
- `importing`: a read project into a lab as drafts: each code mapped to a theme and a kind, each
  coded selection a draft factor that becomes a factor only when the researcher confirms it.

Positions in a REFI-QDA text are counted in Unicode characters (code points), as Python's str
indexes them."""

from monitor.qdpx.export import export_codebook, export_project
from monitor.qdpx.importing import confirm, read_into_lab, reject, set_mapping, summary
from monitor.qdpx.reader import read_file

__all__ = [
    "confirm",
    "export_codebook",
    "export_project",
    "read_file",
    "read_into_lab",
    "reject",
    "set_mapping",
    "summary",
]
