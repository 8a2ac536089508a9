"""Stores, SPARQL queries, networkx projection, analyses and drawings of the graph."""
