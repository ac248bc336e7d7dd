package org.liaison.io.binding;

import java.util.Arrays;
import java.util.function.Function;
import org.liaison.io.files.FileResult;
import org.liaison.io.messages.Messages;
import org.liaison.io.shared.SharedValues;
import org.liaison.io.tokens.TokenStream;
import org.liaison.model.BuiltinCode;

/**
 * Reads a mapping of a {@link Shape} into the shape's builder, field by field as the table of the
 * format says: unknown, repeated, missing and invalid fields are problems, and a mapping missing a
 * required field is left out.
 */
abstract class ShapeBinder extends CollectionBinder {
  /** Per nesting level of mappings: the fields seen, those invalid, where each key is. */
  private static final class Level {
    final long[] keyAt = new long[64];
    long seen;
    long invalid;
  }

  private Level[] levels = new Level[8];
  private int depth;

  /** A builder per shape, by the shape's number, and whether each is in use. */
  private Object[] builders = new Object[0];

  private boolean[] busy = new boolean[0];

  ShapeBinder(TokenStream events, String file, FileResult result, SharedValues shared) {
    super(events, file, result, shared);
  }

  /** Forgets the mappings and builders in use: an exception may have ended the last file. */
  void resetShapes() {
    depth = 0;
    Arrays.fill(busy, false);
  }

  /**
   * Reads a mapping of the given shape into a builder of it; returns {@code null} if a required
   * field is missing or invalid.
   */
  <B, T> T object(Shape<B, T> shape) {
    if (token != TokenStream.START_MAP) {
      return wrongType(shape.article() + " (a mapping)");
    }
    long start = events.position();
    boolean pooled = !building(shape.number);
    B builder = pooled ? builder(shape) : shape.access.create();
    try {
      return object(shape, builder, start);
    } finally {
      if (pooled) {
        busy[shape.number] = false;
      }
    }
  }

  /** A value written either as a bare reference or as a mapping of the given shape. */
  <R, B, T> T refOrObject(Function<Binder, R> ref, Function<R, T> fromRef, Shape<B, T> shape) {
    if (token == TokenStream.SCALAR) {
      R r = ref.apply(self());
      return r == null ? null : fromRef.apply(r);
    }
    return object(shape);
  }

  /** Whether this binder's builder of shape {@code number} is in use (a shape within itself). */
  private boolean building(int number) {
    if (number >= busy.length) {
      busy = Arrays.copyOf(busy, Math.max(number + 1, Shape.count()));
      builders = Arrays.copyOf(builders, busy.length);
    }
    return busy[number];
  }

  /**
   * This binder's builder of {@code shape}, emptied and marked in use: one builder per shape for
   * the whole file, so that its lists are allocated once rather than for every value.
   */
  @SuppressWarnings("unchecked")
  private <B> B builder(Shape<B, ?> shape) {
    B builder = (B) builders[shape.number];
    if (builder == null) {
      builder = shape.access.create();
      builders[shape.number] = builder;
    } else {
      shape.access.clear(builder);
    }
    busy[shape.number] = true;
    return builder;
  }

  private <B, T> T object(Shape<B, T> shape, B builder, long start) {
    Level level = enter();
    next();
    while (token == TokenStream.KEY) {
      key(shape, builder, level);
    }
    depth--;
    next();
    return complete(shape, level, start) ? build(shape, builder, start) : null;
  }

  private Level enter() {
    if (depth == levels.length) {
      levels = Arrays.copyOf(levels, depth * 2);
    }
    if (levels[depth] == null) {
      levels[depth] = new Level();
    }
    Level level = levels[depth++];
    level.seen = 0;
    level.invalid = 0;
    return level;
  }

  /** Reads one key of a mapping and its value. */
  private <B> void key(Shape<B, ?> shape, B builder, Level level) {
    String name = events.text();
    long keyAt = events.position();
    Integer field = shape.index.get(name);
    push(name);
    next();
    if (field == null) {
      unknownField(shape, name, keyAt);
    } else if ((level.seen & (1L << field)) != 0) {
      repeated(name, keyAt, level.keyAt[field]);
    } else {
      firstKey(shape, builder, level, field, keyAt);
    }
    pop();
  }

  /** Reads the value of a field met for the first time in its mapping. */
  private <B> void firstKey(Shape<B, ?> shape, B builder, Level level, int field, long keyAt) {
    level.seen |= 1L << field;
    level.keyAt[field] = keyAt;
    if (!field(shape, builder, field, shape.names.get(field))) {
      level.invalid |= 1L << field;
    }
  }

  private void repeated(String name, long keyAt, long firstAt) {
    duplicateKey(name, at(keyAt), at(firstAt));
    skip();
  }

  private void unknownField(Shape<?, ?> shape, String name, long keyAt) {
    problem(
        BuiltinCode.FIELD_UNKNOWN,
        "unknown field "
            + Messages.quote(name)
            + " in "
            + shape.article()
            + Messages.didYouMean(name, shape.names)
                .orElse(": remove it, or use one of " + String.join(", ", shape.names)),
        at(keyAt));
    skip();
  }

  /** Reads the value of a field into the builder; {@code false} if it is null or invalid. */
  private <B> boolean field(Shape<B, ?> shape, B builder, int field, String name) {
    if (token != TokenStream.NULL) {
      Object value = shape.elements.get(field).read.apply(self());
      if (value == null) {
        return false;
      }
      shape.access.set(builder, name, value);
      return true;
    }
    if ((shape.requiredMask & (1L << field)) != 0) {
      problem(
          BuiltinCode.FIELD_REQUIRED,
          shape.article() + " needs a value for " + Messages.quote(name),
          here());
    }
    skip();
    return false;
  }

  /** Whether the mapping has every required field, valid, reporting each one missing. */
  private boolean complete(Shape<?, ?> shape, Level level, long start) {
    boolean valid = !missing(shape, level, start);
    valid &= (level.invalid & shape.requiredMask) == 0;
    if (!shape.oneOf.isEmpty() && !anyPresent(shape, level.seen)) {
      problem(
          BuiltinCode.FIELD_REQUIRED,
          shape.article()
              + " needs "
              + String.join(" or ", shape.oneOf.stream().map(Messages::quote).toList())
              + ": add one",
          at(start));
      valid = false;
    }
    return valid;
  }

  /** Reports each required field the mapping lacks; whether there was one. */
  private boolean missing(Shape<?, ?> shape, Level level, long start) {
    long missing = shape.requiredMask & ~level.seen;
    boolean any = missing != 0;
    for (int i = 0; missing != 0; i++, missing >>>= 1) {
      if ((missing & 1) != 0) {
        problem(
            BuiltinCode.FIELD_REQUIRED,
            shape.article() + " needs " + Messages.quote(shape.names.get(i)) + ": add it",
            at(start));
      }
    }
    return any;
  }

  private static boolean anyPresent(Shape<?, ?> shape, long seen) {
    for (String field : shape.oneOf) {
      if ((seen & (1L << shape.index.get(field))) != 0) {
        return true;
      }
    }
    return false;
  }

  private <B, T> T build(Shape<B, T> shape, B builder, long start) {
    try {
      return shape.access.build(builder);
    } catch (IllegalStateException | IllegalArgumentException e) {
      problem(
          BuiltinCode.FIELD_REQUIRED,
          shape.article() + " is incomplete: " + e.getMessage(),
          at(start));
      return null;
    }
  }
}
