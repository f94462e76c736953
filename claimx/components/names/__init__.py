"""Names: what each capitalized name of a doc is, decided once."""
