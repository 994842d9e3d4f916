// InvertedIndex: see ARCHITECTURE.md
internal import SearchCore
