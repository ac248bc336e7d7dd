/** The {@code markdown} exporter: the dataset as a report to read, in CommonMark. */
package org.liaison.plugins.exporters.markdown;
