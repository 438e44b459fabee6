"""station layer (see DESIGN.md)."""
