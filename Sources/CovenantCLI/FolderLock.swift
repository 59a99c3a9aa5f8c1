@preconcurrency import Glibc

/// One run per output folder at a time: an exclusive `flock` on a lock file
/// beside the folder (`.2026-01.lock` next to `2026-01/`). The kernel drops
/// the lock when the process ends however it ends, so a run killed with
/// `kill -9` never leaves a folder locked. The file holds the holder's
/// process id, for the message of a run that finds it busy, and is removed
/// when the lock is released.
struct FolderLock: ~Copyable {
    private let descriptor: Int32
    private let path: String

    /// Who holds a lock, for people: `process 4242 (covenant statement --format json)`.
    static func holder(of path: String) -> String {
        guard let bytes = try? FileSystem(root: "/").read(path).bytes,
            let pid = Int32(String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self))
        else { return "another process" }
        var described = "process \(pid)"
        if let command = try? FileSystem(root: "/").read("/proc/\(pid)/cmdline").bytes, !command.isEmpty {
            let words = command.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            let name = words.first.map { FileSystem.lastComponent($0) } ?? ""
            described += " (" + ([name] + words.dropFirst()).joined(separator: " ") + ")"
        }
        return described
    }

    /// Takes the lock at `path`; when another run holds it, throws `.busy`
    /// naming the holder, or with `wait` says so on `console` and waits.
    /// - Parameters:
    ///   - folder: the folder it guards, as shown to people.
    init(_ path: String, folder: String, wait: Bool, console: Console) throws(CLIError) {
        let shown = FileSystem.parent(of: folder) + "/" + FileSystem.lastComponent(path)
        var waited = false
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw .cannotCreate("cannot create the lock \(shown): \(FileSystem.reason(errno))")
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let failure = errno
                guard failure == EWOULDBLOCK || failure == EINTR else {
                    close(descriptor)
                    throw .io("cannot lock \(shown): \(FileSystem.reason(failure))")
                }
                let holder = Self.holder(of: path)
                guard wait else {
                    close(descriptor)
                    throw .busy(
                        "\(folder)/ is being written by \(holder); nothing was written "
                            + "(try again when it has finished, or add --wait)")
                }
                if !waited { console.error("covenant: waiting for \(holder), which is writing \(folder)/") }
                waited = true
                while flock(descriptor, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        close(descriptor)
                        throw .io("cannot lock \(shown): \(FileSystem.reason(errno))")
                    }
                }
            }
            // The previous holder removes the file as it lets go: a lock on
            // a file no longer at `path` guards nothing, so take it again.
            var held = stat()
            var named = stat()
            if fstat(descriptor, &held) == 0, stat(path, &named) == 0, held.st_ino == named.st_ino,
                held.st_dev == named.st_dev
            {
                let text = Array("\(getpid())\n".utf8)
                _ = ftruncate(descriptor, 0)
                _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
                self.descriptor = descriptor
                self.path = path
                return
            }
            close(descriptor)
        }
    }

    deinit {
        unlink(path)
        close(descriptor)
    }
}
