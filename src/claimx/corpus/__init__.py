"""The corpus view: many claimx records read together, actors linked across documents.

`records` reads records (or extracts articles), `link` joins per-article actors into corpus
actors, `summary` builds the tables and `report` the self-contained HTML file.
"""
