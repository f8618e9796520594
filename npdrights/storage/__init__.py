"""The vault: encrypted SQLite, key slots, attachments and backups. Never imports the GUI."""
