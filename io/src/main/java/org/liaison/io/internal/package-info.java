/**
 * The reader's machinery: token streams over YAML and JSON, the table of shapes of format
 * version 1, and the merging of files into one dataset. Not an API.
 */
package org.liaison.io.internal;
