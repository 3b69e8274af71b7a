export type { SeedFile, SeedLocation, SeedOrganization, SeedService, SeedServiceArea, SeedSource } from "./seed-schema";
export type { ValidatedSeeds as ValidatedSeedsData } from "./validate-seeds";
