/**
 * Token streams over the input: JSON through Jackson, YAML through the block reader or snakeyaml-
 * engine, each with the bytes checked and columns counted in UTF-16 units. Not an API.
 */
package org.liaison.io.tokens;
