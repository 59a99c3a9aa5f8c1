import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Checks that a rendered HTML page is well-formed and self-contained: it
/// parses as XML (balanced tags, quoted attributes, only XML's character
/// references), has no scripts and no external references, and carries a
/// print stylesheet.
enum PageChecks {
    /// What an XML parse of a page found.
    final class Reading: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var text = ""
        var attributes: [(element: String, name: String, value: String)] = []
        var style = ""
        private var open: [String] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            elements.append(elementName)
            open.append(elementName)
            for (name, value) in attributeDict.sorted(by: { $0.key < $1.key }) {
                attributes.append((elementName, name, value))
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if open.last == "style" { style += string } else { text += string }
        }
    }

    /// Parses a page as XML; records an issue when it is not well-formed.
    @discardableResult
    static func parse(_ page: String, sourceLocation: SourceLocation = #_sourceLocation) -> Reading {
        let reading = Reading()
        let parser = XMLParser(data: Data(page.utf8))
        parser.delegate = reading
        // swift-corelibs-foundation may return true and still set an error
        // (a premature end), so both are checked.
        let ok = parser.parse() && parser.parserError == nil
        #expect(ok, "not well-formed: \(parser.parserError.map { "\($0)" } ?? "?") at line \(parser.lineNumber)", sourceLocation: sourceLocation)
        return reading
    }

    /// The tags of a page balanced by a stack, independently of any XML
    /// parser: returns the first problem, or `nil`.
    static func tagProblem(_ page: String) -> String? {
        var stack: [String] = []
        var rest = Substring(page)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { return "a '<' that never closes" }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") || tag.hasPrefix("?") { continue }
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst())
                guard stack.last == name else { return "</\(name)> closes <\(stack.last ?? "nothing")>" }
                stack.removeLast()
            } else if !tag.hasSuffix("/") {
                stack.append(String(tag.prefix { $0 != " " && $0 != "\n" }))
            }
        }
        return stack.isEmpty ? nil : "<\(stack.last!)> is never closed"
    }

    /// Every check of a self-contained page. With `strict`, the raw page may
    /// not even mention `http`, `src=` and the like (pages whose text comes
    /// from hostile files may, escaped, and are checked structurally only).
    static func check(_ page: String, strict: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"), sourceLocation: sourceLocation)
        let reading = parse(page, sourceLocation: sourceLocation)
        let problem = tagProblem(page)
        #expect(problem == nil, "\(problem ?? "")", sourceLocation: sourceLocation)
        #expect(!page.lowercased().contains("<script"), "a script", sourceLocation: sourceLocation)
        if strict {
            for forbidden in ["http", "src=", "href=", "url(", "@import"] {
                #expect(!page.lowercased().contains(forbidden), "the page contains '\(forbidden)'", sourceLocation: sourceLocation)
            }
        }
        let elements = Set(reading.elements)
        for element in ["script", "link", "iframe", "object", "embed", "img", "base", "frame", "form", "a"] {
            #expect(!elements.contains(element), "a <\(element)> element", sourceLocation: sourceLocation)
        }
        for attribute in reading.attributes {
            let name = attribute.name.lowercased(), value = attribute.value.lowercased()
            #expect(
                !name.hasPrefix("on") && !["src", "href", "xlink:href", "action", "srcset", "style"].contains(name),
                "attribute \(name) on <\(attribute.element)>", sourceLocation: sourceLocation)
            #expect(!value.contains("http") && !value.contains("url("), "attribute value \(value)", sourceLocation: sourceLocation)
        }
        let style = reading.style.lowercased()
        #expect(!style.contains("http") && !style.contains("url(") && !style.contains("@import"), sourceLocation: sourceLocation)
        #expect(style.contains("@media print"), "no inline print stylesheet", sourceLocation: sourceLocation)
        #expect(reading.elements.first == "html", sourceLocation: sourceLocation)
    }
}
