import CovenantCLI
import Testing

@Test("an unknown command is a usage error (64)")
func unknownCommand() {
    var console = Console(out: { _ in }, err: { _ in })
    #expect(CommandLineTool.run(["frobnicate"], console: &console) == 64)
}
