/// Usage texts.
enum Usage {
    static let brief = "usage: covenant <statement|appendix|budget|check|explain|watch|clock|help> [options]"

    static let full = """
        covenant: SLA contracts and service credits, exact and explained.

        usage:
          covenant statement [--month YYYY-MM] [--contracts DIR] [--events DIR]...
                             [--as-of INSTANT] [--format FMT] [--out DIR|-] [--force]
                             [--lenient] [CONTRACT-ID...]
          covenant appendix  CONTRACT-ID|FILE [--section N] [--format md|text|html] [--out FILE|-]
          covenant budget    SCENARIO-FILE [--format text|md|csv|json|svg|html] [--out FILE|-]
          covenant check     [PATH...]
          covenant explain   CONTRACT-ID --month YYYY-MM [--contracts DIR] [--events DIR]...
          covenant watch     [--at INSTANT] [--contracts DIR] [--events DIR]...
          covenant clock     --calendar NAME (--between INSTANT INSTANT | --add DURATION --from INSTANT)
                             [--contracts DIR] [--catalog-version V]
          covenant help [COMMAND] | --help | --version

        """

    static func help(for command: String?) -> String { full }
}
