// SearchEngine: see ARCHITECTURE.md
