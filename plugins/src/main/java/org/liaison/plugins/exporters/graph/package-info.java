/** The {@code dot} and {@code mermaid} exporters and the cooperation network they both draw. */
package org.liaison.plugins.exporters.graph;
