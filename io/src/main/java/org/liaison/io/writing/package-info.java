/**
 * Writing records as YAML or JSON in the order of the format, and the reference of the format. Not
 * an API.
 */
package org.liaison.io.writing;
