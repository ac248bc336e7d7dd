/**
 * Tests for plugin authors. {@link org.liaison.testkit.LiaisonTester} runs validators and exporters
 * on YAML or JSON given inline or in files, exactly as {@code liaison validate} and {@code liaison
 * export} do; {@link org.liaison.testkit.LiaisonAssertions} checks the problems they reported,
 * datasets and exports; {@link org.liaison.testkit.TestValidationContext} and {@link
 * org.liaison.testkit.TestExportContext} record what a plugin reports in a plain unit test.
 */
package org.liaison.testkit;
