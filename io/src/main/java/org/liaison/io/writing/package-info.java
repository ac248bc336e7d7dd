/**
 * Writing records as YAML or JSON by the table of the format, and the reference of the format. Not
 * an API.
 */
package org.liaison.io.writing;
