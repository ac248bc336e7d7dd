/**
 * Reading and writing Liaison datasets: {@link org.liaison.io.DatasetReader} reads YAML and JSON
 * and reports every problem with its location; {@link org.liaison.io.DatasetWriter} writes a
 * dataset back in the style a person would write by hand.
 */
package org.liaison.io;
