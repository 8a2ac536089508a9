"""Documents in, statements out: sources, language, sentences, recognizers, relation and
event rules, resolution and RDF emission."""
