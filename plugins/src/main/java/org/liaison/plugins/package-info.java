/**
 * The plugin SPI — {@link org.liaison.plugins.Validator} and {@link org.liaison.plugins.Exporter} —
 * with their discovery ({@link org.liaison.plugins.Plugins}), the validation run ({@link
 * org.liaison.plugins.Validation}) and its configuration ({@link org.liaison.plugins.Config}). A
 * plugin author depends on {@code liaison-plugins} only. The SPI is experimental while Liaison is
 * before 1.0.
 */
package org.liaison.plugins;
