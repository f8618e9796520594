from npdrights.launcher import run

raise SystemExit(run())
