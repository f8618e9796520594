"""What an advice charity needs on screen (issue 16): who is signed in, the advisers, the audit trail, retention."""
