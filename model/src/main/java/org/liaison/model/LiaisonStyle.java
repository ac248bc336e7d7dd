package org.liaison.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The generation policy of the model's records (and, with {@link PartStyle}, of their parts):
 * JDK-only collections, no {@code null}, copies on {@code with*}, builders reached through the
 * abstract types ({@code Institution.builder()}) so that callers never name generated classes, and
 * a {@code clear()} on each builder, so that one builder can build many values (the reader keeps
 * one per shape).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    clearBuilder = true,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    depluralizeDictionary = {"establishes:establishes"},
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true)
@interface LiaisonStyle {}
