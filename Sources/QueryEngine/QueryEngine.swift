// QueryEngine: see ARCHITECTURE.md
