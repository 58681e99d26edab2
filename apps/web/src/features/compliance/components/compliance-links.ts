/** Where findings link to, built by the route that composes the compliance panel into the roadmap workspace. */
export type ComplianceLinks = {
  /** The item's page. */
  item: (itemId: string) => string;
  /** The coverage tab, at the measure. */
  measure: (measureId: string) => string;
};
