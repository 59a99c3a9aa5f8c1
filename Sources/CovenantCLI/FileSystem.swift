import CovenantFormat
import Foundation

/// Reading inputs and writing outputs: the only place that touches files.
enum FileSystem {
    /// Whether a path exists, and whether it is a folder.
    static func kind(of path: String) -> (exists: Bool, isFolder: Bool) {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        return (exists, isFolder.boolValue)
    }

    /// Reads a file whole.
    static func read(_ path: String) throws(CLIError) -> SourceFile {
        guard kind(of: path).exists else { throw .missingInput(path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .io("cannot read \(path)") }
        return SourceFile(path: path, bytes: [UInt8](data))
    }

    /// Every file below a folder whose name passes `accept`, in byte order of
    /// their paths.
    static func files(under folder: String, accept: (String) -> Bool) throws(CLIError) -> [String] {
        let (exists, isFolder) = kind(of: folder)
        guard exists else { throw .missingInput(folder) }
        guard isFolder else { return accept(folder) ? [folder] : [] }
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { throw .io("cannot list \(folder)") }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let path = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            if accept((relative as NSString).lastPathComponent), !kind(of: path).isFolder { result.append(path) }
        }
        return result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Writes a file whole or not at all: a temporary file beside it, then a rename.
    static func writeAtomically(_ text: String, to path: String) throws(CLIError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreate("cannot create folder \(folder)")
        }
        let temporary = folder + "/." + url.lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw .cannotCreate("cannot write \(temporary)")
        }
        if rename(temporary, path) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .io("cannot rename \(temporary) to \(path)")
        }
    }

    /// The contents of an existing file as text, `nil` when absent.
    static func existingText(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}
