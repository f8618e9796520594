"""Everything PySide6. Thin: turns user actions into calls on core, storage and pdf through `Services`."""

from npdrights.gui.module_sources import check_module_sources_quickly

# When PySide6 is imported before the GUI (tests, the start-up benchmark), the GUI's modules are checked quickly from
# here on; the app's main() imports PySide6 after this package, and asks for it itself (see module_sources.py).
check_module_sources_quickly()
