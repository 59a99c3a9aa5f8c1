@preconcurrency import Glibc

/// A month's output folder, where its record set lives, and the names its
/// runs use beside it (docs/records.md): for `Reports/2026-01/`, the lock
/// `Reports/.2026-01.lock`, the set being built `Reports/.2026-01.new/`, and
/// the replaced set on its way out `Reports/.2026-01.old/`. A new set is
/// built whole beside the old one, made durable, then switched in with one
/// atomic exchange of the two folders, so the folder always holds one
/// complete set.
struct RecordFolder: Sendable {
    /// The base name of the month's summary files; no contract may use it.
    static let summaryName = "summary"

    /// The folder as the user named it, for messages (no trailing `/`).
    var shown: String
    /// Its absolute path.
    var path: String
    /// The absolute path of the folder that holds it.
    var parent: String
    /// Its last component.
    var name: String

    /// The folder named by `--out` (or the default), resolved from the project's root.
    init(_ shown: String, files: FileSystem) throws(CLIError) {
        var components: [Substring] = []
        for part in files.resolve(shown).split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if !components.isEmpty { components.removeLast() }
                continue
            }
            components.append(part)
        }
        guard let last = components.popLast() else {
            throw .cannotCreate("cannot write statements into / itself; name a folder with --out")
        }
        self.shown = shown.count > 1 && shown.hasSuffix("/") ? String(shown.dropLast()) : shown
        name = String(last)
        parent = "/" + components.joined(separator: "/")
        path = (parent == "/" ? "" : parent) + "/" + name
    }

    /// The lock beside the folder.
    var lockPath: String { sibling("lock") }
    /// Where a new set is built.
    var stagingPath: String { sibling("new") }
    /// Where the replaced set waits to be removed.
    var retiredPath: String { sibling("old") }
    /// The manifest of the set in the folder.
    var manifestPath: String { path + "/" + Manifest.fileName }

    private func sibling(_ suffix: String) -> String { (parent == "/" ? "" : parent) + "/.\(name).\(suffix)" }

    /// The sibling's name as shown to people.
    func shownSibling(_ suffix: String) -> String {
        let folder = FileSystem.parent(of: shown)
        return (folder == "." ? "" : folder + "/") + ".\(name).\(suffix)"
    }

    /// Creates the folder's parent when missing and takes the folder's lock.
    func lock(wait: Bool, console: Console) throws(CLIError) -> FolderLock {
        try FileSystem(root: "/").makeFolders(parent, shown: FileSystem.parent(of: shown))
        return try FolderLock(lockPath, folder: shown, wait: wait, console: console)
    }

    /// Cleans what an interrupted run left (with the lock held): an
    /// unfinished set is removed; a replaced set is removed, or put back
    /// when the folder itself is missing (a run stopped between the two
    /// renames of the fallback switch). Returns what was done, for people.
    func recoverLeftovers() throws(CLIError) -> [String] {
        var done: [String] = []
        if Self.exists(stagingPath) {
            try Self.remove(stagingPath, shown: shownSibling("new"))
            done.append("removed \(shownSibling("new"))/, left behind by an interrupted run")
        }
        if Self.exists(retiredPath) {
            if Self.exists(path) {
                try Self.remove(retiredPath, shown: shownSibling("old"))
                done.append("removed \(shownSibling("old"))/, a replaced record set left behind by an interrupted run")
            } else {
                guard rename(retiredPath, path) == 0 else {
                    throw .io("cannot put back \(shownSibling("old"))/ as \(shown)/: \(FileSystem.reason(errno))")
                }
                done.append("put back \(shown)/ from \(shownSibling("old"))/, where an interrupted run had moved it")
            }
        }
        return done
    }

    /// What the folder holds before a run.
    enum Contents {
        /// Nothing yet (no folder, or an empty one).
        case empty
        /// A record set, with its manifest's index and the names of the files present.
        case records(Manifest, present: Set<String>)
        /// Statements without a manifest, written by an earlier covenant.
        case unmanaged(count: Int)
        /// Files that are not statements (named for the message), or a manifest that cannot be read.
        case foreign(String)
    }

    /// Looks at the folder without reading any statement.
    func contents() throws(CLIError) -> Contents {
        var info = stat()
        guard stat(path, &info) == 0 else { return .empty }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw .cannotCreate("cannot write statements into \(shown): it is a file, not a folder")
        }
        guard let stream = opendir(path) else { throw .io("cannot list \(shown)/: \(FileSystem.reason(errno))") }
        let entries = FileSystem.entries(stream)
        closedir(stream)
        if entries.isEmpty { return .empty }
        var names: Set<String> = []
        for (entry, type) in entries {
            var entryInfo = stat()
            if type == .folder
                || (type != .file && stat(path + "/" + entry, &entryInfo) == 0
                    && entryInfo.st_mode & S_IFMT == S_IFDIR)
            {
                return .foreign("\(shown)/\(entry)/ is a folder")
            }
            names.insert(entry)
        }
        if names.contains(Manifest.fileName) {
            do {
                return .records(try Manifest.read(manifestPath), present: names)
            } catch {
                return .foreign("its \(Manifest.fileName) cannot be read: \(error.reason)")
            }
        }
        let extensions = StatementOutputs.formats.map { "." + $0.fileExtension }
        let others = names.filter { name in
            !(extensions.contains { name.hasSuffix($0) } || name.hasPrefix(".") && name.hasSuffix(".tmp"))
        }
        if let other = others.sorted().first { return .foreign("\(shown)/\(other) is not a statement") }
        return .unmanaged(count: names.count)
    }

    /// Makes the staged set durable and switches it in: one `syncfs` for
    /// every file written, then the two folders exchanged atomically
    /// (`renameat2(RENAME_EXCHANGE)`), the parent synced, and the replaced
    /// set removed. Where the exchange is not supported, the old folder is
    /// renamed aside and the new one into place; a run stopped between the
    /// two is repaired by the next (``recoverLeftovers()``).
    /// - Parameter exchange: try the atomic exchange first (`false` takes the fallback, for tests).
    func commit(_ staging: StagingFolder, exchange: Bool = true) throws(CLIError) {
        try staging.sync()
        let hadOld = Self.exists(path)
        if hadOld {
            if !exchange || Self.renameat2(AT_FDCWD, stagingPath, AT_FDCWD, path, Self.exchange) != 0 {
                let failure = exchange ? errno : ENOSYS
                guard failure == EINVAL || failure == ENOSYS || failure == EOPNOTSUPP else {
                    throw .io("cannot switch in the new record set for \(shown)/: \(FileSystem.reason(failure))")
                }
                guard rename(path, retiredPath) == 0 else {
                    throw .io("cannot move the old record set of \(shown)/ aside: \(FileSystem.reason(errno))")
                }
                guard rename(stagingPath, path) == 0 else {
                    throw .io("cannot move the new record set into \(shown)/: \(FileSystem.reason(errno))")
                }
            } else {
                guard rename(stagingPath, retiredPath) == 0 else {
                    throw .io("cannot set aside the old record set of \(shown)/: \(FileSystem.reason(errno))")
                }
            }
        } else if rename(stagingPath, path) != 0 {
            throw .io("cannot move the new record set into \(shown)/: \(FileSystem.reason(errno))")
        }
        Self.syncFolder(parent)
        if hadOld { try Self.remove(retiredPath, shown: shownSibling("old")) }
    }

    /// Whether something is at a path (a link is not followed).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Removes a file or a folder and everything in it.
    static func remove(_ path: String, shown: String) throws(CLIError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if info.st_mode & S_IFMT != S_IFDIR {
            guard unlink(path) == 0 || errno == ENOENT else {
                throw .io("cannot remove \(shown): \(FileSystem.reason(errno))")
            }
            return
        }
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
        guard folder >= 0, let stream = fdopendir(folder) else {
            throw .io("cannot remove \(shown): \(FileSystem.reason(errno))")
        }
        let entries = FileSystem.entries(stream)
        for (entry, type) in entries {
            if type == .folder || type == .unknown {
                try remove(path + "/" + entry, shown: shown + "/" + entry)
            } else if unlinkat(folder, entry, 0) != 0 && errno != ENOENT {
                let failure = errno
                closedir(stream)
                throw .io("cannot remove \(shown)/\(entry): \(FileSystem.reason(failure))")
            }
        }
        closedir(stream)
        guard rmdir(path) == 0 || errno == ENOENT else {
            throw .io("cannot remove \(shown): \(FileSystem.reason(errno))")
        }
    }

    /// Flushes a folder's entries to disk.
    static func syncFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// `renameat2`'s flag that swaps two existing paths.
    static let exchange: UInt32 = 2

    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private typealias SyncFS = @convention(c) (Int32) -> Int32

    /// glibc's `renameat2`, looked up at run time (the Swift module does not
    /// declare GNU extensions); `ENOSYS` where the C library lacks it.
    static func renameat2(_ fromFolder: Int32, _ from: String, _ toFolder: Int32, _ to: String, _ flags: UInt32)
        -> Int32
    {
        guard let function = renameat2Function else {
            errno = ENOSYS
            return -1
        }
        return function(fromFolder, from, toFolder, to, flags)
    }

    /// glibc's `syncfs`: flushes the whole file system holding `descriptor`.
    /// Without it, `sync` flushes every file system.
    static func syncFileSystem(_ descriptor: Int32) -> Int32 {
        guard let function = syncfsFunction else {
            sync()
            return 0
        }
        return function(descriptor)
    }

    private static let renameat2Function: RenameAt2? = dlsym(nil, "renameat2").map {
        unsafeBitCast($0, to: RenameAt2.self)
    }
    private static let syncfsFunction: SyncFS? = dlsym(nil, "syncfs").map { unsafeBitCast($0, to: SyncFS.self) }
}
