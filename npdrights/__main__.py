from npdrights.app import main

raise SystemExit(main())
