"""python -m fyplan: the same command line as the fyplan script."""

from fyplan.terminal.cli import main

if __name__ == "__main__":
    main()
