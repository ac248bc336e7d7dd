/** Finding the line and column of a JSON Pointer by reading a file's tokens again. Not an API. */
package org.liaison.io.locating;
