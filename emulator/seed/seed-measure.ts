/** One measure as the fixture (fixtures/iom-plan-2011.json) and the generator describe it. */
export type SeedMeasure = {
  createdDateTime: string;
  createdBy: string;
  /** Values by internal column name; dates as `yyyy-mm-dd` or ISO instants. */
  fields: Record<string, string | number | boolean>;
};
