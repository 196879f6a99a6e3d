"""spaCy: loading the pipeline, parsing long texts in pieces, fast rule components."""
