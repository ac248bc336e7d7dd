/**
 * Liaison's built-in validators. They are found through {@link java.util.ServiceLoader} like any
 * third-party plugin; this package is not an API.
 */
package org.liaison.plugins.validators;
