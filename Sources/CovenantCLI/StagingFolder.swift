@preconcurrency import Glibc
import Synchronization

/// A record set being built beside the month's folder: files are created in
/// it from any thread as they are ready, without a sync each, then made
/// durable together (``sync()``) before the set is switched in, or
/// discarded (``discard()``).
struct StagingFolder: Sendable {
    /// Its absolute path.
    let path: String
    /// How files in it are named in messages (the month folder's name).
    let shown: String
    private let descriptor: Int32

    /// Creates the folder (which must not exist).
    init(_ path: String, shown: String) throws(CLIError) {
        guard mkdir(path, 0o755) == 0 else {
            throw .cannotCreate("cannot create \(path): \(FileSystem.reason(errno))")
        }
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotCreate("cannot open \(path): \(FileSystem.reason(errno))") }
        self.path = path
        self.shown = shown
        self.descriptor = descriptor
    }

    /// Writes a new file whole; returns its size.
    func write(_ name: String, _ bytes: [UInt8]) throws(CLIError) -> Int {
        let result = bytes.withUnsafeBytes { buffer in Result { () throws(CLIError) in try write(name, buffer) } }
        return try result.get()
    }

    /// Writes a new file whole from a text's UTF-8; returns its size.
    func write(_ name: String, _ text: String) throws(CLIError) -> Int {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(CLIError) in try write(name, UnsafeRawBufferPointer(buffer)) }
        }
        return try result.get()
    }

    private func write(_ name: String, _ buffer: UnsafeRawBufferPointer) throws(CLIError) -> Int {
        let file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw .io("cannot create \(shown)/\(name): \(FileSystem.reason(errno))") }
        let failure = FileSystem.writeAll(file, buffer)
        // Started on its way to disk now, so that the one sync at the end has little left to wait for.
        if failure == 0 { Self.startWriteback(file) }
        let closed = Glibc.close(file) == 0 ? 0 : errno
        if failure != 0 || closed != 0 {
            throw .io("cannot write \(shown)/\(name): \(FileSystem.reason(failure != 0 ? failure : closed))")
        }
        return buffer.count
    }

    /// Starts writing a file's pages to disk without waiting
    /// (`sync_file_range(SYNC_FILE_RANGE_WRITE)`, looked up at run time: the
    /// Swift module does not declare GNU extensions); nothing without it.
    private static func startWriteback(_ file: Int32) {
        _ = syncFileRange?(file, 0, 0, 2)
    }

    private typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32
    private static let syncFileRange: SyncFileRange? = dlsym(nil, "sync_file_range").map {
        unsafeBitCast($0, to: SyncFileRange.self)
    }

    /// A file being written piece by piece (the manifest).
    func create(_ name: String) throws(CLIError) -> Int32 {
        let file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard file >= 0 else { throw .cannotCreate("cannot create \(shown)/\(name): \(FileSystem.reason(errno))") }
        return file
    }

    /// Carries a file of the current set over unchanged: a second name for
    /// the same bytes (a hard link), or a copy where links are refused.
    func carry(_ name: String, from folder: String) throws(CLIError) {
        let source = folder + "/" + name
        if linkat(AT_FDCWD, source, descriptor, name, 0) == 0 { return }
        guard errno == EXDEV || errno == EPERM || errno == EMLINK || errno == ENOTSUP else {
            throw .io("cannot carry \(shown)/\(name) over: \(FileSystem.reason(errno))")
        }
        let bytes = try FileSystem(root: "/").read(source).bytes
        _ = try write(name, bytes)
    }

    /// Flushes everything written to disk with one `syncfs`, then the folder itself.
    func sync() throws(CLIError) {
        guard RecordFolder.syncFileSystem(descriptor) == 0, fsync(descriptor) == 0 else {
            throw .io("cannot flush the new record set for \(shown)/ to disk: \(FileSystem.reason(errno))")
        }
    }

    /// Lets go of the folder once it has been switched in.
    func close() { Glibc.close(descriptor) }

    /// Removes the folder and what was written in it.
    func discard() {
        Glibc.close(descriptor)
        try? RecordFolder.remove(path, shown: path)
    }
}
