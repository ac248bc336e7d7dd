package org.liaison.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one place where the generation policy of the model's immutable values lives: JDK-only
 * collections, no {@code null}, copies on {@code with*}, builders reached through the abstract
 * types ({@code Institution.builder()}) so that callers never name generated classes.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    overshadowImplementation = true)
@interface LiaisonStyle {}
