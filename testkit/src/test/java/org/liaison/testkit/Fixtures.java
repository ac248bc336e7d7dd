package org.liaison.testkit;

/** Inline data shared by the kit's tests. */
final class Fixtures {
  private Fixtures() {}

  /**
   * Two delegations: {@code led} is fine; {@code alone} (line 13) names nobody and has no title
   * (its date on line 14, column 11).
   */
  static final String VISITS =
      """
      liaison: 1
      institutions:
        - {id: zq, name: Zhongqiao, kind: university}
        - {id: chamber, name: Zhejiang Chamber of Commerce, kind: association}
      people:
        - {id: wang, name: Wang Wei}
      delegations:
        - id: led
          title: The chamber visits
          date: "2024-03-21"
          visiting: {institutions: [chamber], members: [{person: wang}]}
          host: {institutions: [zq]}
        - id: alone
          date: "2024-04-02"
          visiting: {institutions: [chamber]}
          host: {institutions: [zq]}
      """;
}
