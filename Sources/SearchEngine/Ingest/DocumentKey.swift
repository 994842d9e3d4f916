/// How documents are named. A file's key is its path relative to the folder it was indexed
/// from (`asker/referat.txt`), or its file name when the file itself was given, so two files of
/// the same name in two folders are two documents; an upload's key is chosen by the API.
public enum DocumentKey {
    /// The TREC docid of a key: its last path component without the extension
    /// (`asker/referat.txt` → `referat`), as the Corpus judgments and `search --batch` name
    /// documents. Upload keys have no extension and come back unchanged.
    public static func docid(_ key: String) -> String {
        let (name, stem) = IngestItem.nameAndStem(key)
        return stem.isEmpty ? name : stem
    }
}
