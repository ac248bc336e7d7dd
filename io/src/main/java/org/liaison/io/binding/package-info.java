/**
 * The table of format version 1 ({@link org.liaison.io.binding.Shapes}) and what is made from it:
 * binding tokens into records, the JSON Schema; the writer writes by it too. Not an API.
 */
package org.liaison.io.binding;
