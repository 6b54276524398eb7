"""Writing notices out: the notice format (render) and the machine formats (export)."""
