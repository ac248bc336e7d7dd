/** The {@code csv} exporter: one RFC 4180 table per record kind and per list inside records. */
package org.liaison.plugins.exporters.csv;
