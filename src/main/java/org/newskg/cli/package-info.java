/** The command line: subcommands that wire the other packages together, and nothing more. */
package org.newskg.cli;
