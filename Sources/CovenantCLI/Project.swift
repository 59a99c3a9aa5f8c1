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
        if let contracts = arguments.value("contracts") { project.contractsFolder = contracts }
        let events = arguments.values("events")
        if !events.isEmpty { project.eventFolders = events }
        return project
    }

    /// Loads catalog and contracts.
    var loader: ProjectLoader { ProjectLoader(contractsFolder: contractsFolder, files: files) }

    /// Reads the event files.
    var eventLoader: EventLoader { EventLoader(folders: eventFolders, files: files) }
}
