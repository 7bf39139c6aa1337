"""The sample consultation, shipped in the wheel as package data of `hoering.sample`
(`hoering.toml` and `responses/`) for `hoering demo`; see pyproject.toml."""
