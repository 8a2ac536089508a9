"""The healthkg vocabulary, its SHACL shapes, and IRI minting."""
