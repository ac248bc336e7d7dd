/**
 * Immutable values of the Liaison data format, version 1: {@link org.liaison.model.Institution},
 * {@link org.liaison.model.Person}, {@link org.liaison.model.Delegation}, {@link
 * org.liaison.model.Agreement} and {@link org.liaison.model.Source} records, their parts, and the
 * {@link org.liaison.model.Dataset} that indexes them. Problems found in data are values too
 * ({@link org.liaison.model.Problem}).
 *
 * <p>No method of this package accepts or returns {@code null}: optional values are {@link
 * java.util.Optional}, absent collections are empty.
 */
@LiaisonStyle
package org.liaison.model;
