package org.liaison.benchmarks;

/**
 * The events of the generated data: kinds of activity and agreement, roles on a delegation, the
 * status histories of agreements and the words of a commitment's quantity, small pools as in {@link
 * Words}.
 */
final class EventWords {
  private EventWords() {}

  static final String[] ACTIVITY_KINDS = {
    "meeting", "symposium", "negotiation", "signing-ceremony", "site-visit", "presentation", "other"
  };
  static final String[] ROLES = {
    "leader",
    "member",
    "member",
    "member",
    "host",
    "chair",
    "speaker",
    "signatory",
    "witness",
    "guest"
  };
  static final String[] AGREEMENT_KINDS = {
    "strategic-cooperation",
    "memorandum-of-understanding",
    "framework-agreement",
    "joint-platform",
    "co-built-base",
    "internship-base",
    "order-class",
    "joint-laboratory",
    "party-building",
    "talent-training",
    "other"
  };

  /** Paths through the statuses an agreement takes, each ending in a status it may have. */
  static final String[][] HISTORIES = {
    {"proposed"},
    {"intended"},
    {"proposed", "intended"},
    {"intended", "agreed"},
    {"agreed", "signed"},
    {"signed"},
    {"intended", "signed"},
    {"signed", "active"},
    {"intended", "agreed", "signed", "active"},
    {"signed", "active", "completed"},
    {"proposed", "cancelled"},
    {"signed", "expired"}
  };

  static final String[] QUALIFIERS = {"exactly", "about", "at-least", "more-than", "up-to"};
  static final String[] PERIODS = {"day", "week", "month", "year"};
}
