package org.liaison.io.binding;

import static org.liaison.io.binding.Fields.ACTIVITY_KINDS;
import static org.liaison.io.binding.Fields.INSTITUTION;
import static org.liaison.io.binding.Fields.PERSON;
import static org.liaison.io.binding.Fields.ROLES;

import org.liaison.io.binding.VisitPartAccess.ActivityAccess;
import org.liaison.io.binding.VisitPartAccess.ParticipantAccess;
import org.liaison.io.binding.VisitPartAccess.SideAccess;
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
              new ParticipantAccess())
          .required("person", PERSON, "The person.")
          .optional("role", Element.oneOf(ROLES), "The role played on this visit.")
          .optional("title", Element.TEXT, "The title under which the person appears here.")
          .optional(
              "onBehalfOf", INSTITUTION, "The institution the person represents on this visit.");

  static final Element<Participant> PARTICIPANT_ITEM =
      Element.shortOrObject(
          b -> b.refOrObject(Binder::personRef, Participant::of, PARTICIPANT), PERSON, PARTICIPANT);

  static final Shape<Side.Builder, Side> SIDE =
      new Shape<>("side", "Who came, or who received them.", new SideAccess())
          .optional("institutions", Element.list(INSTITUTION), "The institutions on this side.")
          .optional(
              "members",
              Element.list(PARTICIPANT_ITEM),
              "The people on this side whom the source names.")
          .optional(
              "organizations",
              Element.COUNT,
              "How many organizations took part, where the source names only some.")
          .optional(
              "people",
              Element.COUNT,
              "How many people took part, where the source names only some.");

  static final Shape<Activity.Builder, Activity> ACTIVITY =
      new Shape<>("activity", "Something that happened during a visit.", new ActivityAccess())
          .required("kind", Element.oneOf(ACTIVITY_KINDS), "What kind of activity.")
          .optional("chair", PERSON, "Who chaired it.")
          .optional("summary", Element.TEXT, "What happened.");
}
