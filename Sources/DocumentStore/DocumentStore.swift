// DocumentStore: see ARCHITECTURE.md
