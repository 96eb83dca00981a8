"""Errors that the command line reports as one line naming the file and the reason."""


class InputError(Exception):
    """A PDF that cannot be ingested; the message is the reason, for humans."""


class NoTextLayer(InputError):
    """A scanned PDF: only OCR (``ingest --ocr``) can get text out of it."""
