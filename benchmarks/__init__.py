"""Benchmarks: speed and memory of Frontwire, printed as tables (not timed tests)."""
