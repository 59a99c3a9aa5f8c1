extension StatementHTMLRenderer {
    /// The statement page's own CSS, on top of ``HTMLPage/baseStyle``.
    static let style = """
        .kicker { margin: 0 0 0.25rem; color: var(--accent); font-size: 0.85rem; letter-spacing: 0.06em; \
        text-transform: uppercase; }
        .headline { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 0.75rem; \
        margin: 1.5rem 0 0.5rem; }
        .figure { border: 1px solid var(--rule); border-top: 4px solid var(--rule); border-radius: 6px; \
        padding: 0.6rem 0.8rem; }
        .figure p { margin: 0; }
        .figure .label { color: var(--muted); font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; }
        .figure .value { font-size: 1.45rem; font-weight: 700; font-variant-numeric: tabular-nums; }
        .figure .note { color: var(--muted); font-size: 0.85rem; }
        .figure.met { border-top-color: #2f855a; }
        .figure.met .value { color: #22643f; }
        .figure.missed { border-top-color: #c8372d; }
        .figure.missed .value { color: #a32b22; }
        .figure.credit { border-top-color: var(--accent); }
        .figure.forfeited { border-top-color: #b7791f; }
        figure.timeline { margin: 0.5rem 0 1rem; }
        svg.timeline { display: block; width: 100%; height: auto; font-family: Georgia, "Times New Roman", serif; }
        svg.timeline .grid { stroke: var(--rule); stroke-width: 1; }
        svg.timeline .hour { font-size: 10px; fill: var(--muted); text-anchor: middle; }
        svg.timeline .date { font-size: 10px; fill: var(--ink); text-anchor: end; }
        svg.timeline .day { fill: #eef2f6; }
        svg.timeline .day.weekend { fill: #e4e9ef; }
        svg.timeline .day.off { fill: #fafafa; stroke: var(--rule); stroke-dasharray: 2 2; }
        svg.timeline .down { fill: #c8372d; }
        svg.timeline .maintenance-down { fill: #e08a1e; }
        svg.timeline .excluded { fill: #6f9fd8; }
        svg.timeline .not-counted { fill: none; stroke: #6b7685; stroke-width: 1; stroke-dasharray: 3 2; }
        figcaption { font-size: 0.85rem; color: var(--muted); }
        .key { display: inline-block; margin-right: 1rem; white-space: nowrap; }
        .swatch { display: inline-block; width: 0.9rem; height: 0.7rem; margin-right: 0.35rem; \
        vertical-align: baseline; border-radius: 2px; }
        .swatch.down { background: #c8372d; }
        .swatch.maintenance-down { background: #e08a1e; }
        .swatch.excluded { background: #6f9fd8; }
        .swatch.not-counted { border: 1px dashed #6b7685; }
        .swatch.off { background: #fafafa; border: 1px dashed var(--rule); }
        table.figures td:first-child { font-weight: 600; width: 14rem; }
        ul.credit { padding-left: 1.2rem; }
        footer { margin-top: 2rem; font-size: 0.85rem; }
        @media (max-width: 40rem) { .headline { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
        @media print {
          .headline { grid-template-columns: repeat(4, minmax(0, 1fr)); }
          figure.timeline, .headline { break-inside: avoid; page-break-inside: avoid; }
          }

        """
}
