"""Everything PySide6. Thin: turns user actions into calls on core, storage and pdf through `Services`."""
