/**
 * The report formats of {@code liaison validate}: text for people, and JSON, JUnit XML, SARIF 2.1.0
 * and GitHub workflow commands for machines.
 */
package org.liaison.cli.report;
