"""``python -m benchmarks CORPUS...`` runs the pipeline benchmark (see benchmarks/pipeline.py)."""

from benchmarks.pipeline import main

main()
