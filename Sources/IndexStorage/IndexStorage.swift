// IndexStorage: see ARCHITECTURE.md
