/**
 * Population groups of the national digitalization index ("IQ городов"); cities are ranked within their group.
 * Bounds follow ../shared/data/iq-index.json (population_groups): lower bound inclusive, upper exclusive.
 */
// Durable: population group ids are stored and shown in rankings. Never rename a value.
export const POPULATION_GROUPS = [
  { id: 'largest', minPopulation: 1_000_000, maxPopulation: null },
  { id: 'large', minPopulation: 250_000, maxPopulation: 1_000_000 },
  { id: 'big', minPopulation: 100_000, maxPopulation: 250_000 },
  { id: 'small', minPopulation: 0, maxPopulation: 100_000 },
] as const;

export type PopulationGroup = (typeof POPULATION_GROUPS)[number]['id'];

export function populationGroupOf(population: number): PopulationGroup {
  if (!Number.isInteger(population) || population < 0) {
    throw new RangeError(`Population must be a non-negative integer, got ${population}`);
  }
  const group = POPULATION_GROUPS.find(
    (g) => population >= g.minPopulation && (g.maxPopulation === null || population < g.maxPopulation),
  );
  // The groups cover [0, ∞) without gaps, so a match always exists.
  return group!.id;
}
