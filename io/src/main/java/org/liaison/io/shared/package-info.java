/**
 * The interning tables of a load: ids shared by all threads, strings and dates per thread, each
 * kept once and found straight from a parser's buffer. Not an API.
 */
package org.liaison.io.shared;
