// Keeps the covenant executable buildable until the CLI entry point lands.
