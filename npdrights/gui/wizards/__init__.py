"""The guided journeys: the start screen, the QWizard and its pages, the letter preview and Finish.

The order of the pages and every check come from `npdrights.core.wizard_flow`; this package only shows them.
"""
