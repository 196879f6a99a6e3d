"""What every stage shares: the construction registry, word lists, quote marks, the text."""
