"""Benchmarks of Kenesh Desktop: `python -m bench` (bench/run.py). Never run as tests."""
