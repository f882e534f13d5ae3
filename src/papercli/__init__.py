"""papercli: clean OCR'd and PDF-extracted newspaper pages into articles."""

__version__ = "0.1.0"
