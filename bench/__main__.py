"""`python -m bench`: the whole benchmark suite (see bench/run.py)."""

from bench.run import main

main()
