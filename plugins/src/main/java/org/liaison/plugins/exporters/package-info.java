/**
 * Liaison's built-in exporters, one package per family, and the plain-text renderings they share
 * ({@link org.liaison.plugins.exporters.Texts}). They are found through {@link
 * java.util.ServiceLoader} like any third-party plugin; these packages are not an API.
 */
package org.liaison.plugins.exporters;
