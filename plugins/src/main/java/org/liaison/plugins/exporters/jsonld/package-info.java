/** The {@code jsonld} exporter: the dataset as schema.org JSON-LD. */
package org.liaison.plugins.exporters.jsonld;
