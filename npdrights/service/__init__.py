"""What the app does, without Qt: the one place both the GUI and the CLI call (DESIGN §2).

Use cases live here (make cases and letters from answers, record events, load the case list, prepare
follow-ups, back up, import the DfE's register), so a journey and `npdrights-cli case new` cannot drift apart.
"""
