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

    /// Writes a file whole or not at all: a temporary file in the same
    /// folder, flushed to disk, then renamed over the destination.
    /// - Parameter createFolder: create missing folders (statements) or
    ///   refuse when the folder does not exist (a named output file).
    static func writeAtomically(_ text: String, to path: String, createFolder: Bool = true) throws(CLIError) {
        guard !path.isEmpty else { throw .cannotCreate("cannot create an output with an empty name") }
        let destination = URL(fileURLWithPath: path)
        let folder = destination.deletingLastPathComponent()
        if createFolder {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotCreate("cannot create folder \(folder.path)")
            }
        }
        guard kind(of: folder.path).isFolder else { throw .cannotCreate("cannot create \(path): no folder \(folder.path)") }
        if kind(of: path).isFolder { throw .cannotCreate("cannot create \(path): it is a folder") }
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw .cannotCreate("cannot create \(path): cannot write in \(folder.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io("cannot write \(path): \(error.localizedDescription)")
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .io("cannot write \(path): \(reason)")
        }
    }

    /// The contents of an existing file as text, `nil` when absent.
    static func existingText(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}
