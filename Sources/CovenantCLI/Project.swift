/// The project a command works on: the folder it runs from, and where its
/// catalog, contracts and events are read. Commands receive it rather than
/// resolving the process's current folder, so they can run side by side in
/// one process; paths given relative are read from the root and shown as
/// given.
struct Project: Sendable {
    /// Files, read from the root.
    var files: FileSystem
    /// The folder of contract files, with the catalog in its `catalog/`.
    var contractsFolder = "Contracts"
    /// The folders of event files, in the order given.
    var eventFolders = ["Scenarios"]
    /// Whether `--contracts` named the contracts folder.
    var contractsGiven = false
    /// Whether `--events` named the event folders.
    var eventsGiven = false

    /// A project rooted at an absolute folder, with the default folders.
    init(root: String) {
        files = FileSystem(root: root)
    }

    /// The root folder.
    var root: String { files.root }

    /// The catalog folder.
    var catalogFolder: String { contractsFolder + "/catalog" }

    /// This project with the folders `--contracts` and `--events` name.
    func with(_ arguments: Arguments) -> Project {
        var project = self
        if let contracts = arguments.value("contracts") {
            project.contractsFolder = contracts
            project.contractsGiven = true
        }
        let events = arguments.values("events")
        if !events.isEmpty {
            project.eventFolders = events
            project.eventsGiven = true
        }
        return project
    }

    /// Stops with a message a user can act on when the catalog folder (and,
    /// with `events`, an event folder) is missing: which folder was looked
    /// for, where, and the option that points elsewhere.
    func requireFolders(events: Bool) throws(CLIError) {
        if !files.kind(of: catalogFolder).isFolder {
            if !contractsGiven {
                throw .notFound(
                    "\(root) is not a project folder: it has no \(catalogFolder)/ (the tier catalog). Run covenant "
                        + "from a folder holding Contracts/ and Scenarios/, or give --contracts DIR (the folder of "
                        + "contract files, with the catalog in DIR/catalog/)")
            }
            let what = files.kind(of: contractsFolder).isFolder ? "has no catalog/ folder" : "does not exist"
            throw .notFound(
                "--contracts \(contractsFolder): the folder \(what) (looked in \(files.resolve(catalogFolder))); "
                    + "--contracts names the folder of contract files, with the catalog in its catalog/")
        }
        guard events else { return }
        for folder in eventFolders where !files.kind(of: folder).exists {
            if !eventsGiven {
                throw .notFound(
                    "\(root) has no \(folder)/ folder of event files (incidents.yaml, maintenance.yaml, "
                        + "tickets.csv, surveys.csv). Run covenant from a project folder, or give --events DIR")
            }
            throw .notFound("--events \(folder): no such folder (looked in \(files.resolve(folder)))")
        }
    }

    /// Loads catalog and contracts.
    var loader: ProjectLoader { ProjectLoader(contractsFolder: contractsFolder, files: files) }

    /// Reads the event files.
    var eventLoader: EventLoader { EventLoader(folders: eventFolders, files: files) }
}
