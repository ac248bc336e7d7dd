package org.liaison.io.binding;

import java.util.List;
import org.liaison.model.Activity;
import org.liaison.model.ActivityKind;
import org.liaison.model.Institution;
import org.liaison.model.Participant;
import org.liaison.model.ParticipantRole;
import org.liaison.model.Person;
import org.liaison.model.Ref;
import org.liaison.model.Side;

/**
 * The code of the parts of a delegation: their builders and accessors, by the names of the fields
 * in {@link VisitPartShapes}.
 */
final class VisitPartAccess {
  private VisitPartAccess() {}

  /** The code of {@link VisitPartShapes#PARTICIPANT}. */
  static final class ParticipantAccess extends Access<Participant.Builder, Participant> {
    @Override
    Participant.Builder create() {
      return Participant.builder();
    }

    @Override
    void clear(Participant.Builder builder) {
      builder.clear();
    }

    @Override
    Participant build(Participant.Builder builder) {
      return builder.build();
    }

    @Override
    @SuppressWarnings("unchecked") // each value is of the type its element reads
    void set(Participant.Builder b, String name, Object v) {
      switch (name) {
        case "person" -> b.person((Ref<Person>) v);
        case "role" -> b.role((ParticipantRole) v);
        case "title" -> b.title((String) v);
        case "onBehalfOf" -> b.onBehalfOf((Ref<Institution>) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Participant r, String name) {
      return switch (name) {
        case "person" -> r.person();
        case "role" -> r.role();
        case "title" -> r.title();
        case "onBehalfOf" -> r.onBehalfOf();
        default -> throw noField(name);
      };
    }
  }

  /** The code of {@link VisitPartShapes#SIDE}. */
  static final class SideAccess extends Access<Side.Builder, Side> {
    @Override
    Side.Builder create() {
      return Side.builder();
    }

    @Override
    void clear(Side.Builder builder) {
      builder.clear();
    }

    @Override
    Side build(Side.Builder builder) {
      return builder.build();
    }

    @Override
    @SuppressWarnings("unchecked") // each value is of the type its element reads
    void set(Side.Builder b, String name, Object v) {
      switch (name) {
        case "institutions" -> b.institutions((List<Ref<Institution>>) v);
        case "members" -> b.members((List<Participant>) v);
        case "organizations" -> b.organizations((Integer) v);
        case "people" -> b.people((Integer) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Side r, String name) {
      return switch (name) {
        case "institutions" -> r.institutions();
        case "members" -> r.members();
        case "organizations" -> r.organizations();
        case "people" -> r.people();
        default -> throw noField(name);
      };
    }
  }

  /** The code of {@link VisitPartShapes#ACTIVITY}. */
  static final class ActivityAccess extends Access<Activity.Builder, Activity> {
    @Override
    Activity.Builder create() {
      return Activity.builder();
    }

    @Override
    void clear(Activity.Builder builder) {
      builder.clear();
    }

    @Override
    Activity build(Activity.Builder builder) {
      return builder.build();
    }

    @Override
    @SuppressWarnings("unchecked") // each value is of the type its element reads
    void set(Activity.Builder b, String name, Object v) {
      switch (name) {
        case "kind" -> b.kind((ActivityKind) v);
        case "chair" -> b.chair((Ref<Person>) v);
        case "summary" -> b.summary((String) v);
        default -> throw noField(name);
      }
    }

    @Override
    Object get(Activity r, String name) {
      return switch (name) {
        case "kind" -> r.kind();
        case "chair" -> r.chair();
        case "summary" -> r.summary();
        default -> throw noField(name);
      };
    }
  }
}
