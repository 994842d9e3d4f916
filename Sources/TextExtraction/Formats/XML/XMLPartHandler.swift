/// Receives the events of one XML part (a DOCX or ODT member). Names arrive qualified (`w:t`).
protocol XMLPartHandler: AnyObject {
    func startElement(_ name: String, attributes: [String: String])
    func endElement(_ name: String)
    func characters(_ text: String)
}
