/**
 * Helpers for problem messages that say what to change: quoting, the nearest name. Not an API: the
 * module exports it only to {@code org.liaison.plugins}.
 */
package org.liaison.io.messages;
