/** The {@code json} and {@code yaml} exporters: the dataset itself, as format version 1. */
package org.liaison.plugins.exporters.dataset;
