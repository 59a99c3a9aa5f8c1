import CovenantFormat
@preconcurrency import Glibc

/// Reading inputs and writing single outputs, relative to a project's root
/// folder: the only place besides ``RecordFolder`` that touches files. It calls
/// the system directly (`open`, `read`, `readdir` with the entry's type), so
/// reading ten thousand contracts costs no `getcwd` and no `stat` per file.
/// Paths keep the spelling they were given, for diagnostics; relative ones
/// are opened from the root.
struct FileSystem: Sendable {
    /// The absolute folder relative paths start from.
    var root: String

    /// A file system rooted at `root` (an absolute path).
    init(root: String) {
        self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
    }

    /// The path to hand the system: absolute paths as they are, others below the root.
    func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return root == "/" ? "/" + path : root + "/" + path
    }

    /// Whether a path exists, and whether it is a folder (symbolic links followed).
    func kind(of path: String) -> (exists: Bool, isFolder: Bool) {
        var info = stat()
        guard stat(resolve(path), &info) == 0 else { return (false, false) }
        return (true, info.st_mode & S_IFMT == S_IFDIR)
    }

    /// Reads a file whole.
    func read(_ path: String) throws(CLIError) -> SourceFile {
        // Only regular files are read: a device (/dev/zero) never ends and a
        // pipe nobody writes to never starts, so either would hang a command.
        var before = stat()
        if stat(resolve(path), &before) == 0 {
            let type = before.st_mode & S_IFMT
            if type != S_IFREG && type != S_IFDIR {
                throw .io("cannot read \(path): it is not a regular file (a device, a pipe or a socket)")
            }
        }
        let descriptor = open(resolve(path), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .missingInput(path) }
            throw .io("cannot read \(path): \(Self.reason(errno))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .io("cannot read \(path): \(Self.reason(errno))") }
        guard info.st_mode & S_IFMT != S_IFDIR else { throw .io("cannot read \(path): it is a folder") }
        let size = max(Int(info.st_size), 0)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var offset = 0
            while offset < size {
                let got = Glibc.read(descriptor, buffer.baseAddress! + offset, size - offset)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno }
                if got <= 0 { break }
                offset += got
            }
            count = offset
        }
        // Whatever the size did not announce (a file still growing, a pipe).
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while failure == 0 {
            let got = Glibc.read(descriptor, &chunk, chunk.count)
            if got < 0 && errno == EINTR { continue }
            if got < 0 { failure = errno }
            if got <= 0 { break }
            bytes.append(contentsOf: chunk[..<got])
        }
        if failure != 0 { throw .io("cannot read \(path): \(Self.reason(failure))") }
        return SourceFile(path: path, bytes: bytes)
    }

    /// Every file below a folder whose name passes `accept`, in byte order of
    /// their paths; a file named directly is returned when it passes.
    func files(under folder: String, accept: (String) -> Bool) throws(CLIError) -> [String] {
        let (exists, isFolder) = kind(of: folder)
        guard exists else { throw .missingInput(folder) }
        guard isFolder else { return accept(Self.lastComponent(folder)) ? [folder] : [] }
        var result: [String] = []
        var pending = [folder.hasSuffix("/") ? String(folder.dropLast()) : folder]
        while let next = pending.popLast() {
            guard let entries = entries(of: next) else { throw .io("cannot list \(next)") }
            for (name, type) in entries {
                let path = next + "/" + name
                var entryIsFolder = type == .folder
                if type == .unknown || type == .link { entryIsFolder = kind(of: path).isFolder && type != .link }
                if entryIsFolder {
                    pending.append(path)
                } else if type != .link || !kind(of: path).isFolder, accept(name) {
                    result.append(path)
                }
            }
        }
        return result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// What a folder entry is, from `readdir` without a `stat`.
    enum EntryType: Sendable {
        case file, folder, link, unknown
    }

    /// The names in a folder (without `.` and `..`) and their types; `nil`
    /// when it cannot be listed.
    func entries(of folder: String) -> [(name: String, type: EntryType)]? {
        guard let stream = opendir(resolve(folder)) else { return nil }
        defer { closedir(stream) }
        return Self.entries(stream)
    }

    /// The entries of an open folder stream.
    static func entries(_ stream: OpaquePointer) -> [(name: String, type: EntryType)] {
        var result: [(name: String, type: EntryType)] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            let type: EntryType
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): type = .file
            case Int32(DT_DIR): type = .folder
            case Int32(DT_LNK): type = .link
            default: type = .unknown
            }
            result.append((name, type))
        }
        return result
    }

    /// Writes a file whole or not at all: a temporary file in the same
    /// folder, flushed to disk, then renamed over the destination.
    /// - Parameter createFolder: create missing folders or refuse when the
    ///   folder does not exist (a named output file).
    func writeAtomically(_ text: String, to path: String, createFolder: Bool = true) throws(CLIError) {
        guard !path.isEmpty else { throw .cannotCreate("cannot create an output with an empty name") }
        let full = try destination(of: path)
        let folder = Self.parent(of: full)
        if createFolder { try makeFolders(folder, shown: Self.parent(of: path)) }
        guard kind(of: folder).isFolder else {
            throw .cannotCreate("cannot create \(path): no folder \(Self.parent(of: path))")
        }
        if kind(of: full).isFolder { throw .cannotCreate("cannot create \(path): it is a folder") }
        let temporary = folder + "/." + Self.lastComponent(full) + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .cannotCreate(
                "cannot create \(path): cannot write in \(Self.parent(of: path)) (\(Self.reason(errno)))")
        }
        var failure = Self.writeAll(descriptor, Array(text.utf8))
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0 && rename(temporary, full) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw .io("cannot write \(path): \(Self.reason(failure))")
        }
    }

    /// Where an output named `path` is written: the path itself, or the file
    /// a symbolic link names (the link is kept and its file replaced). An
    /// existing device, pipe or socket is refused: renaming over it would
    /// replace it with a regular file (`--out /dev/full`).
    func destination(of path: String) throws(CLIError) -> String {
        var full = resolve(path)
        var link = stat()
        if lstat(full, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK {
            guard let target = realpath(full, nil) else {
                throw .cannotCreate("cannot create \(path): it is a symbolic link to nothing (\(Self.reason(errno)))")
            }
            full = String(cString: target)
            free(target)
        }
        var info = stat()
        if stat(full, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type != S_IFREG && type != S_IFDIR {
                throw .cannotCreate(
                    "cannot create \(path): it is not a regular file (a device, a pipe or a socket); give a file, "
                        + "or - for standard output")
            }
        }
        return full
    }

    /// Creates a folder and its missing parents.
    func makeFolders(_ full: String, shown: String) throws(CLIError) {
        if kind(of: full).isFolder { return }
        let parent = Self.parent(of: full)
        if parent != full && !parent.isEmpty { try makeFolders(parent, shown: Self.parent(of: shown)) }
        if mkdir(full, 0o755) != 0 && errno != EEXIST { throw .cannotCreate("cannot create folder \(shown)") }
    }

    /// Writes every byte, retrying short writes; returns `errno` on failure, else 0.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBytes { writeAll(descriptor, $0) }
    }

    /// Writes every byte, retrying short writes; returns `errno` on failure, else 0.
    static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// The folder part of a path (`.` for a bare name, `/` for the root).
    static func parent(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// The last part of a path.
    static func lastComponent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// The system's words for an error number.
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
