"""The terminal: the command line, the shell and the rich views of notices and results."""
