/**
 * The {@code liaison} command: {@link org.liaison.cli.Liaison#run} is the testable entry point,
 * {@code main} only exits with what it returns.
 */
package org.liaison.cli;
