"""committee-archive: council PDFs in, a structured static archive out.

The pipeline, one module a stage: read → split → parse → write → publish.
"""

__version__ = "0.1.0"
