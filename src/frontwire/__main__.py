"""``python -m frontwire`` runs the command line."""

from frontwire.cli import main

main()
