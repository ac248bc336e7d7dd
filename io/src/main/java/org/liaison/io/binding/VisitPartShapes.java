package org.liaison.io.binding;

import static org.liaison.io.binding.Fields.ACTIVITY_KINDS;
import static org.liaison.io.binding.Fields.INSTITUTION;
import static org.liaison.io.binding.Fields.PERSON;
import static org.liaison.io.binding.Fields.ROLES;
import static org.liaison.io.binding.Fields.field;
import static org.liaison.io.binding.Fields.listOf;
import static org.liaison.io.binding.Fields.text;

import org.liaison.model.Activity;
import org.liaison.model.Participant;
import org.liaison.model.Side;

/**
 * The shapes of the parts of a delegation: its sides, their members, its activities. Part of the
 * table of the format, {@link Shapes}.
 */
final class VisitPartShapes {
  private VisitPartShapes() {}

  static final Shape<Participant.Builder, Participant> PARTICIPANT =
      new Shape<>(
              "participant",
              "A person on one side of a delegation; a bare id is a person" + " with no role.",
              Participant::builder,
              Participant.Builder::clear,
              Participant.Builder::build)
          .required(
              "person",
              field(PERSON, Participant.Builder::person, Participant::person),
              "The person.")
          .optional(
              "role",
              field(Element.oneOf(ROLES), Participant.Builder::role, Participant::role),
              "The role played on this visit.")
          .optional(
              "title",
              text(Participant.Builder::title, Participant::title),
              "The title under which the person appears here.")
          .optional(
              "onBehalfOf",
              field(INSTITUTION, Participant.Builder::onBehalfOf, Participant::onBehalfOf),
              "The institution the person represents on this visit.");

  static final Element<Participant> PARTICIPANT_ITEM =
      Element.shortOrObject(
          b -> b.refOrObject(Binder::personRef, Participant::of, PARTICIPANT), PERSON, PARTICIPANT);

  static final Shape<Side.Builder, Side> SIDE =
      new Shape<>(
              "side",
              "Who came, or who received them.",
              Side::builder,
              Side.Builder::clear,
              Side.Builder::build)
          .optional(
              "institutions",
              listOf(INSTITUTION, Side.Builder::institutions, Side::institutions),
              "The institutions on this side.")
          .optional(
              "members",
              listOf(PARTICIPANT_ITEM, Side.Builder::members, Side::members),
              "The people on this side whom the source names.")
          .optional(
              "organizations",
              field(Element.COUNT, Side.Builder::organizations, Side::organizations),
              "How many organizations took part, where the source names only some.")
          .optional(
              "people",
              field(Element.COUNT, Side.Builder::people, Side::people),
              "How many people took part, where the source names only some.");

  static final Shape<Activity.Builder, Activity> ACTIVITY =
      new Shape<>(
              "activity",
              "Something that happened during a visit.",
              Activity::builder,
              Activity.Builder::clear,
              Activity.Builder::build)
          .required(
              "kind",
              field(Element.oneOf(ACTIVITY_KINDS), Activity.Builder::kind, Activity::kind),
              "What kind of activity.")
          .optional(
              "chair", field(PERSON, Activity.Builder::chair, Activity::chair), "Who chaired it.")
          .optional(
              "summary", text(Activity.Builder::summary, Activity::summary), "What happened.");
}
