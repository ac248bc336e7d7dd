/**
 * Liaison's built-in validators and exporters. They are found through {@link
 * java.util.ServiceLoader} like any third-party plugin; this package is not an API.
 */
package org.liaison.plugins.internal;
