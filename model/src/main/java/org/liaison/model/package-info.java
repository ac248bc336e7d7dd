/**
 * Immutable values of the Liaison data format, version 1: {@link org.liaison.model.Institution},
 * {@link org.liaison.model.Person}, {@link org.liaison.model.Delegation}, {@link
 * org.liaison.model.Agreement} and {@link org.liaison.model.Source} records, their parts, and the
 * {@link org.liaison.model.Dataset} that indexes them. Problems found in data are values too
 * ({@link org.liaison.model.Problem}).
 *
 * <p>Records are built through their own types ({@code Institution.builder()}) and copied with
 * their {@code with*} methods; the implementations are generated and hidden. Values are made from
 * their text by {@code of}: {@link org.liaison.model.Id#of(String)}, {@link
 * org.liaison.model.Area#of(String)}, {@link org.liaison.model.PartialDate#of(String)}. Making a
 * value from text that is not valid throws {@link IllegalArgumentException} with a message that
 * says what to change; asking a {@link org.liaison.model.Dataset} about an id text that is not
 * valid answers empty, as no record has it.
 *
 * <p>No method of this package accepts or returns {@code null}: optional values are {@link
 * java.util.Optional}, absent collections are empty.
 */
@LiaisonStyle
package org.liaison.model;
