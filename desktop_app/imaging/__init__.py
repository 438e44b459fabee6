"""imaging layer (see DESIGN.md)."""
